/**
 * Comparing an expected manifest (a lock file, a checksum file, a signed statement) with a fresh
 * hash of the model, and turning the differences into findings and one VerificationReport.
 *
 * Differences are reported per file: changed (expected vs actual digest), missing, unexpected
 * extra file, and, in shard mode, a shard holding the bytes signed for another shard of the same
 * file (reordered or swapped shards) or a file whose size no longer matches its shards.
 */
import { relativeInside } from '../core/paths.ts';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { describeError } from '../core/errors.ts';
import { defineRule, type Finding, finding } from '../core/finding.ts';
import type { HashPool } from '../core/hash/pool.ts';
import type { VerificationKind, VerificationReport } from '../core/report.ts';
import {
  computeManifest,
  type Manifest,
  type ManifestFile,
  type ManifestProblem,
  normalizeRelPath,
  parseShardName,
  type Resource,
  type Serialization,
} from './manifest.ts';

export const DIGEST_MISMATCH = defineRule({
  id: 'verify/digest-mismatch',
  severity: 'high',
  title: 'File content differs from the recorded digest',
  tags: ['integrity'],
  explain: `The file's digest is not the one recorded in the lock file, checksum file, signature or
content-addressed store it was checked against: at least one byte changed since the digest was
recorded (tampering, a corrupted download, or a file replaced by another version).

Why it matters: the reviewed or signed artifact is not the one on disk. A single changed byte in a
pickle can turn a tensor into a code-execution payload.

Fix: download the artifact again from its source and verify it again. If the change is intended,
record new digests (\`modelvet lock\`, a new SHA256SUMS, a new signature) after reviewing it.`,
});

export const MISSING_FILE = defineRule({
  id: 'verify/missing-file',
  severity: 'high',
  title: 'A recorded file is missing',
  tags: ['integrity'],
  explain: `The lock file, checksum file or signature lists a file that is not in the model folder
(deleted, renamed, or never downloaded). The model on disk is not the recorded one, and a loader may
fall back to another file.

Fix: download the missing file again. If it was renamed, the message names the file that now holds
its content; restore the original name.`,
});

export const EXTRA_FILE = defineRule({
  id: 'verify/extra-file',
  severity: 'high',
  title: 'A file is not listed in the lock, checksum file or signature',
  tags: ['integrity'],
  explain: `The model folder holds a file that the lock file, checksum file or signature does not
list. Nobody vouched for it: an added file is how a payload (a pickle, a custom code file picked up
by trust_remote_code, a tokenizer config with a hostile chat template) rides along with a signed model.

A checksum file (\`--sums\`, a SHA256SUMS beside the model) vouches only for what it lists, as
\`sha256sum -c\` reads it, and publishers often list only the large files (Hugging Face publishes
sha256 digests for LFS files only): there an unlisted file is reported at low and the check still
passes when every listed file matches.

Fix: remove the file, or record it (\`modelvet lock\`, re-sign). To leave a file out on purpose, pass
\`--ignore-paths\` with its path relative to the model folder, or \`--ignore-unsigned-files\` to
tolerate every unlisted file.`,
});

export const WRONG_SHARD = defineRule({
  id: 'verify/wrong-shard',
  severity: 'high',
  title: 'A shard holds the bytes recorded for another shard, or the shards do not cover the file',
  tags: ['integrity'],
  explain: `In shard mode every file is recorded as fixed-size byte ranges (path:start:end). Here a
range holds the bytes recorded for a different range of the same file (shards swapped or reordered),
or the file's ranges are not the recorded ones (it grew or shrank).

Why it matters: each piece may be genuine while the whole is not; reordered tensor data changes the
model's behaviour without changing any single shard digest.

Fix: download the file again and verify it again.`,
});

export const UNHASHABLE_PATH = defineRule({
  id: 'verify/unhashable-path',
  severity: 'high',
  title: 'A path cannot be part of the manifest (symlink, dangling link, special file)',
  tags: ['integrity', 'fail-closed'],
  explain: `The model folder contains a symbolic link while the manifest was recorded without
symlinks allowed (model_signing's default), a dangling link, or a FIFO, socket or device. model_signing
refuses to hash such a folder; modelvet reports it and leaves the path out.

Fix: replace the link with the file it points to and remove special files. If symlinks are intended,
record the manifest with symlinks allowed (\`modelvet lock --allow-symlinks\`).`,
});

