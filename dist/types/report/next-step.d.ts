/**
 * What to do about a finding, in one line: the first sentence of the "Fix:" part of its rule's
 * explain text, shortened at a word, and the command that prints the whole text.
 */
import type { RuleLookup } from '../core/finding.ts';
/** A fix line longer than this is cut at a word (the explain command has the rest). */
export declare const MAX_FIX_LENGTH = 140;
/** The first sentence after `Fix:` in an explain text, on one line; undefined when there is none. */
export declare function fixSentence(explain: string): string | undefined;
export interface NextStep {
    /** One line saying how to fix or allow it, when the rule's text has one. */
    fix?: string;
    /** `modelvet explain RULE`. */
    explain: string;
}
export declare function nextStep(ruleId: string, rules: RuleLookup): NextStep;
