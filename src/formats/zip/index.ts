/**
 * Zip archives as the scanner sees them (PyTorch checkpoints, TorchScript archives, .keras files and
 * any other zip): the analyzers' ids and kinds and the rules; the reader and the member walk
 * (analyze.ts, reader.ts) load on the first zip. The polyglot probe, which runs on every file, looks
 * for an end record with records.ts alone and loads the rest only when it finds one.
 */
import { EVERY_KIND, type FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { loadZipAnalysis } from '../../lazy.ts';
import { tailEndRecord } from './records.ts';

export * from './rules.ts';

export const ZIP_ANALYZER: FileAnalyzer = {
  id: 'zip',
  kinds: [KINDS.zip],
  claims: [KINDS.zip],
  analyze: async (ctx) => (await loadZipAnalysis()).analyzeZip(ctx),
};

/**
 * Kinds whose bytes can hold a zip verbatim for benign reasons (a stored zip inside a tar member, a
 * compressor's raw blocks over incompressible data): the tail-zip probe is left to their own
 * analyzers (the tar analyzer looks for an archive after its end) instead of calling them polyglots.
 */
const CONTAINERS = new Set<string>([
  KINDS.zip,
  KINDS.empty,
  KINDS.tar,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.zlib,
  KINDS.lzmaAlone,
  KINDS.sevenZip,
  KINDS.rar,
]);

/**
 * Polyglots: content sniffed as anything else whose tail is also a zip archive (Python's zipfile, and
 * so Keras and tools that call `zipfile.is_zipfile`, find a zip from its end). Content that is nothing
 * else with a zip tail is already sniffed as zip. Most content has no end record at all: that is
 * checked here before the zip reader is loaded (scanTailZip checks it again).
 */
export const ZIP_POLYGLOT_ANALYZER: FileAnalyzer = {
  id: 'zip-polyglot',
  kinds: [EVERY_KIND],
  async analyze(ctx) {
    if (CONTAINERS.has(ctx.kind)) return;
    if ((await tailEndRecord(ctx.source)) < 0) return;
    await (await loadZipAnalysis()).scanTailZip(ctx);
  },
};
