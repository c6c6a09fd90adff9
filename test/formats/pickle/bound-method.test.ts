/**
 * getattr(<instance>, '<literal>') is how Python pickles a bound method (torch 1.x OneCycleLR keeps one
 * in its state_dict); legacy torch.load's persistent_load returns the class of a ('module', <class>, ...)
 * id. Both are read as the loader reads them, and every other use stays dangerous. The real files are in
 * fixtures/benign (onecyclelr.pt, whole_sequential_legacy.pt) and the proven hostile twins in
 * fixtures/pickle/loader (bound_method_called.pkl, legacy_module_pid.pt).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeFile, FIXTURES, failing } from './helpers.ts';

const P2 = Buffer.from([0x80, 0x02]);
const bu = (s: string) => {
  const b = Buffer.from(s);
  const n = Buffer.alloc(4);
  n.writeUInt32LE(b.length);
  return Buffer.concat([Buffer.from('X'), n, b]);
};
const g0 = (m: string, n: string) => Buffer.from(`c${m}\n${n}\n`);
const GETATTR = g0('__builtin__', 'getattr');
// np.zeros(1, uint8) pickled with protocol 2, without PROTO and STOP: an instance of an allowed class.
const NDARRAY = (() => {
  const made = readFileSync(join(FIXTURES, 'pickle', 'loader', 'bound_method_called.pkl'));
  const start = made.indexOf('cnumpy');
  return made.subarray(start, made.indexOf(bu('tofile')));
})();
const bound = (target: Buffer, attr: string) =>
  Buffer.concat([GETATTR, Buffer.from('('), target, bu(attr), Buffer.from('tR')]);
const pkl = (...parts: Buffer[]) => Buffer.concat([P2, ...parts, Buffer.from('.')]);
const rules = async (data: Buffer) =>
  (await analyzeBytes(data, 'x.pkl')).findings.map((f) => `${f.rule}:${f.severity}`);

describe('bound methods', () => {
  it('a torch 1.13 OneCycleLR state_dict is low, not a dangerous getattr', async () => {
    const r = await analyzeFile('benign/torch/sched/onecyclelr.pt');
    expect(failing(r.findings)).toEqual([]);
    expect(r.findings.map((f) => f.rule)).toContain('pickle/bound-method');
  });

  it('an uncalled bound method of an allowed instance is low', async () => {
    expect(await rules(pkl(bound(NDARRAY, 'tofile')))).toEqual(['pickle/bound-method:low']);
  });

  it('calling the method, or handing getattr itself around, keeps getattr critical', async () => {
    const called = await analyzeFile('pickle/loader/bound_method_called.pkl');
    expect(called.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['pickle/dangerous-global', 'pickle/computed-call']),
    );
    // [bound method, getattr]: getattr pushed twice, used once as a bound method.
    const asData = pkl(Buffer.from('('), bound(NDARRAY, 'tofile'), GETATTR, Buffer.from('l'));
    expect(await rules(asData)).toContain('pickle/dangerous-global:critical');
    // The memoised getattr used again, on a string instead of an instance.
    const memo = pkl(
      GETATTR,
      Buffer.from('r\xe8\x03\x00\x00(', 'latin1'),
      NDARRAY,
      bu('tofile'),
      Buffer.from('tR0j\xe8\x03\x00\x00(', 'latin1'),
      bu('x'),
      bu('join'),
      Buffer.from('tR'),
    );
    expect(await rules(memo)).toContain('pickle/dangerous-global:critical');
  });

  it('dunder or code-running names, and instances of unlisted classes, stay critical', async () => {
    for (const attr of ['__reduce_ex__', '__class__', 'system', '__x']) {
      expect(await rules(pkl(bound(NDARRAY, attr))), attr).toContain('pickle/dangerous-global:critical');
    }
    const unknown = Buffer.concat([g0('mylib', 'Thing'), Buffer.from(')R')]);
    expect(await rules(pkl(bound(unknown, 'run')))).toContain('pickle/dangerous-global:critical');
  });
});

describe('persistent ids as the loader resolves them', () => {
  it("legacy torch.save of a whole module: the class in a ('module', ...) id is what NEWOBJ makes", async () => {
    const r = await analyzeFile('benign/torch/whole_sequential_legacy.pt');
    expect(failing(r.findings)).toEqual([]);
    expect(r.findings.map((f) => f.rule)).not.toContain('pickle/computed-call');
  });

  it('a dangerous global returned by a module id is classified and called as itself', async () => {
    const r = await analyzeFile('pickle/loader/legacy_module_pid.pt');
    const f = r.findings.find((x) => x.rule === 'pickle/dangerous-global');
    expect(f?.evidence?.global).toBe('posix.system');
    expect(f?.evidence?.calledBy).toBe('REDUCE');
  });

  it('outside the legacy data pickle a persistent id stays opaque, and calling it is a computed call', async () => {
    const data = pkl(Buffer.from('('), bu('module'), g0('collections', 'OrderedDict'), Buffer.from('NNtQ)R'));
    expect(await rules(data)).toContain('pickle/computed-call:high');
  });

  it('the polyglot probe stops at a persistent id: no loader that reads from byte 0 defines persistent_load', async () => {
    // A zip starts with PK (PERSID): torch zips hold their pickle stored, and that must not be walked
    // as the continuation of a stream that pickle.load refuses at byte 0.
    const r = await analyzeFile('benign/torch/sched/onecyclelr.pt');
    expect(r.findings.some((f) => f.evidence?.polyglot !== undefined)).toBe(false);
  });
});
