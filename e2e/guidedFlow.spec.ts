// A guided demo flow (演示流程) played end to end from a fresh browser: the flow loads its data,
// signs in as its first account, and the guide takes the presenter through both sides, switching
// account where the flow does.
import { test } from '@playwright/test';
import { playFlow } from './guidedFlows';

test('演示流程 “产品预审变更被退回，数据恢复” played end to end with its guide', async ({ page }) => {
  await playFlow(page, 'change-rejected', '产品预审变更被退回，数据恢复');
});
