/**
 * Content sniffing: names the kind of a file or member from its bytes.
 *
 * The extension (or member name) is only a hint for formats that have no magic number
 * (protobuf-based ONNX/SavedModel). A pickle called `model.safetensors` is a pickle.
 * Format modules export their own sniffers (a Scanner holds them all, src/scanner.ts); higher
 * priority runs first.
 *
 * A file can be several kinds at once (a polyglot: an HDF5 file whose user block is a pickle, a
 * safetensors header whose length bytes read as a pickle PROTO opcode, a zip appended to anything).
 * The sniffer names the kind whose structure is strongest (magic numbers, then validated structure
 * such as a complete safetensors header, then weaker shapes); the other readings are not lost: the
 * polyglot probes run for every kind (a pickle walked from byte 0 and after the PyTorch legacy
 * magic, a zip found from the end, an HDF5 superblock at its user-block offsets).
 */
import { isUtf8 } from 'node:buffer';
import type { ByteSource } from './source.ts';

/** Bytes read from the start of every source for sniffing. */
export const SNIFF_HEAD = 4096;

/**
 * Known kinds. Format modules may add more; a kind is a plain string so that adding a format does
 * not touch the core. Kinds in ARCHIVE_KINDS hold members; OPAQUE kinds can not be looked into.
 */
export const KINDS = {
  empty: 'empty',
  zip: 'zip',
  tar: 'tar',
  gzip: 'gzip',
  bzip2: 'bzip2',
  xz: 'xz',
  zstd: 'zstd',
  lz4: 'lz4',
  /** A raw zlib stream (joblib `compress=True`, or `ZF` + length + zlib from joblib < 0.9.3). */
  zlib: 'zlib',
  /** An LZMA-alone (`.lzma`) stream (joblib `compress='lzma'`). */
  lzmaAlone: 'lzma-alone',
  sevenZip: '7z',
  rar: 'rar',
  pickle: 'pickle',
  numpy: 'numpy',
  safetensors: 'safetensors',
  gguf: 'gguf',
  hdf5: 'hdf5',
  lfsPointer: 'lfs-pointer',
  json: 'json',
  text: 'text',
  image: 'image',
  executable: 'executable',
  script: 'script',
  unknown: 'unknown',
} as const;
export type Kind = string;

export interface SniffInput {
  /** First SNIFF_HEAD bytes (fewer for a short source). */
  head: Buffer;
  size: number;
  /** Base name of the file or member, lower-cased (a hint only). */
  name: string;
  /** Reads more bytes when a sniffer needs structure beyond the head (e.g. the zip end record). */
  source: ByteSource;
}

export interface Sniffer {
  kind: Kind;
  /** Higher runs first. Magic numbers 100, structural checks 50, text classification 10. */
  priority: number;
  match(input: SniffInput): boolean | Promise<boolean>;
}

/** Highest priority first; equal priorities keep the order given (Array.prototype.sort is stable). */
export function byPriority(sniffers: readonly Sniffer[]): Sniffer[] {
  return [...sniffers].sort((a, b) => b.priority - a.priority);
}

const toBytes = (magic: number[] | string) =>
  typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic);

/** True when `head` holds `magic` at `at`. Magics are encoded once, never per file (every file runs every sniffer). */
const startsWith = (head: Buffer, magic: Buffer, at = 0): boolean => {
  if (head.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[at + i] !== magic[i]) return false;
  return true;
};

const BZIP2_MAGIC = toBytes('BZh');
const BZIP2_BLOCK = toBytes('1AY&SY');
const BZIP2_END = toBytes([0x17, 0x72, 0x45, 0x38, 0x50, 0x90]);
const TAR_MAGIC = toBytes('ustar');
const EOCD_MAGIC = toBytes('PK\x05\x06');
const HDF5_MAGIC = toBytes('\x89HDF\r\n\x1a\n');
/** Where an HDF5 superblock may start within the head (after a user block). */
const HDF5_OFFSETS = [0, 512, 1024, 2048];
const RIFF_MAGIC = toBytes('RIFF');
const WEBP_MAGIC = toBytes('WEBP');
const SHEBANG = toBytes('#!');

