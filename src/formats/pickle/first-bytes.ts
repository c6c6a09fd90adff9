/**
 * What the first byte of a source says about pickles, without loading the walker: the checks every
 * file pays for (the sniffer and the polyglot probe run for every file), kept apart from the reading
 * code so that a scan of files that cannot be pickles never loads it (see src/lazy.ts).
 */

/**
 * Every opcode byte of protocols 0-5 (CPython Lib/pickletools.py `opcodes`); pickle.load raises on
 * any other first byte before it runs anything. Tested equal to the walker's opcode table.
 */
export const PICKLE_OPCODE_BYTES: ReadonlySet<number> = new Set(
  [...'().012BCFGIJKLMNPQRSTUVX]abcdeghijlopqrstu}']
    .map((c) => c.charCodeAt(0))
    .concat([0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e])
    .concat([0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98]),
);

/**
 * Opcodes that can start a pickle: everything that pushes without needing the stack or memo
 * (protocol 0/1 have no header; a PROTO 0/1 header is not claimed by the magic sniffer either).
 */
export const FIRST_OPCODES: ReadonlySet<number> = new Set(
  [...'(NIJKLFGSTUVXBC]})ciP']
    .map((c) => c.charCodeAt(0))
    .concat([0x80, 0x82, 0x83, 0x84, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x95, 0x96, 0x97]),
);

/** A head the structural sniffer must walk: a first opcode that pushes, and no PROTO above 5. */
export function mayStartPickle(head: Buffer): boolean {
  const first = head[0];
  if (first === undefined || !FIRST_OPCODES.has(first)) return false;
  return !(first === 0x80 && (head[1] ?? 9) > 5);
}
