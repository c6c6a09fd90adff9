/**
 * LZMA1 decoding: LZMA-alone (`.lzma`, joblib `compress='lzma'`) streams and the raw LZMA1 data of zip
 * method 14 (what CPython's zipfile and so np.load read).
 *
 * Why our own: the npm LZMA decoders are unmaintained pure-JS ports (`lzma`, `lzma-purejs`) that
 * allocate the dictionary size the header declares before decoding and hand back one buffer at the end,
 * or native addons that cannot be inlined into the Action's bundle. Python's liblzma reserves a declared
 * 4 GiB dictionary lazily (untouched pages cost nothing), so such a file loads in joblib while those
 * decoders fail to allocate, and a scanner built on them would let it pass. Here the window grows only as
 * output is produced (a back-reference can never reach further than the bytes produced so far) and
 * output is yielded in pieces, so the expansion limits of `expand()` stop a bomb at its cap whatever
 * the header says.
 *
 * The decoder follows the LZMA specification (Igor Pavlov, `lzma-specification.txt` in the LZMA SDK,
 * https://www.7-zip.org/sdk.html): range decoder, literal coder with lc/lp/pb, length and distance
 * coders, the four rep distances and the 12-state machine. It is a resumable loop over a buffered
 * input window: before each batch of symbols it makes sure enough input is buffered for the batch (a
 * symbol reads at most MAX_SYMBOL_BYTES), so the async input never has to be awaited mid-symbol.
 */
import type { Decoder } from './expand.ts';
import { BaseError } from '../../core/errors.ts';

/** Input bytes one LZMA symbol can consume at most (fewer than 64 range-coder bits). */
const MAX_SYMBOL_BYTES = 64;
/** Symbols decoded between input refills. */
const BATCH = 4096;
/** Output bytes collected before they are yielded. */
const YIELD_AT = 256 * 1024;
const PROB_INIT = 1024;
const STATES = 12;
const POS_BITS_MAX = 4;
const END_POS_MODEL = 14;
const FULL_DISTANCES = 128;
const ALIGN_BITS = 4;
const MATCH_MIN = 2;
const UNKNOWN_SIZE = 0xffff_ffff_ffff_ffffn;

/** A stream liblzma would refuse (or one past our limits). */
export class LzmaError extends BaseError<'LZMA_INVALID'> {
  constructor(message: string) {
    super('LZMA_INVALID', message);
    this.name = 'LzmaError';
  }
}

export interface LzmaProperties {
  lc: number;
  lp: number;
  pb: number;
  dictSize: number;
}

/** Decodes the properties byte (lc, lp, pb) and the dictionary size, as liblzma accepts them. */
export function lzmaProperties(props: number, dictSize: number): LzmaProperties {
  if (props >= 9 * 5 * 5) throw new LzmaError(`invalid LZMA properties byte 0x${props.toString(16)}`);
  const lc = props % 9;
  const lp = Math.floor(props / 9) % 5;
  const pb = Math.floor(props / 45);
  if (lc + lp > 4) throw new LzmaError(`LZMA lc + lp = ${lc + lp} is over 4`);
  return { lc, lp, pb, dictSize: Math.max(dictSize >>> 0, 4096) };
}

/** Pulls compressed chunks from the async input; the decoder reads `buf` from `pos` directly. */
class Input {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  done = false;
  private readonly it: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }
  available(): number {
    return this.buf.length - this.pos;
  }
  /** Buffers at least `n` bytes when the input has them. */
  async fill(n: number): Promise<void> {
    if (this.done || this.available() >= n) return;
    const parts = [this.buf.subarray(this.pos)];
    let have = this.available();
    while (have < n) {
      const next = await this.it.next();
      if (next.done) {
        this.done = true;
        break;
      }
      parts.push(next.value);
      have += next.value.length;
    }
    this.buf = Buffer.concat(parts, have);
    this.pos = 0;
  }
  /** Stops the underlying iterator (the decoder gave up or finished early). */
  async close(): Promise<void> {
    await this.it.return?.();
  }
}

