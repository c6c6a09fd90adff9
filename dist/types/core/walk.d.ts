import { type Finding } from './finding.ts';
import { type FsPath } from './paths.ts';
export declare const SYMLINK_ESCAPE: import("./finding.ts").RuleDefinition;
export declare const SYMLINK_LOOP: import("./finding.ts").RuleDefinition;
export declare const LINK_LIMIT: import("./finding.ts").RuleDefinition;
export declare const SUSPICIOUS_NAME: import("./finding.ts").RuleDefinition;
export declare const SPECIAL_FILE: import("./finding.ts").RuleDefinition;
export declare const UNREADABLE_PATH: import("./finding.ts").RuleDefinition;
/** What a content-addressed store says about a file (filled by the store readers in src/verify/). */
export interface StoreBlob {
    store: 'hf-cache' | 'ollama';
    /** Absolute path of the store: the `models--org--name` folder, or the Ollama models folder. */
    root: string;
    /** The digest the blob's name promises. */
    algorithm: 'sha256' | 'git-sha1';
    digest: string;
    /** What users call it: its path in the snapshot (`model.safetensors`), or `library/llama3:8b`. */
    label: string;
    /** The path findings about its content are reported at (the display path, or the store's name for it). */
    display: string;
}
export interface DiscoveredFile {
    /**
     * Path relative to the target root, posix separators, as Python's `os.fsdecode` reads the name
     * bytes (undecodable bytes as lone surrogates): unique, and what a Python loader matches. A
     * single-file target uses its base name.
     */
    rel: string;
    /** The exact bytes of `rel`. */
    relBytes: Buffer;
    /** What reports show: the target as typed joined with `rel` (raw text: every reporter escapes it). */
    display: string;
    /** Path to open, by its exact bytes (a link inside the root is opened through its real path). */
    fsPath: FsPath;
    size: number;
    /** File mode bits (permissions: a script marked executable). */
    mode: number;
    /** For a symlink: what it points at (readlink text, decoded as os.fsdecode does). */
    symlinkTarget?: string;
    /** For a file reached through a link to a folder: that link's display path. */
    viaLink?: string;
    /** Set when the file is a blob of a Hugging Face cache or Ollama store. */
    store?: StoreBlob;
}
export interface Target {
    /** The path as the user typed it (what reports show). */
    input: string;
    /** The same path, absolute (resolved against the working directory given to the walk), to open. */
    path: string;
    /** Absolute, real path of the root folder (the file's folder for a file target). */
    root: string;
    /** Links may resolve anywhere inside this folder: the root, or the store that holds it. */
    linkRoot: string;
    isDirectory: boolean;
    files: DiscoveredFile[];
    findings: Finding[];
    /** Folders left out of the walk on purpose (e.g. `.git`), relative to the root, for display. */
    skipped: string[];
}
export interface DiscoverOptions {
    /** Folder names never descended (compared with each path component). Default: `.git`. */
    skipDirs?: readonly string[];
    /** Folder a relative `input` is relative to (default: the process's working directory). */
    cwd?: string;
    /**
     * A folder holding the target inside which links may resolve (default: the target itself): the
     * Hugging Face cache repository around a snapshot folder, whose links point at ../../blobs/.
     */
    linkRoot?: string;
}
/** Paths through links to one folder walked before the rest is reported (LINK_LIMIT). */
export declare const MAX_LINKED_VISITS = 8;
/** How reports show a target's root: as typed, posix separators, no trailing slash. */
export declare const displayBaseOf: (input: string) => string;
/** Walks one target. Throws only when the target itself does not exist or cannot be read. */
export declare function discoverTarget(input: string, options?: DiscoverOptions): Promise<Target>;
