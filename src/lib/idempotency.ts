/** A fresh key for one submit intent; the same key is reused when that submit is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
