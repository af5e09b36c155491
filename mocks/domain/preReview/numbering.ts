// 预审编号's format, the one place it lives: the enterprise's 备案号 and its own running number
// (3107A19000187-P0001). Without a 备案号 (not reachable through the gate) only the run.
export function preReviewNumber(filingNo: string | null, seq: number): string {
  const run = `P${String(seq).padStart(4, '0')}`;
  return filingNo ? `${filingNo}-${run}` : run;
}
