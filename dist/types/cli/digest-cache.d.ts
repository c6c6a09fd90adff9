/**
 * `--digest-cache DIR` for the commands that hash (scan, verify, lock, hash): the cache is opened
 * only when the option or the policy in force asks for one (src/digest-cache-option.ts), so a
 * command without it loads nothing more.
 */
import type { DigestCache } from '../core/hash/cache.ts';
import { type OptionValues } from './options.ts';
import { type Io } from './output.ts';
export declare function digestCacheOf(values: OptionValues, io: Io, 
/** What the command reads, as given: a cache inside one of these folders is refused. */
paths: readonly string[], policy?: {
    digestCache?: string;
    origin: string;
}): Promise<DigestCache | undefined>;
