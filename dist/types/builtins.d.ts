import type { RuleDefinition } from './core/finding.ts';
import { type Scanner, type ScannerParts } from './scanner.ts';
/** The parts of the default scanner, for a scanner that extends it (`createScanner(BUILTIN_PARTS, mine)`). */
export declare const BUILTIN_PARTS: ScannerParts;
/** The scanner with every built-in analyzer, sniffer, verifier and rule (immutable; one per process). */
export declare function defaultScanner(): Scanner;
/** Every rule of the default scanner, sorted by id. */
export declare function allRules(): readonly RuleDefinition[];
/** A rule of the default scanner by id. */
export declare function getRule(id: string): RuleDefinition | undefined;
