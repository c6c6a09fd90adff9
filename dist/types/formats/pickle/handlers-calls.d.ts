import type { Line } from './operand-readers.ts';
import type { WalkState } from './state.ts';
export declare function global(st: WalkState, lines: [Line, Line]): void;
export declare function stackGlobal(st: WalkState): void;
export declare function inst(st: WalkState, lines: [Line, Line]): void;
export declare function reduce(st: WalkState): void;
export declare function objOp(st: WalkState): void;
/** NEWOBJ (`cls.__new__(cls, *args)`) and NEWOBJ_EX (with kwargs). */
export declare function newObj(opcode: 'NEWOBJ' | 'NEWOBJ_EX'): (st: WalkState) => void;
/**
 * BUILD runs `type(obj).__setstate__(state)` or updates `obj.__dict__`: the classes the object was
 * instantiated from are rebuilt from state. Globals inside the state are data (referenced), except
 * under keys the class calls when it is used (use-time.ts).
 */
export declare function build(st: WalkState): void | Promise<void>;
export declare function ext(st: WalkState, code: number): void;
export declare function persId(st: WalkState, l: Line): void;
export declare function binPersId(st: WalkState): void;
export declare const nextBuffer: (st: WalkState) => void;
export declare const readonlyBuffer: (st: WalkState) => void;
export declare function stop(st: WalkState): void;
