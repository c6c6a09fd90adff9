/**
 * joblib files are pickle streams with array data written *inside* the stream: after pickling a
 * `joblib.numpy_pickle.NumpyArrayWrapper` (its BUILD opcode), joblib writes the array's raw bytes (an
 * optional alignment padding byte + padding, then shape × itemsize bytes), or, for object arrays, a
 * second complete pickle. joblib's unpickler reads them right after that BUILD (NumpyUnpickler.load_build),
 * then continues with the next opcode. This hook makes the pickle walker do the same: raw bytes are skipped
 * unread, nested object-array pickles are walked and their globals reported like the outer stream's.
 */
import { pickledDtype } from '../numpy/dtype.ts';
import { BASE_HOOKS } from '../pickle/hooks.ts';
import { PickleReader } from '../pickle/reader.ts';
import {
  type AfterBuild,
  describe,
  PickleError,
  rootGlobal,
  type Value,
  type WalkLimits,
  walkPickle,
} from '../pickle/walker.ts';

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

export const joblibAfterBuild: AfterBuild = async (top, reader, result, walkNested) => {
  const cls = classOf(top);
  if (!cls || !WRAPPERS.has(cls) || top.t !== 'obj') return;
  const where = reader.pos;
  // joblib rebuilds arrays of other subclasses with _reconstruct(subclass) and calls their methods.
  const subclass = field(top.state, 'subclass');
  if (subclass?.t === 'global') subclass.site.calledBy ??= 'joblib NumpyArrayWrapper subclass';
  const dtype = pickledDtype(field(top.state, 'dtype'));
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
    BASE_HOOKS,
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
