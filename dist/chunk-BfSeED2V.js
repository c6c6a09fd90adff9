import { T as TORCH_LEGACY_MAGIC, w as walkPickle, P as PickleReader, S as STRUCTURE_ONLY } from './chunk-KlpithSi.js';
import { I as mayStartPickle } from './chunk-B-6LZOx6.js';
import { a9 as isText } from './chunk-CXVaUTXl.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { isUtf8 } = __mvBuiltin("node:buffer");

var SNIFF_WINDOW = 64 * 1024;
var SNIFF_MIN_OPCODES = 16;
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
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
  const r = await walkPickle(new PickleReader(source, 0, window), SNIFF_LIMITS, STRUCTURE_ONLY);
  if (!r.error) return r.opcodes >= 2;
  const clean = r.opcodes - 1;
  if (r.globals.length > 0 && clean >= 4) return true;
  const g = r.globals[0];
  if (g && g.offset === 0 && IDENT.test(g.module) && IDENT.test(g.name) && !plainText(head, head.length === size))
    return true;
  const stoppedByUs = r.error.code === "truncated" && window < size || r.error.code === "limit";
  return stoppedByUs && (clean >= SNIFF_MIN_OPCODES || r.opcodes <= 1 && numberRunsPastHead(head));
}
function plainText(head, complete) {
  return isText(head) && (!complete || isUtf8(head));
}

// src/formats/pickle/light-walks.ts
var PROBE_WINDOW = 1024 * 1024;
var PROBE_LIMITS = {
  maxOpcodes: 2e5,
  maxStack: 1e5,
  maxMemo: 1e5,
  maxRetained: 1e4,
  maxString: 4096
};
var NO_PERSISTENT_LOAD = { persistentLoad: "none" };
function cutShort(stream, sourceSize) {
  return stream.error !== void 0 && stream.opcodes > 0 && (stream.error.code === "limit" || stream.error.code === "truncated" && sourceSize > PROBE_WINDOW);
}
var isLegacyMagic = (first) => !first.error && first.value?.t === "int" && first.value.v === TORCH_LEGACY_MAGIC;
async function mayRunAsPickle(source) {
  const reader = new PickleReader(source, 0, Math.min(source.size, PROBE_WINDOW));
  const first = await walkPickle(reader, PROBE_LIMITS, { ...STRUCTURE_ONLY, ...NO_PERSISTENT_LOAD });
  return first.globals.length > 0 || first.exts.length > 0 || first.computedCalls.length > 0 || isLegacyMagic(first) || cutShort(first, source.size);
}

export { NO_PERSISTENT_LOAD as N, PROBE_LIMITS as P, PROBE_WINDOW as a, cutShort as c, isLegacyMagic as i, looksLikePickle as l, mayRunAsPickle as m };
