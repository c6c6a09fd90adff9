/**
 * Structure-aware mutators: they edit the fields a format's reader trusts (lengths, offsets, counts,
 * nesting, opcodes), and fix checksums where a reader would otherwise stop at the first byte.
 */
import { crc32 } from 'node:zlib';
import { MAX_MUTANT, type Mutator, setField } from './mutate.ts';
import type { Random } from './random.ts';
import type { Family } from './seeds.ts';

const TEXT: readonly Family[] = [
  'json',
  'template',
  'yaml',
  'toml',
  'python',
  'shell',
  'text',
  'policy',
  'pem',
];

const clamp = (b: Buffer): Buffer => (b.length > MAX_MUTANT ? b.subarray(0, MAX_MUTANT) : b);
const insertAt = (input: Buffer, at: number, add: Buffer | string): Buffer =>
  clamp(
    Buffer.concat([
      input.subarray(0, at),
      Buffer.isBuffer(add) ? add : Buffer.from(add, 'latin1'),
      input.subarray(at),
    ]),
  );
const depth = (rnd: Random): number => rnd.pick([64, 200, 1000, 5000, 20000, 100000]);

/** Opening tokens whose nesting each text reader tracks. */
const OPENERS: Partial<Record<Family, readonly string[]>> = {
  json: ['[', '{"a":'],
  policy: ['[', '{a: ', '- '],
  yaml: ['[', '{a: ', '- ', '  '],
  toml: ['[', '{a='],
  python: ['(', '[', 'f(', 'a.'],
  shell: ['$(', '"$(', '`', '{ '],
  template: ['{% if x %}', '{{ (', '{% for a in b %}', '{% macro m() %}'],
  text: ['(', '['],
};

/** Tokens that each reader treats specially. */
const TOKENS: Partial<Record<Family, readonly string[]>> = {
  json: [
    'NaN',
    'Infinity',
    '-Infinity',
    '"\\ud800"',
    '"\\udfff\\ud800"',
    '1e999',
    '-0',
    '"a":1,"a":2,',
    '\u2028',
    '\ufeff',
  ],
  policy: [
    '!!python/object:os.system',
    '&a [*a, *a, *a]',
    '\t',
    'failOn: none\n',
    'formats: {allow: [safetensor]}\n',
  ],
  yaml: ['&a [*a, *a]', '<<: *a\n', '!!binary |\n  AAAA\n', '? [a]\n: b\n', '%YAML 1.1\n---\n', '\t'],
  toml: ['"""', "'''", 'a.b.c.d = 1\n', '[[x]]\n', 'x = 1979-05-27T07:32:00Z\n', '\\u0000'],
  python: [
    'from_pretrained("a/b")\n',
    'hf_hub_download(repo_id="a/b")\n',
    '"""',
    '\\\n',
    'exec(',
    'import os;os.system("x")\n',
  ],
  shell: ['<<EOF\n', '"', "'", '\\\n', 'pip install x\n', 'eval "', 'sh -c "'],
  template: [
    '{% endif %}',
    '{%',
    '{{',
    '{# ',
    "{{ x['__class__'] }}",
    '{% raw %}',
    '{% set x = ',
    '}}',
    '%}',
  ],
  text: ['\r', '\0', '\xff\xfe', '-r ', '--hash=sha256:', ' @ git+https://x/y@'],
  pem: ['-----BEGIN ', '-----END ', '\0'],
};

const deepen: Mutator = {
  name: 'deepen',
  families: TEXT,
  apply(input, rnd) {
    const openers = OPENERS[familyHint(input)] ?? ['[', '(', '{'];
    const open = rnd.pick(openers);
    return insertAt(input, rnd.offset(input.length), open.repeat(depth(rnd)));
  },
};

