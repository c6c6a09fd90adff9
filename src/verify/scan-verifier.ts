/**
 * `modelvet scan` verifies what it finds, with the digests the scan already computed (no second
 * read of a file whose whole-file SHA-256 is known):
 *
 * - a Hugging Face cache repo (or cache root) or an Ollama store: every blob against its name;
 * - otherwise a `modelvet.lock.json`, a checksum file (`SHA256SUMS`...) and a `model.sig` beside the
 *   model. The signature is verified when signers are given (policy → `analyzerOptions`), else it
 *   is reported as present but unverified.
 *
 * Signers: the policy's `verification.signers` (read from `options.policy`, as the policy module
 * passes it) and `analyzerOptions['verify.signers']` (`OmsTrustOptions[]`, for library callers);
 * the signature passes when one of them verifies it. Other policy-fed options:
 * - `verify.ignorePaths`: `string[]`, paths relative to the model folder left out of every check.
 * - `verify.lock` / `verify.signature`: explicit lock file / signature bundle to verify the target
 *   against (the Action's `lock` and `signature` inputs); when given, they replace the search for
 *   files beside the model, as `modelvet verify --lock/--signature` does.
 */
import { describeError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import { defaultJobs, HashPool } from '../core/hash/pool.ts';
import type { VerificationReport } from '../core/report.ts';
import type { TargetVerifier } from '../core/target-verifier.ts';
import { verifySidecars, verifySignatureAny } from './verify-path.ts';
import { verifyLock } from './lock.ts';
import { INVALID_MANIFEST, type VerifyOptions } from './manifest-check.ts';
import type { OmsTrustOptions } from './oms/verify.ts';
import { verifyStores } from './stores.ts';

/** A signer as the policy file names it (src/policy/types.ts `Signer`; paths already absolute). */
type PolicySigner =
  | { kind: 'sigstore'; identity: string; issuer: string }
  | { kind: 'key'; keyPath: string }
  | { kind: 'certificate-chain'; chainPaths: string[] };

function fromPolicy(s: PolicySigner): OmsTrustOptions | undefined {
  if (s.kind === 'sigstore' && typeof s.identity === 'string' && typeof s.issuer === 'string')
    return { method: 'sigstore', identity: s.identity, issuer: s.issuer };
  if (s.kind === 'key' && typeof s.keyPath === 'string') return { method: 'key', key: s.keyPath };
  if (s.kind === 'certificate-chain' && Array.isArray(s.chainPaths))
    return { method: 'certificate', certificateChain: s.chainPaths.map(String) };
  return undefined;
}

/** Signers from the policy (`options.policy.verification.signers`) and from `analyzerOptions['verify.signers']`. */
function signersOf(options: { analyzerOptions?: Readonly<Record<string, unknown>> }): OmsTrustOptions[] {
  const out: OmsTrustOptions[] = [];
  const policy = (options as { policy?: { verification?: { signers?: unknown } } }).policy;
  const listed = policy?.verification?.signers;
  if (Array.isArray(listed))
    for (const s of listed) {
      const t = typeof s === 'object' && s !== null ? fromPolicy(s as PolicySigner) : undefined;
      if (t) out.push(t);
    }
  const direct = options.analyzerOptions?.['verify.signers'];
  if (Array.isArray(direct)) out.push(...(direct as OmsTrustOptions[]));
  return out;
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
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
): Promise<{
  verifications: VerificationReport[];
  findings: Finding[];
}> {
  const single = target.isDirectory ? undefined : target.files[0]?.rel;
  const known = (rel: string) =>
    files.get(rel === '.' && single !== undefined ? single : rel)?.digests?.sha256;
  const ao = options.analyzerOptions ?? {};
  const ignorePaths = strings(ao['verify.ignorePaths']);
  const signers = signersOf(options);
  const base: VerifyOptions = {
    display: target.input,
    knownSha256: known,
    confineSymlinks: true,
    ...(pool ? { pool } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(ignorePaths ? { ignorePaths } : {}),
  };
  const lock = typeof ao['verify.lock'] === 'string' ? ao['verify.lock'] : undefined;
  const signature = typeof ao['verify.signature'] === 'string' ? ao['verify.signature'] : undefined;
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
    ...(signers.length ? { trust: signers } : {}),
  });
  return {
    verifications: [...stores.outcome.verifications, ...verifications],
    findings: [...stores.outcome.findings, ...findings],
    ...(stores.outcome.references?.length ? { references: stores.outcome.references } : {}),
  };
}
