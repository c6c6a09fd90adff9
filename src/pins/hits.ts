/**
 * What the pin checkers produce before they become findings: hits (a rule, an offset into the
 * checked text, the offending text), model references (every model a file names, pinned or not,
 * for the policy's `sources`), and includes (requirements files a command names). `toFindings`
 * turns offsets into 1-based line and column (UTF-16 code units, SARIF's default column kind).
 *
 * Checkers write to a `PinSink` they are given; nothing is collected in module state, so two
 * checks can run interleaved.
 */
import { type Finding, finding, type RuleDefinition, type Severity } from '../core/finding.ts';
import type { ModelReference, ModelSource } from '../core/model-source.ts';

export { COMMIT_RE, isCommit } from '../core/model-source.ts';

export interface PinHit {
  rule: RuleDefinition;
  /** Offset of the offending text in the checked text. */
  offset: number;
  /** The offending text (shown as evidence.text, cut to 200 characters). */
  text: string;
  message: string;
  severity?: Severity;
  evidence?: Record<string, unknown>;
  /** The model the hit is about (also reported as a reference), shown as evidence.source. */
  source?: ModelSource;
}

export type HitSink = (hit: PinHit) => void;

/** A model named at `offset`. */
export interface RefHit {
  source: ModelSource;
  pinned: boolean;
  offset: number;
  text: string;
}

export interface Include {
  kind: 'requirement' | 'constraint';
  target: string;
  offset: number;
  text: string;
  /** Named by a command (pip install -r in a script/Dockerfile): followed when found, never reported when not. */
  soft?: boolean;
}

export interface PinSink {
  hit: HitSink;
  reference(ref: RefHit): void;
  include(inc: Include): void;
}

/** A sink that keeps everything, in order. */
export interface PinCollector extends PinSink {
  hits: PinHit[];
  refs: RefHit[];
  includes: Include[];
}

/** Hits kept per rule in one file; the rest are counted into one summary hit (a report must stay readable and bounded). */
export const MAX_HITS_PER_RULE = 1000;
/** Distinct model references kept per file; past it the file is reported as not fully checked. */
export const MAX_REFS_PER_FILE = 10_000;
/** Includes followed per file. */
export const MAX_INCLUDES_PER_FILE = 1000;

/** The overflow of a collector: how many hits of each rule were not kept, and whether references were dropped. */
export interface Overflow {
  hits: Map<RuleDefinition, { count: number; first: PinHit }>;
  refsDropped: number;
}

export function collector(): PinCollector & { overflow: Overflow } {
  const hits: PinHit[] = [];
  const refs: RefHit[] = [];
  const includes: Include[] = [];
  const perRule = new Map<RuleDefinition, number>();
  const seenRefs = new Set<string>();
  const overflow: Overflow = { hits: new Map(), refsDropped: 0 };
  return {
    hits,
    refs,
    includes,
    overflow,
    hit: (h) => {
      const n = (perRule.get(h.rule) ?? 0) + 1;
      perRule.set(h.rule, n);
      if (n <= MAX_HITS_PER_RULE) hits.push(h);
      else {
        const o = overflow.hits.get(h.rule);
        if (o) o.count++;
        else overflow.hits.set(h.rule, { count: 1, first: h });
      }
    },
    reference: (r) => {
      const s = r.source;
      const key = `${s.hub}\0${s.owner}\0${s.name}\0${s.revision ?? ''}\0${r.pinned}`;
      if (seenRefs.has(key)) return; // the same model named again adds nothing for the policy
      if (seenRefs.size >= MAX_REFS_PER_FILE) {
        overflow.refsDropped++;
        return;
      }
      seenRefs.add(key);
      refs.push(r);
    },
    include: (i) => {
      if (includes.length < MAX_INCLUDES_PER_FILE) includes.push(i);
    },
  };
}

/** A sink whose offsets are mapped by `offset` (text embedded in another text), with extra hit evidence. */
export function remap(
  out: PinSink,
  offset: (o: number) => number,
  evidence?: (h: PinHit) => Record<string, unknown> | undefined,
): PinSink {
  return {
    hit: (h) => {
      const extra = evidence?.(h);
      out.hit({
        ...h,
        offset: offset(h.offset),
        ...(extra ? { evidence: { ...h.evidence, ...extra } } : {}),
      });
    },
    reference: (r) => out.reference({ ...r, offset: offset(r.offset) }),
    include: (i) => out.include({ ...i, offset: offset(i.offset) }),
  };
}

/** A sink that drops references and includes (for checks whose references are reported elsewhere). */
export function hitsOnly(hit: HitSink): PinSink {
  return { hit, reference: () => {}, include: () => {} };
}

/**
 * Reports a model reference and, when given, the hit about it (the hit carries the source). Every
 * checker goes through here, so a pinned reference is reported as surely as an unpinned one.
 */
export function reportModel(out: PinSink, ref: RefHit, hit?: Omit<PinHit, 'source'>): void {
  out.reference(ref);
  if (hit) out.hit({ ...hit, source: ref.source });
}

export function shorten(text: string, max = 200): string {
  // Only the head is looked at: a hit's text can be a whole call spanning megabytes.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const oneLine = head.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > max || head.length < text.length ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Maps offsets to 1-based line/column. Lines end at \n, \r\n or a lone \r. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** Turns hits into findings for `path` (hit offsets are offsets into the text `index` was built from). */
export function toFindings(
  hits: readonly PinHit[],
  path: string,
  index: LineIndex,
  extra?: (hit: PinHit) => Record<string, unknown> | undefined,
): Finding[] {
  return hits.map((h) => {
    const { line, column } = index.position(h.offset);
    return finding(h.rule, {
      path,
      line,
      column,
      message: h.message,
      severity: h.severity,
      evidence: {
        text: shorten(h.text),
        ...h.evidence,
        ...(h.source ? { source: h.source } : {}),
        ...extra?.(h),
      },
    });
  });
}

/** Turns references into report entries for `path`. */
export function toReferences(
  refs: readonly RefHit[],
  path: string,
  index: LineIndex,
  via: string,
): ModelReference[] {
  return refs.map((r) => {
    const { line, column } = index.position(r.offset);
    return { source: r.source, pinned: r.pinned, path, line, column, via, text: shorten(r.text, 120) };
  });
}
