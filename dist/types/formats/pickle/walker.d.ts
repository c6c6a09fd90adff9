/**
 * Pickle opcode walker (protocols 0-5). It never executes anything: it replays the unpickler's stack
 * machine on symbolic values so that every GLOBAL, INST and STACK_GLOBAL resolves to `module.name`
 * (operands from any string opcode or memo slot), and REDUCE/OBJ/NEWOBJ/NEWOBJ_EX/INST/BUILD record
 * which of them are *called*. Semantics follow CPython's Lib/pickle.py `_Unpickler`.
 *
 * Why our own walker: a parser that throws on the first odd byte would drop what it saw before the
 * error (the nullifAI bypass) and cannot report memo tricks; this one keeps every site it resolved and
 * returns the parse error as data.
 *
 * Everything is bounded: opcodes per stream, stack depth, memo entries, retained collection items,
 * kept string bytes; every length is checked against the bytes left before anything is read.
 */
import type { PickleReader } from './reader.ts';
export interface WalkLimits {
    maxOpcodes: number;
    maxStack: number;
    maxMemo: number;
    /** Collection items kept for inspection across one stream (the rest is counted, not kept). */
    maxRetained: number;
    /** String bytes kept per string (longer strings are skipped; as a global name they are unresolvable). */
    maxString: number;
}
export declare const DEFAULT_WALK_LIMITS: WalkLimits;
/** A global the stream names: one per GLOBAL/INST/STACK_GLOBAL opcode. */
export interface GlobalSite {
    module: string;
    name: string;
    /** Absolute offset of the opcode. */
    offset: number;
    opcode: 'GLOBAL' | 'INST' | 'STACK_GLOBAL';
    /** Set when STACK_GLOBAL operands were not literal strings (computed, truncated). */
    unresolved?: string;
    /** How it was called, if it was (REDUCE, OBJ, NEWOBJ, NEWOBJ_EX, INST). */
    calledBy?: string;
    /** How it was mutated, if it was (BUILD/SETITEM/APPEND on the global object itself). */
    mutatedBy?: string;
    /**
     * Found by walking bytes a format's loader reads as raw data (joblib array bytes) but that
     * `pickle.load` would run as opcodes; only reported when dangerous.
     */
    shadow?: boolean;
}
export interface ExtSite {
    code: number;
    offset: number;
    opcode: string;
    calledBy?: string;
}
export interface ComputedCall {
    offset: number;
    opcode: string;
    /** What the callee is, e.g. `result of numpy.dtype`. */
    callee: string;
}
export type Value = {
    t: 'str';
    s: string;
    bytes: boolean;
    len: number;
    trunc: boolean;
} | {
    t: 'int';
    v: bigint;
} | {
    t: 'float' | 'none' | 'buffer';
} | {
    t: 'bool';
    v: boolean;
} | {
    t: 'tuple' | 'list' | 'set' | 'frozenset';
    items: Value[];
    dropped: number;
} | {
    t: 'dict';
    items: [Value, Value][];
    dropped: number;
} | {
    t: 'global';
    site: GlobalSite;
} | {
    t: 'ext';
    site: ExtSite;
} | {
    t: 'obj';
    callee: Value;
    args?: Value;
    state?: Value;
    via: string;
    items?: Value[];
} | {
    t: 'pers';
    pid: Value;
};
export interface WalkResult {
    start: number;
    /** Offset just after STOP (or where the error was found). */
    end: number;
    /** Highest PROTO seen (0 when none). */
    protocol: number;
    globals: GlobalSite[];
    exts: ExtSite[];
    computedCalls: ComputedCall[];
    persistentIds: number;
    /** The first persistent ids (legacy PyTorch storage descriptors), up to 100,000. */
    persistent: Value[];
    opcodes: number;
    /** The value STOP returned. */
    value?: Value;
    /** Why the stream could not be walked to STOP (everything above it is still valid). */
    error?: {
        message: string;
        offset: number;
        limit?: string;
    };
}
/**
 * Called after every BUILD with the object on top of the stack. Lets a format (joblib) consume bytes
 * its unpickler reads from the stream at that point. Throw a PickleError to stop the walk.
 */
export type AfterBuild = (top: Value, reader: PickleReader, result: WalkResult) => Promise<void>;
export declare class PickleError extends Error {
    readonly offset: number;
    readonly limit?: string;
    constructor(message: string, offset: number, limit?: string);
}
/** Opcode names by byte, for messages (pickletools names). */
export declare const OPCODE_NAMES: Record<number, string>;
/** Describes a value in one short phrase (messages, computed-call evidence). */
export declare function describe(v: Value | undefined): string;
/** The global a value was made from (the class of an instance, the function of a call), if any. */
export declare function rootGlobal(v: Value | undefined): GlobalSite | undefined;
/** Walks one pickle stream starting at `reader.pos`, up to and including its STOP. */
export declare function walkPickle(reader: PickleReader, limits?: WalkLimits, afterBuild?: AfterBuild): Promise<WalkResult>;
