import { type ByteSource } from '../../core/source.ts';
import type { HttpClient } from './client.ts';
/** Block size of range reads. */
export declare const BLOCK: number;
/** Files up to this size are fetched whole in one request (configs, tokenizers, scripts). */
export declare const WHOLE_FILE_BYTES: number;
export declare class HttpByteSource implements ByteSource {
    readonly path: string;
    readonly member: readonly string[];
    readonly size: number;
    bytesRead: number;
    /** Body bytes this file cost over the network. */
    bytesFetched: number;
    private readonly url;
    private readonly client;
    private readonly blocks;
    private whole;
    constructor(client: HttpClient, url: string, size: number, path: string);
    read(offset: number, length: number): Promise<Buffer>;
    private block;
    private fetchRange;
}
