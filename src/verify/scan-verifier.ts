/**
 * `modelvet scan` verifies what it finds, with the digests the scan already computed (no second
 * read of a file whose whole-file SHA-256 is known):
 *
 * - a Hugging Face cache repo (or cache root) or an Ollama store: every blob against its name;
 * - otherwise a `modelvet.lock.json`, a checksum file (`SHA256SUMS`...) and a `model.sig` beside the
 *   model. The signature is verified when signers are given (policy → `analyzerOptions`), else it
 *   is reported as present but unverified.
 *
 * Policy-fed options (keys namespaced `verify.`):
 * - `verify.signers`: `OmsTrustOptions[]`; the signature passes when one of them verifies it.
 * - `verify.ignorePaths`: `string[]`, paths relative to the model folder left out of every check.
 */
import { describeError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import type { VerificationReport } from '../core/report.ts';
import { registerTargetVerifier, type TargetVerifier } from '../core/target-verifier.ts';
import { verifySidecars } from './command.ts';
import { hfCacheRepos, verifyHfCache } from './hf-cache.ts';
import { INVALID_MANIFEST, type VerifyOptions } from './manifest-check.ts';
import type { OmsTrustOptions } from './oms/verify.ts';
import { ollamaRoot, verifyOllama } from './ollama.ts';

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

export const SCAN_VERIFIER: TargetVerifier = {
  id: 'verify/sidecars-and-stores',
  async verify(ctx) {
    try {
      return await verifyTarget(ctx);
    } catch (err) {
      // A verifier never breaks the scan: what could not be checked fails the check.
      const message = `${ctx.target.input}: verification could not run: ${describeError(err)}`;
      return {
        verifications: [{ kind: 'verify', source: ctx.target.input, ok: false, message }],
        findings: [finding(INVALID_MANIFEST, { path: ctx.target.input, message })],
      };
    }
  },
};

async function verifyTarget({ target, files, options }: Parameters<TargetVerifier['verify']>[0]): Promise<{
  verifications: VerificationReport[];
  findings: Finding[];
}> {
  const single = target.isDirectory ? undefined : target.files[0]?.rel;
  const known = (rel: string) =>
    files.get(rel === '.' && single !== undefined ? single : rel)?.digests?.sha256;
  const ao = options.analyzerOptions ?? {};
  const ignorePaths = strings(ao['verify.ignorePaths']);
  const signers = Array.isArray(ao['verify.signers']) ? (ao['verify.signers'] as OmsTrustOptions[]) : [];
  const base: VerifyOptions = {
    display: target.input,
    knownSha256: known,
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(ignorePaths ? { ignorePaths } : {}),
  };
  if (target.isDirectory && (await hfCacheRepos(target.input)).length)
    return verifyHfCache(target.input, base);
  if (target.isDirectory && (await ollamaRoot(target.input))) return verifyOllama(target.input, base);
  const { verifications, findings } = await verifySidecars(target.input, {
    ...base,
    ...(signers.length ? { trust: signers } : {}),
  });
  return { verifications, findings };
}

registerTargetVerifier(SCAN_VERIFIER);