export const INVALID_MANIFEST = defineRule({
  id: 'verify/invalid-manifest',
  severity: 'high',
  title: 'The lock file, checksum file or statement cannot be used',
  tags: ['integrity', 'fail-closed'],
  explain: `The file that records the expected digests could not be read or is not valid: not JSON,
not an in-toto Statement with the model_signing predicate, a root digest that is not the digest of
the listed resources (an edited lock file), an unsupported hash, or a checksum file without a single
well-formed line. Nothing could be verified, so the verification fails.

Fix: regenerate it (\`modelvet lock PATH\`, \`sha256sum\`), or use the one the publisher shipped.`,
});

/** Files written beside a model to verify it: never reported as extra files when unlisted. */
export const SIDECAR_NAMES: readonly string[] = [
  'model.sig',
  'modelvet.lock.json',
  'SHA256SUMS',
  'SHA256SUMS.txt',
  'sha256sums.txt',
  'SHA512SUMS',
  'B2SUMS',
  'B3SUMS',
];

/** Findings per verification: enough to act on, bounded for a folder of a million stray files. */
export const MAX_FINDINGS_PER_CHECK = 1000;

/** Appends without spreading (a spread of >100k arguments overflows the stack). */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const x of items) into.push(x);
  return into;
}

/** Keeps the first findings and folds the rest into one that counts them. */
export function capFindings(findings: Finding[], max = MAX_FINDINGS_PER_CHECK): Finding[] {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max - 1);
  const rest = findings.slice(max - 1);
  const first = rest[0]!;
  kept.push({
    ...first,
    message: `${first.message} (and ${rest.length - 1} more differences; the verification details list them all)`,
    evidence: { ...first.evidence, omittedFindings: rest.length - 1 },
  });
  return kept;
}

export interface FileChange {
  name: string;
  expected: string;
  actual: string;
  algorithm: string;
  /** Why, when it is not a plain digest difference. */
  note?: string;
}

export interface ManifestDiff {
  matched: number;
  changed: FileChange[];
  missing: { name: string; digest: string; renamedTo?: string }[];
  extra: { name: string; digest?: string; renamedFrom?: string }[];
  /** Shard `name` holds the bytes recorded for shard `holds` (same file). */
  wrongShards: { name: string; expected: string; actual: string; holds?: string; note?: string }[];
}

export function emptyDiff(): ManifestDiff {
  return { matched: 0, changed: [], missing: [], extra: [], wrongShards: [] };
}

export function diffFailed(d: ManifestDiff): boolean {
  return d.changed.length + d.missing.length + d.extra.length + d.wrongShards.length > 0;
}

function algorithmMatches(expected: string, actual: string, ser: Serialization): boolean {
  return expected === actual || expected === ser.hashType;
}

function linkRenames(diff: ManifestDiff): void {
  const extraByDigest = new Map<string, ManifestDiff['extra'][number]>();
  for (const x of diff.extra) if (x.digest) extraByDigest.set(x.digest, x);
  for (const m of diff.missing) {
    const x = extraByDigest.get(m.digest);
    if (x && x.renamedFrom === undefined) {
      m.renamedTo = x.name;
      x.renamedFrom = m.name;
    }
  }
}

/**
 * Compares expected resources with the actual ones. `files` are the files found on disk (so an
 * empty file, which has no shard, is still known to exist).
 */
export function diffResources(
  expected: readonly Resource[],
  actual: readonly Resource[],
  files: readonly Pick<ManifestFile, 'rel' | 'size'>[],
  ser: Serialization,
): ManifestDiff {
  return ser.method === 'files' ? diffFiles(expected, actual, ser) : diffShards(expected, actual, files, ser);
}