// The magic bytes are encoded once: every file runs every magic sniffer.
const magic = (kind: Kind, magicBytes: number[] | string, at = 0): Sniffer => {
  const bytes = toBytes(magicBytes);
  return { kind, priority: 100, match: ({ head }) => startsWith(head, bytes, at) };
};

/** The safetensors reference parser's header size limit (safetensors `MAX_HEADER_SIZE`). */
const SAFETENSORS_MAX_HEADER = 100_000_000;
/** First non-whitespace byte at or after `at` in `buf`, or -1. */
function firstNonSpace(buf: Buffer, at: number): number {
  let i = at;
  while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x0a || buf[i] === 0x0d || buf[i] === 0x09)) i++;
  return i < buf.length ? buf[i]! : -1;
}
/** Padding bytes looked through for the end of a safetensors header (writers pad to 8 bytes). */
const SAFETENSORS_PADDING_SEARCH = 1024 * 1024;

/** The last byte in [start, end) that is not a space (searching at most the padding window), or -1. */
async function lastNonSpace(source: ByteSource, start: number, end: number): Promise<number> {
  for (let to = end; to > start && end - to < SAFETENSORS_PADDING_SEARCH; ) {
    const from = Math.max(start, to - 4096);
    const chunk = await source.read(from, to - from);
    for (let i = chunk.length - 1; i >= 0; i--) if (chunk[i] !== 0x20) return chunk[i]!;
    to = from;
  }
  return -1;
}

/** Header length of a safetensors file when it is plausible for `size`, else -1. */
function safetensorsHeaderLength(head: Buffer, size: number): number {
  if (head.length < 10) return -1;
  const n = head.readBigUInt64LE(0);
  if (n < 2n || n > BigInt(size - 8)) return -1;
  return Number(n);
}

const LFS_VERSIONS = [
  'version https://git-lfs.github.com/spec/v1\n',
  'version https://hawser.github.com/spec/v1\n',
].map((v) => toBytes(v));

