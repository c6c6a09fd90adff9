import { type Finding } from './finding.ts';
export declare const SYMLINK_ESCAPE: import("./finding.ts").RuleDefinition;
export declare const SPECIAL_FILE: import("./finding.ts").RuleDefinition;
export declare const UNREADABLE_PATH: import("./finding.ts").RuleDefinition;
export interface DiscoveredFile {
    /** Path relative to the target root, posix separators ('' never: a single-file target uses its base name). */
    rel: string;
    /** What reports show: the target as typed joined with `rel`. */
    display: string;
    /** Path to open (a link inside the root is opened through its real path). */
    fsPath: string;
    size: number;
    /** For a symlink: what it points at (readlink text). */
    symlinkTarget?: string;
}
export interface Target {
    /** The path as the user typed it (what reports show). */
    input: string;
    /** The same path, absolute (resolved against the working directory given to the walk), to open. */
    path: string;
    /** Absolute, real path of the root folder (the file's folder for a file target). */
    root: string;
    isDirectory: boolean;
    files: DiscoveredFile[];
    findings: Finding[];
    /** Folders left out of the walk on purpose (e.g. `.git`), relative to the root. */
    skipped: string[];
}
export interface DiscoverOptions {
    /** Folder names never descended (compared with each path component). Default: `.git`. */
    skipDirs?: readonly string[];
    /** Folder a relative `input` is relative to (default: the process's working directory). */
    cwd?: string;
}
/** Walks one target. Throws only when the target itself does not exist or cannot be read. */
export declare function discoverTarget(input: string, options?: DiscoverOptions): Promise<Target>;
