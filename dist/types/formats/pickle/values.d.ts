/**
 * The symbolic values the pickle walker keeps on its stack and memo, and the facts it records about
 * globals. Nothing here is ever executed: a `global` is a name, an `obj` is "the result of calling
 * (or instantiating) something".
 *
 * Everything a later step asks of a value is O(1): the global an object was made from and the depth of
 * a chain of calls are computed once, when the object is made, so a pickle that calls the result of the
 * previous call N times costs N steps, not N².
 */
/** A global the stream names: one per GLOBAL/INST/STACK_GLOBAL opcode. */
export interface GlobalSite {
    module: string;
    name: string;
    /** Absolute offset of the opcode. */
    offset: number;
    opcode: 'GLOBAL' | 'INST' | 'STACK_GLOBAL';
    /** The PROTO in effect when it was read: the unpickler maps Python 2 names only below 3. */
    protocol: number;
    /** Occurrences (every GLOBAL/STACK_GLOBAL/INST naming it under a protocol of the same side of 3). */
    count: number;
    /** Set when STACK_GLOBAL operands were not literal strings (computed, truncated). */
    unresolved?: string;
    /** How it was called, if it was (REDUCE, OBJ, INST, a forwarder, a use-time callable). */
    calledBy?: string;
    /**
     * Instantiations (NEWOBJ, NEWOBJ_EX, an instantiating forwarder) of this class not (yet) followed by
     * a BUILD. Counted up when made and down at the BUILD: what is left when the walk ends was
     * instantiated without state, which counts as called.
     */
    unbuilt?: number;
    /** The first way it was instantiated (NEWOBJ, REDUCE via copyreg._reconstructor...). */
    instantiatedBy?: string;
    /** Set when it was rebuilt from state (an instance of it got a BUILD): how it was made. */
    constructedBy?: string;
    /** How it was mutated, if it was (BUILD/SETITEM/APPEND on the global object itself). */
    mutatedBy?: string;
    /** Times this global's value was pushed (its opcode, memo gets, DUP): every use starts with one. */
    pushes?: number;
    /**
     * `builtins.getattr` only: the uses that rebuilt a bound method, getattr(<instance>, '<literal>'),
     * the way Python pickles `obj.method` (protocol 2+: `method.__reduce__`). When every push of the
     * global is such a use and nothing calls the result, the classes and names decide (findings.ts).
     */
    bound?: {
        uses: number;
        classes: GlobalSite[];
        attrs: string[];
    };
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
    count: number;
    calledBy?: string;
}
export interface ComputedCall {
    offset: number;
    opcode: string;
    /** What the callee is, e.g. `result of numpy.dtype` (bounded). */
    callee: string;
    /** Longest chain of calls between a callee and the named global it came from (1 for `f()()`). */
    depth: number;
    count: number;
}
export interface StrValue {
    t: 'str';
    /** The text (or, for bytes, empty): at most the walker's string limit, see `trunc`. */
    s: string;
    bytes: boolean;
    len: number;
    trunc: boolean;
}
export interface ObjValue {
    t: 'obj';
    callee: Value;
    args?: Value;
    state?: Value;
    via: string;
    /** What was put into it (SETITEM/APPEND on an OrderedDict or a list subclass). */
    items?: Value[];
    /** The named global at the root of the chain of calls that made it, if any. */
    root?: GlobalSite;
    /** Calls between this value and `root` (1 for `f()`). */
    depth: number;
    /** Classes a BUILD on this object rebuilds from state (NEWOBJ's class, a reconstructor's argument). */
    classes?: GlobalSite[];
    /** Set once a BUILD consumed `classes`. */
    built?: boolean;
    /** A bound method rebuilt by getattr(<instance>, '<literal>'): calling it calls the getattr global. */
    bound?: boolean;
}
export type Value = StrValue | {
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
} | ObjValue | {
    t: 'pers';
    pid: Value;
};
export type ListLike = Extract<Value, {
    items: Value[];
}>;
export type DictValue = Extract<Value, {
    t: 'dict';
}>;
export declare function intValue(n: number): Value;
export declare const NONE: Value;
export declare const FLOAT: Value;
export declare const TRUE: Value;
export declare const FALSE: Value;
export declare const BUFFER: Value;
export declare function strValue(s: string, bytes: boolean, len: number, trunc: boolean): StrValue;
/** The object a call (or an instantiation) makes; its root and depth come from the callee. */
export declare function objValue(callee: Value, via: string, args?: Value): ObjValue;
export declare function globalName(site: GlobalSite): string;
/** Describes a value in one short phrase (messages, computed-call evidence); O(1) and bounded. */
export declare function describe(v: Value | undefined): string;
/** The global a value was made from (the class of an instance, the function of a call), if any. */
export declare function rootGlobal(v: Value | undefined): GlobalSite | undefined;
/** The value stored under a string key in a dict value (a pickled `__dict__` or state dict). */
export declare function dictField(d: Value | undefined, key: string): Value | undefined;
/** Values a Python caller could invoke: everything else raises TypeError when called. */
export declare function mayBeCallable(v: Value): boolean;
