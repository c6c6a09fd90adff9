import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectKerasConfig, isMarshalledCode } from '../../../src/formats/keras/config.ts';
import { FIXTURES, mutateFixture, rules, scanBytes, scanFile, serious } from '../models-helper.ts';

const dir = join(FIXTURES, 'keras');
const fx = (n: string) => join(dir, n);
const ids = (v: unknown) => inspectKerasConfig(v).map((i) => i.rule.id);

describe('keras .h5 and JSON', () => {
  it('benign models have no finding at medium or above', async () => {
    for (const n of [
      'sequential.h5',
      'sequential_bytes_latest.h5',
      'sequential_userblock.h5',
      'weights_only.h5',
      'benign_model.json',
    ]) {
      const r = await scanFile(fx(n));
      expect(serious(r.findings), n).toEqual([]);
    }
  });

  it('finds a bytecode Lambda in a TimeDistributed in a nested Sequential in a Functional model', async () => {
    const { findings } = await scanFile(fx('nested_lambda.h5'));
    const lam = findings.find((f) => f.rule === 'keras/lambda-layer')!;
    expect(lam.severity).toBe('high');
    expect(lam.evidence?.path).toBe('$.config.layers[1].config.layers[1].config.layer');
    expect(findings.find((f) => f.rule === 'keras/serialized-bytecode')?.severity).toBe('critical');
  });

  it('flags a Lambda that takes os.system by name as critical', async () => {
    const { findings } = await scanFile(fx('lambda_module_function.h5'));
    expect(rules(findings).sort()).toEqual(['keras/dangerous-reference', 'keras/lambda-layer']);
    expect(findings.find((f) => f.rule === 'keras/dangerous-reference')!.message).toContain('os.system');
  });

  it('checks training_config too', async () => {
    const { findings } = await scanFile(fx('training_config_bytecode.h5'));
    expect(rules(findings)).toContain('keras/serialized-bytecode');
  });

  it('checks model_config kept in dense attribute storage, and fails closed on broken files', async () => {
    for (const n of ['dense_attributes.h5', 'dense_huge_config.h5']) {
      expect(rules((await scanFile(fx(n))).findings), n).toEqual([
        'keras/lambda-layer',
        'keras/serialized-bytecode',
      ]);
    }
    expect(rules((await scanFile(fx('truncated.h5'))).findings)).toEqual(['hdf5/malformed']);
  });

  it('two model_config attributes are reported (loaders and scanners may pick different ones)', async () => {
    const data = Buffer.from(readFileSync(fx('sequential.h5')));
    const at = data.indexOf('training_config\0', 0, 'latin1');
    expect(at).toBeGreaterThan(0);
    data.write('model_config\0\0\0\0', at, 'latin1');
    const { findings } = await scanBytes(data, 'model.h5');
    expect(rules(findings)).toContain('keras/duplicate-config');
  });

  it('finds a Lambda hidden in a Bidirectional backward layer of model.to_json() output', async () => {
    const { kind, findings } = await scanFile(fx('model.json'));
    expect(kind).toBe('json');
    expect(rules(findings)).toEqual(['keras/lambda-layer', 'keras/serialized-bytecode']);
  });

  it('module references (CVE-2025-1550 and in-package dangerous callables)', () => {
    const fn = (module: string, config: string) => ({
      module,
      class_name: 'function',
      config,
      registered_name: 'function',
    });
    expect(ids({ class_name: 'Dense', config: { activation: fn('subprocess', 'check_output') } })).toEqual([
      'keras/dangerous-reference',
    ]);
    expect(ids(fn('keras.config', 'enable_unsafe_deserialization'))).toEqual(['keras/dangerous-reference']);
    expect(ids(fn('keras.utils', 'get_file'))).toEqual(['keras/dangerous-reference']);
    expect(ids(fn('tensorflow.io', 'write_file'))).toEqual(['keras/dangerous-reference']);
    expect(ids({ module: 'evil_pkg.layers', class_name: 'Backdoor', config: {} })).toEqual([
      'keras/external-module',
    ]);
    expect(ids({ module: 'keras.layers', class_name: 'Dense', config: {} })).toEqual([]);
    expect(ids({ module: 'keras_hub.src.models', class_name: 'GemmaBackbone', config: {} })).toEqual([]);
    expect(ids({ module: 'mypkg', class_name: 'L', registered_name: 'mypkg>L', config: {} })).toEqual([
      'keras/external-module',
      'keras/custom-object',
    ]);
    expect(ids({ class_name: 'L', registered_name: 'os>system', config: {} })).toEqual([
      'keras/dangerous-reference',
    ]);
    expect(ids({ module: 'keras.layers', class_name: 'TFSMLayer', config: { filepath: '/x' } })).toEqual([
      'keras/dangerous-reference',
    ]);
  });

  it('TorchModuleWrapper: reported, with its embedded payload scanned as a member', async () => {
    const payload = Buffer.from('\x80\x02cposix\nsystem\nq\x00.', 'latin1').toString('base64');
    const issues = inspectKerasConfig({
      module: 'keras.layers',
      class_name: 'TorchModuleWrapper',
      config: { name: 't', module: payload },
    });
    expect(issues.map((i) => i.rule.id)).toEqual(['keras/torch-module-wrapper']);
    expect(issues[0]!.payload?.subarray(0, 2)).toEqual(Buffer.from([0x80, 0x02]));
  });

  it('recognises marshalled code, not ordinary base64', () => {
    // marshal.dumps of a code object starts with 0xe3 then small argcounts.
    const code = Buffer.concat([
      Buffer.from([0xe3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.alloc(20, 0x41),
    ]);
    expect(isMarshalledCode(code.toString('base64'))).toBe(true);
    expect(isMarshalledCode(Buffer.alloc(40, 0x41).toString('base64'))).toBe(false);
    expect(isMarshalledCode('hello world, this is text, not code')).toBe(false);
  });

  it('deep nesting is bounded: a finding, not a stack overflow', async () => {
    const deep = `{"class_name": "Sequential", "config": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const { findings } = await scanBytes(Buffer.from(deep), 'model.json');
    expect(rules(findings)).toEqual(['keras/invalid-config']);
  });

  it('property: any JSON value never throws anything but the documented KerasLimitError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        expect(Array.isArray(inspectKerasConfig(v))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: mutated fixtures never crash the analyzers', async () => {
    for (const n of readdirSync(dir).filter((x) => /\.(h5|json)$/.test(x))) await mutateFixture(fx(n), n, 40);
  });
});

describe('keras .keras zips', () => {
  it('benign .keras has no finding at medium or above', async () => {
    expect(serious((await scanFile(fx('benign.keras'))).findings)).toEqual([]);
  });

  it('nested Lambda (Keras 3 __lambda__) in a TimeDistributed in a nested Functional', async () => {
    const { findings } = await scanFile(fx('nested_lambda.keras'));
    const lam = findings.find((f) => f.rule === 'keras/lambda-layer')!;
    expect(lam.member).toEqual(['config.json']);
    expect(lam.evidence?.path).toBe('$.config.layers[1].config.layers[0].config.layer');
    expect(rules(findings)).toContain('keras/serialized-bytecode');
  });

  it('CVE-2025-1550: subprocess function as an activation is critical', async () => {
    const { findings } = await scanFile(fx('cve_2025_1550.keras'));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['keras/dangerous-reference', 'critical']]);
  });

  it('foreign module (high) and the safe-mode toggle (critical)', async () => {
    const { findings } = await scanFile(fx('module_references.keras'));
    expect(findings.map((f) => [f.rule, f.severity]).sort()).toEqual([
      ['keras/custom-object', 'low'],
      ['keras/dangerous-reference', 'critical'],
      ['keras/external-module', 'high'],
    ]);
  });

  it('TorchModuleWrapper: the embedded pickle is scanned as a member', async () => {
    const { findings } = await scanFile(fx('torch_wrapper.keras'));
    expect(rules(findings)).toContain('keras/torch-module-wrapper');
    const payload = findings.find((f) => f.rule.startsWith('pickle/'));
    expect(payload?.severity).toBe('critical');
    expect(payload?.member).toEqual(['config.json', '$.config.layers[1].module']);
  });

  it('a UTF-16 config.json (json.loads accepts it) is still read', async () => {
    const { findings } = await scanFile(fx('utf16_lambda.keras'));
    expect(rules(findings)).toContain('keras/lambda-layer');
  });

  it('every duplicate config.json is checked (Keras loads the last one)', async () => {
    const { findings } = await scanFile(fx('duplicate_config.keras'));
    expect(rules(findings)).toContain('zip/duplicate-name');
    expect(rules(findings)).toContain('keras/lambda-layer');
  });

  it('polyglots: zip head with HDF5 at 512 named .h5; HDF5 with a zip at the end named .keras', async () => {
    let { kind, findings } = await scanFile(fx('polyglot_zip_head.h5'));
    expect(kind).toBe('zip');
    expect(rules(findings)).toContain('hdf5/polyglot');
    expect(rules(findings)).toContain('keras/lambda-layer');
    ({ kind, findings } = await scanFile(fx('polyglot_h5_zip.keras')));
    expect(kind).toBe('hdf5');
    expect(rules(findings)).toContain('keras/zip-polyglot');
    expect(rules(findings)).toContain('keras/lambda-layer');
    // The benign user-block file is HDF5 from the sniffer's view: no polyglot.
    expect(rules((await scanFile(fx('sequential_userblock.h5'))).findings)).toEqual([]);
  });

  it('property: mutated .keras fixtures never crash the analyzers', async () => {
    for (const n of readdirSync(dir).filter((x) => x.endsWith('.keras'))) await mutateFixture(fx(n), n, 25);
  });
});

describe('keras config evasions', () => {
  it('bytecode with junk characters (a2b_base64 skips them) is still found', () => {
    const code = Buffer.concat([
      Buffer.from([0xe3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.alloc(30, 0x41),
    ]);
    const b64 = code.toString('base64');
    const junked = b64.replace(/(.{3})/g, '$1!-');
    expect(isMarshalledCode(junked)).toBe(true);
    expect(ids({ class_name: 'Dense', config: { name: 'd', note: junked } })).toEqual([
      'keras/serialized-bytecode',
    ]);
  });

  it('TFOpLambda calling a file or Python TF symbol is critical; math ops are fine', () => {
    const op = (fn: string) => ({ class_name: 'TFOpLambda', config: { name: 'tf.op', function: fn } });
    expect(ids(op('io.write_file'))).toEqual(['keras/dangerous-reference']);
    expect(ids(op('compat.v1.py_func'))).toEqual(['keras/dangerous-reference']);
    expect(ids(op('raw_ops.ReadFile'))).toEqual(['keras/dangerous-reference']);
    expect(ids(op('math.add'))).toEqual([]);
    expect(ids(op('__operators__.add'))).toEqual([]);
  });

  it('harmless builtins and math pass; dangerous builtins are critical', () => {
    const fn = (module: string, config: string) => ({ module, class_name: 'function', config });
    expect(ids(fn('builtins', 'max'))).toEqual([]);
    expect(ids({ module: 'builtins', class_name: 'float', config: {} })).toEqual([]);
    expect(ids(fn('math', 'tanh'))).toEqual([]);
    expect(ids(fn('builtins', 'exec'))).toEqual(['keras/dangerous-reference']);
    expect(ids(fn('builtins', 'getattr'))).toEqual(['keras/dangerous-reference']);
    expect(ids(fn('builtins', 'print'))).toEqual(['keras/dangerous-reference']);
  });

  it('dotted class names are module paths', () => {
    expect(ids({ class_name: 'subprocess.Popen', config: {} })).toEqual(['keras/dangerous-reference']);
    expect(ids({ class_name: 'evil.Layer', config: {} })).toEqual(['keras/external-module']);
    expect(ids({ class_name: 'keras.layers.Dense', config: {} })).toEqual([]);
  });

  it('non-identifier module strings are still checked', () => {
    expect(ids({ module: 'évil', class_name: 'X', config: {} })).toEqual(['keras/external-module']);
    expect(
      ids({ module: 'numpy.testing._private.utils', class_name: 'function', config: 'runstring' }),
    ).toEqual(['keras/dangerous-reference']);
  });
});

describe('keras config: techniques, not fixtures', () => {
  // A random container tree (objects and arrays with random siblings) with `payload` at the bottom.
  const wrap = (payload: unknown) =>
    fc
      .array(
        fc.oneof(
          fc.record({
            kind: fc.constant('key' as const),
            key: fc.constantFrom('config', 'layer', 'layers', 'backward_layer', 'cell', 'x'),
          }),
          fc.record({ kind: fc.constant('index' as const), index: fc.nat(3) }),
        ),
        { maxLength: 25 },
      )
      .chain((path) =>
        fc.tuple(
          fc.constant(path),
          fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: path.length, maxLength: path.length }),
        ),
      )
      .map(([path, siblings]) => {
        let v: unknown = payload;
        for (let i = path.length - 1; i >= 0; i--) {
          const step = path[i]!;
          if (step.kind === 'key') v = { class_name: 'Wrapper', other: siblings[i], [step.key]: v };
          else {
            const arr: unknown[] = Array.from({ length: step.index }, () => siblings[i]);
            arr.push(v);
            v = arr;
          }
        }
        return v;
      });

  it('a Lambda anywhere in any structure is found', () => {
    fc.assert(
      fc.property(wrap({ class_name: 'Lambda', config: { name: 'l', function: 'f' } }), (tree) => {
        expect(ids(tree)).toContain('keras/lambda-layer');
      }),
      { numRuns: 200 },
    );
  });

  it('a module reference to os/subprocess/builtins anywhere is critical', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('os', 'subprocess', 'builtins', 'posix', 'importlib.util', 'runpy'),
        fc.constantFrom('system', 'Popen', 'exec', 'anything'),
        (mod, name) => {
          const tree = fc.sample(wrap({ module: mod, class_name: 'function', config: name }), 1)[0];
          expect(ids(tree)).toContain('keras/dangerous-reference');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('keras: layers that read files named in their config (CVE-2025-12058)', () => {
  it('StringLookup / TextVectorization / keras_hub tokenizers with a path or URL', async () => {
    const { findings } = await scanFile(fx('lookup_file_vocab.keras'));
    expect(findings.map((f) => [f.rule, f.severity, f.evidence?.className, f.evidence?.argument])).toEqual([
      ['keras/file-reading-layer', 'high', 'StringLookup', 'vocabulary'],
      ['keras/file-reading-layer', 'high', 'TextVectorization', 'vocabulary'],
      ['keras/file-reading-layer', 'medium', 'BertTokenizer', 'vocabulary'],
      ['keras/file-reading-layer', 'high', 'GemmaTokenizer', 'proto'],
    ]);
    expect(findings[0]!.message).toContain('/home/user/.ssh/id_rsa');
  });

  it('inline vocabularies, asset-backed (null) ones and base64 SentencePiece protos are clean', async () => {
    expect((await scanFile(fx('lookup_inline_vocab.keras'))).findings).toEqual([]);
    const proto = Buffer.alloc(3000, 7).toString('base64');
    expect(ids({ class_name: 'GemmaTokenizer', config: { proto } })).toEqual([]);
    expect(ids({ class_name: 'GemmaTokenizer', config: { proto: 'tokenizer.model' } })).toEqual([
      'keras/file-reading-layer',
    ]);
  });

  it('any layer named like a lookup, vectorizer or tokenizer, at any depth; idf_weights as a string', () => {
    const nested = {
      class_name: 'Functional',
      config: {
        layers: [
          {
            class_name: 'TimeDistributed',
            config: { layer: { class_name: 'IntegerLookup', config: { vocabulary: 'C:\\keys.txt' } } },
          },
        ],
      },
    };
    const issues = inspectKerasConfig(nested);
    expect(issues.map((i) => [i.rule.id, i.severity])).toEqual([['keras/file-reading-layer', 'high']]);
    const idf = inspectKerasConfig({
      class_name: 'TextVectorization',
      config: { vocabulary: ['a'], idf_weights: 'x' },
    });
    expect(idf.map((i) => [i.severity, i.evidence.argument])).toEqual([['medium', 'idf_weights']]);
    expect(ids({ class_name: 'Dense', config: { vocabulary: '/etc/passwd' } })).toEqual([]);
  });
});

describe('keras: configs that cannot be read get our own one-line messages', () => {
  const zipWith = async (config: string) => {
    // A stored-method zip with metadata.json and config.json, built by hand (no zip library needed).
    const entries = [
      ['metadata.json', Buffer.from('{"keras_version": "3.8.0"}')],
      ['config.json', Buffer.from(config)],
    ] as const;
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    const { crc32 } = await import('node:zlib');
    for (const [name, data] of entries) {
      const n = Buffer.from(name);
      const crc = crc32(data);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(n.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt32LE(crc, 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(data.length, 24);
      central.writeUInt16LE(n.length, 28);
      central.writeUInt32LE(offset, 42);
      locals.push(local, n, data);
      centrals.push(central, n);
      offset += 30 + n.length + data.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return (await scanBytes(Buffer.concat([...locals, cd, end]), 'model.keras')).findings;
  };

  it('truncated, empty and wrongly shaped config.json: typed messages, never the engine text', async () => {
    const truncated = await zipWith('{"class_name": "Sequential", "config": {');
    expect(truncated.map((f) => f.rule)).toEqual(['keras/invalid-config']);
    expect(truncated[0]!.message).toMatch(
      /config\.json is not valid JSON \(it ends before the value is complete\)$/,
    );
    expect(truncated[0]!.message).not.toMatch(/Unexpected|JSON input|position/);
    const garbage = await zipWith('{"class_name": x}');
    expect(garbage[0]!.message).toMatch(
      /config\.json is not valid JSON( \(unexpected character at offset \d+\))?$/,
    );
    expect(garbage[0]!.message).not.toMatch(/Unexpected token/);
    expect((await zipWith('   '))[0]!.message).toMatch(/config\.json is empty$/);
    const shape = await zipWith('[{"class_name": "Lambda"}]');
    expect(shape[0]!.message).toMatch(
      /is not a Keras model config: its top level is an array, not an object/,
    );
    const noConfig = await zipWith('{"class_name": "Sequential", "config": 3}');
    expect(noConfig[0]!.message).toMatch(/config is a number/);
  });
});
