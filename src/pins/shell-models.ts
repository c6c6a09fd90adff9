/**
 * Model fetches on command lines, as data: the download and serving CLIs (huggingface-cli, vLLM,
 * TGI, SGLang, llama.cpp, MLX, lm-eval, spaCy), the serving containers that run them (`docker
 * run IMAGE args`, compose services), and two patterns that need the whole script: `git clone` of a
 * Hub repository (pinned only by a later checkout of a commit) and `wget`/`curl` of a
 * `resolve/<ref>/...` URL (pinned by a commit in the URL or a checksum check of the saved file).
 */
import { hfSource, isCommit } from '../core/model-source.ts';
import { type PinSink, reportModel } from './hits.ts';
import type { IdForm } from './model-ids.ts';
import { checkModelRef } from './model-ref.ts';
import { UNPINNED_MODEL_REVISION } from './rules.ts';
import type { Program, Word } from './shell-words.ts';

export interface ShellEntryPoint {
  tool: string;
  /** Base name of the program. */
  program: RegExp;
  /** Words that must follow it (a subcommand, or `-m module`). */
  sub?: readonly (string | RegExp)[];
  /** Options whose value names a model (every occurrence is a reference), and/or the first positional argument. */
  model: { options?: readonly string[]; positional?: boolean; kv?: { option: string; key: string } };
  /** Options (or, with `kv`, keys) that carry the revision; empty when the tool takes none. */
  revision: readonly string[];
  form: IdForm;
  /** Strip a `:suffix` from the id (llama.cpp `-hf org/name:Q4_K_M` names a quantization). */
  stripTag?: boolean;
  /** Options that take a value, so their value is not the positional model. */
  valueOptions?: readonly string[];
  /** Options followed by a list of values. */
  listOptions?: readonly string[];
  /** A flag without which a versioned name is still resolved by the tool (spacy download --direct). */
  pinnedByFlag?: string;
  /** Environment variables the tool reads for the model and the revision (compose `environment:`, `docker run -e`). */
  env?: { model: readonly string[]; revision?: readonly string[] };
  pin: string;
  cite: string;
}

const SHA = '<40 hex>';
const PYTHON = /^(python[0-9.]*|py)$/;

