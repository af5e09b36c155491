import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2 A/AA scan of the page as it is now (and axe's best practices when asked); no rule is disabled. Waits for running animations
 * that end (a toast fading in is half transparent, and would fail colour contrast for a moment);
 * one that never ends (a skeleton's shimmer, a spinner) would hold the wait for ever, so it is
 * left out, and the wait is bounded: a CI machine under load once sat out the test's 90 s here.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

/** What axe finds on the page as it is now, one line per rule with the elements it names. */
export async function axeViolations(
  page: Page,
  options: { bestPractices?: boolean } = {},
): Promise<string[]> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  // Legacy mode runs axe.run in the page itself: the default (runPartial in each frame, finishRun
  // in a new blank page) cost 2.6 s a scan against 1.1 s, and only adds cross-origin frames, which
  // the app has none of. Only violations are gathered in full (resultTypes): the same rules run,
  // and the passes are not serialised node by node. See docs/decisions.md (issue 36).
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .withTags([
      'wcag2a',
      'wcag2aa',
      'wcag21a',
      'wcag21aa',
      ...(options.bestPractices ? ['best-practice'] : []),
    ])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
}
