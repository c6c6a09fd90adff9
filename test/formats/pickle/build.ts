/** Raw-opcode builders for pickles generated inside tests (large inputs are never committed). */

export const b = (s: string): Buffer => Buffer.from(s, 'latin1');

/** SHORT_BINUNICODE (UTF-8, up to 255 bytes). */
export function su(s: string): Buffer {
  const body = Buffer.from(s, 'utf8');
  return Buffer.concat([b('\x8c'), Buffer.from([body.length]), body]);
}

/** Protocol 4 STACK_GLOBAL of literal operands. */
export const sg = (module: string, name: string): Buffer => Buffer.concat([su(module), su(name), b('\x93')]);

/** Protocol 0 GLOBAL. */
export const g0 = (module: string, name: string): Buffer => b(`c${module}\n${name}\n`);

/** BININT (any 32-bit value). */
export function binint(n: number): Buffer {
  const out = Buffer.alloc(5);
  out[0] = 0x4a;
  out.writeInt32LE(n, 1);
  return out;
}

/** BINBYTES. */
export function binbytes(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head[0] = 0x42;
  head.writeUInt32LE(data.length, 1);
  return Buffer.concat([head, data]);
}

/** Appends opcodes to one growing buffer (millions of tiny Buffers would dominate a test's time). */
class Writer {
  private buf = Buffer.alloc(1 << 20);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.alloc(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }

  raw(s: string): this {
    this.room(s.length);
    this.at += this.buf.write(s, this.at, 'latin1');
    return this;
  }

  su(s: string): this {
    const n = Buffer.byteLength(s, 'utf8');
    this.room(n + 2);
    this.buf[this.at++] = 0x8c;
    this.buf[this.at++] = n;
    this.at += this.buf.write(s, this.at, 'utf8');
    return this;
  }

  binint(n: number): this {
    this.room(5);
    this.buf[this.at++] = 0x4a;
    this.at = this.buf.writeInt32LE(n, this.at);
    return this;
  }

  done(): Buffer {
    return this.buf.subarray(0, this.at);
  }
}

/**
 * A tokenizer-like pickle as protocol 4 writes it: a dict {vocab: {word: id}, itos: [word...],
 * merges: [(a, b)...]} with every string and tuple memoized, items in SETITEMS/APPENDS batches of 1000.
 */
export function vocabularyPickle(words: number): Buffer {
  const w = new Writer().raw('\x80\x04}\x94(');
  const word = (i: number) => `w${i.toString(36)}_${'abcdefgh'.slice(0, (i % 7) + 1)}`;
  const batches = (n: number, each: (j: number) => void, close: string) => {
    for (let i = 0; i < n; i += 1000) {
      w.raw('(');
      for (let j = i; j < Math.min(n, i + 1000); j++) each(j);
      w.raw(close);
    }
  };
  w.su('vocab').raw('\x94}\x94');
  batches(words, (j) => w.su(word(j)).raw('\x94').binint(j), 'u');
  w.su('itos').raw('\x94]\x94');
  batches(words, (j) => w.su(word(j)).raw('\x94'), 'e');
  w.su('merges').raw('\x94]\x94');
  batches(
    words - 1,
    (j) =>
      w
        .su(word(j))
        .su(word(j + 1))
        .raw('\x86\x94'),
    'e',
  );
  return w.raw('u.').done();
}
