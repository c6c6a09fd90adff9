/**
 * The zip analyzer: lists the archive with the tolerant reader, turns every discrepancy into a
 * finding, checks CRCs and sizes where the member is read anyway, and dispatches each member through
 * `ctx.scanMember` (sniffed by content, at any depth). PyTorch checkpoints and TorchScript archives
 * are zips: their tensor storages are only peeked at (see `./torch.ts`), everything else is scanned.
 */
import { type AnalyzerContext, registerFileAnalyzer } from '../../core/analyzer.ts';
import { defineRule, finding } from '../../core/finding.ts';
import { KINDS } from '../../core/sniff.ts';
import { label, readAll } from '../../core/source.ts';
import {
  ARCHIVE_LINK,
  ARCHIVE_LINK_ESCAPE,
  ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_TOO_MANY_MEMBERS,
  ARCHIVE_UNSUPPORTED_COMPRESSION,
  linkEscapes,
  reportBomb,
} from '../compressed/archive-rules.ts';
import {
  openZip,
  openZipEntry,
  recoverLocalEntries,
  ZIP_METHOD,
  type ZipArchive,
  type ZipEntry,
  ZipFormatError,
  type ZipIssueCode,
} from './reader.ts';
import {
  isStorage,
  isTorchScriptPickleName,
  markTorchScriptPickle,
  storageLooksLoadable,
  type TorchLayout,
  torchLayout,
} from './torch.ts';

export const ZIP_MALFORMED = defineRule({
  id: 'zip/malformed',
  severity: 'high',
  title: 'Zip archive is malformed',
  tags: ['zip', 'fail-closed'],
  explain: `The zip could not be read as a whole: no end-of-central-directory record, a central
directory that is truncated or fewer entries than announced, a local header missing where the
central directory points, or member data that cannot be located. Loaders differ in how they handle
such damage, so what one reader skips another may load. Without a central directory modelvet scans
the local entries a streaming reader would extract; whatever could not be read was not scanned.

Fix: re-create the archive (torch.save, numpy.savez, zip) from the original files.`,
});

export const ZIP_NAME_MISMATCH = defineRule({
  id: 'zip/name-mismatch',
  severity: 'high',
  title: 'Zip local header name differs from the central directory',
  tags: ['zip', 'evasion'],
  explain: `Each zip member is named twice: in the central directory and in its local header.
PyTorch looks members up by the central-directory name and ignores the local one, while Python's
zipfile refuses the archive and streaming readers use the local name. Scanners built on those readers
skipped such archives (CVE-2025-1944), so a mismatch is a deliberate evasion, not an accident.
modelvet scans the member under its central-directory name, as PyTorch loads it.

Fix: re-create the archive; a legitimate tool never writes two names.`,
});

export const ZIP_FLAG_BITS = defineRule({
  id: 'zip/flag-bits',
  severity: 'high',
  title: 'Zip member flagged encrypted or patched but readable',
  tags: ['zip', 'evasion'],
  explain: `The member's general-purpose flags claim encryption (0x1, 0x40), patched data (0x20) or
masked headers (0x2000), yet PyTorch ignores these bits and loads the bytes as they are. Python's
zipfile refuses such members, so scanners built on it skipped them (CVE-2025-1945). modelvet reads
the member as PyTorch does and scans it.

Fix: re-create the archive without the flags.`,
});

export const ZIP_BAD_CRC = defineRule({
  id: 'zip/bad-crc',
  severity: 'high',
  title: 'Zip member CRC does not match its data',
  tags: ['zip', 'evasion'],
  explain: `The CRC-32 recorded for the member does not match its bytes. PyTorch does not check
CRCs, so the member loads anyway, while strict readers (Python's zipfile) raise an error; scanners
that stop at that error miss the payload (CVE-2025-10156). A CRC mismatch also means the file was
altered after it was written. modelvet scans the member regardless.

Fix: re-create the archive from trusted files and compare its hash with the publisher's.`,
});

export const ZIP_OVERLAP = defineRule({
  id: 'zip/overlapping-entries',
  severity: 'high',
  title: 'Zip entries share bytes',
  tags: ['zip', 'evasion', 'denial-of-service'],
  explain: `Two central-directory entries point into the same bytes, or an entry runs into the
central directory. Legitimate writers never do this; overlapping entries build "non-recursive" zip
bombs and let one member's bytes be read under another name, so the same data is seen differently
by different readers.

Fix: re-create the archive.`,
});

