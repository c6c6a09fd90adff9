/**
 * Checks of a Keras model configuration (the JSON in a `.keras` zip's config.json, an `.h5` file's
 * `model_config`/`training_config` attributes, `model.to_json()` output, or Keras metadata inside a
 * SavedModel). Shared by every Keras container.
 *
 * The whole JSON tree is walked (iteratively, bounded), not just the top-level layer list, so a
 * Lambda inside a nested functional model, a Sequential inside a Functional, a TimeDistributed or
 * Bidirectional wrapper, a custom layer's sub-config or a loss in training_config is found wherever
 * it sits. What Keras turns into code is flagged:
 * - Lambda layers (marshalled bytecode or a function looked up by name),
 * - serialized Python bytecode anywhere (Keras' func_dump: base64 of marshal'd code objects),
 * - `module` references outside keras/tensorflow/numpy (Keras 3.0–3.8 imports them: CVE-2025-1550),
 *   and references that reach dangerous callables even inside those packages
 *   (enable_unsafe_deserialization CVE-2025-9906, get_file CVE-2025-8747, file I/O, loaders),
 * - TorchModuleWrapper (torch.load with weights_only=False of an embedded pickle: CVE-2025-49655).
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding, type RuleDefinition, type Severity } from '../../core/finding.ts';
import {
  KERAS_LAMBDA,
  KERAS_BYTECODE,
  KERAS_EXTERNAL_MODULE,
  KERAS_DANGEROUS_REFERENCE,
  KERAS_TORCH_WRAPPER,
  KERAS_CUSTOM_OBJECT,
  KERAS_BAD_CONFIG,
  KERAS_FILE_ARGUMENT,
} from './rules.ts';
import { readJson, toPlain } from '../../core/json.ts';
import { BufferSource, label } from '../../core/source.ts';
import { BaseError } from '../../core/errors.ts';
import { isRootedName, nameEscapes } from '../../core/paths.ts';

/** Top-level packages whose classes Keras may rebuild without importing foreign code. */
export const ALLOWED_ROOTS = new Set([
  'keras',
  'keras_hub',
  'keras_nlp',
  'keras_cv',
  'keras_rs',
  'tf_keras',
  'tensorflow',
  'tf',
  'numpy',
  'np',
  'math',
]);

/** Python builtins Keras may rebuild (types and pure functions): no finding. */
const HARMLESS_BUILTINS = new Set([
  'int',
  'float',
  'complex',
  'bool',
  'str',
  'bytes',
  'tuple',
  'list',
  'dict',
  'set',
  'frozenset',
  'slice',
  'range',
  'abs',
  'max',
  'min',
  'sum',
  'round',
  'pow',
  'divmod',
  'len',
]);

/** Modules that run code, touch files or the network: a reference to them is critical. */
const DANGEROUS_MODULES = new Set([
  'os',
  'posix',
  'nt',
  'subprocess',
  'sys',
  'builtins',
  '__builtin__',
  'importlib',
  'runpy',
  'shutil',
  'socket',
  'pickle',
  '_pickle',
  'dill',
  'cloudpickle',
  'joblib',
  'marshal',
  'ctypes',
  'pty',
  'io',
  'gfile',
  'file_utils',
  'f2py',
  'distutils',
  'urllib',
  'requests',
  'http',
  'webbrowser',
  'code',
  'codeop',
  'multiprocessing',
  'pathlib',
  'tempfile',
  'pdb',
  'types',
  'operator',
  'functools',
  'inspect',
  'torch',
  'pydoc',
  'timeit',
  'script_ops',
  'testing',
  'exec_command',
]);

/** Callable names that are dangerous whatever package they come from. */
const DANGEROUS_NAMES = new Set([
  'enable_unsafe_deserialization',
  'get_file',
  'load_model',
  'load_weights',
  'read_file',
  'write_file',
  'ReadFile',
  'WriteFile',
  'py_func',
  'py_function',
  'numpy_function',
  'eager_py_func',
  'load',
  'loads',
  'fromfile',
  'loadtxt',
  'genfromtxt',
  'save',
  'savez',
  'tofile',
  'system',
  'popen',
  'Popen',
  'exec',
  'eval',
  'compile',
  '__import__',
  'import_module',
  'getattr',
  'setattr',
  'open',
  'check_output',
  'check_call',
  'spawn',
  'execv',
  'execve',
  'remove',
  'rmtree',
  'unlink',
  'rename',
  'urlopen',
  'runstring',
  'exec_command',
  'matching_files',
  'TFSMLayer',
]);

const MAX_DEPTH = 1000;
const MAX_NODES = 5_000_000;

