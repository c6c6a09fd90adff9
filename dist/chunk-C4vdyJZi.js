import { c as cutShort, a as PROBE_WINDOW, N as NO_PERSISTENT_LOAD, P as PROBE_LIMITS, i as isLegacyMagic } from './chunk-BfSeED2V.js';
import { s as scanPickle, B as BASE_HOOKS, I as IDENT } from './chunk-UNKujAI4.js';
import { P as PickleReader, w as walkPickle, l as legacyPersistentLoad } from './chunk-KlpithSi.js';
import { c as classifyGlobal } from './chunk-B2XdRNm-.js';
import './chunk-BQbnCg6V.js';
import { E as isTorchScriptPickle, F as DANGEROUS_GLOBAL, G as EXTENSION_REGISTRY, U as UNKNOWN_GLOBAL_CALLED, H as COMPUTED_CALL } from './chunk-B-6LZOx6.js';
import './chunk-CXVaUTXl.js';
import './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';

// src/formats/pickle/polyglot.ts
var FORWARD = /* @__PURE__ */ new Set([
  DANGEROUS_GLOBAL.id,
  EXTENSION_REGISTRY.id,
  UNKNOWN_GLOBAL_CALLED.id,
  COMPUTED_CALL.id
]);
var FIRST_STREAM = { ...BASE_HOOKS, ...NO_PERSISTENT_LOAD };
var LEGACY_DATA = { ...BASE_HOOKS, persistentLoad: legacyPersistentLoad };
async function probeStreams(ctx) {
  const reader = new PickleReader(ctx.source, 0, Math.min(ctx.source.size, PROBE_WINDOW));
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
async function analyzePolyglot(ctx) {
  const streams = await probeStreams(ctx);
  const extraAllow = new Set(ctx.options.pickleAllow ?? []);
  if (!streams.some((p) => cutShort(p, ctx.source.size)) && !streams.some((p) => live(p, extraAllow))) return;
  await scanPickle(
    ctx.source,
    (f) => {
      if (!FORWARD.has(f.rule)) return;
      ctx.report({
        ...f,
        message: `${f.message} (the file sniffs as ${ctx.kind}, but torch.load/joblib.load/numpy.load would unpickle it from its first byte)`,
        evidence: { ...f.evidence, polyglot: ctx.kind }
      });
    },
    { options: ctx.options, single: streams.length === 1, nested: ctx }
  );
}
function live(probe, extraAllow) {
  if (probe.computedCalls.length > 0 || probe.exts.length > 0) return true;
  return probe.globals.some((g) => {
    if (g.unresolved || !IDENT.test(g.module) || !IDENT.test(g.name)) return false;
    const v = classifyGlobal(g.module, g.name, extraAllow, { protocol: g.protocol }).verdict;
    return v === "dangerous" || v === "unknown" && g.calledBy !== void 0;
  });
}

// src/formats/pickle/analyze.ts
async function analyzePickle(ctx) {
  const base = ctx.name.split("/").at(-1);
  const layout = ctx.depth > 0 && base === "storages" ? "torch-tar-storages" : ctx.depth > 0 && base === "tensors" ? "torch-tar-tensors" : void 0;
  await scanPickle(ctx.source, ctx.report, {
    options: ctx.options,
    nested: ctx,
    // data.pkl/constants.pkl of a TorchScript archive: read by TorchScript's C++ unpickler.
    loader: isTorchScriptPickle(ctx.source) ? "torchscript" : "python",
    layout
  });
}

export { analyzePickle, analyzePolyglot };
