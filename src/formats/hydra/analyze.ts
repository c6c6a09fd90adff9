/**
 * Configs that instantiate code: Hydra `_target_` (and the older `cls`/`class`/`target` keys NeMo and
 * Hydra 0.x still honour) in YAML and JSON files, wherever they sit (a `.nemo` tarball's
 * model_config.yaml arrives here as a tar member sniffed as text).
 *
 * `hydra.utils.instantiate` (hydra/_internal/instantiate/_instantiate2.py) walks the config, resolves
 * OmegaConf interpolations, locates each `_target_` with `_locate` and calls it with the other keys
 * (`_args_` positional); `_partial_` still imports the target, `_recursive_: false` only defers the
 * nested ones to whoever instantiates them next (NeMo does). So every `_target_` anywhere in the file
 * is read, after the interpolations that build it are resolved statically (./resolve.ts), and
 * classified with the pickle tables (./targets.ts). What cannot be resolved from the file alone is a
 * finding too. NeMo CVE-2025-23304 is this class. fiddle "pyref" objects (NeMo 2 checkpoints'
 * context/io.json) name callables the same way and are classified alike.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding, type ReportedFinding, type Severity } from '../../core/finding.ts';
import { KINDS } from '../../core/sniff.ts';
import { label, readAll } from '../../core/source.ts';
import { decodeJsonBytes } from '../../core/python-json.ts';
import { classifyGlobal } from '../pickle/globals.ts';
import { type ParseResult, type PythonTag, parseJsonGuarded, parseYamlGuarded } from './read.ts';
import {
  buildTree,
  type CNode,
  CODE_RESOLVERS,
  HydraLimitError,
  MACHINE_RESOLVERS,
  Resolver,
  type Unresolved,
  type Value,
} from './resolve.ts';
import { classifyPrefix, classifyPyref, classifyTarget, type TargetClass } from './targets.ts';

import {
  HYDRA_DANGEROUS_TARGET,
  HYDRA_UNKNOWN_TARGET,
  HYDRA_UNRESOLVED_TARGET,
  HYDRA_CODE_RESOLVER,
  HYDRA_UNRESOLVED,
  HYDRA_UNREADABLE,
  YAML_PYTHON_TAG,
} from './rules.ts';

/** Keys that make a mapping an instantiation: `_target_` always; the legacy ones only for dotted paths. */
const LEGACY_KEYS = ['target', 'cls', 'class'];
const DOTTED_PATH = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/;
/** Hydra's lookup helpers take the path to resolve as `path` or the first positional argument. */
const LOOKUP_ARG = 'path';

