/**
 * What a bytes/str operand's first bytes look like: a pickle, an archive or compressed stream, or
 * nothing. The walker asks this of every operand long enough to hold one (handlers-data.ts); the
 * scanner confirms and scans what it records (embedded.ts).
 */
import type { Embedded } from './state.ts';

/**
 * Container and compressor prefixes the loaders recognise (joblib picks its decompressor by prefix
 * alone: zlib 0x78, gzip, bz2, xz, lzma-alone `5d 00`, lz4; numpy.load and torch.load take zips and
 * `.npy`). A false match only costs a confirmation (embedded.ts).
 */
const MAGICS = [
  'PK\x03\x04',
  'PK\x05\x06',
  '\x1f\x8b',
  'BZh',
  '\xfd7zXZ\x00',
  '\x28\xb5\x2f\xfd',
  '\x04\x22\x4d\x18',
  '7z\xbc\xaf\x27\x1c',
  'Rar!',
  '\x93NUMPY',
  '\x89HDF\r\n\x1a\n',
  ']\x00\x00',
  'ZF0x',
].map((m) => Buffer.from(m, 'latin1'));

/** Bytes that can start a pickle (pushing opcodes; PROTO for protocol 2+). */
const PICKLE_START = [...'(NIJKLFGSTUVXBC]})ciP']
  .map((c) => c.charCodeAt(0))
  .concat([0x80, 0x8c, 0x8d, 0x8e, 0x95, 0x96]);

/** Magics by their first byte, and which first bytes are worth a look at all (a cache of constants). */
const MAGICS_BY_FIRST: (Buffer[] | undefined)[] = new Array(256);
const CANDIDATE_FIRST = new Uint8Array(256);
for (const m of MAGICS) {
  const list = MAGICS_BY_FIRST[m[0]!] ?? [];
  list.push(m);
  MAGICS_BY_FIRST[m[0]!] = list;
  CANDIDATE_FIRST[m[0]!] = 1;
}
for (const b of [...PICKLE_START, 0x78]) CANDIDATE_FIRST[b] = 1;
const USTAR = Buffer.from('ustar', 'latin1');

/**
 * True when an operand of this length starting with this byte (or latin-1 character code) could hold a
 * pickle or an archive: the cheap test the walker runs before building a head for `embeddedKind`.
 */
export function mayEmbed(first: number, length: number): boolean {
  return length >= 512 || (first < 256 && CANDIDATE_FIRST[first] === 1);
}

function startsWith(head: Buffer, magic: Buffer, at = 0): boolean {
  if (head.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[at + i] !== magic[i]) return false;
  return true;
}

/**
 * What an operand's head looks like: a pickle (PROTO 0-5, or a protocol 0/1 start with the newline or
 * binary bytes every importing opcode needs), an archive or compressed stream, or nothing.
 */
export function embeddedKind(head: Buffer, length: number): Embedded['kind'] | null {
  const b0 = head[0];
  if (b0 === undefined) return null;
  if (MAGICS_BY_FIRST[b0]?.some((m) => startsWith(head, m))) return 'container';
  // zlib: CM 8, window <= 32K, header checksum (joblib's compress=True).
  if (b0 === 0x78 && head.length > 1 && (b0 * 256 + head[1]!) % 31 === 0) return 'container';
  if (length >= 512 && startsWith(head, USTAR, 257)) return 'container';
  if (b0 === 0x80) return (head[1] ?? 9) <= 5 ? 'pickle' : null;
  if (!PICKLE_START.includes(b0)) return null;
  // GLOBAL/INST need a newline, STACK_GLOBAL/REDUCE and friends are binary: plain words have neither.
  for (const c of head) if (c < 0x20 || c >= 0x7f) return 'pickle';
  return null;
}
