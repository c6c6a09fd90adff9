/**
 * Pickles read the way their loaders read them (fixtures/scripts/pickle_loader.py, whose --check mode
 * runs the harmless twin of every hostile file here under the real loader): forwarders, pickles nested
 * in bytes/str operands, nested-loader gadgets, long operands, Python 2 names, NUL-truncated modules,
 * TorchScript archives, and the calibration of unknown globals. Benign files made by the real
 * libraries stay below the fail level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, type Severity } from '../../../src/core/finding.ts';
import { classifyGlobal } from '../../../src/formats/pickle/globals.ts';
import { analyzeFile, atOrAbove, FIXTURES, failing } from './helpers.ts';

interface Entry {
  file: string;
  technique: string;
  rule: string;
  severity: Severity;
  loader: string;
  runs: boolean;
}

const manifest: Entry[] = JSON.parse(readFileSync(join(FIXTURES, 'pickle/loader/manifest.json'), 'utf8'));

describe('hostile files, each proven under the real loader by the generator', () => {
  for (const e of manifest) {
    it(`${e.technique} → ${e.rule} ${e.severity}`, async () => {
      const r = await analyzeFile(e.file);
      const hit = r.findings.find((f) => f.rule === e.rule && f.severity === e.severity);
      expect(hit, JSON.stringify(r.findings, null, 1)).toBeDefined();
      expect(r.findings.some((f) => atLeast(f.severity, 'high'))).toBe(atLeast(e.severity, 'high'));
      // What a pickle embeds is found by a nested scan: the finding names the operand it came from.
      if (e.loader.startsWith('nested')) {
        const operand = /^(SHORT_)?BIN\w*@\d+$|^BYTEARRAY8@\d+$|^UNICODE@\d+$/;
        expect(r.findings.some((f) => f.rule === e.rule && operand.test(f.member?.[0] ?? ''))).toBe(true);
      }
    });
  }

  it('reports both the gadget and the pickle it would unpickle', async () => {
    const r = await analyzeFile('pickle/loader/kdtree_newobj_datapipe_gadget.pkl');
    const dangerous = r.findings.filter((f) => f.rule === 'pickle/dangerous-global');
    expect(dangerous.map((f) => f.evidence?.global).sort()).toEqual([
      'posix.system',
      'torch.utils.data.datapipes.datapipe._IterDataPipeSerializationWrapper',
    ]);
    expect(dangerous.find((f) => f.evidence?.global === 'posix.system')?.member).toEqual(['BINBYTES@114']);
  });
});

describe('benign files made by the real libraries', () => {
  it('KDTree (newObj + BUILD) and bytes values that are not pickles scan clean', async () => {
    for (const file of ['kdtree_proto2.pkl', 'bytes_values_proto3.pkl']) {
      const r = await analyzeFile(`pickle/loader/benign/${file}`);
      expect(atOrAbove(r.findings, 'medium'), file).toEqual([]);
      expect(r.memberKinds, file).toEqual([]);
    }
  });

  it('a class stored as data is referenced, never called (dtype=np.float32, typing.Any, int)', async () => {
    for (const file of ['onehot_float32.pkl', 'class_as_data.pkl']) {
      const r = await analyzeFile(`pickle/loader/benign/${file}`);
      expect(failing(r.findings), file).toEqual([]);
      for (const f of r.findings) {
        expect(f.rule).toBe('pickle/unknown-global');
        expect(f.evidence?.calledBy).toBeUndefined();
        expect(f.message).toMatch(/references/);
      }
    }
  });

  it("a custom class of the model's own library rebuilt from state is medium, not high", async () => {
    const r = await analyzeFile('pickle/loader/benign/custom_class_rebuilt.pkl');
    expect(r.findings.map((f) => [f.rule, f.severity, f.evidence?.constructedBy])).toEqual([
      ['pickle/unknown-global', 'medium', 'NEWOBJ + BUILD'],
    ]);
  });

  it('BallTree: newObj and the tree class it instantiates are on the derived allowlist: clean', async () => {
    const r = await analyzeFile('pickle/loader/benign/balltree_proto4.pkl');
    expect(atOrAbove(r.findings, 'medium')).toEqual([]);
  });

  it('a class newObj instantiates is classified as instantiated: rebuilt from state (medium) or called (high)', async () => {
    const rebuilt = await analyzeFile('pickle/loader/newobj_forwarder_rebuilt.pkl');
    const called = await analyzeFile('pickle/loader/newobj_forwarder_called.pkl');
    expect(rebuilt.findings.map((f) => [f.rule, f.severity])).toContainEqual([
      'pickle/unknown-global',
      'medium',
    ]);
    expect(called.findings.map((f) => [f.rule, f.severity])).toContainEqual([
      'pickle/unknown-global-called',
      'high',
    ]);
  });
});

describe('TorchScript', () => {
  it('LSTM, GRU and List[Tensor] archives (torch.jit._pickle.build_tensorlist) scan clean', async () => {
    for (const file of ['scripted_lstm.pt', 'scripted_gru.pt', 'scripted_tensorlist.pt', 'scripted.pt']) {
      const r = await analyzeFile(`torch/${file}`);
      expect(atOrAbove(r.findings, 'medium'), file).toEqual([]);
      expect(r.memberKinds, file).toContain('pickle');
    }
  });

  it('re-rooting never turns torch.jit._pickle into pickle', () => {
    for (const name of ['build_tensorlist', 'build_intlist', 'restore_type_tag', 'build_tensor_from_id']) {
      expect(classifyGlobal('torch.jit._pickle', name).verdict, name).not.toBe('dangerous');
      expect(classifyGlobal('torch.jit._pickle', name, undefined, { loader: 'torchscript' }).verdict).toBe(
        'allowed',
      );
    }
  });

  it('classifies with the C++ unpickler set only to allow, never over a Python deny', () => {
    const ts = (m: string, n: string) => classifyGlobal(m, n, undefined, { loader: 'torchscript' }).verdict;
    expect(ts('torch', 'QInt8Storage')).toBe('allowed');
    expect(ts('torch', 'per_channel_affine')).toBe('allowed');
    expect(ts('__main__', 'TensorID')).toBe('allowed');
    expect(ts('torch._tensor', '_rebuild_from_type_v2')).toBe('allowed');
    expect(ts('torch.distributed.rpc', 'rref')).toBe('dangerous');
    expect(ts('torch', 'load')).toBe('dangerous');
    expect(ts('posix', 'system')).toBe('dangerous');
    expect(ts('somepkg', 'Thing')).toBe('unknown');
    // The same names under Python's unpickler keep their Python classification.
    expect(classifyGlobal('__main__', 'TensorID').verdict).toBe('unknown');
  });
});
