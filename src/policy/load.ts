/**
 * Loading a policy file: YAML or JSON → schema validation (ajv, schemas/policy.schema.json) →
 * checks a schema cannot express (known rule ids, glob syntax, real dates, the pickle denylist,
 * one kind of signer per entry) → typed `Policy`.
 *
 * Every error names the key path (`ignore[2].reason`) and the line and column in the file: both
 * formats are parsed with the `yaml` package (JSON is YAML 1.2 flow syntax), which keeps node
 * positions. Unknown keys are errors.
 */
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { clip } from '../core/sanitize.ts';
import picomatch from 'picomatch';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import schema from '../../schemas/policy.schema.json' with { type: 'json' };
import { describeError, ModelvetError } from '../core/errors.ts';
import { defaultScanner } from '../builtins.ts';
import { isSeverity, type Severity } from '../core/finding.ts';
import { MODEL_HUBS } from '../core/model-source.ts';
import { guardParse, guardRun, NESTING } from '../core/parse-guard.ts';
import { DEPTH_LIMITS, YAML_ALIAS_LIMITS, LENGTH_LIMITS } from '../core/parse-limits.ts';
import type { Scanner } from '../scanner.ts';
import { type IsDenied, pickleIsDenied } from './denylist.ts';
import {
  emptyPolicy,
  type IgnoreEntry,
  type Policy,
  type PolicyError,
  type PolicyOrigin,
  type Position,
  type Signer,
} from './types.ts';

/** Largest policy file read (a policy is a few KB). */
export const MAX_POLICY_BYTES = 1024 * 1024;

export interface LoadOptions {
  origin?: PolicyOrigin;
  /** Folder that relative key/certificate paths are resolved against (default: the policy file's folder). */
  baseDir?: string;
  /** The pickle denylist (see denylist.ts; wired to the pickle module at merge time). */
  isDenied?: IsDenied;
  /** The scanner whose rule ids and file kinds the policy may name (default: defaultScanner()). */
  scanner?: Scanner;
  /** Every known rule id (default: the scanner's rules). */
  ruleIds?: readonly string[];
  /** Every known file kind (default: the scanner's kinds). */
  kinds?: readonly string[];
  /** Whether a signer's key or certificate file exists (default: a regular file on disk). */
  fileExists?: (path: string) => boolean;
}

export interface ParseResult {
  policy?: Policy;
  errors: PolicyError[];
}

/** The policy schema compiled on first use (a documented cache: one schema, compiled once per process). */
let validator: ReturnType<Ajv['compile']> | undefined;
function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(schema);
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

type Segment = string | number;

/** `ignore[0].reason`, `rules["pin/x"]`. */
/** Longest key shown whole in an error; a longer one is cut, with its length (a policy can be hostile). */
const SHOWN_KEY = 80;

function shownKey(s: string): string {
  const { shown, length } = clip(s, SHOWN_KEY);
  return length === undefined
    ? JSON.stringify(shown)
    : `${JSON.stringify(shown)} (a key of ${length} characters)`;
}

/** A value from the policy quoted in a message: cut past SHOWN_KEY characters, with its length. */
function quoted(s: string): string {
  const { shown, length } = clip(s, SHOWN_KEY);
  return length === undefined ? `"${shown}"` : `"${shown}" (${length} characters)`;
}

