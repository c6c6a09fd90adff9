/**
 * Path safety in one place: containment (the walk, the Action, SARIF URIs, verification sidecars,
 * store links) and file names as the bytes the OS stores.
 *
 * A POSIX file name is any bytes but `/` and NUL. Node decodes names as UTF-8 with replacement
 * characters, so two different names (`model\xff.bin`, `model\xfe.bin`) become one string and the
 * second file is never opened. Names are therefore kept as bytes, opened by those bytes, and turned
 * into strings as Python's `os.fsdecode` does on POSIX (`fsDecode`: UTF-8 with `surrogateescape`,
 * PEP 383: an undecodable byte 0xNN becomes the lone surrogate U+DCNN). Injective, equal to the plain
 * name for valid UTF-8, and what a Python loader sees as the name: the key a scan matches names with,
 * and the raw text findings carry. Reporters escape it for display (src/core/sanitize.ts shows
 * U+DCNN as `\xNN`); `fsEncode` gives the bytes back (SARIF URIs).
 */
import { isUtf8 } from 'node:buffer';
import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `root` when it lies inside `root` ('' for `root` itself), else undefined. */
export function relativeInside(root: string, path: string): string | undefined {
  const r = relative(root, path);
  // `..` as a whole first component leaves the root; a name that merely starts with dots (`..foo`) does not.
  const leaves = r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r);
  return leaves ? undefined : r;
}

export function isWithin(root: string, path: string): boolean {
  return relativeInside(root, path) !== undefined;
}

/**
 * How a relative name written inside a file (an archive member, a shard in an index, an external-data
 * location, an asset, a file argument, a tree listing) leaves the folder it is joined to, judged on its
 * face without disk access: a NUL byte (C truncates the name there), an absolute path (`/x`, `\x`), a
 * drive letter (`C:\x`, or `C:x`, relative to drive C's current folder), or a `..` component (`/` and
 * `\` both separate, as Windows and Python's zipfile read them). Only the whole component `..`
 * climbs: `..foo` is a legal name. Every reason that applies, in this order.
 */
export type NameEscape = 'nul' | 'absolute' | 'drive' | 'parent';

export function nameEscapes(name: string): NameEscape[] {
  const out: NameEscape[] = [];
  if (name.includes('\0')) out.push('nul');
  if (name.startsWith('/') || name.startsWith('\\')) out.push('absolute');
  if (/^[A-Za-z]:/.test(name)) out.push('drive');
  if (name.split(/[\\/]/).includes('..')) out.push('parent');
  return out;
}

/** A name that is absolute or drive-rooted: it leaves any folder, whatever folder it is read from. */
export function isRootedName(name: string): boolean {
  return nameEscapes(name).some((r) => r === 'absolute' || r === 'drive');
}

const MEMBER_ESCAPE: Record<NameEscape, string> = {
  nul: 'contains a NUL byte',
  absolute: 'is an absolute path',
  drive: 'starts with a drive letter',
  parent: 'contains a ../ component',
};

/** An archive member name that escapes an extraction folder: why, or undefined. */
export function unsafeMemberPath(name: string): string | undefined {
  const why = nameEscapes(name)[0];
  return why && MEMBER_ESCAPE[why];
}

const LOCATION_ESCAPE: Record<Exclude<NameEscape, 'nul'>, string> = {
  absolute: 'is an absolute path',
  drive: 'is a Windows drive path',
  parent: 'contains ".."',
};

/**
 * Why a relative path written in a model (ONNX external data, SavedModel assets) leaves its folder on
 * its face, or undefined. NUL bytes are the caller's (ONNX reports them as an invalid location).
 */
export function lexicalEscape(location: string): string | undefined {
  const why = nameEscapes(location).find((r) => r !== 'nul');
  return why && LOCATION_ESCAPE[why];
}

/** A path to open: a string when its bytes are valid UTF-8 (they round-trip), else the exact bytes. */
export type FsPath = string | Buffer;

export function toFsPath(bytes: Buffer): FsPath {
  return isUtf8(bytes) ? bytes.toString('utf8') : bytes;
}

/** Joins a folder and a name as bytes (`/` separated, as the walk builds them on POSIX). */
export function joinBytes(dir: Buffer, name: Buffer): Buffer {
  return Buffer.concat([dir, SLASH, name]);
}
const SLASH = Buffer.from(sep === '/' ? '/' : '\\');

/**
 * Characters a report must never print raw: C0/C1 controls and DEL (a newline in a name writes a
 * forged log line or an Actions workflow command), line/paragraph separators, and the bidirectional
 * controls of CVE-2021-42574 (Trojan Source), which reorder what a reader sees.
 */
const UNSAFE_CHAR = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;

/** Length of the valid UTF-8 sequence starting at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Splits name bytes into decoded text runs and single undecodable bytes. */
function* utf8Pieces(bytes: Uint8Array): Generator<string | number> {
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > start) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString('utf8');
    yield bytes[i]!;
    i++;
    start = i;
  }
  if (i > start) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString('utf8');
}

/** The name as Python's `os.fsdecode` gives it on POSIX (UTF-8, undecodable bytes as U+DC80..U+DCFF). */
export function fsDecode(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  let out = '';
  for (const p of utf8Pieces(bytes)) out += typeof p === 'string' ? p : String.fromCharCode(0xdc00 + p);
  return out;
}

/** The inverse of fsDecode (Python's os.fsencode): U+DC80..U+DCFF back to the bytes they stand for. */
export function fsEncode(text: string): Buffer {
  if (!/[\udc80-\udcff]/.test(text)) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch.length === 1 && cp >= 0xdc80 && cp <= 0xdcff) {
      if (run) parts.push(Buffer.from(run, 'utf8'));
      run = '';
      parts.push(Buffer.of(cp - 0xdc00));
    } else run += ch;
  }
  if (run) parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}

/** Why a name is suspicious (not UTF-8, or holding characters reports must escape), or undefined. */
export function suspiciousName(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return 'is not valid UTF-8';
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  const m = UNSAFE_CHAR.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  return cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f)
    ? 'contains a control character'
    : 'contains a line separator or bidirectional control character';
}

/** A string key for an FsPath, injective over paths (the same bytes always give the same FsPath). */
export function pathKey(p: FsPath): string {
  return typeof p === 'string' ? p : `\0${p.toString('latin1')}`;
}
