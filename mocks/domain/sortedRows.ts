// Rows kept sorted in memory, one write at a time: what the service's indexes (the customs
// console's, 查询's) read a page off, so that a page costs what it shows and not what the table
// holds. A write moves one row by binary search instead of sorting again.

/** Code-unit order (ISO times, ids, HS codes): quicker than localeCompare, and total. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class SortedRows<T> {
  readonly rows: T[];

  /** `rows` (taken, not copied) sorted by `compare`, which must be total (ties broken by id). */
  constructor(
    rows: T[],
    private readonly compare: (a: T, b: T) => number,
  ) {
    this.rows = rows.sort(compare);
  }

  /** The first row for which `before` is false; `before` must hold for a prefix of the rows. */
  firstNotBefore(before: (row: T) => boolean): number {
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(this.rows[middle] as T)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Where `row` is or would go. */
  private place(row: T): number {
    return this.firstNotBefore((held) => this.compare(held, row) < 0);
  }

  insert(row: T): void {
    this.rows.splice(this.place(row), 0, row);
  }

  /** Takes out `row` itself (the object held, not an equal one). */
  remove(row: T): void {
    const at = this.place(row);
    if (this.rows[at] === row) this.rows.splice(at, 1);
  }
}
