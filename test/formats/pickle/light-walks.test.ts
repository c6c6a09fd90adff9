/**
 * The walks run before the pickle analysis is loaded (src/formats/pickle/light-walks.ts): a walk
 * without the classification tables reads the same structure as one with them, and the polyglot
 * probe's first look drops only sources the full probe reports nothing for. Both checked over
 * random bytes and over streams built from pickle tokens (globals, calls, memo, extensions).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PARTS, defaultScanner } from '../../../src/builtins.ts';
import { analyzeSource, type FileAnalyzer } from '../../../src/core/analyzer.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { analyzePolyglot } from '../../../src/formats/pickle/analyze.ts';
import { PICKLE_OPCODE_BYTES } from '../../../src/formats/pickle/first-bytes.ts';
import { BASE_HOOKS } from '../../../src/formats/pickle/hooks.ts';
import { mayRunAsPickle, NO_PERSISTENT_LOAD, PROBE_LIMITS } from '../../../src/formats/pickle/light-walks.ts';
import { PickleReader } from '../../../src/formats/pickle/reader.ts';
import { STRUCTURE_ONLY, type WalkResult, walkPickle } from '../../../src/formats/pickle/walker.ts';
import { createScanner } from '../../../src/scanner.ts';

const TOKENS = [
  'cos\nsystem\n',
  'cbuiltins\neval\n',
  'ccollections\nOrderedDict\n',
  'ctorch._utils\n_rebuild_tensor_v2\n',
  '\x8c\x02os\x94\x8c\x06system\x94\x93',
  '\x80\x02',
  '\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00',
  '(',
  ')',
  ']',
  '}',
  't',
  'R',
  'b',
  '\x81',
  'o',
  'e',
  'a',
  's',
  'u',
  '.',
  'N',
  "S'ls'\n",
  'X\x02\x00\x00\x00ls',
  'K\x01',
  'I12\n',
  'q\x00',
  'h\x00',
  '\x94',
  'h\x01',
  '\x82\x01',
  'P0\n',
  'Q',
  '0',
  '2',
  '\x85',
  '\x86',
];

const tokenStream = fc
  .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 40 })
  .map((t) => Buffer.from(t.join(''), 'latin1'));
const randomBytes = fc
  .tuple(fc.constantFrom(...PICKLE_OPCODE_BYTES), fc.uint8Array({ maxLength: 2048 }))
  .map(([first, rest]) => Buffer.concat([Buffer.from([first]), Buffer.from(rest)]));
const inputs = fc.oneof(tokenStream, randomBytes);

const walk = (data: Buffer, hooks: typeof BASE_HOOKS) =>
  walkPickle(new PickleReader(new BufferSource(data, 'x')), PROBE_LIMITS, hooks);

/** What the light walks read: everything but the annotations the tables add. */
const structure = (r: WalkResult) => ({
  opcodes: r.opcodes,
  error: r.error && { code: r.error.code, offset: r.error.offset },
  globals: r.globals.map((g) => [g.module, g.name, g.offset, g.unresolved]),
  exts: r.exts.length,
  computedCalls: r.computedCalls.length,
  value: r.value?.t,
});

/** The default scanner with the polyglot probe run in full on every source whose first byte is an opcode. */
const unfiltered = (() => {
  const probe = BUILTIN_PARTS.analyzers!.find((a) => a.id === 'pickle-polyglot')!;
  const full: FileAnalyzer = {
    ...probe,
    async analyze(ctx) {
      if (ctx.kind === 'pickle' || ctx.kind === 'empty' || !PICKLE_OPCODE_BYTES.has(ctx.head[0]!)) return;
      await analyzePolyglot(ctx);
    },
  };
  const analyzers = BUILTIN_PARTS.analyzers!.map((a) => (a === probe ? full : a));
  return createScanner({ ...BUILTIN_PARTS, analyzers });
})();

const findingsOf = async (data: Buffer, scanner = defaultScanner()) =>
  (await analyzeSource(new BufferSource(data, 'x.bin'), 'x.bin', { scanner })).findings.map(
    (f) => `${f.rule} ${f.severity} ${f.message}`,
  );

describe('pickle walks without the classification tables', () => {
  it('read the same opcodes, break at the same byte and name the same globals', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (data) => {
        const light = await walk(data, { ...STRUCTURE_ONLY, ...NO_PERSISTENT_LOAD });
        const full = await walk(data, { ...BASE_HOOKS, ...NO_PERSISTENT_LOAD });
        expect(structure(light)).toEqual(structure(full));
      }),
      { numRuns: 400 },
    );
  });

  it("the probe's first look drops only sources the full probe reports nothing for", async () => {
    const seen = { dropped: 0, reported: 0 };
    await fc.assert(
      fc.asyncProperty(inputs, async (data) => {
        const findings = await findingsOf(data);
        expect(findings).toEqual(await findingsOf(data, unfiltered));
        if (!(await mayRunAsPickle(new BufferSource(data, 'x')))) seen.dropped++;
        if (findings.some((f) => f.startsWith('pickle/'))) seen.reported++;
      }),
      { numRuns: 300 },
    );
    // Both sides of the property were exercised.
    expect(seen.dropped).toBeGreaterThan(10);
    expect(seen.reported).toBeGreaterThan(10);
  });

  it('random bytes are dropped; a stream naming a global, and the legacy magic number, are not', async () => {
    const random = Buffer.alloc(1 << 20);
    for (let i = 0, x = 7; i < random.length; i++) random[i] = x = (x * 1103515245 + 12345) & 0xff;
    random[0] = 0x30; // POP: an opcode, so the probe looks
    expect(await mayRunAsPickle(new BufferSource(random, 'r'))).toBe(false);
    // `G` (BINFLOAT) swallows `IF89a` and three more bytes, then a pickle runs os.system.
    const gif = Buffer.from("GIF89a\x00\x00\x00cos\nsystem\n(S'id'\ntR.", 'latin1');
    expect(await mayRunAsPickle(new BufferSource(gif, 'g'))).toBe(true);
    // torch's legacy magic number 0x1950a86a20f9469cfc6c as a protocol 2 LONG1, then STOP.
    const magic = Buffer.from([
      0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e,
    ]);
    expect(await mayRunAsPickle(new BufferSource(magic, 'm'))).toBe(true);
    // Cut short by the probe's own limits (a stack of 100,000 NONEs), not by a byte no unpickler
    // takes: maybe a pickle that goes on, so the full probe scans it whole.
    const long = Buffer.alloc(1.5 * 1024 * 1024, 'N');
    expect(await mayRunAsPickle(new BufferSource(long, 'n'))).toBe(true);
    expect(await findingsOf(long)).toEqual(await findingsOf(long, unfiltered));
  });
});
