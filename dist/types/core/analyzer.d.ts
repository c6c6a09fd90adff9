import { type Finding, type ReportedFinding } from './finding.ts';
export type { ReportedFinding };
import type { ModelReference } from './model-source.ts';
import type { Scanner } from '../scanner.ts';
import { type Kind } from './sniff.ts';
import { type ByteSource } from './source.ts';
import type { DiscoveredFile } from './walk.ts';
export interface ScanLimits {
    /** Archive nesting depth (a file on disk is depth 0). */
    maxDepth: number;
    /** Total bytes all decompressions of one file on disk may produce. */
    maxExpandedBytes: number;
    /** Largest single decompressed member kept in memory. */
    maxMemberBytes: number;
    /** Expanded / compressed size above which a member is a bomb. */
    maxRatio: number;
    /** Members per archive. */
    maxMembers: number;
}
export declare const DEFAULT_LIMITS: ScanLimits;
/** Options analyzers may read (filled from the policy by the caller). */
export interface AnalyzerOptions {
    /** Extra exact `module.name` pickle globals to treat as allowed. */
    pickleAllow?: readonly string[];
}
export interface AnalyzerContext {
    source: ByteSource;
    kind: Kind;
    /** Base name of the file or member. */
    name: string;
    /** First bytes of the source (up to SNIFF_HEAD). */
    head: Buffer;
    /** 0 for a file on disk, +1 per archive level. */
    depth: number;
    limits: ScanLimits;
    options: AnalyzerOptions;
    /** Expansion budget shared by every member of the file on disk. */
    budget: ExpansionBudget;
    report(f: ReportedFinding): void;
    /** Sniffs and analyzes a member (at depth + 1). Reports depth-limit findings itself. */
    scanMember(member: ByteSource, name: string): Promise<void>;
    /** Every kind seen so far in this file on disk and its members (policy format rules use it). */
    kinds: Set<Kind>;
    /**
     * Shared by the analyzers of this one source, so a structure several of them need (a zip's
     * directory, read by the zip and the Keras analyzers) is parsed once. Keys are namespaced by module.
     */
    memo: Map<string, unknown>;
    /** A model the content names (pinned or not), for the policy's `sources`. */
    reference?(r: ModelReference): void;
}
export interface FileAnalyzer {
    id: string;
    /** Kinds the analyzer is run for. */
    kinds: readonly Kind[];
    /**
     * Kinds this analyzer reads in full: the containers it lists, the streams it decodes, the format
     * it parses. The fail-closed guard asks for one of these, not for any analyzer of the scanner: an
     * analyzer that runs over content of many kinds looking for something else (a polyglot probe, a
     * config that may be inside) claims nothing, so adding it to a scanner can never turn content
     * nobody can read into a pass.
     */
    claims?: readonly Kind[];
    analyze(ctx: AnalyzerContext): Promise<void>;
}
export interface TreeContext {
    /** Absolute root of the target folder. */
    root: string;
    /** The target as typed (for display paths). */
    display: string;
    files: readonly DiscoveredFile[];
    options: AnalyzerOptions;
    report(f: Finding): void;
    /** A model a file names (pinned or not), for the policy's `sources`. */
    reference?(r: ModelReference): void;
    /** Reads a discovered file as text (bounded); from memory when the scan kept its bytes. */
    readText(file: DiscoveredFile, limit?: number): Promise<string>;
    /** The first `n` bytes of a discovered file; from memory when the scan kept its bytes. */
    readHead(file: DiscoveredFile, n: number): Promise<Buffer>;
    /**
     * Random access to a discovered file that is not on disk (a remote source's range reads). Absent
     * for a folder on disk, where `file.fsPath` opens it.
     */
    openSource?(file: DiscoveredFile): ByteSource;
}
export interface TreeAnalyzer {
    id: string;
    /** Also run for a target that is a single file (ctx.files holds just that file). Default: folders only. */
    singleFiles?: boolean;
    analyze(ctx: TreeContext): Promise<void>;
}
/** In `FileAnalyzer.kinds`: run for content of every kind (polyglot probes). */
export declare const EVERY_KIND: Kind;
/** The analyzers of `analyzers` that run for `kind`, in their order. */
export declare function analyzersFor(analyzers: readonly FileAnalyzer[], kind: Kind): FileAnalyzer[];
/** True when one of `analyzers` reads `kind` in full (see FileAnalyzer.claims). */
export declare function kindIsClaimed(analyzers: readonly FileAnalyzer[], kind: Kind): boolean;
/**
 * Kinds a loader could execute code from or that hide other files. When no analyzer claims one of
 * them the scan fails closed with `scan/unsupported-format` instead of passing it.
 */
export declare const CODE_BEARING_KINDS: ReadonlySet<Kind>;
export declare const UNSUPPORTED_FORMAT: import("./finding.ts").RuleDefinition;
export declare const ANALYZER_ERROR: import("./finding.ts").RuleDefinition;
export declare const DEPTH_LIMIT: import("./finding.ts").RuleDefinition;
export declare const WORK_LIMIT: import("./finding.ts").RuleDefinition;
/**
 * The work one file on disk may cause: bytes produced by decompression (and bytes re-read by
 * members that overlap others), and members dispatched at any nesting depth. Shared by every
 * member of the file, so nesting and overlap cannot multiply it.
 */
export declare class ExpansionBudget {
    used: number;
    readonly limit: number;
    members: number;
    readonly memberLimit: number;
    /** Set once the member budget ran out and that was reported. */
    memberLimitReported: boolean;
    constructor(limit: number, memberLimit?: number);
    /** Returns false (and records nothing) when taking `n` more bytes would pass the limit. */
    take(n: number): boolean;
    /** Takes what is left of the byte budget, up to `n` (a stream that was cut still cost its bytes). */
    charge(n: number): void;
    /** Counts one more dispatched member; false once the member budget is spent. */
    takeMember(): boolean;
}
export interface AnalyzeResult {
    kind: Kind;
    /** Kinds of every nested member (not the file itself), sorted. */
    memberKinds: Kind[];
    findings: Finding[];
    /** Models named by members (archive members' code and configs). */
    references: ModelReference[];
}
/** Sniffs `source` with the scanner's sniffers and runs its analyzers for the kind; never throws for content problems. */
export declare function analyzeSource(source: ByteSource, name: string, opts: {
    scanner: Scanner;
    limits?: ScanLimits;
    options?: AnalyzerOptions;
    depth?: number;
    budget?: ExpansionBudget;
}): Promise<AnalyzeResult>;
/**
 * Findings of one rule listed per file on disk (members included); past it the rest are counted into
 * one finding of the same rule at the highest severity among them, so the verdict is what it would
 * have been. A recovered zip of 4,102 broken local entries gave 12,303 findings, a 16 MB SARIF file
 * and 288 MiB to write it; no real model has this many of one rule in one file.
 */
export declare const MAX_FINDINGS_PER_RULE = 200;
/**
 * Bytes appended after the last tensor of a weights file are content of their own (a pickle tacked
 * onto the weights makes a polyglot): sniff and scan them like an archive member named `file@offset`.
 */
export declare function scanTrailingBytes(ctx: AnalyzerContext, start: number): Promise<void>;
