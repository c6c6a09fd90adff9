import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fsEncode,
  fsDecode,
  isRootedName,
  isWithin,
  lexicalEscape,
  nameEscapes,
  pathKey,
  relativeInside,
  suspiciousName,
  unsafeMemberPath,
} from '../../src/core/paths.ts';
import { terminalText } from '../../src/core/sanitize.ts';

describe('relativeInside', () => {
  it.each([
    ['/m', '/m', ''],
    ['/m', '/m/a/b', 'a/b'],
    ['/m', '/m/..foo', '..foo'],
    ['/m', '/m/a/../..b', '..b'],
  ])('%s contains %s as %s', (root, path, rel) => {
    expect(relativeInside(root, path)).toBe(rel);
  });

  it.each([
    ['/m', '/'],
    ['/m', '/mx'],
    ['/m', '/m/../x'],
    ['/m/a', '/m'],
  ])('%s does not contain %s', (root, path) => {
    expect(isWithin(root, path)).toBe(false);
  });
});

describe('nameEscapes: one check for names written inside files', () => {
  it.each([
    ['a/b.bin', []],
    ['..foo', []],
    ['a/..foo/b', []],
    ['a..', []],
    ['..', ['parent']],
    ['a/../../b', ['parent']],
    ['a\\..\\b', ['parent']],
    ['/etc/passwd', ['absolute']],
    ['\\\\server\\share', ['absolute']],
    ['C:\\x', ['drive']],
    ['C:x', ['drive']],
    ['a\0b', ['nul']],
    ['/../x\0', ['nul', 'absolute', 'parent']],
  ])('%j: %j', (name, reasons) => {
    expect(nameEscapes(name)).toEqual(reasons);
  });

  it('names each reader the way its findings always have', () => {
    expect(unsafeMemberPath('../x')).toBe('contains a ../ component');
    expect(unsafeMemberPath('..foo')).toBeUndefined();
    expect(unsafeMemberPath('/x\0')).toBe('contains a NUL byte');
    expect(lexicalEscape('x\0/../y')).toBe('contains ".."');
    expect(lexicalEscape('D:data.bin')).toBe('is a Windows drive path');
    expect(lexicalEscape('..weights.bin')).toBeUndefined();
    expect([isRootedName('/x'), isRootedName('c:x'), isRootedName('../x')]).toEqual([true, true, false]);
  });
});

describe('names as bytes', () => {
  const b = (s: string) => Buffer.from(s, 'latin1');

  it('decodes as os.fsdecode does: UTF-8, undecodable bytes as U+DC80..U+DCFF', () => {
    expect(fsDecode(Buffer.from('modèle.bin'))).toBe('modèle.bin');
    expect(fsDecode(b('model\xff.pkl'))).toBe('model\udcff.pkl');
    // A truncated sequence: each byte on its own, then the valid rest (Python gives the same).
    expect(fsDecode(b('\xe2\x82A'))).toBe('\udce2\udc82A');
    // UTF-8-encoded surrogates and overlongs are not UTF-8.
    expect(fsDecode(b('\xed\xa0\x80'))).toBe('\udced\udca0\udc80');
    expect(fsDecode(b('\xc0\xaf'))).toBe('\udcc0\udcaf');
  });

  it('gives the bytes back (os.fsencode)', () => {
    for (const x of ['plain.bin', 'model\xff.pkl', '\xe2\x82A', '\xed\xa0\x80', '日本語']) {
      const bytes = x === '日本語' ? Buffer.from(x) : b(x);
      expect(fsEncode(fsDecode(bytes)).equals(bytes)).toBe(true);
    }
  });

  it('says why a name is suspicious', () => {
    expect(suspiciousName(b('ok.bin'))).toBeUndefined();
    expect(suspiciousName(Buffer.from('naïve.txt'))).toBeUndefined();
    expect(suspiciousName(b('\xff'))).toBe('is not valid UTF-8');
    expect(suspiciousName(Buffer.from('a\rb'))).toBe('contains a control character');
    expect(suspiciousName(Buffer.from('a\u2066b'))).toMatch(/bidirectional/);
  });

  it('property: decoding and the terminal display of it are injective and printable; fsEncode inverts', () => {
    const bytes = fc.uint8Array({ maxLength: 24 }).map((u) => Buffer.from(u));
    fc.assert(
      fc.property(bytes, bytes, (x, y) => {
        if (x.equals(y)) return;
        expect(fsDecode(x)).not.toBe(fsDecode(y));
        expect(terminalText(fsDecode(x))).not.toBe(terminalText(fsDecode(y)));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(bytes, (x) => {
        expect(terminalText(fsDecode(x))).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}\p{Cs}]/u);
        expect(fsEncode(fsDecode(x)).equals(x)).toBe(true);
        if (isUtf8(x)) expect(fsDecode(x)).toBe(x.toString('utf8'));
      }),
      { numRuns: 2000 },
    );
  });

  it('keys paths by their exact bytes', () => {
    expect(pathKey('/m/a')).toBe('/m/a');
    expect(pathKey(b('/m/\xff'))).not.toBe(pathKey(b('/m/\xfe')));
    expect(pathKey(b('/m/\xff'))).not.toBe(pathKey('/m/\u{fffd}'));
  });
});