export const SHELL_ENTRY_POINTS: readonly ShellEntryPoint[] = [
  {
    tool: 'huggingface-cli / hf download',
    program: /^(huggingface-cli|hf)$/,
    sub: ['download'],
    model: { positional: true },
    revision: ['--revision'],
    form: 'hub-id',
    valueOptions: [
      '--repo-type',
      '--local-dir',
      '--cache-dir',
      '--token',
      '--max-workers',
      '--local-dir-use-symlinks',
    ],
    listOptions: ['--include', '--exclude'],
    pin: `hf download org/name --revision ${SHA}`,
    cite: 'huggingface/huggingface_hub src/huggingface_hub/cli/download.py',
  },
  {
    tool: 'vllm serve',
    program: /^vllm$/,
    sub: ['serve'],
    model: { positional: true, options: ['--model'] },
    revision: ['--revision'],
    form: 'hub-id',
    valueOptions: [
      '--host',
      '--port',
      '--tokenizer',
      '--served-model-name',
      '--dtype',
      '--max-model-len',
      '--tensor-parallel-size',
      '-tp',
    ],
    env: { model: [] },
    pin: `vllm serve org/name --revision ${SHA}`,
    cite: 'vllm-project/vllm vllm/engine/arg_utils.py (--revision, --code-revision, --tokenizer-revision)',
  },
  {
    tool: 'vLLM OpenAI server (python -m / vllm/vllm-openai image)',
    program: PYTHON,
    sub: ['-m', /^vllm\.entrypoints\.(openai\.)?api_server$/],
    model: { options: ['--model'] },
    revision: ['--revision'],
    form: 'hub-id',
    pin: `--model org/name --revision ${SHA}`,
    cite: 'vllm-project/vllm vllm/entrypoints/openai/api_server.py',
  },
  {
    tool: 'text-generation-launcher (TGI)',
    program: /^text-generation-launcher$/,
    model: { options: ['--model-id'] },
    revision: ['--revision'],
    form: 'hub-id',
    env: { model: ['MODEL_ID'], revision: ['REVISION'] },
    pin: `--model-id org/name --revision ${SHA} (or MODEL_ID and REVISION)`,
    cite: 'huggingface/text-generation-inference launcher/src/main.rs (model_id, revision; env MODEL_ID, REVISION)',
  },
  {
    tool: 'SGLang server',
    program: PYTHON,
    sub: ['-m', 'sglang.launch_server'],
    model: { options: ['--model-path', '--model'] },
    revision: ['--revision'],
    form: 'hub-id',
    pin: `--model-path org/name --revision ${SHA}`,
    cite: 'sgl-project/sglang python/sglang/srt/server_args.py (revision)',
  },
  {
    tool: 'llama.cpp (llama-server, llama-cli, ...) -hf',
    program: /^llama-(server|cli|run|mtmd-cli|simple|bench|embedding|perplexity|gguf-split)$/,
    model: {
      options: [
        '-hf',
        '-hfr',
        '--hf-repo',
        '-hfd',
        '-hfrd',
        '--hf-repo-draft',
        '-hfv',
        '-hfrv',
        '--hf-repo-v',
      ],
    },
    revision: [],
    form: 'hub-id',
    stripTag: true,
    env: { model: ['LLAMA_ARG_HF_REPO'] },
    pin: `-m a local GGUF fetched with hf download --revision ${SHA}, or --model-url https://huggingface.co/org/name/resolve/${SHA}/file.gguf`,
    cite: 'ggml-org/llama.cpp common/arg.cpp (-hf takes <user>/<model>[:quant], no revision)',
  },
  {
    tool: 'llama.cpp --model-url',
    program: /^llama-(server|cli|run|mtmd-cli|simple|bench|embedding|perplexity)$/,
    model: { options: ['-mu', '--model-url', '-mmu', '--mmproj-url'] },
    revision: [],
    form: 'hub-id',
    env: { model: ['LLAMA_ARG_MODEL_URL'] },
    pin: `--model-url https://huggingface.co/org/name/resolve/${SHA}/file.gguf`,
    cite: 'ggml-org/llama.cpp common/arg.cpp (-mu, --model-url)',
  },
  {
    tool: 'mlx-lm CLI',
    program: /^(mlx_lm\.\w+|mlx_lm|mlx_vlm\.\w+)$/,
    model: { options: ['--model'] },
    revision: [],
    form: 'hub-id',
    pin: `hf download org/name --revision ${SHA} --local-dir DIR, then --model DIR`,
    cite: 'ml-explore/mlx-lm mlx_lm/generate.py (--model, no --revision)',
  },
  {
    tool: 'mlx-lm CLI (python -m)',
    program: PYTHON,
    sub: ['-m', /^mlx_(lm|vlm)(\.\w+)?$/],
    model: { options: ['--model'] },
    revision: [],
    form: 'hub-id',
    pin: `hf download org/name --revision ${SHA} --local-dir DIR, then --model DIR`,
    cite: 'ml-explore/mlx-lm mlx_lm/generate.py',
  },
  {
    tool: 'lm-eval',
    program: /^lm[-_]eval$/,
    model: { kv: { option: '--model_args', key: 'pretrained' } },
    revision: ['revision'],
    form: 'hub-id',
    pin: `--model_args pretrained=org/name,revision=${SHA}`,
    cite: 'EleutherAI/lm-evaluation-harness lm_eval/models/huggingface.py (pretrained, revision)',
  },
  {
    tool: 'spacy download',
    program: PYTHON,
    sub: ['-m', 'spacy', 'download'],
    model: { positional: true },
    revision: [],
    form: 'spacy',
    pinnedByFlag: '--direct',
    pin: 'python -m spacy download en_core_web_sm-3.8.0 --direct',
    cite: 'explosion/spaCy spacy/cli/download.py',
  },
  {
    tool: 'spacy download (spacy command)',
    program: /^spacy$/,
    sub: ['download'],
    model: { positional: true },
    revision: [],
    form: 'spacy',
    pinnedByFlag: '--direct',
    pin: 'spacy download en_core_web_sm-3.8.0 --direct',
    cite: 'explosion/spaCy spacy/cli/download.py',
  },
];

