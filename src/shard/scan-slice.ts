/**
 * The part of a scan one shard does. The unit is a file as the scan reads it (planReads in
 * scan.ts): the names that are one file (links inside the folder) stay together, so the file is
 * still hashed once and analyzed once per name, on one shard. Its key is the display path of the
 * name it is hashed through, which every shard computes alike from the same walk.
 */
import type { DiscoveredFile } from '../core/walk.ts';
import { inShard, type ShardSpec } from './spec.ts';

export interface ReadPlan {
  hashOnce: DiscoveredFile[];
  analyzeOnce: DiscoveredFile[];
}

export interface ReadSlice extends ReadPlan {
  /** Whether a discovered file (any of its names) is reported by this shard. */
  keeps: (file: DiscoveredFile) => boolean;
}

export function sliceReads(plan: ReadPlan, shard: ShardSpec | undefined): ReadSlice {
  if (!shard) return { ...plan, keeps: () => true };
  const hashOnce = plan.hashOnce.filter((f) => inShard(f.display, shard));
  const mine = new Set(hashOnce.map((f) => f.fsPath));
  return {
    hashOnce,
    analyzeOnce: plan.analyzeOnce.filter((f) => mine.has(f.fsPath)),
    keeps: (f) => mine.has(f.fsPath),
  };
}
