/**
 * `modelvet sign`: writes an OMS v1.0 signature (a Sigstore bundle v0.3 holding a DSSE envelope over
 * the model's in-toto statement), the way `model_signing` 1.1 writes it:
 *
 * - `--key PEM` (an EC P-256/P-384/P-521 private key): ECDSA with the curve's own hash over the DSSE
 *   PAE, `verificationMaterial: {publicKey: {hint}, tlogEntries: []}` with hint = SHA-256 of the
 *   canonical SPKI PEM, DSSE `keyid: ""`. No transparency log: a local key signature.
 * - `--sigstore` (keyless): Fulcio certificate from an OIDC token, Rekor `dsse` entry and optionally
 *   an RFC 3161 timestamp, through `@sigstore/sign`. Needs the network and a token (in GitHub Actions
 *   the workflow's `id-token: write` permission provides one).
 *
 * The statement is the manifest module's (`computeManifest` + `statementJson`), so what we sign is
 * byte for byte what `model_signing` would. The signature file and the usual git paths are left out
 * and recorded in `serialization.ignore_paths` (as model_signing 1.1 records them), so verifiers
 * need no extra flags. Key signatures are verified with our own verifier before they are written.
 */
import { type KeyObject } from 'node:crypto';
import { type ManifestOptions, type Resource, type Serialization } from './manifest.ts';
export declare const DEFAULT_SIGNATURE_NAME = "model.sig";
export interface KeylessOptions {
    /** An OIDC identity token; default: `SIGSTORE_ID_TOKEN`, else the CI provider (GitHub Actions). */
    identityToken?: string;
    fulcioURL?: string;
    rekorURL?: string;
    /** Also get an RFC 3161 timestamp from this TSA. */
    tsaURL?: string;
    /** Request timeout per service call, ms. */
    timeout?: number;
}
export interface SignOptions {
    /** Path of an EC private key PEM (key signing). */
    key?: string;
    /** Keyless signing through Sigstore (needs the network and an OIDC token). */
    sigstore?: boolean | KeylessOptions;
    /** Where to write the bundle; default `model.sig` inside the model folder (beside a single-file model). */
    signature?: string;
    ignorePaths?: readonly string[];
    ignoreGitPaths?: boolean;
    allowSymlinks?: boolean;
    method?: ManifestOptions['method'];
    shardSize?: number;
    hashType?: ManifestOptions['hashType'];
    jobs?: number;
}
export interface SignResult {
    signaturePath: string;
    method: 'key' | 'sigstore';
    modelName: string;
    rootDigest: string;
    resources: Resource[];
    serialization: Serialization;
    /** Key signing: the OMS key hint. */
    keyHint?: string;
    /** The bundle JSON as written. */
    bundle: string;
}
/** Reads an EC private key PEM (unencrypted PKCS#8 or SEC1), the only kind OMS key signing uses. */
export declare function parsePrivateKeyPem(text: string, where: string): KeyObject;
/** The OMS v1.0 key bundle for a payload, as model_signing 1.1 writes it (compact JSON). */
export declare function keyBundle(payload: Buffer, privateKey: KeyObject): {
    json: string;
    hint: string;
};
/** A keyless bundle (Fulcio + Rekor, optional TSA) for a payload, through `@sigstore/sign`. */
export declare function keylessBundle(payload: Buffer, o?: KeylessOptions): Promise<string>;
/** Signs a model folder or file and writes the bundle. */
export declare function signModel(modelPath: string, options: SignOptions): Promise<SignResult>;
