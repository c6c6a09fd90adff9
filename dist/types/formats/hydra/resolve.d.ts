import { type Element, type Interpolation } from './grammar.ts';
import { BaseError } from '../../core/errors.ts';
export type Scalar = string | number | boolean | null;
export interface MapNode {
    kind: 'map';
    entries: Map<string, CNode>;
    parent?: Container | undefined;
}
export interface ListNode {
    kind: 'list';
    items: CNode[];
    parent?: Container | undefined;
}
export interface ScalarNode {
    kind: 'scalar';
    value: Scalar;
    parent?: Container | undefined;
    /** Set on values built from an interpolation result that could not be known. */
    unresolved?: Extract<Value, {
        t: 'unknown';
    }>;
}
export type Container = MapNode | ListNode;
export type CNode = Container | ScalarNode;
/** Why a value cannot be known from the file alone. */
export interface Unresolved {
    kind: 'env' | 'resolver' | 'missing' | 'syntax' | 'cycle' | 'limit' | 'container';
    /** Variable, resolver or key name. */
    name: string;
}
export type Value = {
    t: 'scalar';
    v: Scalar;
} | {
    t: 'node';
    n: CNode;
} | {
    t: 'unknown';
    why: Unresolved[];
    prefix: string;
    candidates: string[];
};
/** Limits that keep resolution linear in practice: a hostile file of chained interpolations stops here. */
export declare const RESOLVE_LIMITS: {
    steps: number;
    depth: number;
    length: number;
};
/** Resolvers registered by OmegaConf and Hydra whose result depends on the machine (not reported). */
declare const MACHINE_RESOLVERS: Set<string>;
export declare class Budget {
    steps: number;
    check(depth: number): void;
}
/** A resolution past its step or depth limit, or a tree with more values than we build. */
export declare class HydraLimitError extends BaseError<'RESOLVE_LIMIT' | 'TOO_MANY_VALUES'> {
    constructor(code: 'RESOLVE_LIMIT' | 'TOO_MANY_VALUES', message: string);
}
/** Builds the config tree from a parsed YAML/JSON value (iterative; bounded by `maxNodes`). */
export declare function buildTree(root: unknown, maxNodes?: number): CNode;
/** Python's str() of a resolved scalar (what string interpolation concatenates). */
export declare function pyStr(v: Scalar): string;
export declare class Resolver {
    readonly budget: Budget;
    private readonly active;
    /** Resolved values by node (resolution is a pure function of the tree), and parse trees by text. */
    private readonly done;
    private readonly parsed;
    readonly root: CNode;
    constructor(root: CNode);
    /** The value a scalar node has when OmegaConf reads it (interpolations resolved). */
    valueOf(node: CNode, depth?: number): Value;
    private parse;
    /** Evaluates a syntax tree element in the context of `parent` (the container of the value). */
    element(e: Element, parent: Container | undefined, depth: number): Value;
    private concat;
    /** A value as the string OmegaConf would splice into text. */
    asString(v: Value): {
        t: 'scalar';
        v: string;
    } | Extract<Value, {
        t: 'unknown';
    }>;
    private key;
    interpolation(i: Interpolation, parent: Container | undefined, depth: number): Value;
    /** `_select_impl`: walks keys, dereferencing interpolations met on the way. */
    select(start: CNode, keys: string[], depth: number): Value;
    private resolver;
    private callResolver;
    private createFromYaml;
    private dictView;
    /** A list or dict literal from the grammar, as config nodes (their strings still resolvable). */
    private structure;
    private literalNode;
}
/** omegaconf._utils.split_key: `a.b[c].d` → a, b, c, d. */
export declare function splitKey(key: string): string[];
/** Resolver names that evaluate code when a loader registers them (a common pattern: `eval`). */
export declare const CODE_RESOLVERS: Set<string>;
export { MACHINE_RESOLVERS };
