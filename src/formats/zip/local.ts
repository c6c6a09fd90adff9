/**
 * Local file headers: read in batches for the entries a directory lists, and searched for in the bytes
 * no directory entry covers (what streaming readers, `unzip` on a damaged file, or a reader that
 * walks local headers would extract).
 *
 * Reads are buffered: headers are visited in offset order through 256 KiB windows, so an archive of
 * 65,535 small members costs a handful of reads, not one await per member.
 *
 * A hidden entry whose size the header defers to a data descriptor (flag bit 3, size 0) ends where
 * the next zip structure starts (a local or central header, a data descriptor, an end record), never
 * at the end of the file: a streaming reader stops there (deflate stops at its own end, stored data
 * at the descriptor), and taking "the rest of the file" would make every such entry contain all later
 * headers, which nests without bound.
 */
import type { ByteSource } from '../../core/source.ts';
import { displayName, pythonName } from './central.ts';
import { LOCAL_SIZE, SIG_CENTRAL, SIG_DATA_DESCRIPTOR, SIG_EOCD, SIG_LOCAL } from './records.ts';

const WINDOW = 256 * 1024;
const LOCAL_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
/** Gap bytes searched for hidden local headers per archive. */
export const GAP_SEARCH_LIMIT = 16 * 1024 * 1024;
/** Largest data descriptor (zip64, with signature): allowed after entries with flag bit 3. */
export const MAX_DESCRIPTOR = 24;

export interface LocalHeader {
  offset: number;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  rawName: Buffer;
  /** The name as the scanner shows it, and as CPython decodes it (by the local header's own flag). */
  name: string;
  pyName: string | undefined;
  dataOffset: number;
}

function parseLocal(buf: Buffer, i: number, offset: number, name: Buffer): LocalHeader {
  const flags = buf.readUInt16LE(i + 6);
  const nameLen = buf.readUInt16LE(i + 26);
  const extraLen = buf.readUInt16LE(i + 28);
  return {
    offset,
    flags,
    method: buf.readUInt16LE(i + 8),
    crc32: buf.readUInt32LE(i + 14),
    compressedSize: buf.readUInt32LE(i + 18),
    uncompressedSize: buf.readUInt32LE(i + 22),
    rawName: name,
    name: displayName(name, flags),
    pyName: pythonName(name, flags),
    dataOffset: offset + LOCAL_SIZE + nameLen + extraLen,
  };
}

/** Room for a header's name after it (most names are short; longer ones are read on their own). */
const NAME_ROOM = 512;

/**
 * Bytes to read at `sorted[k]`: up to WINDOW, covering as many of the following headers as fit, so
 * dense archives are read in a few windows and the headers of a sparse multi-GB checkpoint cost a
 * few hundred bytes each.
 */
function windowLength(sorted: readonly number[], k: number, size: number): number {
  const off = sorted[k]!;
  let j = k;
  while (j + 1 < sorted.length && sorted[j + 1]! + LOCAL_SIZE + NAME_ROOM - off <= WINDOW) j++;
  return Math.min(size - off, sorted[j]! + LOCAL_SIZE + NAME_ROOM - off);
}

/** The local headers at `offsets` (null where there is none), read through buffered windows. */
export async function readLocalHeaders(
  source: ByteSource,
  offsets: Iterable<number>,
): Promise<Map<number, LocalHeader | null>> {
  const out = new Map<number, LocalHeader | null>();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let winStart = -1;
  let win: Buffer = Buffer.alloc(0);
  for (const [k, off] of sorted.entries()) {
    if (off < 0 || off + LOCAL_SIZE > source.size) {
      out.set(off, null);
      continue;
    }
    if (winStart < 0 || off < winStart || off + LOCAL_SIZE > winStart + win.length) {
      winStart = off;
      win = await source.read(off, windowLength(sorted, k, source.size));
    }
    const i = off - winStart;
    if (win.readUInt32LE(i) !== SIG_LOCAL) {
      out.set(off, null);
      continue;
    }
    const nameLen = win.readUInt16LE(i + 26);
    const name: Buffer =
      i + LOCAL_SIZE + nameLen <= win.length
        ? win.subarray(i + LOCAL_SIZE, i + LOCAL_SIZE + nameLen)
        : Buffer.from(await source.read(off + LOCAL_SIZE, nameLen));
    out.set(off, parseLocal(win, i, off, name));
  }
  return out;
}

const STRUCTURE_SIGS = new Set([SIG_LOCAL, SIG_CENTRAL, SIG_DATA_DESCRIPTOR, SIG_EOCD]);

/** Offset of the next zip structure signature in `buf` at or after `from`, or buf.length. */
function nextStructure(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(0x50, from); i >= 0 && i + 4 <= buf.length; i = buf.indexOf(0x50, i + 1)) {
    if (buf[i + 1] === 0x4b && STRUCTURE_SIGS.has(buf.readUInt32LE(i))) return i;
  }
  return buf.length;
}

export interface FoundLocal {
  header: LocalHeader;
  /** Bytes of data: the header's size, or up to the next structure when it defers it. */
  dataLength: number;
}

/** Local entries in [from, to), read from their headers alone. */
export async function localEntriesIn(source: ByteSource, from: number, to: number): Promise<FoundLocal[]> {
  const buf = await source.read(from, to - from);
  const found: FoundLocal[] = [];
  for (let i = buf.indexOf(LOCAL_MAGIC); i >= 0 && i + LOCAL_SIZE <= buf.length; ) {
    const nameLen = buf.readUInt16LE(i + 26);
    const dataStart = i + LOCAL_SIZE + nameLen + buf.readUInt16LE(i + 28);
    if (dataStart > buf.length) break;
    const header = parseLocal(
      buf,
      i,
      from + i,
      Buffer.from(buf.subarray(i + LOCAL_SIZE, i + LOCAL_SIZE + nameLen)),
    );
    const declared = header.compressedSize;
    const known =
      declared !== 0xffff_ffff && dataStart + declared <= buf.length && !(header.flags & 8 && declared === 0);
    const dataLength = known ? declared : nextStructure(buf, dataStart) - dataStart;
    found.push({ header, dataLength });
    i = buf.indexOf(LOCAL_MAGIC, Math.max(dataStart + dataLength, i + 4));
  }
  return found;
}
