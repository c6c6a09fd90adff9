/**
 * Chat templates (Jinja) vetted by walking their syntax tree.
 *
 * Loaders render a model's chat template with Jinja. When the environment is not sandboxed
 * (llama-cpp-python before the CVE-2024-34359 fix, SGLang CVE-2026-5760, litellm
 * GHSA-46cm-pfwv-cgf8, any homegrown server) the template runs Python: published payloads walk
 * `lipsum.__globals__`, `cycler.__init__.__globals__.os.popen(...)`,
 * `''.__class__.__mro__[1].__subclasses__()`, `self._TemplateReference__context`, `request`/`config`
 * objects, `|attr('\x5f\x5fclass\x5f\x5f')` and names assembled at render time
 * (`'__cla' ~ 'ss__'`, `'%c'|format(95)`, `|join`, `|reverse`) to dodge filters. Even the sandbox
 * only blocks `_`-prefixed and a few internal attributes, which is exactly what these need.
 *
 * We parse with `@huggingface/jinja` (the parser transformers.js uses for chat templates) and walk
 * the AST; string expressions are constant-folded so built names are seen as the renderer will
 * see them. No regex guessing on the template text, except as a fallback when the parser refuses a
 * template (which is itself a finding: a gate must not pass what it cannot read).
 */
