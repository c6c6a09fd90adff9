import { DigestCache } from './core/hash/cache.ts';
import { HashPool } from './core/hash/pool.ts';
export interface DigestCacheChoice {
    /** The option's value (`--digest-cache DIR`, already resolved); wins over the policy. */
    option: string | undefined;
    /** The policy in force: its `digestCache`, unless it was found inside a scanned folder. */
    policy?: {
        digestCache?: string;
        origin: string;
    } | undefined;
    /** What is scanned: a cache inside one of these folders is refused. */
    paths: readonly string[];
    onWarning: (message: string) => void;
}
/** The folder asked for, or undefined. */
export declare function digestCacheDir(choice: Pick<DigestCacheChoice, 'option' | 'policy'>): string | undefined;
/** Opens the digest cache asked for (undefined when none is). */
export declare function openDigestCache(choice: DigestCacheChoice): Promise<DigestCache | undefined>;
/**
 * Runs `fn` with a pool hashing through `cache` (none without a cache: the command makes its own),
 * then closes the pool and writes the cache, also when `fn` fails.
 */
export declare function withDigestCachePool<T>(cache: DigestCache | undefined, jobs: number | undefined, fn: (pool: HashPool | undefined) => Promise<T>): Promise<T>;
