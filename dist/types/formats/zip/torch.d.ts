/**
 * What PyTorch makes of a zip: `torch.save` checkpoints (`<name>/data.pkl`, tensor storages in
 * `<name>/data/<n>`) and TorchScript archives (`<name>/data.pkl`, `<name>/constants.pkl`,
 * `<name>/code/`). PyTorch reads every record as `<first folder of the first entry>/<record>` from
 * the central directory, unpickles data.pkl (and constants.pkl for TorchScript) and reads storages
 * as raw bytes.
 *
 * The zip analyzer uses this to skip the bulk of a multi-GB checkpoint: a storage member is only
 * dispatched when its first bytes look like something loadable (a pickle with its STOP at the end,
 * an archive, a NumPy file), so tensor data is never read beyond 8 bytes at each end. Every other
 * member is sniffed by content and scanned, whatever its name.
 */
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
