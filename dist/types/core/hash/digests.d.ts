export declare const DIGEST_ALGORITHMS: readonly ['sha256', 'sha512', 'blake2b512', 'sha1', 'git-sha1', 'blake3'];
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];
export declare function isDigestAlgorithm(value: string): value is DigestAlgorithm;
export interface IncrementalHasher {
    update(chunk: Uint8Array): void;
    /** Lower-case hex. */
    digest(): string;
}
export declare function createHasher(algorithm: DigestAlgorithm, size: number): Promise<IncrementalHasher>;
export type Digests = Partial<Record<DigestAlgorithm, string>> & {
    sha256: string;
};
