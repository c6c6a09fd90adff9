import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { looksLikeOnnx } from '../../../src/formats/onnx/sniff.ts';
import { ProtoCursor } from '../../../src/formats/protobuf/cursor.ts';
import {
  evaluateTensorflow,
  inputNode,
  textGraphOps,
  walkTensorflow,
} from '../../../src/formats/tensorflow/analyze.ts';
import { looksLikeSavedModel } from '../../../src/formats/tensorflow/sniff.ts';
import { FIXTURES, mutateFixture, rules, scanBytes, scanFile, serious } from '../models-helper.ts';
import { type PbField, pb } from '../models-helper.ts';

const dir = join(FIXTURES, 'tensorflow');
const sm = (n: string) => join(dir, n, 'saved_model.pb');
const one = async (n: string) => (await scanFile(sm(n))).findings;

describe('tensorflow SavedModel', () => {
  it('sniffs SavedModels by structure, also without their name, and never as ONNX', async () => {
    for (const n of ['tf2_benign', 'tf1_benign', 'read_file']) {
      const data = readFileSync(sm(n));
      expect((await scanFile(sm(n))).kind).toBe('tf-savedmodel');
      expect((await scanBytes(data, 'blob.bin')).kind).toBe('tf-savedmodel');
      expect(looksLikeOnnx(data.subarray(0, 4096), data.length, 'saved_model.pb')).toBe(false);
    }
    const onnx = readFileSync(join(FIXTURES, 'onnx', 'mlp.onnx'));
    expect(looksLikeSavedModel(onnx, onnx.length, 'mlp.onnx')).toBe(false);
  });

  it('benign TF1 and TF2 SavedModels (savers included) have no finding', async () => {
    expect(await one('tf2_benign')).toEqual([]);
    expect(await one('tf1_benign')).toEqual([]);
  });

  it('collects ops from the graph and every library function', async () => {
    const s = await walkTensorflow(
      new ProtoCursor(new BufferSource(readFileSync(sm('tf2_benign')), 'x')),
      false,
    );
    expect(s.metaGraphs[0]!.saver).toEqual({
      filename: 'saver_filename:0',
      save: 'StatefulPartitionedCall_1:0',
      restore: 'StatefulPartitionedCall_2',
    });
    expect([...s.functions.keys()].sort()).toEqual([
      '__inference__traced_restore_104',
      '__inference__traced_save_88',
      '__inference_signature_wrapper_120',
    ]);
    expect(s.functions.get('__inference__traced_save_88')!.map((n) => n.op)).toContain('MergeV2Checkpoints');
  });

  it('ReadFile / WriteFile / PrintV2-to-file / debug URLs are high and name the constant path', async () => {
    const r = await one('read_file');
    expect(rules(r)).toEqual(['tensorflow/io-op']);
    expect(r[0]!.severity).toBe('high');
    expect(r[0]!.message).toContain('/home/user/.ssh/id_rsa');
    expect(rules(await one('write_file'))).toEqual(['tensorflow/io-op']);
    expect(rules(await one('print_to_file'))).toEqual(['tensorflow/io-op', 'tensorflow/io-op']);
  });

  it('EagerPyFunc in a function reached through PartitionedCall is critical', async () => {
    const r = await one('py_func_nested');
    expect(r.map((f) => [f.rule, f.severity])).toEqual([['tensorflow/py-func-op', 'critical']]);
    expect(r[0]!.evidence?.scope).toBe('__inference_helper_7');
  });

  it('checkpoint ops outside the saver, or with a constant prefix inside it, are high', async () => {
    expect(rules(await one('restore_outside_saver'))).toEqual(['tensorflow/checkpoint-op-outside-saver']);
    const r = await one('saver_constant_prefix');
    expect(rules(r)).toEqual(['tensorflow/checkpoint-op-outside-saver']);
    expect(r[0]!.evidence?.node).toBe('SaveV2_1');
  });

  it('a saver function name alone does not whitelist it: only the SaverDef reachability does', () => {
    const node = (scope: string, name: string, op: string, inputs: string[] = [], funcs: string[] = []) => ({
      scope,
      name,
      op,
      inputs,
      funcs,
      strings: {},
    });
    const s = {
      metaGraphs: [
        {
          scope: 'meta graph 0',
          nodes: [node('meta graph 0', 'call', 'PartitionedCall', [], ['__inference__traced_save_1'])],
          kerasMetadata: [],
          assets: [],
        },
      ],
      functions: new Map([
        [
          '__inference__traced_save_1',
          [node('__inference__traced_save_1', 'SaveV2', 'SaveV2', ['file_prefix'])],
        ],
      ]),
    };
    expect(evaluateTensorflow(s).map((i) => i.rule.id)).toEqual(['tensorflow/checkpoint-op-outside-saver']);
    expect(inputNode('^a/b:output:0')).toBe('a/b');
  });

  it('vocabulary tables are low; tf.data file caches are high unless in memory', () => {
    const n = (name: string, op: string, inputs: string[] = [], constString?: string) => ({
      scope: 'meta graph 0',
      name,
      op,
      inputs,
      funcs: [],
      strings: {},
      ...(constString !== undefined ? { constString } : {}),
    });
    const graph = (...nodes: ReturnType<typeof n>[]) => ({
      metaGraphs: [{ scope: 'meta graph 0', nodes, kerasMetadata: [], assets: [] }],
      functions: new Map(),
    });
    const vocab = evaluateTensorflow(
      graph(
        n('table', 'HashTableV2'),
        n('path', 'Const', [], 'assets/vocab.txt'),
        n('init', 'InitializeTableFromTextFileV2', ['table', 'path']),
      ),
    );
    expect(vocab.map((i) => [i.rule.id, i.rule.severity, i.detail])).toEqual([
      ['tensorflow/asset-read-op', 'low', 'constant path "assets/vocab.txt"'],
    ]);
    const mem = evaluateTensorflow(
      graph(n('ds', 'RangeDataset'), n('f', 'Const', [], ''), n('c', 'CacheDatasetV2', ['ds', 'f'])),
    );
    expect(mem).toEqual([]);
    const file = evaluateTensorflow(
      graph(
        n('ds', 'RangeDataset'),
        n('f', 'Const', [], '/home/u/.cache/x'),
        n('c', 'CacheDatasetV2', ['ds', 'f']),
      ),
    );
    expect(file.map((i) => i.rule.id)).toEqual(['tensorflow/io-op']);
  });

  it('an asset file name that climbs out of assets/ is critical; a plain one is not', async () => {
    const r = await one('asset_escape');
    expect(r.filter((f) => f.severity === 'critical').map((f) => [f.rule, f.evidence?.asset])).toEqual([
      ['tensorflow/asset-path-escape', '../../../.ssh/id_rsa'],
    ]);
  });

  it('Keras metadata in the object graph goes through the Keras checks', async () => {
    expect(rules(await one('keras_lambda_metadata')).sort()).toEqual([
      'keras/dangerous-reference',
      'keras/lambda-layer',
    ]);
  });

  it('truncated SavedModel is a finding; frozen GraphDef .pb is walked', async () => {
    expect(rules(await one('truncated'))).toEqual(['tensorflow/malformed']);
    const g = await scanFile(join(dir, 'frozen_read_file.pb'));
    expect(g.kind).toBe('tf-graphdef');
    expect(rules(g.findings)).toEqual(['tensorflow/io-op']);
  });

  it('keras_metadata.pb of a tf.keras SavedModel: a Lambda is reported once (model and layer nodes)', async () => {
    const { kind, findings } = await scanFile(join(dir, 'keras_saved_model', 'keras_metadata.pb'));
    expect(kind).toBe('keras-metadata');
    expect(rules(findings)).toEqual(['keras/lambda-layer', 'keras/serialized-bytecode']);
    expect(await one('keras_saved_model')).toEqual([]);
  });

  it('text-format SavedModel: parsed like the binary one (saver structure checked), ops with their line', async () => {
    const { findings } = await scanFile(join(dir, 'text_read_file', 'saved_model.pbtxt'));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['tensorflow/io-op', 'high']]);
    expect(findings[0]!.line).toBeGreaterThan(1);
    expect(findings[0]!.message).toContain('/home/user/.aws/credentials');
    expect(await scanFile(join(dir, 'text_tf2_benign', 'saved_model.pbtxt'))).toEqual({
      kind: 'text',
      findings: [],
    });
  });

  it('text spellings protobuf reads as op names (adjacent literals, escapes, comments, <>), proven by text_format', async () => {
    const { findings } = await scanFile(join(dir, 'text_evasion', 'saved_model.pbtxt'));
    expect(findings.map((f) => [f.rule, f.evidence?.op, f.evidence?.node])).toEqual([
      ['tensorflow/io-op', 'ReadFile', 'HIDE_READ'],
      ['tensorflow/py-func-op', 'PyFunc', 'HIDE_PY'],
      ['tensorflow/io-op', 'WriteFile', 'HIDE_WRITE'],
    ]);
    expect(textGraphOps(`node {\n  name: "x"\n  op: 'Py' "Func" # op: "Const"\n}`)).toEqual([
      { op: 'PyFunc', line: 3 },
    ]);
  });

  it('a text graph that does not parse is malformed, and its op tokens are still checked', async () => {
    const text = 'meta_graphs {\n graph_def {\n node { op: "Read" "File" }\n node { op: "SaveV2" }\n';
    const { findings } = await scanBytes(Buffer.from(text), 'saved_model.pbtxt');
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['tensorflow/malformed', 'high'],
      ['tensorflow/io-op', 'high'],
      ['tensorflow/text-graph-checkpoint-op', 'medium'],
    ]);
    expect(findings[0]!.message).toMatch(/line \d+/);
  });

  it('other text protos (label maps) are not graphs', async () => {
    const labels = 'item {\n  name: "/m/01g317"\n  id: 1\n  display_name: "person"\n}\n';
    expect((await scanBytes(Buffer.from(labels), 'label_map.pbtxt')).findings).toEqual([]);
  });

  it('unknown fields before the meta graph (kept by protobuf) do not hide the model', async () => {
    const path = join(dir, 'unknown_first_field', 'saved_model.pb');
    const { kind, findings } = await scanFile(path);
    expect(kind).toBe('tf-savedmodel');
    expect(rules(findings)).toEqual(['tensorflow/io-op']);
    // A known field with another wire type is an unknown field for protobuf too: skipped, not malformed.
    const model = readFileSync(sm('read_file'));
    const odd = Buffer.concat([pb([[2, 5]]), model, pb([[1, 'not a version']])]);
    expect(rules((await scanBytes(odd, 'saved_model.pb')).findings)).toEqual(['tensorflow/io-op']);
    // A frozen GraphDef with an unknown field first is still a GraphDef.
    const frozen = Buffer.concat([pb([[20, 'padding']]), readFileSync(join(dir, 'frozen_read_file.pb'))]);
    const g = await scanBytes(frozen, 'frozen.pb');
    expect([g.kind, rules(g.findings)]).toEqual(['tf-graphdef', ['tensorflow/io-op']]);
  });

  it('the data files of a SavedModel folder are recognised, not unknown binary', async () => {
    const fp = Buffer.from([
      0x08, 0x96, 0x01, 0x10, 0x05, 0x18, 0x07, 0x20, 0x01, 0x28, 0x02, 0x32, 0x02, 0x08, 0x01,
    ]);
    expect(await scanBytes(fp, 'fingerprint.pb')).toEqual({ kind: 'tf-data', findings: [] });
    const index = Buffer.concat([Buffer.alloc(40), Buffer.from('57fb808b247547db', 'hex')]);
    expect((await scanBytes(index, 'variables.index')).kind).toBe('tf-data');
    expect((await scanBytes(Buffer.alloc(64, 7), 'variables.data-00000-of-00001')).kind).toBe('tf-data');
    // A name is no disguise for content another sniffer knows.
    expect((await scanBytes(Buffer.from('PK\x03\x04', 'latin1'), 'variables.data-00000-of-00001')).kind).toBe(
      'zip',
    );
  });

  it('benign fixtures have nothing at medium or above', async () => {
    for (const n of ['tf1_benign', 'tf2_benign']) expect(serious(await one(n))).toEqual([]);
  });

  it('property: mutated fixtures never crash the analyzer', async () => {
    for (const n of readdirSync(dir)) {
      const files = statSync(join(dir, n)).isDirectory()
        ? readdirSync(join(dir, n)).map((f) => join(dir, n, f))
        : [join(dir, n)];
      for (const p of files) await mutateFixture(p, p.split('/').at(-1)!, 30);
    }
  });
});

