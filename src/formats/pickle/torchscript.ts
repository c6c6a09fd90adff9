/**
 * Names TorchScript's C++ unpickler resolves natively. `torch.jit.load` (and `torch.load`, which hands
 * it any zip holding `constants.pkl`: torch/serialization.py `_is_torchscript_zip`) reads `data.pkl` and
 * `constants.pkl` with torch/csrc/jit/serialization/unpickler.cpp, which never imports Python.
 * `Unpickler::readGlobal` handles:
 *
 * - `__main__.TensorID`, `__main__.IntList` (old archives);
 * - `torch.jit._pickle.build_tensor_from_id`, `restore_type_tag`, `build_intlist`, `build_tensorlist`,
 *   `build_doublelist`, `build_boollist` (any other name there is an error);
 * - `torch._utils._rebuild_tensor_v2`, `_rebuild_qtensor`, `_rebuild_sparse_tensor`,
 *   `torch._tensor._rebuild_from_type_v2`, `builtins.complex`, `collections.OrderedDict`, `torch.device`,
 *   `torch.distributed.rpc.rref` (only in builds with RPC);
 * - `torch.<X>`: a `<ScalarType>Storage` or a qscheme name becomes an enum constant, anything else is an
 *   error ("Unpickler found unknown torch global");
 * - any other name goes to the archive's type resolver (import.cpp: `source_importer_.loadType`), which
 *   compiles the class of that qualified name from the archive's `code/` folder (TorchScript, whose own
 *   `__setstate__` may run) or fails. Real archives name those `__torch__.*`.
 *
 * The same bytes can still reach Python's unpickler when a loader disagrees about what the archive is,
 * so this set only ever turns an unknown into allowed: a name Python's rules call dangerous stays so.
 */

const NATIVE = new Set([
  '__main__.TensorID',
  '__main__.IntList',
  'torch.jit._pickle.build_tensor_from_id',
  'torch.jit._pickle.restore_type_tag',
  'torch.jit._pickle.build_intlist',
  'torch.jit._pickle.build_tensorlist',
  'torch.jit._pickle.build_doublelist',
  'torch.jit._pickle.build_boollist',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_sparse_tensor',
  'torch._tensor._rebuild_from_type_v2',
  'builtins.complex',
  'collections.OrderedDict',
  'torch.device',
]);

/** True when TorchScript's C++ unpickler resolves `module.name` without Python (or refuses it). */
export function isTorchScriptNative(module: string, name: string): boolean {
  // `torch.<X>`: a storage type or a qscheme constant, or an error; never a Python import.
  if (module === 'torch' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return true;
  return NATIVE.has(`${module}.${name}`);
}
