/**
 * The central directory as each loader parses it (see ./records.ts for where each one reads it).
 *
 * miniz (`mz_zip_reader_read_central_dir`) reads exactly the announced number of entries and refuses
 * the whole archive for any of: a missing signature, an entry running past the directory, a stored
 * entry whose sizes differ (its check reads four bytes at the method field, so only when the method and
 * the modification time are both zero), a non-empty entry with no compressed bytes, a disk number it
 * does not accept, an entry whose local header plus data would pass the end of the file, the
 * masked-headers flag, or a malformed extra field when it has to look for zip64 sizes. Names are raw
 * bytes (PyTorch looks records up in them case-insensitively).
 *
 * CPython's zipfile (`_RealGetContents`, `ZipInfo._decodeExtra`) reads entries until the directory
 * size is used up, whatever the count says, and refuses the archive for a missing signature, a header
 * cut short, a "version needed" over 6.3, a malformed extra field or zip64 field, or a name flagged
 * UTF-8 that is not. Names are UTF-8 when flagged, else cp437; a name is cut at its first NUL, and a
 * Unicode Path extra field (0x7075) whose CRC matches the raw name replaces it (Python >= 3.12).
 *
 * Parsing works on the directory bytes in memory: no await per entry.
 */
import { isAscii } from 'node:buffer';
import zlib from 'node:zlib';
import { memberName } from '../shared/member-name.ts';
import { CENTRAL_SIZE, type DirectoryPlan, LOCAL_SIZE, SIG_CENTRAL } from './records.ts';

const U32_MAX = 0xffff_ffff;
const MAX_EXTRACT_VERSION = 63;

/** One central-directory entry as a loader read it. */
export interface CentralEntry {
  /** Offset of the entry in the file. */
  at: number;
  rawName: Buffer;
  /** The name as miniz/PyTorch and tools that take valid UTF-8 as UTF-8 see it (else Latin-1). */
  name: string;
  /** The name CPython's zipfile gives the member (cp437 or UTF-8, cut at NUL, Unicode Path field). */
  pyName: string;
  /** CPython's `orig_filename`, which the local header name must equal for zipfile to open it. */
  pyOrigName: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Local header offset with the reader's shift applied. */
  localHeaderOffset: number;
  unixMode: number | undefined;
  zip64: boolean;
}

export type CentralResult =
  | {
      ok: true;
      entries: CentralEntry[] /** the directory held more entries than the limit */;
      truncated: boolean;
    }
  | { ok: false; reason: string; offset: number };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** cp437 code points for bytes 0x80..0xff (the 0x00..0x7f half is ASCII). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';

export function cp437(raw: Uint8Array): string {
  if (isAscii(raw)) return Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString('latin1');
  let out = '';
  for (const b of raw) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

/** How the scanner names a member: UTF-8 when the general-purpose flag says so (bit 11) or valid. */
export function displayName(raw: Buffer, flags: number): string {
  return memberName(raw, (flags & 0x0800) !== 0);
}

/** CPython's decoding of a header name: UTF-8 when flagged (strict), else cp437. */
export function pythonName(raw: Buffer, flags: number): string | undefined {
  if (!(flags & 0x0800)) return cp437(raw);
  try {
    return UTF8.decode(raw);
  } catch {
    return undefined;
  }
}

interface Fixed {
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  nameLen: number;
  extraLen: number;
  commentLen: number;
  disk: number;
  localHeaderOffset: number;
  unixMode: number | undefined;
  extractVersion: number;
  methodAndTime: number;
}

function fixed(cd: Buffer, p: number): Fixed {
  const madeBy = cd.readUInt16LE(p + 4) >> 8;
  const external = cd.readUInt32LE(p + 38);
  return {
    extractVersion: cd[p + 6]!,
    flags: cd.readUInt16LE(p + 8),
    method: cd.readUInt16LE(p + 10),
    methodAndTime: cd.readUInt32LE(p + 10),
    crc32: cd.readUInt32LE(p + 16),
    compressedSize: cd.readUInt32LE(p + 20),
    uncompressedSize: cd.readUInt32LE(p + 24),
    nameLen: cd.readUInt16LE(p + 28),
    extraLen: cd.readUInt16LE(p + 30),
    commentLen: cd.readUInt16LE(p + 32),
    disk: cd.readUInt16LE(p + 34),
    localHeaderOffset: cd.readUInt32LE(p + 42),
    unixMode: madeBy === 3 ? external >>> 16 : undefined,
  };
}

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

function entryOf(
  cd: Buffer,
  base: number,
  p: number,
  f: Fixed,
  names: Pick<CentralEntry, 'name' | 'pyName' | 'pyOrigName'>,
  shift: number,
  zip64: boolean,
): CentralEntry {
  return {
    at: base + p,
    rawName: cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + f.nameLen),
    // Named fields, not a spread: one object shape for every entry (a spread made entryOf the
    // slowest step of listing 65,535 members).
    name: names.name,
    pyName: names.pyName,
    pyOrigName: names.pyOrigName,
    flags: f.flags,
    method: f.method,
    crc32: f.crc32,
    compressedSize: f.compressedSize,
    uncompressedSize: f.uncompressedSize,
    localHeaderOffset: f.localHeaderOffset + shift,
    unixMode: f.unixMode,
    zip64,
  };
}

