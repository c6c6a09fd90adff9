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
export declare const MAX_BODY: number;
/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export declare function retryAfterMs(value: string | null, now?: number): number | undefined;
export interface HttpResponse {
    status: number;
    headers: Headers;
    body: Buffer;
    /** The URL that answered, after redirects. */
    url: string;
}
export declare class HttpClient {
    /** Body bytes received so far, over every request. */
    bytesReceived: number;
    private readonly limiters;
    private readonly options;
    private readonly token;
    private readonly tokenOrigin;
    /** Tokens a registry's realm gave, by the origin they are for. */
    private readonly bearer;
    constructor(options?: HttpClientOptions);
    private limiter;
    /**
     * GET with retries; the whole body read, at most `maxBody` bytes (a server that ignores Range,
     * or sends more than it announced, is cut off rather than read into memory).
     */
    get(url: string, headers?: Record<string, string>, what?: string, maxBody?: number): Promise<HttpResponse>;
    /**
     * A streamed GET (downloads): the caller reads the body and adds what it read to
     * `bytesReceived`. The per-host limit holds until the answer's headers arrive.
     */
    stream(url: string, headers?: Record<string, string>, what?: string, signal?: AbortSignal): Promise<Response>;
    /**
     * One request (the caller holds the host's place); a 401 carrying a Bearer challenge (when
     * enabled) is answered once with a token from the realm, and the request sent again. The realm
     * is asked outside the per-host limit (one small request, possibly to the same host).
     */
    private exchange;
    /** The body of an answer, at most `maxBody` bytes, counted in `bytesReceived`. */
    private readBody;
    private send;
}
