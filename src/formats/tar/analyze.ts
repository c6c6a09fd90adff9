/**
 * Tar archives (including PyTorch's legacy tar checkpoints), listed as Python's tarfile lists them
 * (./header.ts: tarfile's number and name rules, PAX records by their length prefix, GNU long
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
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding, type RuleDefinition } from '../../core/finding.ts';
import {
  TAR_MALFORMED,
  TAR_UNSUPPORTED_MEMBER,
  TAR_AFTER_END,
  TORCH_LEGACY_TAR,
  TAR_PAX_MISMATCH,
  TAR_LONG_NAME_MISMATCH,
} from './rules.ts';
import { type ByteSource, label, SliceSource } from '../../core/source.ts';
import {
  ARCHIVE_LINK,
  ARCHIVE_LINK_ESCAPE,
  ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_TOO_MANY_MEMBERS,
  linkEscapes,
} from '../compressed/archive-rules.ts';
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
} from './header.ts';
import { scanTailZip } from '../zip/analyze.ts';
import { tarChecksumValid } from './sniff.ts';
import { unsafeMemberPath } from '../../core/paths.ts';

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
    linkpath: m.linkname || undefined,
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

export async function analyzeTar(ctx: AnalyzerContext): Promise<void> {
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
