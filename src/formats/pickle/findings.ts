/**
 * Turns what the walks saw into findings: one finding per distinct global, extension code, kind of
 * computed call and limit, each with a count (a name used a million times is one line), and at most
 * `MAX_PER_RULE` distinct findings per rule, the rest summed up in one more.
 *
 * In a stream that breaks on content (not on a limit), what cannot have run is left out: names that are
 * not Python identifier paths (random bytes spell those; the unpickler fails to import them before the
 * break) and extension-registry lookups nothing called.
 */
import { finding, type ReportedFinding } from '../../core/finding.ts';
import { type Classification, classifyGlobal } from './globals.ts';
import { DANGEROUS_ATTRIBUTES } from './denylist.ts';
import {
  BOUND_METHOD,
  COMPUTED_CALL,
  DANGEROUS_GLOBAL,
  EXTENSION_REGISTRY,
  LIMIT_EXCEEDED,
  UNKNOWN_GLOBAL,
  UNKNOWN_GLOBAL_CALLED,
} from './rules.ts';
import type { WalkResult } from './state.ts';
import { type GlobalSite, globalName } from './values.ts';

export const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Distinct findings of one rule per source before the rest are summed up. */
const MAX_PER_RULE = 100;

export interface ClassifyContext {
  extraAllow: ReadonlySet<string>;
  loader: 'python' | 'torchscript';
}

interface GlobalAgg {
  cls: Classification;
  site: GlobalSite;
  count: number;
  called?: string;
  constructed?: string;
  mutated?: string;
  stream: number;
  /** getattr only: every use rebuilt a bound method of an allowed instance (see GlobalSite.bound). */
  bound?: { classes: Set<string>; attrs: Set<string>; only: boolean };
}

interface Counted {
  offset: number;
  opcode: string;
  count: number;
  called?: string;
  depth?: number;
}

/** True when a broken stream could have run something before its break. */
export function didSomething(r: WalkResult): boolean {
  return (
    r.globals.some((g) => g.unresolved !== undefined || (IDENT.test(g.module) && IDENT.test(g.name))) ||
    r.exts.some((e) => e.calledBy !== undefined) ||
    r.computedCalls.length > 0
  );
}

export class PickleFacts {
  private readonly globals = new Map<string, GlobalAgg>();
  private readonly exts = new Map<number, Counted>();
  private readonly computed = new Map<string, Counted & { callee: string }>();
  private readonly limits = new Map<string, { message: string; offset: number; count: number }>();
  private readonly ctx: ClassifyContext;
  globalCount = 0;

  constructor(ctx: ClassifyContext) {
    this.ctx = ctx;
  }

  absorb(r: WalkResult, stream: number): void {
    const broken = r.error !== undefined && r.error.code !== 'limit';
    for (const site of r.globals) {
      this.globalCount += site.count;
      if (broken && !site.unresolved && !(IDENT.test(site.module) && IDENT.test(site.name))) continue;
      this.absorbGlobal(site, stream);
    }
    for (const e of r.exts) {
      if (broken && !e.calledBy) continue;
      const x = this.exts.get(e.code) ?? { offset: e.offset, opcode: e.opcode, count: 0 };
      x.count += e.count;
      if (e.calledBy) x.called ??= e.calledBy;
      this.exts.set(e.code, x);
    }
    for (const c of r.computedCalls) {
      const key = `${c.opcode}\u0000${c.callee}`;
      const x = this.computed.get(key) ?? {
        offset: c.offset,
        opcode: c.opcode,
        count: 0,
        callee: c.callee,
        depth: 0,
      };
      x.count += c.count;
      x.depth = Math.max(x.depth ?? 0, c.depth);
      this.computed.set(key, x);
    }
    for (const l of r.limitsHit) this.limit(l.limit, l.message, l.offset);
  }

  limit(limit: string, message: string, offset: number): void {
    const x = this.limits.get(limit);
    if (x) x.count++;
    else this.limits.set(limit, { message, offset, count: 1 });
  }

