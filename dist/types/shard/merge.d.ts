/**
 * `modelvet merge PARTIAL...`: N partial results (partial.ts) → the result one machine would have
 * produced. Refused, with one line saying why: partials of different trees (file list digest) or
 * settings, a slice missing or given twice, slices that do not cover every entry exactly once.
 */
import { type Severity } from '../core/finding.ts';
import { type Report } from '../core/report.ts';
import { type Partial, type PartialLock, type PartialScan } from './partial.ts';
/** Same kind, same N, same inputs and settings, every slice once, every entry once; sorted by shard. */
export declare function checkPartials<P extends Partial>(partials: readonly P[]): P[];
/** The scan report one machine would have written, before the policy (applied by `mergeScan`). */
export declare function combineScanReports(partials: readonly PartialScan[], failOn: Severity): Report;
/** Merges scan partials into one report and one verdict; `failOn` wins over the shards' --fail-on. */
export declare function mergeScan(partials: readonly PartialScan[], options?: {
    failOn?: Severity;
}): Promise<Report>;
/** The resources of the full manifest, in order, from lock partials. */
export declare function mergeLockResources(partials: readonly PartialLock[]): {
    modelName: string;
    serialization: PartialLock['serialization'];
    resources: PartialLock['resources'];
};
