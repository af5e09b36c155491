// 原产地标准预判: for a cost sheet and an agreement, each criterion of the product-specific rule
// its HS code has, met / not met / cannot tell, with the figures. Advice only: customs decides.
// Exact decimals throughout, shown like the sheet's percentages (2 decimals, half-up) and
// compared unrounded. What-ifs (local sourcing of chosen lines, cumulation with another party's
// proof, the build-up formula's costs) are inputs, never assumed.
import { Dec, fixedPoint, parseAmount, percentText } from '@/domain/decimal';
import { isBlankLine } from '@/domain/preReview/costSheet';
import { VALUE_DECIMALS, type Sheet } from '@/contract/sheet';
import { hsDigits, otherParty, ruleFor, type Agreement, type RuleLookup } from './agreements';
import { criterionLabel, ctcDigits, type Criterion } from './psrRule';

export type Status = 'met' | 'notMet' | 'unknown';

/** The build-up (累加法) formula's costs per unit, as typed; empty ones count as 0. */
export interface BuildUpCosts {
  labour: string;
  overhead: string;
  profit: string;
  other: string;
}
export const buildUpLabels: Record<keyof BuildUpCosts, string> = {
  labour: '直接人工成本',
  overhead: '直接经营费用成本',
  profit: '利润',
  other: '其他成本',
};

export interface WhatIf {
  /** Materials from another party of the agreement count as originating (with that party's proof). */
  cumulate: boolean;
  /** Lines (by key) taken as originating: sourced locally, or with a party's proof. */
  localised: ReadonlySet<string>;
  buildUp: BuildUpCosts | null;
}
export const noWhatIf: WhatIf = { cumulate: false, localised: new Set(), buildUp: null };

/** A production line as the advice names it. */
export interface LineRef {
  index: number;
  key: string;
  name: string;
  /** Its 原料非原产价值. */
  value: Dec;
  hs: string;
  origin: string;
}

export interface CriterionResult {
  criterion: Criterion;
  label: string;
  status: Status;
  /** The figure as shown (e.g. "87.50%"), null when it cannot be computed. */
  figure: string | null;
  /** The figure and the threshold in per cent, for a bar; null when there is none. */
  bar: { value: number; threshold: number; higherIsBetter: boolean } | null;
  /** Percentage points of room (positive) or shortfall (negative), unrounded; null if none. */
  margin: Dec | null;
  /** One sentence: how it was worked out, or what is missing. */
  says: string;
  /** Lines that fail a change in tariff classification, or stop "wholly obtained". */
  failing: LineRef[];
  /** Lines whose 原料HS编码 is missing or too short to compare: never a pass. */
  unknown: LineRef[];
}

interface Materials {
  /** Non-originating materials after the what-ifs. */
  nonOriginating: LineRef[];
  /** Lines whose values cannot be read (typed as something other than an amount). */
  unreadable: number[];
  vnm: Dec;
  vom: Dec;
}

const amount = (text: string): Dec | null | 'unreadable' => {
  if (text.trim() === '') return null;
  const parsed = parseAmount(text, VALUE_DECIMALS);
  return parsed.ok ? parsed.value : 'unreadable';
};
const price = (text: string) => {
  const parsed = parseAmount(text, VALUE_DECIMALS);
  return parsed.ok && !parsed.value.isZero() ? parsed.value : null;
};
const points = (value: Dec) => `${value.isNeg() ? '' : '+'}${fixedPoint(value, 2)} 个百分点`;

interface ParsedLine {
  index: number;
  key: string;
  name: string;
  hs: string;
  origin: string;
  originValue: Dec | null | 'unreadable';
  nonOriginValue: Dec | null | 'unreadable';
}

// A keystroke re-advises every agreement, each criterion, each what-if: the lines are read once
// per sheet, and the materials once per sheet and what-if, not once per question asked of them.
const parsedLines = new WeakMap<Sheet['lines'], ParsedLine[]>();
const materialsOf = new WeakMap<Sheet['lines'], Map<string, Materials>>();

