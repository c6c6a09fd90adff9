export declare const BUNDLE_MEDIA_TYPE_PREFIX = "application/vnd.dev.sigstore.bundle";
export declare const BUNDLE_V03_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
export declare const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
/** Real OMS bundles are a few KB; a cap keeps a hostile file from exhausting memory. */
export declare const MAX_BUNDLE_BYTES: number;
export type VerificationMaterial = {
    kind: 'publicKey';
    hint?: string;
    rawBytes?: Buffer;
    keyDetails?: string;
} | {
    kind: 'certificate';
    certificate: Buffer;
} | {
    kind: 'x509CertificateChain';
    certificates: Buffer[];
};
export interface DsseSignature {
    sig: Buffer;
    keyid?: string | null;
}
export interface OmsBundle {
    /** The parsed JSON, for libraries that parse bundles themselves. */
    json: Record<string, unknown>;
    mediaType: string;
    /** The exact decoded payload bytes: signatures cover these, never a re-serialization. */
    payload: Buffer;
    payloadType: string;
    signatures: DsseSignature[];
    material: VerificationMaterial;
    tlogEntryCount: number;
}
/**
 * Strict base64 (RFC 4648 standard or URL-safe alphabet, padding optional): `Buffer.from(s,
 * 'base64')` alone skips invalid characters, which would let two different strings decode alike.
 */
export declare function decodeBase64(value: unknown, field: string): Buffer;
/** Parses a bundle from its JSON text or bytes. */
export declare function parseBundle(input: string | Uint8Array): OmsBundle;
/** Reads and parses a signature file, refusing anything but a regular file of sane size. */
export declare function readBundleFile(path: string): Promise<OmsBundle>;
