import type { ScanOptions } from '../scan.ts';
import { type ShardSpec } from '../shard/spec.ts';
import type { LockOptions } from '../verify/lock.ts';
import type { Io } from './output.ts';
/**
 * `scan --shard K/N PATH...`: exit 0 once the partial is written (the verdict is merge's).
 * `roots` are the scanned paths as opened (for the "not inside" check), `output` the `-o` file.
 */
export declare function scanShardRun(paths: readonly string[], options: ScanOptions & {
    shard: ShardSpec;
}, where: {
    roots: readonly string[];
    output: string | undefined;
    beforePrint?: () => void;
}, io: Io): Promise<number>;
/** `lock --shard K/N PATH -o PARTIAL`: exit 0 once the partial manifest is written. */
export declare function lockShardRun(path: string, options: Omit<LockOptions, 'output'> & {
    shard: ShardSpec;
}, output: string | undefined, io: Io): Promise<number>;