export function formatKeyPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]{0,79}$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${shownKey(s)}]`;
  }
  return out || '(top level)';
}

function pointerSegments(pointer: string, data: unknown): Segment[] {
  if (!pointer) return [];
  const out: Segment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(key)) {
      out.push(Number(key));
      cur = cur[Number(key)];
    } else {
      out.push(key);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

class Locator {
  readonly root: Node | null;
  readonly lines: LineCounter;
  constructor(root: Node | null, lines: LineCounter) {
    this.root = root;
    this.lines = lines;
  }
  private at(offset: number | undefined): Position | undefined {
    if (offset === undefined) return undefined;
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }
  private node(segments: readonly Segment[]): Node | undefined {
    let cur: unknown = this.root;
    for (const s of segments) {
      if (isMap(cur)) {
        const pair = cur.items.find((p) => isScalar(p.key) && String(p.key.value) === String(s));
        cur = pair?.value ?? undefined;
      } else if (isSeq(cur) && typeof s === 'number') {
        cur = cur.items[s];
      } else return undefined;
    }
    return isNode(cur) ? cur : undefined;
  }
  /** Position of the value at `segments` (or of its nearest existing parent). */
  value(segments: readonly Segment[]): Position | undefined {
    for (let n = segments.length; n >= 0; n--) {
      const node = this.node(segments.slice(0, n));
      if (node?.range) return this.at(node.range[0]);
    }
    return undefined;
  }
  /** Position of the key `key` in the map at `segments`. */
  key(segments: readonly Segment[], key: string): Position | undefined {
    const map = this.node(segments);
    if (isMap(map)) {
      const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
    }
    return this.value(segments);
  }
}

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a map' : `a ${typeof v}`;
const article = (t: string): string =>
  t === 'array' ? 'a list' : t === 'object' ? 'a map' : t === 'integer' ? 'an integer' : `a ${t}`;

function ajvMessage(e: ErrorObject): { segments?: Segment[]; key?: string; message: string } | undefined {
  const p = e.params as Record<string, unknown>;
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((parent.properties as object | undefined) ?? {});
      const k = String(p.additionalProperty);
      return {
        key: k,
        message: known.length
          ? `unknown key ${quoted(k)} (expected one of: ${known.join(', ')})`
          : `unknown key ${quoted(k)}`,
      };
    }
    case 'required':
      return { message: `missing required key "${String(p.missingProperty)}"` };
    case 'type': {
      const types = String(p.type).split(',').map(article).join(' or ');
      return { message: `must be ${types}, got ${typeName(e.data)}` };
    }
    case 'enum':
      return {
        message: `must be one of ${(p.allowedValues as unknown[]).join(', ')}; got ${JSON.stringify(e.data)}`,
      };
    case 'const':
      return { message: `must be ${JSON.stringify(p.allowedValue)}; got ${JSON.stringify(e.data)}` };
    case 'pattern': {
      if ((e as { propertyName?: string }).propertyName !== undefined) return undefined; // see propertyNames
      const what = typeof parent.description === 'string' ? parent.description : `matching ${p.pattern}`;
      return { message: `must be ${what}; got ${JSON.stringify(e.data)}` };
    }
    case 'propertyNames': {
      const name = String(p.propertyName);
      const desc = (e.schema as { description?: string } | undefined)?.description ?? 'a valid key';
      return { key: name, message: `key "${name}" must be ${desc}` };
    }
    case 'minLength':
      return { message: 'must not be empty' };
    case 'minItems':
      return { message: `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'uniqueItems':
      return { message: `lists ${JSON.stringify((e.data as unknown[])[p.j as number])} twice` };
    case 'dependencies':
      return { message: `"${String(p.property)}" needs "${String(p.missingProperty)}" beside it` };
    case 'if':
      return undefined;
    default:
      return { message: e.message ?? `fails ${e.keyword}` };
  }
}

function isRealDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Why a glob is unusable, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.includes('\\')) return 'use forward slashes (backslashes are escapes in globs)';
  if (glob.startsWith('/')) return 'must be relative to the scanned folder, not absolute';
  if (glob.split('/').includes('..')) return 'must not contain ".." segments';
  if (glob.includes('\0')) return 'must not contain NUL';
  try {
    picomatch.makeRe(glob, { strictBrackets: true, dot: true });
  } catch (err) {
    return `is not a valid glob: ${(err as Error).message}`;
  }
  return undefined;
}