/** Serving images and the program their entrypoint runs (their arguments are that program's). */
export const SERVING_IMAGES: readonly { image: RegExp; program: string; sub?: readonly string[] }[] = [
  { image: /(^|\/)text-generation-inference(:|@|$)/, program: 'text-generation-launcher' },
  {
    image: /(^|\/)vllm-openai(:|@|$)/,
    program: 'python3',
    sub: ['-m', 'vllm.entrypoints.openai.api_server'],
  },
  { image: /(^|\/)llama\.cpp:(full|server|light)/, program: 'llama-server' },
  { image: /(^|\/)sglang(:|@|$)/, program: 'python3', sub: ['-m', 'sglang.launch_server'] },
];

interface OptionValue {
  value: string;
  at: number;
  name: string;
}

/** `--opt value` and `--opt=value` occurrences of any of `names`. */
export function optionValues(args: readonly Word[], names: readonly string[]): OptionValue[] {
  const out: OptionValue[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const eq = w.value.indexOf('=');
    const flag = w.value.startsWith('-') && eq > 0 ? w.value.slice(0, eq) : w.value;
    if (!names.includes(flag)) continue;
    if (eq > 0 && flag !== w.value) out.push({ value: w.value.slice(eq + 1), at: w.at + eq + 1, name: flag });
    else if (args[i + 1]) {
      out.push({ value: args[i + 1]!.value, at: args[i + 1]!.at, name: flag });
      i++;
    }
  }
  return out;
}

function matchSub(args: readonly Word[], sub: readonly (string | RegExp)[] | undefined): Word[] | undefined {
  if (!sub) return [...args];
  for (let i = 0; i < sub.length; i++) {
    const s = sub[i]!;
    const v = args[i]?.value;
    if (v === undefined || (typeof s === 'string' ? v !== s : !s.test(v))) return undefined;
  }
  return args.slice(sub.length);
}

function firstPositional(args: readonly Word[], row: ShellEntryPoint): Word | undefined {
  const takesValue = new Set([...(row.valueOptions ?? []), ...(row.model.options ?? []), ...row.revision]);
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (row.listOptions?.includes(v)) {
      while (i + 1 < args.length && !args[i + 1]!.value.startsWith('-')) i++;
      continue;
    }
    if (takesValue.has(v)) {
      i++;
      continue;
    }
    if (!v.startsWith('-')) return args[i];
  }
  return undefined;
}

/** Checks a program against the CLI table; returns true when a row matched. */
export function checkModelCli(p: Program, out: PinSink, where: string): boolean {
  let matched = false;
  for (const row of SHELL_ENTRY_POINTS) {
    if (!row.program.test(p.prog)) continue;
    const args = matchSub(p.args, row.sub);
    if (!args) continue;
    matched = true;
    for (const m of modelsOf(args, row)) checkCliModel(out, row, args, m, where, p);
  }
  return matched;
}

function modelsOf(args: readonly Word[], row: ShellEntryPoint): OptionValue[] {
  const out = row.model.options ? optionValues(args, row.model.options) : [];
  if (row.model.kv) {
    for (const o of optionValues(args, [row.model.kv.option])) {
      const kv = keyValue(o, row.model.kv.key);
      if (kv) out.push(kv);
    }
  }
  if (row.model.positional && out.length === 0) {
    const w = firstPositional(args, row);
    if (w) out.push({ value: w.value, at: w.at, name: 'model' });
  }
  return out;
}

/** `key=value` inside a comma list (`pretrained=org/name,revision=main`). */
function keyValue(o: OptionValue, key: string): OptionValue | undefined {
  let pos = 0;
  for (const part of o.value.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === key)
      return { value: part.slice(eq + 1).trim(), at: o.at + pos + eq + 1, name: key };
    pos += part.length + 1;
  }
  return undefined;
}

