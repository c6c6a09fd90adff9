/**
 * Checksum files (`sha256sum`, `sha512sum`, `b2sum`, BSD `--tag` lines) as a model manifest:
 * every listed file re-hashed and compared, listed files that are missing reported, and files in the
 * model folder that the checksum file does not list reported at low (`sha256sum -c` ignores them;
 * publishers often list only the weights; `--ignore-unsigned-files` drops them). Names are relative
 * to the model folder (or to a single file's folder).
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { defaultJobs, HashPool } from '../core/hash/pool.ts';
import { algorithmForLength, algorithmForTag, parseSums } from '../core/hash/sums.ts';
import type { VerificationKind } from '../core/report.ts';
import {
  enumerateModel,
  GIT_PATHS,
  type ManifestProblem,
  normalizeRelPath,
  type Resource,
  type Serialization,
} from './manifest.ts';
import {
  diffFailed,
  diffFindings,
  diffResources,
  diffSummary,
  append,
  capFindings,
  INVALID_MANIFEST,
  invalidOutcome,
  isDirectory,
  type ManifestDiff,
  problemFindings,
  readManifestFile,
  SIDECAR_NAMES,
  sidecarIgnore,
  type VerifyOptions,
  type VerifyOutcome,
} from './manifest-check.ts';

export const MAX_SUMS_BYTES = 64 * 1024 * 1024;

/** The algorithm of one line: its BSD tag, else the checksum file's name, else the digest length. */
export function sumsAlgorithm(
  hex: string,
  tag: string | undefined,
  fileName: string,
): DigestAlgorithm | null {
  if (tag !== undefined) return algorithmForTag(tag);
  const n = fileName.toLowerCase();
  if (/md5/.test(n)) return null;
  if (/b3|blake3/.test(n)) return hex.length === 64 ? 'blake3' : null;
  if (/b2|blake2/.test(n)) return hex.length === 128 ? 'blake2b512' : null;
  if (/sha512/.test(n)) return hex.length === 128 ? 'sha512' : null;
  if (/sha1(?!\d)/.test(n)) return hex.length === 40 ? 'sha1' : null;
  return algorithmForLength(hex.length);
}

async function within(realRoot: string, p: string): Promise<boolean> {
  const real = await realpath(p).catch(() => undefined);
  return real !== undefined && (real === realRoot || real.startsWith(`${realRoot}${sep}`));
}

/** Files the checksum file does not list: `verify/extra-file` at low (see its explain text). */
function unlistedFindings(
  unlisted: ManifestDiff['extra'],
  ser: Serialization,
  check: { display: string; kind: VerificationKind; source: string },
): Finding[] {
  const none = { matched: 0, changed: [], missing: [], wrongShards: [] };
  return diffFindings({ ...none, extra: unlisted }, ser, check).map((f) => ({
    ...f,
    severity: 'low' as const,
    message: `${f.message} (a checksum file vouches only for what it lists)`,
  }));
}

type BadLine = (line: number, why: string) => void;

/** The entries that apply to this model, one per name; bad or duplicate lines go to `bad`. */
function expectedResources(
  parsed: ReturnType<typeof parseSums>,
  sumsName: string,
  onlyName: string | undefined,
  bad: BadLine,
): Resource[] {
  const expected: Resource[] = [];
  const seen = new Map<string, string>();
  for (const e of parsed.entries) {
    const rel = normalizeRelPath(e.name);
    if (rel === undefined || rel === '.' || e.name.startsWith('/')) {
      bad(e.line, `${JSON.stringify(e.name)} is not a path inside the model folder`);
      continue;
    }
    if (onlyName !== undefined && rel !== onlyName) continue;
    const alg = sumsAlgorithm(e.hex, e.tag, sumsName);
    if (!alg) {
      bad(e.line, `unsupported or unknown digest for ${rel} (${e.tag ?? `${e.hex.length} hex digits`})`);
      continue;
    }
    const prev = seen.get(rel);
    if (prev !== undefined) {
      if (prev !== e.hex) bad(e.line, `${rel} is listed twice with different digests`);
      continue;
    }
    seen.set(rel, e.hex);
    expected.push({ name: rel, algorithm: alg, digest: e.hex });
  }
  return expected;
}

