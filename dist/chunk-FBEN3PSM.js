
// src/core/hash/sums.ts
var TAG_ALGORITHMS = {
  sha256: "sha256",
  sha512: "sha512",
  sha1: "sha1",
  blake2b: "blake2b512",
  "blake2b-512": "blake2b512",
  blake3: "blake3",
  md5: null
};
function algorithmForTag(tag) {
  return TAG_ALGORITHMS[tag] ?? null;
}
function algorithmForLength(hexLength) {
  return hexLength === 64 ? "sha256" : hexLength === 128 ? "sha512" : hexLength === 40 ? "sha1" : null;
}
function unescapeName(name) {
  return name.replace(/\\(\\|n|r)/g, (_m, c) => c === "n" ? "\n" : c === "r" ? "\r" : "\\");
}
function parseSums(text) {
  const entries = [];
  const malformed = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "" || line.startsWith("#")) return;
    const escaped = line.startsWith("\\");
    if (escaped) line = line.slice(1);
    const bsd = /^([A-Za-z0-9-]+) \((.*)\) = ([0-9a-fA-F]+)$/.exec(line);
    if (bsd) {
      entries.push({
        line: lineNo,
        tag: bsd[1].toLowerCase(),
        name: escaped ? unescapeName(bsd[2]) : bsd[2],
        hex: bsd[3].toLowerCase()
      });
      return;
    }
    const gnu = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line);
    if (gnu && gnu[1].length % 2 === 0 && gnu[1].length >= 32) {
      entries.push({
        line: lineNo,
        hex: gnu[1].toLowerCase(),
        name: escaped ? unescapeName(gnu[2]) : gnu[2]
      });
      return;
    }
    malformed.push(lineNo);
  });
  return { entries, malformed };
}
function formatSumsLine(hex, name) {
  if (/[\\\n\r]/.test(name)) {
    return `\\${hex}  ${name.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}`;
  }
  return `${hex}  ${name}`;
}

export {
  algorithmForTag,
  algorithmForLength,
  parseSums,
  formatSumsLine
};
