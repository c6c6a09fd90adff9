/**
 * A tolerant zip reader that reads an archive the way each of its loaders does, and says where the
 * archive lies.
 *
 * Why our own: Python's `zipfile`, and npm zip libraries alike, refuse archives with a bad CRC,
 * "encrypted" flag bits or a local-header name that differs from the central directory, while
 * PyTorch's reader (miniz) ignores the local name and the CRC and loads the member. A scanner built on
 * one strict reader skips exactly the archives an attacker crafted (CVE-2025-1944, -1945, -10156), and a
 * scanner built on one tolerant reader misses what the other loader sees. So the end records and the
 * central directory are read twice, as miniz reads them (PyTorch) and as CPython's zipfile reads them
 * (np.load, Keras, joblib users; ./records.ts, ./central.ts), and:
 * - `entries` holds every entry either loader lists (each says which ones: `readers`), so a member one
 *   of them would open is scanned whichever it is;
 * - `views` holds each loader's own list, or why it cannot open the archive; `differential` says how
 *   the two lists differ (a second directory found only by one of them, entries beyond the announced
 *   count, a prefix that shifts offsets for one reader only, names only one decodes);
 * - `hidden` lists local entries in bytes no directory covers, including after the directory (streaming
 *   readers extract them); `recoverLocalEntries(source)` lists the local entries of a zip with no
 *   directory at all.
 * It reads the end records, the directories and the 30-byte local headers (in buffered batches, no
 * await per entry): a multi-GB checkpoint costs a few KB until a member is opened.
 *
 * `issues` are facts, not findings: the zip analyzer (`./analyzer.ts`) turns them into findings once
 * per archive, so other analyzers of zip content (Keras) need not report them again.
 */
import zlib from 'node:zlib';
import { type ByteSource, MAX_READ } from '../../core/source.ts';
import { type CentralEntry, type CentralResult, parseCpython, parseMiniz } from './central.ts';
import {
  type FoundLocal,
  GAP_SEARCH_LIMIT,
  type LocalHeader,
  localEntriesIn,
  MAX_DESCRIPTOR,
  readLocalHeaders,
} from './local.ts';
import {
  type MemberRef,
  type OpenEntryOptions,
  type OpenEntryResult,
  openZipEntry,
  ZIP_METHOD,
} from './members.ts';
import {
  cpythonPlan,
  type DirectoryPlan,
  minizPlan,
  type PlanResult,
  readTail,
  type ZipReaderName,
} from './records.ts';
import { BaseError } from '../../core/errors.ts';
import { unsafeMemberPath } from '../../core/paths.ts';

export { type OpenEntryOptions, type OpenEntryResult, openZipEntry, ZIP_METHOD } from './members.ts';
export type { ZipReaderName } from './records.ts';

/** General-purpose flag bits. */
export const ZIP_FLAG = {
  encrypted: 0x0001,
  dataDescriptor: 0x0008,
  patched: 0x0020,
  strongEncryption: 0x0040,
  utf8: 0x0800,
  maskedHeaders: 0x2000,
} as const;

export interface ZipEntry extends MemberRef {
  /** Position in `entries`; negative for hidden entries. */
  readonly index: number;
  /** Central-directory name (UTF-8 when flagged or valid, else Latin-1): what PyTorch looks up. */
  readonly name: string;
  /** The name CPython's zipfile gives the member (cp437 unless flagged UTF-8, cut at NUL, 0x7075). */
  readonly pyName: string;
  /** CPython renames the member: its name is cut at a NUL or replaced by a Unicode Path field. */
  readonly pyRenamed: boolean;
  readonly flags: number;
  /** Offset of the local header in the source (after the reader's prefix shift). */
  readonly localHeaderOffset: number;
  /** Name in the local header; undefined when unreadable. */
  readonly localName: string | undefined;
  /** Local header's method and flags (PyTorch ignores both). */
  readonly localMethod: number | undefined;
  readonly localFlags: number | undefined;
  /** Unix mode from the external attributes when the entry was made on Unix. */
  readonly unixMode: number | undefined;
  readonly isDirectory: boolean;
  /** Sizes or offset came from a zip64 extra field. */
  readonly zip64: boolean;
  /** The loaders whose directory lists this entry (none for a hidden entry). */
  readonly readers: readonly ZipReaderName[];
  /** Whether each loader that lists it would also open it (local header, name, flags, method, overlap). */
  readonly opens: Readonly<Partial<Record<ZipReaderName, boolean>>>;
}

