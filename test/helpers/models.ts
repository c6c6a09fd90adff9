/** Helpers shared by the safetensors, GGUF and chat-template tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSource } from '../../src/core/analyzer.ts';
import { CORE_SNIFFERS } from '../../src/core/sniff.ts';
import { GGUF_ANALYZER, GGUF_SNIFFER } from '../../src/formats/gguf/index.ts';
import { SAFETENSORS_ANALYZER, SAFETENSORS_SNIFFER } from '../../src/formats/safetensors/index.ts';
import { UNKNOWN_BINARY_ANALYZER } from '../../src/formats/unknown.ts';
import { CHAT_TEMPLATE_ANALYZER } from '../../src/formats/chat-template/index.ts';
import { REMOTE_CODE_ANALYZER } from '../../src/repo/remote-code.ts';
import { SHARD_INDEX_ANALYZER } from '../../src/repo/shard-index.ts';
import { createScanner } from '../../src/scanner.ts';
import type { Finding } from '../../src/core/finding.ts';
import { BufferSource } from '../../src/core/source.ts';
import { discoverTarget } from '../../src/core/walk.ts';
import { RetainedBytes } from '../../src/scan-read.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * The formats under test only (the default scanner holds every format: its polyglot probes would
 * read more of each file than the byte budgets these tests assert).
 */
export const MODELS_SCANNER = createScanner({
  sniffers: [...CORE_SNIFFERS, SAFETENSORS_SNIFFER, GGUF_SNIFFER],
  analyzers: [SAFETENSORS_ANALYZER, CHAT_TEMPLATE_ANALYZER, GGUF_ANALYZER, UNKNOWN_BINARY_ANALYZER],
  treeAnalyzers: [REMOTE_CODE_ANALYZER, SHARD_INDEX_ANALYZER],
});

export function fixture(...parts: string[]): Buffer {
  return readFileSync(join(FIXTURES, ...parts));
}

/** Runs the full analyzer dispatch (sniffing included) on bytes named `name`. */
export async function analyzeBytes(
  bytes: Uint8Array,
  name: string,
): Promise<{ kind: string; findings: Finding[] }> {
  const r = await analyzeSource(new BufferSource(bytes, name), name, { scanner: MODELS_SCANNER });
  return { kind: r.kind, findings: r.findings };
}

export const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

/** Findings at medium or above. */
export const serious = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === 'medium' || f.severity === 'high' || f.severity === 'critical');

/** Runs every tree analyzer on a folder (what scan() does after the per-file analysis). */
export async function analyzeTree(dir: string): Promise<Finding[]> {
  const target = await discoverTarget(dir);
  const findings: Finding[] = [...target.findings];
  const disk = new RetainedBytes(); // nothing kept: reads from disk
  for (const tree of MODELS_SCANNER.treeAnalyzers) {
    await tree.analyze({
      root: target.root,
      display: dir,
      files: target.files,
      options: {},
      report: (f) => findings.push(f),
      readText: (file, limit) => disk.readText(file, limit),
      readHead: (file, n) => disk.readHead(file, n),
    });
  }
  return findings;
}