/** miniz's zip64 lookup: the 0x0001 field's values for the saturated fields, or an error. */
function minizZip64(extra: Buffer, f: Fixed): string | undefined {
  let at = 0;
  let remaining = extra.length;
  while (remaining > 0) {
    if (remaining < 4) return 'malformed extra field';
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (len + 4 > remaining) return 'malformed extra field';
    if (id === 0x0001) {
      let q = at + 4;
      const end = at + 4 + len;
      const take = () => {
        const v = q + 8 <= end && q + 8 <= extra.length ? u64(extra, q) : undefined;
        q += 8;
        return v;
      };
      if (f.uncompressedSize === U32_MAX) f.uncompressedSize = take() ?? f.uncompressedSize;
      if (f.compressedSize === U32_MAX) f.compressedSize = take() ?? f.compressedSize;
      if (f.localHeaderOffset === U32_MAX) f.localHeaderOffset = take() ?? f.localHeaderOffset;
      return undefined;
    }
    at += 4 + len;
    remaining -= 4 + len;
  }
  return undefined;
}

/** miniz's per-entry checks; a reason refuses the whole archive. */
function minizCheck(f: Fixed, plan: DirectoryPlan, size: number): string | undefined {
  if (f.compressedSize !== U32_MAX && f.uncompressedSize !== U32_MAX) {
    if (
      (f.methodAndTime === 0 && f.uncompressedSize !== f.compressedSize) ||
      (f.uncompressedSize && !f.compressedSize)
    ) {
      return 'entry sizes are inconsistent';
    }
  }
  if (f.disk === 0xffff || (f.disk !== plan.thisDisk && f.disk !== 1)) return 'multi-disk entry';
  if (f.compressedSize !== U32_MAX && f.localHeaderOffset + LOCAL_SIZE + f.compressedSize > size) {
    return 'entry data runs past the file';
  }
  if (f.flags & 0x2000) return 'masked local headers';
  return undefined;
}

/** The central directory as miniz (PyTorch) reads it. */
export function parseMiniz(cd: Buffer, plan: DirectoryPlan, size: number, maxEntries: number): CentralResult {
  const out: CentralEntry[] = [];
  let p = 0;
  for (let i = 0; i < plan.entries; i++) {
    if (out.length >= maxEntries) return { ok: true, entries: out, truncated: true };
    if (cd.length - p < CENTRAL_SIZE || cd.readUInt32LE(p) !== SIG_CENTRAL) {
      return { ok: false, reason: `no central header for entry ${i}`, offset: plan.cdStart + p };
    }
    const f = fixed(cd, p);
    const extra = cd.subarray(p + CENTRAL_SIZE + f.nameLen, p + CENTRAL_SIZE + f.nameLen + f.extraLen);
    let zip64 = false;
    if (f.extraLen && Math.max(f.compressedSize, f.uncompressedSize, f.localHeaderOffset) === U32_MAX) {
      const bad = minizZip64(extra, f);
      if (bad) return { ok: false, reason: `entry ${i}: ${bad}`, offset: plan.cdStart + p };
      zip64 = true;
    }
    const bad = minizCheck(f, plan, size);
    const total = CENTRAL_SIZE + f.nameLen + f.extraLen + f.commentLen;
    if (bad || total > cd.length - p) {
      return {
        ok: false,
        reason: `entry ${i}: ${bad ?? 'runs past the directory'}`,
        offset: plan.cdStart + p,
      };
    }
    const raw = cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + f.nameLen);
    const name = displayName(raw, f.flags);
    out.push(entryOf(cd, plan.cdStart, p, f, { name, pyName: name, pyOrigName: name }, 0, zip64));
    p += total;
  }
  return { ok: true, entries: out, truncated: false };
}

