import { ModelvetError } from '../core/errors.ts';
import { type Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import type { Policy } from '../policy/types.ts';
import type { Serialization } from '../verify/manifest.ts';
import { type ShardSpec } from './spec.ts';
export declare const PARTIAL_FORMAT = "modelvet-partial";
export declare const PARTIAL_VERSION = 1;
/** A partial of 300k files is ~100 MB; beyond this it is not one of ours. */
export declare const MAX_PARTIAL_BYTES: number;
interface PartialBase {
    format: typeof PARTIAL_FORMAT;
    version: typeof PARTIAL_VERSION;
    shard: ShardSpec;
    /** SHA-256 of the full list of files (paths, sizes, links) every shard enumerated. */
    fileListDigest: string;
    /** SHA-256 of the settings that change the result (tool version, options, policy). */
    settingsDigest: string;
    /** Entries in the full result (files of the report, resources of the manifest). */
    total: number;
    /** Index in the full result of each entry of this partial, in order. */
    positions: number[];
}
export interface PartialScan extends PartialBase {
    kind: 'scan';
    /** `--fail-on` as given to the shard (merge's own wins). */
    failOn?: Severity;
    /** Applied by merge to the combined report. */
    policy?: Policy;
    /** This shard's report, before the policy is applied. */
    report: Report;
}
export interface PartialLockResource {
    name: string;
    algorithm: string;
    digest: string;
}
export interface PartialLock extends PartialBase {
    kind: 'lock';
    modelName: string;
    serialization: Serialization;
    resources: PartialLockResource[];
}
export type Partial = PartialScan | PartialLock;
/** SHA-256 of a JSON value (the callers build it in a fixed key order). */
export declare function jsonDigest(value: unknown): string;
export declare function refused(message: string, path?: string): ModelvetError;
/** The positions of the entries `keeps` picks out of the full list, in order. */
export declare function positionsOf<T>(all: readonly T[], keeps: (item: T) => boolean): number[];
export declare function partialJson(partial: Partial): string;
/** Reads and checks one partial; a one-line PARTIAL_REFUSED error naming the file otherwise. */
export declare function readPartial(path: string): Promise<Partial>;
export {};
