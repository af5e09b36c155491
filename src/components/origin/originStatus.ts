import type { LineRef, Status } from '@/domain/origin/evaluate';
import { showAmount } from '@/domain/preReview/costSheet';

/** How a verdict reads (and, through StatusTag, its colour). */
export const statusLabels: Record<Status, string> = { met: '满足', notMet: '未满足', unknown: '无法判断' };

/** Printed on every view of the advice: customs decides, not this panel. */
export const ADVICE_NOTICE = '预判，仅供参考，以海关审核为准';

/** A line as the advice names it, on screen and in print: 第 3 行 扬声器振膜. */
export const lineText = (line: LineRef) => `第 ${line.index + 1} 行 ${line.name}`;

/** Its 原料非原产价值, written as the sheet's totals are. */
export const nonOriginText = (line: LineRef) => `非原产 ${showAmount(line.value)}`;