function parseText(
  text: string,
  source: string,
): { data?: unknown; locator?: Locator; errors: PolicyError[] } {
  const fileError = (message: string, line?: number, column?: number): { errors: PolicyError[] } => ({
    errors: [{ path: '(file)', ...(line !== undefined ? { line, column: column ?? 1 } : {}), message }],
  });
  if (source.toLowerCase().endsWith('.json')) {
    const parsed = guardParse(text, (t) => JSON.parse(t) as unknown, {
      what: 'JSON',
      nesting: NESTING.json,
      maxDepth: DEPTH_LIMITS.yaml,
    });
    if (!parsed.ok && parsed.failure.reason !== 'internal-error') return fileError(parsed.failure.message);
    if (!parsed.ok) {
      // JSON.parse names the syntax mistake and where; that text is ours to show (it is not a crash).
      const msg = (() => {
        try {
          JSON.parse(text);
          return '';
        } catch (err) {
          return (err as Error).message;
        }
      })();
      const m = /\(line (\d+) column (\d+)\)/.exec(msg);
      return fileError(
        `invalid JSON: ${msg.replace(/ in JSON at position.*$/, '').split('\n')[0]}`,
        m ? Number(m[1]) : undefined,
        m ? Number(m[2]) : undefined,
      );
    }
  }
  const lines = new LineCounter();
  const parsed = guardParse(
    text,
    // prettyErrors: false. The library's prettifier copies the text around every error (O(n) each,
    // quadratic for a file of errors: 255 KB took 32 s and 425 MiB); positions come from the counter.
    (t) => parseDocument(t, { lineCounter: lines, uniqueKeys: true, prettyErrors: false }),
    {
      what: 'YAML',
      nesting: NESTING.yaml,
      maxDepth: DEPTH_LIMITS.yaml,
      maxLength: LENGTH_LIMITS.configYaml,
    },
  );
  if (!parsed.ok) {
    // Refused before parsing: the line counter is empty, so the position is counted here.
    const at = parsed.failure.offset;
    if (at <= 0) return fileError(parsed.failure.message);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return fileError(parsed.failure.message, line, at - before.lastIndexOf('\n'));
  }
  const doc = parsed.value;
  if (doc.errors.length) {
    return {
      errors: doc.errors.slice(0, 20).map((e) => ({
        path: '(file)',
        ...yamlPosition(lines, e.pos[0]),
        message: `invalid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const data = guardRun(() => doc.toJS({ maxAliasCount: YAML_ALIAS_LIMITS.policy }) ?? {}, 'YAML');
  if (!data.ok) return fileError(`invalid YAML: ${data.failure.message}`);
  return { data: data.value, locator: new Locator(doc.contents, lines), errors: [] };
}

function yamlPosition(lines: LineCounter, offset: number): { line?: number; column?: number } {
  const at = lines.linePos(offset);
  return at.line > 0 ? { line: at.line, column: at.col } : {};
}

/** What the steps of parsePolicy share: the policy being built and where to put errors. */
interface Build {
  raw: RawPolicy;
  policy: Policy;
  locator: Locator;
  options: LoadOptions;
  source: string;
  add(segments: readonly Segment[], message: string, key?: string): void;
}

/** Parses and validates policy text. Never throws for bad content: errors come back as a list. */
export function parsePolicy(text: string, source: string, options: LoadOptions = {}): ParseResult {
  const parsed = parseText(text, source);
  if (!parsed.locator) return { errors: parsed.errors };
  const { data, locator } = parsed;
  const errors: PolicyError[] = [];
  const add = (segments: readonly Segment[], message: string, key?: string) => {
    const pos = key === undefined ? locator.value(segments) : locator.key(segments, key);
    const path = formatKeyPath(key === undefined ? segments : [...segments, key]);
    if (errors.some((e) => e.path === path && e.message === message)) return;
    errors.push({ path, line: pos?.line, column: pos?.column, message });
  };
  schemaErrors(data, add);
  if (errors.length) return { errors: sortErrors(errors) };
  const raw = data as RawPolicy;
  const policy = emptyPolicy(source, options.origin ?? 'explicit');
  const build: Build = { raw, policy, locator, options, source, add };
  if (raw.failOn && isSeverity(raw.failOn)) policy.failOn = raw.failOn;
  readRules(build);
  readFormats(build);
  readPickle(build);
  readVerification(build);
  if (raw.digestCache !== undefined)
    policy.digestCache = resolve(options.baseDir ?? dirname(resolve(source)), raw.digestCache);
  for (const hub of MODEL_HUBS) {
    const list = raw.sources?.[hub];
    if (list) policy.sources[hub] = list;
  }
  readIgnores(build);
  return errors.length ? { errors: sortErrors(errors) } : { policy, errors: [] };
}

function schemaErrors(data: unknown, add: Build['add']): void {
  const typeErrorAt = new Set<string>();
  for (const e of validate(data)) {
    if (e.keyword === 'type') {
      if (typeErrorAt.has(e.instancePath)) continue; // an if/else branch repeating the same complaint
      typeErrorAt.add(e.instancePath);
    }
    const m = ajvMessage(e);
    if (m) add(pointerSegments(e.instancePath, data), m.message, m.key);
  }
}

function ruleIdsOf(options: LoadOptions): Set<string> {
  return new Set(options.ruleIds ?? (options.scanner ?? defaultScanner()).rules.map((r) => r.id));
}

function readRules({ raw, policy, options, add }: Build): void {
  const ruleIds = ruleIdsOf(options);
  for (const [id, level] of Object.entries(raw.rules ?? {})) {
    if (!ruleIds.has(id))
      add(
        ['rules'],
        `unknown rule ${quoted(id)}${didYouMean(id, ruleIds)} (run \`modelvet explain\` for the list)`,
        id,
      );
    policy.rules[id] = level as Severity | 'off';
  }
}

/** A kind modelvet never reports makes an allow or deny list silently useless: an error, with the closest known kind. */
function readFormats({ raw, policy, options, add }: Build): void {
  if (raw.formats?.allow) policy.formats.allow = raw.formats.allow;
  if (raw.formats?.deny) policy.formats.deny = raw.formats.deny;
  for (const [i, kind] of (raw.formats?.deny ?? []).entries()) {
    if (raw.formats?.allow?.includes(kind))
      add(['formats', 'deny', i], `"${kind}" is both allowed and denied`);
  }
  const kinds = new Set(options.kinds ?? (options.scanner ?? defaultScanner()).knownKinds());
  for (const list of ['allow', 'deny'] as const) {
    for (const [i, kind] of (raw.formats?.[list] ?? []).entries()) {
      if (kinds.has(kind)) continue;
      add(
        ['formats', list, i],
        `${quoted(kind)} is not a kind modelvet reports${didYouMean(kind, kinds)} (known: ${[...kinds].sort().join(', ')})`,
      );
    }
  }
}

function readPickle({ raw, policy, locator, options, add }: Build): void {
  const isDenied = options.isDenied ?? pickleIsDenied;
  for (const [i, entry] of (raw.pickle?.allow ?? []).entries()) {
    const item = typeof entry === 'string' ? { global: entry } : entry;
    const denied = isDenied(item.global);
    if (item.force !== undefined && item.reason === undefined) {
      add(['pickle', 'allow', i], `allowing ${item.global} with force needs a "reason"`);
    } else if (denied && item.force !== true) {
      add(
        ['pickle', 'allow', i],
        `${item.global} is on modelvet's pickle denylist; allowing it needs {global: ${item.global}, force: true, reason: ...}`,
      );
    } else if (denied) {
      const pos = locator.value(['pickle', 'allow', i]);
      policy.pickle.forced.push({
        global: item.global,
        reason: item.reason!,
        position: pos,
      });
    } else {
      policy.pickle.allow.push(item.global);
    }
  }
}

/** A signer's key or certificate file must exist now: a missing one would fail every verification later, unexplained. */
function readVerification({ raw, policy, options, source, add }: Build): void {
  const baseDir = options.baseDir ?? dirname(resolve(source));
  const exists = options.fileExists ?? isExistingFile;
  if (raw.verification?.require) policy.verification.require = raw.verification.require;
  for (const [i, s] of (raw.verification?.signers ?? []).entries()) {
    const at = ['verification', 'signers', i] as const;
    const n = [s.identity !== undefined, s.key !== undefined, s.certificateChain !== undefined].filter(
      Boolean,
    ).length;
    if (n !== 1) {
      add(
        at,
        n === 0
          ? 'a signer needs identity+issuer, key or certificateChain'
          : 'a signer is one of identity+issuer, key or certificateChain, not several',
      );
      continue;
    }
    if (s.identity !== undefined) {
      policy.verification.signers.push({ kind: 'sigstore', identity: s.identity, issuer: s.issuer! });
      continue;
    }
    const files = s.key !== undefined ? [s.key] : s.certificateChain!;
    const missing = files.findIndex((f) => !exists(resolve(baseDir, f)));
    if (missing >= 0) {
      const key = s.key !== undefined ? [...at, 'key'] : [...at, 'certificateChain', missing];
      add(key, `file ${files[missing]} does not exist (looked for ${resolve(baseDir, files[missing]!)})`);
      continue;
    }
    const signer: Signer =
      s.key !== undefined
        ? { kind: 'key', keyPath: resolve(baseDir, s.key) }
        : { kind: 'certificate-chain', chainPaths: files.map((c) => resolve(baseDir, c)) };
    policy.verification.signers.push(signer);
  }
}

function isExistingFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readIgnores({ raw, policy, locator, options, add }: Build): void {
  const ruleIds = ruleIdsOf(options);
  const groups = new Set([...ruleIds].map((id) => id.split('/')[0]));
  for (const [i, ig] of (raw.ignore ?? []).entries()) {
    const at = ['ignore', i] as const;
    let ok = true;
    if (ig.rule.endsWith('/*')) {
      const group = ig.rule.slice(0, -2);
      if (!groups.has(group)) {
        add([...at, 'rule'], `no rule group "${group}" (run \`modelvet explain\` for the list)`);
        ok = false;
      }
    } else if (!ruleIds.has(ig.rule)) {
      add(
        [...at, 'rule'],
        `unknown rule ${quoted(ig.rule)}${didYouMean(ig.rule, ruleIds)} (run \`modelvet explain\` for the list)`,
      );
      ok = false;
    }
    const problem = globProblem(ig.path);
    if (problem) {
      add([...at, 'path'], `glob ${JSON.stringify(ig.path)} ${problem}`);
      ok = false;
    }
    if (ig.expires !== undefined && !isRealDate(ig.expires)) {
      add([...at, 'expires'], `${ig.expires} is not a real date (YYYY-MM-DD)`);
      ok = false;
    }
    if (!ok) continue;
    const pos = locator.value(at);
    const entry: IgnoreEntry = { rule: ig.rule, path: ig.path, reason: ig.reason.trim() };
    if (ig.expires !== undefined) entry.expires = ig.expires;
    if (pos) entry.position = pos;
    policy.ignore.push(entry);
  }
}

/** ` (did you mean "safetensors"?)` for a near miss (edit distance at most 2, or a prefix). */
export function didYouMean(word: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = k.startsWith(word) || word.startsWith(k) ? 1 : editDistance(word, k, bestDistance);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** Levenshtein distance, giving up (returning `cap`) once it cannot be below `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return Math.min(prev[b.length]!, cap);
}

interface RawPolicy {
  failOn?: string;
  rules?: Record<string, string>;
  formats?: { allow?: string[]; deny?: string[] };
  pickle?: { allow?: (string | { global: string; force?: boolean; reason?: string })[] };
  verification?: {
    require?: Policy['verification']['require'];
    signers?: { identity?: string; issuer?: string; key?: string; certificateChain?: string[] }[];
  };
  sources?: Partial<Record<(typeof MODEL_HUBS)[number], string[]>>;
  ignore?: { rule: string; path: string; reason: string; expires?: string }[];
  digestCache?: string;
}

function sortErrors(errors: PolicyError[]): PolicyError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** `file:line:column: key.path: message`, one per line. */
export function formatPolicyErrors(source: string, errors: readonly PolicyError[]): string {
  return errors
    .map((e) => {
      const where = e.line !== undefined ? `${source}:${e.line}:${e.column ?? 1}` : source;
      return `${where}: ${e.path}: ${e.message}`;
    })
    .join('\n');
}

/** Reads and validates a policy file; returns the errors instead of throwing for bad content. */
export async function readPolicyFile(file: string, options: LoadOptions = {}): Promise<ParseResult> {
  let text: string;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new ModelvetError('UNREADABLE', `${file}: not a regular file`, { path: file });
    if (st.size > MAX_POLICY_BYTES)
      return {
        errors: [{ path: '(file)', message: `policy file is larger than ${MAX_POLICY_BYTES} bytes` }],
      };
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, ''); // editors on Windows add a BOM
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    throw new ModelvetError(code, `policy ${describeError(err, file)}`, { path: file, cause: err });
  }
  return parsePolicy(text, file, options);
}

/**
 * Reads a policy file; throws a ModelvetError (USAGE, exit 2) when it is invalid: one line for one
 * error (`invalid policy p.yml:3:5: formats.allow[0]: ...`), a list for several.
 */
export async function loadPolicy(file: string, options: LoadOptions = {}): Promise<Policy> {
  const result = await readPolicyFile(file, options);
  if (!result.policy) {
    const n = result.errors.length;
    const listed = formatPolicyErrors(file, result.errors);
    throw new ModelvetError(
      'USAGE',
      n === 1 ? `invalid policy ${listed}` : `invalid policy ${file} (${n} errors):\n${listed}`,
      { path: file },
    );
  }
  return result.policy;
}
