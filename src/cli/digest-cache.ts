/**
 * `--digest-cache DIR` for the commands that hash (scan, verify, lock, hash): the cache is opened
 * only when the option or the policy in force asks for one (src/digest-cache-option.ts), so a
 * command without it loads nothing more.
 */
import type { DigestCache } from '../core/hash/cache.ts';
import { type OptionValues, str, usage } from './options.ts';
import { type Io, inCwd, printWarning } from './output.ts';
import { openDigestCache } from '../digest-cache-option.ts';

export async function digestCacheOf(
  values: OptionValues,
  io: Io,
  /** What the command reads, as given: a cache inside one of these folders is refused. */
  paths: readonly string[],
  policy?: { digestCache?: string; origin: string },
): Promise<DigestCache | undefined> {
  const option = str(values['digest-cache']);
  if (option === '') usage('--digest-cache needs a folder (outside what is scanned)');
  if (option === undefined && policy?.digestCache === undefined) return undefined;
  const at = inCwd(io);
  return openDigestCache({
    option: option === undefined ? undefined : at(option),
    policy,
    paths: paths.map(at),
    onWarning: (m) => printWarning(io, m),
  });
}