function parse(lines: Sheet['lines']): ParsedLine[] {
  const known = parsedLines.get(lines);
  if (known) return known;
  const parsed: ParsedLine[] = [];
  lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    parsed.push({
      index,
      key: line.key,
      name: line.materialName.trim() || `第 ${index + 1} 行`,
      hs: line.materialHs.trim(),
      origin: line.origin.trim(),
      originValue: amount(line.originValue),
      nonOriginValue: amount(line.nonOriginValue),
    });
  });
  parsedLines.set(lines, parsed);
  return parsed;
}

function materials(sheet: Sheet, agreement: Agreement, whatIf: WhatIf): Materials {
  const key = `${agreement.id}|${whatIf.cumulate}|${[...whatIf.localised].join('\u0000')}`;
  let cache = materialsOf.get(sheet.lines);
  if (!cache) materialsOf.set(sheet.lines, (cache = new Map()));
  const known = cache.get(key);
  if (known) return known;
  const nonOriginating: LineRef[] = [];
  const unreadable: number[] = [];
  let vnm = new Dec(0);
  let vom = new Dec(0);
  for (const line of parse(sheet.lines)) {
    const { originValue: origin, nonOriginValue: nonOrigin } = line;
    if (origin === 'unreadable' || nonOrigin === 'unreadable') {
      unreadable.push(line.index);
      continue;
    }
    if (origin) vom = vom.add(origin);
    if (!nonOrigin || nonOrigin.isZero()) continue;
    const madeOriginating =
      whatIf.localised.has(line.key) || (whatIf.cumulate && otherParty(agreement, line.origin) !== null);
    if (madeOriginating) {
      vom = vom.add(nonOrigin);
      continue;
    }
    vnm = vnm.add(nonOrigin);
    nonOriginating.push({
      index: line.index,
      key: line.key,
      name: line.name,
      value: nonOrigin,
      hs: line.hs,
      origin: line.origin,
    });
  }
  const found = { nonOriginating, unreadable, vnm, vom };
  cache.set(key, found);
  return found;
}

const result = (
  criterion: Criterion,
  fields: Partial<CriterionResult> & Pick<CriterionResult, 'status' | 'says'>,
) => ({
  criterion,
  label: criterionLabel(criterion),
  figure: null,
  bar: null,
  margin: null,
  failing: [],
  unknown: [],
  ...fields,
});

const unreadableSays = (rows: number[]) =>
  `第 ${rows.map((i) => i + 1).join('、')} 行的原料价值无法读取，改正后才能计算`;

/** What is wrong with the build-up costs as typed (the first field that is not an amount), or null. */
export function buildUpProblem(costs: BuildUpCosts): string | null {
  for (const [field, text] of Object.entries(costs) as [keyof BuildUpCosts, string][]) {
    if (amount(text) === 'unreadable') return `${buildUpLabels[field]}应为不小于 0 的金额，最多4位小数`;
  }
  return null;
}

/** RVC by each formula the agreement allows; the exporter may use either (RCEP Art. 3.5). */
export function regionalValueContent(
  sheet: Sheet,
  agreement: Agreement,
  whatIf: WhatIf,
): { buildDown: Dec | null; buildUp: Dec | null; costsProblem: string | null } {
  const fob = price(sheet.product.fobValue);
  const formulas = agreement.rvc?.formulas ?? [];
  const m = materials(sheet, agreement, whatIf);
  if (!fob || m.unreadable.length > 0) return { buildDown: null, buildUp: null, costsProblem: null };
  // (FOB − VNM) / FOB × 100, computed as 100 − (VNM / FOB) × 100: the same division the sheet's
  // 非原产占 FOB 的百分比 makes (PR8), so the two agree to the last digit, not just when rounded.
  const buildDown = formulas.includes('buildDown') ? new Dec(100).sub(m.vnm.div(fob).mul(100)) : null;
  let buildUp: Dec | null = null;
  let costsProblem: string | null = null;
  const costs = whatIf.buildUp;
  if (formulas.includes('buildUp') && costs && Object.values(costs).some((c) => c.trim() !== '')) {
    costsProblem = buildUpProblem(costs);
    if (!costsProblem)
      buildUp = Object.values(costs)
        .reduce((sum, text) => sum.add(text.trim() === '' ? 0 : text.trim()), m.vom)
        .div(fob)
        .mul(100);
  }
  return { buildDown, buildUp, costsProblem };
}

