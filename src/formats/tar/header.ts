/**
 * Tar headers read the way CPython's tarfile reads them (Lib/tarfile.py: `TarInfo.frombuf`, `nti`,
 * `nts`, `_proc_member`, `_proc_gnulong`, `_proc_pax`, `_proc_builtin`, `_apply_pax_info`), which is
 * what torch.load's legacy tar path and every Python tool that unpacks a model use.
 *
 * Why our own: node-tar's PAX parser splits the records on newlines (its source says values holding
 * `\n` fail), while tarfile reads each record by its length prefix, so a path value with a newline in
 * it names the member one way for tarfile and another for node-tar. Numbers are `int(field, 8)` (with
 * Python's underscores, signs and `0o` prefixes) or base-256; names stop at the first NUL; a GNU long
 * name is read up to the first NUL of its whole 512-byte blocks, padding included; a ustar prefix is
 * joined with `/`; an extended header's records apply to the next member after it has been read
 * (so the outermost of stacked GNU/PAX headers wins), a global header's to every later member; only
 * regular files and unknown types have data (the size of a link or directory is ignored).
 *
 * Where another reader would see something else, the difference is recorded: a PAX record whose value
 * holds a newline (a line-by-line reader reads other records), a record tarfile refuses (tarfile then
 * stops reading the archive), a GNU long name whose declared length cuts it elsewhere.
 */
import type { ByteSource } from '../../core/source.ts';
import { memberName } from '../shared/member-name.ts';
import { pyInt } from '../py-int.ts';

export const BLOCK = 512;
/** Largest PAX or GNU long-name block read. */
const META_LIMIT = 1024 * 1024;

/** tarfile's type bytes, named as the rest of the scanner names them. */
const TYPE_NAMES: Record<string, string> = {
  '0': 'File',
  '\0': 'OldFile',
  '1': 'Link',
  '2': 'SymbolicLink',
  '3': 'CharacterDevice',
  '4': 'BlockDevice',
  '5': 'Directory',
  '6': 'FIFO',
  '7': 'ContiguousFile',
  L: 'NextFileHasLongPath',
  K: 'NextFileHasLongLinkpath',
  S: 'SparseFile',
  x: 'ExtendedHeader',
  g: 'GlobalExtendedHeader',
  X: 'OldExtendedHeader',
};
/** Types whose data tarfile skips: regular files and anything it does not know. */
const NO_DATA = new Set(['Link', 'SymbolicLink', 'CharacterDevice', 'BlockDevice', 'Directory', 'FIFO']);

export interface RawHeader {
  name: string;
  linkname: string;
  size: number;
  /** tarfile's type byte as a name (unknown bytes: `Unknown(c)`). */
  type: string;
  typeByte: string;
  checksumOk: boolean;
  /** A number field tarfile's `nti` refuses (InvalidHeaderError). */
  badNumber: boolean;
}

export function nts(buf: Uint8Array): string {
  const nul = buf.indexOf(0);
  return memberName(Buffer.from(nul >= 0 ? buf.subarray(0, nul) : buf), false);
}

/** tarfile's `nti`: base-256 when the first byte is 0x80 or 0xff, else `int(nts(field).strip() or '0', 8)`. */
export function nti(field: Uint8Array): number | undefined {
  if (field[0] === 0x80 || field[0] === 0xff) {
    let n = 0n;
    for (let i = 1; i < field.length; i++) n = (n << 8n) + BigInt(field[i]!);
    if (field[0] === 0xff) n = -(256n ** BigInt(field.length - 1) - n);
    return Number(n);
  }
  const nul = field.indexOf(0);
  const bytes = nul >= 0 ? field.subarray(0, nul) : field;
  if (bytes.some((b) => b > 0x7f)) return undefined; // nts(..., "ascii", "strict") raises
  const text = Buffer.from(bytes).toString('latin1');
  const v = pyInt(text.trim() === '' ? '0' : text, 8);
  return v === undefined ? undefined : Number(v);
}

/** tarfile's checksum rule: 256 + the sum of every byte but the checksum field, unsigned or signed. */
function checksumOk(block: Uint8Array, want: number | undefined): boolean {
  let unsigned = 256;
  let signed = 256;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    const b = block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}