/** A single file that the checksum file does not list. */
function fileNotListed(
  onlyName: string,
  display: string,
  source: string,
  findings: Finding[],
): VerifyOutcome {
  const findings2 = diffFindings(
    { matched: 0, changed: [], missing: [], extra: [{ name: onlyName }], wrongShards: [] },
    { method: 'files', hashType: 'sha256', allowSymlinks: true, ignorePaths: [] },
    { display: dirname(display), kind: 'sums', source },
  );
  return {
    verification: {
      kind: 'sums',
      source,
      ok: false,
      message: `${display} is not listed in ${source}`,
    },
    findings: [...findings, ...findings2],
  };
}

/** What the folder holds beyond the list (git metadata, ignores and sidecars left out). */
async function presentFiles(
  modelPath: string,
  base: string,
  onlyName: string | undefined,
  sumsPath: string,
  options: VerifyOptions,
) {
  if (onlyName !== undefined) {
    return { files: [{ rel: onlyName, fsPath: modelPath, size: 0, symlink: false }], problems: [] };
  }
  const ignores = [
    ...((options.ignoreGitPaths ?? true) ? GIT_PATHS : []),
    ...(options.ignorePaths ?? []).flatMap((p) => normalizeRelPath(p, base) ?? []),
    ...sidecarIgnore(base, sumsPath),
  ];
  return enumerateModel(base, {
    ignores,
    allowSymlinks: true,
    confineSymlinks: options.confineSymlinks ?? false,
  });
}

/** One listed file's digest now: absent (undefined), a link out of the folder, or its hash. */
async function hashListed(
  e: Resource,
  base: string,
  realBase: string,
  pool: HashPool,
  options: VerifyOptions,
  outside: ManifestProblem[],
): Promise<Resource | undefined> {
  const path = join(base, e.name);
  const st = await stat(path).catch(() => undefined);
  if (!st?.isFile()) return undefined;
  if (options.confineSymlinks && !(await within(realBase, path))) {
    outside.push({
      rel: e.name,
      reason: 'symlink',
      message: `${e.name} links outside the model folder; not followed`,
    });
    return { name: e.name, algorithm: e.algorithm, digest: '(not followed)' };
  }
  const known = e.algorithm === 'sha256' ? options.knownSha256?.(e.name) : undefined;
  if (known) return { name: e.name, algorithm: e.algorithm, digest: known };
  try {
    const r = await pool.hash({
      path,
      displayPath: e.name,
      algorithms: [e.algorithm as DigestAlgorithm],
      onProgress: options.onProgress,
    });
    return { name: e.name, algorithm: e.algorithm, digest: r.digests[e.algorithm as DigestAlgorithm]! };
  } catch (err) {
    return { name: e.name, algorithm: e.algorithm, digest: `(unreadable: ${describeError(err)})` };
  }
}

/** Every listed file re-hashed (on the caller's pool, or one of our own that is closed after). */
async function hashAllListed(
  expected: Resource[],
  base: string,
  options: VerifyOptions,
  outside: ManifestProblem[],
): Promise<Resource[]> {
  const realBase = await realpath(base).catch(() => resolve(base));
  const pool =
    options.pool ??
    new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), expected.length)), { inline: true });
  try {
    const hashed = await Promise.all(
      expected.map((e) => hashListed(e, base, realBase, pool, options, outside)),
    );
    return hashed.filter((h) => h !== undefined);
  } finally {
    if (!options.pool) await pool.close();
  }
}