// Offsets of the probability models in one array (LZMA specification names).
const IS_MATCH = 0;
const IS_REP = IS_MATCH + (STATES << POS_BITS_MAX);
const IS_REP_G0 = IS_REP + STATES;
const IS_REP_G1 = IS_REP_G0 + STATES;
const IS_REP_G2 = IS_REP_G1 + STATES;
const IS_REP0_LONG = IS_REP_G2 + STATES;
const POS_SLOT = IS_REP0_LONG + (STATES << POS_BITS_MAX);
const POS_SPECIAL = POS_SLOT + (4 << 6);
const ALIGN = POS_SPECIAL + 1 + FULL_DISTANCES - END_POS_MODEL;
const LEN_SIZE = 2 + (16 << 3) * 2 + 256;
const LEN = ALIGN + (1 << ALIGN_BITS);
const REP_LEN = LEN + LEN_SIZE;
const LITERAL = REP_LEN + LEN_SIZE;

/**
 * One LZMA1 stream: range decoder, probability models, reps, state machine and the window, in one
 * object so the hot paths (a bit, a literal, a byte of output) touch only its own fields.
 */
class LzmaStream {
  private readonly probs: Uint16Array;
  private readonly lc: number;
  private readonly lpMask: number;
  private readonly pbMask: number;
  private readonly dictSize: number;
  // Range decoder over the input buffer.
  private in: Buffer = Buffer.alloc(0);
  private ip = 0;
  private range = 0xffff_ffff;
  private code = 0;
  // Window: the last `full` bytes produced (at most dictSize), growing with the output and wrapping
  // once it reaches the dictionary size.
  private win = new Uint8Array(64 * 1024);
  private wpos = 0;
  private full = 0;
  private total = 0;
  private flushed = 0;
  private pieces: Uint8Array[] = [];
  private state = 0;
  private rep0 = 0;
  private rep1 = 0;
  private rep2 = 0;
  private rep3 = 0;
  /** Bytes still to produce when the size is known; -1 when the stream ends with a marker. */
  remaining: number;
  finished = false;

  constructor(p: LzmaProperties, size: number) {
    this.probs = new Uint16Array(LITERAL + (0x300 << (p.lc + p.lp))).fill(PROB_INIT);
    this.lc = p.lc;
    this.lpMask = (1 << p.lp) - 1;
    this.pbMask = (1 << p.pb) - 1;
    this.dictSize = p.dictSize;
    this.remaining = size;
  }

  /** Points the range decoder at the buffered input (between batches). */
  attach(input: Input): void {
    this.in = input.buf;
    this.ip = input.pos;
  }
  detach(input: Input): void {
    input.pos = this.ip;
  }

  private nextByte(): number {
    if (this.ip >= this.in.length) throw new LzmaError('compressed data is truncated');
    return this.in[this.ip++]!;
  }

