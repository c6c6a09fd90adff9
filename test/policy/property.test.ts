/** Policy files may come from a scanned folder: the loader must take any bytes without throwing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceRefusal } from '../../src/policy/apply.ts';
import { emptyPolicy } from '../../src/policy/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';

const VALID = `version: 1
failOn: high
rules:
  repo/lfs-pointer: low
formats:
  allow: [safetensors, gguf]
pickle:
  allow:
    - collections.OrderedDict
    - { global: builtins.getattr, force: true, reason: ok }
verification:
  require: signature
  signers:
    - identity: a
      issuer: b
sources:
  huggingface: [meta-llama]
ignore:
  - rule: repo/*
    path: "weights/**"
    reason: later
    expires: 2030-01-01
`;
const JSON_VALID = JSON.stringify({
  failOn: 'low',
  ignore: [{ rule: 'repo/lfs-pointer', path: '**', reason: 'r' }],
});

function check(text: string, file: string): void {
  const started = performance.now();
  const r = parsePolicy(text, file);
  expect(performance.now() - started).toBeLessThan(1000);
  if (r.policy) expect(r.errors).toEqual([]);
  else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.path.length).toBeGreaterThan(0);
      expect(e.message.length).toBeGreaterThan(0);
      if (e.line !== undefined) expect(e.line).toBeGreaterThanOrEqual(1);
    }
  }
}

const mutate = (base: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: base.length }),
        del: fc.nat({ max: 8 }),
        ins: fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom(
            ':',
            '- ',
            '[',
            ']',
            '{',
            '}',
            '&a ',
            '*a',
            '!!binary ',
            '"',
            "'",
            '\n  ',
            '\t',
            '#',
            '? ',
            '|',
          ),
        ),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => {
      let s = base;
      for (const e of edits) {
        const at = Math.min(e.at, s.length);
        s = s.slice(0, at) + e.ins + s.slice(at + e.del);
      }
      return s;
    });

describe('parsePolicy never throws', () => {
  it('on mutated YAML policies', () => {
    fc.assert(
      fc.property(mutate(VALID), (text) => check(text, 'p.yml')),
      { numRuns: 200 },
    );
  });
  it('on mutated JSON policies', () => {
    fc.assert(
      fc.property(mutate(JSON_VALID), (text) => check(text, 'p.json')),
      { numRuns: 200 },
    );
  });
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => check(text, 'p.yml')),
      { numRuns: 200 },
    );
  });
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => check(JSON.stringify(v), 'p.json')),
      { numRuns: 200 },
    );
  });
});

describe('source decisions', () => {
  it('sourceRefusal decides any source under any sources list without throwing', () => {
    const hubs = ['huggingface', 'github', 'ollama', 'kaggle', 'modelscope', 'url'] as const;
    const name = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(
        fc.constantFrom(...hubs),
        name,
        name,
        fc.dictionary(fc.constantFrom(...hubs), fc.array(fc.oneof(name, fc.constant('*')), { maxLength: 4 })),
        (hub, owner, model, sources) => {
          const p = { ...emptyPolicy(), sources };
          const why = sourceRefusal(p, { hub, owner, name: model });
          if (Object.keys(sources).length === 0) expect(why).toBeUndefined();
          if (sources[hub]?.includes('*')) expect(why).toBeUndefined();
          if (why !== undefined) expect(typeof why).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });
});
