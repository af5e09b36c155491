import type { Status } from '@/domain/origin/evaluate';

/** How a verdict reads (and, through StatusTag, its colour). */
export const statusLabels: Record<Status, string> = { met: '满足', notMet: '未满足', unknown: '无法判断' };

/** Printed on every view of the advice: customs decides, not this panel. */
export const ADVICE_NOTICE = '预判，仅供参考，以海关审核为准';