  initRange(): void {
    if (this.nextByte() !== 0) throw new LzmaError('range coder does not start with a zero byte');
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.nextByte()) >>> 0;
    if (this.code === this.range) throw new LzmaError('range coder starts corrupted');
  }

  private bit(i: number): number {
    const probs = this.probs;
    const p = probs[i]!;
    const bound = (this.range >>> 11) * p;
    let b = 0;
    if (this.code < bound) {
      this.range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
    } else {
      this.range -= bound;
      this.code -= bound;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (this.range < 0x0100_0000) {
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.nextByte()) >>> 0;
    }
    return b;
  }

  private direct(count: number): number {
    let res = 0;
    for (let i = 0; i < count; i++) {
      this.range >>>= 1;
      let b = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b = 1;
      }
      if (this.range < 0x0100_0000) {
        this.range = (this.range << 8) >>> 0;
        this.code = ((this.code << 8) | this.nextByte()) >>> 0;
      }
      res = ((res << 1) | b) >>> 0;
    }
    return res;
  }

  private tree(base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(base + m);
    return m - (1 << bits);
  }

  private reverseTree(base: number, bits: number): number {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(base + m);
      m = (m << 1) | b;
      sym |= b << i;
    }
    return sym;
  }

  private put(b: number): void {
    if (this.wpos === this.win.length) this.wrapOrGrow();
    this.win[this.wpos++] = b;
    this.total++;
    if (this.full < this.dictSize) this.full++;
  }

  private wrapOrGrow(): void {
    if (this.win.length < this.dictSize) {
      const next = new Uint8Array(Math.min(this.dictSize, this.win.length * 2));
      next.set(this.win);
      this.win = next;
      return;
    }
    if (this.wpos > this.flushed) this.pieces.push(this.win.slice(this.flushed, this.wpos));
    this.wpos = 0;
    this.flushed = 0;
  }

  /** The byte `dist` positions back (1 = the last byte produced). */
  private back(dist: number): number {
    const i = this.wpos - dist;
    return this.win[i >= 0 ? i : i + this.win.length]!;
  }

  /** Output produced since the last call. */
  take(): Uint8Array[] {
    if (this.wpos > this.flushed) this.pieces.push(this.win.slice(this.flushed, this.wpos));
    this.flushed = this.wpos;
    const out = this.pieces;
    this.pieces = [];
    return out;
  }

  pending(): number {
    let n = this.wpos - this.flushed;
    for (const p of this.pieces) n += p.length;
    return n;
  }

  private length(base: number, posState: number): number {
    if (this.bit(base) === 0) return this.tree(base + 2 + (posState << 3), 3);
    if (this.bit(base + 1) === 0) return 8 + this.tree(base + 2 + (16 << 3) + (posState << 3), 3);
    return 16 + this.tree(base + 2 + (16 << 3) * 2, 8);
  }

  /**
   * A literal byte. The hottest path (incompressible tensor data is nearly all literals), so the range
   * decoder's registers live in locals here instead of fields: the same bit decoding as `bit()`.
   */
  private literal(): void {
    const prev = this.total > 0 ? this.back(1) : 0;
    const base = LITERAL + 0x300 * (((this.total & this.lpMask) << this.lc) + (prev >>> (8 - this.lc)));
    const probs = this.probs;
    const inb = this.in;
    let range = this.range;
    let code = this.code;
    let ip = this.ip;
    let symbol = 1;
    let matchByte = this.state >= 7 ? this.back(this.rep0 + 1) : -1;
    while (symbol < 0x100) {
      const matchBit = matchByte >= 0 ? (matchByte >>> 7) & 1 : 0;
      const i = matchByte >= 0 ? base + ((1 + matchBit) << 8) + symbol : base + symbol;
      const p = probs[i]!;
      const bound = (range >>> 11) * p;
      let b = 0;
      if (code < bound) {
        range = bound;
        probs[i] = p + ((2048 - p) >>> 5);
      } else {
        range -= bound;
        code -= bound;
        probs[i] = p - (p >>> 5);
        b = 1;
      }
      if (range < 0x0100_0000) {
        if (ip >= inb.length) throw new LzmaError('compressed data is truncated');
        range = (range << 8) >>> 0;
        code = ((code << 8) | inb[ip++]!) >>> 0;
      }
      symbol = (symbol << 1) | b;
      if (matchByte >= 0) matchByte = matchBit === b ? (matchByte << 1) & 0xff : -1;
    }
    this.range = range;
    this.code = code;
    this.ip = ip;
    this.put(symbol - 0x100);
    this.state = this.state < 4 ? 0 : this.state < 10 ? this.state - 3 : this.state - 6;
  }

  private distance(len: number): number {
    const slot = this.tree(POS_SLOT + (Math.min(len, 3) << 6), 6);
    if (slot < 4) return slot;
    const direct = (slot >>> 1) - 1;
    let dist = ((2 | (slot & 1)) << direct) >>> 0;
    if (slot < END_POS_MODEL) return (dist + this.reverseTree(POS_SPECIAL + dist - slot, direct)) >>> 0;
    dist = (dist + ((this.direct(direct - ALIGN_BITS) << ALIGN_BITS) >>> 0)) >>> 0;
    return (dist + this.reverseTree(ALIGN, ALIGN_BITS)) >>> 0;
  }

  /** A rep match: its length, or 0 after a one-byte "short rep". */
  private repMatch(posState: number): number {
    if (this.total === 0) throw new LzmaError('a repeated match before any output');
    if (this.bit(IS_REP_G0 + this.state) === 0) {
      if (this.bit(IS_REP0_LONG + (this.state << POS_BITS_MAX) + posState) === 0) {
        this.state = this.state < 7 ? 9 : 11;
        this.put(this.back(this.rep0 + 1));
        return 0;
      }
    } else {
      let dist: number;
      if (this.bit(IS_REP_G1 + this.state) === 0) dist = this.rep1;
      else {
        if (this.bit(IS_REP_G2 + this.state) === 0) dist = this.rep2;
        else {
          dist = this.rep3;
          this.rep3 = this.rep2;
        }
        this.rep2 = this.rep1;
      }
      this.rep1 = this.rep0;
      this.rep0 = dist;
    }
    const len = this.length(REP_LEN, posState);
    this.state = this.state < 7 ? 8 : 11;
    return len + MATCH_MIN;
  }

  /** A new match: its length, or -1 for the end marker. */
  private newMatch(posState: number): number {
    this.rep3 = this.rep2;
    this.rep2 = this.rep1;
    this.rep1 = this.rep0;
    const len = this.length(LEN, posState);
    this.state = this.state < 7 ? 7 : 10;
    this.rep0 = this.distance(len);
    if (this.rep0 === 0xffff_ffff) {
      if (this.code !== 0) throw new LzmaError('end marker with the range coder not at its end');
      return -1;
    }
    if (this.remaining === 0) throw new LzmaError('data after the declared size');
    if (this.rep0 >= this.full) {
      throw new LzmaError(`match distance ${this.rep0 + 1} reaches before the start of the data`);
    }
    return len + MATCH_MIN;
  }

  /** Copies `len` bytes from `dist` back, byte by byte (a match may overlap what it writes). */
  private copyMatch(dist: number, len: number): void {
    let win = this.win;
    let wpos = this.wpos;
    for (let i = 0; i < len; i++) {
      if (wpos === win.length) {
        this.wpos = wpos;
        this.wrapOrGrow();
        win = this.win;
        wpos = this.wpos;
      }
      const from = wpos - dist;
      win[wpos++] = win[from >= 0 ? from : from + win.length]!;
    }
    this.wpos = wpos;
    this.total += len;
    this.full = Math.min(this.dictSize, this.full + len);
  }

  /** Decodes up to `count` symbols (a literal, a match, or the end). */
  run(count: number): void {
    for (let n = 0; n < count && !this.finished; n++) {
      if (this.remaining === 0 && this.code === 0) {
        this.finished = true;
        return;
      }
      const posState = this.total & this.pbMask;
      if (this.bit(IS_MATCH + (this.state << POS_BITS_MAX) + posState) === 0) {
        if (this.remaining === 0) throw new LzmaError('data after the declared size');
        this.literal();
        if (this.remaining > 0) this.remaining--;
        continue;
      }
      let len: number;
      if (this.bit(IS_REP + this.state) !== 0) {
        if (this.remaining === 0) throw new LzmaError('data after the declared size');
        len = this.repMatch(posState);
        if (len === 0) {
          if (this.remaining > 0) this.remaining--;
          continue;
        }
      } else {
        len = this.newMatch(posState);
        if (len < 0) {
          this.finished = true;
          return;
        }
      }
      const cut = this.remaining >= 0 && this.remaining < len;
      this.copyMatch(this.rep0 + 1, cut ? this.remaining : len);
      if (this.remaining > 0) this.remaining -= cut ? this.remaining : len;
      if (cut) throw new LzmaError('a match runs past the declared size');
    }
  }
}

