import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lexicalEscape } from '../../../src/core/paths.ts';
import { walkOnnx } from '../../../src/formats/onnx/analyze.ts';
import { looksLikeOnnx } from '../../../src/formats/onnx/sniff.ts';
import { ProtoCursor } from '../../../src/formats/protobuf/cursor.ts';
import { BufferSource, FileSource } from '../../../src/core/source.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';
import {
  FIXTURES,
  mutateFixture,
  type PbField,
  pb,
  rules,
  scanBytes,
  scanFile,
  serious,
} from '../models-helper.ts';

const dir = join(FIXTURES, 'onnx');
const made: string[] = [];
const tmpDir = async () => {
  const d = await makeTmpDir();
  made.push(d);
  return d;
};
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});
const fx = (n: string) => join(dir, n);

describe('onnx', () => {
  it('sniffs real models as onnx by structure', async () => {
    for (const n of ['mlp.onnx', 'control_flow.onnx', 'local_function.onnx', 'custom_domain.onnx']) {
      expect((await scanFile(fx(n))).kind).toBe('onnx');
      const data = readFileSync(fx(n));
      // Without the extension hint it is still recognised.
      expect(looksLikeOnnx(data.subarray(0, 4096), data.length, 'model.bin')).toBe(true);
    }
    expect(looksLikeOnnx(Buffer.from('{"a": 1}'), 8, 'x.onnx')).toBe(false);
  });

  it('benign models have no finding at medium or above', async () => {
    for (const n of ['mlp.onnx', 'mlp_external.onnx', 'control_flow.onnx', 'local_function.onnx']) {
      expect(serious((await scanFile(fx(n))).findings), n).toEqual([]);
    }
  });

  it('walks nested graphs of If/Loop/Scan and local functions', async () => {
    const s = await walkOnnx(new ProtoCursor(new BufferSource(readFileSync(fx('nested_escape.onnx')), 'x')));
    expect(s.graphs).toBe(4); // main, Loop body, If then, If else
    expect(s.ops.get('')).toEqual(new Set(['Loop', 'Identity', 'If', 'Constant']));
    expect(s.externals.flatMap((e) => e.locations)).toEqual(['subdir/../../../home/user/.ssh/id_ed25519']);
    const f = await walkOnnx(new ProtoCursor(new BufferSource(readFileSync(fx('local_function.onnx')), 'x')));
    expect(f.functions).toEqual(new Set(['local.fns:Double']));
  });

  it('flags external data that leaves the folder as critical', async () => {
    for (const n of ['external_dotdot.onnx', 'external_absolute.onnx', 'nested_escape.onnx']) {
      const { findings } = await scanFile(fx(n));
      const esc = findings.filter((f) => f.rule === 'onnx/external-data-escape');
      expect(esc.length, n).toBe(1);
      expect(esc[0]!.severity).toBe('critical');
    }
  });

  it('flags duplicate location keys, and the escaping duplicate', async () => {
    const { findings } = await scanFile(fx('external_duplicate_key.onnx'));
    expect(rules(findings)).toContain('onnx/external-data-invalid');
    expect(rules(findings)).toContain('onnx/external-data-escape');
  });

  it('flags a symlink that takes external data outside the folder, and missing data', async () => {
    const tmp = await tmpDir();
    const model = join(tmp, 'm');
    await mkdir(model);
    await copyFile(fx('mlp_external.onnx'), join(model, 'model.onnx'));
    await writeFile(join(tmp, 'outside.bin'), Buffer.alloc(64));
    await symlink(join(tmp, 'outside.bin'), join(model, 'mlp_external.bin'));
    let { findings } = await scanFile(join(model, 'model.onnx'));
    expect(findings.find((f) => f.rule === 'onnx/external-data-escape')?.severity).toBe('critical');
    await copyFile(fx('mlp_external.onnx'), join(tmp, 'alone.onnx'));
    await mkdir(join(tmp, 'alone'));
    await copyFile(fx('mlp_external.onnx'), join(tmp, 'alone', 'model.onnx'));
    ({ findings } = await scanFile(join(tmp, 'alone', 'model.onnx')));
    expect(rules(findings)).toEqual(['onnx/external-data-missing']);
  });

  it('lexical checks', () => {
    expect(lexicalEscape('weights.bin')).toBeUndefined();
    expect(lexicalEscape('sub/weights.bin')).toBeUndefined();
    expect(lexicalEscape('a/../../b')).toBe('contains ".."');
    expect(lexicalEscape('..\\b')).toBe('contains ".."');
    expect(lexicalEscape('C:secret')).toBe('is a Windows drive path');
    expect(lexicalEscape('\\\\server\\share')).toBe('is an absolute path');
  });

  it('names custom domains and their ops; PythonOp is high', async () => {
    let { findings } = await scanFile(fx('custom_domain.onnx'));
    const c = findings.find((f) => f.rule === 'onnx/custom-op-domain')!;
    expect(c.severity).toBe('medium');
    expect(c.evidence).toEqual({ domains: { 'com.evil.ops': ['EvilOp'] } });
    ({ findings } = await scanFile(fx('python_op.onnx')));
    expect(findings.find((f) => f.rule === 'onnx/python-op')?.severity).toBe('high');
  });

  it('a truncated model is a finding', async () => {
    const { kind, findings } = await scanFile(fx('truncated.onnx'));
    expect(kind).toBe('onnx');
    expect(rules(findings)).toContain('onnx/malformed');
  });

  it('walks a model with large embedded tensors without reading their data', async () => {
    // A ModelProto whose graph holds a 40 MB initializer: hand-built wire bytes.
    const big = 40 * 1024 * 1024;
    const varint = (n: number) => {
      const out: number[] = [];
      while (n > 127) {
        out.push((n & 127) | 128);
        n = Math.floor(n / 128);
      }
      out.push(n);
      return Buffer.from(out);
    };
    const ld = (field: number, payload: Buffer) =>
      Buffer.concat([varint((field << 3) | 2), varint(payload.length), payload]);
    const tensorHead = Buffer.concat([ld(8, Buffer.from('W')), varint((9 << 3) | 2), varint(big)]);
    const tensorLen = tensorHead.length + big;
    const graphHead = Buffer.concat([varint((5 << 3) | 2), varint(tensorLen)]);
    const graphLen = graphHead.length + tensorLen;
    const head = Buffer.concat([
      Buffer.from([0x08, 0x08]),
      varint((7 << 3) | 2),
      varint(graphLen),
      graphHead,
      tensorHead,
    ]);
    const data = Buffer.concat([head, Buffer.alloc(big)]);
    const src = new BufferSource(data, 'big.onnx');
    const s = await walkOnnx(new ProtoCursor(src));
    expect(s.graphs).toBe(1);
    expect(src.bytesRead).toBeLessThan(200 * 1024);
  });

  it('a sparse 3 GB model on disk is walked reading a few KB', async () => {
    const big = 3 * 1024 ** 3;
    const varint = (n: number) => {
      const out: number[] = [];
      while (n > 127) {
        out.push((n % 128) | 128);
        n = Math.floor(n / 128);
      }
      out.push(n);
      return Buffer.from(out);
    };
    const ext = Buffer.concat([
      Buffer.from([0x0a, 8]),
      Buffer.from('location'),
      Buffer.from([0x12, 5]),
      Buffer.from('../x1'),
    ]);
    const tensorHead = Buffer.concat([
      Buffer.from([0x42, 1, 0x57, 0x6a, ext.length]),
      ext,
      Buffer.from([0x4a]),
      varint(big),
    ]);
    const tensorLen = tensorHead.length + big;
    const graphHead = Buffer.concat([Buffer.from([0x2a]), varint(tensorLen)]);
    const head = Buffer.concat([
      Buffer.from([0x08, 0x08, 0x3a]),
      varint(graphHead.length + tensorLen),
      graphHead,
      tensorHead,
    ]);
    const tmp = await tmpDir();
    const path = join(tmp, 'huge.onnx');
    await writeFile(path, head);
    await truncate(path, head.length + big);
    const src = await FileSource.open(path);
    try {
      const s = await walkOnnx(new ProtoCursor(src));
      expect(s.externals.flatMap((e) => e.locations)).toEqual(['../x1']);
      expect(src.bytesRead).toBeLessThan(128 * 1024);
    } finally {
      await src.close();
    }
  });

  it('property: mutated fixtures never crash the analyzer', async () => {
    for (const n of readdirSync(dir).filter((x) => x.endsWith('.onnx'))) {
      await mutateFixture(fx(n), n, 60);
    }
  });
});

