/** A set of byte ranges [start, end): how much of a new range was already covered, then add it. */
export declare class RangeSet {
    /** Disjoint, sorted, non-touching ranges. */
    private readonly starts;
    private readonly ends;
    /** Index of the first range whose end is after `pos`. */
    private firstEndingAfter;
    /** Bytes of [start, end) already in the set. */
    overlap(start: number, end: number): number;
    add(start: number, end: number): void;
}