export interface KerasIssue {
  rule: RuleDefinition;
  severity?: Severity;
  /** JSON path of the object, e.g. `config.layers[2].config.layer`. */
  at: string;
  message: string;
  evidence: Record<string, unknown>;
  /** Bytes embedded in the config worth scanning as a member (TorchModuleWrapper payload). */
  payload?: Buffer;
}

/**
 * True when `s` is base64 of a marshalled Python code object (Keras func_dump). Keras decodes with
 * binascii.a2b_base64, which skips characters outside the alphabet, so they are skipped here too
 * (junk sprinkled into the string does not hide it).
 */
export function isMarshalledCode(s: string): boolean {
  if (s.length < 24) return false;
  let alpha = '';
  for (let i = 0; i < s.length && alpha.length < 32; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return false; // func_load encodes to ASCII first: non-ASCII raises
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47) {
      alpha += s[i];
    } else if (c === 61) break;
  }
  if (alpha.length < 24) return false;
  const b = Buffer.from(alpha.slice(0, 32), 'base64');
  // TYPE_CODE ('c'), with or without FLAG_REF, then argcount, posonlyargcount, kwonlyargcount (int32 LE).
  if (b.length < 13 || (b[0] !== 0x63 && b[0] !== 0xe3)) return false;
  return b.readUInt32LE(1) < 256 && b.readUInt32LE(5) < 256 && b.readUInt32LE(9) < 256;
}

const moduleRoot = (m: string) => m.split('.')[0] ?? m;

function dangerousModule(m: string): string | undefined {
  return m.split('.').find((seg) => DANGEROUS_MODULES.has(seg));
}

/**
 * Arguments that layers read as a file path when given a string (derived from keras and keras_hub
 * source: index_lookup.py, text_vectorization.py, word_piece_tokenizer.py, byte_pair_tokenizer.py,
 * sentence_piece_tokenizer.py, whisper_tokenizer.py, parseq_tokenizer.py). `idf_weights` is never
 * read from a file, but a string there is the wrong shape all the same.
 */
const FILE_ARGUMENTS = ['vocabulary', 'merges', 'proto', 'special_tokens', 'language_tokens', 'idf_weights'];
/** Layers that take those arguments, and every subclass by naming convention (BertTokenizer, ...). */
const FILE_READING_CLASS = /(?:Lookup|Vectorization|Tokenizer)$/;

/** keras_hub's SentencePieceTokenizer: a string over 2048 characters that is valid base64 is the proto itself. */
function isInlineProto(s: string): boolean {
  return s.length > 2048 && s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}

/** Why a path string is worse than a relative name: URL, absolute, home-relative or climbing out. */
function pathDanger(s: string): string | undefined {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(s)) return 'a URL';
  if (isRootedName(s)) return 'an absolute path';
  if (s.startsWith('~')) return 'a home-relative path';
  if (nameEscapes(s).includes('parent')) return 'a path climbing out of its folder';
  return undefined;
}

function fileArgumentIssues(
  cls: string,
  cfg: Record<string, unknown>,
  at: string,
  named: string,
): KerasIssue[] {
  const issues: KerasIssue[] = [];
  for (const arg of FILE_ARGUMENTS) {
    const v = cfg[arg];
    if (typeof v !== 'string' || (arg === 'proto' && isInlineProto(v))) continue;
    const danger = arg === 'idf_weights' ? undefined : pathDanger(v);
    const shown = v.length > 200 ? `${v.slice(0, 200)}...` : v;
    issues.push({
      rule: KERAS_FILE_ARGUMENT,
      severity: danger ? 'high' : 'medium',
      at,
      message:
        arg === 'idf_weights'
          ? `${cls} layer${named}: idf_weights is a string, not a list of weights`
          : `${cls} layer${named} reads its ${arg} from ${danger ?? 'the file'} "${shown}" at load time`,
      evidence: {
        layer: named.trim().replace(/^"|"$/g, '') || undefined,
        className: cls,
        argument: arg,
        value: shown,
      },
    });
  }
  return issues;
}

/** A config past modelvet's walking limits (the message is ours, shown in the finding). */
export class KerasLimitError extends BaseError<'KERAS_LIMIT'> {
  constructor(message: string) {
    super('KERAS_LIMIT', message);
    this.name = 'KerasLimitError';
  }
}

