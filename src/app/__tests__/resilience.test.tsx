// Every form that writes, under trouble: a network error then a 500 (and a double-clicked retry),
// a response that never comes (it times out; then the user cancels one and retries), and another
// tab writing first (a conflict). In each, everything typed survives, the user is told what
// happened in Chinese, and exactly one application results — counted where the user counts them,
// in 受理情况查询.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setRuntime } from '@mocks/http/runtime';
import { configureApiClient } from '@/lib/api/client';
import { signIn } from '@/test/renderApp';
import { applications, submitForm, writingForms, type WritingForm } from '@/test/writingForms';

async function retrySucceeds(app: { user: UserEvent; token: string }, form: WritingForm, twice = false) {
  setRuntime({ fault: 'none' });
  await submitForm(app.user, form, { twice });
  expect(await screen.findByText(form.succeeded, {}, { timeout: 5_000 })).toBeInTheDocument();
  await waitFor(async () => expect(await applications(form, app.token)).toBe(1));
}

describe.each(Object.entries(writingForms))('%s under trouble', (_name, form) => {
  it('a network error, then a 500: each said, everything kept; a double-clicked retry makes one application', async () => {
    const app = await openForm(form);
    for (const [fault, said] of [
      ['network', /无法连接海关服务/],
      ['server-error', /海关服务内部错误（500）/],
    ] as const) {
      setRuntime({ fault });
      await submitForm(app.user, form);
      expect(await screen.findByText(said)).toBeInTheDocument();
      form.kept();
      expect(await applications(form, app.token)).toBe(0);
    }
    await retrySucceeds(app, form, true);
  });

  it('no answer: times out with a message; a second try can be cancelled; a retry makes one application', async () => {
    const app = await openForm(form);
    // Short only for the submit that hangs (loading the form under a loaded machine may be slow).
    configureApiClient({ timeoutMs: 300 });
    setRuntime({ fault: 'hang' });
    await submitForm(app.user, form);
    expect(await screen.findByText(/海关服务超过 \d+ 秒未响应，请求已停止/)).toBeInTheDocument();
    form.kept();

    configureApiClient({ timeoutMs: 30_000 });
    await submitForm(app.user, form);
    await app.user.click(
      await within(form.scope()).findByRole('button', { name: '取消' }, { timeout: 3_000 }),
    );
    expect(await screen.findByText(/请求已取消/)).toBeInTheDocument();
    form.kept();
    await retrySucceeds(app, form);
  });

  it('another tab first: a conflict in Chinese, nothing typed lost, one application in all', async () => {
    const app = await openForm(form);
    await form.otherTab(app.token);
    await submitForm(app.user, form);
    expect((await screen.findAllByText(form.conflictSaid)).length).toBeGreaterThan(0);
    form.kept();
    const declaredByOtherTab = ['授权人员备案', '核查回复'].includes(form.kind);
    expect(await applications(form, app.token)).toBe(declaredByOtherTab ? 1 : 0);
  });
});

async function openForm(form: WritingForm) {
  const token = await signIn(form.account);
  return { token, user: await form.open() };
}
