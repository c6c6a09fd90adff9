/**
 * A signer a model's signature may be from: as a policy file names it (`verification.signers`) and
 * as scan()'s `verify.signers` option takes it. File paths are absolute (a policy's are resolved
 * against the policy file). src/verify/scan-verifier.ts turns one into the OMS verifier's trust.
 */
export type Signer =
  | { kind: 'sigstore'; identity: string; issuer: string }
  | { kind: 'key'; keyPath: string }
  | { kind: 'certificate-chain'; chainPaths: string[] };
