/**
 * Tar archives (including PyTorch's legacy tar checkpoints) through the `tar` package's header and
 * PAX parsers, walked with random access: each 512-byte header is read and decoded by `tar`'s
 * `Header` (checksum, ustar/GNU/PAX fields), PAX and GNU long-name records are applied with its
 * `Pax`, and member data is never read here. A regular member is a SliceSource window on the file,
 * dispatched through `ctx.scanMember`, so a 10 GB tar costs one header read per member.
 *
 * Findings: member paths that escape the extraction folder, links that point outside the archive,
 * a broken header (fail closed: what follows it was not scanned), members past the limit, GNU
 * sparse members (their data is not contiguous, so it cannot be scanned as is).
 *
 * PyTorch legacy tar (torch < 0.1.10, still read by `torch.load`): members `sys_info`, `pickle`,
 * `storages` and `tensors`, each unpickled by torch. The zip module's name sniffer makes them
 * pickles whatever their first byte, and this analyzer notes the format.
 */
import type { Header } from 'tar';
import { type AnalyzerContext, registerFileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding, type RuleDefinition } from '../core/finding.ts';
import { KINDS, registerSniffer } from '../core/sniff.ts';
import { type ByteSource, label, SliceSource } from '../core/source.ts';
import {
  ARCHIVE_LINK,
  ARCHIVE_LINK_ESCAPE,
  ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_TOO_MANY_MEMBERS,
  linkEscapes,
} from './compressed/archive-rules.ts';
import { unsafeMemberPath } from './zip/reader.ts';
import './zip/torch.ts';

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
registerSniffer({
  kind: KINDS.tar,
  priority: 45,
  match: ({ head }) => head.length >= 512 && head[0] !== 0 && tarChecksumValid(head.subarray(0, 512)),
});

const META_LIMIT = 1024 * 1024;
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

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

/** Lists the members of a tar held in `source` (headers only). */
export async function listTar(source: ByteSource, maxMembers: number): Promise<TarListing> {
  const { Header, Pax } = await import('tar'); // loaded only when a tar is met
  const members: TarMember[] = [];
  const problems: TarListing['problems'] = [];
  let ex: Record<string, unknown> | undefined;
  let gex: Record<string, unknown> | undefined;
  let pos = 0;
  while (pos + 512 <= source.size) {
    const block = await source.read(pos, 512);
    if (block.every((b) => b === 0)) {
      // End-of-archive marker. A header after it is read by `tar --ignore-zeros`, not by tarfile.
      const after = await headerAfter(source, pos + 512);
      if (after === undefined) break;
      problems.push({
        rule: TAR_AFTER_END,
        message: `a member header at ${after} follows the end-of-archive marker at ${pos}`,
        offset: after,
      });
      pos = after;
      continue;
    }
    let header: Header;
    try {
      header = new Header(block, 0, ex as never, gex as never);
    } catch (err) {
      problems.push({
        rule: TAR_MALFORMED,
        message: `unreadable header (${(err as Error).message})`,
        offset: pos,
      });
      break;
    }
    if (!header.cksumValid) {
      problems.push({
        rule: TAR_MALFORMED,
        message: `header checksum is wrong at offset ${pos}`,
        offset: pos,
      });
      break;
    }
    const size = header.size ?? 0;
    const dataOffset = pos + 512;
    const type = header.type;
    const hasData = !['Link', 'SymbolicLink', 'Directory', 'CharacterDevice', 'BlockDevice', 'FIFO'].includes(
      type,
    );
    const dataSize = hasData ? size : 0;
    if (!Number.isSafeInteger(size) || size < 0 || dataOffset + dataSize > source.size) {
      problems.push({
        rule: TAR_MALFORMED,
        message: `${header.path ?? 'member'} claims ${size} bytes, past the end of the file`,
        offset: pos,
      });
      break;
    }
    const next = dataOffset + Math.ceil(dataSize / 512) * 512;
    if (/ExtendedHeader|NextFileHas|OldGnuLongPath/.test(type)) {
      if (size > META_LIMIT) {
        problems.push({ rule: TAR_MALFORMED, message: `metadata record of ${size} bytes`, offset: pos });
        break;
      }
      const text = (await source.read(dataOffset, size)).toString('utf8');
      if (type === 'GlobalExtendedHeader') gex = { ...Pax.parse(text, gex as never, true) };
      else if (type === 'ExtendedHeader' || type === 'OldExtendedHeader')
        ex = { ...Pax.parse(text, ex as never, false) };
      else if (type === 'NextFileHasLongLinkpath') ex = { ...ex, linkpath: text.replace(/\0.*/s, '') };
      else ex = { ...ex, path: text.replace(/\0.*/s, '') };
      pos = next;
      continue;
    }
    ex = undefined;
    if (members.length >= maxMembers) return { members, problems, truncatedAt: pos };
    members.push({
      path: header.path ?? '',
      type,
      size: dataSize,
      headerOffset: pos,
      dataOffset,
      ...(header.linkpath ? { linkpath: header.linkpath } : {}),
    });
    pos = next;
  }
  return { members, problems };
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
    if (!FILE_TYPES.has(m.type) || m.size === 0) continue;
    const base = m.path.split('/').filter(Boolean).at(-1) ?? m.path;
    await ctx.scanMember(new SliceSource(source, m.dataOffset, m.size, member), base);
  }
}

registerFileAnalyzer({ id: 'tar', kinds: [KINDS.tar], claims: [KINDS.tar], analyze: analyzeTar });
