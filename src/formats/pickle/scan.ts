/**
 * Scans every pickle stream in a ByteSource and turns what the walker saw into findings:
 *
 * 1. walk the streams: several pickles in one file are all walked, to the end of the source (a malicious
 *    second stream after a benign one is found), through the legacy PyTorch layouts (legacy-torch.ts;
 *    a file whose first pickle is not the literal magic number is just walked as stacked pickles, so a
 *    computed "magic" (GHSA-97f8-7cmv-76j2) hides nothing) and joblib's in-stream arrays (../joblib/array-framing.ts);
 * 2. scan what the operands embed: a bytes/str operand holding a pickle, zip or compressed stream is
 *    handed to the whole scanner as a nested source (embedded.ts), within the depth and expansion budgets;
 * 3. report: one finding per distinct fact (findings.ts), limits as `pickle/limit-exceeded`, and a
 *    stream that cannot be parsed as `pickle/malformed` (what it named before the error is still reported).
 *
 * `scanPickle` is the entry point other formats call (NumPy object arrays, containers that scan a member
 * directly); archive members reach it through ctx.scanMember like any file.
 */
import type { AnalyzerContext, AnalyzerOptions } from '../../core/analyzer.ts';
import { finding, type ReportedFinding } from '../../core/finding.ts';
import { type ByteSource, label } from '../../core/source.ts';
import { joblibAfterBuild } from '../joblib/array-framing.ts';
import { confirmEmbedded, embeddedSource } from './embedded.ts';
import { didSomething, PickleFacts } from './findings.ts';
import {
  legacyPersistentLoad,
  skipLegacyStorages,
  skipTarRecord,
  storageSizes,
  TORCH_LEGACY_MAGIC,
  tarPersistentLoad,
} from './legacy-torch.ts';
import { PickleReader } from './reader.ts';
import { LIMIT_EXCEEDED, MALFORMED, TRAILING_DATA } from './rules.ts';
import { DEFAULT_WALK_LIMITS, type WalkHooks, type WalkLimits, type WalkResult } from './state.ts';
import { SCAN_HOOKS } from './hooks.ts';
import { walkPickle } from './walker.ts';

export { TORCH_LEGACY_MAGIC } from './legacy-torch.ts';

/** Streams walked in one source before giving up (each is at least two bytes). */
export const MAX_STREAMS = 10_000;

export interface PickleScanOptions {
  /** Where the first stream starts (default 0) and where the pickle data ends (default: source end). */
  start?: number;
  end?: number;
  options?: AnalyzerOptions;
  limits?: WalkLimits;
  /** Walk only one stream (NumPy object arrays: the loader reads exactly one). */
  single?: boolean;
  /**
   * Members of a legacy PyTorch tar (`storages`, `tensors`): counted pickles interleaved with raw
   * storage bytes or tensor geometry, read the way torch's legacy loader reads them. When the bytes do
   * not fit the layout the rest is walked as pickles (fail closed).
   */
  layout?: 'torch-tar-storages' | 'torch-tar-tensors' | 'torch-tar-pickle';
  /** The pickle is read by TorchScript's C++ unpickler (data.pkl/constants.pkl of a TorchScript archive). */
  loader?: 'python' | 'torchscript';
  /** Where embedded pickles and archives are scanned (the analyzer context); without it they are not. */
  nested?: Pick<AnalyzerContext, 'scanMember' | 'budget'>;
}

export interface PickleScanSummary {
  streams: number;
  /** 'torch-legacy' when the legacy PyTorch layout was recognised. */
  layout: 'pickle' | 'torch-legacy';
  globals: number;
  end: number;
  error?: string;
}

/** The state of one scan, passed through its steps. */
interface ScanRun {
  source: ByteSource;
  reader: PickleReader;
  opts: PickleScanOptions;
  limits: WalkLimits;
  where: string;
  facts: PickleFacts;
  summary: PickleScanSummary;
  results: WalkResult[];
  report: (f: ReportedFinding) => void;
  broken?: WalkResult;
  stopped?: string;
}

const WALK_HOOKS: WalkHooks = { ...SCAN_HOOKS, afterBuild: joblibAfterBuild };
const LEGACY_DATA_HOOKS: WalkHooks = { ...WALK_HOOKS, persistentLoad: legacyPersistentLoad };
const TAR_PICKLE_HOOKS: WalkHooks = { ...WALK_HOOKS, persistentLoad: tarPersistentLoad };

const tarRecords = (layout: PickleScanOptions['layout']) =>
  layout === 'torch-tar-storages' || layout === 'torch-tar-tensors' ? layout : undefined;

const defaultHooks = (run: ScanRun): WalkHooks =>
  run.opts.layout === 'torch-tar-pickle' ? TAR_PICKLE_HOOKS : WALK_HOOKS;

/** Walks every pickle in `source` (from `start`) and reports findings. Never throws for content. */
export async function scanPickle(
  source: ByteSource,
  report: (f: ReportedFinding) => void,
  opts: PickleScanOptions = {},
): Promise<PickleScanSummary> {
  const reader = new PickleReader(source, opts.start ?? 0, opts.end ?? source.size);
  const run: ScanRun = {
    source,
    reader,
    opts,
    limits: opts.limits ?? DEFAULT_WALK_LIMITS,
    where: label(source),
    facts: new PickleFacts({
      extraAllow: new Set(opts.options?.pickleAllow ?? []),
      loader: opts.loader ?? 'python',
    }),
    summary: { streams: 0, layout: 'pickle', globals: 0, end: reader.pos },
    results: [],
    report,
  };
  await walkStreams(run);
  await scanEmbedded(run);
  run.facts.report(report, run.where);
  reportBroken(run);
  run.summary.globals = run.facts.globalCount;
  return run.summary;
}

