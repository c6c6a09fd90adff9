/**
 * `--shard K/N`: which part of the work one of N machines does.
 *
 * A unit of work (a file, or a byte range of one in OMS shards mode) belongs to shard
 * 1 + (first 8 bytes of SHA-256(key) mod N), the key being its path relative to what was asked
 * for. That is stable: the same key lands on the same shard on every machine and in every run, and
 * adding or removing a file moves only that file. Nothing is balanced by size: with many files the
 * shards even out; one huge file is one shard's work (except in a lock in shards mode, whose units
 * are byte ranges).
 */
import { ModelvetError } from '../core/errors.ts';
import { nodeCrypto } from '../core/node-builtins.ts';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** More shards than this is a typo, not a matrix (GitHub Actions allows 256 jobs per matrix). */
export const MAX_SHARDS = 4096;

/** Parses `K/N` (1 ≤ K ≤ N ≤ MAX_SHARDS); a usage error otherwise. */
export function parseShard(value: unknown, name = '--shard'): ShardSpec {
  const m = typeof value === 'string' ? /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(value) : null;
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new ModelvetError(
      'USAGE',
      `${name} must be K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4); got ${JSON.stringify(String(value))}`,
    );
  }
  return { index, count };
}

export function formatShard(shard: ShardSpec): string {
  return `${shard.index}/${shard.count}`;
}

/** The shard (1-based) that owns `key`. */
export function shardOf(key: string, count: number): number {
  if (count <= 1) return 1;
  const head = nodeCrypto().createHash('sha256').update(key).digest().readBigUInt64BE(0);
  return Number(head % BigInt(count)) + 1;
}

export function inShard(key: string, shard: ShardSpec | undefined): boolean {
  return !shard || shardOf(key, shard.count) === shard.index;
}

/**
 * The shard that runs the checks of a whole target (discovery findings, tree analyzers, integrity
 * verification): always shard 1, so each runs exactly once and merge needs no deduplication.
 */
export function ownsTargetChecks(shard: ShardSpec | undefined): boolean {
  return !shard || shard.index === 1;
}
