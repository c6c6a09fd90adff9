import type { HttpClient } from '../http/client.ts';
export declare function hubFetch(client: HttpClient, hub: string, what: string, onError: (status: number, headers: Headers) => Error): typeof fetch;
