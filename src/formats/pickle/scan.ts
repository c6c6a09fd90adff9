/**
 * Scans every pickle stream in a ByteSource and turns what the walker saw into findings.
 *
 * - Several pickles in one file are all walked, until the end of the source (a malicious second
 *   stream after a benign one is found). A stream that cannot be parsed is `pickle/malformed`, and
 *   what it named before the error is still reported.
 * - A legacy (non-zip) PyTorch file is magic number, protocol, sys_info, data and storage-keys pickles,
 *   then raw storages: the storages are skipped by their declared sizes, and anything after them is
 *   walked again as pickles (a genuine file has nothing there). A file whose first pickle is not the
 *   literal magic number is just walked as stacked pickles, so a computed "magic" (GHSA-97f8-7cmv-76j2)
 *   hides nothing.
 * - joblib's in-stream arrays are understood (see ../joblib.ts).
 *
 * `scanPickle` is the entry point other formats call (NumPy object arrays, containers that want to
 * scan a member directly); archive members reach it through ctx.scanMember like any file.
 */
import type { AnalyzerOptions } from '../../core/analyzer.ts';
import { finding, type ReportedFinding } from '../../core/finding.ts';
import { type ByteSource, label } from '../../core/source.ts';
import { joblibAfterBuild } from '../joblib.ts';
import { type Classification, classifyGlobal } from './globals.ts';
import { PickleReader } from './reader.ts';
import {
  COMPUTED_CALL,
  DANGEROUS_GLOBAL,
  EXTENSION_REGISTRY,
  MALFORMED,
  TRAILING_DATA,
  UNKNOWN_GLOBAL,
  UNKNOWN_GLOBAL_CALLED,
} from './rules.ts';
import {
  DEFAULT_WALK_LIMITS,
  type GlobalSite,
  rootGlobal,
  type Value,
  type WalkLimits,
  type WalkResult,
  walkPickle,
} from './walker.ts';

/** Streams walked in one source before giving up (each is at least two bytes). */
export const MAX_STREAMS = 10_000;

export const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;

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
  layout?: 'torch-tar-storages' | 'torch-tar-tensors';
}

export interface PickleScanSummary {
  streams: number;
  /** 'torch-legacy' when the legacy PyTorch layout was recognised. */
  layout: 'pickle' | 'torch-legacy';
  globals: number;
  end: number;
  error?: string;
}

interface Agg {
  cls: Classification;
  site: GlobalSite;
  count: number;
  called?: string;
  mutated?: string;
  unresolved?: string;
  stream: number;
}

const STORAGE_SIZES: Record<string, number> = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  QUInt8Storage: 1,
  QInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1,
};

/** Element size of a storage class (`torch.FloatStorage`; older CUDA saves name `torch.cuda.FloatStorage`). */
function storageSize(g: GlobalSite | undefined): number | undefined {
  return g && (g.module === 'torch' || g.module === 'torch.cuda') ? STORAGE_SIZES[g.name] : undefined;
}

/** Element size of each legacy storage key, from the data pickle's ('storage', type, key, ...) ids. */
function storageSizes(persistent: readonly Value[]): Map<string, number> | null {
  const sizes = new Map<string, number>();
  for (const pid of persistent) {
    if (pid.t !== 'tuple') return null;
    const [tag, type, key] = pid.items;
    if (tag?.t !== 'str' || tag.s !== 'storage') continue;
    const g = rootGlobal(type);
    const size = storageSize(g);
    if (key?.t !== 'str' || size === undefined) return null;
    sizes.set(key.s, size);
  }
  return sizes;
}

/**
 * Skips the raw storages of a legacy PyTorch file (for each key: int64 element count, then the bytes).
 * Returns the offset after them, or null when the layout does not match (the caller then walks the rest
 * as pickles, which fails closed).
 */
async function skipLegacyStorages(
  reader: PickleReader,
  keys: Value | undefined,
  sizes: Map<string, number> | null,
) {
  if (keys?.t !== 'list' || keys.dropped || !sizes) return null;
  for (const k of keys.items) {
    if (k.t !== 'str') return null;
    const size = sizes.get(k.s);
    if (size === undefined || !(await reader.need(8))) return null;
    const numel = reader.take(8).readBigInt64LE(0);
    const nbytes = numel * BigInt(size);
    if (numel < 0n || nbytes > BigInt(reader.remaining())) return null;
    reader.skip(Number(nbytes));
  }
  return reader.pos;
}