export const ZIP_OUT_OF_BOUNDS = defineRule({
  id: 'zip/out-of-bounds',
  severity: 'high',
  title: 'Zip entry points outside the file',
  tags: ['zip', 'fail-closed'],
  explain: `An entry's local header or data lies past the end of the file: the archive is truncated
or was crafted so that readers disagree about its members. The member could not be scanned.

Fix: re-download the file; if it persists, re-create the archive.`,
});

export const ZIP_DUPLICATE_NAME = defineRule({
  id: 'zip/duplicate-name',
  severity: 'high',
  title: 'Several zip entries have the same name',
  tags: ['zip', 'evasion'],
  explain: `Two or more entries share a name. Readers disagree on which one a lookup returns (the
first, the last, or an error), so a scanner may vet one copy while the loader reads the other.
modelvet scans every copy.

Fix: re-create the archive with unique names.`,
});

export const ZIP_PREFIX = defineRule({
  id: 'zip/prefix-data',
  severity: 'medium',
  title: 'Data before the zip archive',
  tags: ['zip', 'polyglot'],
  explain: `Bytes precede the archive and its offsets are relative to a later start. Self-extracting
archives look like this; so do polyglots built to be read as two formats. Python's zipfile opens it,
PyTorch's reader does not. The zip part was scanned; the prefix was sniffed by the file's kind only.

Fix: publish the archive without the prefix.`,
});

export const ZIP_AMBIGUOUS = defineRule({
  id: 'zip/ambiguous-directory',
  severity: 'high',
  title: 'Zip central directory reads differently in different readers',
  tags: ['zip', 'evasion'],
  explain: `The archive's directory is not the same for every reader. Either the end record's stated
central-directory offset and the position implied by its size both hold a directory and they differ
(miniz, and so PyTorch, reads the first; Python's zipfile the second), or the end record announces
fewer entries than the directory holds (miniz reads by count, zipfile by size). Two loaders then see
two different archives. modelvet scans every entry of every view.

Fix: re-create the archive.`,
});

export const ZIP_SIZE_MISMATCH = defineRule({
  id: 'zip/size-mismatch',
  severity: 'medium',
  title: 'Zip member size differs from the recorded size',
  tags: ['zip'],
  explain: `The member's data is not the size its headers record (a stored member whose compressed and
uncompressed sizes differ, or deflate output of another length). Readers that trust the recorded
size read different bytes from readers that decompress to the end. modelvet scans what it read.

Fix: re-create the archive.`,
});

export const ZIP_HIDDEN_ENTRY = defineRule({
  id: 'zip/hidden-entry',
  severity: 'high',
  title: 'Zip entry hidden from the central directory',
  tags: ['zip', 'evasion'],
  explain: `A local file header with data sits in bytes the central directory does not list.
Readers that use the central directory (PyTorch, Python's zipfile) never see it; streaming readers and
extraction tools that walk local headers extract it. Two readers therefore get different archives,
which is how a payload reaches one tool while scanners vet the other view. modelvet scans the
hidden entry as well.

Fix: re-create the archive.`,
});

export const ZIP_UNREFERENCED_DATA = defineRule({
  id: 'zip/unreferenced-data',
  severity: 'low',
  title: 'Zip archive has bytes that belong to no entry',
  tags: ['zip'],
  explain: `Between entries, or before the central directory, lie bytes no entry accounts for (beyond
a data descriptor). Writers do not leave such gaps; they appear when an archive is edited in place or
data is smuggled in. No local header was found in them, so nothing there is extractable as a member.
Reported for review.`,
});

const ISSUE_RULES: Record<ZipIssueCode, typeof ZIP_MALFORMED> = {
  'name-mismatch': ZIP_NAME_MISMATCH,
  'flag-bits': ZIP_FLAG_BITS,
  'local-header': ZIP_MALFORMED,
  overlap: ZIP_OVERLAP,
  'out-of-bounds': ZIP_OUT_OF_BOUNDS,
  'duplicate-name': ZIP_DUPLICATE_NAME,
  'unsafe-path': ARCHIVE_PATH_TRAVERSAL,
  prefix: ZIP_PREFIX,
  'ambiguous-directory': ZIP_AMBIGUOUS,
  'entry-count': ARCHIVE_TOO_MANY_MEMBERS,
  'truncated-directory': ZIP_MALFORMED,
  // Symlinks are judged by their target once it is read (see scanEntry).
  symlink: ARCHIVE_LINK,
  'hidden-entry': ZIP_HIDDEN_ENTRY,
  'unreferenced-data': ZIP_UNREFERENCED_DATA,
};