export interface LzmaStreamOptions {
  props: LzmaProperties;
  /** Bytes the stream declares it produces, or -1 when it ends with an end marker. */
  size: number;
  /**
   * What a stream that runs out of input means: an error (LZMA-alone, as liblzma reports a truncated
   * file), or the end of the data (zip method 14, whose reader stops at the compressed size).
   */
  truncatedIsEnd: boolean;
}

/** Decodes one LZMA1 stream from `input`, yielding output pieces. */
async function* decodeStream(input: Input, o: LzmaStreamOptions): AsyncGenerator<Uint8Array> {
  await input.fill(5);
  const stream = new LzmaStream(o.props, o.size);
  stream.attach(input);
  stream.initRange();
  stream.detach(input);
  while (!stream.finished) {
    await input.fill(BATCH * MAX_SYMBOL_BYTES);
    const safe = input.done ? BATCH : Math.min(BATCH, Math.floor(input.available() / MAX_SYMBOL_BYTES));
    stream.attach(input);
    try {
      stream.run(safe);
    } catch (err) {
      stream.detach(input);
      yield* stream.take();
      if (err instanceof LzmaError && o.truncatedIsEnd && input.available() === 0 && input.done) return;
      throw err;
    }
    stream.detach(input);
    if (stream.pending() >= YIELD_AT || stream.finished) yield* stream.take();
  }
}

