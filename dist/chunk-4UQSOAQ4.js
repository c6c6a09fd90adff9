
// src/formats/pickle/first-bytes.ts
var PICKLE_OPCODE_BYTES = new Set(
  [..."().012BCFGIJKLMNPQRSTUVX]abcdeghijlopqrstu}"].map((c) => c.charCodeAt(0)).concat([128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142]).concat([143, 144, 145, 146, 147, 148, 149, 150, 151, 152])
);
var FIRST_OPCODES = new Set(
  [..."(NIJKLFGSTUVXBC]})ciP"].map((c) => c.charCodeAt(0)).concat([128, 130, 131, 132, 136, 137, 138, 139, 140, 141, 142, 143, 149, 150, 151])
);
function mayStartPickle(head) {
  const first = head[0];
  if (first === void 0 || !FIRST_OPCODES.has(first)) return false;
  return !(first === 128 && (head[1] ?? 9) > 5);
}

export {
  PICKLE_OPCODE_BYTES,
  mayStartPickle
};
