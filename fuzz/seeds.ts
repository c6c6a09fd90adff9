/**
 * The seeds: every committed fixture, grouped into format families. A family picks the
 * structure-aware mutators that apply and keeps splices within one format.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

export type Family =
  | 'pickle'
  | 'torch-zip'
  | 'zip'
  | 'tar'
  | 'compressed'
  | '7z'
  | 'safetensors'
  | 'gguf'
  | 'onnx'
  | 'tensorflow'
  | 'hdf5'
  | 'numpy'
  | 'joblib'
  | 'json'
  | 'template'
  | 'yaml'
  | 'toml'
  | 'python'
  | 'shell'
  | 'text'
  | 'pem'
  | 'policy';

export interface Seed {
  /** Path relative to the repository root. */
  path: string;
  /** Base name kept for the mutant (roles such as `config.json` depend on it). */
  name: string;
  family: Family;
  bytes: Buffer;
}

/** Seeds larger than this are left out: mutants stay under the 1 MB the robustness rule speaks of. */
const MAX_SEED = 512 * 1024;

const BY_EXTENSION: Record<string, Family> = {
  '.pkl': 'pickle',
  '.pickle': 'pickle',
  '.ckpt': 'pickle',
  '.zip': 'zip',
  '.npz': 'zip',
  '.keras': 'zip',
  '.tar': 'tar',
  '.nemo': 'tar',
  '.gz': 'compressed',
  '.xz': 'compressed',
  '.bz2': 'compressed',
  '.zst': 'compressed',
  '.lz4': 'compressed',
  '.7z': '7z',
  '.safetensors': 'safetensors',
  '.gguf': 'gguf',
  '.onnx': 'onnx',
  '.pb': 'tensorflow',
  '.pbtxt': 'tensorflow',
  '.h5': 'hdf5',
  '.hdf5': 'hdf5',
  '.npy': 'numpy',
  '.joblib': 'joblib',
  '.json': 'json',
  '.ipynb': 'json',
  '.jinja': 'template',
  '.j2': 'template',
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.toml': 'toml',
  '.py': 'python',
  '.sh': 'shell',
  '.txt': 'text',
  '.in': 'text',
  '.md': 'text',
  '.cfg': 'text',
  '.pem': 'pem',
};

const BY_NAME: Record<string, Family> = {
  Dockerfile: 'shell',
  Modelfile: 'text',
  Makefile: 'shell',
  Pipfile: 'toml',
  '.modelvet.yml': 'policy',
  '.modelvet.yaml': 'policy',
};

function familyOf(path: string, head: Buffer): Family | undefined {
  const name = basename(path);
  const byName = BY_NAME[name];
  if (byName) return byName;
  const ext = extname(name).toLowerCase();
  if (ext === '.pt' || ext === '.pth' || ext === '.bin' || ext === '.model' || ext === '') {
    if (head[0] === 0x50 && head[1] === 0x4b) return 'torch-zip';
    if (head[0] === 0x80 || head[0] === 0x8a) return 'pickle';
    if (head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
    if (ext === '') return 'text';
  }
  if (ext === '.pt' || ext === '.pth') return 'pickle';
  return BY_EXTENSION[ext];
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Every fixture under `roots` that belongs to a family, in a stable order. */
export function loadSeeds(repoRoot: string, roots: readonly string[]): Seed[] {
  const seeds: Seed[] = [];
  for (const root of roots) {
    for (const full of walk(join(repoRoot, root))) {
      if (full.includes(`${join('fixtures', 'scripts')}`) || full.endsWith('README.md')) continue;
      const size = statSync(full).size;
      if (size === 0 || size > MAX_SEED) continue;
      const bytes = readFileSync(full);
      const family = familyOf(full, bytes.subarray(0, 512));
      if (!family) continue;
      seeds.push({ path: relative(repoRoot, full), name: basename(full), family, bytes });
    }
  }
  return seeds;
}

/** Minimal policy seeds: the policy reader is a parser too (as `--policy` and found in a folder). */
export function policySeeds(): Seed[] {
  const texts = [
    'failOn: high\nformats:\n  allow: [safetensors, gguf]\n',
    'pickle:\n  allow: [collections.OrderedDict]\nignore:\n  - rule: repo/script\n    paths: ["scripts/**"]\n    reason: vetted\n    expires: 2030-01-01\n',
    '{"failOn": "medium", "sources": {"huggingface": ["meta-llama"]}}\n',
  ];
  return texts.map((t, i) => ({
    path: `<policy ${i}>`,
    name: '.modelvet.yml',
    family: 'policy' as const,
    bytes: Buffer.from(t),
  }));
}