export type ZipIssueCode =
  | 'name-mismatch'
  | 'flag-bits'
  | 'local-header'
  | 'overlap'
  | 'out-of-bounds'
  | 'duplicate-name'
  | 'unsafe-path'
  | 'prefix'
  | 'ambiguous-directory'
  | 'loader-differential'
  | 'entry-count'
  | 'truncated-directory'
  | 'symlink'
  | 'hidden-entry'
  | 'unreferenced-data';

export interface ZipIssue {
  code: ZipIssueCode;
  message: string;
  /** The entry concerned (central-directory name), when there is one. */
  entry?: string;
  offset?: number;
  evidence?: Record<string, unknown>;
}

export class ZipFormatError extends BaseError<'ZIP_INVALID'> {
  constructor(message: string) {
    super('ZIP_INVALID', message);
    this.name = 'ZipFormatError';
  }
}

/** One loader's reading of the archive. */
export type ZipView =
  | { ok: true; plan: DirectoryPlan; entries: readonly ZipEntry[] }
  | { ok: false; reason: string };

export interface ZipArchive {
  readonly source: ByteSource;
  /** Every entry either loader lists, in directory order (miniz's first). */
  readonly entries: readonly ZipEntry[];
  readonly views: Readonly<Record<ZipReaderName, ZipView>>;
  readonly issues: readonly ZipIssue[];
  /** Bytes before the first local header that belong to no entry (a prefix or polyglot). */
  readonly prefixBytes: number;
  /** Local entries found in bytes no directory covers. Built from the local header alone. */
  readonly hidden: readonly ZipEntry[];
  /** The first entry named `name` (exact). */
  find(name: string): ZipEntry | undefined;
  openEntry(entry: ZipEntry, opts: OpenEntryOptions): Promise<OpenEntryResult>;
  /** True/false once the stored data was read and compared; undefined when it was over `maxBytes`. */
  checkCrc(entry: ZipEntry, maxBytes: number): Promise<boolean | undefined>;
}

/** `../`, absolute paths, drive letters, NUL bytes: names that escape an extraction folder (src/core/paths.ts). */
export { unsafeMemberPath };

interface Parsed {
  plan: DirectoryPlan;
  result: CentralResult;
}

/** Reads and parses one loader's directory. */
async function parseView(
  source: ByteSource,
  planned: PlanResult,
  maxEntries: number,
  cache: Map<string, Buffer>,
): Promise<Parsed | { reason: string }> {
  if (!planned.ok) return { reason: planned.reason };
  const { plan } = planned;
  if (plan.cdSize > MAX_READ) return { reason: `central directory of ${plan.cdSize} bytes is too large` };
  const key = `${plan.cdStart}:${plan.cdSize}`;
  let cd = cache.get(key);
  if (!cd) {
    cd = await source.read(plan.cdStart, Math.max(0, Math.min(plan.cdSize, source.size - plan.cdStart)));
    cache.set(key, cd);
  }
  const result =
    plan.reader === 'miniz'
      ? parseMiniz(cd, plan, source.size, maxEntries)
      : parseCpython(cd, plan, maxEntries);
  return { plan, result };
}

/** Identity of an entry across the two readings: same header, same data, same name bytes. */
function sameEntry(a: CentralEntry, b: CentralEntry): boolean {
  return (
    a.localHeaderOffset === b.localHeaderOffset &&
    a.compressedSize === b.compressedSize &&
    a.method === b.method &&
    a.rawName.equals(b.rawName)
  );
}

function entryKey(e: CentralEntry): string {
  return `${e.localHeaderOffset}:${e.compressedSize}:${e.method}:${e.name}`;
}

interface Merged {
  /** miniz's reading of the entry when it lists it, else CPython's. */
  raw: CentralEntry;
  /** CPython's reading (its names), when it lists the entry. */
  py?: CentralEntry;
  readers: ZipReaderName[];
}

/**
 * Every entry of both readings once, miniz's order first. The usual case (both read the same
 * directory) pairs them in order without a lookup; the rest is matched by key. Duplicates inside one
 * reading stay distinct entries (both are listed, both are scanned).
 */
