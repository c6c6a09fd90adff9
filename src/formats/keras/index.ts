/**
 * Keras containers as the scanner sees them: legacy `.h5`, Keras JSON and `.keras` zips. The
 * analyzers' ids and kinds and the cheap checks that pick candidates (candidates.ts) load at start;
 * the reading (analyze.ts, config.ts, the HDF5 reader) loads on the first candidate.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { loadKerasAnalysis } from '../../lazy.ts';
import { H5_NAMES, hdf5SuperblockAfterStart, MAX_KERAS_JSON, OTHER_KINDS } from './candidates.ts';

export * from './rules.ts';

export const KERAS_H5_ANALYZER: FileAnalyzer = {
  id: 'keras-h5',
  kinds: [KINDS.hdf5],
  claims: [KINDS.hdf5],
  analyze: async (ctx) => (await loadKerasAnalysis()).checkKerasH5(ctx),
};

export const KERAS_H5_POLYGLOT_ANALYZER: FileAnalyzer = {
  id: 'keras-h5-polyglot',
  kinds: OTHER_KINDS,
  async analyze(ctx) {
    // A zip may store an .h5 member (a .keras file's weights) at one of these offsets; only a name
    // Keras opens with h5py makes that a polyglot.
    if (ctx.kind === KINDS.zip && !H5_NAMES.test(ctx.name)) return;
    const at = await hdf5SuperblockAfterStart(ctx);
    if (at !== undefined) await (await loadKerasAnalysis()).analyzeKerasH5Polyglot(ctx, at);
  },
};

export const KERAS_JSON_ANALYZER: FileAnalyzer = {
  id: 'keras-json',
  kinds: [KINDS.json, KINDS.text, KINDS.unknown],
  async analyze(ctx) {
    // A config.json at the root of a container is read by the .keras analyzer of that container.
    if (ctx.depth > 0 && ctx.source.member.at(-1) === 'config.json') return;
    if (ctx.source.size > MAX_KERAS_JSON) return;
    // Binary-looking *.json: json.loads(bytes) also reads UTF-16/32, which text sniffing does not call text.
    const jsonName = ctx.name.endsWith('.json');
    if (ctx.kind === KINDS.unknown && !jsonName) return;
    // Keras writes class_name near the start; a *.json file is read whole anyway (key order is free).
    if (!ctx.head.includes('"class_name"') && !(jsonName && ctx.source.size <= 16 * 1024 * 1024)) return;
    await (await loadKerasAnalysis()).analyzeKerasJson(ctx);
  },
};

export const KERAS_ZIP_ANALYZER: FileAnalyzer = {
  id: 'keras-zip',
  kinds: [KINDS.zip, KINDS.hdf5, ...OTHER_KINDS.filter((k) => k !== KINDS.zip)],
  async analyze(ctx) {
    if (ctx.kind !== KINDS.zip && !ctx.name.endsWith('.keras')) return;
    await (await loadKerasAnalysis()).analyzeKerasZip(ctx);
  },
};