describe('onnx sniffing of reordered models', () => {
  it('a model with the graph first and no ir_version is still ONNX without the extension', () => {
    const data = readFileSync(fx('mlp.onnx'));
    // Re-serialize: graph (7) first, then the other top-level fields, ir_version dropped.
    const top: Buffer[] = [];
    let graph = Buffer.alloc(0);
    let at = 0;
    while (at < data.length) {
      const start = at;
      const tag = data[at++]!;
      if ((tag & 7) === 0) {
        while (data[at++]! & 0x80);
        if (tag >> 3 === 1) continue;
      } else {
        let len = 0;
        let shift = 0;
        for (;;) {
          const b = data[at++]!;
          len |= (b & 0x7f) << shift;
          shift += 7;
          if (!(b & 0x80)) break;
        }
        at += len;
      }
      if (tag >> 3 === 7) graph = data.subarray(start, at);
      else top.push(data.subarray(start, at));
    }
    const reordered = Buffer.concat([graph, ...top]);
    expect(looksLikeOnnx(reordered, reordered.length, 'weights.bin')).toBe(true);
  });
});

describe('onnx external data in a Hugging Face cache snapshot', () => {
  it('blob symlinks of the same repository are not an escape; other targets are', async () => {
    const tmp = await tmpDir();
    const repo = join(tmp, 'hub', 'models--org--model');
    const snap = join(repo, 'snapshots', 'abc123');
    await mkdir(join(repo, 'blobs'), { recursive: true });
    await mkdir(snap, { recursive: true });
    await copyFile(fx('mlp_external.onnx'), join(repo, 'blobs', 'aaa'));
    await writeFile(join(repo, 'blobs', 'bbb'), Buffer.alloc(64));
    await symlink('../../blobs/aaa', join(snap, 'model.onnx'));
    await symlink('../../blobs/bbb', join(snap, 'mlp_external.bin'));
    expect((await scanFile(join(snap, 'model.onnx'))).findings).toEqual([]);
    await writeFile(join(tmp, 'secret'), Buffer.alloc(64));
    const other = join(tmp, 'hub', 'models--org--other', 'snapshots', 'r');
    await mkdir(other, { recursive: true });
    await copyFile(fx('mlp_external.onnx'), join(other, 'model.onnx'));
    await symlink(join(tmp, 'secret'), join(other, 'mlp_external.bin'));
    expect(rules((await scanFile(join(other, 'model.onnx'))).findings)).toEqual([
      'onnx/external-data-escape',
    ]);
  });
});