function rvcCriterion(
  c: Extract<Criterion, { kind: 'rvc' }>,
  sheet: Sheet,
  agreement: Agreement,
  whatIf: WhatIf,
  m: Materials,
) {
  const fob = price(sheet.product.fobValue);
  if (!fob) return result(c, { status: 'unknown', says: '请填写单位产品 FOB 值（大于 0）' });
  const { buildDown, buildUp, costsProblem } = regionalValueContent(sheet, agreement, whatIf);
  const threshold = new Dec(c.threshold);
  const useUp = buildUp !== null && (buildDown === null || buildUp.gt(buildDown));
  const best = useUp ? buildUp : buildDown;
  if (!best) return result(c, { status: 'unknown', says: costsProblem ?? '本协定的区域价值成分公式未收录' });
  const says = useUp
    ? `累加法：(VOM + 人工 + 经营费用 + 利润 + 其他) / FOB = ${percentText(best)}${buildDown ? `（扣减法 ${percentText(buildDown)}）` : ''}`
    : `扣减法：(FOB ${fob.toString()} − 非原产材料 ${m.vnm.toString()}) / FOB = ${percentText(best)}${costsProblem ? `；${costsProblem}` : ''}`;
  return result(c, {
    status: best.gte(threshold) ? 'met' : 'notMet',
    figure: percentText(best),
    // The bar's length only (a picture): the figure itself stays exact.
    bar: { value: best.toNumber(), threshold: threshold.toNumber(), higherIsBetter: true },
    margin: best.sub(threshold),
    says: `${says}，${best.gte(threshold) ? '高于' : '低于'}门槛 ${c.threshold}%（${points(best.sub(threshold))}）`,
  });
}

function maxNonOriginatingCriterion(
  c: Extract<Criterion, { kind: 'maxNonOriginating' }>,
  sheet: Sheet,
  m: Materials,
) {
  const exWorks = price(sheet.product.exFactoryPrice);
  if (!exWorks) return result(c, { status: 'unknown', says: '请填写单位产品出厂价（大于 0）' });
  const share = m.vnm.div(exWorks).mul(100);
  const max = new Dec(c.max);
  const met = share.lte(max);
  return result(c, {
    status: met ? 'met' : 'notMet',
    figure: percentText(share),
    bar: { value: share.toNumber(), threshold: max.toNumber(), higherIsBetter: false },
    margin: max.sub(share),
    says: `非原产材料 ${m.vnm.toString()} / 出厂价 ${exWorks.toString()} = ${percentText(share)}，${met ? '不超过' : '超过'} ${c.max}%（${points(max.sub(share))}）`,
  });
}

/** The de minimis allowance in money, when the agreement has one and its base is filled in. */
function deMinimisCap(sheet: Sheet, agreement: Agreement): { cap: Dec; says: string } | null {
  const rule = agreement.deMinimis;
  if (!rule) return null;
  const base = price(rule.base === 'fob' ? sheet.product.fobValue : sheet.product.exFactoryPrice);
  if (!base) return null;
  return {
    cap: base.mul(rule.max).div(100),
    says: `${rule.base === 'fob' ? 'FOB' : '出厂价'}的 ${rule.max}%`,
  };
}

function ctcCriterion(
  c: Extract<Criterion, { kind: 'ctc' }>,
  sheet: Sheet,
  agreement: Agreement,
  m: Materials,
) {
  const digits = ctcDigits[c.level];
  const product = hsDigits(sheet.product.hsCode).slice(0, digits);
  const failing: LineRef[] = [];
  const unknown: LineRef[] = [];
  for (const line of m.nonOriginating) {
    const material = hsDigits(line.hs);
    if (material.length < digits) unknown.push(line);
    else if (material.slice(0, digits) === product) failing.push(line);
  }
  const sum = (lines: LineRef[]) => lines.reduce((total, l) => total.add(l.value), new Dec(0));
  const open = sum(failing).add(sum(unknown));
  if (failing.length === 0 && unknown.length === 0)
    return result(c, { status: 'met', figure: '全部改变', says: '所有非原产材料均已发生要求的税则归类改变' });
  const allowance = deMinimisCap(sheet, agreement);
  const within = allowance !== null && open.lte(allowance.cap);
  const parts = [
    failing.length > 0 && `${failing.length} 行非原产材料（${sum(failing).toString()}）未发生归类改变`,
    unknown.length > 0 &&
      `${unknown.length} 行未填写或未填全原料HS编码（${sum(unknown).toString()}），无法判断`,
  ].filter(Boolean);
  if (within)
    return result(c, {
      status: 'met',
      figure: '按微小含量满足',
      failing,
      unknown,
      says: `${parts.join('；')}；合计 ${open.toString()} 不超过${allowance.says}（${allowance.cap.toString()}），按微小含量规定视为满足`,
    });
  const over = allowance
    ? `，超过微小含量允许的${allowance.says}（${allowance.cap.toString()}）`
    : agreement.deMinimis
      ? '（微小含量需先填写计算基数）'
      : '（本协定的微小含量规定未收录，未予适用）';
  return result(c, {
    status: failing.length > 0 && (!allowance || sum(failing).gt(allowance.cap)) ? 'notMet' : 'unknown',
    figure: `${failing.length + unknown.length} 行未满足`,
    failing,
    unknown,
    says: `${parts.join('；')}${over}`,
  });
}

