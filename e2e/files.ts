// Choosing a document as a user does: the field's button opens the system's file dialog (antd's
// Upload hides its input), and the file is picked in it.
import type { Locator, Page } from '@playwright/test';

/** A small file that is a PDF by its content, as the service checks. */
export const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`),
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Clicks the field's 选择文件 (重新选择, 继续添加) button and picks a PDF named `name` in the dialog. */
export async function choosePdf(page: Page, label: string, name: string, scope: Page | Locator = page) {
  const dialog = page.waitForEvent('filechooser');
  await scope
    .getByRole('button', { name: new RegExp(`^(选择文件|重新选择|继续添加)：${escape(label)}$`) })
    .click();
  await (await dialog).setFiles(pdf(name));
}
