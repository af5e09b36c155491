/** Whether something may happen now, and if not, why (in Chinese, for the user). */
export type Verdict = { ok: true } | { ok: false; reason: string };
