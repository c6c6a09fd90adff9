/**
 * Git LFS pointer files standing where content should be: the repository was cloned without
 * `git lfs pull`, so "model.safetensors" is a 130-byte text file. Loaders then fail in confusing
 * ways, or a fallback picks another file. The pointer still tells the expected digest and size.
 */
import type { FileAnalyzer } from '../core/analyzer.ts';
export declare const LFS_POINTER: import("../core/finding.ts").RuleDefinition;
export interface LfsPointer {
    oid: string;
    size: number;
    version: string;
}
/** Parses a pointer per the git-lfs spec; returns undefined when it is not a valid one. */
export declare function parseLfsPointer(text: string): LfsPointer | undefined;
export declare const LFS_POINTER_ANALYZER: FileAnalyzer;
