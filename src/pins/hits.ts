/**
 * What the pin checkers produce before they become findings: a rule, an offset into the text that
 * was checked, and the offending text. `toFindings` turns offsets into 1-based line and column
 * (UTF-16 code units, SARIF's default column kind).
 */
import { type Finding, finding, type RuleDefinition, type Severity } from '../core/finding.ts';

export interface PinHit {
  rule: RuleDefinition;
  /** Offset of the offending text in the checked text. */
  offset: number;
  /** The offending text (shown as evidence.text, cut to 200 characters). */
  text: string;
  message: string;
  severity?: Severity;
  evidence?: Record<string, unknown>;
}

export type HitSink = (hit: PinHit) => void;

/** Full-length lower-case commit hash, the only form Hugging Face and git treat as immutable. */
export const COMMIT_RE = /^[0-9a-f]{40}$/;
export const isCommit = (ref: string): boolean => COMMIT_RE.test(ref);

export function shorten(text: string, max = 200): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
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
      ...(h.severity ? { severity: h.severity } : {}),
      evidence: { text: shorten(h.text), ...h.evidence, ...extra?.(h) },
    });
  });
}
