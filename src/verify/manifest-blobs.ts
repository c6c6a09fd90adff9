/**
 * Content-addressed stores (Hugging Face cache, Ollama): every blob is named by its own digest, so
 * verifying one is re-hashing it and comparing with its name (and the size a manifest records).
 */
import { stat } from 'node:fs/promises';
import { describeError } from '../core/errors.ts';
import { defineRule, type Finding, finding } from '../core/finding.ts';
import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { defaultJobs, HashPool } from '../core/hash/pool.ts';
import { DIGEST_MISMATCH, short, type VerifyOptions } from './manifest-check.ts';

export const DANGLING_LINK = defineRule({
  id: 'verify/dangling-link',
  severity: 'high',
  title: 'A store link or reference points at nothing, or outside the store',
  tags: ['integrity', 'filesystem'],
  explain: `In a Hugging Face cache every snapshots/<commit>/<file> is a relative symbolic link to
../../blobs/<hash>; in an Ollama store every manifest layer names blobs/sha256-<hex>. Here a link
dangles (its blob was deleted or never finished downloading), or points somewhere other than the
store's blobs folder, or a manifest names a blob that is not there.

Why it matters: a loader follows the link blindly. A link into another folder swaps in content that
no hash vouches for; a dangling one makes the loader fail or fall back to another file.

Fix: delete the snapshot (or the model) and download it again (\`huggingface-cli download\`,
\`ollama pull\`).`,
});

export const STORE_ENTRY = defineRule({
  id: 'verify/store-entry',
  severity: 'medium',
  title: 'Unexpected or incomplete entry in a model store',
  tags: ['integrity'],
  explain: `The Hugging Face cache or Ollama store holds an entry that its tool does not write in a
finished download: a partial blob (\`.incomplete\`, \`-partial\`), a blob whose name is not a digest,
a snapshot that is not named by a commit, a ref that does not name a snapshot, or a regular file
where the tool writes a link. modelvet cannot vouch for it.

Fix: finish or restart the download; remove entries you did not expect.`,
});

export interface BlobCheck {
  /** Path to read. */
  path: string;
  /** Display path. */
  display: string;
  algorithm: DigestAlgorithm;
  /** Expected lower-case hex (from the blob's name). */
  expected: string;
  /** Expected size, when the store records one. */
  size?: number;
  /** The digest, when a scan already computed it (not hashed again). */
  knownDigest?: string;
}

/** Hashes every blob once and reports those whose content is not what their name promises. */
export async function verifyBlobDigests(
  blobs: readonly BlobCheck[],
  source: string,
  options: Pick<VerifyOptions, 'jobs' | 'pool' | 'onProgress'>,
): Promise<{ findings: Finding[]; checked: number; mismatched: number }> {
  const findings: Finding[] = [];
  let mismatched = 0;
  const pool =
    options.pool ??
    new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), blobs.length)), { inline: true });
  try {
    await Promise.all(
      blobs.map(async (b) => {
        let actual: string;
        let size: number;
        try {
          if (b.knownDigest) {
            actual = b.knownDigest;
            size = (await stat(b.path)).size;
          } else {
            const r = await pool.hash({
              path: b.path,
              displayPath: b.display,
              algorithms: [b.algorithm],
              onProgress: options.onProgress,
            });
            actual = r.digests[b.algorithm]!;
            size = r.size;
          }
        } catch (err) {
          mismatched++;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} could not be hashed: ${describeError(err)}`,
              evidence: { expected: b.expected, algorithm: b.algorithm, source },
            }),
          );
          return;
        }
        if (actual !== b.expected || (b.size !== undefined && size !== b.size)) {
          mismatched++;
          const what =
            actual !== b.expected
              ? `its ${b.algorithm} is ${short(actual)}, its name promises ${short(b.expected)}`
              : `it is ${size} bytes, ${source} records ${b.size}`;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} is corrupted or tampered: ${what}`,
              evidence: {
                algorithm: b.algorithm,
                expected: b.expected,
                actual,
                source,
                ...(b.size !== undefined ? { expectedSize: b.size, actualSize: size } : {}),
              },
            }),
          );
        }
      }),
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  return { findings, checked: blobs.length, mismatched };
}
