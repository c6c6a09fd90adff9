/** The opcode walker: semantics, memo, limits, bounded reads, the structural sniffer and tar layouts. */
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { PickleReader } from '../../../src/formats/pickle/reader.ts';
import { BASE_HOOKS } from '../../../src/formats/pickle/hooks.ts';
import { DEFAULT_WALK_LIMITS, type WalkLimits, walkPickle } from '../../../src/formats/pickle/walker.ts';
import { analyzeBytes, PAYLOAD } from './helpers.ts';

const b = (s: string) => Buffer.from(s, 'latin1');
const walk = (data: Buffer, limits: Partial<WalkLimits> = {}) =>
  walkPickle(
    new PickleReader(new BufferSource(data, 'x')),
    { ...DEFAULT_WALK_LIMITS, ...limits },
    BASE_HOOKS,
  );
const su = (s: string) => Buffer.concat([b('\x8c'), Buffer.from([s.length]), b(s)]);

describe('walker', () => {
  it('resolves GLOBAL, INST and STACK_GLOBAL and records what is called', async () => {
    const r = await walk(b('\x80\x04cmod\nf\n)R(imod2\ncls\n').subarray(0) as Buffer);
    expect(r.error?.message).toMatch(/truncated/);
    expect(r.globals.map((g) => [`${g.module}.${g.name}`, g.opcode, g.calledBy])).toEqual([
      ['mod.f', 'GLOBAL', 'REDUCE'],
      ['mod2.cls', 'INST', 'INST'],
    ]);
    const s = await walk(Buffer.concat([b('\x80\x04'), su('a.b'), su('C.D'), b('\x93)\x81.')]));
    expect(s.globals[0]).toMatchObject({
      module: 'a.b',
      name: 'C.D',
      opcode: 'STACK_GLOBAL',
      calledBy: 'NEWOBJ',
    });
    expect(s.error).toBeUndefined();
  });

  it('records an INST global even when its MARK is missing (the import happens first)', async () => {
    const r = await walk(b('iposix\nsystem\n.'));
    expect(r.error?.message).toMatch(/MARK/);
    expect(r.globals.map((g) => `${g.module}.${g.name}`)).toEqual(['posix.system']);
  });

  it('follows the memo through PUT/BINPUT/LONG_BINPUT/MEMOIZE and GET/BINGET/LONG_BINGET', async () => {
    const data = Buffer.concat([
      b('\x80\x04'),
      su('m1'),
      b('\x94'), // memo 0
      su('n1'),
      b('q\x05'), // memo 5
      b('00'),
      b('h\x00h\x05\x93'),
      su('m2'),
      b('r\x00\x00\x00\x01'),
      su('n2'),
      b('p9\n'),
      b('00j\x00\x00\x00\x01g9\n\x93\x86.'),
    ]);
    const r = await walk(data);
    expect(r.error).toBeUndefined();
    expect(r.globals.map((g) => `${g.module}.${g.name}`)).toEqual(['m1.n1', 'm2.n2']);
  });

  it('decodes protocol 0 strings, unicode and integers the way Python does', async () => {
    const r = await walk(b('(S\'p\\x6fs\\151x\'\nS"sys\\ttem"\nVa\\u00e9\nL0x10L\nI-5\nI01\nt.'));
    expect(r.error).toBeUndefined();
    const v = r.value;
    expect(v?.t).toBe('tuple');
    const items = v?.t === 'tuple' ? v.items : [];
    expect(items[0]).toMatchObject({ t: 'str', s: 'posix' });
    expect(items[1]).toMatchObject({ t: 'str', s: 'sys\ttem' });
    expect(items[2]).toMatchObject({ t: 'str', s: 'aé' });
    expect(items[3]).toMatchObject({ t: 'int', v: 16n });
    expect(items[4]).toMatchObject({ t: 'int', v: -5n });
    expect(items[5]).toMatchObject({ t: 'bool', v: true });
  });

  it('marks STACK_GLOBAL operands that are computed or too long as unresolved', async () => {
    const long = 'x'.repeat(70_000);
    const data = Buffer.concat([
      b('\x80\x04X'),
      Buffer.from(new Uint32Array([long.length]).buffer),
      b(long),
      su('n'),
      b('\x93.'),
    ]);
    const r = await walk(data);
    expect(r.globals[0]?.unresolved).toMatch(/too long/);
  });

  it('stops at its limits with a limit error instead of growing', async () => {
    expect((await walk(b(`${'('.repeat(1000)}.`), { maxStack: 100 })).error?.limit).toBe('stack');
    expect((await walk(b(`${'N'.repeat(1000)}.`), { maxStack: 100 })).error?.limit).toBe('stack');
    expect((await walk(b(`${'N\x94'.repeat(300)}.`), { maxMemo: 100 })).error?.limit).toBe('memo');
    expect((await walk(b(`${'N0'.repeat(300)}N.`), { maxOpcodes: 100 })).error?.limit).toBe('opcodes');
    const kept = await walk(b(`(${'N'.repeat(500)}l.`), { maxRetained: 10 });
    expect(kept.value).toMatchObject({ t: 'list', dropped: 490 });
  });

  it('checks every length against the bytes left', async () => {
    for (const bad of [
      '\x80\x04X\xff\xff\xff\x7fab',
      '\x80\x04\x8d\xff\xff\xff\xff\xff\xff\xff\x7f',
      'T\xff\xff\xff\xff',
      '\x80\x04\x95\x00\x00\x00\x00\x00\x01\x00\x00N.',
    ]) {
      const r = await walk(b(bad));
      expect(r.error?.message, JSON.stringify(bad)).toMatch(/exceeds|negative/);
    }
  });

  it('skips a large BINBYTES8 without reading it', async () => {
    const size = 3 * 1024 ** 3;
    const head = Buffer.concat([b('\x80\x04\x8e'), Buffer.from(new BigUint64Array([BigInt(size)]).buffer)]);
    const tail = b('.');
    let bytesRead = 0;
    const source = {
      path: 'big.pkl',
      member: [],
      size: head.length + size + 1,
      get bytesRead() {
        return bytesRead;
      },
      async read(offset: number, length: number) {
        const n = Math.max(0, Math.min(length, this.size - offset));
        bytesRead += n;
        const out = Buffer.alloc(n);
        if (offset < head.length) head.copy(out, 0, offset, Math.min(head.length, offset + n));
        if (offset + n === this.size) out[n - 1] = tail[0]!;
        return out;
      },
    };
    const r = await walkPickle(new PickleReader(source), DEFAULT_WALK_LIMITS, BASE_HOOKS);
    expect(r.error).toBeUndefined();
    expect(r.end).toBe(source.size);
    expect(bytesRead).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('structural sniffer', () => {
  it('finds protocol 0/1 pickles and PROTO 0/1 headers by walking them', async () => {
    for (const data of [
      b("cposix\nsystem\n(S'id'\ntR."),
      b('}q\x00(X\x01\x00\x00\x00aK\x01u.'),
      b('\x80\x01N.'),
      b('\x8c\x05posix\x8c\x06system\x93\x8c\x02id\x85R.'),
      b("cposix\nsystem\n(S'id'\ntR\xff\xfe broken tail"),
      b('cposix\nsystem\n\xff'),
      b('iposix\nsystem\n\x00'),
    ]) {
      const r = await analyzeBytes(data, 'model.safetensors');
      expect(r.kind, JSON.stringify(data.toString('latin1'))).toBe('pickle');
    }
  });

  it('does not take text, JSON, CSV or source code for pickles', async () => {
    for (const text of [
      '# README\n\nSome text.\n',
      '{"a": 1}\n',
      'a,b,c\n1,2,3\n',
      'import torch\nprint(1)\n',
      'cmake_minimum_required(VERSION 3.10)\nproject(x)\nadd_executable(x main.c)\n',
      'Notes: none\n',
      'I think so\n',
      'torch==2.1.0\nnumpy>=1\n',
      'click\nnumpy\nrequests\n',
    ]) {
      const r = await analyzeBytes(b(text), 'notes.txt');
      expect(r.kind, text).not.toBe('pickle');
    }
  });
});

describe('legacy PyTorch tar members', () => {
  const record = (key: string) =>
    Buffer.concat([
      b(
        `\x80\x02(X${String.fromCharCode(key.length)}\x00\x00\x00${key}X\x03\x00\x00\x00cpuctorch\nFloatStorage\ntq\x00.`,
      ),
    ]);
  const storages = Buffer.concat([
    b('\x80\x02K\x01.'),
    record('0'),
    Buffer.from(new BigInt64Array([2n]).buffer),
    Buffer.alloc(8, 0x63),
    b('\x80\x02].'),
  ]);

  it('skips raw storage bytes between the records of `storages`', async () => {
    const r = await analyzeBytes(storages, 'storages', {}, 1);
    expect(r.findings).toEqual([]);
  });

  it('walks what follows as pickles when the member is not the legacy layout', async () => {
    const hostile = Buffer.concat([b('\x80\x02K\x01.'), PAYLOAD]);
    const r = await analyzeBytes(hostile, 'storages', {}, 1);
    expect(r.findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
  });
});

describe('called, rebuilt from state, referenced', () => {
  const site = (r: Awaited<ReturnType<typeof walk>>, name: string) => r.globals.find((g) => g.name === name);

  it('NEWOBJ + BUILD rebuilds the class from state; NEWOBJ alone counts as a call', async () => {
    const built = await walk(Buffer.concat([b('\x80\x04'), su('m'), su('C'), b('\x93)\x81}b.')]));
    expect(site(built, 'C')).toMatchObject({ constructedBy: 'NEWOBJ + BUILD' });
    expect(site(built, 'C')?.calledBy).toBeUndefined();
    const bare = await walk(Buffer.concat([b('\x80\x04'), su('m'), su('C'), b('\x93)\x81.')]));
    expect(site(bare, 'C')?.calledBy).toBe('NEWOBJ');
  });

  it('a class stored in BUILD state is referenced; REDUCE calls', async () => {
    const r = await walk(
      Buffer.concat([
        b('\x80\x04'),
        su('m'),
        su('C'),
        b('\x93)\x81}'),
        su('dtype'),
        su('numpy'),
        su('float32'),
        b('\x93sb.'),
      ]),
    );
    expect(site(r, 'float32')?.calledBy).toBeUndefined();
    const call = await walk(Buffer.concat([b('\x80\x04'), su('m'), su('f'), b('\x93)R.')]));
    expect(site(call, 'f')?.calledBy).toBe('REDUCE');
  });

  it('a forwarder with position -1 calls every argument, at any depth', async () => {
    const data = Buffer.concat([
      b('\x80\x04'),
      su('lib'),
      su('apply'),
      b('\x93('),
      su('a'),
      su('f'),
      b('\x93]('),
      su('b'),
      su('g'),
      b('\x93etR.'),
    ]);
    const hooks = { forwarders: new Map([['lib.apply', [-1]]]) };
    const r = await walkPickle(new PickleReader(new BufferSource(data, 'x')), DEFAULT_WALK_LIMITS, hooks);
    expect(site(r, 'f')?.calledBy).toBe('REDUCE via lib.apply');
    expect(site(r, 'g')?.calledBy).toBe('REDUCE via lib.apply');
    const none = await walkPickle(new PickleReader(new BufferSource(data, 'x')), DEFAULT_WALK_LIMITS, {});
    expect(site(none, 'g')?.calledBy).toBeUndefined();
  });
});

describe('what the unpickler refuses is an error, not a finding', () => {
  it.each([
    ['REDUCE of None (TypeError)', 'N)R.', /not callable/],
    ['STACK_GLOBAL of bytes', '\x80\x04C\x02osC\x06system\x93.', /not str/],
    ['GLOBAL that is not UTF-8', 'c\xff\nx\n.', /not UTF-8/],
    ['INST that is not ASCII', '(i\xc3\xa9\nx\n.', /not ASCII/],
    ['an empty module name', '\x80\x04\x8c\x00\x8c\x01x\x93.', /empty module name/],
  ])('%s', async (_what, data, message) => {
    const r = await walk(b(data));
    expect(r.error?.message).toMatch(message);
    expect(r.globals).toEqual([]);
    expect(r.computedCalls).toEqual([]);
  });
});

describe('use-time callables (use-time.ts, from scikit-learn parameter constraints)', () => {
  const ft = ['sklearn.preprocessing._function_transformer', 'FunctionTransformer'] as const;
  const hook = Buffer.concat([su('somepkg.hooks'), su('transform'), b('\x93')]);

  it.each([
    [
      'NEWOBJ + BUILD state',
      Buffer.concat([b('\x80\x04'), su(ft[0]), su(ft[1]), b('\x93)\x81}'), su('func'), hook, b('sb.')]),
    ],
    [
      'REDUCE + BUILD state',
      Buffer.concat([b('\x80\x04'), su(ft[0]), su(ft[1]), b('\x93)R}'), su('func'), hook, b('sb.')]),
    ],
    ['REDUCE argument', Buffer.concat([b('\x80\x04'), su(ft[0]), su(ft[1]), b('\x93'), hook, b('\x85R.')])],
  ])('a function stored as FunctionTransformer.func counts as called (%s)', async (_how, data) => {
    const r = await walk(data);
    expect(r.error).toBeUndefined();
    expect(r.globals.find((g) => g.name === 'transform')?.calledBy).toMatch(/FunctionTransformer\.func/);
  });

  it('the same value under another key, or in another class, is data', async () => {
    const other = Buffer.concat([
      b('\x80\x04'),
      su(ft[0]),
      su(ft[1]),
      b('\x93)\x81}'),
      su('name'),
      hook,
      b('sb.'),
    ]);
    expect((await walk(other)).globals.find((g) => g.name === 'transform')?.calledBy).toBeUndefined();
  });
});
