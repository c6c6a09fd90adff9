import { P as PickleReader, D as DEFAULT_WALK_LIMITS, g as globalName, T as TORCH_LEGACY_MAGIC, w as walkPickle, l as legacyPersistentLoad, s as skipLegacyStorages, a as storageSizes, b as skipTarRecord, d as decodeReprString, c as decodeRawUnicodeEscape, t as tarPersistentLoad, e as PickleError, f as describe, S as STRUCTURE_ONLY, r as rootGlobal } from './chunk-KlpithSi.js';
import { c as classifyGlobal, D as DANGEROUS_ATTRIBUTES, a as DERIVED_ALLOWLIST } from './chunk-B2XdRNm-.js';
import { L as LIMIT_EXCEEDED, M as MALFORMED, F as DANGEROUS_GLOBAL, G as EXTENSION_REGISTRY, U as UNKNOWN_GLOBAL_CALLED, K as UNKNOWN_GLOBAL, H as COMPUTED_CALL, T as TRAILING_DATA, P as BOUND_METHOD } from './chunk-B-6LZOx6.js';
import { l as label, f as finding, S as SliceSource, B as BufferSource, aa as MAX_READ } from './chunk-CXVaUTXl.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { constants, gunzipSync, inflateSync } = __mvBuiltin("node:zlib");

// src/formats/numpy/dtype.ts
var NUMPY_TYPE_SIZES = {
  "?": 1,
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  g: 16,
  F: 8,
  D: 16,
  G: 32
};
var DTYPE_MODULE = /^numpy(\.(core|_core))?(\.(multiarray|_multiarray_umath))?$/;
var FLEXIBLE = /* @__PURE__ */ new Set(["S", "U", "V", "a"]);
var HASOBJECT = 1n;
function intOf(v) {
  return v?.t === "int" ? v.v : v?.t === "bool" ? v.v ? 1n : 0n : void 0;
}
function dtypeFlags(v) {
  const raw = intOf(v);
  if (raw === void 0) return void 0;
  let s = BigInt.asIntN(64, raw);
  if (s < 0n && s >= -128n) s += 128n;
  return s < 0n ? void 0 : s;
}
function readState(items) {
  const n = items.length;
  if (n < 5 || n > 9) return void 0;
  const version = n === 5 ? 0 : Number(intOf(items[0]) ?? -1n);
  if (version < 0 || version > 4) return void 0;
  const at = (i) => items[n === 5 ? i - 1 : i];
  const fields = n === 6 || n === 5 ? at(3) : items[4];
  const elsize = intOf(n === 6 || n === 5 ? at(4) : items[5]);
  const flags = n >= 8 ? dtypeFlags(items[7]) : 0n;
  if (flags === void 0) return void 0;
  return { version, fields, elsize, flags };
}
function fieldHasObject(entry, depth) {
  if (entry.t !== "tuple" || entry.items.length < 2 || entry.items.length > 3) return void 0;
  if (intOf(entry.items[1]) === void 0) return void 0;
  const sub = pickledDtype(entry.items[0], depth + 1);
  return sub?.hasObject ?? false;
}
function findObject(kind, state, depth) {
  if (state.flags !== 0n || kind === "O") return true;
  if (state.fields?.t !== "dict") return false;
  for (const [key, entry] of state.fields.items) {
    if (state.version <= 1 && key.t === "int" && key.v === -1n) continue;
    if (entry.t === "tuple" && entry.items.length === 3 && sameStr(entry.items[2], key)) continue;
    const has = fieldHasObject(entry, depth);
    if (has === void 0) return false;
    if (has) return true;
  }
  return false;
}
function sameStr(a, b) {
  return a?.t === "str" && b.t === "str" && a.s === b.s;
}
function pickledDtype(v, depth = 0) {
  if (depth > 32 || v?.t !== "obj" || v.args?.t !== "tuple") return null;
  const g = rootGlobal(v.callee);
  if (g?.name !== "dtype" || !DTYPE_MODULE.test(g.module)) return null;
  const code = v.args.items[0];
  if (code?.t !== "str" || code.trunc) return null;
  const m = /^([a-zA-Z?])(\d*)$/.exec(code.s.replace(/^[<>|=]/, ""));
  if (!m) return null;
  const kind = m[1];
  const digits = m[2] ? Number(m[2]) : void 0;
  const fromCode = kind === "U" ? (digits ?? 0) * 4 : digits ?? NUMPY_TYPE_SIZES[kind] ?? (kind === "O" ? 8 : -1);
  if (v.state === void 0) return fromCode >= 0 ? { itemsize: fromCode, hasObject: kind === "O" } : null;
  if (v.state.t !== "tuple") return null;
  const state = readState(v.state.items);
  if (!state) return null;
  const hasObject = state.version >= 3 ? (state.flags & HASOBJECT) === HASOBJECT : findObject(kind, state, depth);
  const itemsize = FLEXIBLE.has(kind) ? Number(state.elsize ?? -1n) : fromCode;
  return itemsize >= 0 ? { itemsize, hasObject } : null;
}

