/**
 * Which policy a scan uses: `--policy FILE`, else `.modelvet.yml` / `.modelvet.yaml` /
 * `.modelvet.json` in the working directory (when it is not scanned itself), else at a scanned
 * folder's root. A policy found inside a scanned folder has origin `scanned-folder`: applyPolicy
 * refuses its loosening parts, so a downloaded model cannot vet itself.
 */
import { lstat, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ModelvetError } from '../core/errors.ts';
import type { LoadOptions } from './load.ts';
import type { Policy, PolicyOrigin } from './types.ts';

export const POLICY_FILE_NAMES = ['.modelvet.yml', '.modelvet.yaml', '.modelvet.json'] as const;

async function isFile(p: string, followLinks: boolean): Promise<boolean> {
  try {
    return (await (followLinks ? stat(p) : lstat(p))).isFile();
  } catch {
    return false;
  }
}

/**
 * The policy file in `dir`, if any; two of them in one folder is an error (which one would win?).
 * Inside a scanned folder a symbolic link is not a policy (it could point anywhere).
 */
export async function policyFileIn(dir: string, followLinks: boolean): Promise<string | undefined> {
  const found: string[] = [];
  for (const name of POLICY_FILE_NAMES) if (await isFile(join(dir, name), followLinks)) found.push(name);
  if (found.length > 1)
    throw new ModelvetError('USAGE', `${dir} has ${found.join(' and ')}; keep one policy file`, {
      path: dir,
    });
  return found[0] === undefined ? undefined : join(dir, found[0]);
}

export interface FoundPolicy {
  file: string;
  origin: PolicyOrigin;
}

/**
 * Finds the policy file to use for `paths` (no --policy given): the working directory's, when the
 * working directory is not itself scanned (the user's project, trusted); otherwise one at the root
 * of a scanned folder, which may only tighten checks — also when that folder is the working
 * directory, since `cd downloaded-model && modelvet scan .` must not let the model vet itself.
 */
export async function discoverPolicy(
  paths: readonly string[],
  cwd: string,
): Promise<FoundPolicy | undefined> {
  const here = resolve(cwd);
  const roots: string[] = [];
  for (const p of paths) {
    const dir = resolve(cwd, p);
    const st = await stat(dir).catch(() => undefined);
    if (st?.isDirectory() && !roots.includes(dir)) roots.push(dir);
  }
  if (!roots.includes(here)) {
    const file = await policyFileIn(here, true);
    if (file) return { file: relative(here, file) || file, origin: 'working-directory' };
  }
  let found: FoundPolicy | undefined;
  for (const dir of roots) {
    const file = await policyFileIn(dir, false);
    if (!file) continue;
    const shown = relative(here, file) || file;
    if (found && resolve(here, found.file) !== resolve(file)) {
      throw new ModelvetError(
        'USAGE',
        `scanned folders have different policies (${found.file}, ${shown}); choose one with --policy`,
      );
    }
    found = { file: shown, origin: 'scanned-folder' };
  }
  return found;
}

export interface ResolvedPolicy {
  policy?: Policy;
  /** One line for stderr saying which policy was used and why. */
  message?: string;
}

/** `--policy` wins; otherwise discovery. `policyOption === false` (--no-policy-discovery) turns discovery off. */
export async function resolvePolicy(
  policyOption: string | false | undefined,
  paths: readonly string[],
  cwd: string,
  options: LoadOptions & { onWarning?: (line: string) => void } = {},
): Promise<ResolvedPolicy> {
  if (policyOption === false) return {};
  if (typeof policyOption === 'string' && policyOption !== '') {
    const { loadPolicy } = await import('./load.ts'); // ajv and yaml load only when there is a policy
    const policy = await loadPolicy(resolve(cwd, policyOption), { ...options, origin: 'explicit' });
    policy.source = policyOption;
    return { policy, message: `using policy ${policyOption} (--policy)` };
  }
  const found = await discoverPolicy(paths, cwd);
  if (!found) return {};
  const { loadPolicy } = await import('./load.ts');
  const policy = await loadPolicy(resolve(cwd, found.file), { ...options, origin: found.origin });
  policy.source = found.file;
  const where =
    found.origin === 'scanned-folder'
      ? 'found in the scanned folder: it may only tighten checks; pass it with --policy to trust it'
      : 'found in the working directory';
  return { policy, message: `using policy ${found.file} (${where})` };
}
