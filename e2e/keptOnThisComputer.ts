import { expect, type Page } from '@playwright/test';

/**
 * Waits until the form says its unsaved typing is kept on this computer (the mark beside its
 * buttons), as a user would before closing the tab. While a save is still due the mark says
 * 正在保存到本机… instead.
 */
export async function keptOnThisComputer(page: Page): Promise<void> {
  await expect(page.getByText(/^已自动保存在本机 \d\d:\d\d$/)).toBeVisible();
}
