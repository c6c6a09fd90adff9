/**
 * What a bytes/str operand's first bytes look like: a pickle, an archive or compressed stream, or
 * nothing. The walker asks this of every operand long enough to hold one (handlers-data.ts); the
 * scanner confirms and scans what it records (embedded.ts).
 */
import type { Embedded } from './state.ts';
/**
 * True when an operand of this length starting with this byte (or latin-1 character code) could hold a
 * pickle or an archive: the cheap test the walker runs before building a head for `embeddedKind`.
 */
export declare function mayEmbed(first: number, length: number): boolean;
/**
 * What an operand's head looks like: a pickle (PROTO 0-5, or a protocol 0/1 start with the newline or
 * binary bytes every importing opcode needs), an archive or compressed stream, or nothing.
 */
export declare function embeddedKind(head: Buffer, length: number): Embedded['kind'] | null;