function checkCliModel(
  out: PinSink,
  row: ShellEntryPoint,
  args: readonly Word[],
  m: OptionValue,
  where: string,
  p: Program,
): void {
  const id = row.stripTag ? m.value.replace(/^(?!https?:)([^:]+):[\w.-]+$/, '$1') : m.value;
  let revision: OptionValue | undefined;
  if (row.model.kv) {
    const kvs = optionValues(args, [row.model.kv.option]);
    for (const o of kvs) revision ??= row.revision.map((k) => keyValue(o, k)).find(Boolean);
  } else if (row.revision.length) revision = optionValues(args, row.revision)[0];
  if (!revision && row.env?.revision) revision = envValue(p.env, row.env.revision);
  const flag = row.pinnedByFlag;
  const flagged = flag !== undefined && args.some((a) => a.value === flag);
  checkModelRef(out, {
    id,
    form: row.form,
    offset: m.at,
    where: `${where}: ${row.tool}`,
    revision: revision ? { value: revision.value, offset: revision.at, name: revision.name } : undefined,
    noRevision: row.revision.length === 0,
    ...(flag
      ? flagged
        ? { pinned: true }
        : { why: `is resolved by the tool to whatever release is current (no ${flag})` }
      : {}),
    pin: row.pin,
  });
}

function envValue(env: readonly Word[], names: readonly string[]): OptionValue | undefined {
  for (const w of env) {
    const eq = w.value.indexOf('=');
    const name = w.value.slice(0, eq);
    if (names.includes(name)) return { value: w.value.slice(eq + 1), at: w.at + eq + 1, name };
  }
  return undefined;
}

/** `docker run [options] IMAGE [args]` of a serving image: its arguments are the server's. */
const DOCKER_VALUE_OPTS = new Set([
  '-e',
  '--env',
  '-v',
  '--volume',
  '-p',
  '--publish',
  '--name',
  '--gpus',
  '--shm-size',
  '-w',
  '--workdir',
  '--network',
  '--net',
  '--entrypoint',
  '-u',
  '--user',
  '--ipc',
  '--runtime',
  '--mount',
  '--env-file',
  '--platform',
  '-m',
  '--memory',
  '--cpus',
  '--device',
  '-l',
  '--label',
  '--restart',
  '--log-driver',
  '--add-host',
  '--cap-add',
  '--security-opt',
  '--ulimit',
  '-h',
  '--hostname',
  '--pull',
  '--cidfile',
]);

export function checkDockerRun(p: Program, out: PinSink, where: string): void {
  if (p.prog !== 'docker' && p.prog !== 'podman') return;
  const runAt =
    p.args[0]?.value === 'run' ? 1 : p.args[0]?.value === 'container' && p.args[1]?.value === 'run' ? 2 : -1;
  if (runAt < 0) return;
  const env: Word[] = [];
  let i = runAt;
  for (; i < p.args.length; i++) {
    const v = p.args[i]!.value;
    if (!v.startsWith('-')) break;
    if ((v === '-e' || v === '--env') && p.args[i + 1]) env.push(p.args[i + 1]!);
    else if (v.startsWith('--env=')) env.push({ value: v.slice(6), at: p.args[i]!.at + 6 });
    if (DOCKER_VALUE_OPTS.has(v)) i++;
  }
  const image = p.args[i];
  if (image)
    checkServingImage(image.value, p.args.slice(i + 1), env, out, `${where}: docker run ${image.value}`);
}

/** The arguments and environment of a container running a serving image, checked as that server's command line. */
export function checkServingImage(
  image: string,
  args: readonly Word[],
  env: readonly Word[],
  out: PinSink,
  where: string,
): void {
  const known = SERVING_IMAGES.find((s) => s.image.test(image));
  if (!known) return;
  const subWords = (known.sub ?? []).map((value) => ({ value, at: args[0]?.at ?? 0 }));
  const program: Program = {
    prog: known.program,
    args: [...subWords, ...args],
    at: args[0]?.at ?? 0,
    env: [...env],
  };
  if (checkModelCli(program, out, where)) checkEnvModels(program, out, where);
}

