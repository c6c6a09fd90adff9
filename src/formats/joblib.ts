/**
 * joblib files are pickle streams with array data written *inside* the stream: after pickling a
 * `joblib.numpy_pickle.NumpyArrayWrapper` (its BUILD opcode), joblib writes the array's raw bytes (an
 * optional alignment padding byte + padding, then shape × itemsize bytes), or, for object arrays, a
 * second complete pickle. joblib's unpickler reads them right after that BUILD (NumpyUnpickler.load_build),
 * then continues with the next opcode. This hook makes the pickle walker do the same: raw bytes are skipped
 * unread, nested object-array pickles are walked and their globals reported like the outer stream's.
 */
import { createInflate, constants as zlibConstants } from 'node:zlib';
import type { FileAnalyzer } from '../core/analyzer.ts';
import { KINDS, type Sniffer } from '../core/sniff.ts';
import { scanExpanded } from './compressed/analyzer.ts';
import { expand, zlibCodecs } from './compressed/expand.ts';
import { pickledDtype } from './numpy/dtype.ts';
import { pyInt } from './py-int.ts';
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

/** itemsize and hasobject of a pickled numpy dtype, as numpy's unpickler makes it (see ./numpy/dtype.ts). */
export const dtypeInfo = pickledDtype;

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
 * Compressed joblib files. joblib.load picks a decompressor by the file's first bytes alone
 * (joblib/numpy_pickle_utils.py `_detect_compressor`, prefixes in joblib/compressor.py): `ZF` (the
 * format of joblib < 0.9.3: `ZF`, a hex length, a zlib stream), then zlib (the single byte 0x78), gzip
 * (1f 8b), bz2 (`BZ`), LZMA-alone (5d 00), xz (fd 37 7a 58 5a) and lz4 (04 22 4d 18). gzip, bz2,
 * LZMA-alone, xz and lz4 are the compressed-stream analyzer's kinds (./compressed/analyzer.ts); zlib and
 * `ZF` have no magic number a generic sniffer would know, so they are sniffed here. A file is taken for
 * one when joblib would take it and the stream really yields bytes (pickle.load would then run them):
 * text starting with `x` has the prefix but no zlib stream (`x = 1` sets the preset-dictionary bit,
 * which zlib refuses), so it is left to the text sniffers.
 */
/** 'ZF' + len(hex(2**64)), as joblib's read_zfile reads the header. */
const ZFILE_HEADER = 2 + 19;
/** Where joblib's read_zfile starts the zlib data of a `ZF` file, or -1 when its header is invalid. */
function zfileDataStart(head: Buffer): number {
  if (head.length <= ZFILE_HEADER || head[0] !== 0x5a || head[1] !== 0x46) return -1;
  if (pyInt(head.subarray(2, ZFILE_HEADER).toString('latin1'), 16) === undefined) return -1;
  // read_zfile: when the byte after the header is not 'x' (the first byte of the zlib stream), one
  // more byte (a space older writers added) is skipped.
  return head[ZFILE_HEADER] === 0x78 ? ZFILE_HEADER : ZFILE_HEADER + 1;
}

/** True when `data` starts a zlib stream that yields at least one byte before it ends or breaks. */
function zlibYields(data: Buffer): Promise<boolean> {
  const cmf = data[0];
  const flg = data[1];
  if (cmf === undefined || flg === undefined || (cmf & 0x0f) !== 8 || (cmf * 256 + flg) % 31 !== 0) {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH });
    let got = 0;
    inflate.on('data', (chunk: Buffer) => {
      got += chunk.length;
    });
    inflate.on('error', () => resolve(got > 0));
    inflate.on('end', () => resolve(got > 0));
    inflate.end(data);
  });
}

export const JOBLIB_ZLIB_SNIFFER: Sniffer = {
  kind: KINDS.zlib,
  priority: 60,
  match: ({ head }) => {
    if (head[0] === 0x78) return zlibYields(head);
    const start = zfileDataStart(head);
    return start > 0 ? zlibYields(head.subarray(start)) : false;
  },
};

export const JOBLIB_ZLIB_ANALYZER: FileAnalyzer = {
  id: 'joblib-zlib',
  kinds: [KINDS.zlib],
  claims: [KINDS.zlib],
  async analyze(ctx) {
    const { source } = ctx;
    const start = ctx.head[0] === 0x78 ? 0 : Math.max(0, zfileDataStart(ctx.head));
    const result = await expand(source, start, source.size - start, zlibCodecs.zlib, {
      limits: ctx.limits,
      budget: ctx.budget,
    });
    await scanExpanded(ctx, result, `${ctx.name}[zlib]`, 'zlib stream');
  },
};
