/**
 * The zip analyzer: lists the archive with the reader (as PyTorch's miniz and as CPython's zipfile
 * read it, see ./reader.ts), turns every discrepancy into a finding, checks CRCs and sizes where the
 * member is read anyway, and dispatches each member either loader would open through `ctx.scanMember`
 * (sniffed by content, at any depth). PyTorch checkpoints and TorchScript archives are zips: their
 * tensor storages are only peeked at (see `./torch.ts`), everything else is scanned.
 *
 * Work stays linear in the archive: members whose bytes overlap members already scanned (overlapping
 * entries, the "non-recursive zip bomb") charge the re-read bytes to the file's expansion budget, and
 * every member counts against the file's member budget (see ExpansionBudget), so nesting and overlap
 * cannot multiply the work.
 */
import { markTorchScriptPickle } from '../shared/torch-names.ts';
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { type ByteSource, BufferSource, label, readAll } from '../../core/source.ts';
import {
  ARCHIVE_LINK,
  ARCHIVE_LINK_ESCAPE,
  ARCHIVE_UNSUPPORTED_COMPRESSION,
  linkEscapes,
  reportBomb,
} from '../compressed/archive-rules.ts';
import { RangeSet } from './ranges.ts';
import { tailEndRecord } from './records.ts';
import {
  openZipFor,
  recoverLocalEntries,
  ZIP_METHOD,
  type ZipArchive,
  type ZipEntry,
  ZipFormatError,
} from './reader.ts';
import { ISSUE_RULES, ZIP_BAD_CRC, ZIP_MALFORMED, ZIP_POLYGLOT, ZIP_SIZE_MISMATCH } from './rules.ts';
import {
  isStorage,
  isTorchScriptPickleName,
  storageLooksLoadable,
  type TorchLayout,
  torchLayout,
} from './torch.ts';
import { openZipEntry } from './members.ts';

/** Stored members at most this big get their CRC checked; at most CRC_TOTAL bytes per archive. */
const CRC_MEMBER = 16 * 1024 * 1024;
const CRC_TOTAL = 64 * 1024 * 1024;

function baseName(name: string): string {
  return name.split(/[\\/]/).filter(Boolean).at(-1) ?? name;
}

interface ScanState {
  /** Stored bytes that may still be read for CRC checks. */
  crcLeft: number;
  /** Compressed members skipped because the expansion budget was spent. */
  overBudget: number;
  /** Container bytes handed to members so far (re-reading them is charged to the budget). */
  seen: RangeSet;
  /** Members skipped because re-reading their overlapping bytes would pass the budget. */
  overlapSkipped: number;
  layout?: TorchLayout;
  zip: ZipArchive;
}

export async function analyzeZip(ctx: AnalyzerContext): Promise<void> {
  let zip: ZipArchive;
  try {
    zip = await openZipFor(ctx);
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    await scanRecovered(ctx, err);
    return;
  }
  await scanArchive(ctx, zip);
}

/** No central directory either loader reads: scan what a streaming reader would extract. */
async function scanRecovered(ctx: AnalyzerContext, err: ZipFormatError): Promise<void> {
  const recovered = await recoverLocalEntries(ctx.source);
  ctx.report(
    finding(ZIP_MALFORMED, {
      message: `${label(ctx.source)}: starts like a zip archive but cannot be read: ${err.message}${recovered.length ? `; ${recovered.length} local entries scanned as a streaming reader sees them` : ''}`,
    }),
  );
  const zip: ZipArchive = {
    source: ctx.source,
    entries: [],
    views: { miniz: { ok: false, reason: err.message }, cpython: { ok: false, reason: err.message } },
    issues: [],
    prefixBytes: 0,
    hidden: recovered,
    find: () => undefined,
    openEntry: (e, o) => openZipEntry(ctx.source, e, o),
    checkCrc: async () => undefined,
  };
  const state: ScanState = { crcLeft: 0, overBudget: 0, seen: new RangeSet(), overlapSkipped: 0, zip };
  for (const entry of recovered) if (!entry.isDirectory) await scanEntry(ctx, state, entry, false);
  reportSkipped(ctx, state);
}

