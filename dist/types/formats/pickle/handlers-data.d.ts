import { type Counted, type Line } from './operand-readers.ts';
import { type WalkState } from './state.ts';
import { type ListLike, type StrValue } from './values.ts';
export declare function int(st: WalkState, l: Line): void;
export declare function long(st: WalkState, l: Line): void;
export declare function float(st: WalkState, l: Line): void;
export declare const smallInt: (st: WalkState, n: number) => void;
/** LONG1/LONG4: the payload is decoded when short (the legacy PyTorch magic number), skipped otherwise. */
export declare function longBytes(st: WalkState, c: Counted): void;
export declare const longPayload: (st: WalkState) => number;
/** BINSTRING/SHORT_BINSTRING (latin1 text for us; raw bytes to a loader with encoding='bytes'/'latin1'). */
export declare function binString(st: WalkState, v: StrValue): void;
/** BINUNICODE/SHORT_BINUNICODE/BINUNICODE8: UTF-8 text. */
export declare function binUnicode(st: WalkState, v: StrValue): void;
/** BINBYTES/SHORT_BINBYTES/BINBYTES8/BYTEARRAY8: only the head is read (tensor and array data). */
export declare function binBytes(st: WalkState, c: Counted): void;
/** STRING: a Python repr on one line; a line longer than the string limit is kept as a truncated value. */
export declare function reprString(st: WalkState, l: Line): void;
/** UNICODE: raw-unicode-escape text on one line. */
export declare function rawUnicode(st: WalkState, l: Line): void;
export declare function collection(t: ListLike['t']): (st: WalkState) => void;
export declare function empty(t: ListLike['t'] | 'dict'): (st: WalkState) => void;
export declare function smallTuple(n: number): (st: WalkState) => void;
export declare function dict(st: WalkState): void;
export declare function append(st: WalkState): void;
export declare function appends(st: WalkState): void;
export declare function addSetItems(st: WalkState): void;
export declare function setItem(st: WalkState): void;
export declare function setItems(st: WalkState): void;
export declare function pop(st: WalkState): void;
export declare const dup: (st: WalkState) => void;
export declare function get(st: WalkState, l: Line): void;
export declare function put(st: WalkState, l: Line): void;
export declare const binGet: (st: WalkState, key: number) => void;
export declare const binPut: (st: WalkState, key: number) => void;
export declare const memoize: (st: WalkState) => void;
export declare function proto(st: WalkState, p: number): void;
export declare const none: (st: WalkState) => void;
export declare const newTrue: (st: WalkState) => void;
export declare const newFalse: (st: WalkState) => void;
export declare const binFloat: (st: WalkState) => void;