export function evaluateCriterion(
  c: Criterion,
  sheet: Sheet,
  agreement: Agreement,
  whatIf: WhatIf,
): CriterionResult {
  if (c.kind === 'process')
    return result(c, { status: 'unknown', says: '成本明细单不能说明加工工序，请按协定附件核对' });
  const m = materials(sheet, agreement, whatIf);
  if (m.unreadable.length > 0) return result(c, { status: 'unknown', says: unreadableSays(m.unreadable) });
  switch (c.kind) {
    case 'rvc':
      return rvcCriterion(c, sheet, agreement, whatIf, m);
    case 'maxNonOriginating':
      return maxNonOriginatingCriterion(c, sheet, m);
    case 'ctc':
      return ctcCriterion(c, sheet, agreement, m);
    case 'whollyObtained': {
      const met = m.nonOriginating.length === 0;
      return result(c, {
        status: met ? 'met' : 'notMet',
        figure: met ? '无非原产材料' : `${m.nonOriginating.length} 行非原产材料`,
        failing: m.nonOriginating,
        says: met ? '未使用非原产材料' : '完全获得标准不允许使用非原产材料',
      });
    }
  }
}

/** Alternatives: any met is met; all not met is not met; otherwise it cannot be told. */
export function combine(statuses: readonly Status[]): Status {
  if (statuses.includes('met')) return 'met';
  return statuses.length > 0 && statuses.every((s) => s === 'notMet') ? 'notMet' : 'unknown';
}

export const lookupReason: Record<Exclude<RuleLookup, { found: true }>['reason'], string> = {
  noCode: '请先填写产品HS编码（至少6位数字）',
  notListed: '该HS编码的产品特定规则未收录',
  soleCriterion: '该产品只能适用《产品特定原产地规则清单》中的唯一标准，该标准未收录',
};

export interface Evaluation {
  lookup: RuleLookup;
  status: Status;
  criteria: CriterionResult[];
}

export function evaluateOrigin(sheet: Sheet, agreement: Agreement, whatIf: WhatIf = noWhatIf): Evaluation {
  const lookup = ruleFor(agreement, sheet.product.hsCode);
  if (!lookup.found) return { lookup, status: 'unknown', criteria: [] };
  const criteria = lookup.rule.alternatives.map((c) => evaluateCriterion(c, sheet, agreement, whatIf));
  return { lookup, status: combine(criteria.map((c) => c.status)), criteria };
}

/** The lines another party of the agreement supplied: originating with that party's proof. */
export function cumulableLines(sheet: Sheet, agreement: Agreement, whatIf: WhatIf): LineRef[] {
  return materials(sheet, agreement, { ...whatIf, cumulate: false }).nonOriginating.filter(
    (line) => otherParty(agreement, line.origin) !== null && !whatIf.localised.has(line.key),
  );
}

/** Used by the suggestion: the non-originating materials and the money figures after what-ifs. */
export function materialsAfter(sheet: Sheet, agreement: Agreement, whatIf: WhatIf) {
  const m = materials(sheet, agreement, whatIf);
  return {
    ...m,
    fob: price(sheet.product.fobValue),
    exWorks: price(sheet.product.exFactoryPrice),
    deMinimis: deMinimisCap(sheet, agreement),
  };
}