/** The number fields frombuf reads (mode, uid, gid, size, mtime, chksum, devmajor, devminor). */
const NUMBER_FIELDS: readonly [number, number][] = [
  [100, 8],
  [108, 8],
  [116, 8],
  [124, 12],
  [136, 12],
  [148, 8],
  [329, 8],
  [337, 8],
];

/** `TarInfo.frombuf` for one 512-byte block. */
export function parseHeader(block: Uint8Array): RawHeader {
  const chksum = nti(block.subarray(148, 156));
  const size = nti(block.subarray(124, 136));
  const typeByte = String.fromCharCode(block[156]!);
  let name = nts(block.subarray(0, 100));
  let type = TYPE_NAMES[typeByte] ?? `Unknown(${JSON.stringify(typeByte)})`;
  if (type === 'OldFile' && name.endsWith('/')) type = 'Directory';
  if (type === 'Directory') name = name.replace(/\/+$/, '');
  const prefix = nts(block.subarray(345, 500));
  if (prefix && !['NextFileHasLongPath', 'NextFileHasLongLinkpath', 'SparseFile'].includes(type)) {
    name = `${prefix}/${name}`;
  }
  return {
    name,
    linkname: nts(block.subarray(157, 257)),
    size: size ?? 0,
    type,
    typeByte,
    checksumOk: checksumOk(block, chksum),
    badNumber: NUMBER_FIELDS.some(([at, len]) => nti(block.subarray(at, at + len)) === undefined),
  };
}

export function hasData(type: string): boolean {
  return !NO_DATA.has(type);
}

export const blocks = (n: number) => Math.ceil(n / BLOCK) * BLOCK;

export interface PaxRecords {
  values: Map<string, string>;
  /** Records a line-by-line reader (node-tar, older tools) reads differently: values with a newline. */
  mismatched: { keyword: string; offset: number }[];
  /** Why tarfile refuses the header (it then stops reading the archive), if it does. */
  refused?: string;
}

/**
 * `_proc_pax`: records `"%d %s=%s\n"` read by their length prefix until the data ends or a NUL byte,
 * the last value of a keyword winning. `buf` is the header's data blocks (padding included).
 */
export function parsePax(buf: Buffer, base: number): PaxRecords {
  const values = new Map<string, string>();
  const mismatched: PaxRecords['mismatched'] = [];
  let pos = 0;
  while (pos < buf.length && buf[pos] !== 0) {
    const m = /^([0-9]{1,20}) /.exec(buf.subarray(pos, pos + 21).toString('latin1'));
    const length = m ? Number(m[1]) : 0;
    if (!m || length < 5 || pos + length > buf.length)
      return { values, mismatched, refused: `invalid PAX record at ${base + pos}` };
    const lastByte = pos + length - 1;
    const body = buf.subarray(pos + m[0].length, lastByte);
    const eq = body.indexOf(0x3d);
    if (eq <= 0 || buf[lastByte] !== 0x0a)
      return { values, mismatched, refused: `PAX record at ${base + pos} is not framed by its length` };
    const keyword = body.subarray(0, eq).toString('utf8');
    const value = body.subarray(eq + 1);
    if (value.includes(0x0a)) mismatched.push({ keyword, offset: base + pos });
    values.set(keyword, memberName(Buffer.from(value), true));
    pos += length;
  }
  return { values, mismatched };
}

/** One member as tarfile lists it, after its GNU and PAX wrappers. */
export interface Wrapped {
  name: string;
  linkname: string;
  size: number;
}

/** `_apply_pax_info`: path (trailing slashes cut), linkpath, size (`int()`, 0 when it fails). */
export function applyPax(m: Wrapped, pax: ReadonlyMap<string, string>): void {
  for (const [key, value] of pax) {
    if (key === 'path' || key === 'GNU.sparse.name')
      m.name = key === 'path' ? value.replace(/\/+$/, '') : value;
    else if (key === 'linkpath') m.linkname = value;
    else if (key === 'size' || key === 'GNU.sparse.size' || key === 'GNU.sparse.realsize') {
      m.size = Number(pyInt(value, 10) ?? 0n);
    }
  }
}

/** Reads a metadata member's data blocks (PAX records, GNU long name), bounded. */
export async function readMeta(
  source: ByteSource,
  dataOffset: number,
  size: number,
): Promise<Buffer | undefined> {
  if (size > META_LIMIT || size < 0) return undefined;
  return source.read(dataOffset, Math.min(blocks(size), source.size - dataOffset));
}
