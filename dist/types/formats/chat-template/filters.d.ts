import type { Node, Run } from './run.ts';
import { type Scope, type Val } from './value.ts';
export interface Args {
    pos: Val[];
    kw: Map<string, Val>;
    /** A `*list` or `**dict` argument whose items are not known. */
    opaque?: boolean;
}
/** Evaluates call or filter arguments; those of `filter` that name attributes are names, not strings. */
export declare function evalArgs(run: Run, nodes: Node[], scope: Scope, filter?: string): Args;
export declare function applyFilter(run: Run, name: string, operand: Val, args: Args): Val;
/** What a str/dict method call gives on a value (`'.'.join(...)`, `x.strip()`, `d.items()`). */
export declare function methodResult(obj: Val, method: string, args: Args): Val;
/** What iterating a value yields. */
export declare function itemOf(v: Val): Val | undefined;
