// What an agreement's advice shows, as one string: two pieces of advice that read the same render
// the same. A keystroke recomputes the advice; most keystrokes (a name, a unit) change nothing it
// shows, and its cards need not render again.
import type { AgreementAdvice } from '@/domain/origin/advise';
import type { LineRef } from '@/domain/origin/evaluate';

/** How many of a list of lines the advice names (the rest are counted). */
export const SHOWN_LINES = 8;
const digests = new WeakMap<AgreementAdvice, string>();

const lines = (refs: LineRef[]) => [
  refs.length,
  ...refs.slice(0, SHOWN_LINES).map((l) => [l.index, l.name, l.hs, l.origin, l.value.toString()]),
];

export function adviceDigest(advice: AgreementAdvice): string {
  const known = digests.get(advice);
  if (known !== undefined) return known;
  const digest = JSON.stringify([
    advice.agreement.id,
    advice.status,
    advice.rule?.hs,
    advice.reason,
    advice.rvcReference,
    advice.criteria.map((c) => [
      c.label,
      c.status,
      c.figure,
      c.says,
      c.bar,
      lines(c.failing),
      lines(c.unknown),
    ]),
    advice.cumulation && [advice.cumulation.status, lines(advice.cumulation.lines)],
    advice.suggestion && [
      advice.suggestion.after.label,
      advice.suggestion.after.status,
      advice.suggestion.after.figure,
      lines(advice.suggestion.lines),
    ],
  ]);
  digests.set(advice, digest);
  return digest;
}
