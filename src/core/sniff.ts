/**
 * Content sniffing: names the kind of a file or member from its bytes.
 *
 * The extension (or member name) is only a hint for formats that have no magic number
 * (protobuf-based ONNX/SavedModel). A pickle called `model.safetensors` is a pickle.
 * Format modules add their own sniffers with `registerSniffer`; higher priority runs first.
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

const sniffers: Sniffer[] = [];

export function registerSniffer(sniffer: Sniffer): void {
  sniffers.push(sniffer);
  sniffers.sort((a, b) => b.priority - a.priority);
}

/** Every kind a report can name: the built-in ones and those of registered sniffers (policy files check against it). */
export function knownKinds(): Kind[] {
  return [...new Set<Kind>([...Object.values(KINDS), ...sniffers.map((s) => s.kind)])].sort();
}

const toBytes = (magic: number[] | string) =>
  typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic);

const startsWith = (head: Buffer, magic: number[] | string | Buffer, at = 0): boolean => {
  const bytes = Buffer.isBuffer(magic) ? magic : toBytes(magic);
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false;
  return true;
};

// The magic bytes are encoded once: every file runs every magic sniffer.
const magic = (kind: Kind, magicBytes: number[] | string, at = 0): Sniffer => {
  const bytes = toBytes(magicBytes);
  return { kind, priority: 100, match: ({ head }) => startsWith(head, bytes, at) };
};

// Archives and compressors.
registerSniffer(magic(KINDS.zip, 'PK\x03\x04'));
registerSniffer(magic(KINDS.zip, 'PK\x05\x06')); // empty zip
registerSniffer(magic(KINDS.zip, 'PK\x07\x08')); // spanned marker
registerSniffer(magic(KINDS.gzip, [0x1f, 0x8b]));
registerSniffer(magic(KINDS.bzip2, 'BZh'));
registerSniffer(magic(KINDS.xz, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]));
registerSniffer(magic(KINDS.zstd, [0x28, 0xb5, 0x2f, 0xfd]));
registerSniffer(magic(KINDS.lz4, [0x04, 0x22, 0x4d, 0x18]));
registerSniffer(magic(KINDS.sevenZip, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]));
registerSniffer(magic(KINDS.rar, 'Rar!\x1a\x07'));
registerSniffer({ kind: KINDS.tar, priority: 100, match: ({ head }) => startsWith(head, 'ustar', 257) });
// Zip with a prefix (self-extracting, or a polyglot): the end-of-central-directory record is at the end.
registerSniffer({
  kind: KINDS.zip,
  priority: 40,
  match: async ({ size, source }) => {
    if (size < 22) return false;
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = await source.read(size - tailLen, tailLen);
    return tail.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1')) >= 0;
  },
});

// Model formats with a magic number.
registerSniffer(magic(KINDS.numpy, '\x93NUMPY'));
registerSniffer(magic(KINDS.gguf, 'GGUF'));
registerSniffer({
  kind: KINDS.hdf5,
  priority: 100,
  // The HDF5 superblock may sit at 0, 512, 1024, 2048... (user block); the head covers the first ones.
  match: ({ head }) => [0, 512, 1024, 2048].some((at) => startsWith(head, '\x89HDF\r\n\x1a\n', at)),
});
registerSniffer({
  kind: KINDS.pickle,
  priority: 90,
  // PROTO opcode with protocol 2..5. Protocol 0/1 pickles have no magic: the pickle module adds a structural sniffer.
  match: ({ head }) => head.length >= 2 && head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5,
});
registerSniffer({
  kind: KINDS.safetensors,
  priority: 60,
  // 8-byte little-endian header length, then a JSON object.
  match: ({ head, size }) => {
    if (head.length < 10) return false;
    const n = head.readBigUInt64LE(0);
    if (n < 2n || n > BigInt(size - 8)) return false;
    let i = 8;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
      i++;
    return head[i] === 0x7b;
  },
});

// Executables and images.
registerSniffer(magic(KINDS.executable, '\x7fELF'));
registerSniffer(magic(KINDS.executable, 'MZ'));
registerSniffer(magic(KINDS.executable, [0xcf, 0xfa, 0xed, 0xfe]));
registerSniffer(magic(KINDS.executable, [0xca, 0xfe, 0xba, 0xbe]));
registerSniffer(magic(KINDS.executable, '\x00asm'));
registerSniffer(magic(KINDS.image, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
registerSniffer(magic(KINDS.image, [0xff, 0xd8, 0xff]));
registerSniffer(magic(KINDS.image, 'GIF8'));
registerSniffer({
  kind: KINDS.image,
  priority: 100,
  match: ({ head }) => startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8),
});

// Text-like content.
const LFS_VERSIONS = [
  'version https://git-lfs.github.com/spec/v1',
  'version https://hawser.github.com/spec/v1',
];
registerSniffer({
  kind: KINDS.lfsPointer,
  priority: 20,
  // The spec caps pointer files at 1024 bytes in practice; we allow a little slack.
  match: ({ head, size }) => size <= 2048 && LFS_VERSIONS.some((v) => startsWith(head, `${v}\n`)),
});
registerSniffer({
  kind: KINDS.script,
  priority: 15,
  match: ({ head }) => startsWith(head, '#!') && isText(head),
});
registerSniffer({
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
});
registerSniffer({ kind: KINDS.text, priority: 10, match: ({ head }) => isText(head) });

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

/** Names the kind of a source. Never throws for odd content; I/O errors propagate. */
export async function sniff(source: ByteSource, name: string): Promise<SniffResult> {
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
