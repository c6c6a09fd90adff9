export interface ShardSpec {
    /** 1-based. */
    index: number;
    count: number;
}
/** More shards than this is a typo, not a matrix (GitHub Actions allows 256 jobs per matrix). */
export declare const MAX_SHARDS = 4096;
/** Parses `K/N` (1 ≤ K ≤ N ≤ MAX_SHARDS); a usage error otherwise. */
export declare function parseShard(value: unknown, name?: string): ShardSpec;
export declare function formatShard(shard: ShardSpec): string;
/** The shard (1-based) that owns `key`. */
export declare function shardOf(key: string, count: number): number;
export declare function inShard(key: string, shard: ShardSpec | undefined): boolean;
/**
 * The shard that runs the checks of a whole target (discovery findings, tree analyzers, integrity
 * verification): always shard 1, so each runs exactly once and merge needs no deduplication.
 */
export declare function ownsTargetChecks(shard: ShardSpec | undefined): boolean;
