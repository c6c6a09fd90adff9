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
import { emptyPolicy, type Policy, type PolicyError, type PolicyOrigin } from './types.ts';
import { loadPolicyLoader } from '../lazy.ts';

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
  /** Why a scanned folder's policy cannot be used at all (two policy files side by side). */
  problem?: string;
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
    let file: string | undefined;
    try {
      file = await policyFileIn(dir, false);
    } catch (err) {
      // Two policies in a downloaded folder must not stop the scan: it is reported instead.
      const first = POLICY_FILE_NAMES.map((n) => join(dir, n))[0]!;
      return {
        file: relative(here, first) || first,
        origin: 'scanned-folder',
        problem: (err as Error).message,
      };
    }
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

export interface ResolveOptions extends LoadOptions {
  /** Told, one line at a time, about a policy that could not be used (a scanned folder's invalid policy). */
  onWarning?: (line: string) => void;
}

/**
 * `--policy` wins; otherwise discovery. `policyOption === false` (--no-policy-discovery) turns discovery off.
 * A policy given with --policy or found in the working directory that is invalid is a usage error
 * (thrown, exit 2); one found inside a scanned folder becomes a finding and the scan goes on.
 */
export async function resolvePolicy(
  policyOption: string | false | undefined,
  paths: readonly string[],
  cwd: string,
  options: ResolveOptions = {},
): Promise<ResolvedPolicy> {
  if (policyOption === false) return {};
  const { onWarning, ...load } = options;
  // The loader (ajv, yaml) only once there is a policy to read: most scans have none.
  if (typeof policyOption === 'string' && policyOption !== '') {
    const { loadPolicy } = await loadPolicyLoader();
    const policy = await loadPolicy(resolve(cwd, policyOption), { ...load, origin: 'explicit' });
    policy.source = policyOption;
    return { policy, message: `using policy ${policyOption} (--policy)` };
  }
  const found = await discoverPolicy(paths, cwd);
  if (!found) return {};
  if (found.origin === 'scanned-folder') return scannedFolderPolicy(found, cwd, load, onWarning);
  const { loadPolicy } = await loadPolicyLoader();
  const policy = await loadPolicy(resolve(cwd, found.file), { ...load, origin: found.origin });
  policy.source = found.file;
  return { policy, message: `using policy ${found.file} (found in the working directory)` };
}

/** A scanned folder's own policy: used when valid (tightening only), a finding when not. */
async function scannedFolderPolicy(
  found: FoundPolicy,
  cwd: string,
  load: LoadOptions,
  onWarning: ((line: string) => void) | undefined,
): Promise<ResolvedPolicy> {
  const read = found.problem
    ? { errors: [{ path: '(file)', message: found.problem }] }
    : await readScannedPolicy(resolve(cwd, found.file), load);
  if (read.policy) {
    read.policy.source = found.file;
    return {
      policy: read.policy,
      message: `using policy ${found.file} (found in the scanned folder: it may only tighten checks; pass it with --policy to trust it)`,
    };
  }
  onWarning?.(
    `${found.file} in the scanned folder is not a valid policy; it was not applied (reported as policy/invalid-policy)`,
  );
  const policy: Policy = { ...emptyPolicy(found.file, 'scanned-folder'), invalid: { errors: read.errors } };
  return { policy, message: `not using policy ${found.file} (found in the scanned folder; invalid)` };
}

async function readScannedPolicy(
  file: string,
  load: LoadOptions,
): Promise<{ policy?: Policy; errors: PolicyError[] }> {
  const { readPolicyFile } = await loadPolicyLoader();
  try {
    return await readPolicyFile(file, { ...load, origin: 'scanned-folder' });
  } catch (err) {
    return {
      errors: [{ path: '(file)', message: err instanceof ModelvetError ? err.message : 'unreadable' }],
    };
  }
}
