/** Whether something may happen now, and if not, why (in Chinese, for the user). */
export type Verdict = { ok: true } | { ok: false; reason: string };

/** The verdict that lets it happen. */
export const OK: Verdict = { ok: true };
