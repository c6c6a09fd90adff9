
// src/formats/py-int.ts
var WHITESPACE = "[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f ]*";
var DIGITS = { 2: "[01]", 8: "[0-7]", 10: "[0-9]", 16: "[0-9a-fA-F]" };
var PREFIX = { 2: "0[bB]", 8: "0[oO]", 16: "0[xX]" };
function build(base) {
  const d = DIGITS[base];
  const prefix = PREFIX[base] ? `(?:${PREFIX[base]}_?)?` : "";
  return new RegExp(`^${WHITESPACE}([+-]?)${prefix}(${d}+(?:_${d}+)*)${WHITESPACE}$`);
}
var PATTERNS = { 2: build(2), 8: build(8), 10: build(10), 16: build(16) };
function pyInt(text, base) {
  const m = PATTERNS[base].exec(text);
  if (!m) return void 0;
  const digits = m[2].replaceAll("_", "");
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "";
  const v = BigInt(`${prefix}${digits}`);
  return m[1] === "-" ? -v : v;
}

export {
  pyInt
};