/** Whole-file resources: by name. */
function diffFiles(
  expected: readonly Resource[],
  actual: readonly Resource[],
  ser: Serialization,
): ManifestDiff {
  const diff = emptyDiff();
  const act = new Map(actual.map((r) => [r.name, r]));
  const exp = new Set(expected.map((r) => r.name));
  for (const e of expected) {
    const a = act.get(e.name);
    if (!a) diff.missing.push({ name: e.name, digest: e.digest });
    else if (a.digest !== e.digest || !algorithmMatches(e.algorithm, a.algorithm, ser))
      diff.changed.push({
        name: e.name,
        expected: e.digest,
        actual: a.digest,
        algorithm: a.algorithm,
        note: a.digest === e.digest ? `recorded algorithm ${e.algorithm}` : undefined,
      });
    else diff.matched++;
  }
  for (const a of actual)
    if (!exp.has(a.name)) diff.extra.push({ name: a.name, digest: a.digest || undefined });
  linkRenames(diff);
  return diff;
}

type Shard = { r: Resource; start: number; end: number };

/** `path:start:end` resources grouped by file; a name that is not one goes to `bad`. */
function groupShards(list: readonly Resource[], bad: (r: Resource) => void): Map<string, Shard[]> {
  const m = new Map<string, Shard[]>();
  for (const r of list) {
    const s = parseShardName(r.name);
    if (!s) {
      bad(r);
      continue;
    }
    const l = m.get(s.path) ?? [];
    l.push({ r, start: s.start, end: s.end });
    m.set(s.path, l);
  }
  return m;
}

/** Shard resources: grouped by file, then each file's ranges compared. */
function diffShards(
  expected: readonly Resource[],
  actual: readonly Resource[],
  files: readonly Pick<ManifestFile, 'rel' | 'size'>[],
  ser: Serialization,
): ManifestDiff {
  const diff = emptyDiff();
  const sizes = new Map(files.map((f) => [f.rel, f.size]));
  const expByFile = groupShards(expected, (r) =>
    diff.changed.push({
      name: r.name,
      expected: r.digest,
      actual: '(not a path:start:end shard name)',
      algorithm: r.algorithm,
      note: 'bad shard name',
    }),
  );
  const actByFile = groupShards(actual, () => {});
  for (const [path, shards] of expByFile) {
    const size = sizes.get(path);
    if (size === undefined) {
      diff.missing.push({ name: path, digest: shards[0]?.r.digest ?? '' });
      continue;
    }
    diffShardedFile(diff, path, size, shards, actByFile.get(path) ?? [], ser);
  }
  for (const [path, shards] of actByFile)
    if (!expByFile.has(path)) diff.extra.push({ name: path, digest: shards[0]!.r.digest });
  return diff;
}

/** One file present on disk: its size against the recorded ranges, then range by range. */
function diffShardedFile(
  diff: ManifestDiff,
  path: string,
  size: number,
  shards: Shard[],
  actualShards: Shard[],
  ser: Serialization,
) {
  const expectedSize = shards.reduce((m, s) => Math.max(m, s.end), 0);
  const act = new Map(actualShards.map((s) => [s.r.name, s.r]));
  const byDigest = new Map(shards.map((s) => [s.r.digest, s.r.name]));
  if (size !== expectedSize) {
    diff.wrongShards.push({
      name: path,
      expected: `${expectedSize} bytes`,
      actual: `${size} bytes`,
      note: `file is ${size} bytes, its shards cover ${expectedSize}`,
    });
    return;
  }
  for (const s of shards) {
    const a = act.get(s.r.name);
    if (!a)
      diff.wrongShards.push({
        name: s.r.name,
        expected: s.r.digest,
        actual: '(no such range)',
        note: 'the recorded ranges are not the shard boundaries',
      });
    else if (a.digest === s.r.digest && algorithmMatches(s.r.algorithm, a.algorithm, ser)) diff.matched++;
    else {
      const holds = byDigest.get(a.digest);
      if (holds !== undefined && holds !== s.r.name)
        diff.wrongShards.push({ name: s.r.name, expected: s.r.digest, actual: a.digest, holds });
      else
        diff.changed.push({
          name: s.r.name,
          expected: s.r.digest,
          actual: a.digest,
          algorithm: a.algorithm,
        });
    }
  }
  const names = new Set(shards.map((s) => s.r.name));
  for (const a of actualShards)
    if (!names.has(a.r.name))
      diff.wrongShards.push({
        name: a.r.name,
        expected: '(no such range)',
        actual: a.r.digest,
        note: 'range not recorded',
      });
}

