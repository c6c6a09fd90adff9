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
import { type GlobalSite, rootGlobal, type Value } from './values.ts';

export const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;

const STORAGE_SIZES: Record<string, number> = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  QUInt8Storage: 1,
  QInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1,
};

/** Element size of a storage class (`torch.FloatStorage`; older CUDA saves name `torch.cuda.FloatStorage`). */
function storageSize(g: GlobalSite | undefined): number | undefined {
  return g && (g.module === 'torch' || g.module === 'torch.cuda') ? STORAGE_SIZES[g.name] : undefined;
}

/** Element size of each legacy storage key, from the data pickle's ('storage', type, key, ...) ids. */
export function storageSizes(persistent: readonly Value[]): Map<string, number> | null {
  const sizes = new Map<string, number>();
  for (const pid of persistent) {
    if (pid.t !== 'tuple') return null;
    const [tag, type, key] = pid.items;
    if (tag?.t !== 'str' || tag.s !== 'storage') continue;
    const size = storageSize(rootGlobal(type));
    if (key?.t !== 'str' || size === undefined) return null;
    sizes.set(key.s, size);
  }
  return sizes;
}

/**
 * Skips the raw storages of a legacy PyTorch file (for each key: int64 element count, then the bytes).
 * Returns the offset after them, or null when the layout does not match.
 */
export async function skipLegacyStorages(
  reader: PickleReader,
  keys: Value | undefined,
  sizes: Map<string, number> | null,
): Promise<number | null> {
  if (keys?.t !== 'list' || keys.dropped || !sizes) return null;
  for (const k of keys.items) {
    if (k.t !== 'str') return null;
    const size = sizes.get(k.s);
    if (size === undefined || !(await reader.need(8))) return null;
    const numel = reader.take(8).readBigInt64LE(0);
    const nbytes = numel * BigInt(size);
    if (numel < 0n || nbytes > BigInt(reader.remaining())) return null;
    reader.skip(Number(nbytes));
  }
  return reader.pos;
}

/**
 * Skips what follows one record of a legacy tar member: the storage bytes of a `storages` record
 * `(key, location, storage_type)` (int64 element count, then the bytes), or the geometry of a `tensors`
 * record (int32 ndim..., read as ndim * 16 + 8 bytes). False when the bytes do not fit.
 */
export async function skipTarRecord(
  reader: PickleReader,
  layout: 'torch-tar-storages' | 'torch-tar-tensors',
  record: Value | undefined,
): Promise<boolean> {
  if (!(await reader.need(8))) return false;
  if (layout === 'torch-tar-storages') {
    const size = record?.t === 'tuple' ? storageSize(rootGlobal(record.items[2])) : undefined;
    if (size === undefined) return false;
    const nbytes = reader.take(8).readBigInt64LE(0) * BigInt(size);
    if (nbytes < 0n || nbytes > BigInt(reader.remaining())) return false;
    reader.skip(Number(nbytes));
    return true;
  }
  const ndim = reader.take(8).readInt32LE(0);
  const geometry = BigInt(ndim) * 16n + 8n;
  if (ndim < 0 || geometry > BigInt(reader.remaining())) return false;
  reader.skip(Number(geometry));
  return true;
}

/**
 * What legacy `torch.load`'s persistent_load returns for an id it resolves to one of the pickle's own
 * values: a ('module', <class>, <source file>, <source>) id, which `_legacy_save` writes for every
 * nn.Module class, returns the class (`data[0]`) after comparing sources. A 'storage' id returns a
 * storage made by torch itself (left opaque); any other tag raises.
 */
export function legacyPersistentLoad(pid: Value): Value | undefined {
  if (pid.t !== 'tuple' || pid.items.length < 2) return undefined;
  const tag = pid.items[0]!;
  return tag.t === 'str' && !tag.bytes && tag.s === 'module' ? pid.items[1] : undefined;
}

/**
 * The `pickle` member of a legacy PyTorch tar: its persistent_load returns `saved_id[0]` for any tuple
 * id (the module class) and a deserialized storage for anything else.
 */
export function tarPersistentLoad(pid: Value): Value | undefined {
  return pid.t === 'tuple' ? pid.items[0] : undefined;
}
