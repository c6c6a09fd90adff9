/**
 * Pickle polyglots: `torch.load`, `joblib.load` and `numpy.load` fall back to `pickle.load` from byte 0
 * for anything that is not their own format, so a file that sniffs as something else (a GIF: `G` is
 * BINFLOAT and swallows `IF89a...`, a tar whose first member name is opcodes, an unrecognised blob) can
 * still run a pickle when a loader is pointed at it (`pytorch_model.bin` holding a GIF header).
 *
 * Every source that was not sniffed as a pickle, NumPy file or zip is walked from byte 0 with the pickle
 * walker. Most content fails on its first bytes. When the walk names a global with a Python identifier
 * as module and name and that global is dangerous, or unknown and called, the pickle findings are
 * reported with the sniffed kind in the message; random data essentially never spells an identifier
 * path followed by a call.
 */
import { CODE_BEARING_KINDS, registerFileAnalyzer } from '../../core/analyzer.ts';
import type { ReportedFinding } from '../../core/finding.ts';
import { KINDS } from '../../core/sniff.ts';
import { IDENT } from './findings.ts';
import { classifyGlobal } from './globals.ts';
import { PickleReader } from './reader.ts';
import { COMPUTED_CALL, DANGEROUS_GLOBAL, EXTENSION_REGISTRY, UNKNOWN_GLOBAL_CALLED } from './rules.ts';
import { scanPickle } from './scan.ts';
import { type WalkResult, walkPickle } from './walker.ts';

/** Bytes of a non-pickle source walked as a pickle. */
const PROBE_WINDOW = 1024 * 1024;
const FORWARD = new Set([
  DANGEROUS_GLOBAL.id,
  EXTENSION_REGISTRY.id,
  UNKNOWN_GLOBAL_CALLED.id,
  COMPUTED_CALL.id,
]);

/**
 * Kinds a loader's pickle fallback may be pointed at: everything but pickle, NumPy, zip and empty.
 * Code-bearing kinds other than tar are left out: registering for a kind nobody else analyzes would
 * silence its fail-closed `scan/unsupported-format` finding.
 */
const PROBED = Object.values(KINDS).filter(
  (k) =>
    k !== KINDS.pickle &&
    k !== KINDS.numpy &&
    k !== KINDS.zip &&
    k !== KINDS.empty &&
    (k === KINDS.tar || !CODE_BEARING_KINDS.has(k)),
);

registerFileAnalyzer({
  id: 'pickle-polyglot',
  kinds: PROBED,
  async analyze(ctx) {
    const window = Math.min(ctx.source.size, PROBE_WINDOW);
    const probe = await walkPickle(new PickleReader(ctx.source, 0, window), PROBE_LIMITS);
    // Stopped by the probe's own window or limits, not by bytes no unpickler accepts: maybe a pickle
    // that goes on (a long first operand), so it is scanned whole.
    const cutShort = probe.error !== undefined && probe.error.code !== 'content' && probe.opcodes > 0;
    if (!cutShort && !live(probe, new Set(ctx.options.pickleAllow ?? []))) return;
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
      { options: ctx.options, single: true, nested: ctx },
    );
  },
});

const PROBE_LIMITS = {
  maxOpcodes: 200_000,
  maxStack: 100_000,
  maxMemo: 100_000,
  maxRetained: 10_000,
  maxString: 4096,
};

/** A probe that names a Python global that is dangerous, or unknown and called. */
function live(probe: WalkResult, extraAllow: ReadonlySet<string>): boolean {
  return probe.globals.some((g) => {
    if (g.unresolved || !IDENT.test(g.module) || !IDENT.test(g.name)) return false;
    const v = classifyGlobal(g.module, g.name, extraAllow, { protocol: g.protocol }).verdict;
    return v === 'dangerous' || (v === 'unknown' && g.calledBy !== undefined);
  });
}
