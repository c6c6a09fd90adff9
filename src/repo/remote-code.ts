/**
 * Code that ships with a model folder: `auto_map` (and `custom_pipelines`, sentence-transformers
 * custom modules) in config files name Python modules that transformers imports and runs when the
 * model is loaded with `trust_remote_code=True`; scripts and executables lying in the folder run when
 * a helper, a README recipe or an inference handler calls them.
 *
 * Folder-level checks (tree analyzer): the config file and the .py files it points to are only
 * meaningful together.
 */
import { posix } from 'node:path';
import type { TreeContext, TreeAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import type { DiscoveredFile } from '../core/walk.ts';
import { type JsonValue, jsonGet, readJson } from '../core/json.ts';

export const REMOTE_CODE = defineRule({
  id: 'repo/remote-code',
  severity: 'high',
  title: 'Model config runs Python code from the model folder (trust_remote_code)',
  tags: ['code-execution', 'remote-code'],
  explain: `A config file (config.json, tokenizer_config.json, processor/feature-extractor configs)
has an "auto_map" (or "custom_pipelines", a sentence-transformers module of a custom type, or a
diffusers model_index.json custom pipeline or component) naming
Python classes in .py files of the model folder. transformers imports those files, running any
code in them, when the model is loaded with trust_remote_code=True, which the model card usually
asks for. The finding names the files and whether they are present.

Fix: prefer a model supported natively by your library version. Otherwise read the named files (and
the modules they import) line by line, pin the exact revision you reviewed (revision="<commit>"),
and ignore this rule for the path in a policy with a reason.`,
});
export const REMOTE_CODE_EXTERNAL = defineRule({
  id: 'repo/remote-code-external',
  severity: 'high',
  title: 'Model config runs Python code fetched from another repository',
  tags: ['code-execution', 'remote-code', 'pinning'],
  explain: `An auto_map entry has the form "org/repo--module.Class": with trust_remote_code=True,
transformers downloads module.py from that other repository at load time, at its current revision.
The code is not in the folder you are vetting and can change at any time after you review it.

Fix: vendor the code into the model folder (and review it), or pin a reviewed revision of the
other repository in your loading code; never load such a model unpinned.`,
});
export const STRAY_SCRIPT = defineRule({
  id: 'repo/script',
  severity: 'medium',
  title: 'Script or executable file in the model folder',
  tags: ['code-execution'],
  explain: `The model folder contains a script (.py, .sh, .bat, .ps1, ...), compiled Python (.pyc),
a file with a #! line, or a file with the executable bit set. Model weights and configs need none;
scripts run when an inference handler (handler.py on HF Inference Endpoints), a notebook or a README
recipe calls them, with your rights. Files that a config's auto_map names are reported as
repo/remote-code instead.

Only model folders are checked: a folder that holds weights (.safetensors, .bin, .pt, .gguf, .onnx,
...), a model config (config.json, generation_config.json, adapter_config.json, ...) or a tokenizer
(tokenizer.json, tokenizer.model, vocab files), and the folders below it. There a script is something a
downloaded artifact brings along that nobody asked for. In a code repository (training code, examples,
a library) scripts are the content itself: reporting each .py would bury the findings that matter, so
they are not reported there; modelvet's pin checks still read them for unpinned model downloads.

Fix: review the script, remove it from the artifact, or ignore this rule for the path in a policy.`,
});
export const CONFIG_UNREADABLE = defineRule({
  id: 'repo/config-invalid',
  severity: 'medium',
  title: "Model config file cannot be read by Python's json or has duplicate keys",
  tags: ['integrity'],
  explain: `A model config (config.json, tokenizer_config.json, ...) is not JSON that Python's json
module (what transformers uses) can read: a syntax error, a byte order mark, nesting deeper than
Python's recursion limit or an integer longer than 4300 digits. Or it holds the same key twice in
one object: Python's json keeps the last duplicate and other readers the first, so what a reviewer
or a scanner reads can differ from what the loader uses (for example an auto_map hidden behind a
harmless copy). NaN and Infinity are not reported: Python reads them and transformers writes them.
modelvet still checks whatever part of the file it could read. Fix: rewrite the file with a JSON
tool.`,
});

const CONFIG_NAMES = new Set([
  'config.json',
  'tokenizer_config.json',
  'processor_config.json',
  'preprocessor_config.json',
  'feature_extractor_config.json',
  'image_processor_config.json',
  'video_preprocessor_config.json',
  'generation_config.json',
  'adapter_config.json',
  'modules.json',
  'config_sentence_transformers.json',
  'model_index.json',
]);
const SCRIPT_EXT =
  /\.(py|pyw|pyc|pyo|pyx|pyd|sh|bash|zsh|ksh|csh|fish|bat|cmd|ps1|psm1|vbs|js|mjs|cjs|rb|pl|lua|php)$/i;
/** Weights, as model hubs and libraries name them. */
const WEIGHTS_EXT =
  /\.(safetensors|bin|pt|pth|ckpt|gguf|ggml|onnx|h5|hdf5|keras|msgpack|tflite|mlmodel|nemo|npz|joblib|pkl|pickle)$/i;
/** Tokenizer and vocabulary files transformers, sentencepiece and tokenizers read. */
const TOKENIZER_NAMES = new Set([
  'tokenizer.json',
  'tokenizer.model',
  'spiece.model',
  'sentencepiece.bpe.model',
  'special_tokens_map.json',
  'vocab.json',
  'vocab.txt',
  'merges.txt',
]);
const SMALL_JSON = 256 * 1024;

interface CodeRef {
  config: DiscoveredFile;
  /** Where in the config: `auto_map.AutoModelForCausalLM`. */
  key: string;
  reference: string;
  /** Diffusers components name installed libraries too: only a module file in the folder is remote code. */
  onlyIfPresent?: boolean;
}

/** Libraries diffusers' model_index.json names for components that are not custom code. */
const DIFFUSERS_LIBRARIES = new Set(['diffusers', 'transformers', 'onnxruntime', 'optimum', 'peft', 'torch']);

/** Splits "org/repo--module.sub.Class" into the repository (if any), the module path and the class. */
export function parseClassReference(ref: string): { repo?: string; module: string; cls: string } | undefined {
  let rest = ref;
  let repo: string | undefined;
  const dd = ref.indexOf('--');
  if (dd >= 0) {
    repo = ref.slice(0, dd);
    rest = ref.slice(dd + 2);
  }
  const dot = rest.lastIndexOf('.');
  if (dot <= 0 || dot === rest.length - 1) return undefined;
  return { repo: repo || undefined, module: rest.slice(0, dot), cls: rest.slice(dot + 1) };
}

function collectRefs(config: DiscoveredFile, root: JsonValue): CodeRef[] {
  const refs: CodeRef[] = [];
  if (root.t === 'array' && posix.basename(config.rel) === 'modules.json') {
    // sentence-transformers: [{"type": "sentence_transformers.models.Transformer", "path": ...}, ...]
    for (const item of root.items) {
      if (item.t !== 'object') continue;
      const type = jsonGet(item, 'type');
      if (type?.t === 'string' && !type.value.startsWith('sentence_transformers.')) {
        refs.push({ config, key: 'modules.json type', reference: type.value });
      }
    }
    return refs;
  }
  if (root.t !== 'object') return refs;
  if (posix.basename(config.rel) === 'model_index.json') {
    // diffusers: "_class_name": ["pipeline_file", "Class"] for a custom pipeline, and
    // "unet": ["my_unet", "MyUNet"] for a custom component whose code is unet/my_unet.py.
    for (const e of root.entries) {
      if (e.value.t !== 'array' || e.value.items.length !== 2) continue;
      const [lib, cls] = e.value.items;
      if (lib?.t !== 'string' || cls?.t !== 'string' || DIFFUSERS_LIBRARIES.has(lib.value.split('.')[0]!))
        continue;
      const module = e.key === '_class_name' ? lib.value : `${e.key}/${lib.value}`;
      refs.push({
        config,
        key: `model_index.${e.key}`,
        reference: `${module}.${cls.value}`,
        onlyIfPresent: true,
      });
    }
    return refs;
  }
  for (const e of root.entries) {
    if (e.key === 'auto_map' && e.value.t === 'object') {
      for (const m of e.value.entries) {
        const values = m.value.t === 'array' ? m.value.items : [m.value];
        for (const v of values) {
          if (v.t === 'string') refs.push({ config, key: `auto_map.${m.key}`, reference: v.value });
        }
      }
    } else if (e.key === 'custom_pipelines' && e.value.t === 'object') {
      for (const p of e.value.entries) {
        const impl = p.value.t === 'object' ? jsonGet(p.value, 'impl') : undefined;
        if (impl?.t === 'string')
          refs.push({ config, key: `custom_pipelines.${p.key}.impl`, reference: impl.value });
      }
    }
  }
  return refs;
}

const RELATIVE_IMPORT = /^\s*(?:from\s+\.([\w.]*)\s+import\s+([\w, ]+)|import\s+\.([\w.]+))/gm;

async function analyze(ctx: TreeContext) {
  const byRel = new Map(ctx.files.map((f) => [f.rel, f]));
  const codeFiles = new Set<string>();
  for (const file of ctx.files) {
    const base = posix.basename(file.rel);
    if (!base.endsWith('.json')) continue;
    if (!CONFIG_NAMES.has(base) && file.size > SMALL_JSON) continue;
    if (file.size > 64 * 1024 * 1024) {
      ctx.report(
        finding(CONFIG_UNREADABLE, {
          path: file.display,
          message: `${file.size} bytes, more than any model config; not read`,
        }),
      );
      continue;
    }
    let text: string;
    try {
      text = await ctx.readText(file, 64 * 1024 * 1024);
    } catch {
      continue; // unreadable files are reported by the scan itself
    }
    // transformers reads configs with Python's json (NaN, Infinity and deep nesting included); what
    // even Python cannot read is a finding, and whatever could be read is still searched for auto_map.
    const parsed = readJson(text);
    const unreadable = parsed.error ?? parsed.pythonRejects[0];
    if (unreadable && CONFIG_NAMES.has(base)) {
      ctx.report(
        finding(CONFIG_UNREADABLE, {
          path: file.display,
          message: `Python's json cannot read it: ${unreadable.message}`,
          offset: unreadable.offset,
        }),
      );
    }
    if (!parsed.value) continue;
    if (CONFIG_NAMES.has(base) && parsed.duplicates.length) {
      const d = parsed.duplicates[0]!;
      ctx.report(
        finding(CONFIG_UNREADABLE, {
          path: file.display,
          offset: d.offset,
          message: `key "${d.key}"${d.where ? ` in ${d.where}` : ''} appears more than once${parsed.duplicates.length > 1 ? ` (${parsed.duplicates.length} duplicates)` : ''}`,
          evidence: {
            duplicates: parsed.duplicates.slice(0, 20).map((x) => (x.where ? `${x.where}.${x.key}` : x.key)),
          },
        }),
      );
    }
    for (const ref of collectRefs(file, parsed.value)) await reportRef(ctx, ref, byRel, codeFiles);
  }
  await reportScripts(ctx, codeFiles);
}

async function reportRef(
  ctx: TreeContext,
  ref: CodeRef,
  byRel: Map<string, DiscoveredFile>,
  codeFiles: Set<string>,
) {
  const parsed = parseClassReference(ref.reference);
  const where = ref.key;
  if (!parsed) {
    ctx.report(
      finding(REMOTE_CODE, {
        path: ref.config.display,
        message: `${where} = "${ref.reference}" names code to load (not a module.Class reference modelvet can resolve)`,
        evidence: { config: ref.config.rel, key: ref.key, reference: ref.reference },
      }),
    );
    return;
  }
  if (parsed.repo) {
    ctx.report(
      finding(REMOTE_CODE_EXTERNAL, {
        path: ref.config.display,
        message: `${where} loads ${parsed.cls} from ${parsed.module}.py of the repository "${parsed.repo}" at load time`,
        evidence: {
          config: ref.config.rel,
          key: ref.key,
          repository: parsed.repo,
          module: parsed.module,
          class: parsed.cls,
        },
      }),
    );
    return;
  }
  const dir = posix.dirname(ref.config.rel);
  const first = posix.normalize(
    posix.join(dir === '.' ? '' : dir, `${parsed.module.split('.').join('/')}.py`),
  );
  // The module and every local module it imports (transformers fetches and runs those too).
  const files: string[] = [];
  const queue = [first];
  while (queue.length && files.length < 50) {
    const rel = queue.shift()!;
    if (files.includes(rel)) continue;
    files.push(rel);
    const f = byRel.get(rel);
    if (!f || f.size > 4 * 1024 * 1024) continue;
    const src = await ctx.readText(f, 4 * 1024 * 1024).catch(() => '');
    for (const m of src.matchAll(RELATIVE_IMPORT)) {
      const mod = m[1] ?? m[3];
      const base = posix.dirname(rel);
      if (mod) queue.push(posix.normalize(posix.join(base, `${mod.split('.').join('/')}.py`)));
      else if (m[2])
        for (const name of m[2].split(','))
          queue.push(posix.normalize(posix.join(base, `${name.trim()}.py`)));
    }
  }
  const present = files.filter((f) => byRel.has(f));
  if (ref.onlyIfPresent && present.length === 0) return;
  const missing = files.filter((f) => !byRel.has(f)).filter((f) => f === first);
  for (const f of present) codeFiles.add(f);
  ctx.report(
    finding(REMOTE_CODE, {
      path: ref.config.display,
      message:
        present.length > 0
          ? `${where} runs ${parsed.cls} from ${present.join(', ')} under trust_remote_code`
          : `${where} names ${parsed.cls} in ${first}, which is missing from the folder (it would be downloaded at load time)`,
      evidence: { config: ref.config.rel, key: ref.key, class: parsed.cls, files: present, missing },
    }),
  );
}

/** True for a file that makes its folder a model folder: weights, a model config or a tokenizer. */
function isModelFile(rel: string): boolean {
  const base = posix.basename(rel);
  return (
    WEIGHTS_EXT.test(base) || CONFIG_NAMES.has(base) || TOKENIZER_NAMES.has(base) || base === 'saved_model.pb'
  );
}

/** Folders (relative, '.' for the root) that directly hold a model file. */
function modelFolders(files: readonly DiscoveredFile[]): Set<string> {
  return new Set(files.filter((f) => isModelFile(f.rel)).map((f) => posix.dirname(f.rel)));
}

/** True when `rel` lies in a model folder or below one. */
function inModelFolder(rel: string, folders: ReadonlySet<string>): boolean {
  for (let dir = posix.dirname(rel); ; dir = posix.dirname(dir)) {
    if (folders.has(dir)) return true;
    if (dir === '.' || dir === '/' || dir === '') return false;
  }
}

async function reportScripts(ctx: TreeContext, codeFiles: Set<string>) {
  const folders = modelFolders(ctx.files);
  for (const file of ctx.files) {
    if (codeFiles.has(file.rel) || !inModelFolder(file.rel, folders)) continue;
    let reason: string | undefined;
    if (SCRIPT_EXT.test(file.rel)) reason = `a ${posix.extname(file.rel)} script`;
    else {
      try {
        // The walk knows the mode bits; the head comes from the bytes the scan already read.
        const head = await ctx.readHead(file, 2);
        if (head.toString('latin1') === '#!') reason = 'a script (#! line)';
        else if ((file.mode & 0o111) !== 0) reason = 'executable (mode bits)';
      } catch {
        continue;
      }
    }
    if (reason) {
      ctx.report(
        finding(STRAY_SCRIPT, {
          path: file.display,
          message: `${reason} in the model folder`,
          evidence: { file: file.rel },
        }),
      );
    }
  }
}

export const REMOTE_CODE_ANALYZER: TreeAnalyzer = { id: 'remote-code', analyze };
