// 申报 asks for a confirmation listing what goes to customs; journeys confirm it as a user would.
import { expect, type Page } from '@playwright/test';

/** Confirms the open 确认申报… dialog (`twice`: a double click on its button). */
export async function confirmDeclaration(page: Page, { twice = false } = {}): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /^确认申报/ });
  const summary = dialog.getByLabel('申报内容');
  const problems = page.getByRole('region', { name: '需要修改的项目' });
  // When the form refused 申报, say what it listed rather than only that no dialog came.
  await expect(summary.or(problems)).toBeVisible();
  if (await problems.isVisible()) {
    throw new Error(`申报 was refused by the form: ${await problems.innerText()}`);
  }
  const ok = dialog.getByRole('button', { name: /^(确认申报|放弃修改并申报)$/ });
  if (twice) await ok.dblclick();
  else await ok.click();
}
