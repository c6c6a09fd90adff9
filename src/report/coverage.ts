/**
 * What a scan looked at, for a report that has nothing to say otherwise: how many files of each
 * kind (archive members included), what modelvet does with that kind, and what was left out on
 * purpose (`.git`). A clean result means something only when it says what was checked.
 */
import type { Report } from '../core/report.ts';

/** What the analyzers of a kind do with it (a test keeps it in step with the analyzers). */
export const KIND_CHECKS: Readonly<Record<string, string>> = {
  pickle: 'opcodes walked, globals classified',
  numpy: 'header read, object arrays walked as pickle',
  safetensors: 'header validated',
  gguf: 'header and metadata validated, chat template parsed',
  zip: 'directory read, every member sniffed',
  tar: 'every member sniffed',
  '7z': 'every member sniffed',
  gzip: 'decompressed within limits and sniffed',
  bzip2: 'decompressed within limits and sniffed',
  xz: 'decompressed within limits and sniffed',
  zstd: 'decompressed within limits and sniffed',
  zlib: 'decompressed within limits and sniffed',
  'lzma-alone': 'decompressed within limits and sniffed',
  lz4: 'decompressed within limits and sniffed',
  hdf5: 'Keras model config checked',
  onnx: 'graph, operators and external data checked',
  sentencepiece: 'parsed as a SentencePiece ModelProto (data only)',
  'tf-savedmodel': 'graph operations checked',
  'tf-graphdef': 'graph operations checked',
  'keras-metadata': 'Keras layer config checked',
  json: 'configs checked (remote code, chat templates, Keras, shard indexes, pins)',
  text: 'pins, model references and chat templates checked',
  script: 'pins and model references checked',
  'lfs-pointer': 'recognised as a Git LFS pointer',
  executable: 'reported',
  rar: 'reported as opaque',
  image: 'checked for an archive or pickle hidden inside',
  unknown: 'reported as unknown binary when not text',
};

export interface KindCount {
  kind: string;
  files: number;
  bytes: number;
  checks?: string;
}

/** Files per kind (a container's member kinds counted once per container), most files first. */
export function kindCounts(report: Report): KindCount[] {
  const counts = new Map<string, KindCount>();
  const add = (kind: string, bytes: number) => {
    const c = counts.get(kind) ?? { kind, files: 0, bytes: 0 };
    c.files++;
    c.bytes += bytes;
    counts.set(kind, c);
  };
  for (const f of report.files) {
    add(f.kind, f.size);
    for (const k of new Set(f.contains ?? [])) if (k !== f.kind) add(`${k} (inside archives)`, 0);
  }
  return [...counts.values()]
    .map((c) => {
      const checks = KIND_CHECKS[c.kind.replace(/ \(inside archives\)$/, '')];
      return checks ? { ...c, checks } : c;
    })
    .sort((a, b) => b.files - a.files || (a.kind < b.kind ? -1 : 1));
}

/** Folders left out on purpose, per target (`model/.git`). */
export function skippedPaths(report: Report): string[] {
  return report.targets.flatMap((t) =>
    t.skipped.map((s) => (t.input === '.' || !t.isDirectory ? s : `${t.input.replace(/\/+$/, '')}/${s}`)),
  );
}
