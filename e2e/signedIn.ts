// Journeys that are not about signing in start signed in: each worker signs in once per demo
// account (on the standard demo data, as /demo sets it up, then the login page as a user would)
// and keeps that browser state — the session token and the simulator's database, IndexedDB
// included — for every test that names the account with `test.use({ account })`. Each test still
// gets its own context, so nothing one test does reaches another.
import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { defaultRuntime, RUNTIME_STORAGE_KEY } from '@mocks/http/runtime';
import { SESSION_MINUTES } from '@/contract/auth';
import { login, openStandardDemo } from './session';

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

async function signedInState(
  browser: Browser,
  options: BrowserContextOptions,
  account: string,
): Promise<StorageState> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await openStandardDemo(page);
    await login(page, account);
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}

/**
 * A kept sign-in is used for a third of a session's life (30 minutes), then made again: a long run
 * (--repeat-each) must not start a test in a session about to warn or expire.
 */
const KEEP_MS = (SESSION_MINUTES * 60_000) / 3;

interface KeptSignIn {
  state: Promise<StorageState>;
  at: number;
}

export const test = base.extend<{ account: string | null }, { signedInStates: Map<string, KeptSignIn> }>({
  /** The demo account the test starts signed in as; null: not signed in, on an empty browser. */
  account: [null, { option: true }],
  signedInStates: [
    // eslint-disable-next-line no-empty-pattern -- a worker fixture that needs no other
    async ({}, provide) => {
      await provide(new Map());
    },
    { scope: 'worker' },
  ],
  storageState: async (
    { account, signedInStates, browser, baseURL, locale, timezoneId, storageState },
    provide,
  ) => {
    if (account === null) {
      await provide(storageState);
      return;
    }
    let kept = signedInStates.get(account);
    if (!kept || Date.now() - kept.at > KEEP_MS) {
      kept = { state: signedInState(browser, { baseURL, locale, timezoneId }, account), at: Date.now() };
      signedInStates.set(account, kept);
    }
    await provide(await kept.state);
  },
  context: async ({ context, account }, provide) => {
    // The simulator's modes are kept per tab (session storage, which a browser state does not
    // carry): a signed-in test starts as /demo?latency=off left its tab, answering at once.
    if (account !== null)
      await context.addInitScript(
        ([key, runtime]) => {
          if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, JSON.stringify(runtime));
        },
        [RUNTIME_STORAGE_KEY, { ...defaultRuntime, latency: 'off' }] as const,
      );
    await provide(context);
  },
});

/** Opens `path` of the signed-in app and waits for its page in the shell, as signing in ends. */
export async function startAt(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}

export { expect };
