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
    constructor(options?: HttpClientOptions);
    private limiter;
    /** GET with retries; the whole body read (bounded by the caller through Range). */
    get(url: string, headers?: Record<string, string>, what?: string): Promise<HttpResponse>;
    /** A streamed GET (downloads): the caller reads the body; counted as it arrives. */
    stream(url: string, headers?: Record<string, string>, what?: string, signal?: AbortSignal): Promise<Response>;
    private once;
    private send;
}
