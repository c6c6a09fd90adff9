/**
 * Operand readers of the opcode table: each reads one opcode's argument from the stream, synchronously
 * when the bytes are buffered (the common case) and through a promise otherwise. Every length is
 * checked against the bytes left before anything is read; large payloads are skipped unread, keeping
 * only the prefix a later step needs (names, the head of an embedded pickle).
 */
import type { WalkState } from './state.ts';
import { type StrValue } from './values.ts';
export type OperandReader<T> = (st: WalkState) => T | Promise<T>;
/** A length-prefixed operand: where its bytes start, how many there are, and the prefix kept. */
export interface Counted {
    start: number;
    len: number;
    data: Buffer;
}
/** A protocol 0 argument line: the kept prefix (without the newline) and the full length. */
export interface Line {
    text: Buffer;
    length: number;
    start: number;
}
/** Bytes of a bytes operand kept to sniff an embedded pickle or archive (a tar header needs 262). */
export declare const EMBED_HEAD = 512;
export declare const noOperand: OperandReader<undefined>;
export declare const u1: OperandReader<number>;
export declare const u2: OperandReader<number>;
export declare const u4: OperandReader<number>;
export declare const i4: OperandReader<number>;
export declare const skip8: OperandReader<void | undefined>;
/** An `n`-byte length, checked against the bytes left (FRAME; the LONG1/LONG4 payload length). */
export declare function length(n: number, signed: boolean): OperandReader<number>;
/**
 * A length-prefixed body keeping at most `keep(st)` bytes. Synchronous when the prefix and the kept
 * bytes are buffered.
 */
export declare function counted(n: number, signed: boolean, keep: (st: WalkState) => number): OperandReader<Counted>;
/**
 * A length-prefixed text operand, decoded straight from the read buffer into the value the handler
 * pushes (no intermediate copy: vocabularies are millions of these). Where its bytes start is left in
 * `st.operandStart` for the embedded-content sniff.
 */
export declare function countedText(n: number, signed: boolean, encoding: 'latin1' | 'utf8'): OperandReader<StrValue>;
/** Kept prefix of a text operand: the string limit, or 256 bytes once the walk's text budget is spent. */
export declare const textKeep: (st: WalkState) => number;
/** Kept prefix of a bytes operand: only what the embedded-content sniff reads. */
export declare const bytesKeep: (st: WalkState) => number;
/** A protocol 0 argument of any length (names, strings, persistent ids); only a prefix is kept. */
export declare const line: OperandReader<Line>;
/**
 * A number line (INT, LONG, FLOAT, GET, PUT): kept whole up to 1 MiB and parsed exactly; past that the
 * tail is only checked to hold digits, underscores and trailing whitespace (CPython would accept a
 * well-formed number of that length, and no decision needs its value).
 */
export declare const numberLine: OperandReader<Line>;
