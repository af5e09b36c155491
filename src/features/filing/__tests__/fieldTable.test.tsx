// A field's label is written once, in its form's field table: renamed there, it changes in the
// form, in the form's summary of what needs changing, and in the service's message.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '@/test/callApi';
import { emptyFilingDraft, filingFields } from '@/contract/filing';
import { renderApp, signIn } from '@/test/renderApp';

const spec = filingFields.nameCn as { label: string };
const original = spec.label;
afterEach(() => {
  spec.label = original;
});

describe('企业备案 field table', () => {
  it('a renamed label shows in the form, its error summary and the service’s message, from one edit', async () => {
    spec.label = '企业名称（中文）';

    const token = await signIn('xinqi');
    const { user } = renderApp('/filing');
    const field = await screen.findByLabelText('企业名称（中文）');
    expect(screen.queryByLabelText(original)).not.toBeInTheDocument();

    await user.clear(field); // it starts with the account's enterprise name
    await user.click(screen.getByRole('button', { name: '申报' }));
    const summary = await screen.findByRole('region', { name: '需要修改的项目' });
    expect(
      within(summary).getByRole('button', { name: '企业名称（中文）：请填写企业名称（中文）' }),
    ).toBeVisible();
    expect(field).toHaveAccessibleDescription('请填写企业名称（中文）');

    // The service names the field by the same table.
    const answer = await callApi('POST', '/filing/declare', {
      token,
      idempotencyKey: 'rename-test',
      body: { version: 0, data: emptyFilingDraft },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toMatch(/^请填写企业名称（中文）（共 \d+ 处需要修改）$/);
    expect(answer.body.fieldErrors).toContainEqual({
      path: 'data.nameCn',
      message: '请填写企业名称（中文）',
    });
  });

  it('a link in the summary takes the user to the field', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/filing');
    await user.click(await screen.findByRole('button', { name: '申报' }));
    const summary = await screen.findByRole('region', { name: '需要修改的项目' });
    await user.click(within(summary).getByRole('button', { name: '联系电话：请填写联系电话' }));
    expect(screen.getByLabelText('联系电话')).toHaveFocus();
  });
});
