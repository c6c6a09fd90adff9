/**
 * Test helper for container suites: scans a fixture through analyzeSource with a probe analyzer
 * that records every member the containers dispatched (with its sniffed kind).
 */
import { basename, join } from 'node:path';
import {
  analyzeSource,
  DEFAULT_LIMITS,
  registerFileAnalyzer,
  type ScanLimits,
} from '../../src/core/analyzer.ts';
import { defineRule, type Finding, finding } from '../../src/core/finding.ts';
import { type ByteSource, FileSource, label } from '../../src/core/source.ts';
import '../../src/formats/compressed/analyzer.ts';
import '../../src/formats/tar.ts';
import '../../src/formats/zip/analyzer.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

const PROBE = defineRule({
  id: 'test/pickle-seen',
  severity: 'info',
  title: 'probe',
  explain: 'Test probe: a member reached the pickle analyzers.',
});

registerFileAnalyzer({
  id: 'test-member-probe',
  kinds: ['pickle', 'text', 'json', 'unknown', 'numpy', 'empty', 'zip', 'tar', 'gzip', 'bzip2', 'xz', 'zstd'],
  async analyze(ctx) {
    if (ctx.depth === 0) return;
    ctx.report(finding(PROBE, { message: label(ctx.source), evidence: { kind: ctx.kind } }));
  },
});

export interface ProbeResult {
  kind: string;
  memberKinds: string[];
  findings: Finding[];
  /** Member chains (joined with " > ") dispatched with kind pickle. */
  pickles: string[];
  /** Every dispatched member as `chain:kind`. */
  seen: string[];
  /** Rules other than the probe's. */
  rules: string[];
  source: ByteSource;
}

export async function probeSource(
  source: ByteSource,
  name: string,
  limits: ScanLimits = DEFAULT_LIMITS,
): Promise<ProbeResult> {
  const r = await analyzeSource(source, name, { limits });
  const probes = r.findings.filter((f) => f.rule === PROBE.id);
  const chain = (f: (typeof probes)[number]) => (f.member ?? []).join(' > ');
  const pickles = probes.filter((f) => f.evidence?.kind === 'pickle').map(chain);
  const seen = probes.map((f) => `${chain(f)}:${String(f.evidence?.kind)}`);
  const rules = [...new Set(r.findings.filter((f) => f.rule !== PROBE.id).map((f) => f.rule))].sort();
  return { kind: r.kind, memberKinds: r.memberKinds, findings: r.findings, pickles, seen, rules, source };
}

export async function probe(rel: string, limits: ScanLimits = DEFAULT_LIMITS): Promise<ProbeResult> {
  const source = await FileSource.open(join(FIXTURES, rel), rel);
  try {
    return await probeSource(source, basename(rel), limits);
  } finally {
    await source.close();
  }
}