function merge(
  miniz: readonly CentralEntry[] | undefined,
  cpython: readonly CentralEntry[] | undefined,
): Merged[] {
  const out: Merged[] = (miniz ?? []).map((raw) => ({ raw, readers: ['miniz'] }));
  if (!cpython) return out;
  let i = 0;
  while (i < cpython.length && i < out.length && sameEntry(out[i]!.raw, cpython[i]!)) {
    out[i]!.py = cpython[i]!;
    out[i]!.readers.push('cpython');
    i++;
  }
  if (i === cpython.length) return out;
  const free = new Map<string, Merged[]>();
  for (const m of out.slice(i)) {
    const k = entryKey(m.raw);
    const list = free.get(k);
    if (list) list.push(m);
    else free.set(k, [m]);
  }
  for (const e of cpython.slice(i)) {
    const m = free.get(entryKey(e))?.find((c) => !c.py && sameEntry(c.raw, e));
    if (m) {
      m.py = e;
      m.readers.push('cpython');
    } else out.push({ raw: e, py: e, readers: ['cpython'] });
  }
  return out;
}

/** Compression methods CPython's zipfile decompresses: stored, deflate, bzip2, LZMA, zstd (3.14). */
const CPYTHON_METHODS = new Set([0, 8, 12, 14, 93]);

/** Whether each reader that lists `raw` would open it, given its local header. */
function opensFor(
  raw: CentralEntry,
  py: CentralEntry,
  lh: LocalHeader | null,
  readers: readonly ZipReaderName[],
  endOffset: number | undefined,
): Partial<Record<ZipReaderName, boolean>> {
  const opens: Partial<Record<ZipReaderName, boolean>> = {};
  const dataEnd = lh ? lh.dataOffset + raw.compressedSize : Number.POSITIVE_INFINITY;
  if (readers.includes('miniz')) {
    opens.miniz = !!lh && !(raw.flags & 0x61) && (raw.method === 0 || raw.method === 8);
  }
  if (readers.includes('cpython')) {
    opens.cpython =
      !!lh &&
      lh.pyName === py.pyOrigName &&
      !(raw.flags & 0x61) &&
      CPYTHON_METHODS.has(raw.method) &&
      (endOffset === undefined || dataEnd <= endOffset);
  }
  return opens;
}

/** CPython's `_end_offset`: each entry ends at the next local header (by offset) or the directory. */
function pythonEndOffsets(entries: readonly CentralEntry[], cdStart: number): Map<CentralEntry, number> {
  const out = new Map<CentralEntry, number>();
  let end = cdStart;
  const sorted = [...entries].sort((a, b) => b.localHeaderOffset - a.localHeaderOffset);
  for (const e of sorted) {
    out.set(e, end);
    end = e.localHeaderOffset;
  }
  return out;
}

function toEntry(
  m: Merged,
  index: number,
  lh: LocalHeader | null,
  ends: Map<CentralEntry, number>,
): ZipEntry {
  const r = m.raw;
  const py = m.py ?? r;
  return {
    index,
    name: r.name,
    pyName: py.pyName,
    pyRenamed: m.py !== undefined && m.py.pyName !== m.py.pyOrigName,
    method: r.method,
    flags: r.flags,
    crc32: r.crc32,
    compressedSize: r.compressedSize,
    uncompressedSize: r.uncompressedSize,
    localHeaderOffset: r.localHeaderOffset,
    dataOffset: lh?.dataOffset,
    localName: lh?.name,
    localMethod: lh?.method,
    localFlags: lh?.flags,
    unixMode: r.unixMode,
    isDirectory: r.name.endsWith('/') && r.compressedSize === 0,
    zip64: r.zip64,
    readers: m.readers,
    opens: opensFor(r, py, lh, m.readers, ends.get(py)),
  };
}

function hiddenEntry(f: FoundLocal, index: number): ZipEntry {
  const h = f.header;
  return {
    index,
    name: h.name,
    pyName: h.pyName ?? h.name,
    pyRenamed: false,
    method: h.method,
    flags: h.flags,
    crc32: h.crc32,
    compressedSize: f.dataLength,
    uncompressedSize: h.uncompressedSize,
    localHeaderOffset: h.offset,
    dataOffset: h.dataOffset,
    localName: h.name,
    localMethod: h.method,
    localFlags: h.flags,
    unixMode: undefined,
    isDirectory: h.name.endsWith('/') && f.dataLength === 0,
    zip64: false,
    readers: [],
    opens: {},
  };
}