/** The sniffers of the core kinds (format modules export the sniffers of theirs). */
export const CORE_SNIFFERS: readonly Sniffer[] = [
  // Archives and compressors.
  magic(KINDS.zip, 'PK\x03\x04'),
  magic(KINDS.zip, 'PK\x05\x06'), // empty zip
  magic(KINDS.zip, 'PK\x07\x08'), // spanned marker
  magic(KINDS.gzip, [0x1f, 0x8b]),
  // bzip2: "BZh", the block size digit, then a block or the end-of-stream magic (what libbz2 accepts).
  {
    kind: KINDS.bzip2,
    priority: 100,
    match: ({ head }) =>
      startsWith(head, BZIP2_MAGIC) &&
      head[3]! >= 0x31 &&
      head[3]! <= 0x39 &&
      (startsWith(head, BZIP2_BLOCK, 4) || startsWith(head, BZIP2_END, 4)),
  },
  magic(KINDS.xz, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]),
  magic(KINDS.zstd, [0x28, 0xb5, 0x2f, 0xfd]),
  magic(KINDS.lz4, [0x04, 0x22, 0x4d, 0x18]),
  magic(KINDS.sevenZip, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]),
  magic(KINDS.rar, 'Rar!\x1a\x07'),
  { kind: KINDS.tar, priority: 100, match: ({ head }) => startsWith(head, TAR_MAGIC, 257) },
  // Zip with a prefix (self-extracting, or a polyglot): the end-of-central-directory record is at the end.
  {
    kind: KINDS.zip,
    priority: 40,
    match: async ({ size, source }) => {
      if (size < 22) return false;
      const tailLen = Math.min(size, 22 + 0xffff);
      const tail = await source.read(size - tailLen, tailLen);
      return tail.lastIndexOf(EOCD_MAGIC) >= 0;
    },
  },

  // Model formats with a magic number.
  magic(KINDS.numpy, '\x93NUMPY'),
  magic(KINDS.gguf, 'GGUF'),
  {
    kind: KINDS.hdf5,
    priority: 100,
    // The HDF5 superblock may sit at 0, 512, 1024, 2048... (user block); the head covers the first ones.
    match: ({ head }) => HDF5_OFFSETS.some((at) => startsWith(head, HDF5_MAGIC, at)),
  },
  {
    kind: KINDS.pickle,
    priority: 90,
    // PROTO opcode with protocol 2..5. Protocol 0/1 pickles have no magic: the pickle module adds a structural sniffer.
    match: ({ head }) => head.length >= 2 && head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5,
  },
  {
    kind: KINDS.safetensors,
    // A complete header (8-byte length, a JSON object that ends where the length says) is structure no
    // pickle has, so it outranks the PROTO sniffer: a header length of 0x280 starts with the bytes
    // 80 02, the pickle magic (the pickle probe still walks the file from byte 0).
    priority: 92,
    match: async ({ head, size, source }) => {
      const n = safetensorsHeaderLength(head, size);
      if (n < 0 || n > SAFETENSORS_MAX_HEADER || head[8] !== 0x7b) return false;
      return (await lastNonSpace(source, 8, 8 + n)) === 0x7d;
    },
  },
  {
    kind: KINDS.safetensors,
    priority: 60,
    // 8-byte little-endian header length, then a JSON object (the analyzer says what is wrong with it).
    match: ({ head, size }) => safetensorsHeaderLength(head, size) >= 0 && firstNonSpace(head, 8) === 0x7b,
  },

  // Executables and images.
  magic(KINDS.executable, '\x7fELF'),
  magic(KINDS.executable, 'MZ'),
  magic(KINDS.executable, [0xcf, 0xfa, 0xed, 0xfe]),
  magic(KINDS.executable, [0xca, 0xfe, 0xba, 0xbe]),
  magic(KINDS.executable, '\x00asm'),
  magic(KINDS.image, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  magic(KINDS.image, [0xff, 0xd8, 0xff]),
  magic(KINDS.image, 'GIF8'),
  {
    kind: KINDS.image,
    priority: 100,
    match: ({ head }) => startsWith(head, RIFF_MAGIC) && startsWith(head, WEBP_MAGIC, 8),
  },

  // Text-like content.
  {
    kind: KINDS.lfsPointer,
    priority: 20,
    // The spec caps pointer files at 1024 bytes in practice; we allow a little slack.
    match: ({ head, size }) => size <= 2048 && LFS_VERSIONS.some((v) => startsWith(head, v)),
  },
  {
    kind: KINDS.script,
    priority: 15,
    match: ({ head }) => startsWith(head, SHEBANG) && isText(head),
  },
  {
    kind: KINDS.json,
    priority: 11,
    match: ({ head }) => {
      // Most files start with their first character: decide from the bytes, decode only the rest.
      const b = head[0];
      if (b === 0x7b || b === 0x5b) return isText(head);
      if (b !== undefined && b < 0x80 && b > 0x20) return false;
      if (!isText(head)) return false;
      const first = head.toString('utf8').trimStart()[0];
      return first === '{' || first === '[';
    },
  },
  { kind: KINDS.text, priority: 10, match: ({ head }) => isText(head) },
];

/**
 * True when the bytes look like UTF-8 text: no NUL, valid UTF-8 (a multibyte sequence cut at the
 * end of the head is tolerated), few control characters.
 */
export function isText(head: Buffer): boolean {
  if (head.length === 0) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (controls > head.length / 100) return false;
  // Trim a trailing partial UTF-8 sequence before validating.
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (back < need) end -= back;
    }
    break;
  }
  return isUtf8(head.subarray(0, end));
}

export interface SniffResult {
  kind: Kind;
  head: Buffer;
}

/**
 * Names the kind of a source with `sniffers` (highest priority first, see byPriority). Never throws
 * for odd content; I/O errors propagate.
 */
export async function sniff(
  source: ByteSource,
  name: string,
  sniffers: readonly Sniffer[],
): Promise<SniffResult> {
  const head = await source.read(0, Math.min(SNIFF_HEAD, source.size));
  if (source.size === 0) return { kind: KINDS.empty, head };
  const input: SniffInput = { head, size: source.size, name: name.toLowerCase(), source };
  for (const s of sniffers) {
    // Most sniffers answer at once: await only those that return a promise (every file runs them all).
    const m = s.match(input);
    if (m === true || (m !== false && (await m))) return { kind: s.kind, head };
  }
  return { kind: KINDS.unknown, head };
}
