/**
 * LZ4 frame decoding (the format of python-lz4's `lz4.frame` and so of joblib `compress='lz4'`).
 *
 * Why our own: the npm LZ4 packages are either native addons (cannot be inlined into the Action's
 * bundle) or unmaintained pure-JS ports (`lz4js`, `lz4`'s JS fallback) that decode a whole frame into a
 * buffer sized from the header and cannot stop at an output cap, so a frame declaring 4 MiB blocks a
 * million times over would be decoded to the end. The format is small and fully specified
 * (https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md and lz4_Block_format.md): this decoder
 * reads frames one block at a time (each block at most its declared maximum, 4 MiB), keeps the last
 * 64 KiB as history for linked blocks, and yields every block's output, so `expand()` enforces the
 * limits as it goes. Concatenated frames and skippable frames are read as liblz4 reads them; checksums
 * are not verified (a scanner reads what a lenient loader would). Anything else is an error.
 */
import type { Decoder } from './expand.ts';
import { BaseError } from '../../core/errors.ts';

const FRAME_MAGIC = 0x184d2204;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const HISTORY = 64 * 1024;
const BLOCK_MAX = [0, 0, 0, 0, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];

/** A frame the LZ4 reference decoder would refuse (or one past our limits). */
export class Lz4Error extends BaseError<'LZ4_INVALID'> {
  constructor(message: string) {
    super('LZ4_INVALID', message);
    this.name = 'Lz4Error';
  }
}

