/** A set of byte ranges [start, end): how much of a new range was already covered, then add it. */
export class RangeSet {
  /** Disjoint, sorted, non-touching ranges. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first range whose end is after `pos`. */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Bytes of [start, end) already in the set. */
  overlap(start: number, end: number): number {
    let n = 0;
    for (let i = this.firstEndingAfter(start); i < this.starts.length && this.starts[i]! < end; i++) {
      n += Math.min(end, this.ends[i]!) - Math.max(start, this.starts[i]!);
    }
    return n;
  }

  add(start: number, end: number): void {
    if (end <= start) return;
    const last = this.ends.length - 1;
    // Members usually come in file order: append or extend the last range without a search.
    if (last < 0 || start > this.ends[last]!) {
      this.starts.push(start);
      this.ends.push(end);
      return;
    }
    const i = this.firstEndingAfter(start - 1);
    let s = start;
    let e = end;
    let j = i;
    while (j < this.starts.length && this.starts[j]! <= end) {
      s = Math.min(s, this.starts[j]!);
      e = Math.max(e, this.ends[j]!);
      j++;
    }
    this.starts.splice(i, j - i, s);
    this.ends.splice(i, j - i, e);
  }
}
