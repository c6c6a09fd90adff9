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
export function torchLayout(zip: ZipArchive): TorchLayout | undefined {
  const view = zip.views.miniz;
  const entries = view.ok ? view.entries : zip.entries;
  const first = entries[0]?.name;
  if (!first) return undefined;
  const slash = first.indexOf('/');
  if (slash <= 0) return undefined;
  const prefix = first.slice(0, slash);
  const lower = `${prefix}/`.toLowerCase();
  const has = (record: string) => entries.some((e) => e.name.toLowerCase() === lower + record);
  if (!has('data.pkl')) return undefined;
  const torchscript =
    has('constants.pkl') || entries.some((e) => e.name.toLowerCase().startsWith(`${lower}code/`));
  return { prefix, format: torchscript ? 'torchscript' : 'checkpoint' };
}

/** The members of a TorchScript archive its C++ unpickler reads. */
export function isTorchScriptPickleName(layout: TorchLayout, name: string): boolean {
  const lower = name.toLowerCase();
  if (layout.format !== 'torchscript' || !lower.startsWith(`${layout.prefix.toLowerCase()}/`)) return false;
  const rest = lower.slice(layout.prefix.length + 1);
  return (
    rest === 'data.pkl' ||
    rest === 'constants.pkl' ||
    (rest.startsWith('code/') && rest.endsWith('.debug_pkl'))
  );
}

/**
 * `<prefix>/data/<n>`: a tensor storage PyTorch reads as raw bytes. A TorchScript archive also reads
 * `<prefix>/constants/<n>` (the tensors constants.pkl names, e.g. those torch.jit.freeze folds into
 * constants): torch/csrc/jit/serialization/import.cpp reads each archive's tensors from the folder
 * named after it (`readArchive("constants")`).
 */
export function isStorage(layout: TorchLayout, entry: ZipEntry): boolean {
  const lower = entry.name.toLowerCase();
  const root = `${layout.prefix.toLowerCase()}/`;
  if (!lower.startsWith(root)) return false;
  const rest = lower.slice(root.length);
  const folders = layout.format === 'torchscript' ? ['data/', 'constants/'] : ['data/'];
  return folders.some((f) => rest.startsWith(f) && /^\d+$/.test(rest.slice(f.length)));
}

const LOADABLE_MAGIC: readonly Buffer[] = [
  'PK\x03\x04',
  '\x1f\x8b',
  'BZh',
  '\xfd7zXZ\x00',
  '\x28\xb5\x2f\xfd',
  '7z\xbc\xaf\x27\x1c',
  '\x93NUMPY',
  'Rar!',
].map((m) => Buffer.from(m, 'latin1'));

/**
 * True when a storage member should be scanned anyway: it starts like an archive or NumPy file, or
 * like a pickle (PROTO 2..5) and ends with STOP. Tensor bytes match by chance about once in 10^7.
 * Reads at most 8 bytes at the start, one at the end and 5 at offset 257 (tar). With `headOnly`
 * (the first bytes of a deflated member) a pickle-like start is enough.
 */
export async function storageLooksLoadable(member: ByteSource, headOnly = false): Promise<boolean> {
  if (member.size < 2) return false;
  const head = await member.read(0, Math.min(8, member.size));
  if (LOADABLE_MAGIC.some((m) => head.length >= m.length && head.subarray(0, m.length).equals(m)))
    return true;
  if (head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5) {
    if (headOnly) return true;
    const last = await member.read(member.size - 1, 1);
    if (last[0] === 0x2e) return true;
  }
  if (member.size >= 262) {
    const magic = await member.read(257, 5);
    if (magic.toString('latin1') === 'ustar') return true;
  }
  return false;
}
