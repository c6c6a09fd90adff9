export declare const LFS_POINTER: import("../core/finding.ts").RuleDefinition;
export interface LfsPointer {
    oid: string;
    size: number;
    version: string;
}
/** Parses a pointer per the git-lfs spec; returns undefined when it is not a valid one. */
export declare function parseLfsPointer(text: string): LfsPointer | undefined;
