/**
 * `modelvet verify PATH` and `modelvet lock PATH`: options → the verify modules → a Report.
 *
 * verify runs every check asked for (`--lock`, `--sums`, `--signature` with its signer options);
 * with none, it detects what PATH is: a Hugging Face cache, an Ollama store, or a model with a
 * `modelvet.lock.json`, a checksum file or a `model.sig` beside it.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeError, ModelvetError } from '../core/errors.ts';
import type { DigestCache } from '../core/hash/cache.ts';
import { withDigestCachePool } from '../digest-cache-option.ts';
import { defineRule, type Finding, finding, isSeverity, type Severity } from '../core/finding.ts';
import {
  countBySeverity,
  decideVerdict,
  REPORT_SCHEMA_VERSION,
  type Report,
  type VerificationReport,
} from '../core/report.ts';
import { formatBytes, renderHuman } from '../report/human.ts';
import { renderJson } from '../report/json.ts';
import { VERSION } from '../version.ts';
import { hfCacheRepos, verifyHfCache } from './hf-cache.ts';
import { LOCK_FILE_NAME, verifyLock, writeLock } from './lock.ts';
import { isOmsHashType, type OmsHashType, type SerializationMethod } from './manifest.ts';
import {
  append,
  clean,
  displayPathOf,
  isDirectory,
  SIDECAR_NAMES,
  type VerifyOptions,
  type VerifyOutcome,
  verifyAgainstResources,
} from './manifest-check.ts';
import { OmsError } from './oms/errors.ts';
// The OMS verifier (and @sigstore/*) loads only when a signature is verified.
import type { OmsTrustOptions, verifyOmsSignatureFile } from './oms/verify.ts';
import { ollamaRoot, verifyOllama } from './ollama.ts';
import { verifySums } from './sums.ts';

export const SIGNATURE_INVALID = defineRule({
  id: 'verify/signature-invalid',
  severity: 'high',
  title: 'The OMS signature does not verify',
  tags: ['integrity', 'signature'],
  explain: `The model signature (an OpenSSF Model Signing bundle, usually model.sig) failed: the
bundle is malformed, the DSSE signature does not verify with the given key, certificate chain or
Sigstore identity, the signer is not the expected identity or issuer, the transparency log entry or
timestamps do not check out, or the signed statement is inconsistent. The message says which.

Why it matters: a signature that does not verify vouches for nothing; the files may have been
replaced together with a forged or edited signature.

Fix: check that you passed the publisher's identity and issuer (or key, or CA chain); otherwise
download the model and its signature again from the publisher.`,
});

export const SIGNATURE_UNVERIFIED = defineRule({
  id: 'verify/signature-unverified',
  severity: 'low',
  title: 'A model signature is present but was not verified',
  tags: ['integrity', 'signature'],
  explain: `A model.sig (OpenSSF Model Signing bundle) sits beside the model, but no signer was given,
so modelvet could not check it: a signature is only meaningful against an expected signer.

Fix: run \`modelvet verify PATH --signature model.sig\` with \`--identity\` and \`--issuer\`
(Sigstore keyless), \`--key PEM\` or \`--certificate-chain PEM\`, or name the allowed signers in the
policy file so that \`modelvet scan\` verifies it.`,
});

export const SIGNATURE_FILE = 'model.sig';
const SUMS_NAMES = SIDECAR_NAMES.filter((n) => n !== SIGNATURE_FILE && n !== LOCK_FILE_NAME);

/** Signature check: the bundle verified by the OMS module, then its resources compared with the files. */
export async function verifySignature(
  modelPath: string,
  signaturePath: string,
  trust: OmsTrustOptions,
  options: VerifyOptions = {},
): Promise<VerifyOutcome> {
  let signed: Awaited<ReturnType<typeof verifyOmsSignatureFile>>;
  try {
    const oms = await import('./oms/verify.ts');
    signed = await oms.verifyOmsSignatureFile(signaturePath, trust);
  } catch (err) {
    const reason = clean(err instanceof OmsError ? err.message : `${signaturePath}: ${describeError(err)}`);
    const code = err instanceof OmsError ? err.code : 'UNKNOWN';
    if (code === 'USAGE_ERROR') throw new ModelvetError('USAGE', reason);
    return {
      verification: {
        kind: 'signature',
        source: signaturePath,
        ok: false,
        message: reason,
        details: { method: trust.method, code },
      },
      findings: [
        finding(SIGNATURE_INVALID, {
          path: signaturePath,
          message: reason,
          evidence: { method: trust.method, code },
        }),
      ],
    };
  }
  const by = signed.signer.identity
    ? `${signed.signer.identity} (${signed.signer.issuer})`
    : signed.signer.keyHint
      ? `key ${signed.signer.keyHint.slice(0, 16)}…`
      : signed.signer.chain?.length
        ? `certificate ${signed.signer.chain[0]}`
        : signed.method;
  const out = await verifyAgainstResources(
    modelPath,
    signed,
    { kind: 'signature', source: signaturePath, sourcePath: signaturePath },
    options,
  );
  out.verification.message = out.verification.ok
    ? `signature by ${by} verified; ${out.verification.message}`
    : `signature by ${by} is valid, but ${out.verification.message}`;
  out.verification.details = {
    ...out.verification.details,
    method: signed.method,
    signer: signed.signer,
    legacy: signed.legacy,
    ...(signed.warnings.length ? { warnings: signed.warnings } : {}),
  };
  return out;
}

