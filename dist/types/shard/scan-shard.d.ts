import type { Target } from '../core/walk.ts';
import type { Policy } from '../policy/types.ts';
import { type ScanOptions } from '../scan.ts';
import { type PartialScan } from './partial.ts';
import type { ShardSpec } from './spec.ts';
/** What every shard must have seen alike: the targets and every file's display path, size and link. */
export declare function scanFileListDigest(targets: readonly Target[]): string;
/** The settings that change a scan's result (the shards must agree on them). */
export declare function scanSettingsDigest(options: ScanOptions, policy: Policy | undefined): string;
export declare function scanShard(paths: readonly string[], options: ScanOptions & {
    shard: ShardSpec;
}): Promise<PartialScan>;
