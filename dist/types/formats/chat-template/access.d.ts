/**
 * The checks on attribute and item lookups: which names reach Python internals, and which lookups
 * have names nobody can read in the template.
 *
 * jinja2's Environment.getitem tries `obj[key]` and, for a string key, falls back to
 * `getattr(obj, key)` (src/jinja2/environment.py); Environment.getattr does the reverse. So
 * `x[key]`, `x.key`, `x|attr(key)` and every filter that reads `attribute=` are attribute lookups,
 * and each needs a name that is a literal (or folds to one) to be vetted.
 */
import type { RuleDefinition } from '../../core/finding.ts';
import type { Val } from './value.ts';
export type Report = (rule: RuleDefinition, message: string, evidence: Record<string, unknown>) => void;
/** Reports an attribute name that reaches internals; `how` says how it was reached (for the message). */
export declare function checkName(report: Report, name: string, how: string, opts?: {
    dotted?: boolean;
    viaAttr?: boolean;
}): void;
/**
 * `obj[key]`: a subscript. Known string keys are checked as attribute names; a number never falls
 * back to getattr; a key the template built from unknown parts is a computed attribute; a key that
 * is plain render-time data is accepted once on data, but not on a renderer object or on a value
 * that was itself reached by a data-chosen key (that walks attributes chosen by data).
 */
export declare function checkSubscript(report: Report, obj: Val, key: Val, literal: boolean): void;
/** `x|attr(name)`, `map(attribute=name)`, `selectattr(name)`...: the name must be known. */
export declare function checkAttributeArgument(report: Report, name: Val, filter: string): void;
/** map(name)/select(name)/selectattr(a, name): a filter or test named at render time can be |attr. */
export declare function checkFilterName(report: Report, name: Val, filter: string): void;
/** Calling a value: what it was read as decides what is called. */
export declare function checkCall(report: Report, callee: Val): void;