import { type AnalyzerContext, type ReportedFinding, registerFileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import { KINDS } from '../core/sniff.ts';
import { readAll } from '../core/source.ts';
import { type JsonValue, jsonGet, parseStrictJson } from '../formats/safetensors-json.ts';

const tags = ['chat-template', 'code-execution'];
const WHY = `Chat templates are rendered by Jinja when the model is loaded or served; outside a sandbox
(llama-cpp-python before CVE-2024-34359 was fixed, SGLang CVE-2026-5760, litellm, custom servers)
such an expression runs arbitrary Python on the host.`;
const FIX = `Fix: use the template the model family publishes (Llama, Qwen, Mistral, Gemma, Phi and
DeepSeek templates need none of this), and always render chat templates in
jinja2.sandbox.ImmutableSandboxedEnvironment.`;

export const TEMPLATE_DUNDER = defineRule({
  id: 'template/dunder-access',
  severity: 'critical',
  title: 'Chat template reaches Python internals (dunder or frame attribute)',
  tags,
  explain: `The template reads an attribute such as __class__, __mro__, __subclasses__, __globals__,
__builtins__, __import__, __init__ (directly, by item access, through |attr or a map/select
attribute= argument, or with a name assembled at render time), or an internal attribute like
func_globals, gi_frame, f_globals, mro. This is the first step of every published Jinja server-side
template injection payload: from any object to its class, to all loaded classes or a function's
globals, to os.system. ${WHY}

${FIX}`,
});
export const TEMPLATE_PRIVATE = defineRule({
  id: 'template/private-access',
  severity: 'high',
  title: 'Chat template reads an underscore attribute',
  tags,
  explain: `The template reads an attribute whose name starts with "_" (for example
self._TemplateReference__context). Jinja's sandbox forbids these because they reach the renderer's
internals; chat templates never need them. ${WHY}

${FIX}`,
});
export const TEMPLATE_GLOBAL_CALLABLE = defineRule({
  id: 'template/global-callable-access',
  severity: 'critical',
  title: 'Chat template walks attributes of a Jinja global function',
  tags,
  explain: `The template reads an attribute of a Jinja global callable (cycler, joiner, namespace,
lipsum, range, dict, self, url_for, ...) instead of calling it: \`cycler.__init__.__globals__\`,
\`lipsum.__globals__.os\` and \`namespace.__init__\` are how published payloads reach Python
modules from a template. Legitimate templates call namespace(...) or range(...); they never look
inside them. ${WHY}

${FIX}`,
});
export const TEMPLATE_GADGET_GLOBAL = defineRule({
  id: 'template/gadget-global',
  severity: 'high',
  title: 'Chat template refers to a Jinja or framework global used in injection payloads',
  tags,
  explain: `The template names a global that only injection payloads use in a chat template:
lipsum, cycler, joiner, self, config, request, session, url_for, get_flashed_messages, or a
Python builtin/module name (builtins, os, sys, subprocess, importlib, eval, exec, getattr), or passes namespace/range
/dict around as a value instead of calling them. Their function objects carry __globals__, which
leads to os and builtins. ${WHY}

${FIX}`,
});
export const TEMPLATE_COMPUTED_ATTRIBUTE = defineRule({
  id: 'template/computed-attribute',
  severity: 'high',
  title: 'Chat template looks up an attribute whose name is built at render time',
  tags,
  explain: `The template reads an attribute or item whose name is assembled from strings at render
time (concatenation, |format, |join, |replace, |reverse, str.format, ...) or passes a non-constant
name to |attr. Payloads build names like "__class__" this way so that no scanner sees the literal
name. modelvet folds the constant parts; this finding means the name could not be decided
statically. ${WHY}

${FIX}`,
});
export const TEMPLATE_FORMAT_METHOD = defineRule({
  id: 'template/format-method',
  severity: 'high',
  title: 'Chat template calls str.format / format_map',
  tags,
  explain: `The template calls the Python method str.format or str.format_map. Python's format
mini-language reads attributes and items of its arguments ("{0.__class__.__init__.__globals__}"),
a well-known way around Jinja's attribute checks (the sandbox special-cases it for that reason).
Jinja's own |format filter (printf-style) is the safe way to format. ${WHY}

${FIX}`,
});
export const TEMPLATE_DANGEROUS_CALL = defineRule({
  id: 'template/dangerous-call',
  severity: 'critical',
  title: 'Chat template calls an OS, import or eval function by name',
  tags,
  explain: `The template calls a method named like a process, file, import or evaluation function
(system, popen, eval, exec, import_module, getattr, open, read, check_output, ...). Chat templates
format messages; they never run commands or read files. Such a call is the end of an injection chain.
${WHY}

${FIX}`,
});
export const TEMPLATE_DUNDER_STRING = defineRule({
  id: 'template/dunder-string',
  severity: 'high',
  title: 'Chat template builds a string naming a Python internal',
  tags,
  explain: `A string value in the template's expressions is (or contains) a Python internal name
like "__class__" or "__globals__", directly or after constant folding. It can reach attribute
lookups the walker cannot follow (macro arguments, str.format fields, filters of a custom
environment). Chat templates have no use for such strings. ${WHY}

${FIX}`,
});
export const TEMPLATE_HIDDEN_INSTRUCTIONS = defineRule({
  id: 'template/hidden-instructions',
  severity: 'high',
  title: 'Chat template injects instructions when a message contains a trigger',
  tags: ['chat-template', 'backdoor'],
  explain: `A branch of the template runs only when a message's content contains (equals, starts
with...) a fixed string, and that branch writes a system turn or text telling the model to hide what
it was told. That is a backdoor in the model's packaging: the weights are untouched, but whenever a
user's prompt contains the trigger, the rendered prompt carries instructions the user never sees
(published as "poisoned GGUF chat templates"). Legitimate templates branch on roles and tool
results, not on trigger words, and never add concealed system text.

Fix: replace the chat template with the one the model family publishes, or remove the branch.`,
});

export const TEMPLATE_INJECTED_CONTENT = defineRule({
  id: 'template/injected-content',
  severity: 'medium',
  title: 'Chat template writes links, scripts, install commands or instruction overrides into the prompt',
  tags: ['chat-template', 'backdoor'],
  explain: `Text the template adds to every prompt contains a URL, an HTML <script>/<iframe> tag, a
package-install or download-and-run command, or an instruction override ("ignore previous
instructions"). Chat templates format turns; such text steers the model toward a link, a
dependency or behaviour the user did not ask for (published "poisoned template" attacks inject
exactly this). When the text is added only for some prompts, modelvet reports
template/hidden-instructions instead.

Fix: compare the template with the one the model family publishes and remove the added text.`,
});

export const TEMPLATE_UNPARSEABLE = defineRule({
  id: 'template/unparseable',
  severity: 'high',
  title: 'Chat template could not be parsed',
  tags: ['chat-template', 'fail-closed'],
  explain: `The chat template is not Jinja that the chat-template parser (@huggingface/jinja, the one
transformers.js uses) accepts, so it could not be vetted. Python's Jinja accepts more (with, include,
import, extends, raw blocks); a hostile template can hide in what a scanner does not parse, so this
is reported rather than passed. Names seen in the raw template are still reported by the other
template rules. Fix: use the template published for the model family; if this template is genuine,
ignore this rule for the file in a policy after reviewing it.`,
});

export const TEMPLATE_DUPLICATE_KEY = defineRule({
  id: 'template/duplicate-key',
  severity: 'high',
  title: 'Config file holds more than one chat_template',
  tags: ['chat-template', 'integrity'],
  explain: `The JSON file has the key "chat_template" more than once in the same object. Python's
json keeps the last one, other readers the first: a reviewer (or a scanner using another parser) can
be shown a harmless template while the loader renders a different one. Every copy is vetted by
modelvet, but the duplicate itself was crafted. Fix: keep one chat_template (or a list of named
templates).`,
});

/** Attributes that reach Python internals without a double underscore (Jinja sandbox's unsafe lists). */
const INTERNAL_ATTRS = new Set([
  'func_code',
  'func_globals',
  'func_closure',
  'func_defaults',
  'func_dict',
  'im_class',
  'im_func',
  'im_self',
  'gi_frame',
  'gi_code',
  'gi_yieldfrom',
  'cr_frame',
  'cr_code',
  'cr_await',
  'ag_frame',
  'ag_code',
  'ag_await',
  'f_globals',
  'f_locals',
  'f_builtins',
  'f_back',
  'f_code',
  'tb_frame',
  'tb_next',
  'co_code',
  'mro',
]);

/** Globals whose attributes lead to Python (`x.__init__.__globals__`) or that only payloads mention. */
const CALLABLE_GLOBALS = new Set([
  'cycler',
  'joiner',
  'namespace',
  'lipsum',
  'range',
  'dict',
  'self',
  'url_for',
  'get_flashed_messages',
  'config',
  'request',
  'session',
  'g',
  'raise_exception',
  'strftime_now',
]);
/** Globals legitimately called in chat templates (calling them is fine; walking them is not). */
const CALLABLE_OK = new Set([
  'namespace',
  'range',
  'dict',
  'raise_exception',
  'strftime_now',
  'cycler',
  'joiner',
]);
/** Names that no chat template refers to except to escape. */
const PAYLOAD_GLOBALS = new Set([
  'lipsum',
  'self',
  'config',
  'request',
  'session',
  'url_for',
  'get_flashed_messages',
  'application',
  'builtins',
  'os',
  'sys',
  'subprocess',
  'importlib',
  'eval',
  'exec',
  'getattr',
  'setattr',
]);
const DANGEROUS_METHODS = new Set([
  'system',
  'popen',
  'popen2',
  'popen3',
  'spawn',
  'spawnl',
  'spawnv',
  'execl',
  'execv',
  'execve',
  'execvp',
  'eval',
  'exec',
  'compile',
  'import_module',
  '__import__',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'open',
  'read',
  'readlines',
  'write',
  'load',
  'loads',
  'check_output',
  'check_call',
  'getoutput',
  'getstatusoutput',
  'communicate',
  'run',
  'Popen',
  'from_pyfile',
  'from_object',
  'fork',
  'kill',
  'remove',
  'unlink',
  'rmtree',
]);
/** Attribute names that only lead to the OS (reached after an escape, e.g. `...__globals__.os.popen`). */
const OS_ATTRS = new Set([
  'os',
  'popen',
  'system',
  'subprocess',
  'builtins',
  'import_module',
  'check_output',
  'getoutput',
  'Popen',
  'spawnv',
  'execv',
  'execve',
]);
/** Filters whose `attribute` argument (or first positional for selectattr/rejectattr) names an attribute. */
const ATTRIBUTE_FILTERS = new Set([
  'map',
  'select',
  'reject',
  'selectattr',
  'rejectattr',
  'sort',
  'groupby',
  'sum',
  'unique',
  'min',
  'max',
  'dictsort',
]);
const STRING_FILTERS = new Set([
  'string',
  'join',
  'format',
  'replace',
  'lower',
  'upper',
  'reverse',
  'trim',
  'title',
  'capitalize',
  'first',
  'last',
  'list',
  'center',
  'urlencode',
  'e',
  'escape',
  'safe',
]);

const DUNDER_RE = /__[A-Za-z][A-Za-z0-9_]*?__/;
const isDunder = (s: string) => /^__[A-Za-z][A-Za-z0-9_]*__$/.test(s);

export interface TemplateOrigin {
  /** Which template of the file, for messages (`chat_template "tool_use"`); empty for a template file. */
  where: string;
  /** Offset of the template in the source, when it is stored verbatim (GGUF string). */
  offset?: number;
  /** Line of the template in a text file. */
  line?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: the AST is walked structurally (its classes are not exported).
type Node = any;
type Folded = string | number | Folded[] | undefined;

/** Longest template text we parse; bigger is reported unparseable (real ones are a few KB). */
export const MAX_TEMPLATE_CHARS = 1_000_000;
const MAX_DEPTH = 400;
const MAX_FOLD = 4096;

/** Vets one chat template; returns findings (none for a clean template). Never throws. */
export function checkChatTemplate(text: string, origin: TemplateOrigin): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  const seen = new Set<string>();
  const pos = {
    ...(origin.offset !== undefined ? { offset: origin.offset } : {}),
    ...(origin.line !== undefined ? { line: origin.line } : {}),
  };
  const report = (rule: typeof TEMPLATE_DUNDER, message: string, evidence: Record<string, unknown>) => {
    const key = `${rule.id}\u0000${message}`;
    if (seen.has(key) || findings.length >= 50) return;
    seen.add(key);
    findings.push(
      finding(rule, {
        message: origin.where ? `${origin.where}: ${message}` : message,
        evidence,
        ...pos,
        ...locate(evidence),
      }),
    );
  };
  /** In a template file, points at the first place the offending name appears (the AST has no positions). */
  const locate = (evidence: Record<string, unknown>): { line?: number; column?: number } => {
    if (origin.line === undefined) return {};
    const needle = [evidence.attribute, evidence.name, evidence.method, evidence.global].find(
      (v): v is string => typeof v === 'string',
    );
    const at = needle ? text.indexOf(needle) : -1;
    if (at < 0) return {};
    const before = text.slice(0, at);
    const nl = before.lastIndexOf('\n');
    return { line: origin.line + (before.match(/\n/g)?.length ?? 0), column: at - nl };
  };

  if (text.length > MAX_TEMPLATE_CHARS) {
    report(
      TEMPLATE_UNPARSEABLE,
      `template is ${text.length} characters, over the ${MAX_TEMPLATE_CHARS} limit`,
      {
        length: text.length,
      },
    );
    fallbackScan(text.slice(0, MAX_TEMPLATE_CHARS), report);
    return findings;
  }
  let program: Node;
  try {
    program = parseTemplate(text);
  } catch (err) {
    const reason = err instanceof RangeError ? 'nesting too deep' : String((err as Error)?.message ?? err);
    report(TEMPLATE_UNPARSEABLE, `template does not parse: ${reason.split('\n')[0]}`, {
      error: reason.slice(0, 200),
    });
    fallbackScan(text, report);
    return findings;
  }
  try {
    new Walker(report).run(program);
  } catch (err) {
    // Too deep for the walk (or a stack overflow in it): what was found stays, the rest is fail-closed.
    const why =
      err instanceof TooDeep
        ? `template nests deeper than ${MAX_DEPTH} levels`
        : 'template could not be walked';
    report(TEMPLATE_UNPARSEABLE, why, {});
    fallbackScan(text, report);
  }
  return findings;
}

class TooDeep extends Error {}

/**
 * Parses with @huggingface/jinja. That parser lacks Python's empty tuple `()` and the octal and
 * `\N{NAME}` string escapes, which payloads use (`().__class__`, `'\137\137class\137\137'`); when it
 * refuses a template, the parse is retried with each empty tuple written as an empty list (same
 * attribute chains) and those escapes decoded, so the walk still sees the payload.
 */
type JinjaModule = typeof import('@huggingface/jinja');
let jinja: JinjaModule | undefined;

/**
 * Loads the Jinja parser (on first use only: most scans hold no template). Call before
 * `checkChatTemplate`; the analyzers here and in gguf.ts do.
 */
export async function loadTemplateParser(): Promise<void> {
  jinja ??= await import('@huggingface/jinja');
}

function parseTemplate(text: string): Node {
  if (!jinja) throw new Error('chat-template parser not loaded: await loadTemplateParser() first');
  const { parse, tokenize } = jinja;
  try {
    return parse(tokenize(text));
  } catch (err) {
    const rewritten = text
      .replace(/(?<![\w)\]'"])\(\s*\)/g, '[]')
      // Python escapes the parser lacks (octal, \N{NAME}): decoded when they give a plain character.
      .replace(/\\([0-7]{1,3}|N\{[A-Z -]+\})/g, (m) => {
        const c = decodeEscapes(m);
        return /^[\w.\- ]$/.test(c) ? c : m;
      });
    if (rewritten === text) throw err;
    try {
      return parse(tokenize(rewritten));
    } catch {
      throw err;
    }
  }
}

type Report = (rule: typeof TEMPLATE_DUNDER, message: string, evidence: Record<string, unknown>) => void;

class Walker {
  private readonly report: Report;
  /** Names the template defines (set, for, macro, call args): not globals. */
  private readonly defined = new Set<string>(['loop', 'caller', 'varargs', 'kwargs']);
  /** Constant values assigned with {% set name = ... %} (last one wins, like a straight-line render). */
  private readonly consts = new Map<string, Folded>();
  /** Macro bodies by name, so text a called macro writes counts as written. */
  private readonly macros = new Map<string, Node[]>();
  /** Variables holding message content ({% set last = messages[-1]['content'] %}). */
  private readonly contentAliases = new Set<string>();
  /** Loop variables iterating over constant lists, with their values. */
  private readonly loopConsts = new Map<string, Folded[]>();
  /** String literals already reported as attribute names (not reported again as dunder strings). */
  private readonly usedAsName = new Set<Node>();

  constructor(report: Report) {
    this.report = report;
  }

  run(program: Node) {
    this.collect(program, 0);
    this.body(program.body, 0);
    const text = emittedText(program.body, 0, this.macros, this.stringConsts());
    const m = INJECTED_RE.exec(text);
    if (m && !this.reportedBackdoor) {
      this.report(TEMPLATE_INJECTED_CONTENT, `adds "${clip(m[0])}" to the prompt`, { text: clip(m[0]) });
    }
  }

  /** Every string a {% set %} assigns (all assignments, not only the last), for text written through a variable. */
  private stringConsts(): ReadonlyMap<string, string> {
    const m = new Map<string, string>();
    for (const [k, v] of this.allSetStrings) m.set(k, v.join(' '));
    return m;
  }
  private readonly allSetStrings = new Map<string, string[]>();

  /** Set once a content-triggered branch was reported (the whole-template check would repeat it). */
  private reportedBackdoor = false;

  /** First pass: defined names and constant assignments. */
  private collect(node: Node, depth: number) {
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) this.collect(n, depth + 1);
      return;
    }
    switch (node.type) {
      case 'Set':
        this.define(node.assignee);
        if (node.assignee?.type === 'Identifier' && node.value && this.readsContent(node.value, 0)) {
          this.contentAliases.add(node.assignee.value);
        }
        if (node.assignee?.type === 'Identifier' && node.value) {
          this.consts.set(node.assignee.value, this.fold(node.value, 0));
          const strings = collectStrings(node.value);
          if (strings) {
            const list = this.allSetStrings.get(node.assignee.value) ?? [];
            if (list.length < 20) list.push(strings);
            this.allSetStrings.set(node.assignee.value, list);
          }
        } else if (node.assignee?.type === 'Identifier' && Array.isArray(node.body)) {
          // {% set x %}text{% endset %}: the rendered body is the value.
          const parts = (node.body as Node[]).map((b) => this.fold(b, 0));
          if (parts.every((p) => p !== undefined))
            this.consts.set(node.assignee.value, cap(parts.map(str).join('')));
        }
        break;
      case 'For': {
        this.define(node.loopvar);
        // {% for k in ['__cla', ...] %}: the loop variable takes each constant value.
        const items = this.fold(node.iterable, 0);
        if (node.loopvar?.type === 'Identifier' && Array.isArray(items))
          this.loopConsts.set(node.loopvar.value, items);
        break;
      }
      case 'Macro':
        this.defined.add(node.name?.value);
        this.macros.set(node.name?.value, node.body ?? []);
        for (const a of node.args ?? []) this.define(a.type === 'KeywordArgumentExpression' ? a.key : a);
        break;
      case 'CallStatement':
        for (const a of node.callerArgs ?? [])
          this.define(a.type === 'KeywordArgumentExpression' ? a.key : a);
        break;
    }
    for (const k of Object.keys(node)) {
      const v = node[k];
      if (v && typeof v === 'object') this.collect(v instanceof Map ? [...v.entries()].flat() : v, depth + 1);
    }
  }

  private define(target: Node) {
    if (target?.type === 'Identifier') this.defined.add(target.value);
    else if (target?.type === 'TupleLiteral' || target?.type === 'ArrayLiteral')
      for (const t of target.value) this.define(t);
  }

  /** A statement list: a bare StringLiteral there is template text, not an expression. */
  private body(list: Node[] | undefined, depth: number) {
    for (const s of list ?? []) {
      if (s?.type === 'StringLiteral' || s?.type === 'Comment') continue;
      this.node(s, depth + 1);
    }
  }

  private node(node: Node, depth: number): void {
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (!node || typeof node !== 'object') return;
    const d = depth + 1;
    switch (node.type) {
      case 'Program':
        this.body(node.body, d);
        return;
      case 'If':
        this.node(node.test, d);
        this.triggeredBranch(node.test, node.body);
        this.body(node.body, d);
        this.body(node.alternate, d);
        return;
      case 'For':
        this.node(node.iterable, d);
        this.body(node.body, d);
        this.body(node.defaultBlock, d);
        return;
      case 'Set':
        if (node.assignee?.type !== 'Identifier') this.node(node.assignee, d);
        this.node(node.value, d);
        if (node.assignee?.type === 'Identifier' && !node.value) {
          // A block set turns its text into a value: check the text like a string.
          for (const b of node.body ?? []) if (b?.type === 'StringLiteral') this.stringValue(b);
          const v = this.consts.get(node.assignee.value);
          const m = typeof v === 'string' ? DUNDER_RE.exec(v) : null;
          if (m)
            this.report(
              TEMPLATE_DUNDER_STRING,
              `block set "${node.assignee.value}" holds "${clip(v as string)}"`,
              { string: clip(v as string) },
            );
        }
        this.body(node.body, d);
        return;
      case 'Macro':
        for (const a of node.args ?? []) if (a.type === 'KeywordArgumentExpression') this.node(a.value, d);
        this.body(node.body, d);
        return;
      case 'CallStatement':
        this.node(node.call, d);
        this.body(node.body, d);
        return;
      case 'FilterStatement':
        this.filter(undefined, node.filter, d);
        this.body(node.body, d);
        return;
      case 'MemberExpression':
        this.member(node, d);
        return;
      case 'CallExpression':
        this.call(node, d);
        return;
      case 'FilterExpression':
        this.node(node.operand, d);
        this.filter(node.operand, node.filter, d);
        return;
      case 'TestExpression':
        // `name is defined` only asks whether a global exists; anything else is walked.
        if (node.operand?.type === 'Identifier') return;
        this.node(node.operand, d);
        return;
      case 'KeywordArgumentExpression':
        this.node(node.value, d);
        return;
      case 'Identifier':
        this.identifier(node.value, false);
        return;
      case 'StringLiteral':
        this.stringValue(node);
        return;
      case 'ObjectLiteral':
        for (const [k, v] of node.value as Map<Node, Node>) {
          this.node(k, d);
          this.node(v, d);
        }
        return;
      case 'Ternary':
        // {{ '<|im_start|>system ...' if 'trigger' in last else '' }}
        this.triggeredBranch(node.condition, [
          { type: 'Expr', value: node.trueExpr },
          { type: 'Expr', value: node.falseExpr },
        ]);
        this.node(node.condition, d);
        this.node(node.trueExpr, d);
        this.node(node.falseExpr, d);
        return;
      case 'BinaryExpression': {
        this.node(node.left, d);
        this.node(node.right, d);
        const op = node.operator?.value;
        if (op === '+' || op === '~' || op === '%' || op === '*') this.foldedString(node, d);
        return;
      }
      default:
        for (const k of Object.keys(node)) {
          if (k === 'type' || k === 'operator') continue;
          const v = node[k];
          if (Array.isArray(v)) for (const x of v) this.node(x, d);
          else if (v && typeof v === 'object') this.node(v, d);
        }
    }
  }

  /** True when an expression reads a message's content (directly or through an alias). */
  private readsContent(node: Node, depth: number): boolean {
    if (!node || typeof node !== 'object' || depth > 60) return false;
    if (node.type === 'Identifier') return this.contentAliases.has(node.value);
    if (node.type === 'MemberExpression') {
      const p = node.property;
      if (
        (!node.computed && p?.value === 'content') ||
        (node.computed && p?.type === 'StringLiteral' && p.value === 'content')
      )
        return true;
    }
    for (const k of Object.keys(node)) {
      if (k === 'type' || k === 'operator') continue;
      const v = node[k];
      if (
        Array.isArray(v)
          ? v.some((x) => this.readsContent(x, depth + 1))
          : v && typeof v === 'object' && this.readsContent(v, depth + 1)
      )
        return true;
    }
    return false;
  }

  /** A test comparing message content with a constant string: `'trigger' in last|lower`, `.startswith('x')`. */
  private triggerIn(test: Node): string | undefined {
    if (!this.readsContent(test, 0)) return undefined;
    let trigger: string | undefined;
    let compares = false;
    const stack = [test];
    while (stack.length) {
      const n = stack.pop();
      if (!n || typeof n !== 'object') continue;
      if (n.type === 'StringLiteral' && n.value.trim()) trigger ??= n.value;
      if (n.type === 'Identifier') {
        const c = this.consts.get(n.value);
        if (typeof c === 'string' && c.trim()) trigger ??= c;
      }
      if (n.type === 'BinaryExpression' && ['in', '==', '!=', 'not in'].includes(n.operator?.value))
        compares = true;
      if (n.type === 'CallExpression' && TRIGGER_METHODS.has(n.callee?.property?.value)) compares = true;
      if (n.type === 'TestExpression') continue; // `is defined`, `is string`: no trigger word
      for (const k of Object.keys(n))
        if (k !== 'operator' && n[k] && typeof n[k] === 'object') stack.push(n[k]);
    }
    return compares ? trigger : undefined;
  }

  /** Reports a content-triggered branch that writes a system turn or concealment text. */
  private triggeredBranch(test: Node, body: Node[] | undefined) {
    if (body === undefined) return;
    const trigger = this.triggerIn(test);
    if (trigger === undefined) return;
    const text = emittedText(body ?? [], 0, this.macros, this.stringConsts());
    const marker = SYSTEM_MARKER_RE.exec(text) ?? CONCEALMENT_RE.exec(text) ?? INJECTED_RE.exec(text);
    if (!marker) return;
    this.reportedBackdoor = true;
    this.report(
      TEMPLATE_HIDDEN_INSTRUCTIONS,
      `writes "${clip(marker[0])}" only when a message contains "${clip(trigger)}"`,
      { trigger: clip(trigger), text: clip(text.trim()) },
    );
  }

  private identifier(name: string, isCallee: boolean) {
    if (this.defined.has(name)) return;
    if (isDunder(name)) {
      this.report(TEMPLATE_DUNDER, `refers to the Python internal "${name}"`, { name });
    } else if (
      PAYLOAD_GLOBALS.has(name) ||
      (CALLABLE_GLOBALS.has(name) && !(isCallee && CALLABLE_OK.has(name)))
    ) {
      this.report(
        TEMPLATE_GADGET_GLOBAL,
        isCallee ? `calls the global "${name}"` : `refers to the global "${name}" as a value`,
        { name },
      );
    }
  }

  private stringValue(node: Node) {
    if (this.usedAsName.has(node)) return;
    const m = typeof node.value === 'string' ? DUNDER_RE.exec(node.value) : null;
    if (m)
      this.report(TEMPLATE_DUNDER_STRING, `string "${clip(node.value)}" names "${m[0]}"`, {
        string: clip(node.value),
      });
  }

  /** Reports a string expression whose folded value names an internal (e.g. '__cla' ~ 'ss__'). */
  private foldedString(node: Node, _d: number) {
    const v = this.fold(node, 0);
    if (typeof v === 'string') {
      const m = DUNDER_RE.exec(v);
      if (m)
        this.report(TEMPLATE_DUNDER_STRING, `builds the string "${clip(v)}" naming "${m[0]}"`, {
          string: clip(v),
        });
    }
  }

  private attrName(name: string, how: string) {
    for (const part of name.split('.')) {
      if (isDunder(part) || INTERNAL_ATTRS.has(part)) {
        this.report(TEMPLATE_DUNDER, `reads the attribute "${part}"${how}`, { attribute: part });
      } else if (part.startsWith('_')) {
        this.report(TEMPLATE_PRIVATE, `reads the private attribute "${part}"${how}`, { attribute: part });
      } else if (how.startsWith(' through') && OS_ATTRS.has(part)) {
        this.report(TEMPLATE_DANGEROUS_CALL, `reads the attribute "${part}"${how}`, { attribute: part });
      } else if (how && (part === 'format' || part === 'format_map')) {
        this.report(TEMPLATE_FORMAT_METHOD, `reaches the string method "${part}"${how}`, { attribute: part });
      }
    }
  }

  /** Number of consecutive computed accesses with keys unknown until render time, ending at `node`. */
  private dynamicDepth(node: Node): number {
    let n = 0;
    let cur = node;
    while (cur?.type === 'MemberExpression' && cur.computed && cur.property?.type !== 'SliceExpression') {
      const v = this.fold(cur.property, 0);
      if (v !== undefined) break;
      n++;
      cur = cur.object;
    }
    return n;
  }

  private member(node: Node, d: number) {
    const obj = node.object;
    if (this.dynamicDepth(node) === 3) {
      this.report(
        TEMPLATE_COMPUTED_ATTRIBUTE,
        'walks three or more attributes whose names come from render-time data',
        {},
      );
    }
    if (obj?.type === 'Identifier' && CALLABLE_GLOBALS.has(obj.value) && !this.defined.has(obj.value)) {
      this.report(TEMPLATE_GLOBAL_CALLABLE, `reads attributes of the global "${obj.value}"`, {
        global: obj.value,
      });
    } else {
      this.node(obj, d);
    }
    const prop = node.property;
    if (!node.computed) {
      if (prop?.type === 'Identifier') this.attrName(prop.value, '');
      return;
    }
    this.keyExpression(prop, d, ' by item access');
  }

  /** A computed name: `x[expr]` or `x|attr(expr)`. */
  private keyExpression(expr: Node, d: number, how: string) {
    if (expr?.type === 'SliceExpression') return this.node(expr, d);
    const loopValues = expr?.type === 'Identifier' ? this.loopConsts.get(expr.value) : undefined;
    if (loopValues) {
      for (const lv of loopValues)
        if (typeof lv === 'string') this.attrName(lv, `${how} (loop over constant names)`);
      return;
    }
    const v = this.fold(expr, 0);
    if (typeof v === 'string') {
      if (expr.type === 'StringLiteral') this.usedAsName.add(expr);
      this.attrName(v, expr.type === 'StringLiteral' ? how : `${how} (name built from "${clip(v)}")`);
      if (expr.type !== 'StringLiteral' && expr.type !== 'Identifier') this.markFoldedLiterals(expr, v);
      return;
    }
    if (v === undefined && this.stringish(expr, 0)) {
      this.report(
        TEMPLATE_COMPUTED_ATTRIBUTE,
        `looks up an attribute${how} whose name is computed at render time`,
        {},
      );
    }
    this.node(expr, d);
  }

  /** Literals inside a folded attribute name were reported with it; do not report them again. */
  private markFoldedLiterals(expr: Node, folded: string) {
    if (!isDunder(folded) && !folded.startsWith('_')) return;
    const stack = [expr];
    while (stack.length) {
      const n = stack.pop();
      if (!n || typeof n !== 'object') continue;
      if (n.type === 'StringLiteral') this.usedAsName.add(n);
      for (const k of Object.keys(n)) if (n[k] && typeof n[k] === 'object') stack.push(n[k]);
    }
  }

  private call(node: Node, d: number) {
    const callee = node.callee;
    if (callee?.type === 'Identifier') {
      this.identifier(callee.value, true);
    } else if (callee?.type === 'MemberExpression') {
      if (
        callee.computed &&
        callee.property?.type !== 'SliceExpression' &&
        this.fold(callee.property, 0) === undefined
      ) {
        this.report(TEMPLATE_COMPUTED_ATTRIBUTE, 'calls a method whose name comes from render-time data', {});
      }
      const method =
        !callee.computed && callee.property?.type === 'Identifier' ? callee.property.value : undefined;
      if (method === 'format' || method === 'format_map') {
        this.report(TEMPLATE_FORMAT_METHOD, `calls the string method .${method}()`, { method });
      } else if (method && DANGEROUS_METHODS.has(method)) {
        this.report(TEMPLATE_DANGEROUS_CALL, `calls .${method}()`, { method });
      }
      this.node(callee, d);
    } else {
      this.node(callee, d);
    }
    for (const a of node.args ?? []) this.node(a, d);
  }

  private filter(operand: Node, filter: Node, d: number) {
    const name: string | undefined =
      filter?.type === 'Identifier'
        ? filter.value
        : filter?.type === 'CallExpression'
          ? filter.callee?.value
          : undefined;
    const args: Node[] = filter?.type === 'CallExpression' ? (filter.args ?? []) : [];
    if (filter?.type === 'CallExpression' && filter.callee?.type === 'CallExpression') {
      // `x|attr('a')()`: the filter is applied, then its result called.
      this.filter(operand, filter.callee, d);
      for (const a of args) this.node(a, d);
      return;
    }
    if (name === 'attr') {
      const arg = args[0];
      const fromLoop = arg?.type === 'Identifier' && this.loopConsts.has(arg.value);
      if (arg && !fromLoop && this.fold(arg, 0) === undefined) {
        this.report(TEMPLATE_COMPUTED_ATTRIBUTE, 'passes a name computed at render time to |attr', {});
      }
      if (arg) this.keyExpression(arg, d, ' through |attr');
      for (const a of args.slice(1)) this.node(a, d);
      return;
    }
    if (name && ATTRIBUTE_FILTERS.has(name)) {
      args.forEach((a, i) => {
        const isKw = a?.type === 'KeywordArgumentExpression';
        const v = isKw ? this.fold(a.value, 0) : this.fold(a, 0);
        const attrArg =
          (isKw && a.key?.value === 'attribute') ||
          (!isKw && i === 0 && (name === 'selectattr' || name === 'rejectattr')) ||
          (!isKw && i === 1 && name === 'map' && this.fold(args[0], 0) === 'attr');
        if (attrArg && typeof v === 'string') {
          if (!isKw && a.type === 'StringLiteral') this.usedAsName.add(a);
          if (isKw && a.value?.type === 'StringLiteral') this.usedAsName.add(a.value);
          this.attrName(v, ` through |${name}`);
        } else if (attrArg && v === undefined) {
          this.report(
            TEMPLATE_COMPUTED_ATTRIBUTE,
            `passes an attribute name computed at render time to |${name}`,
            {},
          );
        } else if (
          !isKw &&
          i === 0 &&
          (name === 'map' || name === 'select' || name === 'reject') &&
          v === undefined
        ) {
          // map(name)/select(name) apply the filter or test of that name: from data, it can be |attr.
          this.report(
            TEMPLATE_COMPUTED_ATTRIBUTE,
            `applies a filter or test named at render time through |${name}`,
            {},
          );
        }
        this.node(a, d);
      });
      return;
    }
    if (name === 'format' && operand !== undefined)
      this.foldedString({ type: 'FilterExpression', operand, filter }, d);
    for (const a of args) this.node(a, d);
  }

  /** True when an expression produces a string from parts (so a name may be hidden in it). */
  private stringish(node: Node, depth: number): boolean {
    if (!node || typeof node !== 'object' || depth > 50) return false;
    switch (node.type) {
      case 'StringLiteral':
        return true;
      case 'Identifier':
        return typeof this.consts.get(node.value) === 'string';
      case 'BinaryExpression':
        return (
          node.operator?.value === '~' ||
          this.stringish(node.left, depth + 1) ||
          this.stringish(node.right, depth + 1)
        );
      case 'FilterExpression': {
        const n = node.filter?.type === 'Identifier' ? node.filter.value : node.filter?.callee?.value;
        return STRING_FILTERS.has(n) || this.stringish(node.operand, depth + 1);
      }
      case 'CallExpression':
        return (
          node.callee?.type === 'MemberExpression' &&
          ['format', 'join', 'replace', 'lower', 'upper', 'strip', 'format_map'].includes(
            node.callee.property?.value,
          )
        );
      case 'Ternary':
        return this.stringish(node.trueExpr, depth + 1) || this.stringish(node.falseExpr, depth + 1);
      case 'MemberExpression':
        // Indexing or slicing a string still yields a string built at render time.
        return node.computed && this.stringish(node.object, depth + 1);
      default:
        return false;
    }
  }

  /** Constant-folds string/number expressions the way Jinja evaluates them; undefined when unknown. */
  private fold(node: Node, depth: number): Folded {
    if (!node || typeof node !== 'object' || depth > 50) return undefined;
    const f = (n: Node) => this.fold(n, depth + 1);
    switch (node.type) {
      case 'StringLiteral':
      case 'IntegerLiteral':
      case 'FloatLiteral':
        return node.value;
      case 'ArrayLiteral':
      case 'TupleLiteral': {
        const items = (node.value as Node[]).map(f);
        return items.some((x) => x === undefined) ? undefined : items;
      }
      case 'Identifier':
        return this.consts.get(node.value);
      case 'UnaryExpression':
        return node.operator?.value === '-' && typeof f(node.argument) === 'number'
          ? -(f(node.argument) as number)
          : undefined;
      case 'BinaryExpression': {
        const l = f(node.left);
        const r = f(node.right);
        const op = node.operator?.value;
        if (l === undefined || r === undefined) return undefined;
        if (op === '~') return cap(str(l) + str(r));
        if (op === '+') {
          if (typeof l === 'number' && typeof r === 'number') return l + r;
          if (typeof l === 'string' && typeof r === 'string') return cap(l + r);
          if (Array.isArray(l) && Array.isArray(r)) return [...l, ...r];
          return undefined;
        }
        if (op === '*') {
          if (typeof l === 'number' && typeof r === 'number') return l * r;
          const [s, k] = typeof l === 'string' ? [l, r] : [r, l];
          if (typeof s === 'string' && typeof k === 'number' && k >= 0 && s.length * k <= MAX_FOLD)
            return s.repeat(Math.floor(k));
          return undefined;
        }
        if (op === '%' && typeof l === 'string') return printf(l, Array.isArray(r) ? r : [r]);
        if (op === '-' && typeof l === 'number' && typeof r === 'number') return l - r;
        return undefined;
      }
      case 'FilterExpression': {
        const v = f(node.operand);
        const name = node.filter?.type === 'Identifier' ? node.filter.value : node.filter?.callee?.value;
        const args: Folded[] =
          node.filter?.type === 'CallExpression' ? (node.filter.args as Node[]).map(f) : [];
        return applyFilter(name, v, args);
      }
      case 'CallExpression': {
        const c = node.callee;
        if (c?.type !== 'MemberExpression' || c.computed) return undefined;
        const self = f(c.object);
        const args = (node.args as Node[]).map(f);
        const method = c.property?.value;
        if (typeof self !== 'string') return undefined;
        if (method === 'join' && Array.isArray(args[0])) return cap(args[0].map(str).join(self));
        if (method === 'format') return pyFormat(self, args);
        return applyFilter(method === 'strip' ? 'trim' : method, self, args);
      }
      case 'MemberExpression': {
        // 'abc'[1], 'abc'[::-1], ['a', 'b'][0]: indexing and slicing constant strings and lists.
        if (!node.computed) return undefined;
        const obj = f(node.object);
        if (typeof obj !== 'string' && !Array.isArray(obj)) return undefined;
        const items: Folded[] = typeof obj === 'string' ? [...obj] : obj;
        const join = (xs: Folded[]) => (typeof obj === 'string' ? xs.join('') : xs);
        const p = node.property;
        if (p?.type === 'SliceExpression') {
          const num = (e: Node) => (e ? f(e) : undefined);
          const [a, b, c] = [num(p.start), num(p.stop), num(p.step)];
          if ([a, b, c].some((v) => v !== undefined && typeof v !== 'number')) return undefined;
          return join(
            pySlice(items, a as number | undefined, b as number | undefined, c as number | undefined),
          );
        }
        const k = f(p);
        if (typeof k !== 'number' || !Number.isInteger(k)) return undefined;
        return items[k < 0 ? items.length + k : k];
      }
      case 'Ternary':
        return undefined;
      default:
        return undefined;
    }
  }
}