/**
 * Several allowed signers: the first that verifies the signature and the files wins; else the
 * first whose signature verified (the files differ); else the first failure.
 */
export async function verifySignatureAny(
  modelPath: string,
  signaturePath: string,
  signers: readonly OmsTrustOptions[],
  options: VerifyOptions = {},
): Promise<VerifyOutcome> {
  const outcomes: VerifyOutcome[] = [];
  for (const trust of signers) {
    const o = await verifySignature(modelPath, signaturePath, trust, options);
    if (o.verification.ok) return o;
    outcomes.push(o);
  }
  const signedOk = outcomes.find((o) => !o.findings.some((f) => f.rule === SIGNATURE_INVALID.id));
  const first = signedOk ?? outcomes[0];
  if (!first) throw new ModelvetError('USAGE', 'no signer given to verify the signature with');
  return first;
}

export interface VerifyPathOptions extends VerifyOptions {
  lock?: string;
  sums?: string;
  signature?: string;
  /** Signer(s) for `signature` (or for a model.sig found beside the model); any one may verify it. */
  trust?: OmsTrustOptions | readonly OmsTrustOptions[];
}

export interface VerifyResult {
  verifications: VerificationReport[];
  findings: Finding[];
}

function signerList(t: OmsTrustOptions | readonly OmsTrustOptions[]): readonly OmsTrustOptions[] {
  return Array.isArray(t) ? t : [t as OmsTrustOptions];
}

function push(into: VerifyResult, o: VerifyOutcome | VerifyResult): void {
  if ('verification' in o) into.verifications.push(o.verification);
  else append(into.verifications, o.verifications);
  append(into.findings, o.findings);
}

async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Checks found beside a model: a lock file, a checksum file, a signature (verified with `trust`,
 * else reported as present but unverified). Used by `verify` without options and by `scan`.
 */
export async function verifySidecars(
  modelPath: string,
  options: VerifyPathOptions,
): Promise<VerifyResult & { found: number }> {
  const dir = (await isDirectory(modelPath)) ? modelPath : dirname(modelPath);
  const result: VerifyResult & { found: number } = { verifications: [], findings: [], found: 0 };
  const names = new Set(await readdir(dir).catch(() => [] as string[]));
  if (names.has(LOCK_FILE_NAME) && (await exists(join(dir, LOCK_FILE_NAME)))) {
    result.found++;
    push(result, await verifyLock(modelPath, join(dir, LOCK_FILE_NAME), options));
  }
  for (const s of SUMS_NAMES)
    if (names.has(s) && (await exists(join(dir, s)))) {
      result.found++;
      push(result, await verifySums(modelPath, join(dir, s), options));
      break;
    }
  if (names.has(SIGNATURE_FILE) && (await exists(join(dir, SIGNATURE_FILE)))) {
    result.found++;
    const sig = join(dir, SIGNATURE_FILE);
    if (options.trust)
      push(result, await verifySignatureAny(modelPath, sig, signerList(options.trust), options));
    else {
      const shown = options.display ?? modelPath;
      result.findings.push(
        finding(SIGNATURE_UNVERIFIED, {
          path: displayPathOf(dir === modelPath ? shown : dirname(shown), SIGNATURE_FILE),
          message: `${SIGNATURE_FILE} is present but not verified: no signer (identity/issuer, key or certificate chain) was given`,
        }),
      );
    }
  }
  return result;
}