/** Inspects a parsed Keras config. Pure; bounded (throws KerasLimitError beyond the depth/node limits). */
export function inspectKerasConfig(root: unknown): KerasIssue[] {
  const issues: KerasIssue[] = [];
  // `inLambda`: below a "__lambda__" object, which is reported once for its bytecode.
  const stack: { v: unknown; at: string; depth: number; inLambda?: boolean }[] = [
    { v: root, at: '$', depth: 0 },
  ];
  let nodes = 0;
  const customs = new Set<string>();
  /** TorchModuleWrapper configs: their "module" is the pickled module, not a module name. */
  const payloadHolders = new WeakSet<object>();
  while (stack.length) {
    const { v, at, depth, inLambda } = stack.pop()!;
    if (++nodes > MAX_NODES) throw new KerasLimitError(`has more than ${MAX_NODES} values`);
    if (depth > MAX_DEPTH) throw new KerasLimitError(`is nested deeper than ${MAX_DEPTH} levels`);
    if (typeof v === 'string') {
      if (!inLambda && isMarshalledCode(v)) {
        issues.push({
          rule: KERAS_BYTECODE,
          at,
          message: `marshalled Python bytecode (${v.length} base64 characters)`,
          evidence: { length: v.length },
        });
      }
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ v: v[i], at: `${at}[${i}]`, depth: depth + 1, inLambda });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    inspectObject(o, at, issues, customs, payloadHolders);
    const keys = Object.keys(o);
    const below = inLambda || o.class_name === '__lambda__';
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      stack.push({ v: o[k], at: `${at}.${k}`, depth: depth + 1, inLambda: below });
    }
  }
  if (customs.size) {
    issues.push({
      rule: KERAS_CUSTOM_OBJECT,
      at: '$',
      message: `needs custom objects ${[...customs].sort().slice(0, 20).join(', ')}`,
      evidence: { registeredNames: [...customs].sort() },
    });
  }
  return issues;
}

/** One config object's own facts, shared by the checks below. */
interface KerasObject {
  o: Record<string, unknown>;
  at: string;
  cls: string | undefined;
  cfg: unknown;
  layerName: string | undefined;
  /** ` "name"` for messages, or '' */
  named: string;
  /** The class name without its registered package ("pkg>Class" → "Class"). */
  leaf: string | undefined;
}

/** Layers that run code or read files by their class: Lambda, file readers, op layers, torch wrappers. */
function layerIssues(k: KerasObject, issues: KerasIssue[], payloadHolders: WeakSet<object>) {
  const { at, cls, cfg, layerName, named, leaf } = k;
  if (leaf === 'Lambda') {
    const c = (cfg ?? {}) as Record<string, unknown>;
    const fn = c.function;
    const kind = Array.isArray(fn)
      ? 'bytecode'
      : fn && typeof fn === 'object' && (fn as Record<string, unknown>).class_name === '__lambda__'
        ? 'bytecode'
        : typeof fn === 'string'
          ? `function "${fn}"${typeof c.module === 'string' ? ` from module ${c.module}` : ''}`
          : fn && typeof fn === 'object'
            ? 'serialized function'
            : 'function';
    issues.push({
      rule: KERAS_LAMBDA,
      at,
      message: `Lambda layer${named} (${kind})`,
      evidence: { layer: layerName, function: kind },
    });
  }
  if (leaf && FILE_READING_CLASS.test(leaf) && cfg && typeof cfg === 'object' && !Array.isArray(cfg)) {
    issues.push(...fileArgumentIssues(leaf, cfg as Record<string, unknown>, at, named));
  }
  if ((leaf === 'TFOpLambda' || leaf === 'SlicingOpLambda') && cfg && typeof cfg === 'object') {
    // tf.keras op layers call the TensorFlow API symbol named in "function" (e.g. "math.add") with
    // arguments from the config: "io.write_file" or "py_function" would be called the same way.
    const fn = (cfg as Record<string, unknown>).function;
    if (typeof fn === 'string') {
      const parts = fn.split('.');
      if (parts.some((p) => DANGEROUS_MODULES.has(p)) || DANGEROUS_NAMES.has(parts.at(-1) ?? '')) {
        issues.push({
          rule: KERAS_DANGEROUS_REFERENCE,
          at,
          message: `${leaf} layer${named} calls tf.${fn}`,
          evidence: { layer: layerName, function: fn },
        });
      }
    }
  }
  if (cls === '__lambda__') {
    issues.push({ rule: KERAS_BYTECODE, at, message: 'serialized lambda ("__lambda__")', evidence: {} });
  }
  if (leaf === 'TorchModuleWrapper') {
    const c = (cfg ?? {}) as Record<string, unknown>;
    if (cfg && typeof cfg === 'object') payloadHolders.add(cfg);
    const payload = typeof c.module === 'string' ? decodeBase64(c.module) : undefined;
    issues.push({
      rule: KERAS_TORCH_WRAPPER,
      at,
      message: `TorchModuleWrapper layer${named} restores an embedded pickle with torch.load`,
      evidence: { layer: layerName, payloadBytes: payload?.length ?? 0 },
      payload,
    });
  }
}

