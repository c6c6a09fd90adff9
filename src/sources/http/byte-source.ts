/**
 * HttpByteSource: a remote file read through HTTP Range requests, so analyzers read a 2 GiB
 * safetensors file's header (a few KB) or a torch zip's central directory and data.pkl without
 * downloading the weights.
 *
 * Reads are rounded to BLOCK-aligned blocks kept in a small per-file LRU cache: analyzers read
 * the same header, directory and record areas repeatedly, in small pieces. A server that ignores
 * Range (answers 200 with the whole body) is refused for a large file rather than downloading it:
 * the client stops reading past the range's length.
 */
import { ModelvetError } from '../../core/errors.ts';
import { type ByteSource, MAX_READ } from '../../core/source.ts';
import type { HttpClient } from './client.ts';

/** Block size of range reads. */
export const BLOCK = 64 * 1024;
/** Blocks kept per file. */
const CACHE_BLOCKS = 64;
/** Files up to this size are fetched whole in one request (configs, tokenizers, scripts). */
export const WHOLE_FILE_BYTES = 256 * 1024;

export class HttpByteSource implements ByteSource {
  readonly path: string;
  readonly member: readonly string[] = [];
  readonly size: number;
  bytesRead = 0;
  /** Body bytes this file cost over the network. */
  bytesFetched = 0;
  private readonly url: string;
  private readonly client: HttpClient;
  private readonly blocks = new Map<number, Promise<Buffer>>();
  private whole: Promise<Buffer> | undefined;

  constructor(client: HttpClient, url: string, size: number, path: string) {
    this.client = client;
    this.url = url;
    this.size = size;
    this.path = path;
  }

  async read(offset: number, length: number): Promise<Buffer> {
    if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0)
      throw new ModelvetError('READ_OUT_OF_BOUNDS', `${this.path}: invalid read at ${offset} (+${length})`, {
        path: this.path,
      });
    if (length > MAX_READ)
      throw new ModelvetError(
        'READ_TOO_LARGE',
        `${this.path}: read of ${length} bytes exceeds the ${MAX_READ} limit`,
        {
          path: this.path,
        },
      );
    const n = Math.max(0, Math.min(length, this.size - offset));
    if (n === 0) return Buffer.alloc(0);
    this.bytesRead += n;
    if (this.size <= WHOLE_FILE_BYTES) {
      this.whole ??= this.fetchRange(0, this.size);
      return (await this.whole).subarray(offset, offset + n);
    }
    const first = Math.floor(offset / BLOCK);
    const last = Math.floor((offset + n - 1) / BLOCK);
    const parts: Buffer[] = [];
    for (let b = first; b <= last; b++) parts.push(await this.block(b));
    const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const start = offset - first * BLOCK;
    return joined.subarray(start, start + n);
  }

  private block(index: number): Promise<Buffer> {
    const cached = this.blocks.get(index);
    if (cached) {
      // Refresh its place in the LRU order.
      this.blocks.delete(index);
      this.blocks.set(index, cached);
      return cached;
    }
    const start = index * BLOCK;
    const p = this.fetchRange(start, Math.min(BLOCK, this.size - start));
    p.catch(() => this.blocks.delete(index));
    this.blocks.set(index, p);
    if (this.blocks.size > CACHE_BLOCKS) this.blocks.delete(this.blocks.keys().next().value!);
    return p;
  }

  private async fetchRange(start: number, length: number): Promise<Buffer> {
    // At most the range's length is read: a server that ignores Range is cut off, not downloaded.
    const res = await this.client.get(
      this.url,
      { range: `bytes=${start}-${start + length - 1}` },
      this.path,
      length,
    );
    this.bytesFetched += res.body.length;
    if (res.status === 206 || (res.status === 200 && start === 0 && res.body.length === this.size)) {
      if (res.body.length !== length) {
        throw new ModelvetError(
          'CHANGED_WHILE_READING',
          `${this.path}: the server sent ${res.body.length} bytes for a ${length}-byte range (the file may have changed)`,
          { path: this.path },
        );
      }
      return res.body;
    }
    throw new ModelvetError(
      'REMOTE_BAD_RESPONSE',
      `${this.path}: HTTP ${res.status} for a range read${res.status === 200 ? ' (the server ignores Range)' : ''}`,
      { path: this.path },
    );
  }
}