// src/formats/pickle/table-build.ts
function withModuleAliases(table, aliases, allowed) {
  const out = new Map(table);
  for (const name of allowed) {
    if (out.has(name)) continue;
    for (const [alias, target] of aliases) {
      if (!name.startsWith(`${alias}.`)) continue;
      const twin = table.get(`${target}${name.slice(alias.length)}`);
      if (twin !== void 0) out.set(name, twin);
    }
  }
  return new Map([...out].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function keysWith(base, ...extra) {
  return [...base, ...extra].sort();
}

// src/formats/pickle/forwarders.ts
var AUDITED = /* @__PURE__ */ new Map([
  ["builtins.type", [1]],
  // CPython Objects/typeobject.c type_new: type(name, bases, dict) calls the metaclass of the bases and their __init_subclass__
  ["collections.defaultdict", [0]],
  // CPython Modules/_collectionsmodule.c defdict_missing: default_factory is called for every missing key
  ["copyreg._reconstructor", [0, 1]],
  // _reconstructor (ast)
  [
    "dateutil.relativedelta.relativedelta",
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
  ],
  // relativedelta constructor (ast)
  ["fractions.Fraction", [0, 1]],
  // Fraction constructor (ast)
  ["functools.partial", [0]],
  // CPython Modules/_functoolsmodule.c partial_call: calling the partial calls argument 0 (its state, set by BUILD, holds the same function)
  ["numpy.core.getlimits.MachArLike", [0]],
  // MachArLike constructor (ast)
  ["numpy.core.multiarray._reconstruct", [0]],
  // numpy numpy/_core/src/multiarray/multiarraymodule.c array__reconstruct (numpy@1f90bbb55e, lines 3178-3189): PyArray_NewFromDescr(subtype, ...) instantiates argument 0
  ["numpy.finfo", [0]],
  // finfo constructor (ast)
  ["numpy.ma.core.MaskedArray", [0, 1, 3, 6, 8]],
  // MaskedArray constructor (ast)
  ["numpy.ma.core._mareconstruct", [0, 1]],
  // numpy/ma/core.py _mareconstruct: ndarray.__new__(baseclass, ...) and subtype.__new__(subtype, ...)
  ["numpy.mean", [0, 1, 2, 3]],
  // mean (ast)
  ["numpy.poly1d", [0]],
  // poly1d constructor (ast)
  ["numpy.random._pickle.__bit_generator_ctor", [0]],
  // numpy/random/_pickle.py (NumPy 2): a type argument is instantiated
  ["numpy.random._pickle.__generator_ctor", [0, 1]],
  // numpy/random/_pickle.py: bit_generator_ctor(name) is called; NumPy 2 instantiates a type argument
  ["numpy.random._pickle.__randomstate_ctor", [0, 1]],
  // numpy/random/_pickle.py: bit_generator_ctor(name) is called; NumPy 2 instantiates a type argument
  ["numpy.random.bit_generator.__pyx_unpickle_SeedSequence", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["omegaconf.dictconfig.DictConfig", [0, 1, 3, 4, 5, 6]],
  // DictConfig constructor (ast)
  ["omegaconf.listconfig.ListConfig", [0, 1, 3, 4, 5]],
  // ListConfig constructor (ast)
  ["pandas._libs.arrays.__pyx_unpickle_NDArrayBacked", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["pandas._libs.interval.Interval", [-1]],
  // compiled class without source: not audited
  ["pandas._libs.interval.__pyx_unpickle_IntervalMixin", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["pandas._libs.sparse.IntIndex", [-1]],
  // compiled class without source: not audited
  ["pandas._libs.tslibs.period.Period", [-1]],
  // compiled class without source: not audited
  ["pandas._libs.tslibs.timestamps._unpickle_timestamp", [0, 2, 3]],
  // timestamps.pyx:_unpickle_timestamp (ast of the shipped .pyx)
  ["pandas.core.arrays.categorical.Categorical", [0, 1, 2, 3]],
  // Categorical constructor (ast)
  ["pandas.core.arrays.datetimes.DatetimeArray", [0, 1, 2]],
  // DatetimeArray constructor (ast)
  ["pandas.core.arrays.interval.Interval", [-1]],
  // compiled class without source: not audited
  ["pandas.core.arrays.interval.IntervalArray", [0]],
  // IntervalArray constructor (ast)
  ["pandas.core.arrays.period.Period", [-1]],
  // compiled class without source: not audited
  ["pandas.core.arrays.period.PeriodArray", [0, 1, 2]],
  // PeriodArray constructor (ast)
  ["pandas.core.arrays.sparse.IntIndex", [-1]],
  // compiled class without source: not audited
  ["pandas.core.arrays.sparse.array.SparseArray", [0, 1, 2, 3, 5]],
  // SparseArray constructor (ast)
  ["pandas.core.arrays.sparse.dtype.SparseDtype", [0, 1]],
  // SparseDtype constructor (ast)
  ["pandas.core.arrays.string_.StringArray", [0]],
  // StringArray constructor (ast)
  ["pandas.core.arrays.timedeltas.TimedeltaArray", [0, 1, 2]],
  // TimedeltaArray constructor (ast)
  ["pandas.core.dtypes.dtypes.DatetimeTZDtype", [0, 1]],
  // DatetimeTZDtype constructor (ast)
  ["pandas.core.dtypes.dtypes.IntervalDtype", [0, 1]],
  // IntervalDtype constructor (ast)
  ["pandas.core.dtypes.dtypes.PeriodDtype", [0]],
  // PeriodDtype constructor (ast)
  ["pandas.core.frame.DataFrame", [0, 1, 2, 3, 4]],
  // DataFrame constructor (ast)
  ["pandas.core.groupby.categorical.Categorical", [0, 1, 2, 3]],
  // Categorical constructor (ast)
  ["pandas.core.indexes.base.Index", [-1]],
  // Index constructor (ast)
  ["pandas.core.indexes.base._new_Index", [0]],
  // _new_Index (ast)
  ["pandas.core.indexes.category.CategoricalIndex", [0, 1, 2, 3]],
  // CategoricalIndex constructor (ast)
  ["pandas.core.indexes.datetimes.DatetimeArray", [0, 1, 2]],
  // DatetimeArray constructor (ast)
  ["pandas.core.indexes.datetimes.DatetimeIndex", [0, 8]],
  // DatetimeIndex constructor (ast)
  ["pandas.core.indexes.datetimes._new_DatetimeIndex", [0, 1]],
  // _new_DatetimeIndex (ast)
  ["pandas.core.indexes.interval.Interval", [-1]],
  // compiled class without source: not audited
  ["pandas.core.indexes.interval.IntervalArray", [0]],
  // IntervalArray constructor (ast)
  ["pandas.core.indexes.interval.IntervalIndex", [0]],
  // IntervalIndex constructor (ast)
  ["pandas.core.indexes.interval._new_IntervalIndex", [0]],
  // _new_IntervalIndex (ast)
  ["pandas.core.indexes.multi.MultiIndex", [0, 2]],
  // MultiIndex constructor (ast)
  ["pandas.core.indexes.period.Period", [-1]],
  // compiled class without source: not audited
  ["pandas.core.indexes.period.PeriodArray", [0, 1, 2]],
  // PeriodArray constructor (ast)
  ["pandas.core.indexes.period.PeriodIndex", [-1]],
  // PeriodIndex constructor (ast)
  ["pandas.core.indexes.timedeltas.TimedeltaArray", [0, 1, 2]],
  // TimedeltaArray constructor (ast)
  ["pandas.core.indexes.timedeltas.TimedeltaIndex", [0]],
  // TimedeltaIndex constructor (ast)
  ["pandas.core.internals.base.Index", [-1]],
  // Index constructor (ast)
  ["pandas.core.series.Series", [0, 1, 2, 3, 4]],
  // Series constructor (ast)
  ["pandas.core.tools.datetimes.DatetimeArray", [0, 1, 2]],
  // DatetimeArray constructor (ast)
  ["pandas.core.tools.datetimes.DatetimeIndex", [0, 8]],
  // DatetimeIndex constructor (ast)
  ["scipy.interpolate.PPoly", [0, 1, 2, 3]],
  // PPoly constructor (ast)
  ["scipy.interpolate._bsplines.BSpline", [0, 1, 2, 3, 4]],
  // BSpline constructor (ast)
  ["scipy.interpolate._cubic.CubicSpline", [0, 1, 2, 3]],
  // CubicSpline constructor (ast)
  ["scipy.interpolate._cubic.PchipInterpolator", [0, 1, 2]],
  // PchipInterpolator constructor (ast)
  ["scipy.interpolate._interpolate.PPoly", [0, 1, 2, 3]],
  // PPoly constructor (ast)
  ["scipy.sparse._arrays.bsr_array", [0, 1, 2, 4]],
  // bsr_array constructor (ast)
  ["scipy.sparse._arrays.coo_array", [0, 1, 2]],
  // coo_array constructor (ast)
  ["scipy.sparse._arrays.csc_array", [0, 1, 2]],
  // csc_array constructor (ast)
  ["scipy.sparse._arrays.csr_array", [0, 1, 2]],
  // csr_array constructor (ast)
  ["scipy.sparse._arrays.dia_array", [0, 1, 2]],
  // dia_array constructor (ast)
  ["scipy.sparse._arrays.dok_array", [0, 2]],
  // dok_array constructor (ast)
  ["scipy.sparse._arrays.lil_array", [0, 2]],
  // lil_array constructor (ast)
  ["scipy.sparse._bsr.bsr_matrix", [0, 1, 2, 4]],
  // bsr_matrix constructor (ast)
  ["scipy.sparse._coo.coo_matrix", [0, 1, 2]],
  // coo_matrix constructor (ast)
  ["scipy.sparse._csc.csc_matrix", [0, 1, 2]],
  // csc_matrix constructor (ast)
  ["scipy.sparse._csr.csr_matrix", [0, 1, 2]],
  // csr_matrix constructor (ast)
  ["scipy.sparse._dia.dia_matrix", [0, 1, 2]],
  // dia_matrix constructor (ast)
  ["scipy.sparse._dok.dok_matrix", [0, 2]],
  // dok_matrix constructor (ast)
  ["scipy.sparse._lil.lil_matrix", [0, 2]],
  // lil_matrix constructor (ast)
  ["scipy.spatial._ckdtree.cKDTree", [-1]],
  // compiled class without source: not audited
  ["scipy.spatial.transform._rotation.Rotation", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyAbsoluteError", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfBinomialLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfGammaLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfMultinomialLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfPoissonLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfSquaredError", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfTweedieLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfTweedieLossIdentity", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyPinballLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.__pyx_unpickle_CyAbsoluteError", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyPinballLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn.feature_selection._univariate_selection.f_classif", [0, 1]],
  // f_classif (ast)
  ["sklearn.linear_model._sgd_fast.EpsilonInsensitive", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.Hinge", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.Huber", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.Log", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.ModifiedHuber", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.SquaredHinge", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.SquaredLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._stochastic_gradient.SGDOneClassSVM", [0]],
  // SGDOneClassSVM constructor (ast)
  ["sklearn.metrics._dist_metrics.BrayCurtisDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.BrayCurtisDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.CanberraDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.CanberraDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ChebyshevDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ChebyshevDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.DiceDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.DiceDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.EuclideanDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.EuclideanDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HammingDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HammingDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HaversineDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HaversineDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.JaccardDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.JaccardDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MahalanobisDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MahalanobisDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ManhattanDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ManhattanDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MatchingDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MatchingDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RogersTanimotoDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RogersTanimotoDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RussellRaoDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RussellRaoDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SEuclideanDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SEuclideanDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalMichenerDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalMichenerDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalSneathDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalSneathDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.WMinkowskiDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.WMinkowskiDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.newObj", [-1]],
  // compiled without source: not audited
  ["sklearn.metrics._scorer._passthrough_scorer", [0]],
  // _passthrough_scorer (ast)
  ["sklearn.neighbors._ball_tree.BallTree", [-1]],
  // compiled class without source: not audited
  ["sklearn.neighbors._ball_tree.newObj", [-1]],
  // compiled without source: not audited
  ["sklearn.neighbors._kd_tree.KDTree", [-1]],
  // compiled class without source: not audited
  ["sklearn.neighbors._kd_tree.newObj", [-1]],
  // compiled without source: not audited
  ["sklearn.tree._tree.Tree", [-1]],
  // compiled class without source: not audited
  ["torch.BFloat16Storage", [-1]],
  // BFloat16Storage constructor (ast)
  ["torch.BoolStorage", [-1]],
  // BoolStorage constructor (ast)
  ["torch.ByteStorage", [-1]],
  // ByteStorage constructor (ast)
  ["torch.CharStorage", [-1]],
  // CharStorage constructor (ast)
  ["torch.ComplexDoubleStorage", [-1]],
  // ComplexDoubleStorage constructor (ast)
  ["torch.ComplexFloatStorage", [-1]],
  // ComplexFloatStorage constructor (ast)
  ["torch.DoubleStorage", [-1]],
  // DoubleStorage constructor (ast)
  ["torch.FloatStorage", [-1]],
  // FloatStorage constructor (ast)
  ["torch.HalfStorage", [-1]],
  // HalfStorage constructor (ast)
  ["torch.IntStorage", [-1]],
  // IntStorage constructor (ast)
  ["torch.LongStorage", [-1]],
  // LongStorage constructor (ast)
  ["torch.QInt32Storage", [-1]],
  // QInt32Storage constructor (ast)
  ["torch.QInt8Storage", [-1]],
  // QInt8Storage constructor (ast)
  ["torch.QUInt4x2Storage", [-1]],
  // QUInt4x2Storage constructor (ast)
  ["torch.QUInt8Storage", [-1]],
  // QUInt8Storage constructor (ast)
  ["torch.ShortStorage", [-1]],
  // ShortStorage constructor (ast)
  ["torch._tensor._rebuild_from_type", [0, 1]],
  // torch/_tensor.py: func(*args).as_subclass(type)
  ["torch._tensor._rebuild_from_type_v2", [0, 1]],
  // torch/_tensor.py: func(*args), then as_subclass(new_type) and new_type.__setstate__(state)
  ["torch._utils._rebuild_parameter", [2]],
  // torch/_utils.py: backward_hooks becomes param._backward_hooks
  ["torch._utils._rebuild_parameter_with_state", [2]],
  // torch/_utils.py: backward_hooks becomes param._backward_hooks
  ["torch._utils._rebuild_qtensor", [6]],
  // torch/_utils.py: backward_hooks becomes tensor._backward_hooks
  ["torch._utils._rebuild_tensor_v2", [5]],
  // torch/_utils.py: backward_hooks becomes tensor._backward_hooks; autograd calls every hook in it (torch/csrc/autograd/python_hook.cpp)
  ["torch.ao.nn.intrinsic.modules.fused.BNReLU2d", [0, 1]],
  // BNReLU2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.BNReLU3d", [0, 1]],
  // BNReLU3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBn1d", [0, 1]],
  // ConvBn1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBn2d", [0, 1]],
  // ConvBn2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBn3d", [0, 1]],
  // ConvBn3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBnReLU1d", [0, 1, 2]],
  // ConvBnReLU1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBnReLU2d", [0, 1, 2]],
  // ConvBnReLU2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBnReLU3d", [0, 1, 2]],
  // ConvBnReLU3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvReLU1d", [0, 1]],
  // ConvReLU1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvReLU2d", [0, 1]],
  // ConvReLU2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvReLU3d", [0, 1]],
  // ConvReLU3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.LinearBn1d", [0, 1]],
  // LinearBn1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.LinearReLU", [0, 1]],
  // LinearReLU constructor (ast)
  ["torch.ao.nn.qat.dynamic.modules.linear.Linear", [3]],
  // Linear constructor (ast)
  ["torch.ao.nn.qat.modules.embedding_ops.Embedding", [10]],
  // Embedding constructor (ast)
  ["torch.ao.nn.qat.modules.embedding_ops.EmbeddingBag", [10]],
  // EmbeddingBag constructor (ast)
  ["torch.ao.nn.qat.modules.linear.Linear", [3]],
  // Linear constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn.LSTM", [0, 1, 2, 3, 4, 5, 6]],
  // LSTM constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn.LSTMCell", [0, 1]],
  // LSTMCell constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn._LSTMLayer", [0, 1]],
  // _LSTMLayer constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn._LSTMSingleLayer", [0, 1]],
  // _LSTMSingleLayer constructor (ast)
  ["torch.ao.nn.quantized.dynamic.modules.rnn.PackedParameter", [0]],
  // PackedParameter constructor (ast)
  ["torch.ao.nn.quantized.dynamic.modules.rnn.RNNCell", [3]],
  // RNNCell constructor (ast)
  ["torch.ao.nn.quantized.modules.Quantize", [2]],
  // Quantize constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.ELU", [0, 1]],
  // ELU constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.Hardswish", [0, 1]],
  // Hardswish constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.PReLU", [0, 1, 2]],
  // PReLU constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.ReLU6", [0]],
  // ReLU6 constructor (ast)
  ["torch.ao.nn.quantized.modules.dropout.Dropout", [0, 1]],
  // Dropout constructor (ast)
  ["torch.ao.nn.quantized.modules.embedding_ops.Embedding", [0, 1, 8]],
  // Embedding constructor (ast)
  ["torch.ao.nn.quantized.modules.embedding_ops.EmbeddingBag", [5, 8, 9]],
  // EmbeddingBag constructor (ast)
  ["torch.ao.nn.quantized.modules.embedding_ops.EmbeddingPackedParams", [2]],
  // EmbeddingPackedParams constructor (ast)
  ["torch.ao.nn.quantized.modules.linear.Linear", [0, 1, 3]],
  // Linear constructor (ast)
  ["torch.ao.nn.quantized.modules.linear.LinearPackedParams", [0]],
  // LinearPackedParams constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.GroupNorm", [2, 3]],
  // GroupNorm constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.InstanceNorm1d", [1, 2]],
  // InstanceNorm1d constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.InstanceNorm2d", [1, 2]],
  // InstanceNorm2d constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.InstanceNorm3d", [1, 2]],
  // InstanceNorm3d constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.LayerNorm", [1, 2]],
  // LayerNorm constructor (ast)
  ["torch.ao.nn.quantized.modules.rnn.LSTM", [0, 1, 2, 3, 4, 5, 6]],
  // LSTM constructor (ast)
  ["torch.ao.quantization.fake_quantize.FakeQuantize", [0]],
  // FakeQuantize constructor (ast)
  ["torch.ao.quantization.observer.MovingAverageMinMaxObserver", [0]],
  // MovingAverageMinMaxObserver constructor (ast)
  ["torch.ao.quantization.observer.PerChannelMinMaxObserver", [0]],
  // PerChannelMinMaxObserver constructor (ast)
  ["torch.ao.quantization.observer.PlaceholderObserver", [0, 1, 2]],
  // PlaceholderObserver constructor (ast)
  ["torch.ao.quantization.quantize._observer_forward_hook", [0]],
  // _observer_forward_hook (ast)
  ["torch.ao.quantization.stubs.DeQuantStub", [0]],
  // DeQuantStub constructor (ast)
  ["torch.ao.quantization.stubs.QuantStub", [0]],
  // QuantStub constructor (ast)
  ["torch.nn.functional.relu", [0]],
  // relu (ast)
  ["torch.nn.modules.activation.CELU", [0, 1]],
  // CELU constructor (ast)
  ["torch.nn.modules.activation.ELU", [0, 1]],
  // ELU constructor (ast)
  ["torch.nn.modules.activation.GELU", [0]],
  // GELU constructor (ast)
  ["torch.nn.modules.activation.GLU", [0]],
  // GLU constructor (ast)
  ["torch.nn.modules.activation.Hardshrink", [0]],
  // Hardshrink constructor (ast)
  ["torch.nn.modules.activation.Hardsigmoid", [0]],
  // Hardsigmoid constructor (ast)
  ["torch.nn.modules.activation.Hardswish", [0]],
  // Hardswish constructor (ast)
  ["torch.nn.modules.activation.Hardtanh", [0, 1, 2, 3, 4]],
  // Hardtanh constructor (ast)
  ["torch.nn.modules.activation.LeakyReLU", [0, 1]],
  // LeakyReLU constructor (ast)
  ["torch.nn.modules.activation.LogSoftmax", [0]],
  // LogSoftmax constructor (ast)
  ["torch.nn.modules.activation.Mish", [0]],
  // Mish constructor (ast)
  ["torch.nn.modules.activation.MultiheadAttention", [0, 1, 2, 5, 6, 7, 8]],
  // MultiheadAttention constructor (ast)
  ["torch.nn.modules.activation.PReLU", [0, 1]],
  // PReLU constructor (ast)
  ["torch.nn.modules.activation.RReLU", [0, 1, 2]],
  // RReLU constructor (ast)
  ["torch.nn.modules.activation.ReLU", [0]],
  // ReLU constructor (ast)
  ["torch.nn.modules.activation.SELU", [0]],
  // SELU constructor (ast)
  ["torch.nn.modules.activation.SiLU", [0]],
  // SiLU constructor (ast)
  ["torch.nn.modules.activation.Softmax", [0]],
  // Softmax constructor (ast)
  ["torch.nn.modules.activation.Softmin", [0]],
  // Softmin constructor (ast)
  ["torch.nn.modules.activation.Softplus", [0, 1]],
  // Softplus constructor (ast)
  ["torch.nn.modules.activation.Softshrink", [0]],
  // Softshrink constructor (ast)
  ["torch.nn.modules.activation.Threshold", [0, 1, 2]],
  // Threshold constructor (ast)
  ["torch.nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss", [0, 1, 2, 3, 4]],
  // AdaptiveLogSoftmaxWithLoss constructor (ast)
  ["torch.nn.modules.batchnorm.LazyBatchNorm1d", [2, 3]],
  // LazyBatchNorm1d constructor (ast)
  ["torch.nn.modules.batchnorm.LazyBatchNorm2d", [2, 3]],
  // LazyBatchNorm2d constructor (ast)
  ["torch.nn.modules.batchnorm.LazyBatchNorm3d", [2, 3]],
  // LazyBatchNorm3d constructor (ast)
  ["torch.nn.modules.batchnorm.SyncBatchNorm", [5]],
  // SyncBatchNorm constructor (ast)
  ["torch.nn.modules.channelshuffle.ChannelShuffle", [0]],
  // ChannelShuffle constructor (ast)
  ["torch.nn.modules.container.ModuleList", [0]],
  // ModuleList constructor (ast)
  ["torch.nn.modules.container.ParameterList", [0]],
  // ParameterList constructor (ast)
  ["torch.nn.modules.distance.CosineSimilarity", [0, 1]],
  // CosineSimilarity constructor (ast)
  ["torch.nn.modules.distance.PairwiseDistance", [0, 1, 2]],
  // PairwiseDistance constructor (ast)
  ["torch.nn.modules.dropout.AlphaDropout", [0, 1]],
  // AlphaDropout constructor (ast)
  ["torch.nn.modules.dropout.Dropout", [0, 1]],
  // Dropout constructor (ast)
  ["torch.nn.modules.dropout.Dropout1d", [0, 1]],
  // Dropout1d constructor (ast)
  ["torch.nn.modules.dropout.Dropout2d", [0, 1]],
  // Dropout2d constructor (ast)
  ["torch.nn.modules.dropout.Dropout3d", [0, 1]],
  // Dropout3d constructor (ast)
  ["torch.nn.modules.dropout.FeatureAlphaDropout", [0, 1]],
  // FeatureAlphaDropout constructor (ast)
  ["torch.nn.modules.flatten.Flatten", [0, 1]],
  // Flatten constructor (ast)
  ["torch.nn.modules.flatten.Unflatten", [0, 1]],
  // Unflatten constructor (ast)
  ["torch.nn.modules.fold.Fold", [0, 1, 2, 3, 4]],
  // Fold constructor (ast)
  ["torch.nn.modules.fold.Unfold", [0, 1, 2, 3]],
  // Unfold constructor (ast)
  ["torch.nn.modules.instancenorm.LazyInstanceNorm1d", [2, 3]],
  // LazyInstanceNorm1d constructor (ast)
  ["torch.nn.modules.instancenorm.LazyInstanceNorm2d", [2, 3]],
  // LazyInstanceNorm2d constructor (ast)
  ["torch.nn.modules.instancenorm.LazyInstanceNorm3d", [2, 3]],
  // LazyInstanceNorm3d constructor (ast)
  ["torch.nn.modules.linear.Bilinear", [0, 1, 2]],
  // Bilinear constructor (ast)
  ["torch.nn.modules.linear.Linear", [0, 1]],
  // Linear constructor (ast)
  ["torch.nn.modules.loss.CTCLoss", [0, 2]],
  // CTCLoss constructor (ast)
  ["torch.nn.modules.loss.CosineEmbeddingLoss", [0]],
  // CosineEmbeddingLoss constructor (ast)
  ["torch.nn.modules.loss.CrossEntropyLoss", [2, 5]],
  // CrossEntropyLoss constructor (ast)
  ["torch.nn.modules.loss.HingeEmbeddingLoss", [0]],
  // HingeEmbeddingLoss constructor (ast)
  ["torch.nn.modules.loss.KLDivLoss", [3]],
  // KLDivLoss constructor (ast)
  ["torch.nn.modules.loss.MarginRankingLoss", [0]],
  // MarginRankingLoss constructor (ast)
  ["torch.nn.modules.loss.MultiMarginLoss", [0, 1]],
  // MultiMarginLoss constructor (ast)
  ["torch.nn.modules.loss.NLLLoss", [2]],
  // NLLLoss constructor (ast)
  ["torch.nn.modules.loss.PoissonNLLLoss", [0, 1, 3]],
  // PoissonNLLLoss constructor (ast)
  ["torch.nn.modules.loss.SmoothL1Loss", [3]],
  // SmoothL1Loss constructor (ast)
  ["torch.nn.modules.loss.TripletMarginLoss", [0, 1, 2, 3]],
  // TripletMarginLoss constructor (ast)
  ["torch.nn.modules.module._WrappedHook", [0, 1]],
  // _WrappedHook constructor (ast)
  ["torch.nn.modules.normalization.CrossMapLRN2d", [0, 1, 2, 3]],
  // CrossMapLRN2d constructor (ast)
  ["torch.nn.modules.normalization.GroupNorm", [0, 1, 2, 3]],
  // GroupNorm constructor (ast)
  ["torch.nn.modules.normalization.LayerNorm", [0, 1, 2]],
  // LayerNorm constructor (ast)
  ["torch.nn.modules.normalization.LocalResponseNorm", [0, 1, 2, 3]],
  // LocalResponseNorm constructor (ast)
  ["torch.nn.modules.padding.ConstantPad1d", [0]],
  // ConstantPad1d constructor (ast)
  ["torch.nn.modules.padding.ConstantPad2d", [0]],
  // ConstantPad2d constructor (ast)
  ["torch.nn.modules.padding.ConstantPad3d", [0]],
  // ConstantPad3d constructor (ast)
  ["torch.nn.modules.padding.ReflectionPad1d", [0]],
  // ReflectionPad1d constructor (ast)
  ["torch.nn.modules.padding.ReflectionPad2d", [0]],
  // ReflectionPad2d constructor (ast)
  ["torch.nn.modules.padding.ReflectionPad3d", [0]],
  // ReflectionPad3d constructor (ast)
  ["torch.nn.modules.padding.ReplicationPad1d", [0]],
  // ReplicationPad1d constructor (ast)
  ["torch.nn.modules.padding.ReplicationPad2d", [0]],
  // ReplicationPad2d constructor (ast)
  ["torch.nn.modules.padding.ReplicationPad3d", [0]],
  // ReplicationPad3d constructor (ast)
  ["torch.nn.modules.pixelshuffle.PixelShuffle", [0]],
  // PixelShuffle constructor (ast)
  ["torch.nn.modules.pixelshuffle.PixelUnshuffle", [0]],
  // PixelUnshuffle constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveAvgPool1d", [0]],
  // AdaptiveAvgPool1d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveAvgPool2d", [0]],
  // AdaptiveAvgPool2d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveAvgPool3d", [0]],
  // AdaptiveAvgPool3d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveMaxPool1d", [0, 1]],
  // AdaptiveMaxPool1d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveMaxPool2d", [0, 1]],
  // AdaptiveMaxPool2d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveMaxPool3d", [0, 1]],
  // AdaptiveMaxPool3d constructor (ast)
  ["torch.nn.modules.pooling.AvgPool1d", [0, 1, 2, 3, 4]],
  // AvgPool1d constructor (ast)
  ["torch.nn.modules.pooling.AvgPool2d", [0, 1, 2, 3, 4, 5]],
  // AvgPool2d constructor (ast)
  ["torch.nn.modules.pooling.AvgPool3d", [0, 1, 2, 3, 4, 5]],
  // AvgPool3d constructor (ast)
  ["torch.nn.modules.pooling.FractionalMaxPool2d", [0, 1, 2, 3]],
  // FractionalMaxPool2d constructor (ast)
  ["torch.nn.modules.pooling.FractionalMaxPool3d", [0, 1, 2, 3]],
  // FractionalMaxPool3d constructor (ast)
  ["torch.nn.modules.pooling.LPPool1d", [0, 1, 2, 3]],
  // LPPool1d constructor (ast)
  ["torch.nn.modules.pooling.LPPool2d", [0, 1, 2, 3]],
  // LPPool2d constructor (ast)
  ["torch.nn.modules.pooling.MaxPool1d", [0, 1, 2, 3, 4, 5]],
  // MaxPool1d constructor (ast)
  ["torch.nn.modules.pooling.MaxPool2d", [0, 1, 2, 3, 4, 5]],
  // MaxPool2d constructor (ast)
  ["torch.nn.modules.pooling.MaxPool3d", [0, 1, 2, 3, 4, 5]],
  // MaxPool3d constructor (ast)
  ["torch.nn.modules.pooling.MaxUnpool1d", [0, 1, 2]],
  // MaxUnpool1d constructor (ast)
  ["torch.nn.modules.pooling.MaxUnpool2d", [0, 1, 2]],
  // MaxUnpool2d constructor (ast)
  ["torch.nn.modules.pooling.MaxUnpool3d", [0, 1, 2]],
  // MaxUnpool3d constructor (ast)
  ["torch.nn.modules.rnn.RNN", [-1]],
  // RNN constructor (ast)
  ["torch.nn.modules.rnn.RNNBase", [0, 1, 2, 3, 4, 5, 6, 7, 8]],
  // RNNBase constructor (ast)
  ["torch.nn.modules.rnn.RNNCell", [3]],
  // RNNCell constructor (ast)
  ["torch.nn.modules.rnn.RNNCellBase", [0, 1, 2, 3]],
  // RNNCellBase constructor (ast)
  ["torch.nn.modules.sparse.Embedding", [0, 1, 2, 3, 4, 5, 6, 7]],
  // Embedding constructor (ast)
  ["torch.nn.modules.sparse.EmbeddingBag", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  // EmbeddingBag constructor (ast)
  ["torch.nn.modules.transformer.Transformer", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
  // Transformer constructor (ast)
  ["torch.nn.modules.transformer.TransformerDecoder", [0, 1, 2]],
  // TransformerDecoder constructor (ast)
  ["torch.nn.modules.transformer.TransformerDecoderLayer", [0, 1, 2, 3, 4, 5, 6, 7]],
  // TransformerDecoderLayer constructor (ast)
  ["torch.nn.modules.transformer.TransformerEncoder", [0, 1, 2, 3, 4]],
  // TransformerEncoder constructor (ast)
  ["torch.nn.modules.transformer.TransformerEncoderLayer", [0, 1, 2, 3, 4, 5, 6, 7]],
  // TransformerEncoderLayer constructor (ast)
  ["torch.nn.modules.upsampling.Upsample", [0, 1, 2, 3, 4]],
  // Upsample constructor (ast)
  ["torch.nn.parallel.data_parallel.DataParallel", [0, 1, 2, 3]],
  // DataParallel constructor (ast)
  ["torch.optim.lr_scheduler.OneCycleLR", [0, 2, 3, 4, 5, 7]],
  // OneCycleLR constructor (ast)
  ["torchvision.models._utils.IntermediateLayerGetter", [0]],
  // IntermediateLayerGetter constructor (ast)
  ["torchvision.models.alexnet.AlexNet", [0, 1]],
  // AlexNet constructor (ast)
  ["torchvision.models.convnext.CNBlock", [0, 3]],
  // CNBlock constructor (ast)
  ["torchvision.models.convnext.ConvNeXt", [0, 3, 4, 5]],
  // ConvNeXt constructor (ast)
  ["torchvision.models.convnext.LayerNorm2d", [0, 1, 2]],
  // LayerNorm2d constructor (ast)
  ["torchvision.models.densenet.DenseNet", [0, 1, 2, 5]],
  // DenseNet constructor (ast)
  ["torchvision.models.detection.anchor_utils.AnchorGenerator", [0, 1]],
  // AnchorGenerator constructor (ast)
  ["torchvision.models.detection.anchor_utils.DefaultBoxGenerator", [0, 1, 2, 3, 4, 5]],
  // DefaultBoxGenerator constructor (ast)
  ["torchvision.models.detection.backbone_utils.BackboneWithFPN", [0, 4]],
  // BackboneWithFPN constructor (ast)
  ["torchvision.models.detection.faster_rcnn.FastRCNNConvFCHead", [0, 1, 2]],
  // FastRCNNConvFCHead constructor (ast)
  ["torchvision.models.detection.faster_rcnn.FastRCNNPredictor", [0, 1]],
  // FastRCNNPredictor constructor (ast)
  ["torchvision.models.detection.faster_rcnn.FasterRCNN", [0, 1, 6, 18]],
  // FasterRCNN constructor (ast)
  ["torchvision.models.detection.faster_rcnn.TwoMLPHead", [0, 1]],
  // TwoMLPHead constructor (ast)
  ["torchvision.models.detection.fcos.FCOS", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  // FCOS constructor (ast)
  ["torchvision.models.detection.fcos.FCOSClassificationHead", [0, 1, 2, 5]],
  // FCOSClassificationHead constructor (ast)
  ["torchvision.models.detection.fcos.FCOSHead", [0, 1, 2]],
  // FCOSHead constructor (ast)
  ["torchvision.models.detection.fcos.FCOSRegressionHead", [0, 1, 3]],
  // FCOSRegressionHead constructor (ast)
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNN", [32]],
  // KeypointRCNN constructor (ast)
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNNPredictor", [0, 1]],
  // KeypointRCNNPredictor constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNet", [0, 1, 6]],
  // RetinaNet constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNetClassificationHead", [0, 1, 2]],
  // RetinaNetClassificationHead constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNetHead", [0, 1, 2]],
  // RetinaNetHead constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNetRegressionHead", [0, 1]],
  // RetinaNetRegressionHead constructor (ast)
  ["torchvision.models.detection.rpn.RPNHead", [0, 1]],
  // RPNHead constructor (ast)
  ["torchvision.models.detection.ssd.SSD", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  // SSD constructor (ast)
  ["torchvision.models.detection.ssdlite.SSDLiteFeatureExtractorMobileNet", [0, 2]],
  // SSDLiteFeatureExtractorMobileNet constructor (ast)
  ["torchvision.models.efficientnet.EfficientNet", [0, 1, 3, 5]],
  // EfficientNet constructor (ast)
  ["torchvision.models.efficientnet.FusedMBConv", [0]],
  // FusedMBConv constructor (ast)
  ["torchvision.models.efficientnet.MBConv", [0, 3]],
  // MBConv constructor (ast)
  ["torchvision.models.googlenet.GoogLeNet", [0, 1, 2, 4, 5]],
  // GoogLeNet constructor (ast)
  ["torchvision.models.googlenet.Inception", [7]],
  // Inception constructor (ast)
  ["torchvision.models.googlenet.InceptionAux", [1, 2, 3]],
  // InceptionAux constructor (ast)
  ["torchvision.models.inception.Inception3", [0, 1, 2, 3, 5]],
  // Inception3 constructor (ast)
  ["torchvision.models.inception.InceptionA", [2]],
  // InceptionA constructor (ast)
  ["torchvision.models.inception.InceptionAux", [1, 2]],
  // InceptionAux constructor (ast)
  ["torchvision.models.inception.InceptionB", [1]],
  // InceptionB constructor (ast)
  ["torchvision.models.inception.InceptionC", [2]],
  // InceptionC constructor (ast)
  ["torchvision.models.inception.InceptionD", [1]],
  // InceptionD constructor (ast)
  ["torchvision.models.inception.InceptionE", [1]],
  // InceptionE constructor (ast)
  ["torchvision.models.maxvit.MBConv", [4, 6]],
  // MBConv constructor (ast)
  ["torchvision.models.maxvit.MaxVit", [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14]],
  // MaxVit constructor (ast)
  ["torchvision.models.maxvit.MaxVitBlock", [1, 4, 5, 6, 7, 8, 9, 10, 13]],
  // MaxVitBlock constructor (ast)
  ["torchvision.models.maxvit.MaxVitLayer", [1, 4, 5, 6, 7, 8, 9, 10, 12]],
  // MaxVitLayer constructor (ast)
  ["torchvision.models.maxvit.PartitionAttentionLayer", [0, 1, 2, 5, 6, 7, 8, 9]],
  // PartitionAttentionLayer constructor (ast)
  ["torchvision.models.maxvit.RelativePositionalMultiHeadAttention", [0, 1, 2]],
  // RelativePositionalMultiHeadAttention constructor (ast)
  ["torchvision.models.mnasnet.MNASNet", [0, 1, 2]],
  // MNASNet constructor (ast)
  ["torchvision.models.mobilenetv2.InvertedResidual", [4]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.mobilenetv2.MobileNetV2", [0, 1, 2, 3, 4, 6]],
  // MobileNetV2 constructor (ast)
  ["torchvision.models.mobilenetv3.InvertedResidual", [2]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.mobilenetv3.MobileNetV3", [0, 1, 2, 3, 5]],
  // MobileNetV3 constructor (ast)
  ["torchvision.models.quantization.googlenet.GoogLeNet", [0, 1, 2, 4, 5]],
  // GoogLeNet constructor (ast)
  ["torchvision.models.quantization.googlenet.Inception", [7]],
  // Inception constructor (ast)
  ["torchvision.models.quantization.googlenet.InceptionAux", [1, 2, 3]],
  // InceptionAux constructor (ast)
  ["torchvision.models.quantization.mobilenetv2.InvertedResidual", [4]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.quantization.mobilenetv2.MobileNetV2", [0, 1, 2, 3, 4, 6]],
  // MobileNetV2 constructor (ast)
  ["torchvision.models.quantization.mobilenetv3.InvertedResidual", [2]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.quantization.mobilenetv3.MobileNetV3", [0, 1, 2, 3, 5]],
  // MobileNetV3 constructor (ast)
  ["torchvision.models.quantization.resnet.BasicBlock", [7]],
  // BasicBlock constructor (ast)
  ["torchvision.models.quantization.resnet.Bottleneck", [7]],
  // Bottleneck constructor (ast)
  ["torchvision.models.quantization.resnet.ResNet", [0, 1, 2, 4, 5, 7]],
  // ResNet constructor (ast)
  ["torchvision.models.regnet.AnyStage", [4]],
  // AnyStage constructor (ast)
  ["torchvision.models.regnet.BottleneckTransform", [4]],
  // BottleneckTransform constructor (ast)
  ["torchvision.models.regnet.RegNet", [0, 1, 2, 3, 4, 5, 6]],
  // RegNet constructor (ast)
  ["torchvision.models.regnet.ResBottleneckBlock", [4]],
  // ResBottleneckBlock constructor (ast)
  ["torchvision.models.resnet.BasicBlock", [7]],
  // BasicBlock constructor (ast)
  ["torchvision.models.resnet.Bottleneck", [7]],
  // Bottleneck constructor (ast)
  ["torchvision.models.resnet.ResNet", [0, 1, 2, 4, 5, 7]],
  // ResNet constructor (ast)
  ["torchvision.models.shufflenetv2.InvertedResidual", [0, 1, 2]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.shufflenetv2.ShuffleNetV2", [0, 1, 2, 3]],
  // ShuffleNetV2 constructor (ast)
  ["torchvision.models.squeezenet.SqueezeNet", [1, 2]],
  // SqueezeNet constructor (ast)
  ["torchvision.models.swin_transformer.PatchMerging", [0, 1]],
  // PatchMerging constructor (ast)
  ["torchvision.models.swin_transformer.PatchMergingV2", [0, 1]],
  // PatchMergingV2 constructor (ast)
  ["torchvision.models.swin_transformer.ShiftedWindowAttention", [0, 1, 2, 3, 6, 7]],
  // ShiftedWindowAttention constructor (ast)
  ["torchvision.models.swin_transformer.ShiftedWindowAttentionV2", [3]],
  // ShiftedWindowAttentionV2 constructor (ast)
  ["torchvision.models.swin_transformer.SwinTransformer", [1, 2, 9, 10, 11, 12]],
  // SwinTransformer constructor (ast)
  ["torchvision.models.swin_transformer.SwinTransformerBlock", [0, 1, 2, 3, 4, 5, 7, 8, 9]],
  // SwinTransformerBlock constructor (ast)
  ["torchvision.models.vgg.VGG", [0, 1, 3]],
  // VGG constructor (ast)
  ["torchvision.models.video.mvit.MViT", [2, 7, 10, 11, 12]],
  // MViT constructor (ast)
  ["torchvision.models.video.mvit.MultiscaleAttention", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]],
  // MultiscaleAttention constructor (ast)
  ["torchvision.models.video.mvit.MultiscaleBlock", [0, 1, 2, 3, 5, 6, 8]],
  // MultiscaleBlock constructor (ast)
  ["torchvision.models.video.resnet.BasicBlock", [2]],
  // BasicBlock constructor (ast)
  ["torchvision.models.video.resnet.VideoResNet", [0, 1, 2, 3, 4]],
  // VideoResNet constructor (ast)
  ["torchvision.models.video.s3d.S3D", [1]],
  // S3D constructor (ast)
  ["torchvision.models.vision_transformer.Encoder", [0, 2, 3, 5, 6, 7]],
  // Encoder constructor (ast)
  ["torchvision.models.vision_transformer.EncoderBlock", [0, 1, 3, 4, 5]],
  // EncoderBlock constructor (ast)
  ["torchvision.models.vision_transformer.VisionTransformer", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  // VisionTransformer constructor (ast)
  ["torchvision.ops.boxes.box_iou", [0, 1]],
  // box_iou (ast)
  ["torchvision.ops.feature_pyramid_network.FeaturePyramidNetwork", [2]],
  // FeaturePyramidNetwork constructor (ast)
  ["torchvision.ops.feature_pyramid_network.LastLevelP6P7", [0, 1]],
  // LastLevelP6P7 constructor (ast)
  ["torchvision.ops.misc.MLP", [0, 1, 2, 3, 6]],
  // MLP constructor (ast)
  ["torchvision.ops.misc.SqueezeExcitation", [2, 3]],
  // SqueezeExcitation constructor (ast)
  ["xgboost.core.Booster", [1, 2]]
  // Booster constructor (ast)
]);
var MODULE_ALIASES = [
  ["sklearn._loss.loss", "sklearn._loss._loss"],
  ["torch.nn.intrinsic", "torch.ao.nn.intrinsic"],
  ["torch.nn.qat", "torch.ao.nn.qat"],
  ["torch.nn.quantizable", "torch.ao.nn.quantizable"],
  ["torch.nn.quantized", "torch.ao.nn.quantized"],
  ["torch.quantization", "torch.ao.quantization"]
];
var FORWARDERS = withModuleAliases(
  AUDITED,
  MODULE_ALIASES,
  DERIVED_ALLOWLIST
);
var passiveAggressiveClassifierState = ["classes_", "loss", "random_state"];
var shiftedWindowAttentionState = ["num_heads", "relative_position_bias_table", "window_size"];
var timedeltaArrayState = ["_assert_tzawareness_compat", "_require_matching_freq", "tz_localize"];
var fractionalMaxPool2dState = ["kernel_size", "output_ratio", "output_size", "return_indices"];
var inceptionBState = ["branch3x3", "branch3x3dbl_1", "branch3x3dbl_2", "branch3x3dbl_3"];
var instanceNorm1dState = ["bias", "running_mean", "running_var", "weight"];
var quantizableMobileNetV2State = ["classifier", "dequant", "features", "quant"];
var residualBlockState = ["convnormrelu1", "convnormrelu2", "downsample", "relu"];
var gradientBoostingClassifierState = [
  "_rng",
  "estimators_",
  "oob_improvement_",
  "train_score_",
  "validation_fraction"
];
var gridSearchCVState = ["_parameter_constraints", "cv", "estimator", "scorer_", "scoring"];
var mLPRegressorState = ["_random_state", "batch_size", "coefs_", "intercepts_", "validation_fraction"];
var quantizableSqueezeExcitationState = ["activation", "avgpool", "fc1", "fc2", "scale_activation"];
var retinaNetState = ["anchor_generator", "backbone", "head", "proposal_matcher", "transform"];
var swinTransformerBlockState = ["attn", "mlp", "norm1", "norm2", "stochastic_depth"];
var basicBlockState = ["bn1", "bn2", "conv1", "conv2", "downsample", "relu"];
var ellipticEnvelopeState = [
  "T",
  "covariance_",
  "dist_",
  "raw_covariance_",
  "support_",
  "support_fraction"
];
var embeddingState = [
  "weight",
  "weight_axis",
  "weight_dtype",
  "weight_qscheme",
  "weight_scale",
  "weight_zero_point"
];
var inceptionDState = [
  "branch3x3_1",
  "branch3x3_2",
  "branch7x7x3_1",
  "branch7x7x3_2",
  "branch7x7x3_3",
  "branch7x7x3_4"
];
var conv1dState = keysWith(embeddingState, "bias");
var histGradientBoostingRegressorState = [
  "_loss",
  "_predictors",
  "_random_seed",
  "_scorer",
  "monotonic_cst",
  "scoring",
  "validation_fraction"
];
var inceptionAState = [
  "branch1x1",
  "branch3x3dbl_1",
  "branch3x3dbl_2",
  "branch3x3dbl_3",
  "branch5x5_1",
  "branch5x5_2",
  "branch_pool"
];
var shuffleNetV2State = ["conv1", "conv5", "fc", "maxpool", "stage2", "stage3", "stage4"];
var bottleneckState = keysWith(basicBlockState, "bn3", "conv3");
var multiheadAttentionState2 = [
  "bias_k",
  "bias_v",
  "in_proj_bias",
  "in_proj_weight",
  "k_proj_weight",
  "num_heads",
  "q_proj_weight",
  "v_proj_weight"
];
var inceptionEState = [
  "branch1x1",
  "branch3x3_1",
  "branch3x3_2a",
  "branch3x3_2b",
  "branch3x3dbl_1",
  "branch3x3dbl_2",
  "branch3x3dbl_3a",
  "branch3x3dbl_3b",
  "branch_pool"
];
var transformerEncoderLayerState = [
  "activation",
  "dropout",
  "dropout1",
  "dropout2",
  "linear1",
  "linear2",
  "norm1",
  "norm2",
  "self_attn"
];
var inceptionCState = [
  "branch1x1",
  "branch7x7_1",
  "branch7x7_2",
  "branch7x7_3",
  "branch7x7dbl_1",
  "branch7x7dbl_2",
  "branch7x7dbl_3",
  "branch7x7dbl_4",
  "branch7x7dbl_5",
  "branch_pool"
];
var resNetState = [
  "avgpool",
  "bn1",
  "conv1",
  "fc",
  "layer1",
  "layer2",
  "layer3",
  "layer4",
  "maxpool",
  "relu"
];
var multiheadAttentionState = keysWith(
  multiheadAttentionState2,
  "dequant_k",
  "dequant_q",
  "dequant_v",
  "linear_K",
  "linear_Q",
  "linear_V",
  "out_proj",
  "quant_attn_output",
  "quant_attn_output_weights"
);
var googLeNetState = [
  "aux1",
  "aux2",
  "avgpool",
  "conv1",
  "conv2",
  "conv3",
  "dropout",
  "fc",
  "inception3a",
  "inception3b",
  "inception4a",
  "inception4b",
  "inception4c",
  "inception4d",
  "inception4e",
  "inception5a",
  "inception5b",
  "maxpool1",
  "maxpool2",
  "maxpool3",
  "maxpool4"
];
var inception3State = [
  "AuxLogits",
  "Conv2d_1a_3x3",
  "Conv2d_2a_3x3",
  "Conv2d_2b_3x3",
  "Conv2d_3b_1x1",
  "Conv2d_4a_3x3",
  "Mixed_5b",
  "Mixed_5c",
  "Mixed_5d",
  "Mixed_6a",
  "Mixed_6b",
  "Mixed_6c",
  "Mixed_6d",
  "Mixed_6e",
  "Mixed_7a",
  "Mixed_7b",
  "Mixed_7c",
  "avgpool",
  "dropout",
  "fc",
  "maxpool1",
  "maxpool2"
];
var GROUPED_BUILD = [
  [
    ["*"],
    [
      "functools.partial",
      "pandas._libs.interval.Interval",
      "pandas._libs.sparse.IntIndex",
      "pandas._libs.tslibs.period.Period",
      "pandas.core.arrays.interval.Interval",
      "pandas.core.arrays.period.Period",
      "pandas.core.arrays.sparse.IntIndex",
      "pandas.core.indexes.interval.Interval",
      "pandas.core.indexes.period.Period",
      "scipy.spatial._ckdtree.cKDTree",
      "scipy.spatial.transform._rotation.Rotation",
      "sklearn._loss._loss.CyAbsoluteError",
      "sklearn._loss._loss.CyHalfBinomialLoss",
      "sklearn._loss._loss.CyHalfGammaLoss",
      "sklearn._loss._loss.CyHalfMultinomialLoss",
      "sklearn._loss._loss.CyHalfPoissonLoss",
      "sklearn._loss._loss.CyHalfSquaredError",
      "sklearn._loss._loss.CyHalfTweedieLoss",
      "sklearn._loss._loss.CyHalfTweedieLossIdentity",
      "sklearn._loss._loss.CyPinballLoss",
      "sklearn.linear_model._sgd_fast.EpsilonInsensitive",
      "sklearn.linear_model._sgd_fast.Hinge",
      "sklearn.linear_model._sgd_fast.Huber",
      "sklearn.linear_model._sgd_fast.Log",
      "sklearn.linear_model._sgd_fast.ModifiedHuber",
      "sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive",
      "sklearn.linear_model._sgd_fast.SquaredHinge",
      "sklearn.linear_model._sgd_fast.SquaredLoss",
      "sklearn.metrics._dist_metrics.BrayCurtisDistance",
      "sklearn.metrics._dist_metrics.BrayCurtisDistance32",
      "sklearn.metrics._dist_metrics.CanberraDistance",
      "sklearn.metrics._dist_metrics.CanberraDistance32",
      "sklearn.metrics._dist_metrics.ChebyshevDistance",
      "sklearn.metrics._dist_metrics.ChebyshevDistance32",
      "sklearn.metrics._dist_metrics.DiceDistance",
      "sklearn.metrics._dist_metrics.DiceDistance32",
      "sklearn.metrics._dist_metrics.EuclideanDistance",
      "sklearn.metrics._dist_metrics.EuclideanDistance32",
      "sklearn.metrics._dist_metrics.HammingDistance",
      "sklearn.metrics._dist_metrics.HammingDistance32",
      "sklearn.metrics._dist_metrics.HaversineDistance",
      "sklearn.metrics._dist_metrics.HaversineDistance32",
      "sklearn.metrics._dist_metrics.JaccardDistance",
      "sklearn.metrics._dist_metrics.JaccardDistance32",
      "sklearn.metrics._dist_metrics.MahalanobisDistance",
      "sklearn.metrics._dist_metrics.MahalanobisDistance32",
      "sklearn.metrics._dist_metrics.ManhattanDistance",
      "sklearn.metrics._dist_metrics.ManhattanDistance32",
      "sklearn.metrics._dist_metrics.MatchingDistance",
      "sklearn.metrics._dist_metrics.MatchingDistance32",
      "sklearn.metrics._dist_metrics.RogersTanimotoDistance",
      "sklearn.metrics._dist_metrics.RogersTanimotoDistance32",
      "sklearn.metrics._dist_metrics.RussellRaoDistance",
      "sklearn.metrics._dist_metrics.RussellRaoDistance32",
      "sklearn.metrics._dist_metrics.SEuclideanDistance",
      "sklearn.metrics._dist_metrics.SEuclideanDistance32",
      "sklearn.metrics._dist_metrics.SokalMichenerDistance",
      "sklearn.metrics._dist_metrics.SokalMichenerDistance32",
      "sklearn.metrics._dist_metrics.SokalSneathDistance",
      "sklearn.metrics._dist_metrics.SokalSneathDistance32",
      "sklearn.metrics._dist_metrics.WMinkowskiDistance",
      "sklearn.metrics._dist_metrics.WMinkowskiDistance32",
      "sklearn.neighbors._ball_tree.BallTree",
      "sklearn.neighbors._kd_tree.KDTree",
      "sklearn.tree._tree.Tree",
      "torch.ao.nn.quantized.dynamic.modules.conv.Conv1d",
      "torch.ao.nn.quantized.dynamic.modules.conv.Conv2d",
      "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose1d",
      "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose2d",
      "torch.ao.nn.quantized.modules.conv.Conv1d",
      "torch.ao.nn.quantized.modules.conv.Conv2d",
      "torch.ao.nn.quantized.modules.conv.ConvTranspose1d",
      "torch.ao.nn.quantized.modules.conv.ConvTranspose2d",
      "torch.ao.nn.quantized.reference.modules.rnn.LSTM",
      "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU1d",
      "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU2d",
      "torch.nn.modules.rnn.GRU",
      "torch.nn.modules.rnn.LSTM",
      "torch.nn.modules.rnn.RNN",
      "torch.nn.modules.rnn.RNNBase",
      "torch.nn.parameter.UninitializedBuffer",
      "torch.nn.parameter.UninitializedParameter",
      "torch.nn.quantized._reference.modules.rnn.LSTM",
      "xgboost.core.Booster"
    ]
  ],
  [
    ["_storage"],
    [
      "torch.BFloat16Storage",
      "torch.BoolStorage",
      "torch.ByteStorage",
      "torch.CharStorage",
      "torch.ComplexDoubleStorage",
      "torch.ComplexFloatStorage",
      "torch.DoubleStorage",
      "torch.FloatStorage",
      "torch.HalfStorage",
      "torch.IntStorage",
      "torch.LongStorage",
      "torch.QInt32Storage",
      "torch.QInt8Storage",
      "torch.QUInt4x2Storage",
      "torch.QUInt8Storage",
      "torch.ShortStorage"
    ]
  ],
  [
    instanceNorm1dState,
    [
      "torch.ao.nn.quantized.modules.normalization.InstanceNorm1d",
      "torch.ao.nn.quantized.modules.normalization.InstanceNorm2d",
      "torch.ao.nn.quantized.modules.normalization.InstanceNorm3d",
      "torch.nn.modules.instancenorm.InstanceNorm1d",
      "torch.nn.modules.instancenorm.InstanceNorm2d",
      "torch.nn.modules.instancenorm.InstanceNorm3d",
      "torch.nn.modules.instancenorm.LazyInstanceNorm1d",
      "torch.nn.modules.instancenorm.LazyInstanceNorm2d",
      "torch.nn.modules.instancenorm.LazyInstanceNorm3d"
    ]
  ],
  [
    ["bias", "weight"],
    [
      "torch.ao.nn.quantized.modules.batchnorm.BatchNorm2d",
      "torch.ao.nn.quantized.modules.batchnorm.BatchNorm3d",
      "torch.ao.nn.quantized.modules.normalization.GroupNorm",
      "torch.ao.nn.quantized.modules.normalization.LayerNorm",
      "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU2d",
      "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU3d",
      "torch.nn.modules.batchnorm.BatchNorm1d",
      "torch.nn.modules.batchnorm.BatchNorm2d",
      "torch.nn.modules.batchnorm.BatchNorm3d",
      "torch.nn.modules.batchnorm.LazyBatchNorm1d",
      "torch.nn.modules.batchnorm.LazyBatchNorm2d",
      "torch.nn.modules.batchnorm.LazyBatchNorm3d",
      "torch.nn.modules.batchnorm.SyncBatchNorm",
      "torch.nn.modules.conv.Conv1d",
      "torch.nn.modules.conv.Conv2d",
      "torch.nn.modules.conv.Conv3d",
      "torch.nn.modules.conv.ConvTranspose1d",
      "torch.nn.modules.conv.ConvTranspose2d",
      "torch.nn.modules.conv.ConvTranspose3d",
      "torch.nn.modules.conv.LazyConv1d",
      "torch.nn.modules.conv.LazyConv2d",
      "torch.nn.modules.conv.LazyConv3d",
      "torch.nn.modules.conv.LazyConvTranspose1d",
      "torch.nn.modules.conv.LazyConvTranspose2d",
      "torch.nn.modules.conv.LazyConvTranspose3d",
      "torch.nn.modules.linear.Bilinear",
      "torch.nn.modules.linear.LazyLinear",
      "torch.nn.modules.linear.Linear",
      "torch.nn.modules.linear.NonDynamicallyQuantizableLinear",
      "torch.nn.modules.normalization.GroupNorm",
      "torch.nn.modules.normalization.LayerNorm",
      "torchvision.models.convnext.LayerNorm2d",
      "torchvision.models.video.resnet.Conv3DNoTemporal",
      "torchvision.models.video.resnet.Conv3DSimple"
    ]
  ],
  [
    conv1dState,
    [
      "torch.ao.nn.quantized.reference.modules.conv.Conv1d",
      "torch.ao.nn.quantized.reference.modules.conv.Conv2d",
      "torch.ao.nn.quantized.reference.modules.conv.Conv3d",
      "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose1d",
      "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose2d",
      "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose3d",
      "torch.ao.nn.quantized.reference.modules.linear.Linear",
      "torch.nn.quantized._reference.modules.conv.Conv1d",
      "torch.nn.quantized._reference.modules.conv.Conv2d",
      "torch.nn.quantized._reference.modules.conv.Conv3d",
      "torch.nn.quantized._reference.modules.conv.ConvTranspose1d",
      "torch.nn.quantized._reference.modules.conv.ConvTranspose2d",
      "torch.nn.quantized._reference.modules.conv.ConvTranspose3d",
      "torch.nn.quantized._reference.modules.linear.Linear"
    ]
  ],
  [
    ["weight"],
    [
      "torch.nn.modules.loss.BCELoss",
      "torch.nn.modules.loss.CrossEntropyLoss",
      "torch.nn.modules.loss.MultiLabelSoftMarginLoss",
      "torch.nn.modules.loss.MultiMarginLoss",
      "torch.nn.modules.loss.NLLLoss",
      "torch.nn.modules.loss.NLLLoss2d",
      "torch.nn.modules.sparse.Embedding",
      "torch.nn.modules.sparse.EmbeddingBag"
    ]
  ]
];
var AUDITED_BUILD = new Map([
  ["joblib.numpy_pickle.NumpyArrayWrapper", ["dtype", "order", "shape"]],
  ["numpy.core.getlimits.MachArLike", ["ftype"]],
  ["numpy.ma.core.MaskedArray", ["*", "_mask"]],
  ["numpy.polynomial.Polynomial", ["coef"]],
  ["numpy.polynomial.chebyshev.Chebyshev", ["astype", "coef"]],
  ["numpy.polynomial.hermite.Hermite", ["astype", "coef"]],
  ["numpy.polynomial.hermite_e.HermiteE", ["astype", "coef"]],
  ["numpy.polynomial.laguerre.Laguerre", ["astype", "coef"]],
  ["numpy.polynomial.legendre.Legendre", ["astype", "coef"]],
  ["numpy.polynomial.polynomial.Polynomial", ["coef"]],
  ["omegaconf.dictconfig.DictConfig", ["*", "__set_impl"]],
  ["omegaconf.listconfig.ListConfig", ["*", "_to_object", "_validate_merge", "keys"]],
  ["omegaconf.nodes.AnyNode", ["_metadata"]],
  ["omegaconf.nodes.FloatNode", ["_metadata"]],
  ["omegaconf.nodes.IntegerNode", ["_metadata"]],
  ["omegaconf.nodes.StringNode", ["_metadata"]],
  ["pandas.core.arrays.boolean.BooleanArray", ["_data", "_mask"]],
  ["pandas.core.arrays.datetimes.DatetimeArray", ["_require_matching_freq"]],
  ["pandas.core.arrays.floating.FloatingArray", ["_data", "_mask"]],
  ["pandas.core.arrays.integer.IntegerArray", ["_data", "_mask"]],
  ["pandas.core.arrays.interval.IntervalArray", ["_left", "_right"]],
  ["pandas.core.arrays.period.PeriodArray", ["_assert_tzawareness_compat"]],
  ["pandas.core.arrays.sparse.array.SparseArray", ["*", "_dtype"]],
  ["pandas.core.arrays.timedeltas.TimedeltaArray", timedeltaArrayState],
  [
    "pandas.core.frame.DataFrame",
    ["_convert_dtypes", "_mgr", "_reindex_indexer", "_replace_single", "dtype", "to_frame"]
  ],
  ["pandas.core.indexes.base.Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.category.CategoricalIndex", ["_data", "tz_convert"]],
  ["pandas.core.indexes.datetimes.DatetimeArray", ["_require_matching_freq"]],
  ["pandas.core.indexes.datetimes.DatetimeIndex", ["_data", "categories"]],
  ["pandas.core.indexes.interval.IntervalArray", ["_left", "_right"]],
  ["pandas.core.indexes.interval.IntervalIndex", ["_data", "categories", "tz_convert"]],
  ["pandas.core.indexes.multi.MultiIndex", ["categories", "tz_convert"]],
  ["pandas.core.indexes.numeric.Float64Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.numeric.Int64Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.numeric.UInt64Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.period.PeriodArray", ["_assert_tzawareness_compat"]],
  ["pandas.core.indexes.period.PeriodIndex", ["_data", "categories", "tz_convert"]],
  ["pandas.core.indexes.range.RangeIndex", ["categories", "tz_convert"]],
  ["pandas.core.indexes.timedeltas.TimedeltaArray", timedeltaArrayState],
  ["pandas.core.indexes.timedeltas.TimedeltaIndex", ["_data", "categories", "tz_convert"]],
  ["pandas.core.internals.base.Index", ["categories", "tz_convert"]],
  ["pandas.core.internals.managers.SingleBlockManager", ["*", "_rebuild_blknos_and_blklocs"]],
  ["pandas.core.series.Series", ["_constructor_sliced", "_mgr", "_replace_columnwise", "columns"]],
  ["pandas.core.tools.datetimes.DatetimeArray", ["_require_matching_freq"]],
  ["pandas.core.tools.datetimes.DatetimeIndex", ["_data", "categories"]],
  ["scipy.interpolate._bsplines.BSpline", ["c", "t"]],
  ["scipy.sparse._arrays.bsr_array", ["_swap", "indices", "indptr"]],
  ["scipy.sparse._arrays.coo_array", ["col", "row"]],
  ["scipy.sparse._arrays.csc_array", ["indices", "indptr"]],
  ["scipy.sparse._arrays.csr_array", ["indices", "indptr"]],
  ["scipy.sparse._arrays.dia_array", ["offsets", "sum_duplicates"]],
  ["scipy.sparse._arrays.lil_array", ["data", "rows"]],
  ["scipy.sparse._bsr.bsr_matrix", ["_swap", "indices", "indptr"]],
  ["scipy.sparse._coo.coo_matrix", ["col", "row"]],
  ["scipy.sparse._csc.csc_matrix", ["indices", "indptr"]],
  ["scipy.sparse._csr.csr_matrix", ["indices", "indptr"]],
  ["scipy.sparse._dia.dia_matrix", ["offsets", "sum_duplicates"]],
  ["scipy.sparse._lil.lil_matrix", ["data", "rows"]],
  ["sklearn.calibration.CalibratedClassifierCV", ["classes_", "cv", "estimator"]],
  ["sklearn.calibration._CalibratedClassifier", ["estimator"]],
  ["sklearn.calibration._SigmoidCalibration", ["_parameter_constraints"]],
  [
    "sklearn.cluster._affinity_propagation.AffinityPropagation",
    ["affinity_matrix_", "cluster_centers_", "convergence_iter", "damping"]
  ],
  ["sklearn.cluster._agglomerative.AgglomerativeClustering", ["children_", "connectivity", "memory"]],
  [
    "sklearn.cluster._agglomerative.FeatureAgglomeration",
    ["children_", "connectivity", "labels_", "memory", "pooling_func"]
  ],
  ["sklearn.cluster._bicluster.SpectralBiclustering", ["n_svd_vecs", "random_state"]],
  ["sklearn.cluster._bicluster.SpectralCoclustering", ["n_clusters", "n_svd_vecs", "random_state"]],
  ["sklearn.cluster._birch.Birch", ["root_", "subcluster_centers_"]],
  [
    "sklearn.cluster._bisect_k_means.BisectingKMeans",
    ["_bisecting_tree", "_kmeans_single", "_random_state", "cluster_centers_", "init"]
  ],
  ["sklearn.cluster._kmeans.KMeans", ["cluster_centers_", "init"]],
  ["sklearn.cluster._kmeans.MiniBatchKMeans", ["_counts", "_random_state", "cluster_centers_", "init"]],
  ["sklearn.cluster._mean_shift.MeanShift", ["cluster_centers_"]],
  ["sklearn.cluster._optics.OPTICS", ["core_distances_", "memory", "ordering_", "reachability_", "xi"]],
  [
    "sklearn.cluster._spectral.SpectralClustering",
    ["affinity", "affinity_matrix_", "eigen_tol", "n_clusters", "n_components"]
  ],
  ["sklearn.compose._column_transformer.ColumnTransformer", ["_parameter_constraints"]],
  ["sklearn.compose._target.TransformedTargetRegressor", ["regressor", "transformer"]],
  ["sklearn.covariance._elliptic_envelope.EllipticEnvelope", ellipticEnvelopeState],
  ["sklearn.covariance._empirical_covariance.EmpiricalCovariance", ["covariance_"]],
  ["sklearn.covariance._graph_lasso.GraphicalLasso", ["alpha", "covariance_", "enet_tol", "max_iter"]],
  ["sklearn.covariance._graph_lasso.GraphicalLassoCV", ["covariance_", "cv", "enet_tol", "max_iter"]],
  ["sklearn.covariance._robust_covariance.MinCovDet", ellipticEnvelopeState],
  ["sklearn.covariance._shrunk_covariance.LedoitWolf", ["covariance_"]],
  ["sklearn.covariance._shrunk_covariance.OAS", ["covariance_"]],
  ["sklearn.covariance._shrunk_covariance.ShrunkCovariance", ["covariance_"]],
  [
    "sklearn.decomposition._dict_learning.DictionaryLearning",
    ["code_init", "components_", "dict_init", "transform_n_nonzero_coefs"]
  ],
  [
    "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
    ["_random_state", "alpha", "callback", "components_", "transform_n_nonzero_coefs"]
  ],
  [
    "sklearn.decomposition._dict_learning.SparseCoder",
    ["_parameter_constraints", "components_", "transform_n_nonzero_coefs"]
  ],
  ["sklearn.decomposition._fastica.FastICA", ["components_", "fun"]],
  ["sklearn.decomposition._incremental_pca.IncrementalPCA", ["n_samples_seen_", "noise_variance_"]],
  [
    "sklearn.decomposition._kernel_pca.KernelPCA",
    [
      "X_fit_",
      "X_transformed_fit_",
      "eigenvalues_",
      "eigenvectors_",
      "kernel",
      "max_iter",
      "random_state",
      "tol"
    ]
  ],
  ["sklearn.decomposition._lda.LatentDirichletAllocation", ["total_samples"]],
  [
    "sklearn.decomposition._nmf.MiniBatchNMF",
    [
      "_beta_loss",
      "_components_denominator",
      "_components_numerator",
      "_gamma",
      "_rho",
      "components_",
      "random_state"
    ]
  ],
  ["sklearn.decomposition._nmf.NMF", ["_beta_loss", "components_", "random_state"]],
  ["sklearn.decomposition._pca.PCA", ["noise_variance_", "tol"]],
  ["sklearn.decomposition._sparse_pca.MiniBatchSparsePCA", ["components_", "ridge_alpha"]],
  ["sklearn.decomposition._sparse_pca.SparsePCA", ["components_", "ridge_alpha"]],
  ["sklearn.decomposition._truncated_svd.TruncatedSVD", ["n_components", "tol"]],
  [
    "sklearn.discriminant_analysis.LinearDiscriminantAnalysis",
    ["covariance_", "covariance_estimator", "shrinkage"]
  ],
  ["sklearn.dummy.DummyClassifier", ["constant", "random_state"]],
  ["sklearn.dummy.DummyRegressor", ["constant", "constant_"]],
  ["sklearn.ensemble._bagging.BaggingClassifier", ["max_samples", "n_estimators", "n_jobs"]],
  ["sklearn.ensemble._bagging.BaggingRegressor", ["max_samples", "n_estimators", "n_jobs"]],
  ["sklearn.ensemble._forest.ExtraTreesClassifier", ["n_estimators", "n_jobs", "oob_decision_function_"]],
  ["sklearn.ensemble._forest.ExtraTreesRegressor", ["n_estimators", "n_jobs", "oob_prediction_"]],
  ["sklearn.ensemble._forest.RandomForestClassifier", ["n_estimators", "n_jobs", "oob_decision_function_"]],
  ["sklearn.ensemble._forest.RandomForestRegressor", ["n_estimators", "n_jobs", "oob_prediction_"]],
  ["sklearn.ensemble._forest.RandomTreesEmbedding", ["_get_oob_predictions"]],
  ["sklearn.ensemble._gb.GradientBoostingClassifier", gradientBoostingClassifierState],
  ["sklearn.ensemble._gb.GradientBoostingRegressor", gradientBoostingClassifierState],
  ["sklearn.ensemble._gb_losses.QuantileLossFunction", ["percentile"]],
  [
    "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
    ["_parameter_constraints", "is_categorical_"]
  ],
  [
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
    keysWith(histGradientBoostingRegressorState, "class_weight")
  ],
  [
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
    histGradientBoostingRegressorState
  ],
  ["sklearn.ensemble._iforest.IsolationForest", ["max_samples", "n_jobs"]],
  ["sklearn.ensemble._stacking.StackingClassifier", ["cv", "final_estimator", "final_estimator_"]],
  ["sklearn.ensemble._stacking.StackingRegressor", ["cv", "final_estimator", "final_estimator_"]],
  ["sklearn.feature_extraction._dict_vectorizer.DictVectorizer", ["dtype"]],
  ["sklearn.feature_extraction.image.PatchExtractor", ["random_state"]],
  ["sklearn.feature_extraction.text.CountVectorizer", ["token_pattern"]],
  ["sklearn.feature_extraction.text.HashingVectorizer", ["token_pattern"]],
  ["sklearn.feature_extraction.text.TfidfVectorizer", ["token_pattern"]],
  [
    "sklearn.feature_selection._from_model.SelectFromModel",
    ["estimator", "estimator_", "importance_getter", "max_features"]
  ],
  ["sklearn.feature_selection._rfe.RFE", ["estimator", "importance_getter"]],
  ["sklearn.feature_selection._rfe.RFECV", ["cv", "estimator", "importance_getter", "scoring"]],
  ["sklearn.feature_selection._sequential.SequentialFeatureSelector", ["cv", "estimator", "scoring"]],
  ["sklearn.feature_selection._univariate_selection.GenericUnivariateSelect", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectFdr", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectFpr", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectFwe", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectKBest", ["score_func", "scores_"]],
  ["sklearn.feature_selection._univariate_selection.SelectPercentile", ["score_func", "scores_"]],
  [
    "sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace",
    ["L_", "_parameter_constraints", "kernel", "kernel_", "optimizer"]
  ],
  [
    "sklearn.gaussian_process._gpr.GaussianProcessRegressor",
    ["L_", "alpha", "kernel", "kernel_", "optimizer", "y_train_"]
  ],
  ["sklearn.gaussian_process.kernels.Exponentiation", ["kernel"]],
  ["sklearn.gaussian_process.kernels.Matern", ["length_scale"]],
  ["sklearn.gaussian_process.kernels.PairwiseKernel", ["metric"]],
  ["sklearn.gaussian_process.kernels.Product", ["k1", "k2"]],
  ["sklearn.gaussian_process.kernels.RBF", ["length_scale"]],
  ["sklearn.gaussian_process.kernels.Sum", ["k1", "k2"]],
  ["sklearn.impute._base.MissingIndicator", ["features_"]],
  ["sklearn.impute._base.SimpleImputer", ["missing_values", "statistics_"]],
  ["sklearn.impute._iterative.IterativeImputer", ["_estimator", "estimator", "max_value", "min_value"]],
  ["sklearn.impute._knn.KNNImputer", ["_fit_X", "_mask_fit_X", "metric", "weights"]],
  ["sklearn.isotonic.IsotonicRegression", ["X_thresholds_", "f_", "y_thresholds_"]],
  ["sklearn.kernel_approximation.Nystroem", ["components_", "kernel"]],
  ["sklearn.kernel_approximation.RBFSampler", ["random_weights_"]],
  ["sklearn.kernel_approximation.SkewedChi2Sampler", ["random_weights_"]],
  ["sklearn.kernel_ridge.KernelRidge", ["X_fit_", "kernel"]],
  ["sklearn.linear_model._coordinate_descent.ElasticNet", ["precompute"]],
  ["sklearn.linear_model._coordinate_descent.ElasticNetCV", ["cv", "eps", "fit_intercept", "n_alphas"]],
  ["sklearn.linear_model._coordinate_descent.Lasso", ["precompute"]],
  ["sklearn.linear_model._coordinate_descent.LassoCV", ["cv", "eps", "fit_intercept", "n_alphas"]],
  ["sklearn.linear_model._coordinate_descent.MultiTaskElasticNet", ["precompute"]],
  [
    "sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV",
    ["cv", "eps", "fit_intercept", "n_alphas"]
  ],
  ["sklearn.linear_model._coordinate_descent.MultiTaskLasso", ["precompute"]],
  ["sklearn.linear_model._coordinate_descent.MultiTaskLassoCV", ["cv", "eps", "fit_intercept", "n_alphas"]],
  ["sklearn.linear_model._glm.GammaRegressor", ["solver"]],
  ["sklearn.linear_model._glm.PoissonRegressor", ["solver"]],
  ["sklearn.linear_model._glm.TweedieRegressor", ["solver"]],
  ["sklearn.linear_model._glm.glm.GammaRegressor", ["solver"]],
  ["sklearn.linear_model._glm.glm.PoissonRegressor", ["solver"]],
  ["sklearn.linear_model._glm.glm.TweedieRegressor", ["solver"]],
  ["sklearn.linear_model._huber.HuberRegressor", ["coef_"]],
  ["sklearn.linear_model._least_angle.Lars", ["eps", "precompute"]],
  ["sklearn.linear_model._least_angle.LarsCV", ["cv", "eps", "max_iter", "precompute"]],
  ["sklearn.linear_model._least_angle.LassoLars", ["eps", "precompute"]],
  ["sklearn.linear_model._least_angle.LassoLarsCV", ["cv", "eps", "max_iter", "precompute"]],
  ["sklearn.linear_model._least_angle.LassoLarsIC", ["criterion_", "eps", "max_iter", "precompute"]],
  ["sklearn.linear_model._logistic.LogisticRegression", ["random_state"]],
  [
    "sklearn.linear_model._logistic.LogisticRegressionCV",
    ["C_", "cv", "fit_intercept", "l1_ratio_", "max_iter", "n_iter_", "penalty", "random_state", "tol"]
  ],
  ["sklearn.linear_model._omp.OrthogonalMatchingPursuit", ["n_nonzero_coefs_", "precompute", "tol"]],
  ["sklearn.linear_model._omp.OrthogonalMatchingPursuitCV", ["cv"]],
  ["sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier", passiveAggressiveClassifierState],
  ["sklearn.linear_model._perceptron.Perceptron", passiveAggressiveClassifierState],
  ["sklearn.linear_model._ransac.RANSACRegressor", ["estimator", "is_data_valid", "is_model_valid"]],
  ["sklearn.linear_model._ridge.Ridge", ["alpha", "max_iter", "random_state", "tol"]],
  [
    "sklearn.linear_model._ridge.RidgeClassifier",
    ["alpha", "class_weight", "max_iter", "random_state", "tol"]
  ],
  ["sklearn.linear_model._ridge.RidgeClassifierCV", ["class_weight"]],
  ["sklearn.linear_model._stochastic_gradient.SGDClassifier", passiveAggressiveClassifierState],
  ["sklearn.linear_model._stochastic_gradient.SGDOneClassSVM", ["loss"]],
  ["sklearn.manifold._isomap.Isomap", ["nbrs_"]],
  [
    "sklearn.manifold._locally_linear.LocallyLinearEmbedding",
    ["max_iter", "n_components", "n_neighbors", "nbrs_", "reg", "tol"]
  ],
  ["sklearn.manifold._mds.MDS", ["dissimilarity_matrix_", "n_components", "random_state"]],
  ["sklearn.manifold._spectral_embedding.SpectralEmbedding", ["affinity", "eigen_tol", "n_components"]],
  ["sklearn.manifold._t_sne.TSNE", ["metric", "perplexity", "verbose"]],
  [
    "sklearn.mixture._bayesian_mixture.BayesianGaussianMixture",
    [
      "covariance_prior",
      "covariance_prior_",
      "covariances_",
      "degrees_of_freedom_",
      "mean_prior",
      "means_",
      "n_components",
      "precisions_cholesky_",
      "weight_concentration_",
      "weights_"
    ]
  ],
  [
    "sklearn.mixture._gaussian_mixture.GaussianMixture",
    [
      "covariances_",
      "means_",
      "means_init",
      "n_components",
      "precisions_cholesky_",
      "precisions_init",
      "weights_init"
    ]
  ],
  ["sklearn.model_selection._search.GridSearchCV", gridSearchCVState],
  ["sklearn.model_selection._search.RandomizedSearchCV", gridSearchCVState],
  [
    "sklearn.model_selection._search_successive_halving.HalvingGridSearchCV",
    keysWith(gridSearchCVState, "_checked_cv_orig")
  ],
  ["sklearn.multiclass.OneVsOneClassifier", ["estimator"]],
  ["sklearn.multiclass.OneVsRestClassifier", ["estimator"]],
  ["sklearn.multiclass.OutputCodeClassifier", ["code_book_"]],
  ["sklearn.multiclass._ConstantPredictor", ["_parameter_constraints", "y_"]],
  ["sklearn.multioutput.ClassifierChain", ["base_estimator", "cv"]],
  ["sklearn.multioutput.RegressorChain", ["base_estimator", "cv"]],
  ["sklearn.naive_bayes.BernoulliNB", ["classes_"]],
  ["sklearn.naive_bayes.CategoricalNB", ["classes_", "max"]],
  ["sklearn.naive_bayes.ComplementNB", ["classes_"]],
  ["sklearn.naive_bayes.MultinomialNB", ["classes_"]],
  ["sklearn.neighbors._classification.KNeighborsClassifier", ["_fit_X", "effective_metric_", "weights"]],
  [
    "sklearn.neighbors._classification.RadiusNeighborsClassifier",
    ["_fit_X", "effective_metric_", "outlier_label", "weights"]
  ],
  ["sklearn.neighbors._graph.KNeighborsTransformer", ["_fit_X", "effective_metric_"]],
  ["sklearn.neighbors._graph.RadiusNeighborsTransformer", ["_fit_X", "effective_metric_"]],
  [
    "sklearn.neighbors._lof.LocalOutlierFactor",
    ["_distances_fit_X_", "_fit_X", "effective_metric_", "n_neighbors_", "negative_outlier_factor_"]
  ],
  ["sklearn.neighbors._nca.NeighborhoodComponentsAnalysis", ["callback"]],
  ["sklearn.neighbors._nearest_centroid.NearestCentroid", ["centroids_", "metric"]],
  ["sklearn.neighbors._regression.KNeighborsRegressor", ["_fit_X", "effective_metric_", "weights"]],
  ["sklearn.neighbors._regression.RadiusNeighborsRegressor", ["_fit_X", "effective_metric_", "weights"]],
  ["sklearn.neighbors._unsupervised.NearestNeighbors", ["_fit_X", "effective_metric_"]],
  ["sklearn.neural_network._multilayer_perceptron.MLPClassifier", keysWith(mLPRegressorState, "classes_")],
  ["sklearn.neural_network._multilayer_perceptron.MLPRegressor", mLPRegressorState],
  ["sklearn.neural_network._rbm.BernoulliRBM", ["intercept_visible_", "random_state_"]],
  ["sklearn.pipeline.FeatureUnion", ["_parameter_constraints"]],
  ["sklearn.pipeline.Pipeline", ["_parameter_constraints", "memory"]],
  ["sklearn.preprocessing._data.KernelCenterer", ["_parameter_constraints"]],
  ["sklearn.preprocessing._data.MaxAbsScaler", ["scale_"]],
  ["sklearn.preprocessing._data.QuantileTransformer", ["n_quantiles_", "quantiles_", "references_"]],
  ["sklearn.preprocessing._data.RobustScaler", ["quantile_range", "scale_"]],
  ["sklearn.preprocessing._data.StandardScaler", ["n_samples_seen_", "scale_"]],
  ["sklearn.preprocessing._encoders.OneHotEncoder", ["_n_features_outs"]],
  [
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
    ["accept_sparse", "func", "inverse_func"]
  ],
  ["sklearn.preprocessing._label.LabelBinarizer", ["classes_", "neg_label"]],
  ["sklearn.preprocessing._label.LabelEncoder", ["_parameter_constraints", "classes_"]],
  ["sklearn.preprocessing._polynomial.PolynomialFeatures", ["interaction_only"]],
  ["sklearn.preprocessing._polynomial.SplineTransformer", ["knots", "n_knots"]],
  ["sklearn.random_projection.GaussianRandomProjection", ["eps"]],
  ["sklearn.random_projection.SparseRandomProjection", ["density_", "eps"]],
  ["sklearn.semi_supervised._label_propagation.LabelPropagation", ["X_", "kernel", "label_distributions_"]],
  ["sklearn.semi_supervised._label_propagation.LabelSpreading", ["X_", "kernel", "label_distributions_"]],
  ["sklearn.semi_supervised._self_training.SelfTrainingClassifier", ["base_estimator"]],
  ["sklearn.svm._classes.LinearSVC", ["random_state"]],
  ["sklearn.svm._classes.LinearSVR", ["random_state"]],
  ["sklearn.svm._classes.NuSVC", ["_dual_coef_", "_n_support", "dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.NuSVR", ["_dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.OneClassSVM", ["_dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.SVC", ["_dual_coef_", "_n_support", "dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.SVR", ["_dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.tree._classes.DecisionTreeClassifier", ["class_weight"]],
  ["sklearn.tree._classes.DecisionTreeRegressor", ["class_weight"]],
  ["sklearn.tree._classes.ExtraTreeClassifier", ["class_weight"]],
  ["sklearn.tree._classes.ExtraTreeRegressor", ["class_weight"]],
  ["torch.ao.nn.qat.dynamic.modules.linear.Linear", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.conv.Conv1d", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.conv.Conv2d", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.conv.Conv3d", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.embedding_ops.Embedding", ["weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.embedding_ops.EmbeddingBag", ["weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.linear.Linear", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.quantizable.modules.activation.MultiheadAttention", multiheadAttentionState],
  ["torch.ao.nn.quantizable.modules.rnn.LSTMCell", ["hgates", "igates"]],
  ["torch.ao.nn.quantizable.modules.rnn._LSTMLayer", ["layer_bw", "layer_fw"]],
  ["torch.ao.nn.quantizable.modules.rnn._LSTMSingleLayer", ["cell"]],
  ["torch.ao.nn.quantized.modules.activation.MultiheadAttention", multiheadAttentionState],
  ["torch.ao.nn.quantized.modules.functional_modules.FloatFunctional", ["activation_post_process"]],
  ["torch.ao.nn.quantized.modules.functional_modules.QFunctional", ["activation_post_process"]],
  ["torch.ao.nn.quantized.reference.modules.sparse.Embedding", embeddingState],
  ["torch.ao.nn.quantized.reference.modules.sparse.EmbeddingBag", embeddingState],
  ["torch.ao.quantization.fake_quantize.FakeQuantize", ["activation_post_process"]],
  ["torch.ao.quantization.fake_quantize.FusedMovingAvgObsFakeQuantize", ["activation_post_process"]],
  ["torch.ao.quantization.observer.MovingAverageMinMaxObserver", ["max_val", "min_val"]],
  ["torch.ao.quantization.observer.PerChannelMinMaxObserver", ["max_val", "min_val"]],
  ["torch.ao.quantization.observer._PartialWrapper", ["p"]],
  ["torch.nn.intrinsic.qat.modules.conv_fused.ConvBnReLU2d", ["bias", "bn", "weight", "weight_fake_quant"]],
  ["torch.nn.modules.activation.MultiheadAttention", multiheadAttentionState2],
  ["torch.nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss", ["head"]],
  ["torch.nn.modules.dropout.Dropout1d", ["inplace", "p", "training"]],
  ["torch.nn.modules.dropout.Dropout3d", ["inplace", "p", "training"]],
  ["torch.nn.modules.loss.BCEWithLogitsLoss", ["pos_weight", "weight"]],
  ["torch.nn.modules.loss.TripletMarginWithDistanceLoss", ["distance_function"]],
  ["torch.nn.modules.module._WrappedHook", ["hook", "module"]],
  ["torch.nn.modules.normalization.LocalResponseNorm", ["alpha", "beta", "k", "size"]],
  ["torch.nn.modules.pooling.AdaptiveMaxPool1d", ["output_size", "return_indices"]],
  ["torch.nn.modules.pooling.AdaptiveMaxPool2d", ["output_size", "return_indices"]],
  ["torch.nn.modules.pooling.AdaptiveMaxPool3d", ["output_size", "return_indices"]],
  ["torch.nn.modules.pooling.FractionalMaxPool2d", fractionalMaxPool2dState],
  ["torch.nn.modules.pooling.FractionalMaxPool3d", fractionalMaxPool2dState],
  ["torch.nn.modules.pooling.LPPool1d", ["ceil_mode", "kernel_size", "stride"]],
  ["torch.nn.modules.pooling.LPPool2d", ["ceil_mode", "kernel_size", "stride"]],
  ["torch.nn.modules.pooling.MaxPool1d", ["dilation", "kernel_size", "padding", "stride"]],
  ["torch.nn.modules.pooling.MaxPool2d", ["dilation", "kernel_size", "padding", "stride"]],
  ["torch.nn.modules.pooling.MaxPool3d", ["dilation", "kernel_size", "padding", "stride"]],
  ["torch.nn.modules.transformer.Transformer", ["decoder", "encoder"]],
  ["torch.nn.modules.transformer.TransformerDecoder", ["norm"]],
  [
    "torch.nn.modules.transformer.TransformerDecoderLayer",
    keysWith(transformerEncoderLayerState, "dropout3", "multihead_attn", "norm3")
  ],
  ["torch.nn.modules.transformer.TransformerEncoder", ["norm"]],
  ["torch.nn.modules.transformer.TransformerEncoderLayer", transformerEncoderLayerState],
  ["torch.nn.modules.upsampling.Upsample", ["scale_factor"]],
  ["torch.nn.modules.upsampling.UpsamplingBilinear2d", ["scale_factor"]],
  ["torch.nn.modules.upsampling.UpsamplingNearest2d", ["scale_factor"]],
  ["torch.nn.parallel.data_parallel.DataParallel", ["module"]],
  ["torch.nn.quantized._reference.modules.sparse.Embedding", embeddingState],
  ["torch.nn.quantized._reference.modules.sparse.EmbeddingBag", embeddingState],
  [
    "torch.nn.utils.spectral_norm.SpectralNorm",
    [
      "_register_load_state_dict_pre_hook",
      "_register_state_dict_hook",
      "eps",
      "register_buffer",
      "register_forward_pre_hook",
      "register_parameter"
    ]
  ],
  ["torch.nn.utils.weight_norm.WeightNorm", ["register_forward_pre_hook", "register_parameter"]],
  ["torch.optim.lr_scheduler.OneCycleLR", ["_get_closed_form_lr", "anneal_func"]],
  ["torch.utils.hooks.RemovableHandle", ["hooks_dict_ref"]],
  ["torchvision.models.alexnet.AlexNet", ["avgpool", "classifier", "features"]],
  ["torchvision.models.convnext.CNBlock", ["block", "stochastic_depth"]],
  ["torchvision.models.convnext.ConvNeXt", ["avgpool", "classifier", "features"]],
  ["torchvision.models.densenet.DenseNet", ["classifier", "features"]],
  ["torchvision.models.densenet._DenseLayer", ["conv1", "conv2", "norm1", "norm2", "relu1", "relu2"]],
  ["torchvision.models.detection.backbone_utils.BackboneWithFPN", ["body", "fpn"]],
  ["torchvision.models.detection.faster_rcnn.FastRCNNPredictor", ["bbox_pred", "cls_score"]],
  ["torchvision.models.detection.faster_rcnn.FasterRCNN", ["backbone", "roi_heads", "rpn", "transform"]],
  ["torchvision.models.detection.faster_rcnn.TwoMLPHead", ["fc6", "fc7"]],
  ["torchvision.models.detection.fcos.FCOS", ["anchor_generator", "backbone", "head", "transform"]],
  ["torchvision.models.detection.fcos.FCOSClassificationHead", ["cls_logits", "conv"]],
  ["torchvision.models.detection.fcos.FCOSHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.fcos.FCOSRegressionHead", ["bbox_ctrness", "bbox_reg", "conv"]],
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNN", ["backbone", "roi_heads", "rpn", "transform"]],
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNNPredictor", ["kps_score_lowres"]],
  ["torchvision.models.detection.mask_rcnn.MaskRCNN", ["backbone", "roi_heads", "rpn", "transform"]],
  ["torchvision.models.detection.retinanet.RetinaNet", retinaNetState],
  ["torchvision.models.detection.retinanet.RetinaNetClassificationHead", ["cls_logits", "conv"]],
  ["torchvision.models.detection.retinanet.RetinaNetHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.retinanet.RetinaNetRegressionHead", ["bbox_reg", "box_coder", "conv"]],
  [
    "torchvision.models.detection.roi_heads.RoIHeads",
    [
      "box_head",
      "box_predictor",
      "box_roi_pool",
      "fg_bg_sampler",
      "keypoint_head",
      "keypoint_predictor",
      "keypoint_roi_pool",
      "mask_head",
      "mask_predictor",
      "mask_roi_pool",
      "proposal_matcher"
    ]
  ],
  ["torchvision.models.detection.rpn.RPNHead", ["bbox_pred", "cls_logits", "conv"]],
  [
    "torchvision.models.detection.rpn.RegionProposalNetwork",
    ["anchor_generator", "box_similarity", "fg_bg_sampler", "head", "proposal_matcher"]
  ],
  ["torchvision.models.detection.ssd.SSD", retinaNetState],
  ["torchvision.models.detection.ssd.SSDFeatureExtractorVGG", ["features"]],
  ["torchvision.models.detection.ssd.SSDHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.ssdlite.SSDLiteHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.transform.GeneralizedRCNNTransform", ["size_divisible"]],
  ["torchvision.models.efficientnet.EfficientNet", ["avgpool", "classifier", "features"]],
  ["torchvision.models.efficientnet.FusedMBConv", ["block", "stochastic_depth"]],
  ["torchvision.models.efficientnet.MBConv", ["block", "stochastic_depth"]],
  ["torchvision.models.googlenet.BasicConv2d", ["bn", "conv"]],
  ["torchvision.models.googlenet.GoogLeNet", googLeNetState],
  ["torchvision.models.googlenet.Inception", ["branch1", "branch2", "branch3", "branch4"]],
  ["torchvision.models.googlenet.InceptionAux", ["conv", "dropout", "fc1", "fc2"]],
  ["torchvision.models.inception.BasicConv2d", ["bn", "conv"]],
  ["torchvision.models.inception.Inception3", inception3State],
  ["torchvision.models.inception.InceptionA", inceptionAState],
  ["torchvision.models.inception.InceptionAux", ["conv0", "conv1", "fc"]],
  ["torchvision.models.inception.InceptionB", inceptionBState],
  ["torchvision.models.inception.InceptionC", inceptionCState],
  ["torchvision.models.inception.InceptionD", inceptionDState],
  ["torchvision.models.inception.InceptionE", inceptionEState],
  ["torchvision.models.maxvit.MBConv", ["layers", "proj", "stochastic_depth"]],
  ["torchvision.models.maxvit.MaxVit", ["classifier", "stem"]],
  ["torchvision.models.maxvit.MaxVitLayer", ["layers"]],
  [
    "torchvision.models.maxvit.PartitionAttentionLayer",
    [
      "attn_layer",
      "departition_op",
      "departition_swap",
      "mlp_layer",
      "partition_op",
      "partition_swap",
      "stochastic_dropout"
    ]
  ],
  [
    "torchvision.models.maxvit.RelativePositionalMultiHeadAttention",
    ["merge", "relative_position_bias_table", "size", "to_qkv"]
  ],
  ["torchvision.models.mnasnet.MNASNet", ["classifier", "layers"]],
  ["torchvision.models.mnasnet._InvertedResidual", ["layers"]],
  ["torchvision.models.mobilenetv2.InvertedResidual", ["conv"]],
  ["torchvision.models.mobilenetv2.MobileNetV2", ["classifier", "features"]],
  ["torchvision.models.mobilenetv3.InvertedResidual", ["block"]],
  ["torchvision.models.mobilenetv3.MobileNetV3", ["avgpool", "classifier", "features"]],
  ["torchvision.models.optical_flow.raft.BottleneckBlock", keysWith(residualBlockState, "convnormrelu3")],
  ["torchvision.models.optical_flow.raft.ConvGRU", ["convq", "convr", "convz"]],
  [
    "torchvision.models.optical_flow.raft.FeatureEncoder",
    ["conv", "convnormrelu", "layer1", "layer2", "layer3"]
  ],
  ["torchvision.models.optical_flow.raft.FlowHead", ["conv1", "conv2", "relu"]],
  ["torchvision.models.optical_flow.raft.MaskPredictor", ["conv", "convrelu"]],
  [
    "torchvision.models.optical_flow.raft.MotionEncoder",
    ["conv", "convcorr1", "convcorr2", "convflow1", "convflow2"]
  ],
  [
    "torchvision.models.optical_flow.raft.RAFT",
    ["context_encoder", "feature_encoder", "mask_predictor", "update_block"]
  ],
  ["torchvision.models.optical_flow.raft.RecurrentBlock", ["convgru1", "convgru2"]],
  ["torchvision.models.optical_flow.raft.ResidualBlock", residualBlockState],
  ["torchvision.models.optical_flow.raft.UpdateBlock", ["flow_head", "motion_encoder", "recurrent_block"]],
  ["torchvision.models.quantization.googlenet.BasicConv2d", ["bn", "conv"]],
  ["torchvision.models.quantization.googlenet.GoogLeNet", googLeNetState],
  ["torchvision.models.quantization.googlenet.Inception", ["branch1", "branch2", "branch3", "branch4"]],
  ["torchvision.models.quantization.googlenet.InceptionAux", ["conv", "dropout", "fc1", "fc2"]],
  ["torchvision.models.quantization.googlenet.QuantizableBasicConv2d", ["bn", "conv", "relu"]],
  [
    "torchvision.models.quantization.googlenet.QuantizableGoogLeNet",
    keysWith(googLeNetState, "dequant", "quant")
  ],
  [
    "torchvision.models.quantization.googlenet.QuantizableInception",
    ["branch1", "branch2", "branch3", "branch4"]
  ],
  [
    "torchvision.models.quantization.googlenet.QuantizableInceptionAux",
    ["conv", "dropout", "fc1", "fc2", "relu"]
  ],
  ["torchvision.models.quantization.inception.QuantizableBasicConv2d", ["bn", "conv", "relu"]],
  [
    "torchvision.models.quantization.inception.QuantizableInception3",
    keysWith(inception3State, "dequant", "quant")
  ],
  ["torchvision.models.quantization.inception.QuantizableInceptionA", inceptionAState],
  ["torchvision.models.quantization.inception.QuantizableInceptionAux", ["conv0", "conv1", "fc"]],
  ["torchvision.models.quantization.inception.QuantizableInceptionB", inceptionBState],
  ["torchvision.models.quantization.inception.QuantizableInceptionC", inceptionCState],
  ["torchvision.models.quantization.inception.QuantizableInceptionD", inceptionDState],
  ["torchvision.models.quantization.inception.QuantizableInceptionE", inceptionEState],
  ["torchvision.models.quantization.mobilenetv2.InvertedResidual", ["conv"]],
  ["torchvision.models.quantization.mobilenetv2.MobileNetV2", ["classifier", "features"]],
  ["torchvision.models.quantization.mobilenetv2.QuantizableInvertedResidual", ["conv"]],
  ["torchvision.models.quantization.mobilenetv2.QuantizableMobileNetV2", quantizableMobileNetV2State],
  ["torchvision.models.quantization.mobilenetv3.InvertedResidual", ["block"]],
  ["torchvision.models.quantization.mobilenetv3.MobileNetV3", ["avgpool", "classifier", "features"]],
  ["torchvision.models.quantization.mobilenetv3.QuantizableInvertedResidual", ["block"]],
  [
    "torchvision.models.quantization.mobilenetv3.QuantizableMobileNetV3",
    keysWith(quantizableMobileNetV2State, "avgpool")
  ],
  [
    "torchvision.models.quantization.mobilenetv3.QuantizableSqueezeExcitation",
    quantizableSqueezeExcitationState
  ],
  ["torchvision.models.quantization.resnet.BasicBlock", basicBlockState],
  ["torchvision.models.quantization.resnet.Bottleneck", bottleneckState],
  ["torchvision.models.quantization.resnet.QuantizableBasicBlock", basicBlockState],
  [
    "torchvision.models.quantization.resnet.QuantizableBottleneck",
    keysWith(bottleneckState, "relu1", "relu2")
  ],
  ["torchvision.models.quantization.resnet.QuantizableResNet", keysWith(resNetState, "dequant", "quant")],
  ["torchvision.models.quantization.resnet.ResNet", resNetState],
  ["torchvision.models.quantization.shufflenetv2.QuantizableInvertedResidual", ["branch1", "branch2"]],
  [
    "torchvision.models.quantization.shufflenetv2.QuantizableShuffleNetV2",
    keysWith(shuffleNetV2State, "dequant", "quant")
  ],
  ["torchvision.models.regnet.RegNet", ["avgpool", "fc", "stem", "trunk_output"]],
  ["torchvision.models.regnet.ResBottleneckBlock", ["activation", "f", "proj"]],
  ["torchvision.models.resnet.BasicBlock", basicBlockState],
  ["torchvision.models.resnet.Bottleneck", bottleneckState],
  ["torchvision.models.resnet.ResNet", resNetState],
  ["torchvision.models.segmentation.deeplabv3.ASPP", ["project"]],
  ["torchvision.models.segmentation.deeplabv3.DeepLabV3", ["aux_classifier", "backbone", "classifier"]],
  ["torchvision.models.segmentation.fcn.FCN", ["aux_classifier", "backbone", "classifier"]],
  ["torchvision.models.segmentation.lraspp.LRASPP", ["backbone", "classifier"]],
  [
    "torchvision.models.segmentation.lraspp.LRASPPHead",
    ["cbr", "high_classifier", "low_classifier", "scale"]
  ],
  ["torchvision.models.shufflenetv2.InvertedResidual", ["branch1", "branch2"]],
  ["torchvision.models.shufflenetv2.ShuffleNetV2", shuffleNetV2State],
  [
    "torchvision.models.squeezenet.Fire",
    [
      "expand1x1",
      "expand1x1_activation",
      "expand3x3",
      "expand3x3_activation",
      "squeeze",
      "squeeze_activation"
    ]
  ],
  ["torchvision.models.squeezenet.SqueezeNet", ["classifier", "features"]],
  ["torchvision.models.swin_transformer.PatchMerging", ["norm", "reduction"]],
  ["torchvision.models.swin_transformer.PatchMergingV2", ["norm", "reduction"]],
  ["torchvision.models.swin_transformer.ShiftedWindowAttention", shiftedWindowAttentionState],
  [
    "torchvision.models.swin_transformer.ShiftedWindowAttentionV2",
    keysWith(shiftedWindowAttentionState, "cpb_mlp", "logit_scale")
  ],
  [
    "torchvision.models.swin_transformer.SwinTransformer",
    ["avgpool", "features", "flatten", "head", "norm", "permute"]
  ],
  ["torchvision.models.swin_transformer.SwinTransformerBlock", swinTransformerBlockState],
  ["torchvision.models.swin_transformer.SwinTransformerBlockV2", swinTransformerBlockState],
  ["torchvision.models.vgg.VGG", ["avgpool", "classifier", "features"]],
  ["torchvision.models.video.mvit.MViT", ["conv_proj", "head", "norm", "pos_encoding"]],
  [
    "torchvision.models.video.mvit.MultiscaleAttention",
    ["pool_k", "pool_q", "pool_v", "project", "qkv", "rel_pos_h", "rel_pos_t", "rel_pos_w"]
  ],
  [
    "torchvision.models.video.mvit.MultiscaleBlock",
    keysWith(swinTransformerBlockState, "pool_skip", "project")
  ],
  ["torchvision.models.video.mvit.Pool", ["norm_act", "pool"]],
  ["torchvision.models.video.resnet.BasicBlock", ["conv1", "conv2", "downsample", "relu"]],
  [
    "torchvision.models.video.resnet.VideoResNet",
    ["avgpool", "fc", "layer1", "layer2", "layer3", "layer4", "stem"]
  ],
  ["torchvision.models.video.s3d.S3D", ["avgpool", "classifier", "features"]],
  ["torchvision.models.video.s3d.SepInceptionBlock3D", ["branch0", "branch1", "branch2", "branch3"]],
  ["torchvision.models.vision_transformer.Encoder", ["dropout", "layers", "ln"]],
  [
    "torchvision.models.vision_transformer.EncoderBlock",
    ["dropout", "ln_1", "ln_2", "mlp", "self_attention"]
  ],
  ["torchvision.models.vision_transformer.VisionTransformer", ["conv_proj", "encoder", "heads"]],
  ["torchvision.ops.feature_pyramid_network.FeaturePyramidNetwork", ["extra_blocks"]],
  ["torchvision.ops.feature_pyramid_network.LastLevelP6P7", ["p6", "p7"]],
  ["torchvision.ops.misc.SqueezeExcitation", quantizableSqueezeExcitationState],
  ["torchvision.ops.poolers.MultiScaleRoIAlign", ["map_levels"]],
  ["torchvision.ops.stochastic_depth.StochasticDepth", ["p"]],
  ["xgboost.sklearn.XGBClassifier", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRFClassifier", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRFRegressor", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRanker", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRegressor", ["_parameter_constraints", "objective"]],
  ...GROUPED_BUILD.flatMap(([keys, names]) => names.map((name) => [name, keys]))
]);
withModuleAliases(
  AUDITED_BUILD,
  MODULE_ALIASES,
  DERIVED_ALLOWLIST
);

// src/formats/pickle/use-time.ts
var BY_PARAMETER = [
  [
    "affinity",
    -1,
    [
      "sklearn.cluster._agglomerative.AgglomerativeClustering",
      "sklearn.cluster._agglomerative.FeatureAgglomeration",
      "sklearn.cluster._spectral.SpectralClustering",
      "sklearn.manifold._spectral_embedding.SpectralEmbedding"
    ]
  ],
  [
    "analyzer",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "callback",
    -1,
    [
      "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
      "sklearn.decomposition._sparse_pca.MiniBatchSparsePCA",
      "sklearn.neighbors._nca.NeighborhoodComponentsAnalysis"
    ]
  ],
  [
    "connectivity",
    -1,
    [
      "sklearn.cluster._agglomerative.AgglomerativeClustering",
      "sklearn.cluster._agglomerative.FeatureAgglomeration"
    ]
  ],
  ["feature_names_out", -1, ["sklearn.preprocessing._function_transformer.FunctionTransformer"]],
  ["fun", -1, ["sklearn.decomposition._fastica.FastICA"]],
  ["func", -1, ["sklearn.compose._target.TransformedTargetRegressor"]],
  ["func", 0, ["sklearn.preprocessing._function_transformer.FunctionTransformer"]],
  [
    "importance_getter",
    -1,
    [
      "sklearn.feature_selection._from_model.SelectFromModel",
      "sklearn.feature_selection._rfe.RFE",
      "sklearn.feature_selection._rfe.RFECV"
    ]
  ],
  [
    "init",
    -1,
    [
      "sklearn.cluster._bisect_k_means.BisectingKMeans",
      "sklearn.cluster._kmeans.KMeans",
      "sklearn.cluster._kmeans.MiniBatchKMeans"
    ]
  ],
  ["inverse_func", -1, ["sklearn.compose._target.TransformedTargetRegressor"]],
  ["inverse_func", 1, ["sklearn.preprocessing._function_transformer.FunctionTransformer"]],
  ["is_data_valid", -1, ["sklearn.linear_model._ransac.RANSACRegressor"]],
  ["is_model_valid", -1, ["sklearn.linear_model._ransac.RANSACRegressor"]],
  [
    "kernel",
    -1,
    [
      "sklearn.decomposition._kernel_pca.KernelPCA",
      "sklearn.kernel_ridge.KernelRidge",
      "sklearn.svm._classes.NuSVC",
      "sklearn.svm._classes.NuSVR",
      "sklearn.svm._classes.OneClassSVM",
      "sklearn.svm._classes.SVC",
      "sklearn.svm._classes.SVR"
    ]
  ],
  [
    "kernel",
    0,
    [
      "sklearn.kernel_approximation.Nystroem",
      "sklearn.semi_supervised._label_propagation.LabelPropagation",
      "sklearn.semi_supervised._label_propagation.LabelSpreading"
    ]
  ],
  ["loss", -1, ["sklearn.linear_model._ransac.RANSACRegressor"]],
  ["max_features", -1, ["sklearn.feature_selection._from_model.SelectFromModel"]],
  [
    "metric",
    -1,
    [
      "sklearn.cluster._agglomerative.AgglomerativeClustering",
      "sklearn.cluster._agglomerative.FeatureAgglomeration",
      "sklearn.cluster._dbscan.DBSCAN",
      "sklearn.cluster._optics.OPTICS",
      "sklearn.impute._knn.KNNImputer",
      "sklearn.manifold._isomap.Isomap",
      "sklearn.manifold._t_sne.TSNE",
      "sklearn.neighbors._classification.KNeighborsClassifier",
      "sklearn.neighbors._classification.RadiusNeighborsClassifier",
      "sklearn.neighbors._graph.KNeighborsTransformer",
      "sklearn.neighbors._graph.RadiusNeighborsTransformer",
      "sklearn.neighbors._lof.LocalOutlierFactor",
      "sklearn.neighbors._regression.KNeighborsRegressor",
      "sklearn.neighbors._regression.RadiusNeighborsRegressor",
      "sklearn.neighbors._unsupervised.NearestNeighbors"
    ]
  ],
  ["metric", 0, ["sklearn.neighbors._nearest_centroid.NearestCentroid"]],
  [
    "optimizer",
    -1,
    [
      "sklearn.gaussian_process._gpc.GaussianProcessClassifier",
      "sklearn.gaussian_process._gpr.GaussianProcessRegressor"
    ]
  ],
  ["pooling_func", -1, ["sklearn.cluster._agglomerative.FeatureAgglomeration"]],
  [
    "preprocessor",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "score_func",
    0,
    [
      "sklearn.feature_selection._univariate_selection.GenericUnivariateSelect",
      "sklearn.feature_selection._univariate_selection.SelectFdr",
      "sklearn.feature_selection._univariate_selection.SelectFpr",
      "sklearn.feature_selection._univariate_selection.SelectFwe",
      "sklearn.feature_selection._univariate_selection.SelectKBest",
      "sklearn.feature_selection._univariate_selection.SelectPercentile"
    ]
  ],
  [
    "scoring",
    -1,
    [
      "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
      "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
      "sklearn.feature_selection._rfe.RFECV",
      "sklearn.feature_selection._sequential.SequentialFeatureSelector",
      "sklearn.linear_model._logistic.LogisticRegressionCV",
      "sklearn.linear_model._ridge.RidgeCV",
      "sklearn.linear_model._ridge.RidgeClassifierCV"
    ]
  ],
  [
    "strip_accents",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "tokenizer",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "weights",
    -1,
    [
      "sklearn.impute._knn.KNNImputer",
      "sklearn.neighbors._classification.KNeighborsClassifier",
      "sklearn.neighbors._classification.RadiusNeighborsClassifier",
      "sklearn.neighbors._regression.KNeighborsRegressor",
      "sklearn.neighbors._regression.RadiusNeighborsRegressor"
    ]
  ]
];
var USE_TIME_CALLABLES = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const [key, position, classes] of BY_PARAMETER)
    for (const cls of classes) m.set(cls, [...m.get(cls) ?? [], [key, position]]);
  return m;
})();

// src/formats/pickle/hooks.ts
var BASE_HOOKS = { forwarders: FORWARDERS, useTime: USE_TIME_CALLABLES };
var SCAN_HOOKS = { ...BASE_HOOKS, embedded: true };

// src/formats/joblib/array-framing.ts
var WRAPPERS = /* @__PURE__ */ new Set([
  "joblib.numpy_pickle.NumpyArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper"
]);
function classOf(v) {
  if (v.t !== "obj") return void 0;
  const g = rootGlobal(v.callee);
  if (!g) return void 0;
  const name = `${g.module}.${g.name}`;
  if ((name === "copyreg._reconstructor" || name === "copyreg.__newobj__") && v.args?.t === "tuple") {
    const cls = v.args.items[0];
    const c = cls?.t === "global" ? cls.site : void 0;
    return c ? `${c.module}.${c.name}` : void 0;
  }
  return v.callee.t === "global" ? name : void 0;
}
function field(state, key) {
  if (state?.t !== "dict") return void 0;
  for (const [k, v] of state.items) if (k.t === "str" && !k.bytes && k.s === key) return v;
  return void 0;
}
var joblibAfterBuild = async (top, reader, result, walkNested) => {
  const cls = classOf(top);
  if (!cls || !WRAPPERS.has(cls) || top.t !== "obj") return;
  const where = reader.pos;
  const subclass = field(top.state, "subclass");
  if (subclass?.t === "global") subclass.site.calledBy ??= "joblib NumpyArrayWrapper subclass";
  const dtype = pickledDtype(field(top.state, "dtype"));
  const shape = field(top.state, "shape");
  if (!dtype || shape?.t !== "tuple" || shape.dropped) {
    throw new PickleError(
      `joblib array wrapper with an unreadable dtype or shape (${describe(field(top.state, "dtype"))}): the array data that follows cannot be delimited`,
      where
    );
  }
  if (dtype.hasObject) {
    await walkNested(reader);
    return;
  }
  let count = 1n;
  for (const d of shape.items) {
    if (d.t !== "int" || d.v < 0n) throw new PickleError("joblib array wrapper with an invalid shape", where);
    count *= d.v;
  }
  const align = field(top.state, "numpy_array_alignment_bytes");
  if (align && align.t !== "none") {
    if (!await reader.need(1)) throw new PickleError("joblib array padding truncated", where);
    const pad = reader.byte();
    if (pad > reader.remaining()) throw new PickleError("joblib array padding exceeds the bytes left", where);
    reader.skip(pad);
  }
  const nbytes = count * BigInt(dtype.itemsize);
  if (nbytes > BigInt(reader.remaining())) {
    throw new PickleError(
      `joblib array of ${nbytes} bytes exceeds the ${reader.remaining()} bytes left`,
      where
    );
  }
  const shadow = await walkPickle(
    new PickleReader(reader.source, reader.pos, reader.pos + Number(nbytes)),
    SHADOW_LIMITS,
    BASE_HOOKS
  );
  for (const site of shadow.globals) result.globals.push({ ...site, shadow: true });
  reader.skip(Number(nbytes));
};
var SHADOW_LIMITS = {
  maxOpcodes: 1e5,
  maxStack: 1e4,
  maxMemo: 1e4,
  maxRetained: 1e4,
  maxString: 4096
};

// src/formats/pickle/findings.ts
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
var MAX_PER_RULE = 100;
function didSomething(r) {
  return r.globals.some((g) => g.unresolved !== void 0 || IDENT.test(g.module) && IDENT.test(g.name)) || r.exts.some((e) => e.calledBy !== void 0) || r.computedCalls.length > 0;
}
var PickleFacts = class {
  globals = /* @__PURE__ */ new Map();
  exts = /* @__PURE__ */ new Map();
  computed = /* @__PURE__ */ new Map();
  limits = /* @__PURE__ */ new Map();
  ctx;
  globalCount = 0;
  constructor(ctx) {
    this.ctx = ctx;
  }
  absorb(r, stream) {
    const broken = r.error !== void 0 && r.error.code !== "limit";
    for (const site of r.globals) {
      this.globalCount += site.count;
      if (broken && !site.unresolved && !(IDENT.test(site.module) && IDENT.test(site.name))) continue;
      this.absorbGlobal(site, stream);
    }
    for (const e of r.exts) {
      if (broken && !e.calledBy) continue;
      const x = this.exts.get(e.code) ?? { offset: e.offset, opcode: e.opcode, count: 0 };
      x.count += e.count;
      if (e.calledBy) x.called ??= e.calledBy;
      this.exts.set(e.code, x);
    }
    for (const c of r.computedCalls) {
      const key = `${c.opcode}\0${c.callee}`;
      const x = this.computed.get(key) ?? {
        offset: c.offset,
        opcode: c.opcode,
        count: 0,
        callee: c.callee,
        depth: 0
      };
      x.count += c.count;
      x.depth = Math.max(x.depth ?? 0, c.depth);
      this.computed.set(key, x);
    }
    for (const l of r.limitsHit) this.limit(l.limit, l.message, l.offset);
  }
  limit(limit, message, offset) {
    const x = this.limits.get(limit);
    if (x) x.count++;
    else this.limits.set(limit, { message, offset, count: 1 });
  }
  classify(site) {
    if (site.unresolved) {
      const reason = `STACK_GLOBAL operands cannot be resolved statically (${site.unresolved})`;
      return { verdict: "dangerous", reason, category: "resolver" };
    }
    const { extraAllow, loader } = this.ctx;
    return classifyGlobal(site.module, site.name, extraAllow, { protocol: site.protocol, loader });
  }
  absorbGlobal(site, stream) {
    if (site.shadow) {
      const cls = this.classify(site);
      if (cls.verdict !== "dangerous") return;
      const key2 = `shadow\0${site.module}\0${site.name}`;
      const reason = `${cls.reason}; it sits in bytes joblib reads as array data, which pickle.load would run as opcodes`;
      const a2 = this.globals.get(key2) ?? { cls: { ...cls, reason }, site, count: 0, stream };
      a2.count += site.count;
      this.globals.set(key2, a2);
      return;
    }
    const key = `${site.module}\0${site.name}\0${site.protocol < 3 ? 2 : 3}\0${site.unresolved ?? ""}`;
    let a = this.globals.get(key);
    if (!a) {
      a = { cls: this.classify(site), site, count: 0, stream };
      this.globals.set(key, a);
    }
    a.count += site.count;
    this.absorbBound(a, site);
    if (site.calledBy) a.called ??= site.calledBy;
    if (site.constructedBy) a.constructed ??= site.constructedBy;
    if (site.mutatedBy) a.mutated ??= site.mutatedBy;
  }
  /** Keeps the bound-method reading of a getattr site only while every use of it fits. */
  absorbBound(a, site) {
    const b = site.bound;
    const fits = b !== void 0 && b.uses === site.pushes && !site.calledBy && !site.mutatedBy && b.attrs.every((n) => !DANGEROUS_ATTRIBUTES.has(n)) && b.classes.every((c) => !c.unresolved && this.classify(c).verdict === "allowed");
    a.bound ??= { classes: /* @__PURE__ */ new Set(), attrs: /* @__PURE__ */ new Set(), only: true };
    a.bound.only &&= fits;
    for (const c of b?.classes ?? []) a.bound.classes.add(globalName(c));
    for (const n of b?.attrs ?? []) a.bound.attrs.add(n);
  }
  /** Reports everything absorbed, prefixed with `where` (the source's label). */
  report(report, where) {
    const capped = new Capped(report, where);
    for (const a of this.globals.values()) {
      const f = globalFinding(a, where);
      if (f) capped.add(f, a.count);
    }
    for (const [code, x] of this.exts) capped.add(extFinding(code, x, where), x.count);
    for (const x of this.computed.values()) capped.add(computedFinding(x, where), x.count);
    for (const [limit, x] of this.limits) {
      const times = x.count > 1 ? ` (${x.count} times)` : "";
      capped.add(
        finding(LIMIT_EXCEEDED, {
          message: `${where}: pickle walk reached a limit: ${x.message}${times}`,
          offset: x.offset,
          evidence: { limit, occurrences: x.count }
        }),
        x.count
      );
    }
    capped.flush();
  }
};
function usage(a, name) {
  if (a.called) return `calls ${name} (${a.called})`;
  if (a.constructed) return `rebuilds an instance of ${name} from pickled state (${a.constructed})`;
  return `references ${name}`;
}
function globalFinding(a, where) {
  const name = globalName(a.site);
  const evidence = {
    global: name,
    module: a.site.module,
    name: a.site.name,
    opcode: a.site.opcode,
    occurrences: a.count,
    stream: a.stream,
    calledBy: a.called || void 0,
    constructedBy: !a.called && a.constructed || void 0,
    mutatedBy: a.mutated || void 0,
    matched: a.cls.matched || void 0,
    category: a.cls.category || void 0
  };
  if (a.mutated && a.cls.verdict !== "dangerous") {
    return finding(DANGEROUS_GLOBAL, {
      message: `${where}: ${a.mutated} writes into the global ${name} itself (module or class state), a way to rewrite what other code uses`,
      offset: a.site.offset,
      evidence: { ...evidence, reason: "global object mutated" }
    });
  }
  if (a.cls.verdict === "dangerous" && a.bound?.only && !a.called) return boundFinding(a, where, evidence);
  if (a.cls.verdict === "dangerous") {
    const registry = a.cls.category === "extension-registry";
    return finding(registry ? EXTENSION_REGISTRY : DANGEROUS_GLOBAL, {
      message: `${where}: pickle ${usage(a, name)}: ${a.cls.reason}`,
      offset: a.site.offset,
      evidence: { ...evidence, reason: a.cls.reason }
    });
  }
  if (a.cls.verdict !== "unknown") return null;
  return finding(a.called ? UNKNOWN_GLOBAL_CALLED : UNKNOWN_GLOBAL, {
    message: `${where}: pickle ${usage(a, name)}, which is not on the allowlist`,
    offset: a.site.offset,
    evidence
  });
}
function boundFinding(a, where, evidence) {
  const classes = [...a.bound?.classes ?? []];
  const attrs = [...a.bound?.attrs ?? []];
  return finding(BOUND_METHOD, {
    message: `${where}: pickle rebuilds bound methods (${attrs.slice(0, 5).join(", ")}) of instances of allowed classes with ${globalName(a.site)}; nothing in the file calls them`,
    offset: a.site.offset,
    evidence: { ...evidence, classes: classes.slice(0, 20), attributes: attrs.slice(0, 20) }
  });
}
function extFinding(code, x, where) {
  return finding(EXTENSION_REGISTRY, {
    // A lookup nothing calls runs nothing (an unregistered code raises): referenced, like an unknown name.
    severity: x.called ? void 0 : "medium",
    message: `${where}: ${x.opcode} fetches global number ${code} from the copyreg extension registry${x.called ? ` and calls it (${x.called})` : ""}`,
    offset: x.offset,
    evidence: { code, opcode: x.opcode, occurrences: x.count, calledBy: x.called || void 0 }
  });
}
function computedFinding(x, where) {
  const times = x.count > 1 ? `, ${x.count} times` : "";
  const deep = (x.depth ?? 0) > 1 ? `, chains up to ${x.depth} calls deep` : "";
  return finding(COMPUTED_CALL, {
    message: `${where}: ${x.opcode} calls a computed value (${x.callee}${times}${deep})`,
    offset: x.offset,
    evidence: { callee: x.callee, opcode: x.opcode, occurrences: x.count, depth: x.depth ?? 0 }
  });
}
var Capped = class {
  counts = /* @__PURE__ */ new Map();
  rest = /* @__PURE__ */ new Map();
  report;
  where;
  constructor(report, where) {
    this.report = report;
    this.where = where;
  }
  add(f, occurrences) {
    const key = `${f.rule}\0${f.severity}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= MAX_PER_RULE) {
      this.report(f);
      return;
    }
    const r = this.rest.get(key) ?? { first: f, distinct: 0, occurrences: 0 };
    r.distinct++;
    r.occurrences += occurrences;
    this.rest.set(key, r);
  }
  flush() {
    for (const { first, distinct, occurrences } of this.rest.values()) {
      this.report({
        ...first,
        message: `${this.where}: ${distinct} more findings of this kind (${occurrences} occurrences), not listed one by one`,
        evidence: { distinct, occurrences, first: first.evidence ?? {} }
      });
    }
  }
};

// src/formats/pickle/embedded.ts
var MAX_DECODED = MAX_READ;
async function embeddedSource(source, e, member) {
  if (e.encoding === "raw") return new SliceSource(source, e.start, e.length, member);
  if (e.length > MAX_DECODED) return null;
  const raw = await source.read(e.start, e.length);
  const text = e.encoding === "utf8" ? raw.toString("utf8") : e.encoding === "repr" ? decodeReprString(raw.toString("latin1")) ?? "" : decodeRawUnicodeEscape(raw);
  const latin1 = fitsLatin1(text);
  return new BufferSource(
    latin1 ? Buffer.from(text, "latin1") : Buffer.from(text, "utf8"),
    source.path,
    member
  );
}
function fitsLatin1(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return false;
  return true;
}
var CONFIRM_HEAD = 64 * 1024;
async function confirmEmbedded(source, kind) {
  const head = await source.read(0, Math.min(source.size, CONFIRM_HEAD));
  if (kind === "pickle") return confirmPickle(source);
  if (head[0] === 31 && head[1] === 139)
    return head[2] === 8 && (head[3] & 224) === 0 && inflates(head, gunzipSync);
  if (head[0] === 120) return inflates(head, inflateSync);
  return true;
}
function inflates(head, codec) {
  try {
    return codec(head, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 }).length >= 0;
  } catch (err) {
    return err.code === "ERR_BUFFER_TOO_LARGE";
  }
}
var CONFIRM_LIMITS = {
  maxOpcodes: 1e5,
  maxStack: 1e5,
  maxMemo: 1e5,
  maxRetained: 1e4,
  maxString: 4096
};
async function confirmPickle(source) {
  const window = Math.min(source.size, CONFIRM_HEAD);
  const r = await walkPickle(new PickleReader(source, 0, window), CONFIRM_LIMITS, STRUCTURE_ONLY);
  if (!r.error) return r.opcodes >= 2;
  if (r.globals.some((g) => g.unresolved !== void 0 || IDENT.test(g.module) && IDENT.test(g.name)))
    return true;
  return r.error.code !== "content" && window < source.size && r.opcodes > 16;
}

// src/formats/pickle/scan.ts
var MAX_STREAMS = 1e4;
var WALK_HOOKS = { ...SCAN_HOOKS, afterBuild: joblibAfterBuild };
var LEGACY_DATA_HOOKS = { ...WALK_HOOKS, persistentLoad: legacyPersistentLoad };
var TAR_PICKLE_HOOKS = { ...WALK_HOOKS, persistentLoad: tarPersistentLoad };
var tarRecords = (layout) => layout === "torch-tar-storages" || layout === "torch-tar-tensors" ? layout : void 0;
var defaultHooks = (run) => run.opts.layout === "torch-tar-pickle" ? TAR_PICKLE_HOOKS : WALK_HOOKS;
async function scanPickle(source, report, opts = {}) {
  const reader = new PickleReader(source, opts.start ?? 0, opts.end ?? source.size);
  const run = {
    source,
    reader,
    opts,
    limits: opts.limits ?? DEFAULT_WALK_LIMITS,
    where: label(source),
    facts: new PickleFacts({
      extraAllow: new Set(opts.options?.pickleAllow ?? []),
      loader: opts.loader ?? "python"
    }),
    summary: { streams: 0, layout: "pickle", globals: 0, end: reader.pos },
    results: [],
    report
  };
  await walkStreams(run);
  await scanEmbedded(run);
  run.facts.report(report, run.where);
  reportBroken(run);
  run.summary.globals = run.facts.globalCount;
  return run.summary;
}
async function walk(run, hooks = defaultHooks(run)) {
  const r = await walkPickle(run.reader, run.limits, hooks);
  run.results.push(r);
  run.facts.absorb(r, run.summary.streams);
  run.summary.streams++;
  if (r.error) run.broken = r;
  return r;
}
async function walkStreams(run) {
  const first = await walk(run);
  if (!first.error && !run.opts.single && first.value?.t === "int") {
    if (first.value.v === TORCH_LEGACY_MAGIC) await walkLegacyFile(run);
    else if (tarRecords(run.opts.layout) && first.value.v >= 0n && first.value.v <= 10000000n)
      await walkTarMember(run, tarRecords(run.opts.layout), first.value.v);
  }
  while (!run.broken && !run.opts.single && run.reader.remaining() > 0) {
    if (run.summary.streams >= MAX_STREAMS) {
      run.stopped = `more than ${MAX_STREAMS} pickle streams`;
      break;
    }
    await walk(run);
  }
  run.summary.end = run.reader.pos;
}
async function walkLegacyFile(run) {
  const { reader } = run;
  run.summary.layout = "torch-legacy";
  const parts = [];
  for (let i = 0; i < 4 && reader.remaining() > 0 && !run.broken; i++)
    parts.push(await walk(run, i === 2 ? LEGACY_DATA_HOOKS : WALK_HOOKS));
  if (run.broken || parts.length !== 4) return;
  const storagesStart = reader.pos;
  const after = await skipLegacyStorages(reader, parts[3].value, storageSizes(parts[2].persistent));
  if (after === null) reader.pos = storagesStart;
  else if (reader.remaining() > 0) {
    run.report(
      finding(TRAILING_DATA, {
        message: `${run.where}: ${reader.remaining()} bytes after the last PyTorch storage (torch.load never reads them); walked as pickles`,
        offset: reader.pos,
        evidence: { bytes: reader.remaining() }
      })
    );
  }
}
async function walkTarMember(run, layout, records) {
  const { reader } = run;
  for (let i = 0n; i < records && !run.broken && reader.remaining() > 0; i++) {
    const r = await walk(run);
    if (r.error) return;
    const resume = reader.pos;
    if (!await skipTarRecord(reader, layout, r.value)) {
      reader.pos = resume;
      return;
    }
  }
}
async function scanEmbedded(run) {
  const nested = run.opts.nested;
  if (!nested) return;
  let budgetHit = false;
  for (const r of run.results) {
    for (const e of r.embedded) {
      const member = [...run.source.member, `${e.opcode}@${e.offset}`];
      const source = await embeddedSource(run.source, e, member);
      if (source === null || !await confirmEmbedded(source, e.kind)) continue;
      if (!nested.budget.take(source.size)) {
        if (!budgetHit)
          run.facts.limit(
            "expansion",
            "the expansion budget is spent; embedded pickles and archives after it were not scanned",
            e.offset
          );
        budgetHit = true;
        continue;
      }
      await nested.scanMember(source, member.at(-1));
    }
  }
}
function reportBroken(run) {
  const { broken, summary, where } = run;
  if (broken?.error) {
    const e = broken.error;
    summary.error = e.message;
    const limit = e.code === "limit";
    const evidence = {
      stream: summary.streams,
      streamStart: broken.start,
      reason: e.message,
      limit: e.limit || void 0
    };
    run.report(
      finding(limit ? LIMIT_EXCEEDED : MALFORMED, {
        message: `${where}: pickle stream ${summary.streams} at offset ${broken.start} ${limit ? "reached a limit" : "cannot be parsed"}: ${e.message} (at offset ${e.offset})`,
        offset: e.offset,
        evidence,
        ...!limit && notAPickle(run, broken) ? { severity: "low" } : {}
      })
    );
  } else if (run.stopped) {
    summary.error = run.stopped;
    run.report(
      finding(LIMIT_EXCEEDED, {
        message: `${where}: ${run.stopped}; the rest was not scanned`,
        offset: run.reader.pos,
        evidence: { limit: "streams" }
      })
    );
  }
}
function notAPickle(run, broken) {
  const end = run.opts.end ?? run.source.size;
  return end - broken.start >= 256 && !didSomething(broken);
}

export { BASE_HOOKS as B, IDENT as I, NUMPY_TYPE_SIZES as N, scanPickle as s };
