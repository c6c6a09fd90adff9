/**
 * Containers modelvet cannot look into yet (rar; 7z is opened by ./sevenzip/analyze.ts, which reports
 * OPAQUE_ARCHIVE itself for 7z it cannot list or extract) and native executables. A gate that cannot
 * read something must not pass it: each is a finding, not a silent skip.
 */
import type { FileAnalyzer } from '../core/analyzer.ts';
export declare const OPAQUE_ARCHIVE: import("../core/finding.ts").RuleDefinition;
export declare const NATIVE_EXECUTABLE: import("../core/finding.ts").RuleDefinition;
export declare const OPAQUE_ARCHIVE_ANALYZER: FileAnalyzer;
export declare const NATIVE_EXECUTABLE_ANALYZER: FileAnalyzer;
