/**
 * Test helper for container suites: scans a fixture through analyzeSource with a probe analyzer
 * that records every member the containers dispatched (with its sniffed kind).
 */
import { basename, join } from 'node:path';
import {
  analyzeSource,
  DEFAULT_LIMITS,
  type FileAnalyzer,
  type ScanLimits,
} from '../../src/core/analyzer.ts';
import { defineRule, type Finding, finding } from '../../src/core/finding.ts';
import { BufferSource, type ByteSource, FileSource, label } from '../../src/core/source.ts';
import { CORE_SNIFFERS } from '../../src/core/sniff.ts';
import { COMPRESSED_STREAM_ANALYZER, LZMA_ALONE_SNIFFER } from '../../src/formats/compressed/index.ts';
import { NATIVE_EXECUTABLE_ANALYZER, OPAQUE_ARCHIVE_ANALYZER } from '../../src/formats/opaque.ts';
import { SEVENZIP_ANALYZER } from '../../src/formats/sevenzip/index.ts';
import { TAR_ANALYZER, TAR_SNIFFER } from '../../src/formats/tar/index.ts';
import { ZIP_ANALYZER, ZIP_POLYGLOT_ANALYZER } from '../../src/formats/zip/index.ts';
import { isTorchScriptPickle, TORCH_PICKLE_NAME_SNIFFER } from '../../src/formats/shared/torch-names.ts';
import { createScanner } from '../../src/scanner.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

const PROBE = defineRule({
  id: 'test/pickle-seen',
  severity: 'info',
  title: 'probe',
  explain: 'Test probe: a member reached the pickle analyzers.',
});

const MEMBER_PROBE: FileAnalyzer = {
  id: 'test-member-probe',
  // Stands in for the pickle and NumPy analyzers, which these suites do not load.
  claims: ['pickle', 'numpy'],
  kinds: [
    'pickle',
    'text',
    'json',
    'unknown',
    'numpy',
    'empty',
    'zip',
    'tar',
    'gzip',
    'bzip2',
    'xz',
    'zstd',
    '7z',
  ],
  async analyze(ctx) {
    if (ctx.depth === 0) return;
    ctx.report(
      finding(PROBE, {
        message: label(ctx.source),
        evidence: { kind: ctx.kind, torchscript: isTorchScriptPickle(ctx.source), size: ctx.source.size },
      }),
    );
  },
};

/** The containers under test and the probe; no pickle or NumPy analyzer. */
const SCANNER = createScanner({
  sniffers: [...CORE_SNIFFERS, LZMA_ALONE_SNIFFER, TORCH_PICKLE_NAME_SNIFFER, TAR_SNIFFER],
  analyzers: [
    COMPRESSED_STREAM_ANALYZER,
    ZIP_ANALYZER,
    ZIP_POLYGLOT_ANALYZER,
    TAR_ANALYZER,
    OPAQUE_ARCHIVE_ANALYZER,
    NATIVE_EXECUTABLE_ANALYZER,
    SEVENZIP_ANALYZER,
    MEMBER_PROBE,
  ],
  rules: [PROBE],
});

export interface ProbeResult {
  kind: string;
  memberKinds: string[];
  findings: Finding[];
  /** Member chains (joined with " > ") dispatched with kind pickle. */
  pickles: string[];
  /** Every dispatched member as `chain:kind`. */
  seen: string[];
  /** Members marked as read by the TorchScript C++ unpickler. */
  torchscript: string[];
  /** Size of each dispatched member by chain. */
  sizes: Record<string, number>;
  /** Rules other than the probe's. */
  rules: string[];
  source: ByteSource;
}

export async function probeSource(
  source: ByteSource,
  name: string,
  limits: ScanLimits = DEFAULT_LIMITS,
): Promise<ProbeResult> {
  const r = await analyzeSource(source, name, { scanner: SCANNER, limits });
  const probes = r.findings.filter((f) => f.rule === PROBE.id);
  const chain = (f: (typeof probes)[number]) => (f.member ?? []).join(' > ');
  const pickles = probes.filter((f) => f.evidence?.kind === 'pickle').map(chain);
  const sizes = Object.fromEntries(probes.map((f) => [chain(f), Number(f.evidence?.size)]));
  const torchscript = probes.filter((f) => f.evidence?.torchscript === true).map(chain);
  const seen = probes.map((f) => `${chain(f)}:${String(f.evidence?.kind)}`);
  const rules = [...new Set(r.findings.filter((f) => f.rule !== PROBE.id).map((f) => f.rule))].sort();
  return {
    kind: r.kind,
    memberKinds: r.memberKinds,
    findings: r.findings,
    pickles,
    seen,
    torchscript,
    sizes,
    rules,
    source,
  };
}

export async function probe(rel: string, limits: ScanLimits = DEFAULT_LIMITS): Promise<ProbeResult> {
  const source = await FileSource.open(join(FIXTURES, rel), rel);
  try {
    return await probeSource(source, basename(rel), limits);
  } finally {
    await source.close();
  }
}

/**
 * Property: byte edits within the first `window` bytes of any base never make the containers throw
 * (no scan/read-error) and each case finishes under a second.
 */
export async function assertMutationsSafe(
  bases: readonly Buffer[],
  name: string,
  opts: { window?: number; maxEdits?: number; numRuns?: number } = {},
): Promise<void> {
  const fc = (await import('fast-check')).default;
  const { expect } = await import('vitest');
  await fc.assert(
    fc.asyncProperty(
      fc.nat(bases.length - 1),
      fc.array(fc.tuple(fc.nat((opts.window ?? 4096) - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: opts.maxEdits ?? 8,
      }),
      async (which, edits) => {
        const b = Buffer.from(bases[which]!);
        for (const [at, v] of edits) if (at < b.length) b[at] = v;
        const t0 = Date.now();
        const r = await probeSource(new BufferSource(b, name), name);
        expect(r.findings.some((f) => f.rule === 'scan/read-error')).toBe(false);
        expect(Date.now() - t0).toBeLessThan(1000);
      },
    ),
    { numRuns: opts.numRuns ?? 200 },
  );
}