/** Models named only in the environment (TGI's MODEL_ID, llama.cpp's LLAMA_ARG_HF_REPO). */
function checkEnvModels(p: Program, out: PinSink, where: string): void {
  for (const row of SHELL_ENTRY_POINTS) {
    if (!row.env?.model.length || !row.program.test(p.prog) || !matchSub(p.args, row.sub)) continue;
    const args = matchSub(p.args, row.sub)!;
    if (modelsOf(args, row).length > 0) continue;
    const m = envValue(p.env, row.env.model);
    if (m) checkCliModel(out, row, args, m, where, p);
  }
}

// ---------------------------------------------------------------- whole-script patterns

interface PendingClone {
  url: string;
  dir: string;
  at: number;
  text: string;
  branch?: string;
}

interface PendingDownload {
  url: string;
  file?: string;
  at: number;
  text: string;
  revision?: string;
}

/** State of one script: clones waiting for a checkout, downloads waiting for a checksum. */
export class ScriptModels {
  private readonly clones: PendingClone[] = [];
  private readonly downloads: PendingDownload[] = [];
  private readonly out: PinSink;
  private readonly where: string;

  constructor(out: PinSink, where: string) {
    this.out = out;
    this.where = where;
  }

  /** Looks at one command: a clone, a checkout, a download or a checksum check. */
  see(p: Program, savedFile?: { file: string; url: string }): void {
    if (p.prog === 'git') this.git(p);
    else if (/^(sha256sum|sha512sum|shasum|b2sum)$/.test(p.prog)) this.checksum(p);
    else if (savedFile !== undefined || /^(curl|wget|aria2c|http)$/i.test(p.prog))
      this.download(p, savedFile);
  }

  private git(p: Program): void {
    const { args } = p;
    let i = 0;
    let dirOpt: string | undefined;
    while (args[i]?.value === '-C' || args[i]?.value === '-c') {
      if (args[i]!.value === '-C') dirOpt = args[i + 1]?.value;
      i += 2;
    }
    const sub = args[i]?.value;
    const rest = args.slice(i + 1);
    if (sub === 'clone' || (sub === 'lfs' && rest[0]?.value === 'clone'))
      this.clone(sub === 'lfs' ? rest.slice(1) : rest);
    else if (sub === 'checkout' || sub === 'switch' || sub === 'reset') this.checkout(rest, dirOpt);
  }

