import type { Scanner } from '../scanner.ts';
import { type IsDenied } from './denylist.ts';
import { type Policy, type PolicyError, type PolicyOrigin } from './types.ts';
/** Largest policy file read (a policy is a few KB). */
export declare const MAX_POLICY_BYTES: number;
export interface LoadOptions {
    origin?: PolicyOrigin;
    /** Folder that relative key/certificate paths are resolved against (default: the policy file's folder). */
    baseDir?: string;
    /** The pickle denylist (see denylist.ts; wired to the pickle module at merge time). */
    isDenied?: IsDenied;
    /** The scanner whose rule ids and file kinds the policy may name (default: defaultScanner()). */
    scanner?: Scanner;
    /** Every known rule id (default: the scanner's rules). */
    ruleIds?: readonly string[];
    /** Every known file kind (default: the scanner's kinds). */
    kinds?: readonly string[];
    /** Whether a signer's key or certificate file exists (default: a regular file on disk). */
    fileExists?: (path: string) => boolean;
}
export interface ParseResult {
    policy?: Policy;
    errors: PolicyError[];
}
type Segment = string | number;
export declare function formatKeyPath(segments: readonly Segment[]): string;
/** Why a glob is unusable, or undefined when it is fine. */
export declare function globProblem(glob: string): string | undefined;
/** Parses and validates policy text. Never throws for bad content: errors come back as a list. */
export declare function parsePolicy(text: string, source: string, options?: LoadOptions): ParseResult;
/** ` (did you mean "safetensors"?)` for a near miss (edit distance at most 2, or a prefix). */
export declare function didYouMean(word: string, known: Iterable<string>): string;
/** `file:line:column: key.path: message`, one per line. */
export declare function formatPolicyErrors(source: string, errors: readonly PolicyError[]): string;
/** Reads and validates a policy file; returns the errors instead of throwing for bad content. */
export declare function readPolicyFile(file: string, options?: LoadOptions): Promise<ParseResult>;
/**
 * Reads a policy file; throws a ModelvetError (USAGE, exit 2) when it is invalid: one line for one
 * error (`invalid policy p.yml:3:5: formats.allow[0]: ...`), a list for several.
 */
export declare function loadPolicy(file: string, options?: LoadOptions): Promise<Policy>;
export {};
