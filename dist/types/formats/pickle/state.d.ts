/**
 * The walker's machine state: stack, metastack (MARKs), memo, the shared budgets and the facts found so
 * far. Opcode handlers (handlers-*.ts) get this object and nothing else; the loop lives in walker.ts.
 *
 * Limits never change a verdict silently: every limit reached is recorded (`limitsHit`, or the error
 * with code `limit`), and items dropped past the retained-items budget have the globals inside them
 * marked as called, so that a later forwarder or state lookup cannot see less than it would have.
 */
import type { PickleErrorCode } from './errors.ts';
import type { PickleReader } from './reader.ts';
import { type ComputedCall, type ExtSite, type GlobalSite, type Value } from './values.ts';
export interface WalkLimits {
    maxOpcodes: number;
    maxStack: number;
    maxMemo: number;
    /** Collection items kept for inspection across one walk (the rest is counted, not kept). */
    maxRetained: number;
    /** String bytes kept per string (longer strings are kept truncated; as a global name they are unresolvable). */
    maxString: number;
    /** Embedded pickles/archives recorded for a nested scan (default 10,000). */
    maxEmbedded?: number;
}
export declare const DEFAULT_WALK_LIMITS: WalkLimits;
export interface WalkError {
    message: string;
    offset: number;
    limit?: string;
    code: PickleErrorCode;
}
/** A limit reached without stopping the walk (the retained-items budget, the embedded-sources cap). */
export interface LimitHit {
    limit: string;
    message: string;
    offset: number;
}
/** A bytes/str operand that starts like a pickle or an archive: scanned as a nested source. */
export interface Embedded {
    /** Offset of the opcode. */
    offset: number;
    opcode: string;
    /** Where the operand's bytes are in the source, and how the loader turns them into bytes. */
    start: number;
    length: number;
    encoding: 'raw' | 'utf8' | 'repr' | 'raw-unicode-escape';
    kind: 'pickle' | 'container';
}
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
    error?: WalkError;
    limitsHit: LimitHit[];
    embedded: Embedded[];
}
/**
 * Called after every BUILD with the object on top of the stack. Lets a format (joblib) consume bytes
 * its unpickler reads from the stream at that point; `walkNested` walks one complete plain pickle there
 * (what `pickle.load(file)` would read) into the same result and budgets. Throw a PickleError to stop.
 */
export type AfterBuild = (top: Value, reader: PickleReader, result: WalkResult, walkNested: (reader: PickleReader) => Promise<void>) => Promise<void>;
export interface WalkHooks {
    afterBuild?: AfterBuild;
    /** Allowed callables that call or instantiate their arguments (see forwarders.ts). */
    forwarders?: ReadonlyMap<string, readonly number[]>;
    /** Classes whose instances call what these state keys hold when used (see use-time.ts). */
    useTime?: ReadonlyMap<string, readonly (readonly [string, number])[]>;
    /** Record bytes/str operands that hold a pickle or an archive (for a nested scan). */
    embedded?: boolean;
    /**
     * What the loader's `persistent_load` returns for a persistent id, when it returns one of the
     * pickle's own values (legacy torch.load returns the class of a ('module', <class>, ...) id).
     * Undefined: an opaque persistent object. 'none': the loader has no persistent_load (pickle.load,
     * joblib.load, numpy.load), so a persistent id raises UnpicklingError there.
     */
    persistentLoad?: ((pid: Value) => Value | undefined) | 'none';
}
/** Budgets and indexes shared by a walk and the nested walks it starts (joblib object arrays). */
export interface Budget {
    opcodes: number;
    retained: number;
    /** Text bytes kept per walk: past it only short prefixes (enough for names) are kept. */
    text: number;
    retainedHit: boolean;
    embeddedHit: boolean;
    /** One site per distinct global (a name used a million times is one site with a count). */
    sites: Map<string, GlobalSite>;
    extSites: Map<string, ExtSite>;
    computed: Map<string, ComputedCall>;
}
export declare function newBudget(): Budget;
export declare class WalkState {
    readonly reader: PickleReader;
    readonly limits: WalkLimits;
    readonly result: WalkResult;
    readonly hooks: WalkHooks;
    readonly budget: Budget;
    stack: Value[];
    readonly metastack: Value[][];
    /** Offset and name of the opcode being run, and where its length-prefixed operand's bytes start. */
    at: number;
    opName: string;
    operandStart: number;
    /** The PROTO in effect (the unpickler keeps the last one, not the highest). */
    proto: number;
    /** Set by `fail`: the walk stops after the opcode that set it. */
    error: WalkError | undefined;
    /** Set by STOP. */
    stopped: boolean;
    /** Walks one nested plain pickle at the reader's position into the same result (set by the walker). */
    walkNested: (reader: PickleReader) => Promise<void>;
    private readonly memoSmall;
    private readonly memoLarge;
    private memoCount;
    private dropped;
    constructor(reader: PickleReader, limits: WalkLimits, result: WalkResult, hooks: WalkHooks, budget: Budget);
    /**
     * Records why the walk stops (the first error wins) and returns undefined: handlers `return st.fail(..)`
     * and the loop stops after the handler. No exception is thrown on this path: text files the sniffer
     * tries are rejected without one.
     */
    fail(message: string, limit?: string, code?: PickleErrorCode): undefined;
    truncated(message: string): undefined;
    push(v: Value): void;
    /** The popped value, or NONE after recording an underflow (the loop stops after this opcode). */
    pop(): Value;
    top(): Value;
    mark(): void;
    popMark(): Value[];
    /**
     * Keeps items of a collection within the retained budget; returns how many were dropped. Globals in
     * dropped items count as called (a later use could no longer be seen), and the first drop is a limit hit.
     */
    keep<T extends Value | [Value, Value]>(items: readonly T[], into: T[]): number;
    private drop;
    noteLimit(limit: string, message: string): void;
    /** Marks every global reachable from `v` (itself, container items, an object's args and items) as called. */
    markCalled(v: Value, how: string): void;
    memoPut(key: number | bigint, v: Value): void;
    private countMemo;
    /** MEMOIZE stores at len(memo), the number of entries (not the highest key). */
    memoize(v: Value): void;
    memoGet(key: number | bigint): Value;
    /** The site of a global (shared by every occurrence of the same name under the same protocol). */
    newGlobal(module: string, name: string, opcode: GlobalSite['opcode'], unresolved?: string): GlobalSite;
    /**
     * A call of something that is not a named global. Calls of the same kind (the result of the same
     * global, a persistent id...) collapse into one entry with a count and the deepest chain seen.
     */
    computedCall(opcode: string, callee: Value): void;
    newExt(code: number): ExtSite;
}
/** A memo key from a number or a text operand (huge keys stay bigints; the memo is a dict). */
export declare function memoKey(v: bigint): number | bigint;
