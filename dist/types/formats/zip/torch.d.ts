import type { ByteSource } from '../../core/source.ts';
import type { ZipArchive, ZipEntry } from './reader.ts';
export interface TorchLayout {
    /** The archive folder PyTorch resolves records against. */
    prefix: string;
    format: 'checkpoint' | 'torchscript';
}
/**
 * The layout PyTorch sees: the archive folder is the first folder of the first entry of miniz's
 * directory, and records are looked up by name case-insensitively (miniz's sorted binary search
 * lower-cases both sides), so `ARCHIVE/DATA.PKL` is the `data.pkl` torch.load unpickles.
 */
export declare function torchLayout(zip: ZipArchive): TorchLayout | undefined;
/** The members of a TorchScript archive its C++ unpickler reads. */
export declare function isTorchScriptPickleName(layout: TorchLayout, name: string): boolean;
/**
 * Marks a member as a pickle of a TorchScript archive (`data.pkl`, `constants.pkl`, `*.debug_pkl`).
 * `torch.jit.load` (and `torch.load`, which hands TorchScript zips to it) reads these with the C++
 * unpickler, which never imports Python: `__torch__.*` names resolve to classes compiled from the
 * archive's `code/`, `torch.jit._pickle.build_*` and `torch._utils._rebuild_*` are native builders,
 * and any other global is an error. The pickle analyzer can ask `isTorchScriptPickle(ctx.source)`
 * to classify those names for this loader instead of Python's.
 */
export declare function markTorchScriptPickle(source: ByteSource): void;
export declare function isTorchScriptPickle(source: ByteSource): boolean;
/**
 * `<prefix>/data/<n>`: a tensor storage PyTorch reads as raw bytes. A TorchScript archive also reads
 * `<prefix>/constants/<n>` (the tensors constants.pkl names, e.g. those torch.jit.freeze folds into
 * constants): torch/csrc/jit/serialization/import.cpp reads each archive's tensors from the folder
 * named after it (`readArchive("constants")`).
 */
export declare function isStorage(layout: TorchLayout, entry: ZipEntry): boolean;
/**
 * True when a storage member should be scanned anyway: it starts like an archive or NumPy file, or
 * like a pickle (PROTO 2..5) and ends with STOP. Tensor bytes match by chance about once in 10^7.
 * Reads at most 8 bytes at the start, one at the end and 5 at offset 257 (tar). With `headOnly`
 * (the first bytes of a deflated member) a pickle-like start is enough.
 */
export declare function storageLooksLoadable(member: ByteSource, headOnly?: boolean): Promise<boolean>;