/**
 * The archive of an analyzer's source, parsed once for all the analyzers of that source (the zip
 * analyzer, the Keras one, the polyglot probe); rejects with ZipFormatError like openZip.
 */
export function openZipFor(ctx: {
  source: ByteSource;
  memo: Map<string, unknown>;
  limits: { maxMembers: number };
}): Promise<ZipArchive> {
  const key = 'zip/archive';
  let zip = ctx.memo.get(key) as Promise<ZipArchive> | undefined;
  if (!zip) {
    zip = openZip(ctx.source, { maxEntries: ctx.limits.maxMembers });
    ctx.memo.set(key, zip);
  }
  return zip;
}

/** Opens a zip archive held in `source`. Throws ZipFormatError when neither loader can read a directory. */
export async function openZip(source: ByteSource, opts: { maxEntries?: number } = {}): Promise<ZipArchive> {
  const maxEntries = opts.maxEntries ?? 100_000;
  const tail = await readTail(source);
  const cache = new Map<string, Buffer>();
  const miniz = await parseView(source, await minizPlan(source, tail), maxEntries, cache);
  const cpython = await parseView(source, await cpythonPlan(source, tail), maxEntries, cache);
  const okOf = (p: Parsed | { reason: string }) => ('result' in p && p.result.ok ? p : undefined);
  const mOk = okOf(miniz);
  const cOk = okOf(cpython);
  if (!mOk && !cOk) {
    throw new ZipFormatError(`PyTorch's reader: ${failure(miniz)}; Python's zipfile: ${failure(cpython)}`);
  }
  return assemble(source, { miniz, cpython }, maxEntries);
}

function failure(p: Parsed | { reason: string }): string {
  if (!('result' in p)) return p.reason;
  return p.result.ok ? 'ok' : `${p.result.reason} (at ${p.result.offset})`;
}

type Readings = Record<ZipReaderName, Parsed | { reason: string }>;

async function assemble(source: ByteSource, readings: Readings, maxEntries: number): Promise<ZipArchive> {
  const issues: ZipIssue[] = [];
  const lists: Partial<Record<ZipReaderName, CentralEntry[]>> = {};
  for (const reader of ['miniz', 'cpython'] as const) {
    const p = readings[reader];
    if ('result' in p && p.result.ok) {
      lists[reader] = p.result.entries;
      if (p.result.truncated) {
        issues.push({
          code: 'entry-count',
          message: `${p.result.entries.length} entries listed, the limit; the rest were not listed`,
          evidence: { limit: maxEntries, reader },
        });
      }
    }
  }
  const merged = merge(lists.miniz, lists.cpython);
  const locals = await readLocalHeaders(
    source,
    merged.map((m) => m.raw.localHeaderOffset),
  );
  const cp = readings.cpython;
  const ends =
    'plan' in cp && cp.result.ok ? pythonEndOffsets(cp.result.entries, cp.plan.cdStart) : new Map();
  const entries = merged.map((m, i) => toEntry(m, i, locals.get(m.raw.localHeaderOffset) ?? null, ends));
  const views = buildViews(readings, entries);
  reportDifferential(views, entries, issues);
  const plans = Object.values(views).flatMap((v) => (v.ok ? [v.plan] : []));
  checkEntries(entries, views, issues, source.size, Math.min(...plans.map((p) => p.cdStart)));
  const complete = !issues.some((i) => i.code === 'entry-count');
  // Past the member limit the unlisted entries would all look hidden: search only a complete listing.
  const hidden = complete ? await findHidden(source, entries, plans, issues) : [];
  return archiveOf(source, entries, views, issues, hidden);
}

function buildViews(readings: Readings, entries: readonly ZipEntry[]): Record<ZipReaderName, ZipView> {
  const view = (reader: ZipReaderName): ZipView => {
    const p = readings[reader];
    if (!('result' in p)) return { ok: false, reason: p.reason };
    if (!p.result.ok) return { ok: false, reason: `${p.result.reason} (at ${p.result.offset})` };
    return { ok: true, plan: p.plan, entries: entries.filter((e) => e.readers.includes(reader)) };
  };
  return { miniz: view('miniz'), cpython: view('cpython') };
}

