/**
 * Abstract values of the template interpreter: what a template expression can be at render time.
 *
 * `known` holds every value decided statically (a literal, a folded name, each item of a literal
 * list a loop runs over, each branch of an if). `open` says whether other values are possible and
 * where they come from: `number` (never a string: indexes, lengths, comparisons), `input` (render-time
 * data the caller passes: messages, tools, documents, or its fields) or `computed` (a string the
 * template builds from parts that are not all known: the taint that makes a subscript an attribute
 * lookup nobody can read in the source).
 */
import { type Folded } from './fold.ts';
export type Openness = 'number' | 'input' | 'computed';
export interface MacroDef {
    name: string;
    node: any;
}
export interface CallerDef {
    body: any[];
    params: any[];
    scope: Scope;
}
export interface Val {
    /** Values known statically (complete when `open` is undefined). */
    known: readonly Folded[];
    open?: Openness;
    /** Reached through a subscript whose key is render-time data: an attribute chosen by data. */
    dyn?: boolean;
    /** A renderer object or function (loop, cycler, namespace, macro, a Jinja global), or read from one. */
    obj?: string;
    /** True for a Jinja global function itself (cycler, lipsum, range...), not a value it returned. */
    globalFn?: boolean;
    /** The namespace() object this is. */
    ns?: number;
    macro?: MacroDef;
    caller?: CallerDef;
    /** What iterating it yields, when `known` does not tell. */
    item?: Val;
    /** The attribute name this value was read by (`x.format`, `x|attr('popen')`): what calling it calls. */
    via?: string;
}
/**
 * Variables of one render scope (namespace attributes are stored as `#<id>.<attr>`). A branch, loop
 * body or macro runs in a child layer over its parent, so joining it back costs what it wrote, not
 * the size of the whole scope (a template of 10,000 sets and ifs stays linear).
 */
export declare class Scope {
    private readonly vars;
    private readonly parent;
    /** Names read anywhere in this scope tree while a loop body is checked for loop-carried values. */
    readonly reads: {
        names?: Set<string>;
    };
    constructor(parent?: Scope);
    get(name: string): Val | undefined;
    set(name: string, v: Val): void;
    child(): Scope;
    /** What this layer itself wrote. */
    writes(): ReadonlyMap<string, Val>;
    /** The visible variables whose names start with `prefix`, nearest layer first (not logged as reads). */
    visible(prefix: string): Map<string, Val>;
}
export declare const constant: (v: Folded) => Val;
export declare const NUMBER: Val;
export declare const INPUT: Val;
export declare const COMPUTED: Val;
/** A value that can be either `a` or `b` (branches, loop iterations, `or`, ternaries). */
export declare function join(a: Val, b: Val): Val;
export declare const joinAll: (vals: readonly Val[]) => Val;
/** The one known value when the value is fully decided, else undefined. */
export declare function single(v: Val): Folded | undefined;
/** True when two values describe the same set (for loop fixpoints). */
export declare function sameVal(a: Val | undefined, b: Val | undefined): boolean;
/**
 * Writes into `into` what either child layer wrote, joined with the other's view (a variable one
 * branch did not set keeps its earlier value as the other possibility).
 */
export declare function mergeLayers(into: Scope, a: Scope, b: Scope, skip?: ReadonlySet<string>): void;
