/**
 * What PyTorch reads by name in any container (zip checkpoints and TorchScript archives, legacy tar
 * checkpoints), shared by the container analyzers that find such members and the pickle analyzer that
 * reads them: the names torch.load unpickles whatever their first byte, and the pickles of a TorchScript
 * archive, which its C++ unpickler reads.
 */
import type { Sniffer } from '../../core/sniff.ts';
import type { ByteSource } from '../../core/source.ts';

// A side table, not scan state: weak on the member's source, so a mark lives exactly as long as the
// member it describes, and a source no container marked is read as Python reads it.
const torchScriptPickles = new WeakSet<ByteSource>();

/**
 * Marks a member as a pickle of a TorchScript archive (`data.pkl`, `constants.pkl`, `*.debug_pkl`).
 * `torch.jit.load` (and `torch.load`, which hands TorchScript zips to it) reads these with the C++
 * unpickler, which never imports Python: `__torch__.*` names resolve to classes compiled from the
 * archive's `code/`, `torch.jit._pickle.build_*` and `torch._utils._rebuild_*` are native builders,
 * and any other global is an error. The pickle analyzer can ask `isTorchScriptPickle(ctx.source)`
 * to classify those names for this loader instead of Python's.
 */
export function markTorchScriptPickle(source: ByteSource): void {
  torchScriptPickles.add(source);
}

export function isTorchScriptPickle(source: ByteSource): boolean {
  return torchScriptPickles.has(source);
}

/**
 * Members PyTorch unpickles by name are pickles whatever their first byte says: a protocol-0
 * `data.pkl` has no magic number and reads as text. The last member name in the chain decides:
 * `<folder>/data.pkl` and `<folder>/constants.pkl` in a zip, `sys_info`, `pickle`, `storages` and
 * `tensors` at the top of a legacy tar. Magic numbers (priority 100) still win.
 */
export const TORCH_PICKLE_NAME_SNIFFER: Sniffer = {
  kind: 'pickle',
  priority: 95,
  match: ({ source }) => {
    const name = source.member.at(-1);
    if (name === undefined) return false;
    return (
      /^[^/]+\/(data|constants)\.pkl$/i.test(name) || /^(\.\/)?(sys_info|pickle|storages|tensors)$/.test(name)
    );
  },
};