/** Module references: the object's own module and a Lambda's function/output-shape modules. */
function moduleIssues(k: KerasObject, issues: KerasIssue[], payloadHolders: WeakSet<object>) {
  const { o, at, cls, cfg } = k;
  for (const key of Object.keys(o)) {
    if (!/(^|_)module$/.test(key)) continue;
    const m = o[key];
    if (typeof m !== 'string' || m === '' || m === '__main__') continue;
    if (key === 'module' && payloadHolders.has(o)) continue;
    const danger = dangerousModule(m);
    // The callable Keras fetches from the module: a "function" object's config, or a Keras 2 Lambda's function name.
    const fnName =
      cls === 'function' && typeof cfg === 'string'
        ? cfg
        : typeof o.function === 'string'
          ? o.function
          : undefined;
    const target = `${m}${fnName ? `.${fnName}` : cls && cls !== 'function' ? `.${cls}` : ''}`;
    const leafName = fnName ?? (cls !== 'function' ? cls : undefined);
    if ((m === 'builtins' || m === '__builtin__') && leafName && HARMLESS_BUILTINS.has(leafName)) continue;
    if (danger || (fnName && DANGEROUS_NAMES.has(fnName))) {
      issues.push({
        rule: KERAS_DANGEROUS_REFERENCE,
        at,
        message: `references ${target}`,
        evidence: { module: m, name: fnName ?? cls, key },
      });
    } else if (!ALLOWED_ROOTS.has(moduleRoot(m))) {
      issues.push({
        rule: KERAS_EXTERNAL_MODULE,
        at,
        message: `imports module ${m}${cls ? ` for ${fnName ? `function ${fnName}` : cls}` : ''}`,
        evidence: { module: m, name: fnName ?? cls, key },
      });
    }
  }
}

function dottedClassIssue(k: KerasObject, issues: KerasIssue[]) {
  const { o, at, cls } = k;
  // A dotted class_name ("subprocess.Popen") names a module too; Keras does not import it, but a
  // loader that resolves dotted paths (or a future Keras) would, and no real config has one.
  if (cls?.includes('.') && typeof o.module !== 'string') {
    const danger = dangerousModule(cls.split('>').at(-1)!);
    if (danger || !ALLOWED_ROOTS.has(moduleRoot(cls.split('>').at(-1)!))) {
      issues.push({
        rule: danger ? KERAS_DANGEROUS_REFERENCE : KERAS_EXTERNAL_MODULE,
        at,
        message: `class_name ${cls} names a module path`,
        evidence: { className: cls },
      });
    }
  }
}

function dangerousNameIssue(k: KerasObject, issues: KerasIssue[]) {
  const { o, at, cls, cfg, leaf } = k;
  // Dangerous names inside allowed packages (or with no module at all).
  const resolved = cls === 'function' && typeof cfg === 'string' ? cfg : leaf;
  if (
    resolved &&
    DANGEROUS_NAMES.has(resolved) &&
    !issues.some((i) => i.at === at && i.rule === KERAS_DANGEROUS_REFERENCE)
  ) {
    issues.push({
      rule: KERAS_DANGEROUS_REFERENCE,
      at,
      severity: resolved === 'TFSMLayer' ? 'high' : undefined,
      message: `references ${typeof o.module === 'string' ? `${o.module}.` : ''}${resolved}`,
      evidence: { module: o.module, name: resolved },
    });
  }
}

/** A registered name ("package>Class"): dangerous, or a custom object the loader must be given. */
function registeredNameIssue(k: KerasObject, issues: KerasIssue[], customs: Set<string>) {
  const { o, at } = k;
  const reg = o.registered_name;
  if (typeof reg === 'string' && reg.includes('>')) {
    const [pkg = '', name = ''] = reg.split('>');
    if (dangerousModule(pkg) || DANGEROUS_NAMES.has(name)) {
      issues.push({
        rule: KERAS_DANGEROUS_REFERENCE,
        at,
        message: `registered name ${reg} points at a dangerous callable`,
        evidence: { registeredName: reg },
      });
    } else if (!ALLOWED_ROOTS.has(moduleRoot(pkg))) customs.add(reg);
  }
}