describe('tensorflow: techniques through any call chain (property)', () => {
  const attrFunc = (key: string, fn: string): PbField => [
    5,
    [
      [1, key],
      [2, [[10, [[1, fn]]]]],
    ],
  ];
  const nodeDef = (name: string, op: string, extra: PbField[] = []): PbField => [
    1,
    [[1, name], [2, op], ...extra],
  ];
  const payloads = {
    PyFunc: 'tensorflow/py-func-op',
    EagerPyFunc: 'tensorflow/py-func-op',
    ReadFile: 'tensorflow/io-op',
    MatchingFiles: 'tensorflow/io-op',
    SaveV2: 'tensorflow/checkpoint-op-outside-saver',
    RestoreV2: 'tensorflow/checkpoint-op-outside-saver',
  };

  it('a dangerous op is found in any function reached by attrs or by op name, whatever the names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            byOp: fc.boolean(),
            name: fc.constantFrom('__inference__traced_save_9', 'f', 'g', '__inference_x_1'),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.constantFrom(...Object.keys(payloads)),
        async (chain, payload) => {
          const names = chain.map((c, i) => `${c.name}_${i}`);
          const functions: PbField[] = names.map((name, i) => {
            const next = names[i + 1];
            const body: PbField[] = next
              ? [
                  chain[i + 1]!.byOp
                    ? [
                        3,
                        [
                          [1, 'call'],
                          [2, next],
                        ],
                      ]
                    : [3, [[1, 'call'], [2, 'PartitionedCall'], attrFunc('f', next)]],
                ]
              : [
                  [
                    3,
                    [
                      [1, 'payload'],
                      [2, payload],
                    ],
                  ],
                ];
            return [1, [[1, [[1, name]]], ...body]];
          });
          const first = chain[0]!.byOp
            ? nodeDef('call', names[0]!)
            : nodeDef('call', 'StatefulPartitionedCall', [attrFunc('f', names[0]!)]);
          const model = pb([
            [1, 1],
            [
              2,
              [
                [2, [first, nodeDef('saver_filename', 'Placeholder'), [2, functions]]],
                [
                  3,
                  [
                    [1, 'saver_filename:0'],
                    [2, 'StatefulPartitionedCall_1:0'],
                    [3, 'StatefulPartitionedCall_2'],
                  ],
                ],
              ],
            ],
          ]);
          const { findings } = await scanBytes(model, 'saved_model.pb');
          expect(rules(findings)).toContain(payloads[payload as keyof typeof payloads]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
