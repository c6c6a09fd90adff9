/**
 * `modelvet scan` verifies what it finds, with the digests the scan already computed (no second
 * read of a file whose whole-file SHA-256 is known):
 *
 * - a Hugging Face cache repo (or cache root) or an Ollama store: every blob against its name;
 * - otherwise a `modelvet.lock.json`, a checksum file (`SHA256SUMS`...) and a `model.sig` beside the
 *   model. The signature is verified when signers are given (the policy or `verify.signers`), else
 *   it is reported as present but unverified.
 *
 * Signers: the policy's `verification.signers` (read from `options.policy`) and the scan's
 * `verify.signers` (ScanOptions.verify, for the Action and library callers), one `Signer` type; the
 * signature passes when one of them verifies it. The other `verify` options:
 * - `ignorePaths`: paths relative to the model folder left out of every check.
 * - `lock` / `signature`: explicit lock file / signature bundle to verify the target against (the
 *   Action's `lock` and `signature` inputs); when given, they replace the search for files beside
 *   the model, as `modelvet verify --lock/--signature` does.
 */
import { describeError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import { defaultJobs, HashPool } from '../core/hash/pool.ts';
import type { VerificationReport } from '../core/report.ts';
import type { Signer } from '../core/signer.ts';
import type { TargetVerifier } from '../core/target-verifier.ts';
import { verifySidecars, verifySignatureAny } from './verify-path.ts';
import { verifyLock } from './lock.ts';
import { INVALID_MANIFEST, type VerifyOptions } from './manifest-check.ts';
import type { OmsTrustOptions } from './oms/verify.ts';
import { verifyStores } from './stores.ts';

/** The OMS verifier's trust options for a signer. */
export function trustOptionsOf(s: Signer): OmsTrustOptions {
  switch (s.kind) {
    case 'sigstore':
      return { method: 'sigstore', identity: s.identity, issuer: s.issuer };
    case 'key':
      return { method: 'key', key: s.keyPath };
    case 'certificate-chain':
      return { method: 'certificate', certificateChain: [...s.chainPaths] };
  }
}

/** Signers from the policy, then from the scan's `verify.signers`. */
function signersOf(options: Parameters<TargetVerifier['verify']>[0]['options']): OmsTrustOptions[] {
  return [...(options.policy?.verification.signers ?? []), ...(options.verify?.signers ?? [])].map(
    trustOptionsOf,
  );
}

export const SCAN_VERIFIER: TargetVerifier = {
  id: 'verify/sidecars-and-stores',
  async verify(ctx) {
    // With a digest cache, what the verifiers hash themselves (shards, other algorithms) goes through it.
    const digestCache = ctx.options.digestCache;
    const pool = digestCache
      ? new HashPool(ctx.options.jobs ?? defaultJobs(), { inline: true, digestCache })
      : undefined;
    try {
      return await verifyTarget(ctx, pool);
    } catch (err) {
      // A verifier never breaks the scan: what could not be checked fails the check.
      const message = `${ctx.target.input}: verification could not run: ${describeError(err)}`;
      return {
        verifications: [{ kind: 'verify', source: ctx.target.input, ok: false, message }],
        findings: [finding(INVALID_MANIFEST, { path: ctx.target.input, message })],
      };
    } finally {
      await pool?.close();
    }
  },
};

async function verifyTarget(
  { target, files, options }: Parameters<TargetVerifier['verify']>[0],
  pool: HashPool | undefined,
): ReturnType<TargetVerifier['verify']> {
  const single = target.isDirectory ? undefined : target.files[0]?.rel;
  const known = (rel: string) =>
    files.get(rel === '.' && single !== undefined ? single : rel)?.digests?.sha256;
  const { lock, signature, ignorePaths } = options.verify ?? {};
  const signers = signersOf(options);
  const base: VerifyOptions = {
    display: target.input,
    knownSha256: known,
    confineSymlinks: true,
    pool,
    jobs: options.jobs,
    ignorePaths: ignorePaths ? [...ignorePaths] : undefined,
  };
  if (lock !== undefined || signature !== undefined) {
    const out: { verifications: VerificationReport[]; findings: Finding[] } = {
      verifications: [],
      findings: [],
    };
    const add = (o: { verification: VerificationReport; findings: Finding[] }) => {
      out.verifications.push(o.verification);
      out.findings.push(...o.findings);
    };
    if (lock !== undefined) add(await verifyLock(target.path, lock, base));
    if (signature !== undefined) {
      if (!signers.length) {
        out.verifications.push({
          kind: 'signature',
          source: signature,
          ok: false,
          message: `${signature}: no signer given to verify it with`,
        });
      } else add(await verifySignatureAny(target.path, signature, signers, base));
    }
    return out;
  }
  // Hugging Face caches and Ollama stores the target is in, is or holds (src/verify/stores.ts).
  const stores = await verifyStores(target, files, base);
  if (stores.insideStore) return stores.outcome;
  const { verifications, findings } = await verifySidecars(target.path, {
    ...base,
    trust: signers.length ? signers : undefined,
  });
  return {
    verifications: [...stores.outcome.verifications, ...verifications],
    findings: [...stores.outcome.findings, ...findings],
    references: stores.outcome.references?.length ? stores.outcome.references : undefined,
  };
}
