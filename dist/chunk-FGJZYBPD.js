import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  BASE_HOOKS,
  IDENT,
  PickleReader,
  TORCH_LEGACY_MAGIC,
  legacyPersistentLoad,
  scanPickle,
  walkPickle
} from "./chunk-HTG7CZDT.js";
import {
  classifyGlobal
} from "./chunk-ZYCQLSM2.js";
import {
  mayStartPickle
} from "./chunk-4UQSOAQ4.js";
import {
  isTorchScriptPickle
} from "./chunk-FSNNSRNN.js";
import {
  COMPUTED_CALL,
  DANGEROUS_GLOBAL,
  EXTENSION_REGISTRY,
  UNKNOWN_GLOBAL_CALLED
} from "./chunk-YQEZEZS2.js";
import "./chunk-F3WAQ6K6.js";
import {
  isText
} from "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";

// src/formats/pickle/polyglot.ts
var PROBE_WINDOW = 1024 * 1024;
var FORWARD = /* @__PURE__ */ new Set([
  DANGEROUS_GLOBAL.id,
  EXTENSION_REGISTRY.id,
  UNKNOWN_GLOBAL_CALLED.id,
  COMPUTED_CALL.id
]);
var NO_PERSISTENT_LOAD = { ...BASE_HOOKS, persistentLoad: "none" };
var LEGACY_DATA = { ...BASE_HOOKS, persistentLoad: legacyPersistentLoad };
var PROBE_LIMITS = {
  maxOpcodes: 2e5,
  maxStack: 1e5,
  maxMemo: 1e5,
  maxRetained: 1e4,
  maxString: 4096
};
async function probeStreams(ctx) {
  const reader = new PickleReader(ctx.source, 0, Math.min(ctx.source.size, PROBE_WINDOW));
  const first = await walkPickle(reader, PROBE_LIMITS, NO_PERSISTENT_LOAD);
  const streams = [first];
  const legacy = !first.error && first.value?.t === "int" && first.value.v === TORCH_LEGACY_MAGIC;
  for (let i = 0; legacy && i < 4 && reader.remaining() > 0; i++) {
    const next = await walkPickle(reader, PROBE_LIMITS, i === 2 ? LEGACY_DATA : NO_PERSISTENT_LOAD);
    streams.push(next);
    if (next.error) break;
  }
  return streams;
}
async function analyzePolyglot(ctx) {
  const streams = await probeStreams(ctx);
  const windowCut = ctx.source.size > PROBE_WINDOW;
  const cutShort = streams.some(
    (p) => p.error !== void 0 && p.opcodes > 0 && (p.error.code === "limit" || p.error.code === "truncated" && windowCut)
  );
  const extraAllow = new Set(ctx.options.pickleAllow ?? []);
  if (!cutShort && !streams.some((p) => live(p, extraAllow))) return;
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

// src/formats/pickle/sniff.ts
import { isUtf8 } from "node:buffer";
var SNIFF_WINDOW = 64 * 1024;
var SNIFF_MIN_OPCODES = 16;
var IDENT2 = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
var SNIFF_LIMITS = {
  maxOpcodes: 1e5,
  maxStack: 1e5,
  maxMemo: 1e5,
  maxRetained: 1e4,
  maxString: SNIFF_WINDOW
};
function numberRunsPastHead(head) {
  const op = head[0];
  if (op !== 73 && op !== 76 && op !== 70) return false;
  return /^[+-]?[0-9a-fA-F_xXoObB.eE]*$/.test(head.subarray(1).toString("latin1"));
}
async function looksLikePickle({ head, size, source }) {
  if (!mayStartPickle(head)) return false;
  const window = Math.min(size, SNIFF_WINDOW);
  const r = await walkPickle(new PickleReader(source, 0, window), SNIFF_LIMITS);
  if (!r.error) return r.opcodes >= 2;
  const clean = r.opcodes - 1;
  if (r.globals.length > 0 && clean >= 4) return true;
  const g = r.globals[0];
  if (g && g.offset === 0 && IDENT2.test(g.module) && IDENT2.test(g.name) && !plainText(head, head.length === size))
    return true;
  const stoppedByUs = r.error.code === "truncated" && window < size || r.error.code === "limit";
  return stoppedByUs && (clean >= SNIFF_MIN_OPCODES || r.opcodes <= 1 && numberRunsPastHead(head));
}
function plainText(head, complete) {
  return isText(head) && (!complete || isUtf8(head));
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
export {
  analyzePickle,
  analyzePolyglot,
  looksLikePickle
};