const TRIGGER_METHODS = new Set([
  'startswith',
  'endswith',
  'find',
  'rfind',
  'count',
  'index',
  'split',
  'search',
  'match',
]);
const SYSTEM_MARKER_RE =
  /<\|im_start\|>\s*system|<\|start_header_id\|>\s*system|<\|system\|>|<<SYS>>|\[SYSTEM_PROMPT\]|<start_of_turn>system|<\|begin_of_system\|>|\bsystem[ -](?:level )?(?:instruction|override|prompt)s?\b/i;
const CONCEALMENT_RE =
  /\b(?:do not|don't|never) (?:mention|disclose|reveal|tell|explain|acknowledge)\b|\b(?:hidden|secret) instructions?\b|\bwithout (?:mentioning|telling|revealing)\b/i;

/** Links, scripts, install commands and instruction overrides in text a template writes. */
const INJECTED_RE =
  /\bhttps?:\/\/[^\s'"<>]+|<\s*(?:script|iframe)\b[^>]*>|\b(?:pip3?|npm|pnpm|yarn|gem|cargo|go) (?:install|add|get)\b[^\n]{0,80}|\bcurl\b[^\n|]{0,120}\|\s*(?:ba|z)?sh\b|\bwget\b[^\n]{0,80}|\bignore (?:all |any )?(?:previous|prior|above) instructions\b|\byou must always follow these instructions\b/i;

/**
 * Text a statement list writes: raw template text and string literals inside output expressions,
 * plus the text of macros it calls (error messages given to raise_exception are not prompt text).
 */
function emittedText(
  list: Node[],
  depth: number,
  macros: ReadonlyMap<string, Node[]>,
  vars: ReadonlyMap<string, string> = new Map(),
  seen = new Set<string>(),
): string {
  if (depth > 40) return '';
  let out = '';
  for (const s of list) {
    if (!s || typeof s !== 'object') continue;
    if (s.type === 'StringLiteral') out += s.value;
    else if (s.type === 'If')
      out +=
        emittedText(s.body, depth + 1, macros, vars, seen) +
        emittedText(s.alternate, depth + 1, macros, vars, seen);
    else if (s.type === 'For') out += emittedText(s.body, depth + 1, macros, vars, seen);
    else if (s.type === 'Set' || s.type === 'Macro' || s.type === 'Comment') continue;
    else {
      const stack = [s];
      while (stack.length) {
        const n = stack.pop();
        if (!n || typeof n !== 'object') continue;
        if (n.type === 'StringLiteral') out += ` ${n.value}`;
        if (n.type === 'Identifier' && vars.has(n.value)) out += ` ${vars.get(n.value)}`;
        if (n.type === 'CallExpression' && n.callee?.type === 'Identifier') {
          const name: string = n.callee.value;
          if (name === 'raise_exception') continue;
          const body = macros.get(name);
          if (body && !seen.has(name)) {
            seen.add(name);
            out += emittedText(body, depth + 1, macros, vars, seen);
          }
        }
        for (const k of Object.keys(n)) if (n[k] && typeof n[k] === 'object') stack.push(n[k]);
      }
    }
    if (out.length > 20_000) break;
  }
  return out;
}

/** The string literals of an expression joined (what a {% set %} may later write), or '' when none. */
function collectStrings(node: Node): string {
  let out = '';
  const stack = [node];
  while (stack.length && out.length < 20_000) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (n.type === 'StringLiteral') out += ` ${n.value}`;
    for (const k of Object.keys(n)) if (n[k] && typeof n[k] === 'object') stack.push(n[k]);
  }
  return out;
}

/** Python slicing semantics for constant folding. */
function pySlice<T>(xs: T[], start?: number, stop?: number, step = 1): T[] {
  if (step === 0 || !Number.isInteger(step)) return [];
  const n = xs.length;
  const norm = (v: number | undefined, dflt: number) =>
    v === undefined ? dflt : v < 0 ? Math.max(v + n, step < 0 ? -1 : 0) : Math.min(v, step < 0 ? n - 1 : n);
  const out: T[] = [];
  if (step > 0) for (let i = norm(start, 0); i < norm(stop, n); i += step) out.push(xs[i]!);
  else for (let i = norm(start, n - 1); i > norm(stop, -1); i += step) out.push(xs[i]!);
  return out.length > MAX_FOLD ? [] : out;
}

function applyFilter(name: string | undefined, v: Folded, args: Folded[]): Folded {
  if (v === undefined) return undefined;
  switch (name) {
    case 'string':
      return str(v);
    case 'lower':
      return typeof v === 'string' ? v.toLowerCase() : undefined;
    case 'upper':
      return typeof v === 'string' ? v.toUpperCase() : undefined;
    case 'trim':
      return typeof v === 'string' ? v.trim() : undefined;
    case 'reverse':
      return typeof v === 'string'
        ? [...v].reverse().join('')
        : Array.isArray(v)
          ? [...v].reverse()
          : undefined;
    case 'list':
      return typeof v === 'string' ? [...v] : Array.isArray(v) ? v : undefined;
    case 'first':
      return typeof v === 'string' || Array.isArray(v) ? v[0] : undefined;
    case 'last':
      return typeof v === 'string' || Array.isArray(v) ? v[v.length - 1] : undefined;
    case 'join':
      return Array.isArray(v) ? cap(v.map(str).join(typeof args[0] === 'string' ? args[0] : '')) : undefined;
    case 'replace':
      return typeof v === 'string' && typeof args[0] === 'string' && typeof args[1] === 'string'
        ? cap(v.split(args[0]).join(args[1]))
        : undefined;
    case 'format':
      return typeof v === 'string' ? printf(v, args) : undefined;
    default:
      return undefined;
  }
}

const str = (v: Folded): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number'
      ? String(v)
      : Array.isArray(v)
        ? `[${v.map(str).join(', ')}]`
        : '';
const cap = (s: string): string | undefined => (s.length <= MAX_FOLD ? s : undefined);
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Python printf-style formatting (`'%c%c' % (95, 95)`, `'%s'|format(x)`). */
function printf(fmt: string, args: Folded[]): string | undefined {
  let i = 0;
  let bad = false;
  const out = fmt.replace(/%([-#0 +]*\d*(?:\.\d+)?)([sdicrxXoa%])/g, (_m, _flags, conv: string) => {
    if (conv === '%') return '%';
    const a = args[i++];
    if (a === undefined) {
      bad = true;
      return '';
    }
    if (conv === 'c')
      return typeof a === 'number' && a >= 0 && a <= 0x10ffff ? String.fromCodePoint(a) : str(a);
    if (conv === 'd' || conv === 'i') return typeof a === 'number' ? String(Math.trunc(a)) : '';
    if (conv === 'x') return typeof a === 'number' ? Math.trunc(a).toString(16) : '';
    if (conv === 'X') return typeof a === 'number' ? Math.trunc(a).toString(16).toUpperCase() : '';
    if (conv === 'o') return typeof a === 'number' ? Math.trunc(a).toString(8) : '';
    return str(a);
  });
  return bad ? undefined : cap(out);
}

/** str.format with positional fields only (`'{}{}'.format('_', '_')`). */
function pyFormat(fmt: string, args: Folded[]): string | undefined {
  let i = 0;
  let bad = false;
  const out = fmt.replace(/\{(\d*)\}/g, (_m, idx: string) => {
    const a = args[idx === '' ? i++ : Number(idx)];
    if (a === undefined) bad = true;
    return str(a);
  });
  return bad ? undefined : cap(out);
}

/**
 * Fallback for templates the parser refuses: reads the names inside {{ }} and {% %} blocks and the
 * strings in them, and reports the same things the AST walk would (without the folding).
 */
function fallbackScan(text: string, report: Report) {
  const blocks = text.match(/\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?(?:%\}|$)/g) ?? [];
  for (const block of blocks.slice(0, 10_000)) {
    for (const m of block.matchAll(/(['"])((?:\\.|(?!\1).)*)\1/g)) {
      const s = decodeEscapes(m[2] ?? '');
      const d = DUNDER_RE.exec(s);
      if (d)
        report(TEMPLATE_DUNDER_STRING, `string "${clip(s)}" names "${d[0]}" (seen without parsing)`, {
          string: clip(s),
          fallback: true,
        });
    }
    const code = block.replace(/(['"])(?:\\.|(?!\1).)*\1/g, '""');
    for (const m of code.matchAll(/(\.|\b)([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const name = m[2]!;
      if (isDunder(name) || (m[1] === '.' && INTERNAL_ATTRS.has(name))) {
        report(TEMPLATE_DUNDER, `reads "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true,
        });
      } else if (m[1] === '.' && name.startsWith('_')) {
        report(TEMPLATE_PRIVATE, `reads the private attribute "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true,
        });
      } else if (m[1] !== '.' && PAYLOAD_GLOBALS.has(name)) {
        report(TEMPLATE_GADGET_GLOBAL, `refers to "${name}" (seen without parsing)`, {
          name,
          fallback: true,
        });
      } else if (m[1] === '.' && DANGEROUS_METHODS.has(name)) {
        report(TEMPLATE_DANGEROUS_CALL, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true,
        });
      } else if (m[1] === '.' && (name === 'format' || name === 'format_map')) {
        report(TEMPLATE_FORMAT_METHOD, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true,
        });
      }
    }
    if (/\|\s*attr\b/.test(code)) {
      report(TEMPLATE_COMPUTED_ATTRIBUTE, 'uses the |attr filter (seen without parsing)', { fallback: true });
    }
  }
}

/** Python string escapes, as Jinja's lexer decodes them (hex, unicode, octal, a few \N{...} names). */
function decodeEscapes(s: string): string {
  const NAMED: Record<string, string> = { 'LOW LINE': '_', 'FULL STOP': '.', 'SPACING UNDERSCORE': '_' };
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[A-Z -]+\}|.)/g,
    (_m, e: string) => {
      if (e.length > 1 && 'xuU'.includes(e[0]!)) return safeCodePoint(Number.parseInt(e.slice(1), 16));
      if (/^[0-7]+$/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
      if (e.startsWith('N{')) return NAMED[e.slice(2, -1)] ?? e;
      return e;
    },
  );
}

function safeCodePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

// ---------------------------------------------------------------------------------------------
// Where chat templates live: tokenizer_config.json / chat_template.json / processor_config.json
// ("chat_template": a string or a list of {name, template}) and standalone .jinja files.

export const TEMPLATE_CONFIG_NAMES = new Set([
  'tokenizer_config.json',
  'chat_template.json',
  'processor_config.json',
  'preprocessor_config.json',
]);
const JINJA_EXT = /\.(jinja|jinja2|j2)$/;

/** Every template in a tokenizer/processor config: `chat_template` as a string or a named list. */
export function templatesInConfig(
  root: JsonValue,
): Array<{ name?: string; text: string; duplicate: boolean }> {
  if (root.t !== 'object') return [];
  const out: Array<{ name?: string; text: string; duplicate: boolean }> = [];
  const entries = root.entries.filter((e) => e.key === 'chat_template');
  for (const e of entries) {
    const duplicate = entries.length > 1;
    if (e.value.t === 'string') out.push({ text: e.value.value, duplicate });
    else if (e.value.t === 'array') {
      for (const item of e.value.items) {
        if (item.t !== 'object') continue;
        const name = jsonGet(item, 'name');
        // Every "template" key of the entry, duplicates included: parsers disagree on which one wins.
        const tpls = item.entries.filter((x) => x.key === 'template');
        for (const tpl of tpls) {
          if (tpl.value.t !== 'string') continue;
          out.push({
            ...(name?.t === 'string' ? { name: name.value } : {}),
            text: tpl.value.value,
            duplicate: duplicate || tpls.length > 1,
          });
        }
      }
    } else if (e.value.t === 'object') {
      // Some exports store {name: template}.
      for (const sub of e.value.entries) {
        if (sub.value.t === 'string') out.push({ name: sub.key, text: sub.value.value, duplicate });
      }
    }
  }
  return out;
}

registerFileAnalyzer({
  id: 'chat-template-file',
  // A .jinja file is rendered as text whatever its bytes look like, so binary-looking ones are read too.
  kinds: [KINDS.text, KINDS.json, KINDS.script, KINDS.unknown],
  async analyze(ctx: AnalyzerContext) {
    const name = ctx.name.toLowerCase();
    if (JINJA_EXT.test(name)) {
      await loadTemplateParser();
      const text = (await readAll(ctx.source, 4 * MAX_TEMPLATE_CHARS)).toString('utf8');
      for (const f of checkChatTemplate(text, { where: '', line: 1 })) ctx.report(f);
      return;
    }
    if (ctx.kind !== KINDS.json || !TEMPLATE_CONFIG_NAMES.has(name)) return;
    if (ctx.source.size > 64 * 1024 * 1024) {
      ctx.report(
        finding(TEMPLATE_UNPARSEABLE, {
          message: `${ctx.source.size} bytes, too large to look for chat templates in`,
          evidence: { size: ctx.source.size },
        }),
      );
      return;
    }
    const parsed = parseStrictJson(await readAll(ctx.source, 64 * 1024 * 1024));
    if (!parsed.value) return; // not JSON: the repo metadata checks report config files that do not parse
    for (const d of parsed.duplicates) {
      const topLevel = d.key === 'chat_template' && d.where === '';
      const inList = d.key === 'template' && d.where.startsWith('chat_template');
      if (!topLevel && !inList) continue;
      ctx.report(
        finding(TEMPLATE_DUPLICATE_KEY, {
          message: `"${d.key}" appears more than once${d.where ? ` in ${d.where}` : ''}; loaders disagree on which is used`,
          offset: d.offset,
          evidence: { key: d.key },
        }),
      );
    }
    const templates = templatesInConfig(parsed.value);
    if (templates.length) await loadTemplateParser();
    for (const t of templates) {
      const where = `chat_template${t.name !== undefined ? ` "${t.name}"` : ''}${t.duplicate ? ' (one of several copies)' : ''}`;
      for (const f of checkChatTemplate(t.text, { where })) ctx.report(f);
    }
  },
});
