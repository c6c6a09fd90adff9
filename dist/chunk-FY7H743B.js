
// src/core/sniff.ts
import { isUtf8 } from "node:buffer";
var SNIFF_HEAD = 4096;
var KINDS = {
  empty: "empty",
  zip: "zip",
  tar: "tar",
  gzip: "gzip",
  bzip2: "bzip2",
  xz: "xz",
  zstd: "zstd",
  lz4: "lz4",
  /** A raw zlib stream (joblib `compress=True`, or `ZF` + length + zlib from joblib < 0.9.3). */
  zlib: "zlib",
  /** An LZMA-alone (`.lzma`) stream (joblib `compress='lzma'`). */
  lzmaAlone: "lzma-alone",
  sevenZip: "7z",
  rar: "rar",
  pickle: "pickle",
  numpy: "numpy",
  safetensors: "safetensors",
  gguf: "gguf",
  hdf5: "hdf5",
  lfsPointer: "lfs-pointer",
  json: "json",
  text: "text",
  image: "image",
  executable: "executable",
  script: "script",
  unknown: "unknown"
};
function byPriority(sniffers) {
  return [...sniffers].sort((a, b) => b.priority - a.priority);
}
var toBytes = (magic2) => typeof magic2 === "string" ? Buffer.from(magic2, "latin1") : Buffer.from(magic2);
var startsWith = (head, magic2, at = 0) => {
  if (head.length < at + magic2.length) return false;
  for (let i = 0; i < magic2.length; i++) if (head[at + i] !== magic2[i]) return false;
  return true;
};
var BZIP2_MAGIC = toBytes("BZh");
var BZIP2_BLOCK = toBytes("1AY&SY");
var BZIP2_END = toBytes([23, 114, 69, 56, 80, 144]);
var TAR_MAGIC = toBytes("ustar");
var EOCD_MAGIC = toBytes("PK");
var HDF5_MAGIC = toBytes("\x89HDF\r\n\n");
var HDF5_OFFSETS = [0, 512, 1024, 2048];
var RIFF_MAGIC = toBytes("RIFF");
var WEBP_MAGIC = toBytes("WEBP");
var SHEBANG = toBytes("#!");
var magic = (kind, magicBytes, at = 0) => {
  const bytes = toBytes(magicBytes);
  return { kind, priority: 100, match: ({ head }) => startsWith(head, bytes, at) };
};
var SAFETENSORS_MAX_HEADER = 1e8;
function firstNonSpace(buf, at) {
  let i = at;
  while (i < buf.length && (buf[i] === 32 || buf[i] === 10 || buf[i] === 13 || buf[i] === 9)) i++;
  return i < buf.length ? buf[i] : -1;
}
var SAFETENSORS_PADDING_SEARCH = 1024 * 1024;
async function lastNonSpace(source, start, end) {
  for (let to = end; to > start && end - to < SAFETENSORS_PADDING_SEARCH; ) {
    const from = Math.max(start, to - 4096);
    const chunk = await source.read(from, to - from);
    for (let i = chunk.length - 1; i >= 0; i--) if (chunk[i] !== 32) return chunk[i];
    to = from;
  }
  return -1;
}
function safetensorsHeaderLength(head, size) {
  if (head.length < 10) return -1;
  const n = head.readBigUInt64LE(0);
  if (n < 2n || n > BigInt(size - 8)) return -1;
  return Number(n);
}
var LFS_VERSIONS = [
  "version https://git-lfs.github.com/spec/v1\n",
  "version https://hawser.github.com/spec/v1\n"
].map((v) => toBytes(v));
var CORE_SNIFFERS = [
  // Archives and compressors.
  magic(KINDS.zip, "PK"),
  magic(KINDS.zip, "PK"),
  // empty zip
  magic(KINDS.zip, "PK\x07\b"),
  // spanned marker
  magic(KINDS.gzip, [31, 139]),
  // bzip2: "BZh", the block size digit, then a block or the end-of-stream magic (what libbz2 accepts).
  {
    kind: KINDS.bzip2,
    priority: 100,
    match: ({ head }) => startsWith(head, BZIP2_MAGIC) && head[3] >= 49 && head[3] <= 57 && (startsWith(head, BZIP2_BLOCK, 4) || startsWith(head, BZIP2_END, 4))
  },
  magic(KINDS.xz, [253, 55, 122, 88, 90, 0]),
  magic(KINDS.zstd, [40, 181, 47, 253]),
  magic(KINDS.lz4, [4, 34, 77, 24]),
  magic(KINDS.sevenZip, [55, 122, 188, 175, 39, 28]),
  magic(KINDS.rar, "Rar!\x07"),
  { kind: KINDS.tar, priority: 100, match: ({ head }) => startsWith(head, TAR_MAGIC, 257) },
  // Zip with a prefix (self-extracting, or a polyglot): the end-of-central-directory record is at the end.
  {
    kind: KINDS.zip,
    priority: 40,
    match: async ({ size, source }) => {
      if (size < 22) return false;
      const tailLen = Math.min(size, 22 + 65535);
      const tail = await source.read(size - tailLen, tailLen);
      return tail.lastIndexOf(EOCD_MAGIC) >= 0;
    }
  },
  // Model formats with a magic number.
  magic(KINDS.numpy, "\x93NUMPY"),
  magic(KINDS.gguf, "GGUF"),
  {
    kind: KINDS.hdf5,
    priority: 100,
    // The HDF5 superblock may sit at 0, 512, 1024, 2048... (user block); the head covers the first ones.
    match: ({ head }) => HDF5_OFFSETS.some((at) => startsWith(head, HDF5_MAGIC, at))
  },
  {
    kind: KINDS.pickle,
    priority: 90,
    // PROTO opcode with protocol 2..5. Protocol 0/1 pickles have no magic: the pickle module adds a structural sniffer.
    match: ({ head }) => head.length >= 2 && head[0] === 128 && head[1] >= 2 && head[1] <= 5
  },
  {
    kind: KINDS.safetensors,
    // A complete header (8-byte length, a JSON object that ends where the length says) is structure no
    // pickle has, so it outranks the PROTO sniffer: a header length of 0x280 starts with the bytes
    // 80 02, the pickle magic (the pickle probe still walks the file from byte 0).
    priority: 92,
    match: async ({ head, size, source }) => {
      const n = safetensorsHeaderLength(head, size);
      if (n < 0 || n > SAFETENSORS_MAX_HEADER || head[8] !== 123) return false;
      return await lastNonSpace(source, 8, 8 + n) === 125;
    }
  },
  {
    kind: KINDS.safetensors,
    priority: 60,
    // 8-byte little-endian header length, then a JSON object (the analyzer says what is wrong with it).
    match: ({ head, size }) => safetensorsHeaderLength(head, size) >= 0 && firstNonSpace(head, 8) === 123
  },
  // Executables and images.
  magic(KINDS.executable, "\x7FELF"),
  magic(KINDS.executable, "MZ"),
  magic(KINDS.executable, [207, 250, 237, 254]),
  magic(KINDS.executable, [202, 254, 186, 190]),
  magic(KINDS.executable, "\0asm"),
  magic(KINDS.image, [137, 80, 78, 71, 13, 10, 26, 10]),
  magic(KINDS.image, [255, 216, 255]),
  magic(KINDS.image, "GIF8"),
  {
    kind: KINDS.image,
    priority: 100,
    match: ({ head }) => startsWith(head, RIFF_MAGIC) && startsWith(head, WEBP_MAGIC, 8)
  },
  // Text-like content.
  {
    kind: KINDS.lfsPointer,
    priority: 20,
    // The spec caps pointer files at 1024 bytes in practice; we allow a little slack.
    match: ({ head, size }) => size <= 2048 && LFS_VERSIONS.some((v) => startsWith(head, v))
  },
  {
    kind: KINDS.script,
    priority: 15,
    match: ({ head }) => startsWith(head, SHEBANG) && isText(head)
  },
  {
    kind: KINDS.json,
    priority: 11,
    match: ({ head }) => {
      const b = head[0];
      if (b === 123 || b === 91) return isText(head);
      if (b !== void 0 && b < 128 && b > 32) return false;
      if (!isText(head)) return false;
      const first = head.toString("utf8").trimStart()[0];
      return first === "{" || first === "[";
    }
  },
  { kind: KINDS.text, priority: 10, match: ({ head }) => isText(head) }
];
function isText(head) {
  if (head.length === 0) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  if (controls > head.length / 100) return false;
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back];
    if ((b & 192) === 128) continue;
    if (b >= 192) {
      const need = b >= 240 ? 4 : b >= 224 ? 3 : 2;
      if (back < need) end -= back;
    }
    break;
  }
  return isUtf8(head.subarray(0, end));
}
async function sniff(source, name, sniffers) {
  const head = await source.read(0, Math.min(SNIFF_HEAD, source.size));
  if (source.size === 0) return { kind: KINDS.empty, head };
  const input = { head, size: source.size, name: name.toLowerCase(), source };
  for (const s of sniffers) {
    const m = s.match(input);
    if (m === true || m !== false && await m) return { kind: s.kind, head };
  }
  return { kind: KINDS.unknown, head };
}

export {
  KINDS,
  byPriority,
  CORE_SNIFFERS,
  isText,
  sniff
};
