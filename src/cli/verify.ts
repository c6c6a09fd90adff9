/** `modelvet verify [path]`: options → `verify()` → a report of its verifications → exit code. */
import { pathInputs } from './heap-tuning.ts';
import { stat } from 'node:fs/promises';
import { ModelvetError } from '../core/errors.ts';
import { assembleReport } from '../core/report.ts';
import type { OmsTrustOptions } from '../verify/oms/verify.ts';
import type { Command } from './command.ts';
import { digestCacheOf } from './digest-cache.ts';
import {
  DIGEST_CACHE,
  FAIL_ON,
  FORMAT,
  flag,
  IGNORE_PATHS,
  JOBS,
  list,
  NO_PROGRESS,
  type OptionValues,
  OUTPUT,
  parseFailOn,
  parseFormat,
  parseJobs,
  QUIET,
  requireWith,
  str,
  usage,
} from './options.ts';
import { exitCodeOf, formatBytes, type Io, inCwd, wantsProgress, writeReport } from './output.ts';
import { checkTextOptions } from './scan.ts';
import { loadOmsVerify, loadRunners } from '../lazy.ts';
import { withDigestCachePool } from '../digest-cache-option.ts';
import { monotonicMs } from '../core/clock.ts';

/** The signer options, as `omsTrustOptions` takes them; undefined when none was given. */
async function trustOf(
  values: OptionValues,
  at: (p: string) => string,
): Promise<OmsTrustOptions | undefined> {
  const file = (p: string | undefined) => (p === undefined ? undefined : at(p));
  const signer = {
    identity: str(values.identity),
    identityRegexp: str(values['identity-regexp']),
    issuer: str(values.issuer),
    key: file(str(values.key)),
    certificateChain: list(values['certificate-chain']).map(at),
    trustedRoot: file(str(values['trusted-root'])),
  };
  const keyless =
    signer.identity !== undefined || signer.identityRegexp !== undefined || signer.issuer !== undefined;
  requireWith(
    signer.trustedRoot !== undefined && !keyless,
    'trusted-root',
    'is the trust root for Sigstore keyless signatures: give --identity (or --identity-regexp) and --issuer',
  );
  const given = Object.entries(signer).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
  if (!given.length) return undefined;
  const { omsTrustOptions } = await loadOmsVerify();
  try {
    return omsTrustOptions(Object.fromEntries(given));
  } catch (err) {
    usage((err as Error).message);
  }
}

/** A file named on the command line that cannot be opened is an input error (exit 2), not a failed check. */
async function mustExist(file: string | undefined, at: (p: string) => string): Promise<string | undefined> {
  if (file === undefined) return undefined;
  if (!(await stat(at(file)).catch(() => undefined))?.isFile())
    throw new ModelvetError('NOT_FOUND', `${file}: no such file (or not a regular file)`, { path: file });
  return at(file);
}

/** Verification re-hashes the model, which takes minutes for large ones: bytes and rate on stderr. */
function verifyProgress(io: Io, show: boolean) {
  const started = monotonicMs();
  let bytes = 0;
  let last = 0;
  let shown = false;
  return {
    add(n: number) {
      bytes += n;
      const now = monotonicMs();
      if (!show || now - last < 200) return;
      last = now;
      shown = true;
      const rate = (bytes / (now - started)) * 1000;
      io.stderr(`\r\x1b[2Kverifying: ${formatBytes(bytes)} hashed, ${formatBytes(rate)}/s`);
    },
    clear() {
      if (shown) io.stderr('\r\x1b[2K');
    },
    get bytes() {
      return bytes;
    },
  };
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Verify a model against a lock file, checksum file, OMS signature, HF cache or Ollama store',
  args: '[path]',
  argsHelp: 'The model folder or file (default: the current folder)',
  oneArg: 'model folder or file',
  options: [
    { name: 'lock', value: 'FILE', help: 'Lock file written by `modelvet lock`' },
    {
      name: 'sums',
      value: 'FILE',
      help: 'sha256sum/sha512sum/b2sum/b3sum-style file; names relative to the model folder, unlisted files reported at low',
    },
    {
      name: 'signature',
      value: 'FILE',
      help: 'OMS signature bundle (default: model.sig in the folder when a signer is given)',
    },
    {
      name: 'identity',
      value: 'SAN',
      help: 'Sigstore keyless: the signer identity, matched exactly (with --issuer)',
    },
    {
      name: 'identity-regexp',
      value: 'RE',
      help: 'Sigstore keyless: the signer identity as a regular expression anchored to the whole value',
    },
    { name: 'issuer', value: 'URL', help: 'Sigstore keyless: the OIDC issuer' },
    {
      name: 'trusted-root',
      value: 'FILE',
      help: 'Sigstore trusted root JSON (default: the public-good root bundled offline)',
    },
    { name: 'key', value: 'PEM', help: 'EC public key the signature was made with' },
    {
      name: 'certificate-chain',
      value: 'PEM',
      multiple: true,
      help: 'CA certificate(s) to chain the signing certificate to (repeatable)',
    },
    IGNORE_PATHS,
    { name: 'no-ignore-git-paths', help: 'Also verify .git, .gitattributes, .github, .gitignore' },
    {
      name: 'ignore-unsigned-files',
      help: 'Tolerate files the lock, checksum file or signature does not list',
    },
    FORMAT,
    OUTPUT,
    { ...FAIL_ON, help: 'Exit 1 on findings at or above: info, low, medium, high, critical (default: high)' },
    DIGEST_CACHE,
    JOBS,
    QUIET,
    NO_PROGRESS,
  ],
  examples: [
    'modelvet verify ./my-model --lock modelvet.lock.json',
    'modelvet verify ./my-model --sums SHA256SUMS',
    'modelvet verify ./my-model --key publisher.pub',
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const at = inCwd(io);
    const path = positionals[0] ?? '.';
    const started = monotonicMs();
    const startedAt = new Date().toISOString();
    const format = parseFormat(str(values.format));
    const quiet = flag(values.quiet);
    checkTextOptions(format, quiet, false);
    const failOn = parseFailOn(str(values['fail-on'])) ?? 'high';
    const jobs = parseJobs(str(values.jobs));
    const trust = await trustOf(values, at);
    const [lock, sums, signature] = await Promise.all(
      [str(values.lock), str(values.sums), str(values.signature)].map((f) => mustExist(f, at)),
    );
    const progress = verifyProgress(io, wantsProgress(io, format, flag(values['no-progress'])));
    const abs = at(path);
    const digestCache = await digestCacheOf(values, io, [path]);
    const { verifyPath } = await loadRunners();
    const result = await withDigestCachePool(digestCache, jobs, (pool) =>
      verifyPath(abs, {
        display: path,
        pool,
        lock,
        sums,
        signature,
        trust,
        ignorePaths: list(values['ignore-paths']),
        ignoreGitPaths: !flag(values['no-ignore-git-paths']),
        ignoreUnsignedFiles: flag(values['ignore-unsigned-files']),
        confineSymlinks: true,
        jobs,
        onProgress: (n) => progress.add(n),
      }),
    ).finally(() => progress.clear());
    const report = assembleReport({
      startedAt,
      durationMs: monotonicMs() - started,
      failOn,
      targets: [{ input: path, isDirectory: (await stat(abs)).isDirectory(), skipped: [] }],
      files: [],
      findings: result.findings,
      verifications: result.verifications,
      bytes: progress.bytes,
      filesCounted: result.verifications.reduce((n, v) => n + (Number(v.details?.checked) || 0), 0),
    });
    await writeReport(report, { format, quiet, output: str(values.output) }, io);
    return exitCodeOf(report);
  },
};
