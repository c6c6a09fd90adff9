/** Helpers shared by the safetensors, GGUF and chat-template tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The modules under test, loaded directly (src/analyzers.ts wires every format; these tests need only theirs).
import '../../src/formats/gguf.ts';
import '../../src/formats/safetensors.ts';
import '../../src/formats/unknown.ts';
import '../../src/repo/chat-template/index.ts';
import '../../src/repo/remote-code.ts';
import '../../src/repo/shard-index.ts';
import { analyzeSource, getTreeAnalyzers } from '../../src/core/analyzer.ts';
import type { Finding } from '../../src/core/finding.ts';
import { BufferSource } from '../../src/core/source.ts';
import { discoverTarget } from '../../src/core/walk.ts';
import { RetainedBytes } from '../../src/scan-read.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function fixture(...parts: string[]): Buffer {
  return readFileSync(join(FIXTURES, ...parts));
}

/** Runs the full analyzer dispatch (sniffing included) on bytes named `name`. */
export async function analyzeBytes(
  bytes: Uint8Array,
  name: string,
): Promise<{ kind: string; findings: Finding[] }> {
  const r = await analyzeSource(new BufferSource(bytes, name), name);
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
  for (const tree of getTreeAnalyzers()) {
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
