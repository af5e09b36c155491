// What a user does to a form in integration tests: replace a field's text, pick an option, fill
// in a whole form that several suites need.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { fileOf, pdfBytes } from './files';

/** Clears the labelled field and pastes `text` (long text goes in at once, as from a clipboard). */
export async function fill(user: UserEvent, label: string, text: string): Promise<void> {
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  if (text === '') return;
  await user.click(field);
  await user.paste(text);
}

/** Opens the labelled select and picks the option with this text. */
export async function choose(user: UserEvent, label: string, option: string): Promise<void> {
  await user.click(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  const inList =
    options.find((element) => element.classList.contains('ant-select-item-option')) ?? options[0];
  if (!inList) throw new Error(`no option ${option}`);
  await user.click(inList);
}

/**
 * Fills in the open 新增代录入企业 drawer for 宁波港报关行有限公司: scope 产品预审, period 2026, and an
 * uploaded 授权委托书. Returns the drawer.
 */
export async function fillNewAgency(user: UserEvent): Promise<HTMLElement> {
  const drawer = await screen.findByRole('dialog', { name: '新增代录入企业' });
  await fill(user, '企业名称', '宁波港报关行有限公司');
  await fill(user, '统一社会信用代码', '91330206MA2AB3CD47');
  await fill(user, '海关编码', '3102980001');
  await fill(user, '联系人', '林海');
  await fill(user, '联系电话', '0574-86801234');
  await user.click(within(drawer).getByRole('checkbox', { name: '产品预审' }));
  await fill(user, '授权开始日期', '2026-01-01');
  await fill(user, '授权结束日期', '2026-12-31');
  await user.upload(within(drawer).getByLabelText('授权委托书'), fileOf(pdfBytes(), '委托书.pdf'));
  await within(drawer).findByRole('button', { name: /下载 委托书\.pdf/ });
  return drawer;
}

/**
 * Clicks 申报 (or the given button) and confirms in the dialog that lists what goes to customs.
 * Returns that list, for tests that read it.
 */
export async function declareAndConfirm(
  user: UserEvent,
  button: HTMLElement | Promise<HTMLElement> = screen.findByRole('button', { name: '申报' }),
): Promise<HTMLElement> {
  await user.click(await button);
  // Found by what it lists: under jsdom every antd dialog's title has the same id ('test-id'), so
  // over a drawer the dialog's name would be the drawer's.
  const summary = await screen.findByLabelText('申报内容');
  const dialog = summary.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('申报内容 outside a dialog');
  await user.click(within(dialog).getByRole('button', { name: /确认申报|放弃修改并申报/ }));
  return summary;
}

/** What the mark says once unsaved typing is kept on this computer. */
export const KEPT_MARK = /^已自动保存在本机 \d\d:\d\d$/;

/**
 * Waits until the form says its unsaved typing is kept on this computer (the mark beside its
 * buttons), as a user would before closing the tab: no save is still due.
 */
export async function keptOnThisComputer(): Promise<void> {
  await waitFor(() => {
    expect(screen.queryByText('正在保存到本机…')).toBeNull();
    expect(screen.getByText(KEPT_MARK)).toBeInTheDocument();
  });
}

/** Waits until no save of unsaved typing is due any more (the mark no longer says 正在保存). */
export async function noSaveDue(): Promise<void> {
  await waitFor(() => expect(screen.queryByText('正在保存到本机…')).toBeNull());
}
