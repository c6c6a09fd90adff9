/**
 * Buffered forward reader over a ByteSource window for the pickle walker. Reads in chunks, keeps
 * only the window it needs, and skips large payloads (tensor bytes, long strings) without reading
 * them, so a multi-GB pickle costs memory in proportion to its opcodes, not its data.
 */
import type { ByteSource } from '../../core/source.ts';

/** Read size: small, so that skipping many in-stream arrays (joblib) does not read their bytes. */
const CHUNK = 256 * 1024;

/** The empty window every reader starts with (one object: a reader is made per probe and per member). */
const NO_BYTES = Buffer.alloc(0);

export class PickleReader {
  readonly source: ByteSource;
  /** Absolute offset of the next byte. */
  pos: number;
  readonly end: number;
  private buf: Buffer = NO_BYTES;
  private bufStart = 0;
  /** Next read size: starts small (sniffing and probing usually stop within bytes) and doubles. */
  private chunk = 4096;

  constructor(source: ByteSource, start = 0, end = source.size) {
    this.source = source;
    this.pos = start;
    this.end = Math.min(end, source.size);
  }

  remaining(): number {
    return this.end - this.pos;
  }

  private buffered(): number {
    return this.bufStart + this.buf.length - this.pos;
  }

  /** Makes `n` bytes (n ≤ CHUNK) available synchronously; false when fewer than `n` are left. */
  async need(n: number): Promise<boolean> {
    if (this.buffered() >= n) return true;
    if (this.remaining() < n) return false;
    const len = Math.min(Math.max(n, this.chunk), this.remaining());
    this.chunk = Math.min(this.chunk * 2, CHUNK);
    this.buf = await this.source.read(this.pos, len);
    this.bufStart = this.pos;
    return this.buf.length >= n;
  }

  /** True when `n` bytes are already buffered (the fast path that avoids an await). */
  has(n: number): boolean {
    return this.buffered() >= n;
  }

  byte(): number {
    return this.buf[this.pos++ - this.bufStart]!;
  }

  /** Little-endian integers at the current position (caller ensured they are buffered). */
  u16(): number {
    const v = this.buf.readUInt16LE(this.pos - this.bufStart);
    this.pos += 2;
    return v;
  }

  u32(): number {
    const v = this.buf.readUInt32LE(this.pos - this.bufStart);
    this.pos += 4;
    return v;
  }

  i32(): number {
    const v = this.buf.readInt32LE(this.pos - this.bufStart);
    this.pos += 4;
    return v;
  }

  /** Decodes `n` buffered bytes at the current position without copying them first. */
  takeText(n: number, encoding: 'latin1' | 'utf8'): string {
    const at = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.toString(encoding, at, at + n);
  }

  take(n: number): Buffer {
    const at = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.subarray(at, at + n);
  }

  /** Moves forward `n` bytes without reading them (caller checked `remaining()`). */
  skip(n: number): void {
    this.pos += n;
  }

  /**
   * Reads `n` bytes keeping at most `keep` of them; the rest is skipped unread.
   * Caller checked `n <= remaining()`.
   */
  async bytes(n: number, keep: number): Promise<Buffer> {
    const k = Math.min(n, keep);
    let out: Buffer;
    if (k <= CHUNK) {
      await this.need(k);
      out = Buffer.from(this.take(k));
    } else {
      out = await this.source.read(this.pos, k);
      this.pos += k;
    }
    this.skip(n - k);
    return out;
  }

  /**
   * The next line when it is already buffered and at most `keep` bytes long (the synchronous fast path
   * of `line`); undefined otherwise. The text is a view of the buffer: use it before the next read.
   */
  bufferedLine(keep: number): { text: Buffer; length: number } | undefined {
    const at = this.pos - this.bufStart;
    const nl = this.buf.indexOf(0x0a, at);
    if (nl < 0 || nl - at > keep) return undefined;
    this.pos += nl - at + 1;
    return { text: this.buf.subarray(at, nl), length: nl - at };
  }

  /**
   * Reads up to and including the next `\n` (protocol 0 arguments). Returns the line without the
   * newline, keeping at most `keep` bytes of it, plus its full length; null when no newline is left.
   * `rest` sees every piece past the kept prefix (a long number is validated without being kept).
   */
  /**
   * The line at the reader's position. `rest` sees the bytes past `keep`; `reject` sees every piece and
   * stops the read when it returns true (the line can no longer be valid): the result is then the
   * line so far, marked `rejected`, and the reader stands after it.
   */
  async line(
    keep: number,
    rest?: (piece: Buffer) => void,
    reject?: (piece: Buffer) => boolean,
  ): Promise<{ text: Buffer; length: number; rejected?: boolean } | null> {
    const parts: Buffer[] = [];
    let kept = 0;
    let length = 0;
    for (;;) {
      if (!this.has(1) && !(await this.need(1))) return null;
      const at = this.pos - this.bufStart;
      const nl = this.buf.indexOf(0x0a, at);
      const stop = nl < 0 ? this.buf.length : nl;
      const piece = this.buf.subarray(at, stop);
      if (reject?.(piece)) {
        this.pos += piece.length;
        return { text: parts.length === 1 ? parts[0]! : Buffer.concat(parts), length, rejected: true };
      }
      const part = kept < keep ? piece.subarray(0, keep - kept) : piece.subarray(0, 0);
      if (part.length) {
        parts.push(Buffer.from(part));
        kept += part.length;
      }
      if (rest && part.length < piece.length) rest(piece.subarray(part.length));
      length += piece.length;
      this.pos += piece.length;
      if (nl >= 0) {
        this.pos += 1;
        return { text: parts.length === 1 ? parts[0]! : Buffer.concat(parts), length };
      }
    }
  }
}
