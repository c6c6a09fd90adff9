/**
 * Allowed callables that call what they are given: copyreg's reconstructors instantiate the classes
 * in these argument positions, defaultdict calls its factory, and PyTorch's rebuild functions install
 * backward hooks (a dict of callables run during backward). Globals found there (inside containers, a
 * few levels deep) count as called.
 */
export const FORWARDERS: ReadonlyMap<string, number[]> = new Map([
  ['copyreg._reconstructor', [0, 1]],
  ['copy_reg._reconstructor', [0, 1]],
  ['copyreg.__newobj__', [0]],
  ['copyreg.__newobj_ex__', [0]],
  ['collections.defaultdict', [0]],
  // ndarray subclasses run their __array_finalize__; _mareconstruct calls subtype.__new__.
  ['numpy.core.multiarray._reconstruct', [0]],
  ['numpy._core.multiarray._reconstruct', [0]],
  ['numpy.ma.core._mareconstruct', [0, 1]],
  // Newer NumPy accepts a BitGenerator class here and calls it.
  ['numpy.random._pickle.__randomstate_ctor', [0, 1]],
  ['numpy.random._pickle.__generator_ctor', [0, 1]],
  ['numpy.random._pickle.__bit_generator_ctor', [0]],
  ['torch._utils._rebuild_tensor_v2', [5]],
  ['torch._utils._rebuild_parameter', [2]],
  ['torch._utils._rebuild_parameter_with_state', [2]],
]);
