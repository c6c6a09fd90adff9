/**
 * The pickle analyzer: registered for kind `pickle` (raw pickles, legacy PyTorch files, joblib dumps,
 * and any archive member sniffed as a pickle), plus a structural sniffer for protocol 0/1 pickles,
 * which have no magic number: a file (whatever its name: `.safetensors`, `.bin`, none) is a pickle when
 * its first opcodes walk cleanly.
 */
import { registerFileAnalyzer } from '../../core/analyzer.ts';
import { isText, KINDS, registerSniffer, type SniffInput } from '../../core/sniff.ts';
import { PickleReader } from './reader.ts';
import { scanPickle } from './scan.ts';
import { walkPickle } from './walker.ts';
import './polyglot.ts';

export { scanPickle } from './scan.ts';

/** Bytes a structural sniff may walk. */
const SNIFF_WINDOW = 64 * 1024;
/** Opcodes a walk must get through without error when the window ends before STOP. */
const SNIFF_MIN_OPCODES = 16;

/**
 * Opcodes that can start a pickle: everything that pushes without needing the stack or memo
 * (protocol 0/1 have no header; a PROTO 0/1 header is not claimed by the magic sniffer either).
 */
const FIRST_OPCODES = new Set(
  [...'(NIJKLFGSTUVXBC]})ciP']
    .map((c) => c.charCodeAt(0))
    .concat([0x80, 0x82, 0x83, 0x84, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x95, 0x96, 0x97]),
);

export async function looksLikePickle({ head, size, source }: SniffInput): Promise<boolean> {
  const first = head[0];
  if (first === undefined || !FIRST_OPCODES.has(first)) return false;
  if (first === 0x80 && (head[1] ?? 9) > 5) return false;
  const window = Math.min(size, SNIFF_WINDOW);
  const reader = new PickleReader(source, 0, window);
  const r = await walkPickle(reader, {
    maxOpcodes: 100_000,
    maxStack: 100_000,
    maxMemo: 100_000,
    maxRetained: 10_000,
    maxString: SNIFF_WINDOW,
  });
  if (!r.error) return r.opcodes >= 2;
  const clean = r.opcodes - 1;
  // A stream that names a global and then runs a few more opcodes before it breaks is a (broken) pickle:
  // Python executes everything before the break (the nullifAI technique).
  if (r.globals.length > 0 && clean >= 4) return true;
  // GLOBAL/INST import their module as soon as they are read, whatever follows: a first opcode naming
  // a Python module and attribute is enough.
  const g = r.globals[0];
  const ident = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
  // Text files (a requirements.txt starting `click\nnumpy\n`) are left to the text sniffers.
  if (
    g &&
    g.offset === 0 &&
    ident.test(g.module) &&
    ident.test(g.name) &&
    !plainText(head, head.length === size)
  ) {
    return true;
  }
  // The window ended inside a longer pickle: accept a clean walk of enough opcodes.
  return window < size && /truncated|exceeds the/.test(r.error.message) && clean >= SNIFF_MIN_OPCODES;
}

/** Text as the text sniffers see it; a head that is the whole file must decode as UTF-8 to its last byte. */
function plainText(head: Buffer, complete: boolean): boolean {
  if (!isText(head)) return false;
  if (!complete) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head);
    return true;
  } catch {
    return false;
  }
}

registerSniffer({ kind: KINDS.pickle, priority: 50, match: looksLikePickle });

registerFileAnalyzer({
  id: 'pickle',
  kinds: [KINDS.pickle],
  claims: [KINDS.pickle],
  async analyze(ctx) {
    // Legacy PyTorch tar members are named `storages` and `tensors` (see ../tar.ts); the name only
    // chooses how raw bytes between their pickles are skipped, and a mismatch fails closed.
    const base = ctx.name.split('/').at(-1);
    const layout =
      ctx.depth > 0 && base === 'storages'
        ? 'torch-tar-storages'
        : ctx.depth > 0 && base === 'tensors'
          ? 'torch-tar-tensors'
          : undefined;
    await scanPickle(ctx.source, ctx.report, { options: ctx.options, ...(layout ? { layout } : {}) });
  },
});
