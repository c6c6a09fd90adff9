/**
 * Digest algorithms the hash core can feed from one pass.
 *
 * Each algorithm is an incremental hasher; the reader feeds every requested one from the same
 * buffer, so asking for sha256 + sha512 costs one read of the file. `git-sha1` is the git blob id
 * (`sha1("blob <size>\0" + content)`) that names non-LFS blobs in a Hugging Face cache; it needs the
 * size up front, which the reader knows.
 */
import { createHash, type Hash } from 'node:crypto';

export const DIGEST_ALGORITHMS = ['sha256', 'sha512', 'blake2b512', 'sha1', 'git-sha1'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export function isDigestAlgorithm(value: string): value is DigestAlgorithm {
  return (DIGEST_ALGORITHMS as readonly string[]).includes(value);
}

export interface IncrementalHasher {
  update(chunk: Uint8Array): void;
  /** Lower-case hex. */
  digest(): string;
}

export function createHasher(algorithm: DigestAlgorithm, size: number): IncrementalHasher {
  let hash: Hash;
  switch (algorithm) {
    case 'sha256':
    case 'sha512':
    case 'blake2b512':
    case 'sha1':
      hash = createHash(algorithm);
      break;
    case 'git-sha1':
      hash = createHash('sha1');
      hash.update(`blob ${size}\0`);
      break;
  }
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digest: () => hash.digest('hex'),
  };
}

export type Digests = Partial<Record<DigestAlgorithm, string>> & { sha256: string };
