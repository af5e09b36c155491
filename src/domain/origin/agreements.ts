// The trade agreements the advisor knows (原产地标准预判): each a versioned data file in `data/`,
// checked here against one schema when the module loads, so a typo in a file fails every test
// instead of advising wrongly. Each product-specific rule (PSR) keeps the wording of its annex
// ("CTH or RVC40") so it can be read against the text, and is parsed into criteria once.
import { z } from 'zod';
import rcepFile from './data/rcep.json';
import acftaFile from './data/acfta.json';
import chftaFile from './data/chfta.json';
import { parseRule, type Criterion } from './psrRule';

export type AgreementId = 'RCEP' | 'ACFTA' | 'CHFTA';
export const agreementIds: readonly AgreementId[] = ['RCEP', 'ACFTA', 'CHFTA'];
/** What the panel shows until the exporter picks: the two agreements most exports to the region use. */
export const defaultAgreementIds: readonly AgreementId[] = ['RCEP', 'ACFTA'];

const percent = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/);
/** HS digits of a chapter (2), heading (4) or subheading (6), written without points. */
const hsPrefix = z.string().regex(/^(\d{2}|\d{4}|\d{6})$/);

const fileSchema = z.object({
  id: z.enum(['RCEP', 'ACFTA', 'CHFTA']),
  name: z.string().min(1),
  shortName: z.string().min(1),
  version: z.string().min(1),
  parties: z.array(z.string().min(1)).min(2),
  rvc: z
    .object({ formulas: z.array(z.enum(['buildDown', 'buildUp'])).min(1), article: z.string().min(1) })
    .nullable(),
  deMinimis: z
    .object({
      max: percent,
      base: z.enum(['fob', 'exWorks']),
      article: z.string().min(1),
      note: z.string().nullable(),
    })
    .nullable(),
  cumulation: z.string().min(1),
  generalRule: z
    .object({
      rule: z.string().min(1),
      source: z.string().min(1),
      soleCriterionExceptions: z.array(hsPrefix),
      exceptionsSource: z.string().min(1),
    })
    .nullable(),
  sources: z.array(z.object({ title: z.string().min(1), where: z.string().min(1) })).min(1),
  psr: z.array(z.object({ hs: hsPrefix, rule: z.string().min(1), source: z.string().min(1) })),
});

export interface ProductRule {
  /** The HS prefix the rule is written for (2, 4 or 6 digits). */
  hs: string;
  /** As the annex writes it, e.g. "CTH or RVC40". */
  text: string;
  /** Alternatives: meeting any one of them is enough (RCEP Annex 3A headnote 4). */
  alternatives: Criterion[];
  source: string;
}

export interface Agreement {
  id: AgreementId;
  name: string;
  shortName: string;
  version: string;
  parties: readonly string[];
  rvc: { formulas: readonly ('buildDown' | 'buildUp')[]; article: string } | null;
  deMinimis: { max: string; base: 'fob' | 'exWorks'; article: string; note: string | null } | null;
  cumulation: string;
  sources: readonly { title: string; where: string }[];
  /** Rules by HS prefix; looked up most specific first. */
  rules: ReadonlyMap<string, ProductRule>;
  /** A rule for every code not listed (ACFTA's general rule), with the codes it does not cover. */
  generalRule: (ProductRule & { exceptions: readonly string[] }) | null;
}

function load(file: unknown): Agreement {
  const data = fileSchema.parse(file);
  const rules = new Map<string, ProductRule>();
  for (const entry of data.psr) {
    if (rules.has(entry.hs)) throw new Error(`${data.id}: HS ${entry.hs} 的规则重复`);
    rules.set(entry.hs, {
      hs: entry.hs,
      text: entry.rule,
      alternatives: parseRule(entry.rule),
      source: entry.source,
    });
  }
  const general = data.generalRule;
  return {
    ...data,
    rules,
    generalRule: general && {
      hs: '',
      text: general.rule,
      alternatives: parseRule(general.rule),
      source: general.source,
      exceptions: general.soleCriterionExceptions,
    },
  };
}

export const agreements: ReadonlyMap<AgreementId, Agreement> = new Map(
  [rcepFile, acftaFile, chftaFile].map((file) => {
    const agreement = load(file);
    return [agreement.id, agreement] as const;
  }),
);

export function agreementById(id: AgreementId): Agreement {
  const found = agreements.get(id);
  if (!found) throw new Error(`未知的协定：${id}`);
  return found;
}

/** The HS code as digits only ("8518.90.00" → "85189000"); empty when it holds anything else. */
export function hsDigits(code: string): string {
  const digits = code.trim().replace(/[.\s]/g, '');
  return /^\d+$/.test(digits) ? digits : '';
}

export type RuleLookup =
  { found: true; rule: ProductRule } | { found: false; reason: 'noCode' | 'notListed' | 'soleCriterion' };

/**
 * The rule for a product's HS code: the subheading's, else the heading's, else the chapter's,
 * else the agreement's general rule. Never a guess: a code the data does not cover says so.
 */
export function ruleFor(agreement: Agreement, hsCode: string): RuleLookup {
  const digits = hsDigits(hsCode);
  if (digits.length < 6) return { found: false, reason: 'noCode' };
  for (const length of [6, 4, 2]) {
    const rule = agreement.rules.get(digits.slice(0, length));
    if (rule) return { found: true, rule };
  }
  const general = agreement.generalRule;
  if (!general) return { found: false, reason: 'notListed' };
  if (general.exceptions.some((prefix) => digits.startsWith(prefix)))
    return { found: false, reason: 'soleCriterion' };
  return { found: true, rule: general };
}

const aliases = new Map<string, string>([
  ['印尼', '印度尼西亚'],
  ['大韩民国', '韩国'],
  ['南韩', '韩国'],
  ['澳洲', '澳大利亚'],
  ['文莱达鲁萨兰国', '文莱'],
  ['老挝人民民主共和国', '老挝'],
]);

/** The party a line's 原产国(地区) names, other than China itself; null for anything else. */
export function otherParty(agreement: Agreement, origin: string): string | null {
  const name = origin.trim().replace(/[（(].*$/, '');
  const party = aliases.get(name) ?? name;
  return party !== '中国' && agreement.parties.includes(party) ? party : null;
}
