/**
 * The structural sniffer for protocol 0/1 pickles, which have no magic number: content (whatever its
 * name: `.safetensors`, `.bin`, none) is a pickle when its first opcodes walk cleanly. The walk never
 * throws (a text file costs no exception); why it stopped is read from the error code:
 *
 * - it reached STOP, or named a global and ran on: a pickle;
 * - the sniff window or a sniff limit stopped it (`truncated`/`limit`, not bytes an unpickler refuses):
 *   "maybe a pickle", so it is walked in full, when enough opcodes ran clean or the first opcode's
 *   number operand simply ran past the window (a 70,000-digit LONG, which CPython's int() accepts).
 */
import { isUtf8 } from 'node:buffer';
import { isText, type SniffInput } from '../../core/sniff.ts';
import { mayStartPickle } from './first-bytes.ts';
import { PickleReader } from './reader.ts';
import { STRUCTURE_ONLY, walkPickle } from './walker.ts';

/** Bytes a structural sniff may walk. */
const SNIFF_WINDOW = 64 * 1024;
/** Opcodes a walk must get through without error when the window ends before STOP. */
const SNIFF_MIN_OPCODES = 16;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const SNIFF_LIMITS = {
  maxOpcodes: 100_000,
  maxStack: 100_000,
  maxMemo: 100_000,
  maxRetained: 10_000,
  maxString: SNIFF_WINDOW,
};

/** INT/LONG/FLOAT whose digits run to the end of the head: a number operand the window cut. */
function numberRunsPastHead(head: Buffer): boolean {
  const op = head[0];
  if (op !== 0x49 && op !== 0x4c && op !== 0x46) return false;
  return /^[+-]?[0-9a-fA-F_xXoObB.eE]*$/.test(head.subarray(1).toString('latin1'));
}

export async function looksLikePickle({ head, size, source }: SniffInput): Promise<boolean> {
  if (!mayStartPickle(head)) return false;
  const window = Math.min(size, SNIFF_WINDOW);
  const r = await walkPickle(new PickleReader(source, 0, window), SNIFF_LIMITS, STRUCTURE_ONLY);
  if (!r.error) return r.opcodes >= 2;
  const clean = r.opcodes - 1;
  // A stream that names a global and then runs a few more opcodes before it breaks is a (broken) pickle:
  // Python executes everything before the break (the nullifAI technique).
  if (r.globals.length > 0 && clean >= 4) return true;
  // GLOBAL/INST import their module as soon as they are read, whatever follows: a first opcode naming
  // a Python module and attribute is enough. Text files (a requirements.txt starting `click\nnumpy\n`)
  // are left to the text sniffers.
  const g = r.globals[0];
  if (
    g &&
    g.offset === 0 &&
    IDENT.test(g.module) &&
    IDENT.test(g.name) &&
    !plainText(head, head.length === size)
  )
    return true;
  const stoppedByUs = (r.error.code === 'truncated' && window < size) || r.error.code === 'limit';
  return stoppedByUs && (clean >= SNIFF_MIN_OPCODES || (r.opcodes <= 1 && numberRunsPastHead(head)));
}

/** Text as the text sniffers see it; a head that is the whole file must be UTF-8 to its last byte. */
function plainText(head: Buffer, complete: boolean): boolean {
  return isText(head) && (!complete || isUtf8(head));
}
