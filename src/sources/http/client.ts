/**
 * The one HTTP client every remote source uses: a per-host concurrency limit, retries with
 * exponential backoff on 429 and 5xx (honouring Retry-After), a count of the body bytes received,
 * and errors that are one line and never carry the token.
 *
 * Built on Node's fetch (undici). A redirect to another origin (the Hub's 302 to its CDN) is
 * followed by fetch, which drops the Authorization header on a cross-origin redirect (Fetch
 * standard, "HTTP-redirect fetch", step 13), so the token is only ever sent to the hub host.
 */
import { ModelvetError } from '../../core/errors.ts';
import { parseBearerChallenge, readToken, tokenUrl } from './bearer.ts';

export interface HttpClientOptions {
  /** Bearer token for the hub host (never logged, never put in a message). */
  token?: string;
  /** The only origin the token is sent to (the hub's); every origin when absent. */
  tokenOrigin?: string;
  /** Answer a 401 `WWW-Authenticate: Bearer realm=...` challenge with an anonymous token (registries). */
  bearerChallenge?: boolean;
  /** Requests in flight per host. */
  perHost?: number;
  /** Attempts for one request (1 = no retry). */
  attempts?: number;
  /** First backoff delay in ms (doubled per attempt; Retry-After wins when given). */
  backoffMs?: number;
  /** Longest wait honoured from a Retry-After header, in ms. */
  maxRetryAfterMs?: number;
}

/** Largest body `get` reads when the caller names no bound (API answers, manifests, tree pages). */
export const MAX_BODY = 32 * 1024 * 1024;

/** A waiting line per host: at most `limit` requests run at once. */
class HostLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
}

export class HttpClient {
  /** Body bytes received so far, over every request. */
  bytesReceived = 0;
  private readonly limiters = new Map<string, HostLimiter>();
  private readonly options: Required<Omit<HttpClientOptions, 'token' | 'tokenOrigin'>>;
  private readonly token: string | undefined;
  private readonly tokenOrigin: string | undefined;
  /** Tokens a registry's realm gave, by the origin they are for. */
  private readonly bearer = new Map<string, string>();

  constructor(options: HttpClientOptions = {}) {
    this.token = options.token;
    this.tokenOrigin = options.tokenOrigin ? new URL(options.tokenOrigin).origin : undefined;
    this.options = {
      bearerChallenge: options.bearerChallenge ?? false,
      perHost: options.perHost ?? 4,
      attempts: options.attempts ?? 4,
      backoffMs: options.backoffMs ?? 500,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    };
  }

  private limiter(url: string): HostLimiter {
    const host = new URL(url).host;
    let l = this.limiters.get(host);
    if (!l) {
      l = new HostLimiter(this.options.perHost);
      this.limiters.set(host, l);
    }
    return l;
  }