function reportIssues(ctx: AnalyzerContext, zip: ZipArchive): void {
  for (const issue of zip.issues) {
    if (issue.code === 'symlink') continue; // judged by their target once it is read (scanEntry)
    const member = issue.entry === undefined ? undefined : [...ctx.source.member, issue.entry];
    ctx.report(
      finding(ISSUE_RULES[issue.code], {
        message: `${label(ctx.source)}: ${issue.message}`,
        member,
        offset: issue.offset,
        evidence: issue.evidence,
      }),
    );
  }
}

/** Reports the archive's issues and scans every listed and hidden entry. */
async function scanArchive(ctx: AnalyzerContext, zip: ZipArchive): Promise<void> {
  reportIssues(ctx, zip);
  const layout = torchLayout(zip);
  const state: ScanState = {
    crcLeft: CRC_TOTAL,
    overBudget: 0,
    seen: new RangeSet(),
    overlapSkipped: 0,
    zip,
    layout,
  };
  for (const entry of zip.entries) {
    if (!entry.isDirectory) await scanEntry(ctx, state, entry, layout && isStorage(layout, entry));
  }
  for (const entry of zip.hidden) if (!entry.isDirectory) await scanEntry(ctx, state, entry, false);
  reportSkipped(ctx, state);
}

/** One finding for all members skipped after the budget ran out (overlapping-entry bombs). */
function reportSkipped(ctx: AnalyzerContext, state: ScanState): void {
  const member = [...ctx.source.member];
  if (state.overBudget > 0) {
    reportBomb(
      ctx,
      member,
      'total',
      `the expansion budget (${ctx.budget.limit} bytes) is spent; ${state.overBudget} more compressed members were not decompressed`,
      { skipped: state.overBudget },
    );
  }
  if (state.overlapSkipped > 0) {
    reportBomb(
      ctx,
      member,
      'total',
      `${state.overlapSkipped} members re-read bytes other members already cover, past the expansion budget (${ctx.budget.limit} bytes)`,
      { skipped: state.overlapSkipped },
    );
  }
}

/**
 * Charges the container bytes a member covers that earlier members already covered; false when the
 * budget cannot pay for them (the member is then skipped and counted).
 */
function chargeOverlap(ctx: AnalyzerContext, state: ScanState, entry: ZipEntry): boolean {
  if (entry.dataOffset === undefined) return true;
  const start = entry.dataOffset;
  const end = start + entry.compressedSize;
  const repeated = state.seen.overlap(start, end);
  state.seen.add(start, end);
  if (repeated === 0 || ctx.budget.take(repeated)) return true;
  state.overlapSkipped++;
  return false;
}

type Opened = Extract<Awaited<ReturnType<ZipArchive['openEntry']>>, { ok: true }>;

/** Opens an entry for scanning, or reports why it cannot be (and scans what a broken stream gave). */
async function openForScan(
  ctx: AnalyzerContext,
  state: ScanState,
  entry: ZipEntry,
  storage: boolean | undefined,
): Promise<Opened | undefined> {
  const member = [...ctx.source.member, entry.name];
  // A compressed tensor storage (a re-zipped checkpoint): look at its head before inflating it all.
  if (storage && entry.method !== ZIP_METHOD.stored) {
    const head = await state.zip.openEntry(entry, { limits: ctx.limits, peek: 512 });
    if (head.ok && head.partial && !(await storageLooksLoadable(head.source, true))) return undefined;
  }
  if (entry.method !== ZIP_METHOD.stored && ctx.budget.used >= ctx.budget.limit) {
    state.overBudget++;
    return undefined;
  }
  if (!chargeOverlap(ctx, state, entry)) return undefined;
  const opened = await state.zip.openEntry(entry, { limits: ctx.limits, budget: ctx.budget });
  if (opened.ok) return opened;
  if (opened.reason === 'limit') reportBomb(ctx, member, opened.limit, opened.message, opened.evidence);
  else if (opened.reason !== 'no-data') {
    // no-data is already reported as out-of-bounds or a missing local header.
    ctx.report(
      finding(ARCHIVE_UNSUPPORTED_COMPRESSION, {
        message: `${label({ path: ctx.source.path, member })}: ${opened.message}; ${opened.data ? `the ${opened.data.length} bytes before the break were scanned` : 'not scanned'}`,
        member,
        evidence: opened.evidence,
      }),
    );
    if (opened.data)
      await ctx.scanMember(new BufferSource(opened.data, ctx.source.path, member), baseName(entry.name));
  }
  return undefined;
}

