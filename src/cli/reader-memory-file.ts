/**
 * Where the executable keeps the hash reader decision (cli/reader-memory.ts), chosen before the
 * command line loads: a light module of the executable's start, as cli/compile-cache.ts is.
 */
import { chooseUserCacheFolder, ownFolder, type UserCacheContext } from './user-cache.ts';

export const READER_MEMORY_FILE = 'hash-reader.json';

/** Commands that hash files, where the decision is worth reading. */
const HASHING_COMMANDS = new Set(['hash', 'scan', 'lock', 'verify', 'sign', 'pull']);

/**
 * The file for this command, or undefined: not a command that hashes, `MODELVET_READER_MEMORY=0`,
 * `MODELVET_HASH_READER` set (it chooses the reader), or no folder the rules of cli/user-cache.ts allow.
 */
export function readerMemoryFile(ctx: UserCacheContext): string | undefined {
  const { env } = ctx;
  if (env.MODELVET_READER_MEMORY === '0' || !HASHING_COMMANDS.has(ctx.args[0] ?? '')) return;
  // The values core/hash/calibrate.ts readerOverride takes for "not set" (an invalid one is the
  // command's to report); read here as text so that this start module loads no hash code.
  if (env.MODELVET_HASH_READER && env.MODELVET_HASH_READER !== 'auto') return;
  return chooseUserCacheFolder(ctx, READER_MEMORY_FILE);
}

/** readerMemoryFile for this process, once `modelvet/` is a folder of the user's own. */
export function processReaderMemoryFile(ctx: UserCacheContext): string | undefined {
  const file = readerMemoryFile(ctx);
  return file !== undefined && ownFolder(file, ctx.platform) ? file : undefined;
}