function inspectObject(
  o: Record<string, unknown>,
  at: string,
  issues: KerasIssue[],
  customs: Set<string>,
  payloadHolders: WeakSet<object>,
) {
  const cls = typeof o.class_name === 'string' ? o.class_name : undefined;
  const cfg = o.config;
  const layerName =
    cfg && typeof cfg === 'object' && typeof (cfg as Record<string, unknown>).name === 'string'
      ? ((cfg as Record<string, unknown>).name as string)
      : undefined;
  const named = layerName ? ` "${layerName}"` : '';
  const leaf = cls?.includes('>') ? cls.split('>').at(-1) : cls;
  const k: KerasObject = { o, at, cls, cfg, layerName, named, leaf };
  layerIssues(k, issues, payloadHolders);
  moduleIssues(k, issues, payloadHolders);
  dottedClassIssue(k, issues);
  dangerousNameIssue(k, issues);
  registeredNameIssue(k, issues, customs);
}

function decodeBase64(s: string): Buffer | undefined {
  const compact = s.replace(/\s+/g, '');
  if (compact.length < 8 || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

export type KerasJson = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * The one place Keras configs are parsed, with the project's JSON reader (Python's json semantics).
 * Failures carry our own one-line reason, built from the reader's offset, never an engine's text.
 */
export function readKerasJson(text: string): KerasJson {
  if (text.trim() === '') return { ok: false, reason: 'is empty' };
  const r = readJson(text);
  if (!r.error && r.value) return { ok: true, value: toPlain(r.value) };
  const at = r.error?.offset;
  if (at === undefined || at >= text.trimEnd().length) {
    return { ok: false, reason: 'is not valid JSON (it ends before the value is complete)' };
  }
  return { ok: false, reason: `is not valid JSON (unexpected character at offset ${at})` };
}

/** Why a parsed value is not a Keras model config (an object with a string class_name and a config object). */
export function kerasModelShapeProblem(v: unknown): string | undefined {
  const kind = (x: unknown) =>
    x === null
      ? 'null'
      : Array.isArray(x)
        ? 'an array'
        : typeof x === 'object'
          ? 'an object'
          : `a ${typeof x}`;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return `its top level is ${kind(v)}, not an object`;
  const o = v as Record<string, unknown>;
  if (typeof o.class_name !== 'string')
    return `class_name is ${o.class_name === undefined ? 'missing' : kind(o.class_name)}`;
  if (!o.config || typeof o.config !== 'object')
    return `config is ${o.config === undefined ? 'missing' : kind(o.config)}`;
  return undefined;
}

/** Parses `text` as a Keras config and reports its issues through `ctx`; a parse failure is a finding. */
export function checkKerasJsonText(
  ctx: AnalyzerContext,
  text: string,
  what: string,
  seen?: Set<string>,
  /** The text must be a model config (model_config, config.json): other shapes are a finding. */
  modelConfig = false,
): Promise<void> {
  const read = readKerasJson(text);
  const shape = read.ok && modelConfig ? kerasModelShapeProblem(read.value) : undefined;
  if (!read.ok || shape) {
    ctx.report(
      finding(KERAS_BAD_CONFIG, {
        message: `${label(ctx.source)}: ${what} ${read.ok ? `is not a Keras model config: ${shape}` : read.reason}`,
      }),
    );
    if (!read.ok) return Promise.resolve();
  }
  return reportKerasConfig(ctx, read.value, what, undefined, seen);
}

/** Reports the issues of a parsed config; embedded payloads are scanned as members. */
export async function reportKerasConfig(
  ctx: AnalyzerContext,
  parsed: unknown,
  what: string,
  member?: string[],
  /** Issues already reported (rule + layer), for containers that repeat configs. */
  seen?: Set<string>,
): Promise<void> {
  const at = member ? { member } : {};
  let issues: KerasIssue[];
  try {
    issues = inspectKerasConfig(parsed);
  } catch (err) {
    if (!(err instanceof KerasLimitError)) throw err;
    ctx.report(finding(KERAS_BAD_CONFIG, { message: `${label(ctx.source)}: ${what} ${err.message}`, ...at }));
    return;
  }
  for (const i of issues) {
    if (seen) {
      const key = `${i.rule.id}\0${String(i.evidence.layer ?? i.message)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    ctx.report(
      finding(i.rule, {
        message: `${label(ctx.source)}: ${what} ${i.at}: ${i.message}`,
        evidence: { ...i.evidence, path: i.at, in: what },
        severity: i.severity,
        ...at,
      }),
    );
    if (i.payload) {
      const name = `${i.at}.module`;
      const chain = [...(member ?? [...ctx.source.member, what]), name];
      await ctx.scanMember(new BufferSource(i.payload, ctx.source.path, chain), name);
    }
  }
}
