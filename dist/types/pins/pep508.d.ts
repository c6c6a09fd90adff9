export interface Specifier {
    op: string;
    version: string;
}
export interface Requirement {
    /** Project name, absent for a bare URL or path. */
    name?: string;
    extras: string[];
    specifiers: Specifier[];
    /** `name @ url` or a bare URL/path. */
    url?: string;
    /** Offset of the URL inside the parsed string. */
    urlOffset?: number;
    marker?: string;
}
export type Pinning = {
    kind: 'pinned';
    version: string;
    op: string;
} | {
    kind: 'unpinned';
    reason: string;
} | {
    kind: 'local';
} | {
    kind: 'vcs';
    pinned: boolean;
    ref?: string;
    reason: string;
} | {
    kind: 'url';
    hashed: boolean;
};
/** True when `s` is a URL or a local path rather than a project name. */
export declare function looksLikeUrlOrPath(s: string): boolean;
/** Parses one requirement (no pip options, no comment). Returns undefined when it is not valid. */
export declare function parseRequirement(input: string): Requirement | undefined;
/** Decides whether a version specifier list selects exactly one release. */
export declare function specifierPinning(specs: readonly Specifier[]): Pinning;
/** Classifies a URL or path requirement. `hashed` tells whether --hash options accompany it. */
export declare function urlPinning(url: string, hashed?: boolean): Pinning;
/** Pinning of a parsed requirement; `hashed` when --hash options accompany it. */
export declare function requirementPinning(req: Requirement, hashed?: boolean): Pinning;