function archiveOf(
  source: ByteSource,
  entries: ZipEntry[],
  views: Record<ZipReaderName, ZipView>,
  issues: ZipIssue[],
  hidden: ZipEntry[],
): ZipArchive {
  let first = Number.POSITIVE_INFINITY;
  for (const e of entries) if (e.localHeaderOffset < first) first = e.localHeaderOffset;
  for (const v of Object.values(views)) if (v.ok && v.plan.cdStart < first) first = v.plan.cdStart;
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  return {
    source,
    entries,
    views,
    issues,
    prefixBytes: Number.isFinite(first) ? Math.max(0, first) : 0,
    hidden,
    find: (name) => byName.get(name),
    openEntry: (entry, o) => openZipEntry(source, entry, o),
    async checkCrc(entry, maxBytes) {
      if (entry.method !== ZIP_METHOD.stored || entry.dataOffset === undefined) return undefined;
      if (entry.compressedSize > maxBytes || entry.dataOffset + entry.compressedSize > source.size)
        return undefined;
      let crc = 0;
      for (let pos = 0; pos < entry.compressedSize; pos += 1024 * 1024) {
        const n = Math.min(1024 * 1024, entry.compressedSize - pos);
        crc = zlib.crc32(await source.read(entry.dataOffset + pos, n), crc);
      }
      return crc === entry.crc32;
    },
  };
}

/** Names of the entries only one reader lists (a few, for the message). */
function onlyIn(entries: readonly ZipEntry[], reader: ZipReaderName): ZipEntry[] {
  return entries.filter((e) => e.readers.length === 1 && e.readers[0] === reader);
}

function reportDifferential(
  views: Record<ZipReaderName, ZipView>,
  entries: readonly ZipEntry[],
  issues: ZipIssue[],
): void {
  const m = views.miniz;
  const c = views.cpython;
  if (m.ok && c.ok) {
    const onlyM = onlyIn(entries, 'miniz');
    const onlyC = onlyIn(entries, 'cpython');
    const renamed = entries.filter((e) => e.pyRenamed);
    if (onlyM.length || onlyC.length || renamed.length) {
      const list = (es: ZipEntry[]) =>
        es
          .slice(0, 5)
          .map((e) => JSON.stringify(e.name))
          .join(', ');
      const parts = [
        onlyM.length ? `${onlyM.length} only PyTorch lists (${list(onlyM)})` : '',
        onlyC.length ? `${onlyC.length} only Python's zipfile lists (${list(onlyC)})` : '',
        renamed.length
          ? `${renamed.length} Python's zipfile names differently (${renamed
              .slice(0, 5)
              .map((e) => `${JSON.stringify(e.name)} as ${JSON.stringify(e.pyName)}`)
              .join(', ')})`
          : '',
      ].filter(Boolean);
      issues.push({
        code: 'loader-differential',
        message: `PyTorch (miniz) and Python's zipfile (np.load, Keras) see different members: ${parts.join('; ')}`,
        evidence: {
          miniz: m.entries.length,
          cpython: c.entries.length,
          onlyMiniz: onlyM.length,
          onlyCpython: onlyC.length,
          renamed: renamed.length,
        },
      });
    } else if (m.plan.cdStart !== c.plan.cdStart) {
      issues.push({
        code: 'ambiguous-directory',
        message: `two central directories (at ${m.plan.cdStart} for PyTorch, ${c.plan.cdStart} for Python's zipfile) list the same members`,
        evidence: { offsets: [m.plan.cdStart, c.plan.cdStart] },
      });
    }
    return;
  }
  const ok = m.ok ? m : c.ok ? c : undefined;
  if (!ok) return;
  const failed = m.ok ? c : m;
  const failedName = m.ok ? "Python's zipfile (np.load, Keras)" : 'PyTorch (miniz)';
  // A prefix or a concatenated file: CPython shifts the offsets, miniz cannot open it. torch.load only
  // takes a file that starts with a local header for a zip, so this is the prefix finding, not a split.
  if (!m.ok && c.ok && c.plan.shift !== 0) {
    issues.push({
      code: 'prefix',
      message: `${c.plan.shift} bytes precede the archive (offsets are relative to a later start); PyTorch's reader cannot open it`,
      evidence: { prefix: c.plan.shift },
    });
    return;
  }
  issues.push({
    code: 'loader-differential',
    message: `${failedName} cannot open the archive (${failed.ok ? '' : failed.reason}) while the other loader lists ${ok.entries.length} members`,
    evidence: { opens: ok.plan.reader, refuses: failedName, reason: failed.ok ? undefined : failed.reason },
  });
  if (c.ok && c.plan.shift !== 0) {
    issues.push({
      code: 'prefix',
      message: `${c.plan.shift} bytes precede the archive`,
      evidence: { prefix: c.plan.shift },
    });
  }
}