/** Everything `modelvet verify PATH` does, as a library call. */
export async function verifyPath(path: string, options: VerifyPathOptions = {}): Promise<VerifyResult> {
  if (!(await stat(path).catch(() => undefined)))
    throw new ModelvetError('NOT_FOUND', `${path}: no such file or directory`, { path });
  const result: VerifyResult = { verifications: [], findings: [] };
  if (options.lock) push(result, await verifyLock(path, options.lock, options));
  if (options.sums) push(result, await verifySums(path, options.sums, options));
  const explicit = Boolean(options.lock || options.sums || options.signature || options.trust);
  if (options.signature || options.trust) {
    const sig = options.signature ?? join((await isDirectory(path)) ? path : dirname(path), SIGNATURE_FILE);
    if (!options.trust)
      throw new ModelvetError(
        'USAGE',
        '--signature needs a signer: --identity/--issuer, --key PEM or --certificate-chain PEM',
      );
    push(result, await verifySignatureAny(path, sig, signerList(options.trust), options));
  }
  if (explicit) return result;
  // Nothing asked: detect a content-addressed store, else sidecar files.
  if ((await hfCacheRepos(path)).length) {
    push(result, await verifyHfCache(path, options));
    return result;
  }
  if (await ollamaRoot(path)) {
    push(result, await verifyOllama(path, options));
    return result;
  }
  const sidecars = await verifySidecars(path, options);
  if (sidecars.found === 0)
    throw new ModelvetError(
      'USAGE',
      `nothing to verify in ${path}: pass --lock FILE, --sums FILE or --signature FILE (no ${LOCK_FILE_NAME}, SHA256SUMS, ${SIGNATURE_FILE}, Hugging Face cache or Ollama store found)`,
    );
  if (sidecars.verifications.length === 0)
    throw new ModelvetError(
      'USAGE',
      `${SIGNATURE_FILE} found in ${path}: pass --identity and --issuer, --key PEM or --certificate-chain PEM to verify it`,
    );
  push(result, sidecars);
  return result;
}

function list(value: unknown): string[] {
  if (value === undefined || value === true) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function str(value: unknown): string | undefined {
  return value === undefined || value === true || value === false ? undefined : String(value);
}

function usage(message: string): never {
  throw new ModelvetError('USAGE', message);
}

export interface CommandIo {
  stdout: (s: string) => void;
  stdoutIsTty: boolean;
  env: NodeJS.ProcessEnv;
  stderr?: (s: string) => void;
  stderrIsTty?: boolean;
}

/** `modelvet verify PATH [--lock F] [--sums F] [--signature F signer...]`: prints a report, returns the exit code. */
export async function verifyCommand(
  path: string | undefined,
  opts: Record<string, unknown>,
  io: CommandIo,
  extra: { digestCache?: DigestCache | undefined } = {},
): Promise<number> {
  if (!path) usage('verify needs the model folder or file');
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const failOn: Severity =
    opts.failOn === undefined
      ? 'high'
      : isSeverity(opts.failOn)
        ? opts.failOn
        : usage(`--fail-on must be one of info, low, medium, high, critical; got ${String(opts.failOn)}`);
  const format = str(opts.format) ?? 'human';
  if (format !== 'human' && format !== 'json') usage(`--format must be human or json; got ${format}`);
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256))
    usage(`--jobs must be an integer from 1 to 256, got ${String(opts.jobs)}`);
  const signer = {
    identity: str(opts.identity),
    identityRegexp: str(opts.identityRegexp),
    issuer: str(opts.issuer),
    key: str(opts.key),
    certificateChain: list(opts.certificateChain),
    trustedRoot: str(opts.trustedRoot),
  };
  const wantsSigner = Object.values(signer).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
  let trust: OmsTrustOptions | undefined;
  if (wantsSigner) {
    try {
      const { omsTrustOptions } = await import('./oms/verify.ts');
      trust = omsTrustOptions(Object.fromEntries(Object.entries(signer).filter(([, v]) => v !== undefined)));
    } catch (err) {
      usage((err as Error).message);
    }
  }
  let bytes = 0;
  // A progress line on a terminal (never in JSON mode): large models take minutes to re-hash.
  let shown = false;
  let last = 0;
  const progress =
    io.stderr && io.stderrIsTty && format === 'human' && opts.progress !== false && !opts.quiet
      ? (done: number) => {
          const now = performance.now();
          if (now - last < 200) return;
          last = now;
          shown = true;
          const rate = (done / (now - started)) * 1000;
          io.stderr?.(`\r\x1b[2Kverifying: ${formatBytes(done)} hashed, ${formatBytes(rate)}/s`);
        }
      : undefined;
  const lock = str(opts.lock);
  const sums = str(opts.sums);
  const signature = str(opts.signature);
  // A file named on the command line that cannot be opened is an input error (exit 2), not a failed check.
  for (const f of [lock, sums, signature])
    if (f !== undefined && !(await exists(f)))
      throw new ModelvetError('NOT_FOUND', `${f}: no such file (or not a regular file)`, { path: f });
  const result = await withDigestCachePool(extra.digestCache, jobs, (pool) =>
    verifyPath(path, {
      ...(pool ? { pool } : {}),
      ...(lock ? { lock } : {}),
      ...(sums ? { sums } : {}),
      ...(signature ? { signature } : {}),
      ...(trust ? { trust } : {}),
      ignorePaths: list(opts.ignorePaths),
      ignoreGitPaths: opts.ignoreGitPaths !== false,
      ignoreUnsignedFiles: Boolean(opts.ignoreUnsignedFiles),
      confineSymlinks: true,
      ...(jobs !== undefined ? { jobs } : {}),
      onProgress: (n) => {
        bytes += n;
        progress?.(bytes);
      },
    }),
  );
  if (shown) io.stderr?.('\r\x1b[2K');
  const { verdict, reason } = decideVerdict(result.findings, result.verifications, failOn);
  const durationMs = performance.now() - started;
  const checked = result.verifications.reduce((n, v) => n + (Number(v.details?.checked) || 0), 0);
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'modelvet', version: VERSION },
    startedAt,
    durationMs: Math.round(durationMs),
    failOn,
    targets: [{ input: path, isDirectory: await isDirectory(path), skipped: [] }],
    files: [],
    findings: result.findings,
    verifications: result.verifications,
    summary: {
      files: checked,
      bytes,
      findings: result.findings.length,
      bySeverity: countBySeverity(result.findings),
      throughput: durationMs > 0 ? Math.round((bytes / durationMs) * 1000) : 0,
    },
    verdict,
    reason,
  };
  const toFile = typeof opts.output === 'string' && opts.output !== '-';
  const color = !toFile && io.stdoutIsTty && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
  const text =
    format === 'json' ? renderJson(report) : renderHuman(report, { color, quiet: Boolean(opts.quiet) });
  if (toFile) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(String(opts.output), text);
  } else io.stdout(text);
  return verdict === 'pass' ? 0 : 1;
}

