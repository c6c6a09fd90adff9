/**
 * What the first byte of a source says about pickles, without loading the walker: the checks every
 * file pays for (the sniffer and the polyglot probe run for every file), kept apart from the reading
 * code so that a scan of files that cannot be pickles never loads it (see src/lazy.ts).
 */
/**
 * Every opcode byte of protocols 0-5 (CPython Lib/pickletools.py `opcodes`); pickle.load raises on
 * any other first byte before it runs anything. Tested equal to the walker's opcode table.
 */
export declare const PICKLE_OPCODE_BYTES: ReadonlySet<number>;
/**
 * Opcodes that can start a pickle: everything that pushes without needing the stack or memo
 * (protocol 0/1 have no header; a PROTO 0/1 header is not claimed by the magic sniffer either).
 */
export declare const FIRST_OPCODES: ReadonlySet<number>;
/** A head the structural sniffer must walk: a first opcode that pushes, and no PROTO above 5. */
export declare function mayStartPickle(head: Buffer): boolean;