/** Stored members at most this big get their CRC checked; at most CRC_TOTAL bytes per archive. */
const CRC_MEMBER = 16 * 1024 * 1024;
const CRC_TOTAL = 64 * 1024 * 1024;

function baseName(name: string): string {
  return name.split(/[\\/]/).filter(Boolean).at(-1) ?? name;
}

async function analyzeZip(ctx: AnalyzerContext): Promise<void> {
  let zip: ZipArchive;
  try {
    zip = await openZip(ctx.source, { maxEntries: ctx.limits.maxMembers });
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    // No central directory: scan what a streaming reader would extract from the local headers.
    const recovered = await recoverLocalEntries(ctx.source);
    ctx.report(
      finding(ZIP_MALFORMED, {
        message: `${label(ctx.source)}: starts like a zip archive but cannot be read: ${err.message}${recovered.length ? `; ${recovered.length} local entries scanned as a streaming reader sees them` : ''}`,
      }),
    );
    const state: ScanState = { crcLeft: 0, overBudget: 0 };
    const streaming: ZipArchive = {
      source: ctx.source,
      entries: [],
      issues: [],
      prefixBytes: 0,
      hidden: recovered,
      find: () => undefined,
      openEntry: (e, o) => openZipEntry(ctx.source, e, o),
      checkCrc: async () => undefined,
    };
    for (const entry of recovered)
      if (!entry.isDirectory) await scanEntry(ctx, streaming, entry, false, state);
    return;
  }
  await scanArchive(ctx, zip);
}

/** Reports the archive's issues and scans every listed and hidden entry. */
async function scanArchive(ctx: AnalyzerContext, zip: ZipArchive): Promise<void> {
  const chain = (e?: string) => (e === undefined ? undefined : [...ctx.source.member, e]);
  for (const issue of zip.issues) {
    if (issue.code === 'symlink') continue;
    const member = chain(issue.entry);
    ctx.report(
      finding(ISSUE_RULES[issue.code], {
        message: `${label(ctx.source)}: ${issue.message}`,
        ...(member ? { member } : {}),
        ...(issue.offset !== undefined ? { offset: issue.offset } : {}),
        ...(issue.evidence ? { evidence: issue.evidence } : {}),
      }),
    );
  }
  const layout = torchLayout(zip);
  const state: ScanState = { crcLeft: CRC_TOTAL, overBudget: 0 };
  for (const entry of zip.entries) {
    if (entry.isDirectory) continue;
    await scanEntry(ctx, zip, entry, layout && isStorage(layout, entry), state, layout);
  }
  for (const entry of zip.hidden) {
    if (!entry.isDirectory) await scanEntry(ctx, zip, entry, false, state);
  }
  reportOverBudget(ctx, state);
}

interface ScanState {
  /** Stored bytes that may still be read for CRC checks. */
  crcLeft: number;
  /** Compressed members skipped because the expansion budget was spent. */
  overBudget: number;
}

/** One finding for every member skipped after the budget ran out (overlapping-entry bombs). */
function reportOverBudget(ctx: AnalyzerContext, state: ScanState): void {
  if (state.overBudget === 0) return;
  reportBomb(
    ctx,
    [...ctx.source.member],
    'total',
    `the expansion budget (${ctx.budget.limit} bytes) is spent; ${state.overBudget} more compressed members were not decompressed`,
    { skipped: state.overBudget },
  );
}