const MAX_CONFIG = 16 * 1024 * 1024;
const MAX_FINDINGS = 200;
const YAML_NAME = /\.(ya?ml)$/;
const JSON_NAME = /\.json$/;
/** Text that could hold a target key (literally or escaped), an interpolation or a tag. */
const YAML_TRIGGER = /target|cls|class|pyref|\\|\$\{|!!|!<|%TAG/;
/**
 * JSON configs are Hydra's `_target_` ones (NeMo's legacy keys live in YAML) and fiddle's pyrefs
 * (NeMo 2 context/io.json); `${` may build either.
 */
const JSON_TRIGGER = /_target_|"pyref"|\$\{/;
/** A short JSON string with an escape in it (`"\u005ftarget_"`, `"p\u0079ref"`). */
const ESCAPED_JSON_STRING = /"((?:[^"\\\n]|\\.){0,48}\\(?:[^"\\\n]|\\.){0,48})"/g;
const MARKERS = new Set(['_target_', 'pyref']);

/** True when a JSON text may name a target: spelled out, or through escapes that decode to a marker. */
function jsonMayHoldTargets(text: string): boolean {
  if (JSON_TRIGGER.test(text)) return true;
  for (const m of text.matchAll(ESCAPED_JSON_STRING)) {
    // The markers spelled with JSON escapes use only these characters, in at most 8 six-character escapes.
    if (m[1]!.length > 48 || !/^[_targepyfu0-9a-fA-F\\/]+$/.test(m[1]!)) continue;
    try {
      if (MARKERS.has(JSON.parse(`"${m[1]}"`) as string)) return true;
    } catch {
      // not a valid JSON string: the JSON reader reports the file
    }
  }
  return false;
}

interface Site {
  /** Dotted key path of the mapping, `$` for the root. */
  at: string;
  key: string;
  node: CNode;
  map: Extract<CNode, { kind: 'map' }>;
}

interface WalkState {
  ctx: AnalyzerContext;
  resolver: Resolver;
  where: string;
  reported: number;
  unresolved: { at: string; why: Unresolved[] }[];
  codeResolvers: Set<string>;
  /** Target values (reported by the target checks, not again as plain interpolations). */
  targetNodes: Set<CNode>;
}

function report(s: WalkState, f: ReportedFinding): void {
  if (s.reported++ < MAX_FINDINGS) s.ctx.report(f);
}

const pathOf = (at: string, key: string | number) =>
  typeof key === 'number' ? `${at}[${key}]` : at === '$' ? key : `${at}.${key}`;

/** Walks every value of the tree (and the structures interpolations create) once. */
function walkTree(s: WalkState, root: CNode): void {
  const seen = new Set<CNode>();
  const stack: { n: CNode; at: string }[] = [{ n: root, at: '$' }];
  while (stack.length) {
    const { n, at } = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.kind === 'map') {
      for (const [k, c] of n.entries) {
        if (k === '_target_' || LEGACY_KEYS.includes(k)) {
          s.targetNodes.add(c);
          checkSite(s, { at, key: k, node: c, map: n });
        }
        if (k === 'type' && c.kind === 'scalar' && c.value === 'pyref') checkPyref(s, n, at);
        stack.push({ n: c, at: pathOf(at, k) });
      }
    } else if (n.kind === 'list') {
      n.items.forEach((c, i) => {
        stack.push({ n: c, at: pathOf(at, i) });
      });
    } else if (typeof n.value === 'string' && n.value.includes('${')) {
      noteInterpolation(s, n, at, stack);
    }
  }
}

/** Records what a non-target interpolation depends on and walks any structure it creates. */
function noteInterpolation(s: WalkState, n: CNode, at: string, stack: { n: CNode; at: string }[]): void {
  const v = s.resolver.valueOf(n);
  const raw = n.kind === 'scalar' ? String(n.value) : '';
  for (const m of raw.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*:/g)) {
    if (CODE_RESOLVERS.has(m[1]!)) s.codeResolvers.add(m[1]!);
  }
  if (v.t === 'unknown' && !s.targetNodes.has(n)) s.unresolved.push({ at, why: v.why });
  else if (v.t === 'node') stack.push({ n: v.n, at: `${at}(resolved)` });
}

/**
 * A fiddle pyref (`{"type": "pyref", "module": m, "name": n}`): fiddle's import_symbol imports `m`
 * and walks `n` with getattr, and NeMo 2's io.load first imports every object type with pydoc.locate;
 * fdl.build then calls the callables configs name (fiddle/_src/experimental/serialization.py,
 * NVIDIA/NeMo nemo/lightning/io/mixin.py load).
 */
function checkPyref(s: WalkState, map: Extract<CNode, { kind: 'map' }>, at: string): void {
  const module = map.entries.get('module');
  const name = map.entries.get('name');
  if (module?.kind !== 'scalar' || name?.kind !== 'scalar') return;
  if (typeof module.value !== 'string' || typeof name.value !== 'string') return;
  const target = `${module.value}.${name.value}`;
  const c = classifyPyref(module.value, name.value, allowSet(s.ctx));
  if (c.verdict === 'allowed' || c.verdict === 'invalid') return;
  reportClass(s, `${at} (fiddle pyref)`, target, c, { at, key: 'type', node: map, map });
}

function targetValue(s: WalkState, site: Site): Value {
  return s.resolver.valueOf(site.node);
}

function checkSite(s: WalkState, site: Site): void {
  const v = targetValue(s, site);
  const at = pathOf(site.at, site.key);
  if (v.t === 'unknown') {
    reportUnresolved(s, at, v);
    return;
  }
  if (v.t !== 'scalar' || typeof v.v !== 'string') return; // Hydra cannot locate a non-string target.
  const target = v.v;
  if (site.key !== '_target_' && !DOTTED_PATH.test(target)) return;
  const c = classifyTarget(target, allowSet(s.ctx));
  if (c.verdict === 'invalid' || c.verdict === 'allowed') return;
  if (c.resolver) reportLookup(s, site, at, target);
  else reportClass(s, at, target, c, site);
}

