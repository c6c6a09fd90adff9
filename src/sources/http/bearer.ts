/**
 * The registry token flow of the Docker/OCI distribution spec ("Token Authentication
 * Specification", https://distribution.github.io/distribution/spec/auth/token/), which Ollama
 * registries follow (ollama server/auth.go `getAuthorizationToken`): a request answered
 * `401` with `WWW-Authenticate: Bearer realm="...",service="...",scope="..."` is retried with
 * `Authorization: Bearer <token>`, the token fetched from the realm with the service and scope as
 * query parameters. modelvet asks anonymously (no credentials are sent to the realm).
 */
import { ModelvetError } from '../../core/errors.ts';

export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
}

/** The Bearer challenge of a WWW-Authenticate header (RFC 7235 auth-params), or undefined. */
export function parseBearerChallenge(header: string | null): BearerChallenge | undefined {
  if (!header) return undefined;
  const m = /^\s*Bearer\s+(.*)$/is.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([a-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/giy;
  for (const p of m[1]!.matchAll(re))
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]!;
  if (!params.realm) return undefined;
  return {
    realm: params.realm,
    service: params.service || undefined,
    scope: params.scope || undefined,
  };
}

/**
 * The URL to ask for a token. The realm is chosen by the registry, so it must be https, or the
 * registry's own origin (a plain-http registry on a private network or in tests).
 */
export function tokenUrl(challenge: BearerChallenge, requestUrl: string, what: string): string {
  let realm: URL;
  try {
    realm = new URL(challenge.realm);
  } catch {
    throw new ModelvetError('REMOTE_AUTH', `${what}: the registry named a token realm that is not a URL`);
  }
  if (realm.protocol !== 'https:' && realm.origin !== new URL(requestUrl).origin)
    throw new ModelvetError(
      'REMOTE_AUTH',
      `${what}: the registry asks for a token from ${realm.host} over plain HTTP; refused`,
    );
  if (challenge.service) realm.searchParams.set('service', challenge.service);
  if (challenge.scope) realm.searchParams.set('scope', challenge.scope);
  return realm.href;
}

/** The token of a realm's JSON answer: `token`, or its OAuth2 alias `access_token`. */
export function readToken(body: Buffer, what: string): string {
  let json: { token?: unknown; access_token?: unknown };
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    json = {};
  }
  const token = typeof json.token === 'string' && json.token ? json.token : json.access_token;
  if (typeof token !== 'string' || !token || token.length > 16_384 || /[\s]/.test(token))
    throw new ModelvetError('REMOTE_AUTH', `${what}: the registry's token service gave no usable token`);
  return token;
}