/** CPython's `_decodeExtra`: zip64 values and the Unicode Path name; a reason refuses the archive. */
function pythonExtra(
  extra: Buffer,
  f: Fixed,
  raw: Buffer,
): { error?: string; zip64: boolean; unicodeName?: string } {
  let rest = 0;
  let zip64 = false;
  let unicodeName: string | undefined;
  while (extra.length - rest >= 4) {
    const tp = extra.readUInt16LE(rest);
    const ln = extra.readUInt16LE(rest + 2);
    if (ln + 4 > extra.length - rest) return { error: `corrupt extra field ${tp.toString(16)}`, zip64 };
    const data = extra.subarray(rest + 4, rest + 4 + ln);
    if (tp === 0x0001) {
      zip64 = true;
      let q = 0;
      const take = (): number | undefined => {
        if (q + 8 > data.length) return undefined;
        q += 8;
        return u64(data, q - 8);
      };
      if (f.uncompressedSize === U32_MAX) f.uncompressedSize = take() ?? -1;
      if (f.compressedSize === U32_MAX) f.compressedSize = take() ?? -1;
      if (f.localHeaderOffset === U32_MAX) f.localHeaderOffset = take() ?? -1;
      if (f.uncompressedSize < 0 || f.compressedSize < 0 || f.localHeaderOffset < 0) {
        return { error: 'corrupt zip64 extra field', zip64 };
      }
    } else if (
      tp === 0x7075 &&
      data.length >= 5 &&
      data[0] === 1 &&
      data.readUInt32LE(1) === zlib.crc32(raw)
    ) {
      try {
        const name = UTF8.decode(data.subarray(5));
        if (name) unicodeName = name;
      } catch {
        return { error: 'corrupt unicode path extra field', zip64 };
      }
    }
    rest += 4 + ln;
  }
  return unicodeName === undefined ? { zip64 } : { zip64, unicodeName };
}

/** The central directory as CPython's zipfile reads it. */
export function parseCpython(cd: Buffer, plan: DirectoryPlan, maxEntries: number): CentralResult {
  const out: CentralEntry[] = [];
  let p = 0;
  while (p < plan.cdSize) {
    if (out.length >= maxEntries) return { ok: true, entries: out, truncated: true };
    if (cd.length - p < CENTRAL_SIZE)
      return { ok: false, reason: 'truncated central directory', offset: plan.cdStart + p };
    if (cd.readUInt32LE(p) !== SIG_CENTRAL)
      return { ok: false, reason: 'bad central directory signature', offset: plan.cdStart + p };
    const f = fixed(cd, p);
    const raw = cd.subarray(p + CENTRAL_SIZE, Math.min(cd.length, p + CENTRAL_SIZE + f.nameLen));
    const extraStart = p + CENTRAL_SIZE + f.nameLen;
    const extra = cd.subarray(Math.min(cd.length, extraStart), Math.min(cd.length, extraStart + f.extraLen));
    const orig = pythonName(raw, f.flags);
    if (orig === undefined)
      return { ok: false, reason: 'a name flagged UTF-8 is not UTF-8', offset: plan.cdStart + p };
    if (f.extractVersion > MAX_EXTRACT_VERSION) {
      return { ok: false, reason: `zip file version ${f.extractVersion / 10}`, offset: plan.cdStart + p };
    }
    const x = pythonExtra(extra, f, raw);
    if (x.error) return { ok: false, reason: x.error, offset: plan.cdStart + p };
    const cut = (s: string) => (s.includes('\0') ? s.slice(0, s.indexOf('\0')) : s);
    const names = {
      name: displayName(raw, f.flags),
      pyName: cut(x.unicodeName ?? orig),
      pyOrigName: orig,
    };
    out.push(entryOf(cd, plan.cdStart, p, f, names, plan.shift, x.zip64));
    p += CENTRAL_SIZE + f.nameLen + f.extraLen + f.commentLen;
  }
  return { ok: true, entries: out, truncated: false };
}
