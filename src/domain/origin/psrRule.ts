// A product-specific rule as the annexes write it ("CTH or RVC40", "CC", "WO"), read into the
// criteria the advisor evaluates. Only the forms the data uses are accepted; anything else is an
// error when the data loads, never a rule read wrongly.

export type CtcLevel = 'CC' | 'CTH' | 'CTSH';

export type Criterion =
  /** Regional value content of at least `threshold` per cent, by the agreement's formulas. */
  | { kind: 'rvc'; threshold: string }
  /** Every non-originating material changes chapter (CC), heading (CTH) or subheading (CTSH). */
  | { kind: 'ctc'; level: CtcLevel }
  /** Non-originating materials at most `max` per cent of the ex-works price (出厂价). */
  | { kind: 'maxNonOriginating'; max: string }
  /** Wholly obtained or produced: no non-originating material at all. */
  | { kind: 'whollyObtained' }
  /** A manufacturing process the cost sheet cannot show (e.g. spinning, weaving). */
  | { kind: 'process' };

/** HS digits compared at each CTC level. */
export const ctcDigits: Record<CtcLevel, number> = { CC: 2, CTH: 4, CTSH: 6 };

function criterion(token: string): Criterion {
  if (token === 'CC' || token === 'CTH' || token === 'CTSH') return { kind: 'ctc', level: token };
  if (token === 'WO') return { kind: 'whollyObtained' };
  if (token === 'PROCESS') return { kind: 'process' };
  const rvc = /^RVC(\d{2})$/.exec(token);
  if (rvc?.[1]) return { kind: 'rvc', threshold: rvc[1] };
  const max = /^MaxNOM(\d{2})$/.exec(token);
  if (max?.[1]) return { kind: 'maxNonOriginating', max: max[1] };
  throw new Error(`无法识别的原产地规则：${token}`);
}

export function parseRule(text: string): Criterion[] {
  return text.split(/\s+or\s+/).map((token) => criterion(token.trim()));
}

/** How the criterion reads on screen. */
export function criterionLabel(c: Criterion): string {
  switch (c.kind) {
    case 'rvc':
      return `区域价值成分 ≥ ${c.threshold}%`;
    case 'ctc':
      return { CC: '章改变（CC）', CTH: '品目改变（CTH）', CTSH: '子目改变（CTSH）' }[c.level];
    case 'maxNonOriginating':
      return `非原产材料 ≤ 出厂价的 ${c.max}%`;
    case 'whollyObtained':
      return '完全获得（WO）';
    case 'process':
      return '特定加工工序';
  }
}
