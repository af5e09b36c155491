// The mark beside a writing form's buttons tells the truth about unsaved typing: about to be kept
// while a save is due, kept on this computer (and when) once it is, and nothing once the service
// has the form (暂存) or the user has gone back to what the service has.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn } from '@/test/renderApp';
import { fill, KEPT_MARK, keptOnThisComputer } from '@/test/userActions';

const stored = () => localStorage.getItem('origin-portal:wip:xinqi:filing');

describe('the kept mark', () => {
  it('says 正在保存 while a save is due, then the time it was kept; after 暂存 it says nothing at all', async () => {
    await signIn('xinqi');
    const { user } = renderApp('/filing');
    await screen.findByLabelText('联系人');
    expect(screen.queryByText(KEPT_MARK)).toBeNull();
    expect(screen.queryByText('正在保存到本机…')).toBeNull();

    await fill(user, '联系人', '周立新');
    expect(screen.getByText('正在保存到本机…')).toBeInTheDocument();
    await keptOnThisComputer();
    expect(stored()).toContain('周立新');

    await user.click(screen.getByRole('button', { name: '暂存' }));
    expect(await screen.findByText('已暂存，可稍后继续填写。')).toBeInTheDocument();
    expect(screen.queryByText(KEPT_MARK)).toBeNull();
    expect(screen.queryByText('正在保存到本机…')).toBeNull();
    expect(stored()).toBeNull();

    await fill(user, '联系电话', '13857700000');
    await keptOnThisComputer();
    expect(stored()).toContain('13857700000');
  });

  it('restored work is said as kept from the start, and giving it up leaves nothing to say, not even 正在保存', async () => {
    await signIn('xinqi');
    const first = renderApp('/filing');
    await fill(first.user, '联系人', '周立新');
    await keptOnThisComputer();
    first.unmount();

    const { user } = renderApp('/filing');
    expect(await screen.findByText(KEPT_MARK)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '放弃这些内容' }));
    expect(screen.getByLabelText('联系人')).toHaveValue('');
    expect(screen.queryByText(KEPT_MARK)).toBeNull();
    expect(screen.queryByText('正在保存到本机…')).toBeNull();
  });
});
