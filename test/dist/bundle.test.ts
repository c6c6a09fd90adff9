/**
 * Test what ships: the built CLI (`dist/bin.js`, run by `npm run build`) scans every fixture family in
 * fixtures/ in a child process, one scan per family folder. The bundle must behave exactly as the
 * source does (same findings, same exit code: a bundle that cannot open 7z, while the source can, is a
 * defect this catches), hostile families must exit 1 with their rules, benign files must never get
 * scan/read-error, and the benign files of the container families must be clean at high.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const FIXTURES = join(ROOT, 'fixtures');

interface Family {
  /** Rules the family's hostile files must produce. */
  rules: string[];
  /** Files (relative to the family folder) that are benign. */
  benign: RegExp;
  /** Benign files must also be clean at high (the container families, whose analyzers are ours). */
  strict?: boolean;
}

const FAMILIES: Record<string, Family> = {
  containers: {
    rules: [
      'pickle/dangerous-global',
      'zip/loader-differential',
      'zip/hidden-entry',
      'tar/pax-record-mismatch',
      'tar/long-name-mismatch',
      'archive/bomb',
      'archive/opaque',
      'zip/polyglot',
    ],
    benign:
      /^(arrays(_compressed)?\.npz|benign\.7z|7z_\w+\.7z|h5_userblock_zeros\.h5|pax_benign\.tar|gnu_longname_benign\.tar|safetensors_len_0x280\.safetensors)$/,
    strict: true,
  },
  joblib: { rules: ['pickle/dangerous-global'], benign: /^(?!hostile_)/, strict: true },
  numpy: {
    rules: ['pickle/dangerous-global', 'numpy/malformed-header'],
    benign: /^(float64|int32_fortran|structured|object_benign)\.npy$|^npz_\w+\.npz$/,
    strict: true,
  },
  torch: {
    rules: ['pickle/dangerous-global'],
    benign: /^(state_dict\.pt|scripted\.pt|legacy_tar_benign\.tar)$/,
    strict: true,
  },
  'torch-legacy': {
    rules: ['pickle/dangerous-global'],
    benign: /^(state_dict|checkpoint)_legacy\.pt$/,
    strict: true,
  },
  'torch-stems': { rules: ['pickle/dangerous-global'], benign: /^(save|script)\//, strict: true },
  pickle: {
    rules: ['pickle/dangerous-global', 'pickle/extension-registry'],
    benign: /^(benign_proto\d|numpy_array_proto\d|sklearn_\w+)\.pkl$/,
  },
  gguf: { rules: ['template/dunder-access'], benign: /^benign[\w-]*\.gguf$/ },
  keras: {
    rules: ['keras/lambda-layer', 'keras/serialized-bytecode'],
    benign: /^(benign\.keras|benign_model\.json|weights_only\.h5|sequential(_bytes_latest|_userblock)?\.h5)$/,
  },
  onnx: { rules: ['onnx/external-data-escape'], benign: /^mlp(_external)?\.(onnx|bin)$/ },
  safetensors: { rules: ['safetensors/invalid-header'], benign: /^benign[\w-]*\.safetensors$|^sharded\// },
  tensorflow: { rules: ['tensorflow/io-op'], benign: /^tf[12]_benign\// },
  templates: { rules: ['template/dunder-access'], benign: /^benign\// },
  repo: { rules: ['repo/remote-code'], benign: /^clean\// },
  pins: { rules: ['pin/unpinned-requirement'], benign: /^pinned-repo\// },
  policy: { rules: ['repo/lfs-pointer'], benign: /^clean-model\// },
  demo: {
    rules: ['repo/lfs-pointer'],
    benign: /^(config|generation_config|tokenizer_config)\.json$|^model\.safetensors$/,
  },
  oms: { rules: [], benign: /./ },
  hydra: {
    rules: ['hydra/dangerous-target', 'hydra/code-resolver', 'yaml/python-tag'],
    benign: /^(benign\.nemo|hydra_benign\.yaml|nemo2_io\.json)$/,
    strict: true,
  },
  gadgets: { rules: ['pickle/dangerous-global'], benign: /^manifest\.json$/ },
  // The benign corpus has its own test (test/benign/corpus.test.ts, also through the bundle).
  benign: { rules: [], benign: /./ },
  // Python json's behaviour recorded from CPython (test data for the JSON reader, not a model file).
  json: { rules: [], benign: /./ },
};

interface ReportFinding {
  rule: string;
  severity: string;
  path: string;
  member?: string[];
}

function bundle(args: string[]): { code: number; findings: ReportFinding[]; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let findings: ReportFinding[] = [];
  try {
    findings = JSON.parse(r.stdout).findings;
  } catch {
    throw new Error(
      `dist/bin.js ${args.join(' ')} exited ${r.status} without a JSON report: ${r.stderr.slice(0, 500)}`,
    );
  }
  return { code: r.status ?? -1, findings, stderr: r.stderr };
}

/** Findings as comparable text (path relative to the family folder, member chain, rule). */
const keyed = (fs: readonly ReportFinding[], base: string) =>
  fs
    .map(
      (f) =>
        `${relative(base, f.path)}${f.member ? ` > ${f.member.join(' > ')}` : ''}: ${f.rule} ${f.severity}`,
    )
    .sort();

const families = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'scripts')
  .map((d) => d.name)
  .sort();

describe('the built bundle (dist/bin.js) on every fixture family', () => {
  it('dist/bin.js exists (run npm run build first) and every family folder has expectations', () => {
    if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run `npm run build` before the tests');
    expect(families.filter((f) => !FAMILIES[f])).toEqual([]);
  });

  for (const family of families) {
    it(`${family}: the bundle reports what the source reports, hostile rules present, benign files sound`, async () => {
      if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run `npm run build` before the tests');
      const spec = FAMILIES[family]!;
      const folder = join(FIXTURES, family);
      const shipped = bundle(['scan', '--format', 'json', '--no-progress', folder]);
      const source = await runCli(['scan', '--format', 'json', '--no-progress', folder]);
      expect(shipped.stderr).not.toMatch(/at \S+ \(|TypeError|is not a function/);
      expect(keyed(shipped.findings, folder)).toEqual(keyed(JSON.parse(source.out).findings, folder));
      expect(shipped.code).toBe(source.code);
      expect(shipped.code).toBe(spec.rules.length ? 1 : 0);
      const rules = new Set(shipped.findings.map((f) => f.rule));
      for (const rule of spec.rules) expect(rules.has(rule), `${family} reports ${rule}`).toBe(true);
      const benign = shipped.findings.filter((f) => spec.benign.test(relative(folder, f.path)));
      expect(benign.filter((f) => f.rule === 'scan/read-error')).toEqual([]);
      if (spec.strict) {
        const high = benign.filter((f) => ['high', 'critical'].includes(f.severity));
        expect(keyed(high, folder)).toEqual([]);
      }
    }, 180_000);
  }
});

describe('dist/ layout', () => {
  it('ships each WebAssembly module once', () => {
    const wasm = readdirSync(join(ROOT, 'dist')).filter((n) => n.endsWith('.wasm'));
    const bytes = wasm.map((n) => readFileSync(join(ROOT, 'dist', n)).toString('base64'));
    expect(wasm.sort()).toEqual(['7zz.wasm', 'module.wasm']);
    expect(new Set(bytes).size).toBe(bytes.length);
  });
});
