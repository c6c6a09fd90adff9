import { type Args } from './filters.ts';
import { type Node, type Run } from './run.ts';
import { type CallerDef, type MacroDef, type Scope, type Val } from './value.ts';
/** Runs a statement list; returns what it writes (the value of a macro, block set or caller()). */
export declare function execBody(run: Run, list: Node[] | undefined, scope: Scope): Val;
/**
 * Evaluates a macro with argument values; memoized per argument signature, recursion and the run
 * cap give an unknown result instead of another evaluation.
 */
export declare function callMacro(run: Run, def: MacroDef, args: Args, scope: Scope, unknownArgs?: boolean, caller?: CallerDef): Val;
/** caller(...) inside a macro: the call block's body with its parameters bound. */
export declare function callCaller(run: Run, caller: CallerDef, args: Args): Val;
