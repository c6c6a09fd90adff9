/**
 * Findings and rule definitions.
 *
 * A rule id is API: it appears in JSON and SARIF reports, policy files and `modelvet explain`.
 * Modules that emit findings define their rules next to the code with `defineRule` and export them;
 * a Scanner (src/scanner.ts) holds the table of the rules it knows, built from those values.
 */
export declare const SEVERITIES: readonly ['info', 'low', 'medium', 'high', 'critical'];
export type Severity = (typeof SEVERITIES)[number];
export declare function isSeverity(value: unknown): value is Severity;
/** 0 for info … 4 for critical. */
export declare function severityRank(severity: Severity): number;
export declare function atLeast(severity: Severity, threshold: Severity): boolean;
export interface Finding {
    /** Stable rule id, e.g. `pickle/dangerous-global`. */
    rule: string;
    severity: Severity;
    /** Display path of the file on disk (the scan target joined with the relative path, posix separators). */
    path: string;
    /** Member chain inside archives, outermost first (`["model.zip", "archive/data.pkl"]` lives in `path`'s zip). */
    member?: string[];
    /** Byte offset inside the innermost source, where it helps (pickle opcode, header field). */
    offset?: number;
    /** 1-based line and column for text files. */
    line?: number;
    column?: number;
    /** One line, no trailing period needed. */
    message: string;
    /** Machine-readable facts behind the finding (names, digests, sizes). */
    evidence?: Record<string, unknown>;
}
export interface RuleDefinition {
    id: string;
    /** Default severity; a finding may carry another one when the rule says so (e.g. called vs referenced). */
    severity: Severity;
    /** Short human title (SARIF shortDescription). */
    title: string;
    /** What it means, why it matters, how to fix or allow it. Plain text, several paragraphs allowed. */
    explain: string;
    tags?: string[];
}
/** Checks a rule's id and returns the rule (a plain value: nothing is registered anywhere). */
export declare function defineRule(rule: RuleDefinition): RuleDefinition;
/** Looks a rule up by id (a Scanner's rule table). */
export type RuleLookup = (id: string) => RuleDefinition | undefined;
/** A finding before the scan pipeline fills in the file path and member chain. */
export type ReportedFinding = Omit<Finding, 'path' | 'member'> & {
    path?: string;
    member?: string[];
};
type Fields<P> = Omit<Finding, 'rule' | 'severity' | 'path'> & {
    severity?: Severity;
} & P;
/** Builds a finding from a rule, defaulting the severity to the rule's; undefined fields are left out. */
export declare function finding(rule: RuleDefinition, fields: Fields<{
    path: string;
}>): Finding;
export declare function finding(rule: RuleDefinition, fields: Fields<{
    path?: undefined;
}>): ReportedFinding;
/** Stable order: path, member chain, offset/line, rule. */
export declare function compareFindings(a: Finding, b: Finding): number;
export {};
