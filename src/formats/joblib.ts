/**
 * joblib files are pickle streams with array data written *inside* the stream: after pickling a
 * `joblib.numpy_pickle.NumpyArrayWrapper` (its BUILD opcode), joblib writes the array's raw bytes (an
 * optional alignment padding byte + padding, then shape × itemsize bytes), or, for object arrays, a
 * second complete pickle. joblib's unpickler reads them right after that BUILD (NumpyUnpickler.load_build),
 * then continues with the next opcode. This hook makes the pickle walker do the same: raw bytes are skipped
 * unread, nested object-array pickles are walked and their globals reported like the outer stream's.
 */
import { constants as zlibConstants, inflateSync } from 'node:zlib';
import { registerFileAnalyzer } from '../core/analyzer.ts';
import { finding } from '../core/finding.ts';
import { registerSniffer } from '../core/sniff.ts';
import { BufferSource, label } from '../core/source.ts';
import { reportFailedExpansion } from './compressed/archive-rules.ts';
import { expand, zlibCodecs } from './compressed/expand.ts';
import { NUMPY_TYPE_SIZES } from './numpy-dtype.ts';
import { OPAQUE_ARCHIVE } from './opaque.ts';
import { PickleReader } from './pickle/reader.ts';
import {
  type AfterBuild,
  describe,
  PickleError,
  rootGlobal,
  type Value,
  type WalkLimits,
  walkPickle,
} from './pickle/walker.ts';

const WRAPPERS = new Set([
  'joblib.numpy_pickle.NumpyArrayWrapper',
  'sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper',
]);

/** Class of an instance made by NEWOBJ (cls) or copyreg._reconstructor/__newobj__(cls, ...). */
function classOf(v: Value): string | undefined {
  if (v.t !== 'obj') return undefined;
  const g = rootGlobal(v.callee);
  if (!g) return undefined;
  const name = `${g.module}.${g.name}`;
  if ((name === 'copyreg._reconstructor' || name === 'copyreg.__newobj__') && v.args?.t === 'tuple') {
    const cls = v.args.items[0];
    const c = cls?.t === 'global' ? cls.site : undefined;
    return c ? `${c.module}.${c.name}` : undefined;
  }
  return v.callee.t === 'global' ? name : undefined;
}

function field(state: Value | undefined, key: string): Value | undefined {
  if (state?.t !== 'dict') return undefined;
  for (const [k, v] of state.items) if (k.t === 'str' && !k.bytes && k.s === key) return v;
  return undefined;
}

/** itemsize and hasobject of a pickled `numpy.dtype(code, align, copy)` + BUILD(state). */
export function dtypeInfo(v: Value | undefined): { itemsize: number; hasObject: boolean } | null {
  if (v?.t !== 'obj' || v.args?.t !== 'tuple') return null;
  const g = rootGlobal(v.callee);
  if (g?.name !== 'dtype' || !/^numpy(\.core|\._core)?(\.multiarray)?$/.test(g.module)) return null;
  const code = v.args.items[0];
  if (code?.t !== 'str' || code.trunc) return null;
  const state = v.state?.t === 'tuple' ? v.state.items : [];
  const elsize = state[5]?.t === 'int' ? Number(state[5].v) : -1;
  const flags = state[7]?.t === 'int' ? Number(state[7].v) : 0;
  const m = /^([a-zA-Z?])(\d*)/.exec(code.s);
  if (!m) return null;
  const kind = m[1]!;
  const hasObject = kind === 'O' || (flags & 1) === 1;
  if (hasObject) return { itemsize: 8, hasObject };
  const itemsize = elsize > 0 ? elsize : m[2] ? Number(m[2]) : (NUMPY_TYPE_SIZES[kind] ?? -1);
  return itemsize > 0 ? { itemsize, hasObject } : null;
}

export const joblibAfterBuild: AfterBuild = async (top, reader, result, walkNested) => {
  const cls = classOf(top);
  if (!cls || !WRAPPERS.has(cls) || top.t !== 'obj') return;
  const where = reader.pos;
  // joblib rebuilds arrays of other subclasses with _reconstruct(subclass) and calls their methods.
  const subclass = field(top.state, 'subclass');
  if (subclass?.t === 'global') subclass.site.calledBy ??= 'joblib NumpyArrayWrapper subclass';
  const dtype = dtypeInfo(field(top.state, 'dtype'));
  const shape = field(top.state, 'shape');
  if (!dtype || shape?.t !== 'tuple' || shape.dropped) {
    throw new PickleError(
      `joblib array wrapper with an unreadable dtype or shape (${describe(field(top.state, 'dtype'))}): the array data that follows cannot be delimited`,
      where,
    );
  }
  if (dtype.hasObject) {
    // joblib writes object arrays as a complete nested pickle (pickle.dump(array, protocol=2)) and reads
    // it back with plain pickle.load (numpy_pickle.py read_array), without its own array framing: walked
    // into the same result and budgets, so nesting costs what it reads.
    await walkNested(reader);
    return;
  }
  let count = 1n;
  for (const d of shape.items) {
    if (d.t !== 'int' || d.v < 0n) throw new PickleError('joblib array wrapper with an invalid shape', where);
    count *= d.v;
  }
  const align = field(top.state, 'numpy_array_alignment_bytes');
  if (align && align.t !== 'none') {
    if (!(await reader.need(1))) throw new PickleError('joblib array padding truncated', where);
    const pad = reader.byte();
    if (pad > reader.remaining()) throw new PickleError('joblib array padding exceeds the bytes left', where);
    reader.skip(pad);
  }
  const nbytes = count * BigInt(dtype.itemsize);
  if (nbytes > BigInt(reader.remaining())) {
    throw new PickleError(
      `joblib array of ${nbytes} bytes exceeds the ${reader.remaining()} bytes left`,
      where,
    );
  }
  // joblib reads these bytes as array data, but pickle.load (a loader that ignores joblib's framing)
  // would run them as opcodes: walk them too, and report what they name if it is dangerous.
  const shadow = await walkPickle(
    new PickleReader(reader.source, reader.pos, reader.pos + Number(nbytes)),
    SHADOW_LIMITS,
  );
  for (const site of shadow.globals) result.globals.push({ ...site, shadow: true });
  reader.skip(Number(nbytes));
};

