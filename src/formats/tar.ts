/**
 * Tar archives (including PyTorch's legacy tar checkpoints), listed as Python's tarfile lists them
 * (./tar-header.ts: tarfile's number and name rules, PAX records by their length prefix, GNU long
 * names up to the first NUL of their blocks), walked with random access: each 512-byte header is read,
 * member data is never read here. A regular member (or one of a type tarfile does not know, which its
 * `extractfile` also opens) is a SliceSource window on the file, dispatched through `ctx.scanMember`,
 * so a 10 GB tar costs one header read per member. A zip appended after the tar's members (Python's
 * zipfile finds it from the end) is reported and scanned as a polyglot.
 *
 * Findings: member paths that escape the extraction folder, links that point outside the archive,
 * a broken header (fail closed: what follows it was not scanned), members past the limit, GNU
 * sparse members (their data is not contiguous, so it cannot be scanned as is).
 *
 * PyTorch legacy tar (torch < 0.1.10, still read by `torch.load`): members `sys_info`, `pickle`,
 * `storages` and `tensors`, each unpickled by torch. The torch name sniffer (shared/torch-names.ts)
 * makes them pickles whatever their first byte, and this analyzer notes the format.
 */
import type { AnalyzerContext, FileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding, type RuleDefinition } from '../core/finding.ts';
import { KINDS, type Sniffer } from '../core/sniff.ts';
import { type ByteSource, label, SliceSource } from '../core/source.ts';
import {
  ARCHIVE_LINK,
  ARCHIVE_LINK_ESCAPE,
  ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_TOO_MANY_MEMBERS,
  linkEscapes,
} from './compressed/archive-rules.ts';
import {
  BLOCK,
  blocks,
  applyPax,
  hasData,
  nts,
  parseHeader,
  parsePax,
  type RawHeader,
  readMeta,
  type Wrapped,
} from './tar-header.ts';
import { scanTailZip } from './zip/analyzer.ts';
import { unsafeMemberPath } from '../core/paths.ts';

export const TAR_MALFORMED = defineRule({
  id: 'tar/malformed',
  severity: 'high',
  title: 'Tar archive is malformed or truncated',
  tags: ['tar', 'fail-closed'],
  explain: `A tar header has a bad checksum, a member runs past the end of the file, or a metadata
record is too large. Readers differ on what they do next (stop, skip, resynchronise), so members after
the damage may be loaded by one tool and missed by another; modelvet did not scan past it.

Fix: re-create the archive from the original files.`,
});

export const TAR_UNSUPPORTED_MEMBER = defineRule({
  id: 'tar/unsupported-member',
  severity: 'high',
  title: 'Tar member modelvet cannot read',
  tags: ['tar', 'fail-closed'],
  explain: `The member is a GNU sparse file (its data is stored in pieces with holes) or another
entry type whose data modelvet does not reassemble. Its content was not scanned.

Fix: re-create the archive without --sparse, or ignore this rule for the path after vetting it.`,
});

export const TAR_AFTER_END = defineRule({
  id: 'tar/member-after-end',
  severity: 'high',
  title: 'Tar member hidden after the end-of-archive marker',
  tags: ['tar', 'evasion'],
  explain: `A valid member header follows the zero blocks that end a tar archive. Python's tarfile
(and so PyTorch's legacy loader) stops at the marker, while \`tar --ignore-zeros\` and other tools go
on and extract what follows: two readers see two archives, and a scanner that stops early misses
the rest. modelvet scans the members after the marker too.

Fix: re-create the archive.`,
});

export const TORCH_LEGACY_TAR = defineRule({
  id: 'torch/legacy-tar',
  severity: 'info',
  title: 'PyTorch legacy tar checkpoint',
  tags: ['torch'],
  explain: `The file is a PyTorch checkpoint in the tar format of torch < 0.1.10 (members sys_info,
pickle, storages, tensors). torch.load still reads it and unpickles each of those members, so each
was scanned as a pickle. Consider converting it to safetensors.`,
});

/**
 * The header checksum rule every tar reader applies: the octal number at 148..155 equals the sum of
 * the block's bytes with that field counted as spaces (some writers sum signed bytes; both accepted).
 * Checked here without the `tar` package so that sniffing every file does not load it.
 */
