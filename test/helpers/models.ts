/** Helpers shared by the safetensors, GGUF and chat-template tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../src/analyzers.ts';
import { analyzeSource } from '../../src/core/analyzer.ts';
import type { Finding } from '../../src/core/finding.ts';
import { BufferSource } from '../../src/core/source.ts';

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