/** `modelvet lock PATH [-o FILE] [--method shards --shard-size N] [--hash-type sha256|blake2b]`. */
export async function lockCommand(
  path: string | undefined,
  opts: Record<string, unknown>,
  out: (s: string) => void,
  extra: { digestCache?: DigestCache | undefined; stderr?: (s: string) => void } = {},
): Promise<number> {
  if (!path) usage('lock needs the model folder or file');
  const method = str(opts.method) ?? (opts.shardSize !== undefined ? 'shards' : 'files');
  if (method !== 'files' && method !== 'shards') usage(`--method must be files or shards, got ${method}`);
  const shardSize = opts.shardSize === undefined ? undefined : Number(opts.shardSize);
  if (shardSize !== undefined && (!Number.isSafeInteger(shardSize) || shardSize < 1))
    usage(`--shard-size must be a positive integer, got ${String(opts.shardSize)}`);
  const hashType = str(opts.hashType) ?? 'sha256';
  if (!isOmsHashType(hashType)) usage(`--hash-type must be sha256, blake2b or blake3, got ${hashType}`);
  // model_signing has no blake3 shards (it hashes whole files with BLAKE3's own parallelism).
  if (hashType === 'blake3' && method === 'shards')
    usage('--hash-type blake3 hashes whole files; drop --method shards');
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256))
    usage(`--jobs must be an integer from 1 to 256, got ${String(opts.jobs)}`);
  const output = str(opts.output);
  const options = {
    method: method as SerializationMethod,
    hashType: hashType as OmsHashType,
    ...(shardSize !== undefined ? { shardSize } : {}),
    allowSymlinks: Boolean(opts.allowSymlinks),
    ignorePaths: list(opts.ignorePaths),
    ignoreGitPaths: opts.ignoreGitPaths !== false,
    ...(jobs !== undefined ? { jobs } : {}),
  };
  if (opts.shard !== undefined) {
    // `lock --shard K/N`: a partial manifest for `modelvet merge` (src/shard/).
    const { lockShardCommand, shardOption } = await import('../shard/commands.ts');
    const shard = shardOption(opts)!;
    const io = { stdout: out, stderr: extra.stderr ?? (() => {}) };
    return withDigestCachePool(extra.digestCache, jobs, (pool) =>
      lockShardCommand(path, { ...options, ...(pool ? { pool } : {}), shard }, opts, io),
    );
  }
  const { path: written, manifest } = await withDigestCachePool(extra.digestCache, jobs, (pool) =>
    writeLock(path, {
      ...options,
      ...(pool ? { pool } : {}),
      ...(output && output !== '-' ? { output } : {}),
    }),
  );
  const unit = method === 'shards' ? 'shards' : 'files';
  out(
    `wrote ${written}: ${manifest.resources.length} ${unit} of ${basename(path)}, root sha256:${manifest.rootDigest}\n`,
  );
  return 0;
}