  /**
   * GET with retries; the whole body read, at most `maxBody` bytes (a server that ignores Range,
   * or sends more than it announced, is cut off rather than read into memory).
   */
  async get(
    url: string,
    headers: Record<string, string> = {},
    what = url,
    maxBody = MAX_BODY,
  ): Promise<HttpResponse> {
    let last: HttpResponse | undefined;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      // The host's place is held until the whole body is read.
      last = await this.limiter(url).run(async () =>
        this.readBody(await this.exchange(url, headers, what), url, what, maxBody),
      );
      if (last.status !== 429 && last.status < 500) return last;
      if (attempt === this.options.attempts) break;
      const wait =
        retryAfterMs(last.headers.get('retry-after')) ?? this.options.backoffMs * 2 ** (attempt - 1);
      await sleep(Math.min(wait, this.options.maxRetryAfterMs));
    }
    const status = last!.status;
    throw new ModelvetError(
      status === 429 ? 'REMOTE_RATE_LIMITED' : 'REMOTE_BAD_RESPONSE',
      status === 429
        ? `${what}: rate-limited by ${new URL(url).host} (HTTP 429) after ${this.options.attempts} attempts; try again later`
        : `${what}: ${new URL(url).host} answered HTTP ${status} after ${this.options.attempts} attempts`,
    );
  }

  /**
   * A streamed GET (downloads): the caller reads the body and adds what it read to
   * `bytesReceived`. The per-host limit holds until the answer's headers arrive.
   */
  async stream(
    url: string,
    headers: Record<string, string> = {},
    what = url,
    signal?: AbortSignal,
  ): Promise<Response> {
    return this.limiter(url).run(() => this.exchange(url, headers, what, signal));
  }

  /**
   * One request (the caller holds the host's place); a 401 carrying a Bearer challenge (when
   * enabled) is answered once with a token from the realm, and the request sent again. The realm
   * is asked outside the per-host limit (one small request, possibly to the same host).
   */
  private async exchange(
    url: string,
    headers: Record<string, string>,
    what: string,
    signal?: AbortSignal,
  ): Promise<Response> {
    const res = await this.send(url, headers, what, signal);
    if (res.status !== 401 || !this.options.bearerChallenge) return res;
    const challenge = parseBearerChallenge(res.headers.get('www-authenticate'));
    if (!challenge) return res;
    await res.body?.cancel();
    const realm = tokenUrl(challenge, url, what);
    const answer = await this.readBody(
      await this.send(realm, { accept: 'application/json' }, what, signal, true),
      realm,
      what,
      64 * 1024,
    );
    if (answer.status !== 200)
      throw new ModelvetError(
        'REMOTE_AUTH',
        `${what}: the registry's token service (${new URL(realm).host}) answered HTTP ${answer.status}`,
      );
    this.bearer.set(new URL(url).origin, readToken(answer.body, what));
    return this.send(url, headers, what, signal);
  }

  /** The body of an answer, at most `maxBody` bytes, counted in `bytesReceived`. */
  private async readBody(res: Response, url: string, what: string, bound: number): Promise<HttpResponse> {
    // The bound is for content; an error page (JSON, a rate-limit notice) may be a little longer.
    const maxBody = res.status >= 200 && res.status < 300 ? bound : Math.max(bound, 64 * 1024);
    const tooLarge = () =>
      new ModelvetError(
        'REMOTE_BAD_RESPONSE',
        `${what}: ${new URL(url).host} sent more than the ${maxBody} bytes asked for (HTTP ${res.status}); not read`,
      );
    const announced = Number(res.headers.get('content-length'));
    if (Number.isFinite(announced) && announced > maxBody) {
      await res.body?.cancel();
      throw tooLarge();
    }
    const chunks: Buffer[] = [];
    let got = 0;
    try {
      if (res.body)
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          got += chunk.length;
          this.bytesReceived += chunk.length;
          if (got > maxBody) {
            await res.body.cancel().catch(() => {});
            throw tooLarge();
          }
          chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
        }
    } catch (err) {
      if (err instanceof ModelvetError) throw err;
      throw new ModelvetError('REMOTE_UNREACHABLE', `${what}: the connection was cut while reading`, {
        cause: err,
      });
    }
    return { status: res.status, headers: res.headers, body: Buffer.concat(chunks), url: res.url || url };
  }

  private async send(
    url: string,
    headers: Record<string, string>,
    what: string,
    signal?: AbortSignal,
    anonymous = false,
  ): Promise<Response> {
    const all: Record<string, string> = { 'user-agent': 'modelvet', ...headers };
    const origin = new URL(url).origin;
    const token =
      this.bearer.get(origin) ??
      (this.token && (!this.tokenOrigin || this.tokenOrigin === origin) ? this.token : undefined);
    if (token && !anonymous) all.authorization = `Bearer ${token}`;
    try {
      return await fetch(url, { headers: all, redirect: 'follow', signal });
    } catch (err) {
      if (signal?.aborted) throw new ModelvetError('USAGE', 'interrupted; nothing was placed');
      const host = new URL(url).host;
      throw new ModelvetError(
        'REMOTE_UNREACHABLE',
        `${what}: cannot reach ${host} (${causeCode(err)}); check the network or --hub-url`,
        { cause: err },
      );
    }
  }
}

function causeCode(err: unknown): string {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code ?? 'network error';
}