const SHADOW_LIMITS: WalkLimits = {
  maxOpcodes: 100_000,
  maxStack: 10_000,
  maxMemo: 10_000,
  maxRetained: 10_000,
  maxString: 4096,
};

/*
 * Compressed joblib files. `joblib.dump(obj, f, compress=True)` writes a raw zlib stream (first byte
 * 0x78) that no generic sniffer recognises, and joblib < 0.9.3 wrote `ZF` + a hex length + zlib; both are
 * decompressed (within the expansion limits) and scanned as their content. `compress='lzma'` writes an
 * LZMA-alone stream that modelvet cannot decompress: it is reported as opaque instead of passing.
 * (gzip, bz2, xz and lz4 joblib files are caught by the compressed-stream analyzer.)
 */
const ZLIB_KIND = 'zlib';
const LZMA_ALONE_KIND = 'lzma-alone';
const ZFILE_HEADER = 2 + 19; // 'ZF' + len(hex(2**64))

/** True when the head is a zlib stream that inflates (a checksum-valid header alone matches text like "x = 1"). */
function inflates(data: Buffer): boolean {
  const cmf = data[0];
  const flg = data[1];
  if (
    cmf === undefined ||
    flg === undefined ||
    (cmf & 0x0f) !== 8 ||
    cmf >> 4 > 7 ||
    (cmf * 256 + flg) % 31 !== 0
  ) {
    return false;
  }
  try {
    return (
      inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 }).length > 0
    );
  } catch (err) {
    // A head cut mid-stream is fine; anything else (bad block type, bad distance) is not zlib.
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

registerSniffer({
  kind: ZLIB_KIND,
  priority: 60,
  match: ({ head }) =>
    inflates(head) ||
    (head.subarray(0, 2).toString('latin1') === 'ZF' &&
      /^ZF0x[0-9a-f]+ *$/.test(head.subarray(0, ZFILE_HEADER).toString('latin1')) &&
      inflates(head.subarray(head[ZFILE_HEADER] === 0x20 ? ZFILE_HEADER + 1 : ZFILE_HEADER))),
});

registerSniffer({
  kind: LZMA_ALONE_KIND,
  priority: 60,
  // LZMA-alone: properties byte 0x5d (lc=3, lp=0, pb=2), dictionary size, then an uncompressed size.
  match: ({ head }) => head.length >= 13 && head[0] === 0x5d && head[1] === 0x00 && head[2] === 0x00,
});

registerFileAnalyzer({
  id: 'joblib-zlib',
  kinds: [ZLIB_KIND],
  async analyze(ctx) {
    const { source } = ctx;
    const head = await source.read(0, Math.min(source.size, ZFILE_HEADER + 1));
    const start =
      head.subarray(0, 2).toString('latin1') === 'ZF'
        ? head[ZFILE_HEADER] === 0x20
          ? ZFILE_HEADER + 1
          : ZFILE_HEADER
        : 0;
    const result = await expand(source, start, source.size - start, zlibCodecs.zlib, {
      limits: ctx.limits,
      budget: ctx.budget,
    });
    const name = `${ctx.name}[zlib]`;
    const member = [...source.member, name];
    if (!result.ok) {
      reportFailedExpansion(ctx, member, result, 'zlib stream', ZLIB_KIND);
      return;
    }
    await ctx.scanMember(new BufferSource(result.data, source.path, member), name);
  },
});

registerFileAnalyzer({
  id: 'lzma-alone',
  kinds: [LZMA_ALONE_KIND],
  async analyze(ctx) {
    ctx.report(
      finding(OPAQUE_ARCHIVE, {
        message: `${label(ctx.source)} is an LZMA-alone stream (joblib compress='lzma'); modelvet cannot decompress it`,
        evidence: { kind: LZMA_ALONE_KIND },
      }),
    );
  },
});