/** Reads `n` header bytes from the input, or throws when it has fewer. */
async function header(input: Input, n: number): Promise<Buffer> {
  await input.fill(n);
  if (input.available() < n) throw new LzmaError('LZMA header is truncated');
  const out = Buffer.from(input.buf.subarray(input.pos, input.pos + n));
  input.pos += n;
  return out;
}

/** Parses a 13-byte LZMA-alone header: properties, dictionary size, size (or -1 when unknown). */
export function parseAloneHeader(h: Buffer): { props: LzmaProperties; size: number } {
  const props = lzmaProperties(h[0]!, h.readUInt32LE(1));
  const raw = h.readBigUInt64LE(5);
  if (raw !== UNKNOWN_SIZE && raw > BigInt(Number.MAX_SAFE_INTEGER))
    throw new LzmaError(`declared size ${raw} is out of range`);
  return { props, size: raw === UNKNOWN_SIZE ? -1 : Number(raw) };
}

const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);

/**
 * LZMA-alone streams, concatenated as Python's LZMAFile reads them: after a stream ends, what follows
 * is decoded as another stream, and bytes that fail before they produce anything are ignored (LZMAFile
 * ignores trailing data that is not a valid stream). An xz stream after an LZMA-alone one (LZMAFile's
 * automatic format detection would read it) is not decoded here: it is an error, so the caller reports
 * it instead of passing it. A stream that breaks mid-way yields what it decoded, then throws.
 */
export const lzmaAloneDecoder: Decoder = (source) =>
  (async function* () {
    const input = new Input(source);
    try {
      for (let first = true; ; first = false) {
        await input.fill(13);
        if (input.available() === 0) return;
        if (!first && input.buf.subarray(input.pos, input.pos + 6).equals(XZ_MAGIC)) {
          throw new LzmaError('an xz stream follows the LZMA-alone stream');
        }
        let produced = 0;
        try {
          const h = parseAloneHeader(await header(input, 13));
          for await (const piece of decodeStream(input, { ...h, truncatedIsEnd: false })) {
            produced += piece.length;
            yield piece;
          }
        } catch (err) {
          if (first || produced > 0 || !(err instanceof LzmaError)) throw err;
          return; // trailing data that is no LZMA-alone stream
        }
      }
    } finally {
      await input.close();
    }
  })();

/**
 * Zip method 14 as CPython's zipfile reads it: a 4-byte header (version, properties length), the
 * LZMA1 properties (at least 5 bytes), then raw LZMA1 data that ends with an end marker or when the
 * member's compressed bytes run out.
 */
export const zipLzmaDecoder: Decoder = (source) =>
  (async function* () {
    const input = new Input(source);
    try {
      const h = await header(input, 4);
      const propsLen = h.readUInt16LE(2);
      if (propsLen < 5) throw new LzmaError(`zip LZMA properties of ${propsLen} bytes`);
      const p = await header(input, propsLen);
      const props = lzmaProperties(p[0]!, p.readUInt32LE(1));
      yield* decodeStream(input, { props, size: -1, truncatedIsEnd: true });
    } finally {
      await input.close();
    }
  })();

/**
 * True when `head` starts an LZMA-alone stream that decodes at least one byte (what joblib's `5d 00`
 * prefix hands to LZMAFile, which then decodes it): a plausible header is not enough, random bytes after
 * `5d 00` usually fail in their first symbols.
 */
export async function lzmaAloneDecodes(head: Buffer): Promise<boolean> {
  try {
    const it = lzmaAloneDecoder(
      (async function* () {
        yield head;
      })(),
    )[Symbol.asyncIterator]();
    const first = await it.next();
    await it.return?.();
    return !first.done && first.value.length > 0;
  } catch {
    return false;
  }
}
