// The advice for each agreement the exporter picked: the verdict and its criteria, the RVC by the
// agreement's formula even where no rule is on file (a reference figure), what cumulation with
// another party's proof would give, and the fewest lines that would make the product qualify.
import type { Sheet } from '@/contract/sheet';
import { percentText } from '@/domain/decimal';
import { agreementById, type Agreement, type AgreementId, type ProductRule } from './agreements';
import {
  cumulableLines,
  evaluateOrigin,
  lookupReason,
  regionalValueContent,
  type CriterionResult,
  type LineRef,
  type Status,
  type WhatIf,
} from './evaluate';
import { suggestLines, type Suggestion } from './suggest';

export interface AgreementAdvice {
  agreement: Agreement;
  rule: ProductRule | null;
  /** Why there is no verdict, when the rule is not on file. */
  reason: string | null;
  status: Status;
  criteria: CriterionResult[];
  /** RVC by the agreement's build-down formula, shown even without a rule. */
  rvcReference: string | null;
  /** Lines from another party; and the verdict if each had that party's proof (what-if). */
  cumulation: { lines: LineRef[]; status: Status } | null;
  suggestion: Suggestion | null;
}

export function adviseOne(sheet: Sheet, agreement: Agreement, whatIf: WhatIf): AgreementAdvice {
  const evaluation = evaluateOrigin(sheet, agreement, whatIf);
  const { buildDown } = regionalValueContent(sheet, agreement, whatIf);
  const lines = whatIf.cumulate ? [] : cumulableLines(sheet, agreement, whatIf);
  return {
    agreement,
    rule: evaluation.lookup.found ? evaluation.lookup.rule : null,
    reason: evaluation.lookup.found ? null : lookupReason[evaluation.lookup.reason],
    status: evaluation.status,
    criteria: evaluation.criteria,
    rvcReference: buildDown ? percentText(buildDown) : null,
    cumulation:
      lines.length > 0 && evaluation.lookup.found
        ? { lines, status: evaluateOrigin(sheet, agreement, { ...whatIf, cumulate: true }).status }
        : null,
    suggestion: suggestLines(sheet, agreement, whatIf),
  };
}

export function advise(
  sheet: Sheet,
  ids: readonly AgreementId[],
  whatIf: (id: AgreementId) => WhatIf,
): AgreementAdvice[] {
  return ids.map((id) => adviseOne(sheet, agreementById(id), whatIf(id)));
}