export function tarChecksumValid(block: Uint8Array): boolean {
  if (block.length < 512) return false;
  const field = Buffer.from(block.subarray(148, 156)).toString('latin1');
  const m = /^\s*([0-7]{1,8})[\0 ]*$/.exec(field.replace(/\0+$/, ''));
  if (!m) return false;
  const want = Number.parseInt(m[1]!, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}

/** Tar without the ustar magic (v7): a header block whose checksum is right and that names a path. */
export const TAR_SNIFFER: Sniffer = {
  kind: KINDS.tar,
  priority: 45,
  match: ({ head }) => head.length >= 512 && head[0] !== 0 && tarChecksumValid(head.subarray(0, 512)),
};

export const TAR_PAX_MISMATCH = defineRule({
  id: 'tar/pax-record-mismatch',
  severity: 'high',
  title: 'PAX record that tar readers read differently',
  tags: ['tar', 'evasion'],
  explain: `A PAX extended header record is "LENGTH KEY=VALUE\\n", and Python's tarfile (so torch.load's
legacy tar path and Python unpacking tools) reads each record by its LENGTH. Here a value holds a
newline, so readers that split records on newlines (node-tar, some scanners) read other keys and
values than tarfile does: a member can be named one way for the loader and another for the scanner.
Real writers never put a newline in a path. modelvet names members as tarfile does.

Fix: re-create the archive.`,
});

export const TAR_LONG_NAME_MISMATCH = defineRule({
  id: 'tar/long-name-mismatch',
  severity: 'high',
  title: 'GNU long name that tar readers read differently',
  tags: ['tar', 'evasion'],
  explain: `A GNU long-name header ("././@LongLink") carries the next member's name in its data. Python's
tarfile reads the name up to the first NUL of the whole 512-byte blocks, padding included; GNU tar
and node-tar read as many bytes as the header declares. Here the two differ, so the member has one
name for Python loaders and another for other tools. modelvet names members as tarfile does.

Fix: re-create the archive.`,
});

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const META_TYPES = new Set([
  'NextFileHasLongPath',
  'NextFileHasLongLinkpath',
  'ExtendedHeader',
  'OldExtendedHeader',
  'GlobalExtendedHeader',
]);

export interface TarMember {
  path: string;
  type: string;
  size: number;
  headerOffset: number;
  dataOffset: number;
  linkpath?: string;
}

export interface TarListing {
  members: TarMember[];
  problems: { rule: RuleDefinition; message: string; offset: number }[];
  truncatedAt?: number;
}

/** A GNU long name or a PAX extended header waiting for the member it applies to. */
type Wrapper = { kind: 'long'; link: boolean; name: string } | { kind: 'pax'; values: Map<string, string> };

interface ListState {
  members: TarMember[];
  problems: TarListing['problems'];
  globalPax: Map<string, string>;
  wrappers: Wrapper[];
}

/** Reads a metadata header's data and queues what it means; false when it cannot be read. */
async function readMetaHeader(
  source: ByteSource,
  st: ListState,
  h: RawHeader,
  pos: number,
): Promise<boolean> {
  const data = await readMeta(source, pos + BLOCK, h.size);
  if (!data) {
    st.problems.push({ rule: TAR_MALFORMED, message: `metadata record of ${h.size} bytes`, offset: pos });
    return false;
  }
  if (h.type === 'NextFileHasLongPath' || h.type === 'NextFileHasLongLinkpath') {
    const name = nts(data);
    const declared = nts(data.subarray(0, h.size));
    if (name !== declared) {
      st.problems.push({
        rule: TAR_LONG_NAME_MISMATCH,
        message: `GNU long name at ${pos}: Python's tarfile reads ${JSON.stringify(name)}, readers that take the declared ${h.size} bytes ${JSON.stringify(declared)}`,
        offset: pos,
      });
    }
    st.wrappers.push({ kind: 'long', link: h.type === 'NextFileHasLongLinkpath', name });
    return true;
  }
  const pax = parsePax(data.subarray(0, blocks(h.size)), pos + BLOCK);
  for (const m of pax.mismatched) {
    st.problems.push({
      rule: TAR_PAX_MISMATCH,
      message: `PAX record "${m.keyword}" at ${m.offset} holds a newline in its value; line-splitting readers read different records than Python's tarfile`,
      offset: m.offset,
    });
  }
  if (pax.refused) {
    st.problems.push({
      rule: TAR_MALFORMED,
      message: `${pax.refused}: Python's tarfile stops reading the archive here (other readers go on; they were followed)`,
      offset: pos,
    });
    return true;
  }
  if (h.type === 'GlobalExtendedHeader') for (const [k, v] of pax.values) st.globalPax.set(k, v);
  else st.wrappers.push({ kind: 'pax', values: new Map([...st.globalPax, ...pax.values]) });
  return true;
}

/** A member header with its queued wrappers applied the way tarfile applies them; returns the next header offset. */
function addMember(st: ListState, h: RawHeader, pos: number): number {
  const m: Wrapped = { name: h.name, linkname: h.linkname, size: h.size };
  applyPax(m, st.globalPax);
  let next = pos + BLOCK + (hasData(h.type) ? blocks(h.size) : 0);
  // Each wrapper is applied after the header it wraps was read: the innermost first.
  for (const w of st.wrappers.reverse()) {
    if (w.kind === 'long') {
      if (w.link) m.linkname = w.name;
      else m.name = h.type === 'Directory' ? w.name.replace(/\/+$/, '') : w.name;
    } else {
      applyPax(m, w.values);
      if (w.values.has('size')) next = pos + BLOCK + (hasData(h.type) ? blocks(m.size) : 0);
    }
  }
  const sparse = st.wrappers.some(
    (w) => w.kind === 'pax' && [...w.values.keys()].some((k) => k.startsWith('GNU.sparse.')),
  );
  st.wrappers = [];
  st.members.push({
    path: m.name,
    type: sparse ? 'SparseFile' : h.type,
    size: hasData(h.type) ? m.size : 0,
    headerOffset: pos,
    dataOffset: pos + BLOCK,
    ...(m.linkname ? { linkpath: m.linkname } : {}),
  });
  return next;
}

/** Lists the members of a tar held in `source` (headers only), as Python's tarfile lists them. */
export async function listTar(source: ByteSource, maxMembers: number): Promise<TarListing> {
  const st: ListState = { members: [], problems: [], globalPax: new Map(), wrappers: [] };
  let pos = 0;
  while (pos + BLOCK <= source.size) {
    const block = await source.read(pos, BLOCK);
    if (block.every((b) => b === 0)) {
      // End-of-archive marker. A header after it is read by `tar --ignore-zeros`, not by tarfile.
      const after = await headerAfter(source, pos + BLOCK);
      if (after === undefined) break;
      st.problems.push({
        rule: TAR_AFTER_END,
        message: `a member header at ${after} follows the end-of-archive marker at ${pos}`,
        offset: after,
      });
      pos = after;
      continue;
    }
    const h = parseHeader(block);
    if (!h.checksumOk || h.badNumber) {
      const why = h.checksumOk ? 'a number field Python cannot read' : 'a wrong checksum';
      st.problems.push({ rule: TAR_MALFORMED, message: `header at offset ${pos} has ${why}`, offset: pos });
      break;
    }
    const dataSize = hasData(h.type) ? h.size : 0;
    if (!Number.isSafeInteger(h.size) || h.size < 0 || pos + BLOCK + dataSize > source.size) {
      st.problems.push({
        rule: TAR_MALFORMED,
        message: `${h.name || 'member'} claims ${h.size} bytes, past the end of the file`,
        offset: pos,
      });
      break;
    }
    if (META_TYPES.has(h.type)) {
      if (!(await readMetaHeader(source, st, h, pos))) break;
      pos += BLOCK + blocks(h.size);
      continue;
    }
    if (st.members.length >= maxMembers)
      return { members: st.members, problems: st.problems, truncatedAt: pos };
    pos = addMember(st, h, pos);
  }
  return { members: st.members, problems: st.problems };
}

/** Zero bytes searched past an end-of-archive marker for another header. */
const AFTER_END_SEARCH = 1024 * 1024;

/** Offset of the first non-zero block at or after `from` when it is a valid header, else undefined. */
async function headerAfter(source: ByteSource, from: number): Promise<number | undefined> {
  const end = Math.min(source.size, from + AFTER_END_SEARCH);
  for (let pos = from; pos + 512 <= end; ) {
    const n = Math.min(64 * 1024, end - pos) - (Math.min(64 * 1024, end - pos) % 512);
    if (n <= 0) return undefined;
    const buf = await source.read(pos, n);
    for (let i = 0; i + 512 <= buf.length; i += 512) {
      const block = buf.subarray(i, i + 512);
      if (block.every((b) => b === 0)) continue;
      return tarChecksumValid(block) ? pos + i : undefined;
    }
    pos += n;
  }
  return undefined;
}

async function analyzeTar(ctx: AnalyzerContext): Promise<void> {
  const { source } = ctx;
  const listing = await listTar(source, ctx.limits.maxMembers);
  for (const p of listing.problems) {
    ctx.report(
      finding(p.rule, { message: `${label(source)}: ${p.message}; not scanned past it`, offset: p.offset }),
    );
  }
  if (listing.truncatedAt !== undefined) {
    ctx.report(
      finding(ARCHIVE_TOO_MANY_MEMBERS, {
        message: `${label(source)}: more than ${ctx.limits.maxMembers} members; the rest were not scanned`,
        offset: listing.truncatedAt,
      }),
    );
  }
  await scanZipAfterMembers(ctx, listing);
  const names = new Set(listing.members.map((m) => m.path.replace(/^\.\//, '')));
  if (names.has('sys_info') && names.has('pickle')) {
    ctx.report(
      finding(TORCH_LEGACY_TAR, {
        message: `${label(source)} is a PyTorch legacy tar checkpoint; its pickles were scanned`,
      }),
    );
  }
  for (const m of listing.members) {
    const member = [...source.member, m.path];
    const where = label({ path: source.path, member });
    const unsafe = unsafeMemberPath(m.path);
    if (unsafe) {
      ctx.report(
        finding(ARCHIVE_PATH_TRAVERSAL, {
          message: `${where}: member name ${JSON.stringify(m.path)} ${unsafe}`,
          member,
          offset: m.headerOffset,
        }),
      );
    }
    if (m.type === 'SymbolicLink' || m.type === 'Link') {
      const target = m.linkpath ?? '';
      // Symlinks resolve from the link's folder, hard links from the archive root.
      const dir = m.type === 'SymbolicLink' ? m.path.split('/').slice(0, -1).join('/') : '';
      const escapes = linkEscapes(dir, target);
      ctx.report(
        finding(escapes ? ARCHIVE_LINK_ESCAPE : ARCHIVE_LINK, {
          message: `${where} is a ${m.type === 'Link' ? 'hard' : 'symbolic'} link to ${JSON.stringify(target)}`,
          member,
          offset: m.headerOffset,
          evidence: { target, type: m.type },
        }),
      );
      continue;
    }
    if (m.type === 'SparseFile') {
      ctx.report(
        finding(TAR_UNSUPPORTED_MEMBER, {
          message: `${where} is a GNU sparse member; not scanned`,
          member,
          offset: m.headerOffset,
        }),
      );
      continue;
    }
    // tarfile's extractfile opens regular files and members of any type it does not know.
    if (!(FILE_TYPES.has(m.type) || m.type.startsWith('Unknown(')) || m.size === 0) continue;
    const base = m.path.split('/').filter(Boolean).at(-1) ?? m.path;
    await ctx.scanMember(new SliceSource(source, m.dataOffset, m.size, member), base);
  }
}

/**
 * A zip whose end record lies after every member's data is not a member (a zip stored as the last
 * member is found through the member): Python's zipfile opens the tar as that zip.
 */
async function scanZipAfterMembers(ctx: AnalyzerContext, listing: TarListing): Promise<void> {
  const inMember = (eocd: number) =>
    listing.members.some((m) => eocd >= m.dataOffset && eocd < m.dataOffset + m.size);
  await scanTailZip(ctx, 'a tar archive', (eocd) => !inMember(eocd));
}

export const TAR_ANALYZER: FileAnalyzer = {
  id: 'tar',
  kinds: [KINDS.tar],
  claims: [KINDS.tar],
  analyze: analyzeTar,
};
