/**
 * Digest algorithms the hash core can feed from one pass.
 *
 * Each algorithm is an incremental hasher; the reader feeds every requested one from the same
 * buffer, so asking for sha256 + sha512 costs one read of the file. `git-sha1` is the git blob id
 * (`sha1("blob <size>\0" + content)`) that names non-LFS blobs in a Hugging Face cache; it needs the
 * size up front, which the reader knows. `blake3` (what `b3sum` and model_signing's blake3 mode
 * write) comes from hash-wasm: node:crypto has no BLAKE3, and the pure-JS ones run at ~10 MB/s.
 */
import type { Hash } from 'node:crypto';
import { nodeCrypto } from '../node-builtins.ts';

export const DIGEST_ALGORITHMS = ['sha256', 'sha512', 'blake2b512', 'sha1', 'git-sha1', 'blake3'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export function isDigestAlgorithm(value: string): value is DigestAlgorithm {
  return (DIGEST_ALGORITHMS as readonly string[]).includes(value);
}

export interface IncrementalHasher {
  update(chunk: Uint8Array): void;
  /** Lower-case hex. */
  digest(): string;
}

export async function createHasher(algorithm: DigestAlgorithm, size: number): Promise<IncrementalHasher> {
  if (algorithm === 'blake3') {
    const { createBLAKE3 } = await import('hash-wasm'); // loaded only when BLAKE3 is asked for
    const b3 = await createBLAKE3();
    b3.init();
    return {
      update: (chunk) => {
        b3.update(chunk);
      },
      digest: () => b3.digest('hex'),
    };
  }
  let hash: Hash;
  switch (algorithm) {
    case 'sha256':
    case 'sha512':
    case 'blake2b512':
    case 'sha1':
      hash = nodeCrypto().createHash(algorithm);
      break;
    case 'git-sha1':
      hash = nodeCrypto().createHash('sha1');
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
