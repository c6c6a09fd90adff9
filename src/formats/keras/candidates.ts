/**
 * Which files the Keras analyzers read, from cheap checks of the name, the kind and the head: every
 * scan runs them, so they load nothing but this; the reading (analyze.ts) loads on a candidate.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { HDF5_SIGNATURE } from '../hdf5/signature.ts';

/** Names Keras opens with h5py (keras/src/legacy/saving/legacy_h5_format.py, saving_api.py). */
export const H5_NAMES = /\.(h5|hdf5)$/;

/** The largest Keras JSON read (model.to_json(), a config.json, a .keras zip's config.json). */
export const MAX_KERAS_JSON = 64 * 1024 * 1024;

/** Every built-in kind but HDF5 itself (and nothing-to-read kinds). */
export const OTHER_KINDS = Object.values(KINDS).filter((k) => k !== KINDS.hdf5 && k !== KINDS.empty);

/** Offset of an HDF5 superblock past offset 0 (user block), or undefined. */
export async function hdf5SuperblockAfterStart(ctx: AnalyzerContext): Promise<number | undefined> {
  for (const at of [512, 1024, 2048]) {
    if (ctx.head.length >= at + 8 && ctx.head.subarray(at, at + 8).equals(HDF5_SIGNATURE)) return at;
  }
  // Further powers of two only for names Keras opens with h5py: ~20 reads of 8 bytes for a GB file.
  if (!H5_NAMES.test(ctx.name)) return undefined;
  for (let at = 4096; at + 8 <= ctx.source.size; at *= 2) {
    if ((await ctx.source.read(at, 8)).equals(HDF5_SIGNATURE)) return at;
  }
  return undefined;
}
