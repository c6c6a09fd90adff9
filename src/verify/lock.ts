/**
 * Lock files: an unsigned OMS in-toto Statement (`modelvet.lock.json`) of every file's digest, in
 * the same layout model_signing signs, with the serialization and ignore paths recorded, so
 * `modelvet verify --lock` re-hashes the model exactly as it was locked.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeError, ModelvetError } from '../core/errors.ts';
import {
  computeManifest,
  GIT_PATHS,
  type Manifest,
  type ManifestOptions,
  statementJson,
} from './manifest.ts';
import {
  invalidOutcome,
  isDirectory,
  readManifestFile,
  sidecarIgnore,
  type VerifyOptions,
  type VerifyOutcome,
  verifyAgainstResources,
} from './manifest-check.ts';
import { parseStatement } from './manifest-statement.ts';

export const LOCK_FILE_NAME = 'modelvet.lock.json';
/** A lock of a 10 TB model in 1 GB shards is ~2 MB, of 300k files ~50 MB; beyond this it is not a lock. */
export const MAX_LOCK_BYTES = 64 * 1024 * 1024;

export interface LockOptions
  extends Pick<
    ManifestOptions,
    | 'method'
    | 'hashType'
    | 'shardSize'
    | 'allowSymlinks'
    | 'ignorePaths'
    | 'ignoreGitPaths'
    | 'jobs'
    | 'pool'
    | 'onProgress'
  > {
  /** Where to write (default: `modelvet.lock.json` in the model folder, or beside a single-file model). */
  output?: string;
}

/** Where `lock` writes by default and where `scan` looks for a lock. */
export async function defaultLockPath(modelPath: string): Promise<string> {
  return (await isDirectory(modelPath))
    ? join(modelPath, LOCK_FILE_NAME)
    : join(dirname(modelPath), LOCK_FILE_NAME);
}

/**
 * The manifest a lock records: the model hashed with the lock file itself left out (and recorded
 * as ignored when it is inside the model folder). Refuses unhashable paths (one-line error).
 */
export async function lockManifest(
  modelPath: string,
  options: LockOptions & Pick<ManifestOptions, 'selectResource'> = {},
): Promise<{ path: string; manifest: Manifest }> {
  const st = await stat(modelPath).catch((err: unknown) => {
    throw new ModelvetError('NOT_FOUND', describeError(err, modelPath), { path: modelPath });
  });
  const output = options.output ?? (await defaultLockPath(modelPath));
  const root = st.isDirectory() ? modelPath : dirname(modelPath);
  const self = st.isDirectory() ? sidecarIgnore(root, output) : [];
  const ignorePaths = [...(options.ignorePaths ?? []), ...self];
  const manifest = await computeManifest(modelPath, {
    ...options,
    ignorePaths,
    recordIgnorePaths: [...((options.ignoreGitPaths ?? true) ? GIT_PATHS : []), ...ignorePaths],
  });
  if (manifest.problems.length) {
    const p = manifest.problems[0]!;
    const more = manifest.problems.length > 1 ? ` (and ${manifest.problems.length - 1} more)` : '';
    throw new ModelvetError(
      'UNREADABLE',
      `cannot lock ${modelPath}: ${p.message}${more}${p.reason === 'symlink' ? '; pass --allow-symlinks to hash link targets' : ''}`,
      { path: modelPath },
    );
  }
  return { path: output, manifest };
}

/** Hashes the model and writes its lock file. Refuses a model with unhashable paths (one-line error). */
export async function writeLock(
  modelPath: string,
  options: LockOptions = {},
): Promise<{ path: string; manifest: Manifest }> {
  const { path: output, manifest } = await lockManifest(modelPath, options);
  // Written beside the target and renamed, so an interrupted run never leaves half a lock.
  const tmp = `${output}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, `${statementJson(manifest)}\n`);
    await rename(tmp, output);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new ModelvetError('UNREADABLE', describeError(err, output), { path: output });
  }
  return { path: output, manifest };
}

/** Reads a lock file and verifies the model against it. Never throws for bad input: it reports. */
export async function verifyLock(
  modelPath: string,
  lockPath: string,
  options: VerifyOptions = {},
): Promise<VerifyOutcome> {
  const display = options.display ?? modelPath;
  const read = await readManifestFile(lockPath, 'lock', display, MAX_LOCK_BYTES);
  if ('outcome' in read) return read.outcome;
  const source = lockPath;
  let parsed: ReturnType<typeof parseStatement>;
  try {
    parsed = parseStatement(read.bytes);
  } catch (err) {
    return invalidOutcome('lock', source, display, (err as Error).message);
  }
  // A lock of one file (`.`) found in its folder verifies that file.
  let target = modelPath;
  const single =
    parsed.resources.length > 0 && parsed.resources.every((r) => r.name === '.' || r.name.startsWith('.:'));
  const name = parsed.modelName;
  if (single && /^[^/\\]+$/.test(name) && name !== '.' && name !== '..' && (await isDirectory(modelPath))) {
    target = join(modelPath, name);
  }
  return verifyAgainstResources(
    target,
    parsed,
    { kind: 'lock', source, sourcePath: lockPath },
    { ...options, ...(target !== modelPath ? { display: join(display, parsed.modelName) } : {}) },
  );
}
