import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeValue,
  jsonText,
  markdownCode,
  markdownText,
  terminalText,
  wellFormed,
} from '../../src/core/sanitize.ts';

/** What must never reach a terminal or a CI log line from a name. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;
/** A line the GitHub Actions runner would execute (actions/runner ActionCommand.cs). */
const isWorkflowCommand = (line: string) => /^\p{White_Space}*::/u.test(line) || line.includes('##[');

describe('terminalText', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['a\rb\tc', 'a\\rb\\tc'],
    ['\x1b[2J', '\\x1b[2J'],
    ['del\x7f', 'del\\x7f'],
    ['nel\u0085 csi\u009b', 'nel\\u0085 csi\\u009b'],
    ['ls\u2028ps\u2029', 'ls\\u2028ps\\u2029'],
    ['evil\u202egnp.exe', 'evil\\u202egnp.exe'],
    ['iso\u2066x\u2069', 'iso\\u2066x\\u2069'],
    ['zero\u200bwidth\ufeff', 'zero\\u200bwidth\\ufeff'],
    ['tag\u{e0041}', 'tag\\u{e0041}'],
    ['lone\ud800 and \udc00', 'lone\\ud800 and \\udc00'],
    ['pair 😀 ok', 'pair 😀 ok'],
    ['back\\slash', 'back\\\\slash'],
    ['日本語のモデル.safetensors', '日本語のモデル.safetensors'],
  ])('%j → %j', (input, shown) => {
    expect(terminalText(input)).toBe(shown);
  });

  it('shows raw bytes that are not UTF-8 as \\xNN and keeps the valid characters around them', () => {
    expect(terminalText(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\\xffb');
    expect(terminalText(Buffer.from([0xc0, 0x80]))).toBe('\\xc0\\x80'); // overlong NUL
    expect(terminalText(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\\xed\\xa0\\x80'); // encoded surrogate
    expect(terminalText(Buffer.from([0xe2, 0x82]))).toBe('\\xe2\\x82'); // cut short
    expect(terminalText(Buffer.from('é\n', 'utf8'))).toBe('é\\n');
    // A C1 control as a character and the same value as a raw byte stay distinct.
    expect(terminalText('\u0085')).not.toBe(terminalText(Buffer.from([0x85])));
  });

  it('defuses workflow commands: a leading "::" (after blanks) and "##[" anywhere', () => {
    expect(terminalText('::error title=x::y.py')).toBe('\\x3a:error title=x::y.py');
    expect(terminalText('  ::add-mask::x')).toBe('  \\x3a:add-mask::x');
    expect(terminalText('\u3000::stop-commands::t')).toBe('\u3000\\x3a:stop-commands::t');
    expect(terminalText('a##[add-mask]secret')).toBe('a##\\x5badd-mask]secret');
    expect(terminalText('a::b')).toBe('a::b');
    const hostile = 'a\n::error title=PASS::x.py\r\n##[warning]y';
    for (const line of terminalText(hostile).split('\n')) expect(isWorkflowCommand(line)).toBe(false);
  });

  it('never lets an unsafe character through, never makes a workflow command, and never maps two names to one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const ta = terminalText(a);
        expect(ta).not.toMatch(UNSAFE);
        expect(isWorkflowCommand(ta)).toBe(false);
        if (a !== b) expect(ta).not.toBe(terminalText(b));
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        const t = terminalText(bytes);
        expect(t).not.toMatch(UNSAFE);
        expect(isWorkflowCommand(t)).toBe(false);
      }),
    );
  });

  it('decodes valid UTF-8 bytes exactly as the string would be shown', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(terminalText(Buffer.from(s, 'utf8'))).toBe(terminalText(s));
      }),
    );
  });
});

