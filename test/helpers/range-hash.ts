/** Hashing a byte range of a file through one read strategy, for the strategy tests. */
import { createHash } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import {
  type ChunkSink,
  LOCAL_BUFFER_SIZE,
  type RangeRead,
  type Timing,
} from '../../src/core/hash/strategies.ts';

/** A strategy's read of `range` from the open `fd`, with the local reader's buffer for a fallback. */
export type RangeReader = (fd: number, range: RangeRead, local: Buffer, sink: ChunkSink) => Promise<Timing>;

/**
 * The SHA-256 of `length` bytes from `start` of `path` as `read` delivers them, and its timing;
 * `onChunk` sees each chunk and its index (to act in the middle of a pass).
 */
export async function hashRangeThrough(
  read: RangeReader,
  path: string,
  start: number,
  length: number,
  onChunk: (chunk: Buffer, n: number) => void = () => {},
): Promise<{ digest: string; timing: Timing }> {
  const fd = openSync(path, 'r');
  const h = createHash('sha256');
  let chunks = 0;
  try {
    const timing = await read(fd, { start, length, display: path }, Buffer.alloc(LOCAL_BUFFER_SIZE), (c) => {
      h.update(c);
      onChunk(c, chunks++);
    });
    return { digest: h.digest('hex'), timing };
  } finally {
    closeSync(fd);
  }
}
