/**
 * `verify()` of the library (and of `modelvet verify`): every check asked for (a lock, a checksum
 * file, a signature with its signers); with none, it detects what the path is: a Hugging Face
 * cache, an Ollama store, or a model with a `modelvet.lock.json`, a checksum file or a `model.sig`
 * beside it. It returns verifications and findings; it never prints.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeError, ModelvetError } from '../core/errors.ts';
import { defineRule, type Finding, finding } from '../core/finding.ts';
import type { VerificationReport } from '../core/report.ts';
import { hfCacheRepos, verifyHfCache } from './hf-cache.ts';
import { LOCK_FILE_NAME, verifyLock } from './lock.ts';
import {
  append,
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
import { loadOmsVerify } from '../lazy.ts';

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
    const oms = await loadOmsVerify();
    signed = await oms.verifyOmsSignatureFile(signaturePath, trust);
  } catch (err) {
    const reason = err instanceof OmsError ? err.message : `${signaturePath}: ${describeError(err)}`;
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
    warnings: signed.warnings.length ? signed.warnings : undefined,
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

/** Options about which files a manifest lists mean nothing for a store: refused, never ignored. */
function refuseStoreOptions(store: string, options: VerifyPathOptions): void {
  const given = [
    options.ignorePaths?.length ? '--ignore-paths' : '',
    options.ignoreUnsignedFiles ? '--ignore-unsigned-files' : '',
    options.ignoreGitPaths === false ? '--no-ignore-git-paths' : '',
  ].filter(Boolean);
  if (given.length)
    throw new ModelvetError(
      'USAGE',
      `${given.join(' and ')} ${given.length === 1 ? 'does' : 'do'} not apply to a ${store}: every blob is checked against the digest its name promises`,
    );
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
    refuseStoreOptions('Hugging Face cache', options);
    push(result, await verifyHfCache(path, options));
    return result;
  }
  if (await ollamaRoot(path)) {
    refuseStoreOptions('Ollama store', options);
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