function allowSet(ctx: AnalyzerContext): ReadonlySet<string> | undefined {
  return ctx.options.pickleAllow?.length ? new Set(ctx.options.pickleAllow) : undefined;
}

function reportClass(s: WalkState, at: string, target: string, c: TargetClass, site: Site, via = ''): void {
  const partial = s.resolver.valueOf(site.map.entries.get('_partial_') ?? { kind: 'scalar', value: false });
  const evidence = {
    key: at,
    target,
    via: via || undefined,
    partial: partial.t === 'scalar' && partial.v === true ? true : undefined,
  };
  const what = via ? `${via} looks up ${target}` : target;
  if (c.verdict === 'dangerous') {
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        message: `${s.where}: ${at} instantiates ${what}, which ${c.reason}`,
        evidence,
      }),
    );
  } else {
    report(s, finding(HYDRA_UNKNOWN_TARGET, { message: `${s.where}: ${at} instantiates ${what}`, evidence }));
  }
}

/** hydra.utils.get_method & co: what they look up decides; a computed lookup is critical. */
function reportLookup(s: WalkState, site: Site, at: string, helper: string): void {
  const argNode = site.map.entries.get(LOOKUP_ARG) ?? firstArg(site.map);
  const arg = argNode ? s.resolver.valueOf(argNode) : undefined;
  if (arg?.t === 'scalar' && typeof arg.v === 'string') {
    const inner = classifyTarget(arg.v, allowSet(s.ctx));
    if (inner.verdict === 'dangerous' || inner.verdict === 'unknown') {
      reportClass(s, at, arg.v, inner, site, helper);
      return;
    }
    const severity: Severity = 'low';
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        severity,
        message: `${s.where}: ${at} uses ${helper} to look up ${arg.v}`,
        evidence: { key: at, target: helper, lookup: arg.v },
      }),
    );
    return;
  }
  report(
    s,
    finding(HYDRA_DANGEROUS_TARGET, {
      message: `${s.where}: ${at} instantiates ${helper}, which looks up a callable computed at load time`,
      evidence: { key: at, target: helper },
    }),
  );
}

function firstArg(map: Extract<CNode, { kind: 'map' }>): CNode | undefined {
  const args = map.entries.get('_args_');
  return args?.kind === 'list' ? args.items[0] : undefined;
}

function describeWhy(why: Unresolved[]): string {
  const parts = why
    .slice(0, 4)
    .map((w) =>
      w.kind === 'env'
        ? `environment variable ${w.name}`
        : w.kind === 'resolver'
          ? `resolver ${w.name}`
          : w.kind === 'missing'
            ? `missing key ${w.name}`
            : w.kind === 'syntax'
              ? 'an interpolation OmegaConf cannot parse'
              : w.name,
    );
  return [...new Set(parts)].join(', ');
}

function reportUnresolved(s: WalkState, at: string, v: Extract<Value, { t: 'unknown' }>): void {
  const options = v.candidates.map((c) => ({ c, k: classifyTarget(c) }));
  const bad = options.find((o) => o.k.verdict === 'dangerous');
  const prefixBad = v.prefix ? classifyPrefix(v.prefix) : undefined;
  const evidence = {
    key: at,
    unresolved: describeWhy(v.why),
    prefix: v.prefix,
    candidates: v.candidates.slice(0, 8),
  };
  if (bad || prefixBad) {
    const what = bad
      ? `falls back to ${bad.c}, which ${bad.k.reason}`
      : `starts with ${v.prefix}, under a module that ${prefixBad!.reason}`;
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        message: `${s.where}: ${at} depends on ${evidence.unresolved} and ${what}`,
        evidence,
      }),
    );
    return;
  }
  report(
    s,
    finding(HYDRA_UNRESOLVED_TARGET, {
      message: `${s.where}: ${at} depends on ${evidence.unresolved}${v.candidates.length ? ` (falls back to ${v.candidates.slice(0, 3).join(', ')})` : ''}`,
      evidence,
    }),
  );
}