const SUSPICIOUS_FLAGS =
  ZIP_FLAG.encrypted | ZIP_FLAG.patched | ZIP_FLAG.strongEncryption | ZIP_FLAG.maskedHeaders;

function checkEntry(e: ZipEntry, issues: ZipIssue[], size: number): void {
  if (e.localName !== undefined && e.localName !== e.name) {
    issues.push({
      code: 'name-mismatch',
      entry: e.name,
      message: `central directory names ${JSON.stringify(e.name)}, local header ${JSON.stringify(e.localName)}`,
      offset: e.localHeaderOffset,
      evidence: { central: e.name, local: e.localName },
    });
  }
  const flags = (e.flags | (e.localFlags ?? 0)) & SUSPICIOUS_FLAGS;
  if (flags) {
    issues.push({
      code: 'flag-bits',
      entry: e.name,
      message: `${e.name} carries flag bits 0x${flags.toString(16)} (encryption/patch) that readers treat differently`,
      offset: e.localHeaderOffset,
      evidence: { flags: e.flags, localFlags: e.localFlags },
    });
  }
  const unsafe = unsafeMemberPath(e.name) ?? (e.localName ? unsafeMemberPath(e.localName) : undefined);
  if (unsafe) {
    const shown = e.localName && unsafeMemberPath(e.localName) ? e.localName : e.name;
    issues.push({
      code: 'unsafe-path',
      entry: e.name,
      message: `member name ${JSON.stringify(shown)} ${unsafe}`,
    });
  }
  if (e.unixMode !== undefined && (e.unixMode & 0o170000) === 0o120000) {
    issues.push({ code: 'symlink', entry: e.name, message: `${e.name} is a symbolic link` });
  }
  if (e.localHeaderOffset < 0 || (e.dataOffset === undefined && e.localHeaderOffset + 30 > size)) {
    issues.push({
      code: 'out-of-bounds',
      entry: e.name,
      message:
        e.localHeaderOffset < 0
          ? `local header of ${e.name} lies before the start of the file (the directory's offsets and the bytes before the archive do not add up)`
          : `local header of ${e.name} lies past the end of the file`,
      offset: e.localHeaderOffset,
    });
  } else if (e.dataOffset === undefined) {
    issues.push({
      code: 'local-header',
      entry: e.name,
      message: `no local header where the central directory says ${e.name} starts`,
      offset: e.localHeaderOffset,
    });
  } else if (e.dataOffset + e.compressedSize > size) {
    issues.push({
      code: 'out-of-bounds',
      entry: e.name,
      message: `${e.name} claims ${e.compressedSize} bytes at ${e.dataOffset}, past the end of the file`,
      offset: e.dataOffset,
    });
  }
}

/** Names listed more than once by one reader (PyTorch looks names up case-insensitively). */
function duplicateNames(views: Record<ZipReaderName, ZipView>, issues: ZipIssue[]): void {
  const reported = new Set<string>();
  for (const [reader, v] of Object.entries(views) as [ZipReaderName, ZipView][]) {
    if (!v.ok) continue;
    const keyOf = (e: ZipEntry) => (reader === 'miniz' ? e.name.toLowerCase() : e.pyName);
    if (new Set(v.entries.map(keyOf)).size === v.entries.length) continue;
    const counts = new Map<string, { n: number; name: string }>();
    for (const e of v.entries) {
      const key = keyOf(e);
      const c = counts.get(key) ?? { n: 0, name: e.name };
      c.n++;
      counts.set(key, c);
    }
    for (const [key, c] of counts) {
      if (c.n < 2 || reported.has(key)) continue;
      reported.add(key);
      issues.push({
        code: 'duplicate-name',
        entry: c.name,
        message: `${c.n} entries are named ${JSON.stringify(c.name)}${reader === 'miniz' ? ' (PyTorch compares names case-insensitively)' : ''}; readers disagree on which one loads`,
        evidence: { count: c.n, reader },
      });
    }
  }
}