/** The verification record and message for a finished comparison. */
function sumsVerification(
  display: string,
  source: string,
  expected: Resource[],
  diff: ManifestDiff,
  unlisted: ManifestDiff['extra'],
  findings: Finding[],
): VerifyOutcome['verification'] {
  const ok = !diffFailed(diff) && !findings.some((f) => f.severity !== 'low');
  const notListed = unlisted.length
    ? `; ${unlisted.length} file${unlisted.length === 1 ? '' : 's'} not listed`
    : '';
  const message = ok
    ? `${display}: ${expected.length} file${expected.length === 1 ? ' matches' : 's match'} ${source}${notListed}`
    : `${display} does not match ${source}: ${diffSummary(diff, []) || `${findings.length} bad line(s) in the checksum file`}`;
  return {
    kind: 'sums',
    source,
    ok,
    message,
    details: {
      checked: expected.length,
      matched: diff.matched,
      changed: diff.changed,
      missing: diff.missing,
      extra: diff.extra,
      unlisted: unlisted.map((x) => x.name),
    },
  };
}

export async function verifySums(
  modelPath: string,
  sumsPath: string,
  options: VerifyOptions = {},
): Promise<VerifyOutcome> {
  const display = options.display ?? modelPath;
  const source = sumsPath;
  const read = await readManifestFile(sumsPath, 'sums', display, MAX_SUMS_BYTES);
  if ('outcome' in read) return read.outcome;
  const isDir = await isDirectory(modelPath);
  const base = isDir ? modelPath : dirname(modelPath);
  const onlyName = isDir ? undefined : basename(modelPath);
  const parsed = parseSums(read.bytes.toString('utf8'));
  const findings: Finding[] = [];
  const bad: BadLine = (line, why) =>
    findings.push(finding(INVALID_MANIFEST, { path: source, line, message: `${source}:${line}: ${why}` }));
  for (const line of parsed.malformed) bad(line, 'not a checksum line');
  const expected = expectedResources(parsed, basename(sumsPath), onlyName, bad);
  if (expected.length === 0 && onlyName !== undefined && parsed.entries.length > 0) {
    return fileNotListed(onlyName, display, source, findings);
  }
  if (expected.length === 0) {
    const out = invalidOutcome('sums', source, display, 'no usable checksum line for this model');
    return { verification: out.verification, findings: [...findings, ...out.findings] };
  }

  const present = await presentFiles(modelPath, base, onlyName, sumsPath, options);
  const listed = new Set(expected.map((e) => e.name));
  const outside: ManifestProblem[] = [];
  const actual = await hashAllListed(expected, base, options, outside);
  const files: { rel: string; size: number }[] = [];
  for (const f of present.files) {
    files.push({ rel: f.rel, size: f.size });
    if (!listed.has(f.rel) && !SIDECAR_NAMES.includes(f.rel)) {
      actual.push({ name: f.rel, algorithm: 'sha256', digest: options.knownSha256?.(f.rel) ?? '' });
    }
  }
  const ser = { method: 'files' as const, hashType: 'sha256' as const, allowSymlinks: true, ignorePaths: [] };
  const diff = diffResources(expected, actual, files, ser);
  const check = { display, kind: 'sums' as const, source };
  // A listed link that leaves the folder is unhashable, not changed.
  diff.changed = diff.changed.filter((c) => c.actual !== '(not followed)');
  // A checksum file vouches for what it lists (as `sha256sum -c` reads it): an unlisted file is
  // reported at low, or not at all with --ignore-unsigned-files, and fails nothing.
  const unlisted = diff.extra.filter((x) => !x.renamedFrom);
  diff.extra = diff.extra.filter((x) => x.renamedFrom);
  append(findings, diffFindings(diff, ser, check));
  if (!options.ignoreUnsignedFiles) append(findings, unlistedFindings(unlisted, ser, check));
  append(
    findings,
    problemFindings(
      [...present.problems, ...outside],
      isDir ? check : { ...check, display: dirname(display) },
    ),
  );
  return {
    verification: sumsVerification(display, source, expected, diff, unlisted, findings),
    findings: capFindings(findings),
  };
}