function reportLeftovers(s: WalkState): void {
  for (const name of s.codeResolvers) {
    report(
      s,
      finding(HYDRA_CODE_RESOLVER, {
        message: `${s.where}: interpolation calls the "${name}" resolver`,
        evidence: { resolver: name },
      }),
    );
  }
  if (!s.unresolved.length) return;
  const machineOnly = s.unresolved.every((u) =>
    u.why.every((w) => w.kind === 'env' || (w.kind === 'resolver' && MACHINE_RESOLVERS.has(w.name))),
  );
  const sample = s.unresolved.slice(0, 5).map((u) => `${u.at} (${describeWhy(u.why)})`);
  report(
    s,
    finding(HYDRA_UNRESOLVED, {
      severity: machineOnly ? 'info' : undefined,
      message: `${s.where}: ${s.unresolved.length} value(s) depend on the loading machine: ${sample.join('; ')}`,
      evidence: { count: s.unresolved.length, keys: s.unresolved.slice(0, 20).map((u) => u.at) },
    }),
  );
}

function reportPythonTags(ctx: AnalyzerContext, tags: PythonTag[]): void {
  const where = label(ctx.source);
  for (const t of tags) {
    const dot = t.callable.lastIndexOf('.');
    const c = t.callable
      ? classifyGlobal(
          dot > 0 ? t.callable.slice(0, dot) : t.callable,
          dot > 0 ? t.callable.slice(dot + 1) : '',
        )
      : undefined;
    const severity: Severity = c?.verdict === 'dangerous' ? 'critical' : 'high';
    ctx.report(
      finding(YAML_PYTHON_TAG, {
        severity,
        line: t.line,
        message: `${where}: YAML tag !!${t.tag.slice('tag:yaml.org,2002:'.length)}${c?.verdict === 'dangerous' ? ` (${c.reason})` : ''}`,
        evidence: { tag: t.tag, callable: t.callable },
      }),
    );
  }
}

/** Decides whether and how to read the file; undefined when it cannot hold a target. */
function readerFor(ctx: AnalyzerContext, text: string): ((t: string) => ParseResult) | undefined {
  const yamlName = YAML_NAME.test(ctx.name);
  const jsonLike = ctx.kind === KINDS.json || JSON_NAME.test(ctx.name);
  if (jsonLike && !yamlName) return jsonMayHoldTargets(text) ? parseJsonGuarded : undefined;
  if (yamlName) return YAML_TRIGGER.test(text) ? parseYamlGuarded : undefined;
  // Other text (OmegaConf.load reads any file name): only when a target key is spelled out.
  return text.includes('_target_') ? parseYamlGuarded : undefined;
}

export async function analyzeConfig(ctx: AnalyzerContext): Promise<void> {
  const where = label(ctx.source);
  if (ctx.source.size > MAX_CONFIG) {
    const head = ctx.head.toString('utf8');
    if (YAML_NAME.test(ctx.name) && head.includes('_target_'))
      ctx.report(
        finding(HYDRA_UNREADABLE, {
          message: `${where}: ${ctx.source.size} bytes, over the ${MAX_CONFIG} byte limit for configs`,
        }),
      );
    return;
  }
  const text = decodeJsonBytes(await readAll(ctx.source, MAX_CONFIG));
  const read = readerFor(ctx, text);
  if (!read) return;
  const parsed = read(text);
  if (!parsed.ok) {
    if (/_target_|\\/.test(text))
      ctx.report(
        finding(HYDRA_UNREADABLE, {
          message: `${where}: ${parsed.reason}`,
          evidence: { reason: parsed.reason },
        }),
      );
    return;
  }
  reportPythonTags(ctx, parsed.pythonTags);
  let root: CNode;
  try {
    root = buildTree(parsed.value);
  } catch {
    // Large data files (vocabularies, annotations) mention "class"; only a target key makes it a finding.
    if (text.includes('_target_'))
      ctx.report(finding(HYDRA_UNREADABLE, { message: `${where}: too many values to read` }));
    return;
  }
  const state: WalkState = {
    ctx,
    resolver: new Resolver(root),
    where,
    reported: 0,
    unresolved: [],
    codeResolvers: new Set(),
    targetNodes: new Set(),
  };
  try {
    walkTree(state, root);
  } catch (err) {
    // Our limits, or the engine's own RangeError (stack overflow, a string past its length limit).
    if (!(err instanceof HydraLimitError) && !(err instanceof RangeError)) throw err;
    ctx.report(
      finding(HYDRA_UNREADABLE, {
        message: `${where}: interpolations too deep or too many to resolve; the rest was not vetted`,
      }),
    );
  }
  reportLeftovers(state);
}
