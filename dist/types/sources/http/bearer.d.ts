export interface BearerChallenge {
    realm: string;
    service?: string;
    scope?: string;
}
/** The Bearer challenge of a WWW-Authenticate header (RFC 7235 auth-params), or undefined. */
export declare function parseBearerChallenge(header: string | null): BearerChallenge | undefined;
/**
 * The URL to ask for a token. The realm is chosen by the registry, so it must be https, or the
 * registry's own origin (a plain-http registry on a private network or in tests).
 */
export declare function tokenUrl(challenge: BearerChallenge, requestUrl: string, what: string): string;
/** The token of a realm's JSON answer: `token`, or its OAuth2 alias `access_token`. */
export declare function readToken(body: Buffer, what: string): string;
