import { type TrustMaterial } from '@sigstore/verify';
/** Builds trust material from trusted_root.json content (JSON text or parsed object). */
export declare function trustMaterialFromJson(json: unknown, where?: string): TrustMaterial;
/** The public-good trusted_root.json shipped inside `@sigstore/tuf` (a snapshot; see --trusted-root). */
export declare function embeddedTrustedRootJson(): Promise<unknown>;
/** Trust material from `--trusted-root FILE`, or the embedded public-good root when no file is given. */
export declare function loadTrustMaterial(path?: string): Promise<TrustMaterial>;
