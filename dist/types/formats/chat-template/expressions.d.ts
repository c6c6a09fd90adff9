import { type Ctx, type Node, type Run } from './run.ts';
import { type Scope, type Val } from './value.ts';
export declare function evalExpr(run: Run, node: Node, scope: Scope, ctx?: Ctx): Val;
/** Reports a known string naming a Python internal (not in a lookup key: there it is an attribute name). */
export declare function dunderString(run: Run, s: string, what: string): void;
/** Reports every known string of a value built by an operation, when one names an internal. */
export declare function builtString(run: Run, v: Val, ctx: Ctx): Val;
/**
 * A name: a variable the template set, a literal (true/none), a Jinja global (a renderer object) or
 * render-time data. `use` says whether it is read as a value, called, or looked into.
 */
export declare function identifier(run: Run, name: string, scope: Scope, use: 'value' | 'callee' | 'object'): Val;
/** Evaluates the object of a lookup (a global is looked into, not used as a value). */
export declare function objectOf(run: Run, node: Node, scope: Scope, ctx: Ctx): Val;
/** The value of `obj.name`: namespace attributes, loop fields, folded dicts, data, renderer objects. */
export declare function readAttr(obj: Val, name: string, scope: Scope): Val;
/** What calling an opaque value gives: computed, still a renderer object when it was one. */
export declare function callResult(callee: Val): Val;
