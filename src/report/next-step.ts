/**
 * What to do about a finding, in one line: the first sentence of the "Fix:" part of its rule's
 * explain text, shortened at a word, and the command that prints the whole text.
 */
import type { RuleLookup } from '../core/finding.ts';

/** A fix line longer than this is cut at a word (the explain command has the rest). */
export const MAX_FIX_LENGTH = 140;

/** The first sentence after `Fix:` in an explain text, on one line; undefined when there is none. */
export function fixSentence(explain: string): string | undefined {
  const at = explain.search(/\bFix:/);
  if (at < 0) return undefined;
  const rest = explain
    .slice(at + 'Fix:'.length)
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  // A sentence ends at ". " before a capital letter or a backtick, or at the end of the paragraph.
  const end = rest.search(/\.\s+(?=[A-Z`(])/);
  const sentence = (end < 0 ? rest : rest.slice(0, end + 1)).trim();
  if (sentence === '') return undefined;
  if (sentence.length <= MAX_FIX_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_FIX_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_FIX_LENGTH / 2)).replace(/[,;:]$/, '')}…`;
}

export interface NextStep {
  /** One line saying how to fix or allow it, when the rule's text has one. */
  fix?: string;
  /** `modelvet explain RULE`. */
  explain: string;
}

export function nextStep(ruleId: string, rules: RuleLookup): NextStep {
  const rule = rules(ruleId);
  const fix = rule ? fixSentence(rule.explain) : undefined;
  return { fix, explain: `modelvet explain ${ruleId}` };
}
