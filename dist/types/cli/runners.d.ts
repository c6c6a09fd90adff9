/**
 * What the commands run, behind their light descriptors (cli/*.ts), in one module that a command
 * loads when it runs (lazy.ts loadRunners): `hash`, `policy` and help start without the scanner.
 * One module rather than a loader per command: each dynamic import is a chunk boundary for the
 * bundler, and separate ones split the scanner's shared code into more, smaller chunks, which a
 * scan then pays for in module loading (70 chunks instead of 58 for a cached scan, about 5 ms).
 */
export { scanShardRun, lockShardRun } from './shard.ts';
export { allRules, getRule } from '../builtins.ts';
export { scan } from '../scan.ts';
export { mergeFiles } from '../shard/merge-files.ts';
export { writeLock } from '../verify/lock.ts';
export { verifyPath } from '../verify/verify-path.ts';
