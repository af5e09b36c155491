// What a presenter does on each step of each guided demo flow (演示流程), as Playwright plays it:
// the journey in e2e/guidedFlow.spec.ts plays one from a fresh browser; the bench plays them all
// with the realistic latency and reports each one's time. The guide itself is followed: the flow
// starts from /demo's 开始演示, and each step ends on the guide's 下一步 (which switches account
// where the next step is the other side's).
import { expect, type Page } from '@playwright/test';
import { confirmDeclaration } from './declare';
import { choosePdf } from './files';

type StepAction = (page: Page) => Promise<void>;

const ENTERPRISE = '宁波海曙精工机械有限公司';

/** In the console: opens the first application of `type` of `enterprise` and decides it. */
async function decide(page: Page, type: string, decision: string, opinion = '', enterprise = ENTERPRISE) {
  await page
    .getByRole('button', { name: `审核 ${enterprise} 的${type}` })
    .first()
    .click();
  const drawer = page.getByRole('dialog', { name: `${type} · ${enterprise}` });
  await drawer.getByRole('radio', { name: decision }).click();
  if (opinion) await drawer.getByLabel('审核意见').fill(opinion);
  await drawer.getByRole('button', { name: '提交审核结果' }).click();
  await expect(page.getByText(new RegExp(`^已审核：${enterprise} 的${type}${decision}。`))).toBeVisible();
}

/** On a pre-review's page: 注销, 恢复 or 删除 with a reason, declared at once. */
async function withReason(page: Page, action: string, name: string, reason: string) {
  await page.getByRole('button', { name: `${action} ${name}` }).click();
  await page.getByRole('dialog').getByLabel('申请说明').fill(reason);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `${action}并申报` })
    .click();
  await expect(page.getByText(`已申报${action}申请，请等待海关审核。`)).toBeVisible();
}

async function reply(page: Page, state: string, documents: readonly [label: string, file: string][]) {
  await page
    .getByRole('row', { name: /液压油缸/ })
    .filter({ hasText: state })
    .getByRole('button', { name: /^处理 HC/ })
    .click();
  await expect(page.getByRole('heading', { name: '处理核查记录单' })).toBeVisible();
  for (const [label, file] of documents) {
    await choosePdf(page, label, file);
    await expect(
      page.getByRole('button', { name: new RegExp(`下载 ${file.replace('.', '\\.')}`) }),
    ).toBeVisible();
  }
  await page.getByLabel('回复说明').fill('资料已上传，请审核。');
  await page.getByRole('button', { name: '提交回复' }).click();
  await expect(page.getByText(/第 \d 次回复/).first()).toBeVisible();
}

export const flowActions: Readonly<Record<string, readonly StepAction[]>> = {
  filing: [
    async (page) => {
      await page.getByRole('button', { name: '申报' }).click();
      await confirmDeclaration(page);
      await expect(page.getByText('已申报，请等待海关审核。')).toBeVisible();
    },
    (page) => decide(page, '企业备案申请', '审核通过', '', '苏州工业园区新启电子科技有限公司'),
    (page) => expect(page.getByText(/备案号 2327A\d+/)).toBeVisible(),
  ],
  'filing-change': [
    async (page) => {
      await page.getByLabel('联系电话').fill('13900001111');
      await page.getByRole('button', { name: '申报' }).click();
      await confirmDeclaration(page);
      await expect(page.getByText(/已申报/).first()).toBeVisible();
    },
    (page) =>
      expect(page.getByText('企业备案变更申请正在海关审核中，审核完成前不能办理产品预审。')).toBeVisible(),
    (page) => decide(page, '备案变更申请', '审核通过'),
    (page) => expect(page.getByRole('button', { name: /新增/ }).first()).toBeVisible(),
  ],
  'pre-review': [
    async (page) => {
      await expect(page.getByTestId('percent-ex-factory')).toBeVisible();
      await page.getByRole('button', { name: '申报' }).click();
      await confirmDeclaration(page);
      await expect(page.getByText('已申报，请等待海关审核。')).toBeVisible();
    },
    (page) => decide(page, '产品预审申请', '审核通过'),
    (page) => expect(page.getByLabel('当前状态')).toContainText('状态 正常申请状态 审核通过'),
  ],
  'change-rejected': [
    (page) => expect(page.getByLabel('当前状态')).toContainText('状态 变更申请状态 申报'),
    (page) => decide(page, '产品预审变更申请', '审核不通过', '合金钢棒的原产国与采购发票不一致'),
    (page) => expect(page.getByLabel('当前状态')).toContainText('状态 正常申请状态 审核通过'),
  ],
  'cancel-restore': [
    (page) => withReason(page, '注销', '数控机床主轴', '该型号停产'),
    (page) => decide(page, '产品预审注销申请', '审核通过'),
    (page) => withReason(page, '恢复', '数控机床主轴', '恢复生产'),
    (page) => decide(page, '产品预审恢复申请', '审核通过'),
    (page) => expect(page.getByLabel('当前状态')).toContainText('状态 正常申请状态 审核通过'),
  ],
  delete: [
    (page) => withReason(page, '删除', '数控机床主轴', '不再出口'),
    (page) => decide(page, '产品预审删除申请', '审核通过'),
    (page) => expect(page.getByRole('link', { name: '数控机床主轴', exact: true })).toHaveCount(0),
  ],
  verification: [
    async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: '发起核查' })).toBeVisible();
      await page.getByLabel('企业', { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle(ENTERPRISE).click();
      await page.getByRole('combobox', { name: '产品预审' }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('液压油缸（HS 84122100）').click();
      await page.getByRole('group', { name: '必须上传的电子资料' }).getByLabel('原材料采购发票').check();
      await page.getByLabel('核查要求').fill('请提供活塞杆的采购发票。');
      await page.getByRole('button', { name: '发起核查' }).click();
      await expect(page.getByText(/已向 宁波海曙精工机械有限公司 发起核查/)).toBeVisible();
    },
    (page) => reply(page, '待核查', [['原材料采购发票（必须上传）', '活塞杆采购发票.pdf']]),
    (page) => decide(page, '核查回复', '退回核查', '请补充活塞杆供应商的原产地声明'),
    (page) => reply(page, '退回核查', [['供应商声明', '供应商原产地声明.pdf']]),
    (page) => decide(page, '核查回复', '核查完成'),
  ],
  acceptance: [
    (page) => expect(page.getByRole('heading', { name: '受理情况查询' })).toBeVisible(),
    (page) => expect(page.getByText('铝锭的原产国与采购发票不一致，请核实后重新申报').first()).toBeVisible(),
  ],
};

/** Plays the flow `id` from /demo's 开始演示 to the guide's 完成演示. */
export async function playFlow(page: Page, id: string, name: string): Promise<void> {
  const actions = flowActions[id];
  if (!actions) throw new Error(`no actions for the flow ${id}`);
  await page.goto('/demo');
  await page.getByRole('link', { name: `开始演示：${name}` }).click();
  const guide = page.getByRole('region', { name: '演示引导' });
  for (const [i, act] of actions.entries()) {
    await expect(guide).toContainText(`第 ${i + 1} / ${actions.length} 步`);
    await act(page);
    await guide.getByRole('button', { name: /^(下一步|完成演示)/ }).click();
  }
  await expect(guide).toBeHidden();
}
