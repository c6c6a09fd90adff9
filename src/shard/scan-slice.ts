/**
 * The part of a scan one shard does. The unit is a file's content as the scan reads it (planReads
 * in scan.ts): the names that are one file (links inside the folder) stay together, so the file is
 * still hashed once and analyzed once per name, on one shard. Its key is the display path of the
 * name it is hashed through, which every shard computes alike from the same walk.
 */
import { pathKey } from '../core/paths.ts';
import type { DiscoveredFile } from '../core/walk.ts';
import type { PlannedContent } from '../scan-read.ts';
import { inShard, type ShardSpec } from './spec.ts';

export interface ReadSlice {
  /** The contents this shard reads. */
  plan: PlannedContent[];
  /** Whether a discovered file (any of its names) is reported by this shard. */
  keeps: (file: DiscoveredFile) => boolean;
}

export function sliceReads(plan: readonly PlannedContent[], shard: ShardSpec | undefined): ReadSlice {
  if (!shard) return { plan: [...plan], keeps: () => true };
  const mine = plan.filter((c) => inShard(c.hashAs.display, shard));
  const keys = new Set(mine.map((c) => c.key));
  return { plan: mine, keeps: (f) => keys.has(pathKey(f.fsPath)) };
}