export const short = (hex: string) => (/^[0-9a-f]{16,}$/.test(hex) ? `${hex.slice(0, 16)}…` : hex);

/** `path:start:end` → path; `.` (single-file model) → the model path itself. */
function filePart(name: string, shards: boolean): string {
  if (!shards) return name;
  return parseShardName(name)?.path ?? name;
}

export interface CheckContext {
  /** Display path of the model (target as typed). */
  display: string;
  /** Kind and source of the verification (lock file name, sums file, signature). */
  kind: VerificationKind;
  source: string;
}

export function displayPathOf(display: string, rel: string): string {
  if (rel === '.' || rel === '') return display;
  return display === '.' ? rel : `${display.replace(/\/+$/, '')}/${rel}`;
}

/** Findings for every difference, each naming the file. */
export function diffFindings(diff: ManifestDiff, ser: Serialization, ctx: CheckContext): Finding[] {
  const shards = ser.method === 'shards';
  const at = (name: string) => displayPathOf(ctx.display, filePart(name, shards));
  const out: Finding[] = [];
  for (const c of diff.changed)
    out.push(
      finding(DIGEST_MISMATCH, {
        path: at(c.name),
        message: `${c.name} changed: ${ctx.source} records ${c.algorithm} ${short(c.expected)}, found ${short(c.actual)}${c.note ? ` (${c.note})` : ''}`,
        evidence: {
          name: c.name,
          algorithm: c.algorithm,
          expected: c.expected,
          actual: c.actual,
          source: ctx.source,
        },
      }),
    );
  for (const m of diff.missing)
    out.push(
      finding(MISSING_FILE, {
        path: at(m.name),
        message: `${m.name} is recorded in ${ctx.source} but missing${m.renamedTo ? ` (its content is now at ${m.renamedTo}: renamed)` : ''}`,
        evidence: {
          name: m.name,
          expected: m.digest,
          source: ctx.source,
          renamedTo: m.renamedTo,
        },
      }),
    );
  for (const x of diff.extra)
    out.push(
      finding(EXTRA_FILE, {
        path: at(x.name),
        message: `${x.name} is not recorded in ${ctx.source}${x.renamedFrom ? ` (it holds the content recorded for ${x.renamedFrom}: renamed)` : ''}`,
        evidence: { name: x.name, source: ctx.source, actual: x.digest },
      }),
    );
  for (const w of diff.wrongShards)
    out.push(
      finding(WRONG_SHARD, {
        path: at(w.name),
        message: w.holds
          ? `shard ${w.name} holds the bytes ${ctx.source} records for ${w.holds} (shards reordered)`
          : `${w.name}: ${w.note ?? 'shard differs'} (${ctx.source})`,
        evidence: {
          name: w.name,
          expected: w.expected,
          actual: w.actual,
          source: ctx.source,
          holds: w.holds,
        },
      }),
    );
  return out;
}

export function problemFindings(problems: readonly ManifestProblem[], ctx: CheckContext): Finding[] {
  return problems.map((p) =>
    finding(UNHASHABLE_PATH, {
      path: displayPathOf(ctx.display, p.rel),
      message: `${p.message}; not hashed (${ctx.source})`,
      evidence: { reason: p.reason, source: ctx.source },
    }),
  );
}

