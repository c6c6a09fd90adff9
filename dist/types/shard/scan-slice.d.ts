import type { DiscoveredFile } from '../core/walk.ts';
import type { PlannedContent } from '../scan-read.ts';
import { type ShardSpec } from './spec.ts';
export interface ReadSlice {
    /** The contents this shard reads. */
    plan: PlannedContent[];
    /** Whether a discovered file (any of its names) is reported by this shard. */
    keeps: (file: DiscoveredFile) => boolean;
}
export declare function sliceReads(plan: readonly PlannedContent[], shard: ShardSpec | undefined): ReadSlice;
