/**
 * The generated pickle tables (allowlist.ts, gadgets.ts, forwarders.ts, made by
 * fixtures/scripts/pickle_tables.sh from the installed libraries) and how the classifier reads them.
 * The generators' `--check` mode proves the committed files are what the scripts make.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_ALLOWLIST } from '../../../src/formats/pickle/allowlist.ts';
import { DENYLIST } from '../../../src/formats/pickle/denylist.ts';
import { BUILD_FORWARDERS, FORWARDERS } from '../../../src/formats/pickle/forwarders.ts';
import { GADGETS } from '../../../src/formats/pickle/gadgets.ts';
import { classifyGlobal } from '../../../src/formats/pickle/globals.ts';
import { analyzeFile, FIXTURES } from './helpers.ts';

const split = (full: string): [string, string] => {
  const dot = full.lastIndexOf('.');
  return [full.slice(0, dot), full.slice(dot + 1)];
};
const verdict = (full: string) => classifyGlobal(...split(full)).verdict;

describe('derived allowlist', () => {
  it('holds the ecosystem, not one configuration per estimator', () => {
    expect(DERIVED_ALLOWLIST.length).toBeGreaterThan(1200); // 316 before: one configuration per estimator
    expect(new Set(DERIVED_ALLOWLIST).size).toBe(DERIVED_ALLOWLIST.length);
  });

  it.each([
    // quantized storages and qschemes
    'torch.QInt8Storage',
    'torch.QUInt8Storage',
    'torch.QInt32Storage',
    'torch.QUInt4x2Storage',
    'torch.per_tensor_affine',
    'torch.per_channel_affine',
    'torch.per_channel_affine_float_qparams',
    'torch._utils._rebuild_qtensor',
    // whole-module pickles of torch.nn, quantized and torchvision modules
    'torch.nn.modules.transformer.TransformerDecoderLayer',
    'torch.nn.modules.conv.ConvTranspose3d',
    'torch.ao.nn.quantized.modules.linear.LinearPackedParams',
    'torch.ao.nn.quantized.dynamic.modules.rnn.LSTM',
    'torch.nn.quantized.modules.linear.Linear', // the torch 1.12 path of the same class
    'torchvision.models.resnet.ResNet',
    'torchvision.models.vision_transformer.EncoderBlock',
    'torchvision.ops.misc.Conv2dNormActivation',
    'torch.jit._pickle.build_tensorlist',
    // scikit-learn in several configurations
    'sklearn._loss._loss.CyHalfMultinomialLoss',
    'sklearn.neighbors._ball_tree.BallTree',
    'sklearn.neighbors._kd_tree.KDTree',
    'sklearn.metrics._dist_metrics.HaversineDistance',
    'scipy.sparse._bsr.bsr_matrix',
    'scipy.sparse._dia.dia_matrix',
    'scipy.sparse._lil.lil_matrix',
    'scipy.sparse._dok.dok_matrix',
    // data classes checkpoints carry
    'argparse.Namespace',
    'omegaconf.dictconfig.DictConfig',
    'omegaconf.base.ContainerMetadata',
    'collections.Counter',
    'builtins.int',
    'builtins.dict',
    'datetime.datetime',
    'datetime.timezone',
    'pathlib.PosixPath',
    'pathlib.PurePosixPath',
    // pandas internals and xgboost's sklearn wrappers
    'pandas.core.internals.managers.BlockManager',
    'pandas._libs.internals._unpickle_block',
    'pandas.core.indexes.base._new_Index',
    'xgboost.sklearn.XGBClassifier',
    'xgboost.core.Booster',
    // numpy scalar types
    'numpy.float16',
    'numpy.datetime64',
  ])('allows %s', (full) => {
    expect(DERIVED_ALLOWLIST).toContain(full);
    expect(verdict(full)).toBe('allowed');
  });

  it.each([
    'pathlib.PosixPath.write_text',
    'pathlib.Path.write_bytes',
    'pandas.core.frame.DataFrame.to_pickle',
    'pandas.core.frame.DataFrame.eval',
    'builtins.eval',
    'numpy.ndarray.tofile',
  ])('keeps the names that act dangerous: %s', (full) => {
    expect(verdict(full)).toBe('dangerous');
  });

  it('functools.partial is allowed as a forwarder: what it wraps counts as called', () => {
    // torchvision keeps partial(nn.LayerNorm, eps=1e-6) in whole-module pickles (vit_b_16); partial only
    // stores its function, which runs when the partial is called (functools.reduce calls at once: denied).
    expect(verdict('functools.partial')).toBe('allowed');
    expect(FORWARDERS.get('functools.partial')).toEqual([0]);
    expect(BUILD_FORWARDERS.get('functools.partial')).toEqual(['*']);
    expect(verdict('functools.reduce')).toBe('dangerous');
  });

  it('a method of an allowed class is not allowed by the class', () => {
    expect(verdict('pathlib.PosixPath.exists')).toBe('unknown');
    expect(verdict('collections.Counter.fromkeys')).toBe('unknown');
  });
});

describe('gadgets (deny data derived from the libraries)', () => {
  it('names the sink and the upstream file and line of each', () => {
    expect(GADGETS.length).toBeGreaterThan(200);
    for (const g of GADGETS) {
      expect(g.where, g.global).toMatch(/^.+\.py:\d+$/);
      expect(g.sink.length, g.global).toBeGreaterThan(3);
    }
  });

  it.each([
    ['torch.utils.data.datapipes.datapipe._IterDataPipeSerializationWrapper', 'nested-loader'],
    ['torch.fx.graph_module.GraphModule', 'code-execution'],
    ['scipy.stats._continuous_distns.norm_gen', 'code-execution'],
    ['torch.serialization._open_file', 'filesystem'],
    ['numpy.core._ufunc_reconstruct', 'importer'],
  ])('denies %s (%s)', (full, category) => {
    expect(GADGETS.find((g) => g.global === full)?.category).toBe(category);
    expect(DENYLIST.get(full)?.reason).toContain('→');
    expect(verdict(full)).toBe('dangerous');
  });

  it('no allowed name is a gadget', () => {
    const gadgets = new Set(GADGETS.map((g) => g.global));
    expect(DERIVED_ALLOWLIST.filter((n) => gadgets.has(n))).toEqual([]);
  });

  it('the hand-written denylist keeps its own reasons where it also lists a gadget', () => {
    expect(DENYLIST.get('numpy.memmap')?.reason).toBe('reads, writes or deletes files');
  });
});

describe('forwarders (the audit of every allowed callable)', () => {
  it('has argument positions or -1 only', () => {
    for (const [name, positions] of FORWARDERS) {
      expect(positions.length, name).toBeGreaterThan(0);
      for (const p of positions) expect(Number.isInteger(p) && p >= -1, name).toBe(true);
    }
  });

  it.each([
    ['copyreg._reconstructor', [0, 1]],
    ['collections.defaultdict', [0]],
    ['numpy.core.multiarray._reconstruct', [0]],
    ['torch._utils._rebuild_tensor_v2', [5]],
    ['sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError', [0]],
  ])('%s forwards %j', (name, positions) => {
    expect(FORWARDERS.get(name)).toEqual(positions);
  });

  it("catches sklearn's newObj, which instantiates its argument (compiled, no source: every argument)", () => {
    for (const name of [
      'sklearn.metrics._dist_metrics.newObj',
      'sklearn.neighbors._ball_tree.newObj',
      'sklearn.neighbors._kd_tree.newObj',
    ]) {
      expect(FORWARDERS.get(name), name).toEqual([-1]);
    }
  });

  it('knows which allowed classes call values of their state', () => {
    expect(BUILD_FORWARDERS.get('sklearn.preprocessing._function_transformer.FunctionTransformer')).toEqual(
      expect.arrayContaining(['func']),
    );
    expect(BUILD_FORWARDERS.get('torch.nn.modules.transformer.TransformerEncoderLayer')).toEqual(
      expect.arrayContaining(['activation']),
    );
    for (const [name, keys] of BUILD_FORWARDERS) expect(keys.length, name).toBeGreaterThan(0);
  });

  it('every audited name is an allowed name or documented compiled code', () => {
    const allowed = new Set(DERIVED_ALLOWLIST);
    const documented = [...FORWARDERS.keys()].filter((n) => !allowed.has(n));
    expect(
      documented.every((n) => /^(torch\._tensor|torch\._utils|numpy)\./.test(n)),
      documented.join(', '),
    ).toBe(true);
  });
});

describe('hostile twins of the derived tables (fixtures/gadgets, proven by pickle_gadget_twins.py --check)', () => {
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'gadgets', 'manifest.json'), 'utf8')) as {
    file: string;
    global: string;
    rule: string;
    severity: string;
  }[];
  it.each(manifest)('$file is $severity $rule naming $global', async (m) => {
    const { findings } = await analyzeFile(join('gadgets', m.file));
    const hit = findings.find((f) => f.rule === m.rule && f.evidence?.global === m.global);
    expect(hit?.severity, JSON.stringify(findings.map((f) => [f.rule, f.message]))).toBe(m.severity);
  });
});