function listNames(names: string[], max = 5): string {
  return names.length <= max
    ? names.join(', ')
    : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** One line: what failed and which files. */
export function diffSummary(diff: ManifestDiff, problems: readonly ManifestProblem[]): string {
  const parts: string[] = [];
  if (diff.changed.length)
    parts.push(`${diff.changed.length} changed (${listNames(diff.changed.map((c) => c.name))})`);
  if (diff.missing.length)
    parts.push(`${diff.missing.length} missing (${listNames(diff.missing.map((c) => c.name))})`);
  if (diff.extra.length)
    parts.push(`${diff.extra.length} unexpected (${listNames(diff.extra.map((c) => c.name))})`);
  if (diff.wrongShards.length)
    parts.push(
      `${diff.wrongShards.length} wrong shard${diff.wrongShards.length === 1 ? '' : 's'} (${listNames(diff.wrongShards.map((c) => c.name))})`,
    );
  if (problems.length) parts.push(`${problems.length} unhashable (${listNames(problems.map((p) => p.rel))})`);
  return parts.join('; ');
}

export interface VerifyOptions {
  /** Display path of the model (default: the path given). */
  display?: string;
  /** Extra paths to leave out, relative to the model root. */
  ignorePaths?: readonly string[];
  /** Leave `.git`, `.gitattributes`, `.github`, `.gitignore` out at the root (default true). */
  ignoreGitPaths?: boolean;
  /** Refuse symlinks that resolve outside the model folder even when the manifest allows symlinks. */
  confineSymlinks?: boolean;
  /** Tolerate files the lock or signature does not list (model_signing `--ignore-unsigned-files`). */
  ignoreUnsignedFiles?: boolean;
  jobs?: number;
  pool?: HashPool;
  knownSha256?: (rel: string) => string | undefined;
  onProgress?: (bytes: number) => void;
}

export interface VerifyOutcome {
  verification: VerificationReport;
  findings: Finding[];
}

/** The verified file itself when it sits inside the model folder (relative), else nothing. */
export function sidecarIgnore(modelRoot: string, file: string | undefined): string[] {
  if (!file) return [];
  const rel = relativeInside(resolve(modelRoot), resolve(file));
  const n = rel === undefined ? undefined : normalizeRelPath(rel);
  return n && n !== '.' ? [n] : [];
}

/** An invalid lock/sums/statement: a failed verification with one finding naming why. */
export function invalidOutcome(
  kind: VerificationKind,
  source: string,
  display: string,
  reason: string,
): VerifyOutcome {
  return {
    verification: { kind, source, ok: false, message: `${source}: ${reason}` },
    findings: [
      finding(INVALID_MANIFEST, {
        path: source,
        message: `${source}: ${reason}`,
        evidence: { model: display },
      }),
    ],
  };
}

/** Reads a lock/sums/statement file within a size limit, or says why it cannot be used. */
export async function readManifestFile(
  path: string,
  kind: VerificationKind,
  display: string,
  limit: number,
): Promise<{ bytes: Buffer } | { outcome: VerifyOutcome }> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { outcome: invalidOutcome(kind, path, display, 'not a regular file') };
    if (st.size > limit)
      return { outcome: invalidOutcome(kind, path, display, `larger than ${limit} bytes`) };
    return { bytes: await readFile(path) };
  } catch (err) {
    return { outcome: invalidOutcome(kind, path, display, describeError(err)) };
  }
}

type ResourceCheck = { kind: VerificationKind; source: string; sourcePath?: string };

/**
 * One file of a folder-wide manifest (scanning a single file beside the folder's lock or signature):
 * that file's name relative to the manifest's folder and its entries only. No subset for a folder or a
 * single-file manifest; a string when the file is not inside the described folder.
 */
function singleFileSubset(
  modelPath: string,
  isDir: boolean,
  resources: readonly Resource[],
  ser: Serialization,
  ctx: ResourceCheck,
  display: string,
): { subset?: string; resources: readonly Resource[] } | string {
  const singleFile = resources.every((r) => r.name === '.' || r.name.startsWith('.:'));
  if (isDir || singleFile) return { resources };
  const shards = ser.method === 'shards';
  // A single file named by its base name (the OMS spec's form) rather than `.` (model_signing's).
  const base = basename(resolve(modelPath));
  if (resources.every((r) => filePart(r.name, shards) === base)) return { subset: base, resources };
  if (!ctx.sourcePath) return { resources };
  const inside = relativeInside(dirname(resolve(ctx.sourcePath)), resolve(modelPath));
  if (inside === undefined) return `${display} is not inside the folder ${ctx.source} describes`;
  const rel = inside.split(sep).join('/');
  return { subset: rel, resources: resources.filter((r) => filePart(r.name, shards) === rel) };
}

/** The model hashed in the statement's serialization. */
function hashModel(
  modelPath: string,
  ser: Serialization,
  root: string,
  ctx: ResourceCheck,
  options: VerifyOptions,
): Promise<Manifest> {
  return computeManifest(modelPath, {
    method: ser.method,
    hashType: ser.hashType,
    shardSize: ser.shardSize,
    allowSymlinks: ser.allowSymlinks,
    confineSymlinks: options.confineSymlinks ?? false,
    ignorePaths: [...ser.ignorePaths, ...(options.ignorePaths ?? []), ...sidecarIgnore(root, ctx.sourcePath)],
    ignoreGitPaths: options.ignoreGitPaths ?? true,
    jobs: options.jobs,
    pool: options.pool,
    knownSha256: options.knownSha256,
    onProgress: options.onProgress,
  });
}

