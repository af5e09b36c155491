// 申请内容 in the customs console: what an application asks, in one line an officer can scan
// down a page of them (the enterprise has its own column, so it is not repeated here).

/** Shown in full up to this many changed fields; beyond, the first ones and 等N项. */
const FIELDS_NAMED = 4;

/** A change by what it changes: 变更：企业英文名称、联系电话; none: the data as before. */
export function changeAsked(labels: readonly string[]): string {
  if (labels.length === 0) return '变更（与变更前相同）';
  const named = labels.slice(0, FIELDS_NAMED).join('、');
  return labels.length > FIELDS_NAMED ? `变更：${named}等${labels.length}项` : `变更：${named}`;
}

/** A reason given with an application (注销, 恢复, 删除), shortened to fit a row. */
export function reasonAsked(reason: string): string {
  const line = reason.replace(/\s+/g, ' ').trim();
  if (line === '') return '';
  return `，说明：${line.length > 30 ? `${line.slice(0, 30)}…` : line}`;
}
