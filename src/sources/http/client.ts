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

export interface HttpClientOptions {
  /** Bearer token for the hub host (never logged, never put in a message). */
  token?: string;
  /** Requests in flight per host. */
  perHost?: number;
  /** Attempts for one request (1 = no retry). */
  attempts?: number;
  /** First backoff delay in ms (doubled per attempt; Retry-After wins when given). */
  backoffMs?: number;
  /** Longest wait honoured from a Retry-After header, in ms. */
  maxRetryAfterMs?: number;
}

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
  private readonly options: Required<Omit<HttpClientOptions, 'token'>>;
  private readonly token: string | undefined;

  constructor(options: HttpClientOptions = {}) {
    this.token = options.token;
    this.options = {
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

  /** GET with retries; the whole body read (bounded by the caller through Range). */
  async get(url: string, headers: Record<string, string> = {}, what = url): Promise<HttpResponse> {
    let last: HttpResponse | undefined;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      last = await this.limiter(url).run(() => this.once(url, headers, what));
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

  /** A streamed GET (downloads): the caller reads the body; counted as it arrives. */
  async stream(
    url: string,
    headers: Record<string, string> = {},
    what = url,
    signal?: AbortSignal,
  ): Promise<Response> {
    return this.limiter(url).run(() => this.send(url, headers, what, signal));
  }

  private async once(url: string, headers: Record<string, string>, what: string): Promise<HttpResponse> {
    const res = await this.send(url, headers, what);
    let body: Buffer;
    try {
      body = Buffer.from(await res.arrayBuffer());
    } catch (err) {
      throw new ModelvetError('REMOTE_UNREACHABLE', `${what}: the connection was cut while reading`, {
        cause: err,
      });
    }
    this.bytesReceived += body.length;
    return { status: res.status, headers: res.headers, body, url: res.url || url };
  }

  private async send(
    url: string,
    headers: Record<string, string>,
    what: string,
    signal?: AbortSignal,
  ): Promise<Response> {
    const all: Record<string, string> = { 'user-agent': 'modelvet', ...headers };
    if (this.token) all.authorization = `Bearer ${this.token}`;
    try {
      return await fetch(url, { headers: all, redirect: 'follow', ...(signal ? { signal } : {}) });
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
