import type { KeyObject } from 'node:crypto';
import type { TrustMaterial } from '@sigstore/verify';
import { type OmsBundle } from './bundle.ts';
import { type Certificate } from './certificate.ts';
import { type PaeVariant } from './dsse.ts';
import { type SigstorePolicy } from './sigstore.ts';
import { type Resource, type Serialization } from '../manifest.ts';
import { type ParsedStatement } from '../manifest-statement.ts';
export type OmsMethod = 'sigstore' | 'key' | 'certificate';
export type { ParsedStatement, Resource, Serialization };
/** What the user trusts, as file paths (CLI) — see `loadOmsTrust` for the loaded form. */
export type OmsTrustOptions = {
    method: 'sigstore';
    identity?: string;
    identityRegexp?: string;
    issuer: string;
    trustedRoot?: string;
} | {
    method: 'key';
    key: string;
} | {
    method: 'certificate';
    certificateChain: string[];
};
/** Loaded trust: keys, anchors and trust material in memory (library callers may build it directly). */
export type OmsTrust = {
    method: 'sigstore';
    policy: SigstorePolicy;
    trustMaterial: TrustMaterial;
    /** The trust material is the public-good snapshot shipped with @sigstore/tuf. */
    embeddedRoot?: boolean;
} | {
    method: 'key';
    key: KeyObject;
    where?: string;
} | {
    method: 'certificate';
    anchors: Certificate[];
};
export interface OmsSigner {
    /** key: the OMS hint of the key that verified; certificate/sigstore: the leaf's key curve. */
    keyHint?: string;
    curve?: string;
    /** sigstore: the SAN that matched and the OIDC issuer. */
    identity?: string;
    issuer?: string;
    /** sigstore: verified timestamp kinds and the earliest signing time. */
    timestamps?: string[];
    signedAt?: string;
    /** certificate: subjects of the chain, leaf first, and the time it was validated at. */
    chain?: string[];
    chainCheckedAt?: string;
}
export interface OmsVerification {
    method: OmsMethod;
    /** The statement: predicate type, legacy flag, subject name, root digest, resources, serialization. */
    statement: ParsedStatement;
    /** A v0.2 `Digests/v0.1` statement: per-file subjects, no root digest, files/sha256 assumed. */
    legacy: boolean;
    /** Shortcuts to `statement.resources` and `statement.serialization`, for the manifest comparison. */
    resources: Resource[];
    serialization: Serialization;
    signer: OmsSigner;
    /** Which DSSE encoding the signature covers (`compat` = pre-v0.3 model_signing). */
    pae: PaeVariant;
    /** Facts the user should know although verification passed (no key hint, expired leaf...). */
    warnings: string[];
}
/** Options as the CLI has them; returns the flow or a USAGE_ERROR explaining what is missing. */
export declare function omsTrustOptions(o: {
    identity?: string;
    identityRegexp?: string;
    issuer?: string;
    trustedRoot?: string;
    key?: string;
    certificateChain?: string[];
}): OmsTrustOptions;
/** Reads the key, anchors or trusted root the options name. */
export declare function loadOmsTrust(o: OmsTrustOptions): Promise<OmsTrust>;
/** Verifies a parsed bundle with loaded trust. Throws `OmsError` on any failure. */
export declare function verifyOmsBundle(bundle: OmsBundle, trust: OmsTrust): OmsVerification;
/** Reads a signature file and verifies it; errors name the file. */
export declare function verifyOmsSignatureFile(signaturePath: string, trust: OmsTrust | OmsTrustOptions): Promise<OmsVerification>;
/** Verifies bundle JSON text already in memory. */
export declare function verifyOmsBundleJson(json: string | Uint8Array, trust: OmsTrust): OmsVerification;