/** The family is not passed to mutators: text mutators guess from the content (cheap and good enough). */
function familyHint(input: Buffer): Family {
  const head = input.subarray(0, 256).toString('latin1');
  if (head.includes('{%') || head.includes('{{')) return 'template';
  const first = head.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  if (/^\s*(import|from|def|class)\b/m.test(head)) return 'python';
  if (/^(FROM|RUN|#!)/m.test(head)) return 'shell';
  if (/^\[[\w.-]+\]/m.test(head)) return 'toml';
  if (/^[\w-]+:/m.test(head)) return 'yaml';
  return 'text';
}

const tokens: Mutator = {
  name: 'tokens',
  families: TEXT,
  apply(input, rnd) {
    const list = TOKENS[familyHint(input)] ?? TOKENS.text ?? [];
    let out = input;
    const n = rnd.range(1, 4);
    for (let i = 0; i < n; i++) out = insertAt(out, rnd.offset(out.length), rnd.pick(list));
    return out;
  },
};

const longLine: Mutator = {
  name: 'long-line',
  families: TEXT,
  apply(input, rnd) {
    const n = rnd.pick([10_000, 100_000, 250_000, 600_000]);
    const body = rnd
      .pick(['a', 'a.', 'f(a),', '"x" ', '\\"', ' '])
      .repeat(Math.ceil(n / 2))
      .slice(0, n);
    return insertAt(input, rnd.offset(input.length), `${body}\n`);
  },
};

const manyLines: Mutator = {
  name: 'many-lines',
  families: TEXT,
  apply(input, rnd) {
    const line = rnd.pick(['a\n', '\n', 'x=1\n', '- a\n', 'RUN a\n', '{% if a %}\n', '-r a.txt\n']);
    const n = Math.floor(rnd.pick([1000, 20_000, 100_000]) / line.length) * line.length;
    return insertAt(input, rnd.offset(input.length), line.repeat(n / line.length));
  },
};

/** Pickle opcodes with operands that stress the walker: calls, memo, frames, long operands, nesting. */
const PICKLE_SNIPPETS: readonly (string | ((rnd: Random) => Buffer))[] = [
  'cos\nsystem\n',
  'cbuiltins\ngetattr\n',
  '(',
  ')R',
  'R',
  '\x93',
  '\x94',
  'h\x00',
  'q\xff',
  'b',
  '\x81',
  '.',
  '0',
  '2',
  'P1\n',
  'Q',
  '\x82\x01',
  '\x8a\xff',
  'I99999999999999999999\n',
  'F1e999\n',
  'N',
  'e',
  's',
  'u',
  'a',
  (rnd) => Buffer.from(`L${'9'.repeat(rnd.pick([1000, 70_000, 400_000]))}L\n`, 'latin1'),
  (rnd) => Buffer.from(`(${'('.repeat(rnd.pick([1000, 100_000]))}`, 'latin1'),
  (rnd) => Buffer.from(')R'.repeat(rnd.pick([100, 5000, 100_000])), 'latin1'),
  (rnd) => Buffer.from('\x94h\x00'.repeat(rnd.pick([100, 10_000, 100_000])), 'latin1'),
  (rnd) => lengthOp(rnd, 'X', 4),
  (rnd) => lengthOp(rnd, 'B', 4),
  (rnd) => lengthOp(rnd, '\x8e', 8),
  (rnd) => lengthOp(rnd, '\x95', 8),
  (rnd) => lengthOp(rnd, '\x8b', 4),
  (rnd) => lengthOp(rnd, '\x96', 8),
];

function lengthOp(rnd: Random, op: string, width: number): Buffer {
  const out = Buffer.alloc(1 + width);
  out.write(op, 0, 'latin1');
  const value = rnd.pick([0n, 1n, 0x7fffffffn, 0xffffffffn, 0x100000n, (1n << 62n) + 5n]);
  for (let i = 0; i < width; i++) out[1 + i] = Number((value >> BigInt(8 * i)) & 0xffn);
  return out;
}

const pickleOps: Mutator = {
  name: 'pickle-ops',
  families: ['pickle', 'joblib'],
  apply(input, rnd) {
    let out = input;
    const n = rnd.range(1, 3);
    for (let i = 0; i < n; i++) {
      const s = rnd.pick(PICKLE_SNIPPETS);
      out = insertAt(out, rnd.offset(Math.max(1, out.length - 1)), typeof s === 'string' ? s : s(rnd));
    }
    return out;
  },
};

/** Zip record fields (offset within the record, width) a reader trusts. */
const ZIP_FIELDS: Record<string, readonly (readonly [number, number])[]> = {
  'PK\x03\x04': [
    [6, 2],
    [8, 2],
    [14, 4],
    [18, 4],
    [22, 4],
    [26, 2],
    [28, 2],
  ],
  'PK\x01\x02': [
    [8, 2],
    [10, 2],
    [20, 4],
    [24, 4],
    [28, 2],
    [30, 2],
    [32, 2],
    [34, 2],
    [42, 4],
  ],
  'PK\x05\x06': [
    [4, 2],
    [6, 2],
    [8, 2],
    [10, 2],
    [12, 4],
    [16, 4],
    [20, 2],
  ],
  'PK\x06\x06': [
    [24, 8],
    [32, 8],
    [40, 8],
    [48, 8],
  ],
  'PK\x06\x07': [
    [4, 4],
    [8, 8],
    [16, 4],
  ],
  'PK\x07\x08': [
    [4, 4],
    [8, 4],
    [12, 4],
  ],
};

function records(input: Buffer, magic: string): number[] {
  const at: number[] = [];
  const sig = Buffer.from(magic, 'latin1');
  for (let i = input.indexOf(sig); i >= 0 && at.length < 4096; i = input.indexOf(sig, i + 1)) at.push(i);
  return at;
}

const zipFields: Mutator = {
  name: 'zip-field',
  families: ['zip', 'torch-zip'],
  apply(input, rnd) {
    const magics = Object.keys(ZIP_FIELDS).filter((m) => input.includes(Buffer.from(m, 'latin1')));
    if (magics.length === 0) return input;
    const magic = rnd.pick(magics);
    const at = rnd.pick(records(input, magic));
    const [off, width] = rnd.pick(ZIP_FIELDS[magic] ?? [[0, 1]]);
    if (off === 10 || off === 8) {
      if (rnd.chance(0.5) && magic !== 'PK\x05\x06') {
        const out = Buffer.from(input);
        out.writeUInt16LE(rnd.pick([0, 8, 12, 14, 93, 99, 0xffff]), at + (magic === 'PK\x01\x02' ? 10 : 8));
        return out;
      }
    }
    return setField(input, at + off, width, rnd);
  },
};

const zipDuplicate: Mutator = {
  name: 'zip-duplicate',
  families: ['zip', 'torch-zip'],
  apply(input, rnd) {
    const central = records(input, 'PK\x01\x02');
    const end = records(input, 'PK\x05\x06');
    if (central.length === 0 || end.length === 0) return input;
    const i = rnd.int(central.length);
    const start = central[i] as number;
    const stop = central[i + 1] ?? (end[end.length - 1] as number);
    const entry = input.subarray(start, stop);
    if (rnd.chance(0.5))
      return insertAt(input, stop, Buffer.concat(Array(rnd.pick([1, 10, 1000])).fill(entry)));
    // A second end record (and directory copy) after the first: readers disagree on which wins.
    const eocdAt = end[end.length - 1] as number;
    return clamp(
      Buffer.concat([input, input.subarray(central[0] as number, eocdAt), input.subarray(eocdAt)]),
    );
  },
};

function tarChecksum(block: Buffer): void {
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += block[i] ?? 0;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
}

function tarHeaders(input: Buffer): number[] {
  const out: number[] = [];
  for (let at = 0; at + 512 <= input.length && out.length < 1024; at += 512) {
    if (input.subarray(at + 257, at + 262).toString('latin1') === 'ustar') out.push(at);
  }
  return out;
}

const tarFields: Mutator = {
  name: 'tar-field',
  families: ['tar'],
  apply(input, rnd) {
    const headers = tarHeaders(input);
    if (headers.length === 0) return input;
    const out = Buffer.from(input);
    const at = rnd.pick(headers);
    const block = out.subarray(at, at + 512);
    switch (rnd.int(4)) {
      case 0:
        block.write(
          rnd.pick(['77777777777\0', '00000000000\0', '1\0', '\x80\0\0\0\0\0\0\0\0\0\x10\0']),
          124,
          'latin1',
        );
        break;
      case 1:
        block.write(rnd.pick(['x', 'g', 'L', 'K', '1', '2', '5', 'S', 'V', 'M']), 156, 'latin1');
        break;
      case 2:
        block.write(rnd.pick(['../../etc/x', '/abs', 'a\nb', 'x'.repeat(100)]), 0, 'latin1');
        break;
      default:
        block.write(rnd.pick(['../x', '/etc/passwd', 'a'.repeat(100)]), 157, 'latin1');
    }
    tarChecksum(block);
    return out;
  },
};

/** A PAX extended header block with records whose declared lengths may lie. */
const tarPax: Mutator = {
  name: 'tar-pax',
  families: ['tar'],
  apply(input, rnd) {
    const headers = tarHeaders(input);
    if (headers.length === 0) return input;
    const at = rnd.pick(headers);
    const records = rnd.pick([
      '30 path=a\nb/../../../etc/x\n',
      '99 path=short\n',
      '5 path=x\n',
      '18 path=payload.pkl\n16 size=9999999\n',
      `${'9'.repeat(30)} path=x\n`,
      '0 \n',
    ]);
    const data = Buffer.alloc(Math.ceil(records.length / 512) * 512);
    data.write(records, 0, 'latin1');
    const header = Buffer.from(input.subarray(at, at + 512));
    header.write('PaxHeader\0'.padEnd(100, '\0'), 0, 'latin1');
    header.write(`${records.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    header.write('x', 156, 'latin1');
    tarChecksum(header);
    return clamp(Buffer.concat([input.subarray(0, at), header, data, input.subarray(at)]));
  },
};

const safetensorsHeader: Mutator = {
  name: 'safetensors-header',
  families: ['safetensors'],
  apply(input, rnd) {
    if (input.length < 8) return input;
    const len = Number(input.readBigUInt64LE(0));
    if (len > input.length - 8 || rnd.chance(0.3)) return setField(input, 0, 8, rnd);
    const header = input.subarray(8, 8 + len).toString('latin1');
    const add = rnd.pick(['"a":NaN,', '"a":{"a":{"a":{}}},', '[[[[[[[[', '"\\ud800":1,', '"x":1,"x":2,']);
    const cut = rnd.int(header.length);
    const edited = Buffer.from(header.slice(0, cut) + add + header.slice(cut), 'latin1');
    const prefix = Buffer.alloc(8);
    prefix.writeBigUInt64LE(BigInt(edited.length));
    return clamp(Buffer.concat([prefix, edited, input.subarray(8 + len)]));
  },
};

/** 7z: edit the start header's next-header offset/size/CRC and fix the start header CRC. */
const sevenZipHeader: Mutator = {
  name: '7z-header',
  families: ['7z'],
  apply(input, rnd) {
    if (input.length < 32) return input;
    const out = setField(input, rnd.pick([12, 20, 28]), rnd.pick([4, 8]), rnd);
    if (rnd.chance(0.8)) out.writeUInt32LE(crc32(out.subarray(12, 32)) >>> 0, 8);
    return out;
  },
};

/** Protobuf: a length varint made huge, or the message wrapped in many levels of field 1. */
const protobufLength: Mutator = {
  name: 'protobuf-length',
  families: ['onnx', 'tensorflow'],
  apply(input, rnd) {
    if (rnd.chance(0.5)) {
      const at = rnd.offset(input.length);
      return insertAt(input, at, Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    }
    let out = input.subarray(0, Math.min(input.length, 4096));
    const levels = rnd.pick([100, 1000, 5000]);
    for (let i = 0; i < levels && out.length < MAX_MUTANT - 16; i++) {
      const len: number[] = [];
      let n = out.length;
      do {
        len.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
        n >>>= 7;
      } while (n > 0);
      out = Buffer.concat([Buffer.from([0x0a, ...len]), out]);
    }
    return out;
  },
};

/** Counts and lengths in binary headers: 8-byte-aligned fields in the first 4 KiB. */
const alignedCount: Mutator = {
  name: 'aligned-count',
  families: ['gguf', 'hdf5', 'numpy', 'safetensors', 'torch-zip'],
  apply(input, rnd) {
    const slots = Math.max(1, Math.floor(Math.min(input.length, 4096) / 8));
    return setField(input, rnd.int(slots) * 8, rnd.pick([4, 8]), rnd);
  },
};

export const STRUCTURED: readonly Mutator[] = [
  deepen,
  tokens,
  longLine,
  manyLines,
  pickleOps,
  zipFields,
  zipDuplicate,
  tarFields,
  tarPax,
  safetensorsHeader,
  sevenZipHeader,
  protobufLength,
  alignedCount,
];
