/**
 * pip requirements and constraints files: logical lines (backslash continuations), comments,
 * options (-r/-c includes, -e, index options, --hash, --require-hashes) and PEP 508 requirements,
 * parsed the way pip's req_file.py does, with every offset kept for the report.
 */
import type { Severity } from '../core/finding.ts';
import { type HitSink, type Include } from './hits.ts';
export type { Include } from './hits.ts';
import { type Requirement } from './pep508.ts';
export interface RequirementCheck {
    /** The requirement text as written (no options, no comment). */
    text: string;
    offset: number;
    /** --hash options accompany it (or hash-checking mode is on). */
    hashed: boolean;
    /** Report exact versions without --hash (pip files: yes; pyproject/constraints: no). */
    hashRule: boolean;
    /** Where it was found, for messages ("requirement", "build requirement", "pip install"). */
    where?: string;
    /** Severity for unpinned versions (lowered next to a lock file). */
    severity?: Severity;
    /** Added to evidence. */
    evidence?: Record<string, unknown>;
    /** Appended to the message (e.g. the lock file beside it). */
    note?: string;
}
/** Classifies one requirement and reports it; returns the parsed requirement (undefined if invalid). */
export declare function checkRequirement(sink: HitSink, c: RequirementCheck): Requirement | undefined;
export interface LogicalLine {
    text: string;
    /** Source offset of text[0]. */
    start: number;
    /** Lines joined from continuations: the source offset of every character (absent: start + index). */
    map?: number[];
}
/** Source offset of character `i` of a logical line (the last one for an index past the end). */
export declare function lineOffset(line: LogicalLine, i: number): number;
/**
 * Joins backslash continuations (not inside comment lines) as pip's join_lines does. A generator:
 * a script of a million short lines is read one line at a time, and only joined lines carry a map.
 */
export declare function iterLogicalLines(text: string): Generator<LogicalLine>;
/** Every logical line, as an array. */
export declare function logicalLines(text: string): LogicalLine[];
interface Token {
    text: string;
    start: number;
}
/** Options that take a value, by every spelling pip accepts. */
export declare const VALUE_OPTIONS: Record<string, string>;
export interface ParsedOption {
    name: string;
    value?: string;
    /** Offset (in the line) of the option token. */
    start: number;
    /** Offset of the value. */
    valueStart: number;
}
/** Parses option tokens (`--opt=value`, `--opt value`, `-rvalue`, `-r value`). */
export declare function parseOptions(toks: readonly Token[]): ParsedOption[];
export interface RequirementsOptions {
    /** A constraints file (-c target or constraints*.txt): no hash rule (pip takes no hashes there). */
    constraints?: boolean;
    /**
     * A pip-tools source (`requirements.in`) with the file compiled from it beside it: that file pins
     * exact versions (and hashes), as a lock file does for package.json, so ranges here are low and
     * exact versions need no hash.
     */
    compiledTo?: string;
}
/** Reports index options (shared with pip command lines). */
export declare function checkIndexOption(sink: HitSink, opt: ParsedOption, offsetOf: (i: number) => number): void;
/** Checks a requirements/constraints file; returns the files it includes. */
export declare function checkRequirementsText(text: string, sink: HitSink, opts?: RequirementsOptions): Include[];