/** Storage element size from a legacy tar record `(key, location, storage_type)`. */
function recordStorageSize(v: Value | undefined): number | undefined {
  if (v?.t !== 'tuple') return undefined;
  const g = rootGlobal(v.items[2]);
  return storageSize(g);
}

/** Walks every pickle in `source` (from `start`) and reports findings. Never throws for content. */
export async function scanPickle(
  source: ByteSource,
  report: (f: ReportedFinding) => void,
  opts: PickleScanOptions = {},
): Promise<PickleScanSummary> {
  const limits = opts.limits ?? DEFAULT_WALK_LIMITS;
  const extraAllow = new Set(opts.options?.pickleAllow ?? []);
  const reader = new PickleReader(source, opts.start ?? 0, opts.end ?? source.size);
  const where = label(source);
  const aggs = new Map<string, Agg>();
  const exts = new Map<number, { offset: number; opcode: string; count: number; called?: string }>();
  const computed = new Map<string, { offset: number; opcode: string; count: number }>();
  const summary: PickleScanSummary = { streams: 0, layout: 'pickle', globals: 0, end: reader.pos };
  const results: WalkResult[] = [];

  const absorb = (r: WalkResult, stream: number) => {
    summary.globals += r.globals.length;
    for (const site of r.globals) {
      if (site.shadow) {
        const cls = classifyGlobal(site.module, site.name, extraAllow);
        if (cls.verdict !== 'dangerous') continue;
        const key = `shadow\u0000${site.module}\u0000${site.name}`;
        if (!aggs.has(key)) {
          const reason = `${cls.reason}; it sits in bytes joblib reads as array data, which pickle.load would run as opcodes`;
          aggs.set(key, { cls: { ...cls, reason }, site, count: 0, stream });
        }
        aggs.get(key)!.count++;
        continue;
      }
      const key = `${site.module}\u0000${site.name}\u0000${site.unresolved ?? ''}`;
      let a = aggs.get(key);
      if (!a) {
        const cls: Classification = site.unresolved
          ? {
              verdict: 'dangerous',
              reason: `STACK_GLOBAL operands cannot be resolved statically (${site.unresolved})`,
              category: 'resolver',
            }
          : classifyGlobal(site.module, site.name, extraAllow);
        a = { cls, site, count: 0, stream };
        aggs.set(key, a);
      }
      a.count++;
      if (site.calledBy) a.called ??= site.calledBy;
      if (site.mutatedBy) a.mutated ??= site.mutatedBy;
    }
    for (const e of r.exts) {
      const x = exts.get(e.code) ?? { offset: e.offset, opcode: e.opcode, count: 0 };
      x.count++;
      if (e.calledBy) x.called ??= e.calledBy;
      exts.set(e.code, x);
    }
    for (const c of r.computedCalls) {
      const x = computed.get(c.callee) ?? { offset: c.offset, opcode: c.opcode, count: 0 };
      x.count++;
      computed.set(c.callee, x);
    }
  };

  const walk = async (): Promise<WalkResult> => {
    const r = await walkPickle(reader, limits, joblibAfterBuild);
    results.push(r);
    absorb(r, summary.streams);
    summary.streams++;
    return r;
  };

  let broken: WalkResult | undefined;
  let stopped: string | undefined;
  const first = await walk();
  if (first.error) broken = first;
  else if (!opts.single && first.value?.t === 'int' && first.value.v === TORCH_LEGACY_MAGIC) {
    // Legacy PyTorch: protocol version, sys_info, data, storage keys, then raw storages.
    summary.layout = 'torch-legacy';
    const parts: WalkResult[] = [];
    for (let i = 0; i < 4 && reader.remaining() > 0; i++) {
      const r = await walk();
      parts.push(r);
      if (r.error) {
        broken = r;
        break;
      }
    }
    if (!broken && parts.length === 4) {
      const storagesStart = reader.pos;
      const after = await skipLegacyStorages(reader, parts[3]!.value, storageSizes(parts[2]!.persistent));
      if (after === null) reader.pos = storagesStart;
      else if (reader.remaining() > 0) {
        report(
          finding(TRAILING_DATA, {
            message: `${where}: ${reader.remaining()} bytes after the last PyTorch storage (torch.load never reads them); walked as pickles`,
            offset: reader.pos,
            evidence: { bytes: reader.remaining() },
          }),
        );
      }
    }
  } else if (opts.layout && first.value?.t === 'int' && first.value.v >= 0n && first.value.v <= 10_000_000n) {
    // Legacy tar member: N records, each a pickle followed by raw bytes (storages) or geometry (tensors).
    for (let i = 0n; i < first.value.v && !broken && reader.remaining() > 0; i++) {
      const r = await walk();
      if (r.error) {
        broken = r;
        break;
      }
      const resume = reader.pos;
      let ok = false;
      if (opts.layout === 'torch-tar-storages') {
        const size = recordStorageSize(r.value);
        if (size !== undefined && (await reader.need(8))) {
          const nbytes = reader.take(8).readBigInt64LE(0) * BigInt(size);
          ok = nbytes >= 0n && nbytes <= BigInt(reader.remaining());
          if (ok) reader.skip(Number(nbytes));
        }
      } else if (await reader.need(8)) {
        const ndim = reader.take(8).readInt32LE(0);
        const geometry = BigInt(ndim) * 16n + 8n;
        ok = ndim >= 0 && geometry <= BigInt(reader.remaining());
        if (ok) reader.skip(Number(geometry));
      }
      if (!ok) {
        reader.pos = resume;
        break;
      }
    }
  }
  while (!broken && !opts.single && reader.remaining() > 0) {
    if (summary.streams >= MAX_STREAMS) {
      stopped = `more than ${MAX_STREAMS} pickle streams`;
      break;
    }
    const r = await walk();
    if (r.error) broken = r;
  }
  summary.end = reader.pos;

  for (const a of aggs.values()) {
    const name = `${a.site.module}.${a.site.name}`;
    const evidence: Record<string, unknown> = {
      global: name,
      module: a.site.module,
      name: a.site.name,
      opcode: a.site.opcode,
      occurrences: a.count,
      stream: a.stream,
      ...(a.called ? { calledBy: a.called } : {}),
      ...(a.mutated ? { mutatedBy: a.mutated } : {}),
      ...(a.cls.matched ? { matched: a.cls.matched } : {}),
      ...(a.cls.category ? { category: a.cls.category } : {}),
    };
    const usage = a.called ? `calls ${name} (${a.called})` : `references ${name}`;
    if (a.mutated && a.cls.verdict !== 'dangerous') {
      report(
        finding(DANGEROUS_GLOBAL, {
          message: `${where}: ${a.mutated} writes into the global ${name} itself (module or class state), a way to rewrite what other code uses`,
          offset: a.site.offset,
          evidence: { ...evidence, reason: 'global object mutated' },
        }),
      );
      continue;
    }
    if (a.cls.verdict === 'dangerous') {
      const registry = a.cls.category === 'extension-registry';
      report(
        finding(registry ? EXTENSION_REGISTRY : DANGEROUS_GLOBAL, {
          message: `${where}: pickle ${usage}: ${a.cls.reason}`,
          offset: a.site.offset,
          evidence: { ...evidence, reason: a.cls.reason },
        }),
      );
    } else if (a.cls.verdict === 'unknown') {
      report(
        finding(a.called ? UNKNOWN_GLOBAL_CALLED : UNKNOWN_GLOBAL, {
          message: `${where}: pickle ${usage}, which is not on the allowlist`,
          offset: a.site.offset,
          evidence,
        }),
      );
    }
  }
  for (const [code, x] of exts) {
    report(
      finding(EXTENSION_REGISTRY, {
        message: `${where}: ${x.opcode} fetches global number ${code} from the copyreg extension registry${x.called ? ` and calls it (${x.called})` : ''}`,
        offset: x.offset,
        evidence: {
          code,
          opcode: x.opcode,
          occurrences: x.count,
          ...(x.called ? { calledBy: x.called } : {}),
        },
      }),
    );
  }
  for (const [callee, x] of computed) {
    report(
      finding(COMPUTED_CALL, {
        message: `${where}: ${x.opcode} calls a computed value (${callee})`,
        offset: x.offset,
        evidence: { callee, opcode: x.opcode, occurrences: x.count },
      }),
    );
  }
  if (broken?.error) {
    const e = broken.error;
    summary.error = e.message;
    report(
      finding(MALFORMED, {
        message: `${where}: pickle stream ${summary.streams} at offset ${broken.start} cannot be parsed: ${e.message} (at offset ${e.offset})`,
        offset: e.offset,
        evidence: {
          stream: summary.streams,
          streamStart: broken.start,
          reason: e.message,
          ...(e.limit ? { limit: e.limit } : {}),
        },
      }),
    );
  } else if (stopped) {
    summary.error = stopped;
    report(
      finding(MALFORMED, {
        message: `${where}: ${stopped}; the rest was not scanned`,
        offset: reader.pos,
        evidence: { limit: 'streams' },
      }),
    );
  }
  return summary;
}