  private classify(site: GlobalSite): Classification {
    if (site.unresolved) {
      const reason = `STACK_GLOBAL operands cannot be resolved statically (${site.unresolved})`;
      return { verdict: 'dangerous', reason, category: 'resolver' };
    }
    const { extraAllow, loader } = this.ctx;
    return classifyGlobal(site.module, site.name, extraAllow, { protocol: site.protocol, loader });
  }

  private absorbGlobal(site: GlobalSite, stream: number): void {
    if (site.shadow) {
      const cls = this.classify(site);
      if (cls.verdict !== 'dangerous') return;
      const key = `shadow\u0000${site.module}\u0000${site.name}`;
      const reason = `${cls.reason}; it sits in bytes joblib reads as array data, which pickle.load would run as opcodes`;
      const a = this.globals.get(key) ?? { cls: { ...cls, reason }, site, count: 0, stream };
      a.count += site.count;
      this.globals.set(key, a);
      return;
    }
    const key = `${site.module}\u0000${site.name}\u0000${site.protocol < 3 ? 2 : 3}\u0000${site.unresolved ?? ''}`;
    let a = this.globals.get(key);
    if (!a) {
      a = { cls: this.classify(site), site, count: 0, stream };
      this.globals.set(key, a);
    }
    a.count += site.count;
    this.absorbBound(a, site);
    if (site.calledBy) a.called ??= site.calledBy;
    if (site.constructedBy) a.constructed ??= site.constructedBy;
    if (site.mutatedBy) a.mutated ??= site.mutatedBy;
  }

  /** Keeps the bound-method reading of a getattr site only while every use of it fits. */
  private absorbBound(a: GlobalAgg, site: GlobalSite): void {
    const b = site.bound;
    const fits =
      b !== undefined &&
      b.uses === site.pushes &&
      !site.calledBy &&
      !site.mutatedBy &&
      b.attrs.every((n) => !DANGEROUS_ATTRIBUTES.has(n)) &&
      b.classes.every((c) => !c.unresolved && this.classify(c).verdict === 'allowed');
    a.bound ??= { classes: new Set(), attrs: new Set(), only: true };
    a.bound.only &&= fits;
    for (const c of b?.classes ?? []) a.bound.classes.add(globalName(c));
    for (const n of b?.attrs ?? []) a.bound.attrs.add(n);
  }

  /** Reports everything absorbed, prefixed with `where` (the source's label). */
  report(report: (f: ReportedFinding) => void, where: string): void {
    const capped = new Capped(report, where);
    for (const a of this.globals.values()) {
      const f = globalFinding(a, where);
      if (f) capped.add(f, a.count);
    }
    for (const [code, x] of this.exts) capped.add(extFinding(code, x, where), x.count);
    for (const x of this.computed.values()) capped.add(computedFinding(x, where), x.count);
    for (const [limit, x] of this.limits) {
      const times = x.count > 1 ? ` (${x.count} times)` : '';
      capped.add(
        finding(LIMIT_EXCEEDED, {
          message: `${where}: pickle walk reached a limit: ${x.message}${times}`,
          offset: x.offset,
          evidence: { limit, occurrences: x.count },
        }),
        x.count,
      );
    }
    capped.flush();
  }
}

function usage(a: GlobalAgg, name: string): string {
  if (a.called) return `calls ${name} (${a.called})`;
  if (a.constructed) return `rebuilds an instance of ${name} from pickled state (${a.constructed})`;
  return `references ${name}`;
}

