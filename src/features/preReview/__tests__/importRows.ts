// Test helper: 从表格导入 as a user does it — paste rows into the dialog, preview, import.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export async function importRows(user: UserEvent, lines: readonly string[]): Promise<void> {
  await user.click(await screen.findByRole('button', { name: '从表格导入' }, { timeout: 5_000 }));
  const dialog = await screen.findByRole('dialog', { name: '从表格导入产品生产明细' });
  await user.click(within(dialog).getByLabelText('粘贴表格内容'));
  await user.paste(lines.join('\n'));
  await user.click(within(dialog).getByRole('button', { name: '预览粘贴的内容' }));
  await user.click(within(dialog).getByRole('button', { name: /^导入 \d+ 行$/ }));
}