async function scanEntry(
  ctx: AnalyzerContext,
  zip: ZipArchive,
  entry: ZipEntry,
  storage: boolean | undefined,
  state: ScanState,
  layout?: TorchLayout,
): Promise<void> {
  const member = [...ctx.source.member, entry.name];
  const where = label({ path: ctx.source.path, member });
  // A deflated tensor storage (a re-zipped checkpoint): look at its head before inflating it all.
  if (storage && entry.method === ZIP_METHOD.deflate) {
    const head = await zip.openEntry(entry, { limits: ctx.limits, peek: 512 });
    if (head.ok && head.partial && !(await storageLooksLoadable(head.source, true))) return;
  }
  if (entry.method !== ZIP_METHOD.stored && ctx.budget.used >= ctx.budget.limit) {
    state.overBudget++;
    return;
  }
  const opened = await zip.openEntry(entry, { limits: ctx.limits, budget: ctx.budget });
  if (!opened.ok) {
    if (opened.reason === 'limit') {
      reportBomb(ctx, member, opened.limit, opened.message, opened.evidence);
    } else if (opened.reason === 'no-data') {
      // Already reported as out-of-bounds or a missing local header.
    } else {
      ctx.report(
        finding(ARCHIVE_UNSUPPORTED_COMPRESSION, {
          message: `${where}: ${opened.message}; not scanned`,
          member,
          ...(opened.evidence ? { evidence: opened.evidence } : {}),
        }),
      );
    }
    return;
  }
  const source = opened.source;
  // Tensor storages: peek, and scan only what looks loadable (keeps multi-GB reads tiny).
  if (storage && !(await storageLooksLoadable(source))) return;

  let crcOk = opened.crcOk;
  if (crcOk === undefined && entry.method === ZIP_METHOD.stored && entry.compressedSize <= state.crcLeft) {
    crcOk = await zip.checkCrc(entry, CRC_MEMBER);
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
        message: `${where}: ${source.size} bytes of data, ${entry.uncompressedSize} recorded`,
        member,
        evidence: { actual: source.size, recorded: entry.uncompressedSize },
      }),
    );
  }
  if (entry.unixMode !== undefined && (entry.unixMode & 0o170000) === 0o120000 && source.size <= 4096) {
    const target = (await readAll(source)).toString('utf8');
    const dir = entry.name.split('/').slice(0, -1).join('/');
    const escapes = linkEscapes(dir, target);
    ctx.report(
      finding(escapes ? ARCHIVE_LINK_ESCAPE : ARCHIVE_LINK, {
        message: `${where} is a symbolic link to ${JSON.stringify(target)}`,
        member,
        evidence: { target },
      }),
    );
    return;
  }
  if (layout && entry.index >= 0 && isTorchScriptPickleName(layout, entry.name))
    markTorchScriptPickle(source);
  await ctx.scanMember(source, baseName(entry.name));
}

registerFileAnalyzer({ id: 'zip', kinds: [KINDS.zip], claims: [KINDS.zip], analyze: analyzeZip });

export const ZIP_POLYGLOT = defineRule({
  id: 'zip/polyglot',
  severity: 'high',
  title: 'File is another format and a zip archive at once',
  tags: ['zip', 'polyglot', 'evasion'],
  explain: `The file starts as one format (a pickle, NumPy array, safetensors, an image...) and also
ends with a valid zip central directory, so readers that look at the start and readers that look at
the end (Python's zipfile, numpy.load on a zip, many extractors) load different content. torch.load
treats a file as a zip only when it starts with "PK", so a pickle head runs through the legacy
loader while scanners that sniff the zip scan only the archive, or the other way round. modelvet
scans both views.

Fix: publish each artifact as a single format.`,
});

/**
 * Polyglots: content sniffed as something else whose tail is also a zip archive. Tar is left out (a
 * zip stored as the last tar member is found through the tar), and so are plain containers; unknown
 * content with a zip tail is already sniffed as zip.
 */
registerFileAnalyzer({
  id: 'zip-polyglot',
  kinds: [
    KINDS.pickle,
    KINDS.numpy,
    KINDS.safetensors,
    KINDS.gguf,
    KINDS.hdf5,
    KINDS.image,
    KINDS.executable,
  ],
  async analyze(ctx) {
    let zip: ZipArchive;
    try {
      zip = await openZip(ctx.source, { maxEntries: ctx.limits.maxMembers });
    } catch (err) {
      if (err instanceof ZipFormatError) return;
      throw err;
    }
    if (zip.entries.length === 0) return;
    ctx.report(
      finding(ZIP_POLYGLOT, {
        message: `${label(ctx.source)} is ${ctx.kind} content and also a zip archive of ${zip.entries.length} entries; both were scanned`,
        evidence: { kind: ctx.kind, entries: zip.entries.length },
      }),
    );
    await scanArchive(ctx, zip);
  },
});
