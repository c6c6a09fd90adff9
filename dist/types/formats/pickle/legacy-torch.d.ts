/**
 * The legacy (non-zip) PyTorch layouts, read the way torch/serialization.py `_legacy_load` reads them:
 *
 * - a file: magic number, protocol version, sys_info, data and storage-keys pickles, then for each key
 *   an int64 element count and the storage's raw bytes;
 * - a tar's `storages` and `tensors` members: a count, then per record a pickle followed by raw bytes
 *   (storages) or tensor geometry (tensors).
 *
 * Raw bytes are skipped by their declared sizes; when the bytes do not fit the layout the caller walks
 * the rest as pickles, which fails closed.
 */
import type { PickleReader } from './reader.ts';
import { type Value } from './values.ts';
export declare const TORCH_LEGACY_MAGIC = 119547037146038801333356n;
/** Element size of each legacy storage key, from the data pickle's ('storage', type, key, ...) ids. */
export declare function storageSizes(persistent: readonly Value[]): Map<string, number> | null;
/**
 * Skips the raw storages of a legacy PyTorch file (for each key: int64 element count, then the bytes).
 * Returns the offset after them, or null when the layout does not match.
 */
export declare function skipLegacyStorages(reader: PickleReader, keys: Value | undefined, sizes: Map<string, number> | null): Promise<number | null>;
/**
 * Skips what follows one record of a legacy tar member: the storage bytes of a `storages` record
 * `(key, location, storage_type)` (int64 element count, then the bytes), or the geometry of a `tensors`
 * record (int32 ndim..., read as ndim * 16 + 8 bytes). False when the bytes do not fit.
 */
export declare function skipTarRecord(reader: PickleReader, layout: 'torch-tar-storages' | 'torch-tar-tensors', record: Value | undefined): Promise<boolean>;
/**
 * What legacy `torch.load`'s persistent_load returns for an id it resolves to one of the pickle's own
 * values: a ('module', <class>, <source file>, <source>) id, which `_legacy_save` writes for every
 * nn.Module class, returns the class (`data[0]`) after comparing sources. A 'storage' id returns a
 * storage made by torch itself (left opaque); any other tag raises.
 */
export declare function legacyPersistentLoad(pid: Value): Value | undefined;
/**
 * The `pickle` member of a legacy PyTorch tar: its persistent_load returns `saved_id[0]` for any tuple
 * id (the module class) and a deserialized storage for anything else.
 */
export declare function tarPersistentLoad(pid: Value): Value | undefined;