/** A byte reader over async input chunks that can wait for `n` bytes. */
class Input {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private done = false;
  private readonly it: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** True when at least `n` bytes are buffered after waiting for the input. */
  async has(n: number): Promise<boolean> {
    if (this.buf.length - this.pos >= n) return true;
    const parts = [this.buf.subarray(this.pos)];
    let have = this.buf.length - this.pos;
    while (!this.done && have < n) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else {
        parts.push(next.value);
        have += next.value.length;
      }
    }
    this.buf = Buffer.concat(parts, have);
    this.pos = 0;
    return have >= n;
  }
  async atEnd(): Promise<boolean> {
    return !(await this.has(1));
  }
  async take(n: number, what: string): Promise<Buffer> {
    if (!(await this.has(n))) throw new Lz4Error(`${what} is truncated`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  /** Skips `n` bytes without keeping them (a skippable frame may declare up to 4 GiB). */
  async skip(n: number, what: string): Promise<void> {
    let left = n;
    while (left > 0) {
      if (!(await this.has(1))) throw new Lz4Error(`${what} is truncated`);
      const step = Math.min(left, this.buf.length - this.pos);
      this.pos += step;
      left -= step;
    }
  }
  async close(): Promise<void> {
    await this.it.return?.();
  }
}

interface FrameHeader {
  independent: boolean;
  blockChecksum: boolean;
  contentChecksum: boolean;
  blockMax: number;
}

async function frameHeader(input: Input): Promise<FrameHeader> {
  const fd = await input.take(2, 'LZ4 frame descriptor');
  const flg = fd[0]!;
  const bd = fd[1]!;
  if (flg >> 6 !== 1) throw new Lz4Error(`LZ4 frame version ${flg >> 6}`);
  if (flg & 0x02 || bd & 0x8f) throw new Lz4Error('LZ4 frame descriptor has reserved bits set');
  const blockMax = BLOCK_MAX[(bd >> 4) & 7]!;
  if (!blockMax) throw new Lz4Error(`LZ4 block maximum size code ${(bd >> 4) & 7}`);
  // Content size (8), dictionary id (4), then the header checksum byte.
  await input.take((flg & 0x08 ? 8 : 0) + (flg & 0x01 ? 4 : 0) + 1, 'LZ4 frame descriptor');
  if (flg & 0x01) throw new Lz4Error('LZ4 frame needs an external dictionary');
  return {
    independent: (flg & 0x20) !== 0,
    blockChecksum: (flg & 0x10) !== 0,
    contentChecksum: (flg & 0x04) !== 0,
    blockMax,
  };
}

/**
 * Decodes one LZ4 block into `out` after `start` bytes of history; returns the new end. Every length
 * and offset is checked against the input and the output limit.
 */
export function decodeBlock(src: Uint8Array, out: Uint8Array, start: number, limit: number): number {
  let ip = 0;
  let op = start;
  const end = src.length;
  for (;;) {
    if (ip >= end) throw new Lz4Error('LZ4 block ends inside a sequence');
    const token = src[ip++]!;
    let lit = token >>> 4;
    if (lit === 15) {
      let b: number;
      do {
        if (ip >= end) throw new Lz4Error('LZ4 literal length is truncated');
        b = src[ip++]!;
        lit += b;
      } while (b === 255);
    }
    if (ip + lit > end) throw new Lz4Error('LZ4 literals run past the block');
    if (op + lit > limit) throw new Lz4Error('LZ4 block decodes past its maximum size');
    out.set(src.subarray(ip, ip + lit), op);
    ip += lit;
    op += lit;
    if (ip === end) return op; // the last sequence has literals only
    if (ip + 2 > end) throw new Lz4Error('LZ4 match offset is truncated');
    const offset = src[ip]! | (src[ip + 1]! << 8);
    ip += 2;
    if (offset === 0 || offset > op) throw new Lz4Error(`LZ4 match offset ${offset} reaches before the data`);
    let len = token & 15;
    if (len === 15) {
      let b: number;
      do {
        if (ip >= end) throw new Lz4Error('LZ4 match length is truncated');
        b = src[ip++]!;
        len += b;
      } while (b === 255);
    }
    len += 4;
    if (op + len > limit) throw new Lz4Error('LZ4 block decodes past its maximum size');
    let from = op - offset;
    if (offset >= len) {
      out.copyWithin(op, from, from + len);
      op += len;
    } else {
      for (let i = 0; i < len; i++) out[op++] = out[from++]!;
    }
  }
}

/** Decodes the blocks of one frame after its header, yielding each block's output. */
async function* frameBlocks(input: Input, h: FrameHeader): AsyncGenerator<Uint8Array> {
  // history (linked blocks only) + one block
  const work = new Uint8Array((h.independent ? 0 : HISTORY) + h.blockMax);
  let history = 0;
  for (;;) {
    const size = (await input.take(4, 'LZ4 block size')).readUInt32LE(0);
    if (size === 0) break;
    const raw = (size & 0x80000000) !== 0;
    const n = size & 0x7fffffff;
    if (n > h.blockMax) throw new Lz4Error(`LZ4 block of ${n} bytes is over the frame's ${h.blockMax}`);
    const data = await input.take(n, 'LZ4 block');
    let end: number;
    if (raw) {
      work.set(data, history);
      end = history + n;
    } else {
      end = decodeBlock(data, work, history, history + h.blockMax);
    }
    yield work.slice(history, end);
    if (h.blockChecksum) await input.take(4, 'LZ4 block checksum');
    if (!h.independent) {
      const keep = Math.min(HISTORY, end);
      work.copyWithin(0, end - keep, end);
      history = keep;
    }
  }
  if (h.contentChecksum) await input.take(4, 'LZ4 content checksum');
}

/** Concatenated LZ4 frames (and skippable frames), as liblz4's frame decoder reads them. */
export const lz4FrameDecoder: Decoder = (source) =>
  (async function* () {
    const input = new Input(source);
    try {
      for (let first = true; first || !(await input.atEnd()); first = false) {
        if (!first && !(await input.has(4))) return; // trailing bytes too short for a frame: ignored
        const magic = (await input.take(4, 'LZ4 frame magic')).readUInt32LE(0);
        if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
          const n = (await input.take(4, 'LZ4 skippable frame size')).readUInt32LE(0);
          await input.skip(n, 'LZ4 skippable frame');
          continue;
        }
        // After a complete frame, python-lz4's LZ4FrameFile ignores bytes that are no frame.
        if (magic !== FRAME_MAGIC && !first) return;
        if (magic !== FRAME_MAGIC) throw new Lz4Error(`not an LZ4 frame (magic 0x${magic.toString(16)})`);
        yield* frameBlocks(input, await frameHeader(input));
      }
    } finally {
      await input.close();
    }
  })();
