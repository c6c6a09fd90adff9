/**
 * A Scanner: the analyzers, sniffers, target verifiers and rules one scan runs with, as a value.
 *
 * Nothing registers itself on import. Format modules export their analyzers, sniffers and rules;
 * src/builtins.ts lists the built-in ones and `defaultScanner()` is built from that list. A library
 * user who adds a format builds a scanner of their own:
 *
 *   const base = defaultScanner();
 *   const mine = createScanner({ ...base, analyzers: [...base.analyzers, myAnalyzer], rules: [...base.rules, MY_RULE] });
 *   await scan(['./model'], { scanner: mine });
 *
 * Two scanners in one process share nothing: a scan with `mine` runs `myAnalyzer`, a scan with the
 * default scanner does not. Rule lookups (explain, policy validation, SARIF metadata, the next step
 * a report prints) go through a scanner's rule table.
 */
import { type FileAnalyzer, type TreeAnalyzer } from './core/analyzer.ts';
import type { RuleDefinition } from './core/finding.ts';
import { type Kind, type Sniffer } from './core/sniff.ts';
import type { TargetVerifier } from './core/target-verifier.ts';
/** What a scanner is made of. Every list is optional; order is kept (it is the order analyzers run in). */
export interface ScannerParts {
    /** File analyzers, run in this order for each kind they name. */
    analyzers?: readonly FileAnalyzer[];
    /** Analyzers of a whole target folder, run in this order after the files. */
    treeAnalyzers?: readonly TreeAnalyzer[];
    /** Sniffers; the scanner runs them highest priority first (equal priorities in this order). */
    sniffers?: readonly Sniffer[];
    /** Integrity checks run after every file of a target was hashed. */
    verifiers?: readonly TargetVerifier[];
    /** The rules the parts emit (the scan pipeline's own rules are always added). */
    rules?: readonly RuleDefinition[];
}
export interface Scanner {
    readonly analyzers: readonly FileAnalyzer[];
    readonly treeAnalyzers: readonly TreeAnalyzer[];
    /** Highest priority first. */
    readonly sniffers: readonly Sniffer[];
    readonly verifiers: readonly TargetVerifier[];
    /** Every rule the scanner knows, sorted by id. */
    readonly rules: readonly RuleDefinition[];
    /** The rule with this id, if the scanner knows it. */
    rule(id: string): RuleDefinition | undefined;
    /** The file analyzers that run for `kind`, in order. */
    analyzersFor(kind: Kind): readonly FileAnalyzer[];
    /** True when some analyzer reads `kind` in full (FileAnalyzer.claims): the fail-closed guard asks this. */
    claims(kind: Kind): boolean;
    /** Every kind a report can name: the core kinds and those of the scanner's sniffers, sorted. */
    knownKinds(): Kind[];
}
/**
 * Rules the scan pipeline itself emits whatever the parts are (dispatch, the folder walk, hashing,
 * the policy), so every scanner can explain and validate them.
 */
export declare const PIPELINE_RULES: readonly RuleDefinition[];
/**
 * Builds a scanner from one or more sets of parts (concatenated in order). The result is frozen:
 * to add a format, build another scanner.
 */
export declare function createScanner(...parts: readonly ScannerParts[]): Scanner;
