/**
 * The `fetch` handed to @huggingface/hub (its functions take `fetch` and `hubUrl` parameters): every
 * request the library makes goes through our HttpClient, so it gets the per-host limit, the retries
 * with backoff on 429/5xx, the byte count, the body bound and the token (which the library is never
 * given: it requires tokens to start with `hf_`, which a private hub's need not, and a token kept in
 * one place is sent to one origin only).
 *
 * Only GETs to the hub's own origin are allowed: the library follows a tree page's `Link: rel="next"`
 * wherever it points, and a hostile mirror must not send us (or our token) elsewhere. An answer that
 * is not a success is turned into our one-line error here (the library's HubApiError carries the URL
 * and request id in its message, and drops the `X-Error-Code` header the Hub explains errors with).
 */
import { ModelvetError } from '../../core/errors.ts';
import type { HttpClient } from '../http/client.ts';

export function hubFetch(
  client: HttpClient,
  hub: string,
  what: string,
  onError: (status: number, headers: Headers) => Error,
): typeof fetch {
  const origin = new URL(hub).origin;
  const adapter = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href);
    if (url.origin !== origin)
      throw new ModelvetError(
        'REMOTE_BAD_RESPONSE',
        `${what}: the Hub pointed to another host (${url.host}); refused`,
      );
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (method !== 'GET')
      throw new ModelvetError('USAGE', `${what}: modelvet only reads from the Hub (${method} refused)`);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      if (key !== 'authorization') headers[key] = value;
    });
    const res = await client.get(url.href, headers, what);
    if (res.status >= 400) throw onError(res.status, res.headers);
    const out = new Headers(res.headers);
    // The body is already decoded and whole.
    out.delete('content-encoding');
    out.delete('content-length');
    return new Response(res.body.length && res.status !== 204 ? res.body : null, {
      status: res.status,
      headers: out,
    });
  };
  return adapter as typeof fetch;
}
