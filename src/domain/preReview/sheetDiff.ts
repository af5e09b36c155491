// What a change (变更) changed: the data before and after, field by field (domain.md F3: every
// record keeps "the data before and after a change"). Shown in the record's history and to the
// customs officer deciding the change.
import { lineLabels, productLabels, type Line, type Sheet } from '@/contract/sheet';
import { evaluateSheet } from './costSheet';

export interface FieldChange {
  /** e.g. 产品中文名称, 第 2 行 原料单价, 第 3 行（新增）. */
  label: string;
  before: string;
  after: string;
}

const lineFields = Object.keys(lineLabels) as (keyof typeof lineLabels)[];
const productFields = Object.keys(productLabels) as (keyof typeof productLabels)[];

/** One line in a sentence, for lines added or removed as a whole. */
export function describeLine(line: Line): string {
  return lineFields
    .map((field) => (line[field] === '' ? '' : `${lineLabels[field]} ${line[field]}`))
    .filter(Boolean)
    .join('；');
}

export function diffSheets(before: Sheet, after: Sheet): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of productFields) {
    if (before.product[field] !== after.product[field])
      changes.push({
        label: productLabels[field],
        before: before.product[field],
        after: after.product[field],
      });
  }
  // Lines are matched by their stable key, so a reorder or an insertion does not show as every
  // following line changed; positions are those after the change (before, for removed lines).
  const beforeByKey = new Map(before.lines.map((line, i) => [line.key, { line, i }]));
  const afterKeys = new Set(after.lines.map((line) => line.key));
  after.lines.forEach((line, i) => {
    const old = beforeByKey.get(line.key);
    if (!old) {
      changes.push({ label: `第 ${i + 1} 行（新增）`, before: '', after: describeLine(line) });
      return;
    }
    for (const field of lineFields)
      if (old.line[field] !== line[field])
        changes.push({
          label: `第 ${i + 1} 行 ${lineLabels[field]}`,
          before: old.line[field],
          after: line[field],
        });
  });
  before.lines.forEach((line, i) => {
    if (!afterKeys.has(line.key))
      changes.push({ label: `原第 ${i + 1} 行（删除）`, before: describeLine(line), after: '' });
  });
  // The percentages customs looks at first (PR7, PR8), whenever they moved.
  const was = evaluateSheet(before, { forDeclare: false });
  const is = evaluateSheet(after, { forDeclare: false });
  if (was.exFactoryPercent !== is.exFactoryPercent)
    changes.push({
      label: '非原产占出厂价的百分比',
      before: was.exFactoryPercent,
      after: is.exFactoryPercent,
    });
  if (was.fobPercent !== is.fobPercent)
    changes.push({ label: '非原产占 FOB 的百分比', before: was.fobPercent, after: is.fobPercent });
  return changes;
}
