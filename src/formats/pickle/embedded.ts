/**
 * Pickles, archives and compressed streams inside a pickle's bytes/str operands. A payload can ride in
 * a BINBYTES/SHORT_BINBYTES/BYTEARRAY8 operand (or a latin-1 string turned into bytes by
 * `_codecs.encode`, protocol 0-2's spelling of bytes) that a gadget hands to `pickle.loads`,
 * `torch.load` or a decompressor. The walker records every operand whose first bytes look like one
 * (`embeddedKind`), and the scanner turns each into a ByteSource (`embeddedSource`) for the whole
 * scanner, within the depth and expansion budgets.
 */
import { gunzipSync, inflateSync, constants as zlibConstants } from 'node:zlib';
import { BufferSource, type ByteSource, MAX_READ, SliceSource } from '../../core/source.ts';
import { IDENT } from './findings.ts';
import { decodeRawUnicodeEscape, decodeReprString } from './operands.ts';
import { PickleReader } from './reader.ts';
import type { Embedded } from './state.ts';
import { STRUCTURE_ONLY, walkPickle } from './walker.ts';

/** Longest operand materialised in memory to re-encode it (a raw operand is a window, never copied). */
const MAX_DECODED = MAX_READ;

/**
 * The bytes a loader would get from the operand: raw operands are a window on the source; text is
 * re-read and encoded the way `_codecs.encode(s, 'latin1')` would (UTF-8 bytes when a character does
 * not fit latin-1). Null when the operand is too large to re-encode in memory.
 */
export async function embeddedSource(
  source: ByteSource,
  e: Embedded,
  member: readonly string[],
): Promise<ByteSource | null> {
  if (e.encoding === 'raw') return new SliceSource(source, e.start, e.length, member);
  if (e.length > MAX_DECODED) return null;
  const raw = await source.read(e.start, e.length);
  const text =
    e.encoding === 'utf8'
      ? raw.toString('utf8')
      : e.encoding === 'repr'
        ? (decodeReprString(raw.toString('latin1')) ?? '')
        : decodeRawUnicodeEscape(raw);
  const latin1 = fitsLatin1(text);
  return new BufferSource(
    latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8'),
    source.path,
    member,
  );
}

function fitsLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Bytes of an embedded operand a confirmation reads. */
const CONFIRM_HEAD = 64 * 1024;

/**
 * True when an embedded operand really is what its first bytes suggest, so tensor bytes that happen to
 * start with `0x78` or `1f 8b` (about once in 8,000 and 65,000 arrays) are not scanned as broken
 * archives: a deflate stream must inflate, a pickle must walk (to STOP, or naming a Python name before
 * it breaks, or cleanly to the end of what was read). Other magics are long enough on their own.
 */
export async function confirmEmbedded(source: ByteSource, kind: Embedded['kind']): Promise<boolean> {
  const head = await source.read(0, Math.min(source.size, CONFIRM_HEAD));
  if (kind === 'pickle') return confirmPickle(source);
  if (head[0] === 0x1f && head[1] === 0x8b)
    return head[2] === 8 && (head[3]! & 0xe0) === 0 && inflates(head, gunzipSync);
  if (head[0] === 0x78) return inflates(head, inflateSync);
  return true;
}

function inflates(head: Buffer, codec: typeof inflateSync): boolean {
  try {
    return codec(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 }).length >= 0;
  } catch (err) {
    // A head cut mid-stream or a large expansion is fine; a bad block type or distance is not deflate.
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

const CONFIRM_LIMITS = {
  maxOpcodes: 100_000,
  maxStack: 100_000,
  maxMemo: 100_000,
  maxRetained: 10_000,
  maxString: 4096,
};

async function confirmPickle(source: ByteSource): Promise<boolean> {
  const window = Math.min(source.size, CONFIRM_HEAD);
  const r = await walkPickle(new PickleReader(source, 0, window), CONFIRM_LIMITS, STRUCTURE_ONLY);
  if (!r.error) return r.opcodes >= 2;
  if (r.globals.some((g) => g.unresolved !== undefined || (IDENT.test(g.module) && IDENT.test(g.name))))
    return true;
  return r.error.code !== 'content' && window < source.size && r.opcodes > 16;
}