function checkEntries(
  entries: ZipEntry[],
  views: Record<ZipReaderName, ZipView>,
  issues: ZipIssue[],
  size: number,
  cdStart: number,
): void {
  for (const e of entries) checkEntry(e, issues, size);
  duplicateNames(views, issues);
  // Entries must not share bytes with each other or with the central directory.
  const spans = entries
    .filter((e) => e.dataOffset !== undefined)
    .map((e) => ({ e, start: e.localHeaderOffset, end: e.dataOffset! + e.compressedSize }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let prev: (typeof spans)[number] | undefined;
  let reported = 0;
  for (const s of spans) {
    if (prev && s.start < prev.end && reported < 20) {
      reported++;
      issues.push({
        code: 'overlap',
        entry: s.e.name,
        message: `${s.e.name} overlaps ${prev.e.name} (bytes ${s.start}..${Math.min(s.end, prev.end)})`,
        offset: s.start,
        evidence: { other: prev.e.name },
      });
    }
    if (s.end > cdStart && s.end <= size && s.start < cdStart && reported < 20) {
      reported++;
      issues.push({
        code: 'overlap',
        entry: s.e.name,
        message: `${s.e.name} runs into the central directory`,
        offset: s.start,
      });
    }
    if (!prev || s.end > prev.end) prev = s;
  }
}

/** Byte ranges some directory accounts for: entries (plus a data descriptor), directories, end records. */
function coveredSpans(
  entries: readonly ZipEntry[],
  plans: readonly DirectoryPlan[],
): [number, number, number][] {
  const spans: [number, number, number][] = [];
  for (const e of entries) {
    if (e.dataOffset === undefined || e.localHeaderOffset < 0) continue;
    spans.push([e.localHeaderOffset, e.dataOffset + e.compressedSize, e.flags & 8 ? MAX_DESCRIPTOR : 0]);
  }
  for (const p of plans) {
    spans.push([p.cdStart, p.cdStart + p.cdSize, 0]);
    spans.push([p.recordsStart, p.recordsEnd, 0]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

async function findHidden(
  source: ByteSource,
  entries: readonly ZipEntry[],
  plans: readonly DirectoryPlan[],
  issues: ZipIssue[],
): Promise<ZipEntry[]> {
  const gaps: [number, number][] = [];
  let cursor = 0;
  let allowed = 0;
  for (const [start, end, slack] of coveredSpans(entries, plans)) {
    if (start - cursor > allowed) gaps.push([cursor, start]);
    if (end > cursor) {
      cursor = end;
      allowed = slack;
    }
  }
  if (source.size - cursor > allowed) gaps.push([cursor, source.size]);
  const hidden: ZipEntry[] = [];
  let searched = 0;
  for (const [from, to] of gaps) {
    const len = Math.min(to - from, GAP_SEARCH_LIMIT - searched);
    if (len <= 0) break;
    searched += len;
    const found = await localEntriesIn(source, from, from + len);
    for (const f of found) {
      const e = hiddenEntry(f, -1 - hidden.length);
      hidden.push(e);
      issues.push({
        code: 'hidden-entry',
        entry: e.name,
        message: `local entry ${JSON.stringify(e.name)} at ${e.localHeaderOffset} is in no central directory (streaming readers extract it)`,
        offset: e.localHeaderOffset,
      });
    }
    // Bytes before the first entry are a prefix (the `prefix` issue or the file's own kind), not a gap.
    if (found.length === 0 && from > 0 && to - from > MAX_DESCRIPTOR) {
      issues.push({
        code: 'unreferenced-data',
        message: `${to - from} bytes at ${from} belong to no entry`,
        offset: from,
        evidence: { length: to - from },
      });
    }
  }
  return hidden;
}

/** For an archive with no usable central directory: the entries a streaming reader would extract. */
export async function recoverLocalEntries(source: ByteSource): Promise<ZipEntry[]> {
  const found = await localEntriesIn(source, 0, Math.min(source.size, GAP_SEARCH_LIMIT));
  return found.map((f, i) => hiddenEntry(f, -1 - i));
}