async function reportIntegrity(
  ctx: AnalyzerContext,
  state: ScanState,
  entry: ZipEntry,
  opened: Opened,
): Promise<void> {
  const member = [...ctx.source.member, entry.name];
  const where = label({ path: ctx.source.path, member });
  let crcOk = opened.crcOk;
  if (crcOk === undefined && entry.method === ZIP_METHOD.stored && entry.compressedSize <= state.crcLeft) {
    crcOk = await state.zip.checkCrc(entry, CRC_MEMBER);
    if (crcOk !== undefined) state.crcLeft -= entry.compressedSize;
  }
  if (crcOk === false) {
    ctx.report(
      finding(ZIP_BAD_CRC, {
        message: `${where}: CRC-32 does not match the data (recorded 0x${entry.crc32.toString(16).padStart(8, '0')})`,
        member,
        offset: entry.localHeaderOffset,
        evidence: { recorded: entry.crc32 },
      }),
    );
  }
  if (!opened.sizeOk) {
    ctx.report(
      finding(ZIP_SIZE_MISMATCH, {
        message: `${where}: ${opened.source.size} bytes of data, ${entry.uncompressedSize} recorded`,
        member,
        evidence: { actual: opened.source.size, recorded: entry.uncompressedSize },
      }),
    );
  }
}

/** A symbolic link member: judged by its target. True when the entry was one. */
async function reportSymlink(ctx: AnalyzerContext, entry: ZipEntry, source: ByteSource): Promise<boolean> {
  if (entry.unixMode === undefined || (entry.unixMode & 0o170000) !== 0o120000 || source.size > 4096)
    return false;
  const member = [...ctx.source.member, entry.name];
  const target = (await readAll(source)).toString('utf8');
  const escapes = linkEscapes(entry.name.split('/').slice(0, -1).join('/'), target);
  ctx.report(
    finding(escapes ? ARCHIVE_LINK_ESCAPE : ARCHIVE_LINK, {
      message: `${label({ path: ctx.source.path, member })} is a symbolic link to ${JSON.stringify(target)}`,
      member,
      evidence: { target },
    }),
  );
  return true;
}

async function scanEntry(
  ctx: AnalyzerContext,
  state: ScanState,
  entry: ZipEntry,
  storage: boolean | undefined,
): Promise<void> {
  const opened = await openForScan(ctx, state, entry, storage);
  if (!opened) return;
  // Tensor storages: peek, and scan only what looks loadable (keeps multi-GB reads tiny).
  if (storage && !(await storageLooksLoadable(opened.source))) return;
  await reportIntegrity(ctx, state, entry, opened);
  if (await reportSymlink(ctx, entry, opened.source)) return;
  if (state.layout && entry.readers.includes('miniz') && isTorchScriptPickleName(state.layout, entry.name))
    markTorchScriptPickle(opened.source);
  await ctx.scanMember(opened.source, baseName(entry.name));
}

/**
 * Reports and scans a zip found from the end of content of another kind; false when there is none.
 * The zip format's one entry for other containers (a tar scans the zip appended to it through this):
 * `accept` sees the offset of the end record the zip readers find (the later of CPython's and miniz's)
 * and may decline it (a tar: the record lies inside a member, which is scanned as a member).
 */
export async function scanTailZip(
  ctx: AnalyzerContext,
  what = `${ctx.kind} content`,
  accept: (eocd: number) => boolean = () => true,
): Promise<boolean> {
  // Most content has no end record at all: look for one before building an archive (and an error).
  const eocd = await tailEndRecord(ctx.source);
  if (eocd < 0 || !accept(eocd)) return false;
  let zip: ZipArchive;
  try {
    zip = await openZipFor(ctx);
  } catch (err) {
    if (err instanceof ZipFormatError) return false;
    throw err;
  }
  if (zip.entries.length === 0) return false;
  ctx.report(
    finding(ZIP_POLYGLOT, {
      message: `${label(ctx.source)} is ${what} and also a zip archive of ${zip.entries.length} entries; both were scanned`,
      evidence: { kind: ctx.kind, entries: zip.entries.length },
    }),
  );
  await scanArchive(ctx, zip);
  return true;
}