  private clone(args: readonly Word[]): void {
    const valueOpts = new Set([
      '-b',
      '--branch',
      '--depth',
      '-o',
      '--origin',
      '-c',
      '--config',
      '--reference',
      '-j',
      '--jobs',
      '--filter',
      '--separate-git-dir',
      '--shallow-since',
      '--revision',
    ]);
    const positional: Word[] = [];
    let branch: string | undefined;
    let revision: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const v = args[i]!.value;
      const [flag, inline] =
        v.startsWith('--') && v.includes('=')
          ? [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)]
          : [v, undefined];
      if (valueOpts.has(flag)) {
        const value = inline ?? args[++i]?.value;
        if (flag === '-b' || flag === '--branch') branch = value;
        if (flag === '--revision') revision = value;
        continue;
      }
      if (!v.startsWith('-')) positional.push(args[i]!);
    }
    const url = positional[0]?.value;
    if (!url) return;
    const source = cloneSource(url);
    if (!source) return;
    const dir =
      positional[1]?.value ??
      url
        .replace(/\/+$/, '')
        .split('/')
        .at(-1)!
        .replace(/\.git$/, '');
    const text = ['git clone', ...args.map((a) => a.value)].join(' ');
    if (revision !== undefined && isCommit(revision)) {
      this.out.reference({
        source: { ...source, revision },
        pinned: true,
        offset: positional[0]!.at,
        text: url,
      });
      return;
    }
    this.clones.push({ url, dir, at: positional[0]!.at, text, branch: branch || undefined });
  }

  private checkout(args: readonly Word[], dir: string | undefined): void {
    const target = args.filter((a) => !a.value.startsWith('-')).map((a) => a.value);
    const commit = target.find((t) => isCommit(t));
    if (!commit) return;
    const clone =
      (dir !== undefined ? this.clones.find((c) => sameDir(c.dir, dir)) : undefined) ?? this.clones.at(-1);
    if (!clone) return;
    this.clones.splice(this.clones.indexOf(clone), 1);
    const source = cloneSource(clone.url);
    if (source)
      this.out.reference({
        source: { ...source, revision: commit },
        pinned: true,
        offset: clone.at,
        text: clone.url,
      });
  }

  private download(p: Program, saved: { file: string; url: string } | undefined): void {
    for (const a of p.args) {
      const source = /^https?:\/\//i.test(a.value) ? hfResolve(a.value) : undefined;
      if (!source) continue;
      const text = [p.prog, ...p.args.map((x) => x.value)].join(' ');
      if (source.revision !== undefined && isCommit(source.revision)) {
        this.out.reference({ source, pinned: true, offset: a.at, text: a.value });
        continue;
      }
      const file = saved && saved.url === a.value ? saved.file : undefined;
      this.downloads.push({
        url: a.value,
        at: a.at,
        text,
        file: file || undefined,
        revision: source.revision || undefined,
      });
    }
  }

  private checksum(p: Program): void {
    const names = p.args.map((a) => a.value.replace(/^\.\//, ''));
    const all = names.includes('-c') || names.includes('--check');
    for (let i = this.downloads.length - 1; i >= 0; i--) {
      const d = this.downloads[i]!;
      if (all || (d.file !== undefined && names.includes(d.file.replace(/^\.\//, ''))))
        this.downloads.splice(i, 1);
    }
  }

  /** Reports what never got pinned; call once at the end of the script. */
  finish(): void {
    for (const c of this.clones) {
      const source = cloneSource(c.url)!;
      reportModel(
        this.out,
        { source, pinned: false, offset: c.at, text: c.url },
        {
          rule: UNPINNED_MODEL_REVISION,
          offset: c.at,
          text: c.text,
          message: `${this.where}: git clone ${c.url}${c.branch ? ` (branch ${c.branch})` : ''} is never checked out at a commit; pin it: git -C ${c.dir} checkout <40 hex> (or git clone --revision <40 hex>)`,
          evidence: { url: c.url, branch: c.branch },
        },
      );
    }
    for (const d of this.downloads) {
      const source = hfResolve(d.url)!;
      reportModel(
        this.out,
        { source, pinned: false, offset: d.at, text: d.url },
        {
          rule: UNPINNED_MODEL_REVISION,
          offset: d.at,
          text: d.text,
          message: `${this.where}: ${d.url} names ${d.revision ? `the mutable ref ${d.revision}` : 'no commit'} and no checksum check of the file follows; pin it: .../resolve/<40 hex>/..., or verify with sha256sum -c`,
          evidence: { url: d.url, revision: d.revision },
        },
      );
    }
  }
}

function sameDir(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/^\.\//, '').replace(/\/+$/, '');
  return n(a) === n(b) || n(b).endsWith(`/${n(a)}`);
}

/** A Hugging Face repository URL that git can clone (huggingface.co/org/name, with or without .git). */
function cloneSource(url: string): ReturnType<typeof hfSource> {
  const m =
    /^(?:https?:\/\/|git@)(?:www\.)?(?:huggingface\.co|hf\.co)[/:](?:(datasets|spaces)\/)?([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(
      url,
    );
  return m ? hfSource(`${m[2]}/${m[3]}`) : undefined;
}

/** A Hugging Face file URL (`/org/name/resolve/<rev>/path`). */
function hfResolve(url: string): ReturnType<typeof hfSource> {
  const m =
    /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/(?:(?:datasets|spaces)\/)?([^/]+)\/([^/]+)\/(?:resolve|raw)\/([^/?#]+)\//.exec(
      url,
    );
  if (!m) return undefined;
  return hfSource(`${m[1]}/${m[2]}`, decodeURIComponent(m[3]!));
}
