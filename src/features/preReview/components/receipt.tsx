// The 预审编号 as the pages show it, and what a pre-review's toast says after a write: the number
// an exporter quotes to customs is there the moment the record has one.
import type { ReactNode } from 'react';

/** "预审编号 3107A19000187-P0006", the number kept in one piece. */
export function PreReviewNumber({ number }: { number: string }) {
  return (
    <span>
      预审编号 <span className="code-text">{number}</span>
    </span>
  );
}

export function receipt(said: string, number: string): ReactNode {
  return (
    <>
      <span>{said}</span>
      <span className="code-text">（预审编号 {number}）</span>
    </>
  );
}
