/** Shared helpers for the pickle, NumPy, joblib and legacy PyTorch tests. */
import { defaultScanner } from '../../../src/builtins.ts';
import { join } from 'node:path';
import { type AnalyzerOptions, analyzeSource } from '../../../src/core/analyzer.ts';
import { atLeast, type Finding } from '../../../src/core/finding.ts';
import { BufferSource, FileSource } from '../../../src/core/source.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures');

export async function analyzeFile(rel: string, options: AnalyzerOptions = {}) {
  const path = join(FIXTURES, rel);
  const source = await FileSource.open(path, rel);
  try {
    const result = await analyzeSource(source, rel.split('/').at(-1)!, {
      scanner: defaultScanner(),
      options,
    });
    return { ...result, bytesRead: source.bytesRead, size: source.size };
  } finally {
    await source.close();
  }
}

/** Analyzes bytes as a file (depth 0) or, with depth 1, as an archive member named `name`. */
export async function analyzeBytes(
  data: Uint8Array,
  name = 'x.bin',
  options: AnalyzerOptions = {},
  depth = 0,
) {
  return analyzeSource(new BufferSource(data, name, depth ? ['outer.tar', name] : []), name, {
    scanner: defaultScanner(),
    options,
    depth,
  });
}

/** Findings that fail a scan at the default level (high). */
export function failing(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => atLeast(f.severity, 'high'));
}

export function atOrAbove(findings: readonly Finding[], level: 'medium' | 'high'): Finding[] {
  return findings.filter((f) => atLeast(f.severity, level));
}

/** Protocol 2 pickle calling posix.system("id"), built from raw opcodes. */
export const PAYLOAD = Buffer.from('\x80\x02cposix\nsystem\n(U\x02idtR.', 'latin1');