/** Walks one stream at the reader's position and records it. */
async function walk(run: ScanRun, hooks = defaultHooks(run)): Promise<WalkResult> {
  const r = await walkPickle(run.reader, run.limits, hooks);
  run.results.push(r);
  run.facts.absorb(r, run.summary.streams);
  run.summary.streams++;
  if (r.error) run.broken = r;
  return r;
}

async function walkStreams(run: ScanRun): Promise<void> {
  const first = await walk(run);
  if (!first.error && !run.opts.single && first.value?.t === 'int') {
    if (first.value.v === TORCH_LEGACY_MAGIC) await walkLegacyFile(run);
    else if (tarRecords(run.opts.layout) && first.value.v >= 0n && first.value.v <= 10_000_000n)
      await walkTarMember(run, tarRecords(run.opts.layout)!, first.value.v);
  }
  while (!run.broken && !run.opts.single && run.reader.remaining() > 0) {
    if (run.summary.streams >= MAX_STREAMS) {
      run.stopped = `more than ${MAX_STREAMS} pickle streams`;
      break;
    }
    await walk(run);
  }
  run.summary.end = run.reader.pos;
}

/** Legacy PyTorch: protocol version, sys_info, data, storage keys, then raw storages. */
async function walkLegacyFile(run: ScanRun): Promise<void> {
  const { reader } = run;
  run.summary.layout = 'torch-legacy';
  const parts: WalkResult[] = [];
  // Only the data pickle (the third) is read with torch's persistent_load.
  for (let i = 0; i < 4 && reader.remaining() > 0 && !run.broken; i++)
    parts.push(await walk(run, i === 2 ? LEGACY_DATA_HOOKS : WALK_HOOKS));
  if (run.broken || parts.length !== 4) return;
  const storagesStart = reader.pos;
  const after = await skipLegacyStorages(reader, parts[3]!.value, storageSizes(parts[2]!.persistent));
  if (after === null) reader.pos = storagesStart;
  else if (reader.remaining() > 0) {
    run.report(
      finding(TRAILING_DATA, {
        message: `${run.where}: ${reader.remaining()} bytes after the last PyTorch storage (torch.load never reads them); walked as pickles`,
        offset: reader.pos,
        evidence: { bytes: reader.remaining() },
      }),
    );
  }
}

/** Legacy tar member: N records, each a pickle followed by raw bytes (storages) or geometry (tensors). */
async function walkTarMember(
  run: ScanRun,
  layout: 'torch-tar-storages' | 'torch-tar-tensors',
  records: bigint,
): Promise<void> {
  const { reader } = run;
  for (let i = 0n; i < records && !run.broken && reader.remaining() > 0; i++) {
    const r = await walk(run);
    if (r.error) return;
    const resume = reader.pos;
    if (!(await skipTarRecord(reader, layout, r.value))) {
      reader.pos = resume;
      return;
    }
  }
}

/** Hands every embedded pickle or archive the walks recorded to the whole scanner, once confirmed. */
async function scanEmbedded(run: ScanRun): Promise<void> {
  const nested = run.opts.nested;
  if (!nested) return;
  let budgetHit = false;
  for (const r of run.results) {
    for (const e of r.embedded) {
      const member = [...run.source.member, `${e.opcode}@${e.offset}`];
      const source = await embeddedSource(run.source, e, member);
      if (source === null || !(await confirmEmbedded(source, e.kind))) continue;
      // Scanning nested bytes is work like decompressing them: it counts against the expansion budget.
      if (!nested.budget.take(source.size)) {
        if (!budgetHit)
          run.facts.limit(
            'expansion',
            'the expansion budget is spent; embedded pickles and archives after it were not scanned',
            e.offset,
          );
        budgetHit = true;
        continue;
      }
      await nested.scanMember(source, member.at(-1)!);
    }
  }
}

/**
 * A stream that cannot be parsed: a limit is `pickle/limit-exceeded`, anything else `pickle/malformed`
 * (high; low when it is random data that never imports or calls anything before breaking early).
 */
function reportBroken(run: ScanRun): void {
  const { broken, summary, where } = run;
  if (broken?.error) {
    const e = broken.error;
    summary.error = e.message;
    const limit = e.code === 'limit';
    const evidence = {
      stream: summary.streams,
      streamStart: broken.start,
      reason: e.message,
      limit: e.limit || undefined,
    };
    run.report(
      finding(limit ? LIMIT_EXCEEDED : MALFORMED, {
        message: `${where}: pickle stream ${summary.streams} at offset ${broken.start} ${limit ? 'reached a limit' : 'cannot be parsed'}: ${e.message} (at offset ${e.offset})`,
        offset: e.offset,
        evidence,
        ...(!limit && notAPickle(run, broken) ? { severity: 'low' as const } : {}),
      }),
    );
  } else if (run.stopped) {
    summary.error = run.stopped;
    run.report(
      finding(LIMIT_EXCEEDED, {
        message: `${where}: ${run.stopped}; the rest was not scanned`,
        offset: run.reader.pos,
        evidence: { limit: 'streams' },
      }),
    );
  }
}

/**
 * Random bytes that happen to start like a pickle: nothing before the break imports or calls anything,
 * so the unpickler raises there having run nothing. Tiny streams (crafted, under 256 bytes) stay high.
 */
function notAPickle(run: ScanRun, broken: WalkResult): boolean {
  const end = run.opts.end ?? run.source.size;
  return end - broken.start >= 256 && !didSomething(broken);
}