function globalFinding(a: GlobalAgg, where: string): ReportedFinding | null {
  const name = globalName(a.site);
  const evidence: Record<string, unknown> = {
    global: name,
    module: a.site.module,
    name: a.site.name,
    opcode: a.site.opcode,
    occurrences: a.count,
    stream: a.stream,
    calledBy: a.called || undefined,
    constructedBy: (!a.called && a.constructed) || undefined,
    mutatedBy: a.mutated || undefined,
    matched: a.cls.matched || undefined,
    category: a.cls.category || undefined,
  };
  if (a.mutated && a.cls.verdict !== 'dangerous') {
    return finding(DANGEROUS_GLOBAL, {
      message: `${where}: ${a.mutated} writes into the global ${name} itself (module or class state), a way to rewrite what other code uses`,
      offset: a.site.offset,
      evidence: { ...evidence, reason: 'global object mutated' },
    });
  }
  if (a.cls.verdict === 'dangerous' && a.bound?.only && !a.called) return boundFinding(a, where, evidence);
  if (a.cls.verdict === 'dangerous') {
    const registry = a.cls.category === 'extension-registry';
    return finding(registry ? EXTENSION_REGISTRY : DANGEROUS_GLOBAL, {
      message: `${where}: pickle ${usage(a, name)}: ${a.cls.reason}`,
      offset: a.site.offset,
      evidence: { ...evidence, reason: a.cls.reason },
    });
  }
  if (a.cls.verdict !== 'unknown') return null;
  return finding(a.called ? UNKNOWN_GLOBAL_CALLED : UNKNOWN_GLOBAL, {
    message: `${where}: pickle ${usage(a, name)}, which is not on the allowlist`,
    offset: a.site.offset,
    evidence,
  });
}

function boundFinding(a: GlobalAgg, where: string, evidence: Record<string, unknown>): ReportedFinding {
  const classes = [...(a.bound?.classes ?? [])];
  const attrs = [...(a.bound?.attrs ?? [])];
  return finding(BOUND_METHOD, {
    message: `${where}: pickle rebuilds bound methods (${attrs.slice(0, 5).join(', ')}) of instances of allowed classes with ${globalName(a.site)}; nothing in the file calls them`,
    offset: a.site.offset,
    evidence: { ...evidence, classes: classes.slice(0, 20), attributes: attrs.slice(0, 20) },
  });
}

function extFinding(code: number, x: Counted, where: string): ReportedFinding {
  return finding(EXTENSION_REGISTRY, {
    // A lookup nothing calls runs nothing (an unregistered code raises): referenced, like an unknown name.
    severity: x.called ? undefined : 'medium',
    message: `${where}: ${x.opcode} fetches global number ${code} from the copyreg extension registry${x.called ? ` and calls it (${x.called})` : ''}`,
    offset: x.offset,
    evidence: { code, opcode: x.opcode, occurrences: x.count, calledBy: x.called || undefined },
  });
}

function computedFinding(x: Counted & { callee: string }, where: string): ReportedFinding {
  const times = x.count > 1 ? `, ${x.count} times` : '';
  const deep = (x.depth ?? 0) > 1 ? `, chains up to ${x.depth} calls deep` : '';
  return finding(COMPUTED_CALL, {
    message: `${where}: ${x.opcode} calls a computed value (${x.callee}${times}${deep})`,
    offset: x.offset,
    evidence: { callee: x.callee, opcode: x.opcode, occurrences: x.count, depth: x.depth ?? 0 },
  });
}

/** At most MAX_PER_RULE distinct findings per rule (and severity); the rest become one summary each. */
class Capped {
  private readonly counts = new Map<string, number>();
  private readonly rest = new Map<
    string,
    { first: ReportedFinding; distinct: number; occurrences: number }
  >();
  private readonly report: (f: ReportedFinding) => void;
  private readonly where: string;

  constructor(report: (f: ReportedFinding) => void, where: string) {
    this.report = report;
    this.where = where;
  }

  add(f: ReportedFinding, occurrences: number): void {
    const key = `${f.rule}\u0000${f.severity}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= MAX_PER_RULE) {
      this.report(f);
      return;
    }
    const r = this.rest.get(key) ?? { first: f, distinct: 0, occurrences: 0 };
    r.distinct++;
    r.occurrences += occurrences;
    this.rest.set(key, r);
  }

  flush(): void {
    for (const { first, distinct, occurrences } of this.rest.values()) {
      this.report({
        ...first,
        message: `${this.where}: ${distinct} more findings of this kind (${occurrences} occurrences), not listed one by one`,
        evidence: { distinct, occurrences, first: first.evidence ?? {} },
      });
    }
  }
}
