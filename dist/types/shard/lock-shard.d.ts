/**
 * `lock --shard K/N`: hashes shard K's resources of a model (files, or in shards mode byte ranges,
 * so one huge file is spread over the machines too) and returns the partial manifest that `merge`
 * turns into the lock file `modelvet lock PATH` writes to PATH/modelvet.lock.json, byte for byte.
 */
import type { LockOptions } from '../verify/lock.ts';
import { type PartialLock } from './partial.ts';
import { type ShardSpec } from './spec.ts';
export declare function lockShard(modelPath: string, options: Omit<LockOptions, 'output'> & {
    shard: ShardSpec;
}): Promise<PartialLock>;
/** The lock file text (as `modelvet lock` writes it) from every shard's partial manifest. */
export declare function mergeLockText(partials: readonly PartialLock[]): string;
