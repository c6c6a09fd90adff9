/**
 * The parse guard (src/core/parse-guard.ts): nesting pre-checks read each language the way its
 * tokenizer does (strings and comments skipped), any throw becomes a typed failure in our words,
 * and the pre-checks are linear (fast-check: random text never throws, deep text is refused early).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureOf, guardParse, guardRun, NESTING, tomlLongStrings } from '../../src/core/parse-guard.ts';
import { DEPTH_LIMITS, LENGTH_LIMITS } from '../../src/core/parse-limits.ts';

describe('nesting pre-checks', () => {
  it("Python: brackets past CPython's 200, not counting strings and comments", () => {
    expect(NESTING.python(`x = ${'('.repeat(200)}${')'.repeat(200)}`, 200)).toBe(-1);
    expect(NESTING.python(`x = ${'('.repeat(201)}`, 200)).toBe(204);
    expect(NESTING.python(`s = "${'('.repeat(500)}"  # ${'['.repeat(500)}\n`, 200)).toBe(-1);
    expect(NESTING.python(`s = """\n${'{'.repeat(500)}\n"""`, 200)).toBe(-1);
  });

  it('Python: expression chains past what CPython compiles (about 3,000)', () => {
    const limit = DEPTH_LIMITS.pythonExpression;
    expect(NESTING.python(`x = f${'()'.repeat(limit - 10)}`, 200)).toBe(-1);
    expect(NESTING.python(`x = f${'()'.repeat(50_000)}`, 200)).toBeGreaterThan(0);
    expect(NESTING.python(`x = ${'not '.repeat(50_000)}a`, 200)).toBeGreaterThan(0);
    expect(NESTING.python(`x = 1${'+1'.repeat(50_000)}`, 200)).toBeGreaterThan(0);
    // Long flat lists and argument lists are not deep: commas start new chains.
    expect(NESTING.python(`x = [${'a.b(c), '.repeat(50_000)}]`, 200)).toBe(-1);
    expect(NESTING.python(`x = {${'"k": v + 1, '.repeat(50_000)}}`, 200)).toBe(-1);
    expect(NESTING.python(`${'x = a.b(c) + d\n'.repeat(50_000)}`, 200)).toBe(-1);
  });

  it('YAML: flow collections as the yaml lexer reads them (block scalars and quotes are text)', () => {
    expect(NESTING.yaml(`a: ${'['.repeat(65)}`, 64)).toBe(67);
    expect(NESTING.yaml(`a: ${'['.repeat(64)}${']'.repeat(64)}`, 64)).toBe(-1);
    expect(NESTING.yaml(`run: |\n  ${'['.repeat(500)}\nb: "${'{'.repeat(500)}"\n`, 64)).toBe(-1);
    expect(NESTING.yaml(`run: echo \${{ x }} [${'['.repeat(100)}\n`, 64)).toBe(-1);
  });

  it('TOML: arrays and inline tables; strings, literal strings and comments skipped', () => {
    expect(NESTING.toml(`a = ${'['.repeat(65)}`, 64)).toBe(68);
    expect(
      NESTING.toml(`a = "${'['.repeat(100)}" # ${'{'.repeat(100)}\nb = '${'['.repeat(100)}'\n`, 64),
    ).toBe(-1);
    expect(NESTING.toml(`[tool.x]\n${'[[a.b]]\n'.repeat(1000)}`, 64)).toBe(-1);
  });

  it('TOML: strings longer than the limit are found with their quotes', () => {
    const text = `a = "${'x'.repeat(100)}"\nb = '''\n${'y'.repeat(100)}'''\nc = "short"\n`;
    const spans = tomlLongStrings(text, 50);
    expect(spans.map(([f, t]) => [text.slice(f, f + 4), text.slice(t - 4, t)])).toEqual([
      ['"xxx', 'xxx"'],
      ["'''\n", "y'''"],
    ]);
  });

  it('random text never throws and stays linear', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'([{}])"\'#\\\n :,ab+.'.split('')), maxLength: 2000 }),
        (t) => {
          for (const scan of Object.values(NESTING)) {
            const at = scan(t, 8);
            expect(at).toBeGreaterThanOrEqual(-1);
            expect(at).toBeLessThanOrEqual(t.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('guardParse and guardRun', () => {
  it('refuses text past the length or depth limit before parsing', () => {
    let parsed = false;
    const parse = () => {
      parsed = true;
      return 1;
    };
    expect(guardParse('x'.repeat(11), parse, { what: 'YAML', maxLength: 10 })).toEqual({
      ok: false,
      failure: {
        reason: 'too-large',
        offset: 10,
        message: 'YAML text is longer than 10 characters; not parsed',
      },
    });
    expect(
      guardParse(`a: ${'['.repeat(9)}`, parse, { what: 'YAML', nesting: NESTING.yaml, maxDepth: 8 }),
    ).toEqual({
      ok: false,
      failure: { reason: 'too-deep', offset: 11, message: 'YAML nests deeper than 8 levels; not parsed' },
    });
    expect(parsed).toBe(false);
    expect(guardParse('a: 1', parse, { what: 'YAML' })).toEqual({ ok: true, value: 1 });
  });

  it('turns any throw into our one-line message, never the library text', () => {
    const overflow = () => {
      const f = (n: number): number => f(n + 1) + 1;
      return f(0);
    };
    const r = guardRun(overflow, 'TOML');
    expect(r).toEqual({
      ok: false,
      failure: {
        reason: 'stack-overflow',
        offset: 0,
        message: 'the TOML reader ran out of stack (the input is nested or chained too deeply); not parsed',
      },
    });
    const typeError = guardRun(() => (undefined as unknown as { x: number }).x, 'Python');
    expect(typeError).toEqual({
      ok: false,
      failure: {
        reason: 'internal-error',
        offset: 0,
        message: 'the Python reader failed on this input; not parsed',
      },
    });
    for (const thrown of [new Error('Cannot read properties of undefined'), 'a string', null, 42]) {
      const f = failureOf(thrown, 'YAML');
      expect(f.message).not.toMatch(/Cannot read|string|null|42/);
    }
  });
});

describe('YAML size', () => {
  it('YAML longer than the yaml library composes within the memory target is refused before parsing', () => {
    let called = false;
    const long = guardParse('a: 1\n'.repeat(LENGTH_LIMITS.configYaml / 4), () => (called = true), {
      what: 'YAML',
      maxLength: LENGTH_LIMITS.configYaml,
    });
    expect(long.ok).toBe(false);
    expect(called).toBe(false);
    if (!long.ok) expect(long.failure.reason).toBe('too-large');
    expect(guardParse('a: 1\n', () => 1, { what: 'YAML' }).ok).toBe(true);
  });
});
