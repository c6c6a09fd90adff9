/**
 * Pickle polyglots: `torch.load`, `joblib.load` and `numpy.load` fall back to `pickle.load` from byte 0
 * for anything that is not their own format, so a file that sniffs as something else (a GIF: `G` is
 * BINFLOAT and swallows `IF89a...`, a tar whose first member name is opcodes, an unrecognised blob) can
 * still run a pickle when a loader is pointed at it (`pytorch_model.bin` holding a GIF header).
 *
 * Every source that was not sniffed as a pickle (whatever else it is: HDF5 with a user block, a tar, a
 * zip, a safetensors header whose length reads as PROTO) is walked from byte 0 with the pickle walker,
 * and after PyTorch's legacy magic number the streams torch.load's legacy path reads next. Most content
 * fails on its first bytes. When the walk names a global with a Python identifier
 * as module and name and that global is dangerous, or unknown and called, the pickle findings are
 * reported with the sniffed kind in the message; random data essentially never spells an identifier
 * path followed by a call.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import type { ReportedFinding } from '../../core/finding.ts';
import type { ByteSource } from '../../core/source.ts';
import { IDENT } from './findings.ts';
import { classifyGlobal } from './globals.ts';
import { PickleReader } from './reader.ts';
import { COMPUTED_CALL, DANGEROUS_GLOBAL, EXTENSION_REGISTRY, UNKNOWN_GLOBAL_CALLED } from './rules.ts';
import { scanPickle, TORCH_LEGACY_MAGIC } from './scan.ts';
import { legacyPersistentLoad } from './legacy-torch.ts';
import type { WalkHooks } from './state.ts';
import { BASE_HOOKS, type WalkResult, walkPickle } from './walker.ts';

/** Bytes of a non-pickle source walked as a pickle. */
const PROBE_WINDOW = 1024 * 1024;
const FORWARD = new Set([
  DANGEROUS_GLOBAL.id,
  EXTENSION_REGISTRY.id,
  UNKNOWN_GLOBAL_CALLED.id,
  COMPUTED_CALL.id,
]);

const NO_PERSISTENT_LOAD: WalkHooks = { ...BASE_HOOKS, persistentLoad: 'none' };
const LEGACY_DATA: WalkHooks = { ...BASE_HOOKS, persistentLoad: legacyPersistentLoad };

const PROBE_LIMITS = {
  maxOpcodes: 200_000,
  maxStack: 100_000,
  maxMemo: 100_000,
  maxRetained: 10_000,
  maxString: 4096,
};

/**
 * The streams a loader would run from byte 0: the first, and when it is PyTorch's legacy magic
 * number, the four that torch.load's legacy path unpickles after it (protocol, sys_info, data,
 * storage keys).
 */
async function probeStreams(ctx: { source: ByteSource }): Promise<WalkResult[]> {
  const reader = new PickleReader(ctx.source, 0, Math.min(ctx.source.size, PROBE_WINDOW));
  // None of these loaders defines persistent_load for the stream at byte 0 (torch's legacy path only
  // for its data pickle), so a persistent id there ends the stream: `PK` of a zip is PERSID.
  const first = await walkPickle(reader, PROBE_LIMITS, NO_PERSISTENT_LOAD);
  const streams = [first];
  const legacy = !first.error && first.value?.t === 'int' && first.value.v === TORCH_LEGACY_MAGIC;
  for (let i = 0; legacy && i < 4 && reader.remaining() > 0; i++) {
    const next = await walkPickle(reader, PROBE_LIMITS, i === 2 ? LEGACY_DATA : NO_PERSISTENT_LOAD);
    streams.push(next);
    if (next.error) break;
  }
  return streams;
}

/**
 * The polyglot probe of one source (its descriptor, in index.ts, skips pickles, empty sources and
 * sources whose first byte is no opcode: pickle.load raises there and nothing runs).
 */
export async function analyzePolyglot(ctx: AnalyzerContext): Promise<void> {
  const streams = await probeStreams(ctx);
  // Stopped by the probe's own window or limits, not by bytes no unpickler accepts: maybe a pickle
  // that goes on (a long first operand), so it is scanned whole. A stream that ran into the end of
  // the source itself was seen whole: pickle.load stops there too (EOFError), and what ran before
  // is in the probe's facts.
  const windowCut = ctx.source.size > PROBE_WINDOW;
  const cutShort = streams.some(
    (p) =>
      p.error !== undefined &&
      p.opcodes > 0 &&
      (p.error.code === 'limit' || (p.error.code === 'truncated' && windowCut)),
  );
  const extraAllow = new Set(ctx.options.pickleAllow ?? []);
  if (!cutShort && !streams.some((p) => live(p, extraAllow))) return;
  await scanPickle(
    ctx.source,
    (f: ReportedFinding) => {
      if (!FORWARD.has(f.rule)) return;
      ctx.report({
        ...f,
        message: `${f.message} (the file sniffs as ${ctx.kind}, but torch.load/joblib.load/numpy.load would unpickle it from its first byte)`,
        evidence: { ...f.evidence, polyglot: ctx.kind },
      });
    },
    { options: ctx.options, single: streams.length === 1, nested: ctx },
  );
}

/** A probe that names a Python global that is dangerous, or unknown and called, or calls what no global names. */
function live(probe: WalkResult, extraAllow: ReadonlySet<string>): boolean {
  // A call of a computed callee or of an extension-registry entry needs no named global to run.
  if (probe.computedCalls.length > 0 || probe.exts.length > 0) return true;
  return probe.globals.some((g) => {
    if (g.unresolved || !IDENT.test(g.module) || !IDENT.test(g.name)) return false;
    const v = classifyGlobal(g.module, g.name, extraAllow, { protocol: g.protocol }).verdict;
    return v === 'dangerous' || (v === 'unknown' && g.calledBy !== undefined);
  });
}