describe('onnx: techniques at any depth (property)', () => {
  const tensor = (loc: string): PbField[] => [
    [1, 4],
    [2, 1],
    [8, 'w'],
    [
      13,
      [
        [1, 'location'],
        [2, loc],
      ],
    ],
    [14, 1],
  ];
  const payloads = {
    initializer: { graph: (): PbField[] => [[5, tensor('../../x')]], rule: 'onnx/external-data-escape' },
    constant: {
      graph: (): PbField[] => [
        [
          1,
          [
            [4, 'Constant'],
            [
              5,
              [
                [1, 'value'],
                [5, tensor('/etc/shadow')],
                [20, 4],
              ],
            ],
          ],
        ],
      ],
      rule: 'onnx/external-data-escape',
    },
    custom: {
      graph: (): PbField[] => [
        [
          1,
          [
            [4, 'Evil'],
            [7, 'com.evil'],
          ],
        ],
      ],
      rule: 'onnx/custom-op-domain',
    },
  };
  const level = fc.record({
    op: fc.constantFrom('If', 'Loop', 'Scan', 'SequenceMap', 'Custom'),
    attr: fc.constantFrom('then_branch', 'else_branch', 'body'),
    list: fc.boolean(),
    decoy: fc.boolean(),
  });

  it('an escape or a custom op is found however deep the subgraphs nest', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(level, { maxLength: 30 }),
        fc.constantFrom(...Object.keys(payloads)),
        async (levels, kind) => {
          const p = payloads[kind as keyof typeof payloads];
          let graph: PbField[] = p.graph();
          for (const l of levels.reverse()) {
            const attr: PbField[] = [[1, l.attr], l.list ? [11, graph] : [6, graph], [20, l.list ? 10 : 5]];
            const node: PbField[] = [
              [4, l.op],
              [5, attr],
            ];
            graph = [...(l.decoy ? ([[1, [[4, 'Relu']]]] as PbField[]) : []), [1, node], [2, 'g']];
          }
          const model = pb([
            [1, 8],
            [8, [[2, 17]]],
            [7, graph],
          ]);
          const { findings } = await scanBytes(model, 'model.onnx');
          expect(rules(findings)).toContain(p.rule);
        },
      ),
      { numRuns: 150 },
    );
  });
});
