// What would make the product qualify: the smallest set of non-originating lines that, made
// originating (sourced locally, or with another party's proof of origin), meets one alternative
// of the rule. Each criterion asks for the chosen lines' non-originating values to add up to at
// least some amount, so taking the largest values first gives the fewest lines; across the
// alternatives the one needing fewest lines (then the least value) wins.
import { Dec } from '@/domain/decimal';
import type { Sheet } from '@/contract/sheet';
import type { Agreement } from './agreements';
import type { Criterion } from './psrRule';
import {
  evaluateCriterion,
  evaluateOrigin,
  materialsAfter,
  regionalValueContent,
  type CriterionResult,
  type LineRef,
  type WhatIf,
} from './evaluate';

export interface Suggestion {
  /** The alternative the lines meet. */
  criterion: Criterion;
  lines: LineRef[];
  /** That criterion evaluated with the lines made originating. */
  after: CriterionResult;
}

/** Lines that must change and the amount their values must reach; null when no set can do it. */
function need(
  c: Criterion,
  sheet: Sheet,
  agreement: Agreement,
  whatIf: WhatIf,
): { from: LineRef[]; amount: Dec } | null {
  const m = materialsAfter(sheet, agreement, whatIf);
  if (m.unreadable.length > 0) return null;
  switch (c.kind) {
    case 'rvc': {
      if (!m.fob) return null;
      const share = new Dec(c.threshold).div(100);
      // Build-down: VNM must fall to FOB × (1 − t). Build-up: VOM + costs must reach FOB × t.
      let amount = m.vnm.sub(m.fob.mul(new Dec(1).sub(share)));
      const { buildUp } = regionalValueContent(sheet, agreement, whatIf);
      if (buildUp) amount = Dec.min(amount, m.fob.mul(share).sub(buildUp.mul(m.fob).div(100)));
      return { from: m.nonOriginating, amount };
    }
    case 'maxNonOriginating':
      return m.exWorks ? { from: m.nonOriginating, amount: m.vnm.sub(m.exWorks.mul(c.max).div(100)) } : null;
    case 'ctc': {
      // The lines the criterion itself found failing, and those without a usable code (they might
      // fail: counted as failing until their code is known).
      const { failing, unknown } = evaluateCriterion(c, sheet, agreement, whatIf);
      const open = [...failing, ...unknown];
      const total = open.reduce((sum, l) => sum.add(l.value), new Dec(0));
      return { from: open, amount: m.deMinimis ? total.sub(m.deMinimis.cap) : total };
    }
    case 'whollyObtained':
      return { from: m.nonOriginating, amount: m.vnm };
    case 'process':
      return null;
  }
}

/** Fewest lines whose values reach `amount`: largest first (then the sheet's order). */
function fewest(from: LineRef[], amount: Dec): LineRef[] | null {
  if (amount.lte(0)) return [];
  const sorted = [...from].sort((a, b) => b.value.cmp(a.value) || a.index - b.index);
  const chosen: LineRef[] = [];
  let sum = new Dec(0);
  for (const line of sorted) {
    chosen.push(line);
    sum = sum.add(line.value);
    if (sum.gte(amount)) return chosen.sort((a, b) => a.index - b.index);
  }
  return null;
}

const total = (lines: LineRef[]) => lines.reduce((sum, l) => sum.add(l.value), new Dec(0));

export function suggestLines(sheet: Sheet, agreement: Agreement, whatIf: WhatIf): Suggestion | null {
  const now = evaluateOrigin(sheet, agreement, whatIf);
  if (!now.lookup.found || now.status === 'met') return null;
  let best: Suggestion | null = null;
  for (const c of now.lookup.rule.alternatives) {
    const needed = need(c, sheet, agreement, whatIf);
    const lines = needed && fewest(needed.from, needed.amount);
    if (!lines || lines.length === 0) continue;
    const localised = new Set([...whatIf.localised, ...lines.map((l) => l.key)]);
    const after = evaluateOrigin(sheet, agreement, { ...whatIf, localised }).criteria.find(
      (r) => r.criterion === c,
    );
    if (!after || after.status !== 'met') continue;
    const better =
      !best ||
      lines.length < best.lines.length ||
      (lines.length === best.lines.length && total(lines).lt(total(best.lines)));
    if (better) best = { criterion: c, lines, after };
  }
  return best;
}