/** A single file's manifest renamed to the name the folder-wide manifest gives it. */
function renameToSubset(manifest: Manifest, name: string) {
  manifest.resources = manifest.resources.map((r) => ({
    ...r,
    name: r.name === '.' ? name : `${name}${r.name.slice(1)}`,
  }));
  manifest.files = manifest.files.map((f) => ({ ...f, rel: name }));
  manifest.problems = manifest.problems.map((p) => ({ ...p, rel: name }));
}

function resourcesVerification(
  display: string,
  ctx: ResourceCheck,
  ser: Serialization,
  total: number,
  manifest: Manifest,
  diff: ManifestDiff,
): VerificationReport {
  const ok = !diffFailed(diff) && manifest.problems.length === 0;
  const unit = ser.method === 'shards' ? 'shard' : 'file';
  const message = ok
    ? `${display}: ${total} ${unit}${total === 1 ? ' matches' : 's match'} ${ctx.source} (${ser.method}, ${ser.hashType})`
    : `${display} does not match ${ctx.source}: ${diffSummary(diff, manifest.problems)}`;
  return {
    kind: ctx.kind,
    source: ctx.source,
    ok,
    message,
    details: {
      method: ser.method,
      hashType: ser.hashType,
      shardSize: ser.shardSize,
      checked: manifest.files.length,
      matched: diff.matched,
      changed: diff.changed,
      missing: diff.missing,
      extra: diff.extra,
      wrongShards: diff.wrongShards,
      unhashable: manifest.problems,
    },
  };
}

/**
 * Hashes the model in the statement's serialization and compares it with the statement's
 * resources. Used for lock files and for signed statements.
 */
export async function verifyAgainstResources(
  modelPath: string,
  expected: { resources: readonly Resource[]; serialization: Serialization },
  ctx: ResourceCheck,
  options: VerifyOptions = {},
): Promise<VerifyOutcome & { manifest?: Manifest; diff?: ManifestDiff }> {
  let display = options.display ?? modelPath;
  const ser = expected.serialization;
  if (ser.ignorePaths.some((p) => normalizeRelPath(p) === '.'))
    return invalidOutcome(ctx.kind, ctx.source, display, 'its ignore_paths leave out the whole model');
  const isDir = await isDirectory(modelPath);
  const root = isDir ? modelPath : dirname(modelPath);
  const chosen = singleFileSubset(modelPath, isDir, expected.resources, ser, ctx, display);
  if (typeof chosen === 'string') return invalidOutcome(ctx.kind, ctx.source, display, chosen);
  const { subset, resources } = chosen;
  if (subset !== undefined) display = dirname(display);
  let manifest: Manifest;
  try {
    manifest = await hashModel(modelPath, ser, root, ctx, options);
  } catch (err) {
    return invalidOutcome(ctx.kind, ctx.source, display, describeError(err, display));
  }
  if (subset !== undefined) renameToSubset(manifest, subset);
  const diff = diffResources(resources, manifest.resources, manifest.files, ser);
  // A path that could not be hashed is reported as such, not again as missing.
  const unhashable = new Set(manifest.problems.map((p) => p.rel));
  diff.missing = diff.missing.filter((m) => !unhashable.has(filePart(m.name, ser.method === 'shards')));
  // A sidecar (checksum file, lock, signature) written after the manifest is not a payload.
  diff.extra = options.ignoreUnsignedFiles
    ? []
    : diff.extra.filter((x) => !SIDECAR_NAMES.includes(filePart(x.name, ser.method === 'shards')));
  const check: CheckContext = { display, kind: ctx.kind, source: ctx.source };
  const findings = capFindings(
    append(diffFindings(diff, ser, check), problemFindings(manifest.problems, check)),
  );
  return {
    verification: resourcesVerification(display, ctx, ser, resources.length, manifest, diff),
    findings,
    manifest,
    diff,
  };
}

export async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}