describe('terminalText on large hostile text', () => {
  it('is linear: 100,000 characters of "##[" take milliseconds (endsWith on the growing string took 12 s for 90 KB)', () => {
    const text = '##['.repeat(33_000) + '['.repeat(20_000);
    const started = performance.now();
    const out = terminalText(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(out.startsWith('##\\x5b##\\x5b')).toBe(true);
    expect(out.includes('##[')).toBe(false);
  });
});

describe('markdownCode', () => {
  it('fences backticks with a longer run and pads spans that start or end with one', () => {
    expect(markdownCode('__globals__')).toBe('`__globals__`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('``')).toBe('``` `` ```');
    expect(markdownCode(' x ')).toBe('`  x  `');
    expect(markdownCode('')).toBe('');
  });

  it('escapes pipes in tables and shows control characters escaped', () => {
    expect(markdownCode('a|b', { table: true })).toBe('`a\\|b`');
    expect(markdownCode('x\n| y |')).toBe('`x\\n| y |`');
    expect(markdownCode('https://evil.example/x')).toBe('`https://evil.example/x`');
    expect(markdownCode('a##[error]b')).toBe('`a##\\x5berror]b`');
  });

  it('the body never holds a run of backticks as long as the fence, nor a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const span = markdownCode(s, { table: true });
        if (span === '') return;
        const fence = /^`+/.exec(span)![0];
        const body = span.slice(fence.length, -fence.length);
        expect(span.endsWith(fence)).toBe(true);
        expect(body).not.toContain(fence);
        expect(body).not.toMatch(/[\n\r]/);
        expect(body.replace(/\\\|/g, '')).not.toContain('|');
      }),
    );
  });
});

describe('markdownText', () => {
  it('keeps our own backticks, escapes HTML and pipes', () => {
    expect(markdownText('run `modelvet lock` <now> | a&b')).toBe(
      'run `modelvet lock` &lt;now&gt; \\| a&amp;b',
    );
  });
});

describe('wellFormed and jsonText', () => {
  it('replaces lone surrogates and bytes that are not UTF-8 with U+FFFD', () => {
    expect(wellFormed('a\ud800b\udfffc')).toBe('a\ufffdb\ufffdc');
    expect(wellFormed('😀')).toBe('😀');
    expect(wellFormed(Buffer.from([0x61, 0xff]))).toBe('a\ufffd');
  });

  it('serializes anything to JSON that is valid UTF-8 and defuses "##["', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = [deep];
    const value = {
      lone: 'x\udc80',
      'key\ud800': 1,
      big: 12345678901234567890n,
      bytes: Buffer.from([0x66, 0xff]),
      cyclic,
      deep,
      cmd: 'a##[add-mask]b',
      date: new Date(0),
    };
    const text = jsonText(value);
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
    expect(wellFormed(text) === text).toBe(true);
    expect(text).not.toContain('##[');
    // Lone surrogates are written as \uDCxx escapes (ASCII): parsed back, the exact string, so a name
    // that is not UTF-8 (os.fsdecode form) keeps its bytes for a Python consumer (os.fsencode).
    expect(text).toContain('"x\\udc80"');
    const back = JSON.parse(text);
    expect(back).toMatchObject({
      lone: 'x\udc80',
      'key\ud800': 1,
      big: '12345678901234567890',
      bytes: 'f\udcff',
      cyclic: { a: 1, self: '[circular]' },
      cmd: 'a##[add-mask]b',
      date: '1970-01-01T00:00:00.000Z',
    });
  });

  it('keeps a key named __proto__ (a hostile document can hold one) as a key', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "a": 2}');
    expect(jsonText(hostile)).toBe('{\n  "__proto__": {\n    "polluted": 1\n  },\n  "a": 2\n}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the output of JSON.stringify for ordinary values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const plain = `${JSON.stringify(v, null, 2)}\n`;
        if (!plain.includes('##[') && wellFormed(plain) === plain) expect(jsonText(v)).toBe(plain);
      }),
    );
  });
});

describe('describeValue', () => {
  it('names what was found, never undefined or [object Object]', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(3)).toBe('3');
    expect(describeValue('y'.repeat(200), 10)).toBe(`"${'y'.repeat(10)}…"`);
  });
});
