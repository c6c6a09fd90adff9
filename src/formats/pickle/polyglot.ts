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
import { scanPickle } from './scan.ts';
import { legacyPersistentLoad } from './legacy-torch.ts';
import type { WalkHooks } from './state.ts';
import { BASE_HOOKS } from './hooks.ts';
import { cutShort, isLegacyMagic, NO_PERSISTENT_LOAD, PROBE_LIMITS, PROBE_WINDOW } from './light-walks.ts';
import { type WalkResult, walkPickle } from './walker.ts';

const FORWARD = new Set([
  DANGEROUS_GLOBAL.id,
  EXTENSION_REGISTRY.id,
  UNKNOWN_GLOBAL_CALLED.id,
  COMPUTED_CALL.id,
]);

const FIRST_STREAM: WalkHooks = { ...BASE_HOOKS, ...NO_PERSISTENT_LOAD };
const LEGACY_DATA: WalkHooks = { ...BASE_HOOKS, persistentLoad: legacyPersistentLoad };

/**
 * The streams a loader would run from byte 0: the first, and when it is PyTorch's legacy magic
 * number, the four that torch.load's legacy path unpickles after it (protocol, sys_info, data,
 * storage keys).
 */
async function probeStreams(ctx: { source: ByteSource }): Promise<WalkResult[]> {
  const reader = new PickleReader(ctx.source, 0, Math.min(ctx.source.size, PROBE_WINDOW));
  // torch's legacy path defines persistent_load only for its data pickle (NO_PERSISTENT_LOAD).
  const first = await walkPickle(reader, PROBE_LIMITS, FIRST_STREAM);
  const streams = [first];
  const legacy = isLegacyMagic(first);
  for (let i = 0; legacy && i < 4 && reader.remaining() > 0; i++) {
    const next = await walkPickle(reader, PROBE_LIMITS, i === 2 ? LEGACY_DATA : FIRST_STREAM);
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
  // A stream cut short by the probe (light-walks.ts) is scanned whole; what ran before the end of a
  // stream that was seen whole is in the probe's facts.
  const extraAllow = new Set(ctx.options.pickleAllow ?? []);
  if (!streams.some((p) => cutShort(p, ctx.source.size)) && !streams.some((p) => live(p, extraAllow))) return;
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
