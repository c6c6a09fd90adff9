/**
 * Reads the attributes of an HDF5 file's root group, and nothing else.
 *
 * Why our own reader: the npm HDF5 readers either load the whole file into memory (jsfive takes an
 * ArrayBuffer of the file; h5wasm copies it into Emscripten's in-memory FS unless it is a plain
 * file on disk, so an .h5 inside a .keras zip or a tar would be copied whole) or compile the HDF5 C
 * library, whose parser throws, or worse, on the malformed files we must report. Keras keeps what
 * matters (`model_config`, `training_config`, `keras_version`) in root attributes, so the reader
 * follows the superblock to the root object header (v1 or v2, with continuation blocks) and
 * decodes attribute messages: fixed-length strings and variable-length strings from the global
 * heap, and attributes in dense storage (fractal heap + name index, ./dense.ts). Every address
 * and length is checked against the file; everything it cannot follow (shared datatypes, heap
 * layouts h5py does not write) is reported as `unsupported` so the caller fails closed instead of
 * passing the file.
 */
import type { ByteSource } from '../../core/source.ts';
import { type DenseCtx, denseAttributeMessages, Hdf5Unsupported } from './dense.ts';
import { BaseError } from '../../core/errors.ts';

import { HDF5_SIGNATURE } from './signature.ts';

export class Hdf5Error extends BaseError<'HDF5_INVALID'> {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super('HDF5_INVALID', message);
    this.name = 'Hdf5Error';
    this.offset = offset;
  }
}

export interface Hdf5Attribute {
  name: string;
  /** Decoded string value(s) when the attribute holds strings and was asked for. */
  value?: string[];
  /** Datatype class (0 fixed-point, 3 string, 9 variable-length, ...). */
  typeClass: number;
  /** Why the value could not be decoded, when it could not. */
  unsupported?: string;
}

export interface Hdf5Root {
  superblockOffset: number;
  version: number;
  attributes: Hdf5Attribute[];
  /** Structures the reader cannot follow; attributes may hide there. */
  unsupported: string[];
}

const MAX_HEADER_BLOCKS = 1000;
const MAX_HEADER_BYTES = 64 * 1024 * 1024;
const MAX_VALUE_BYTES = 64 * 1024 * 1024;
const MAX_ELEMENTS = 4096;

interface Ctx {
  src: ByteSource;
  base: number;
  so: number; // size of offsets
  sl: number; // size of lengths
  /** Global heap collections read so far, by address. */
  heaps: Map<number, Buffer>;
}

function uint(b: Buffer, at: number, n: number, where: number): number {
  if (at + n > b.length) throw new Hdf5Error('field runs past its structure', where + at);
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + b[at + i]!;
  return v;
}

function isUndefinedAddr(b: Buffer, at: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (b[at + i] !== 0xff) return false;
  return true;
}

async function readAt(c: Ctx, addr: number, len: number, what: string): Promise<Buffer> {
  const abs = c.base + addr;
  if (!Number.isSafeInteger(abs) || abs < 0 || len < 0 || abs + len > c.src.size) {
    throw new Hdf5Error(`${what} at ${abs} (+${len}) lies outside the file`, abs);
  }
  return c.src.read(abs, len);
}

/** Finds the superblock (offset 0, 512, 1024, ... doubling) within the first `limit` bytes. */
async function findSuperblock(src: ByteSource): Promise<number> {
  for (let at = 0; at + 8 <= src.size && at <= 1 << 30; at = at === 0 ? 512 : at * 2) {
    const b = await src.read(at, 8);
    if (b.equals(HDF5_SIGNATURE)) return at;
  }
  throw new Hdf5Error('no HDF5 superblock signature', 0);
}

/**
 * Reads the root group's attributes. String values are decoded for names in `decode` (all when
 * omitted). Throws Hdf5Error for structures that are broken (not merely unsupported).
 */
export async function readRootAttributes(src: ByteSource, decode?: ReadonlySet<string>): Promise<Hdf5Root> {
  const sb = await findSuperblock(src);
  const head = await src.read(sb, Math.min(256, src.size - sb));
  const version = head[8];
  if (version === undefined) throw new Hdf5Error('truncated superblock', sb);
  let so: number;
  let sl: number;
  let rootAddrAt: number;
  let baseAt: number;
  if (version === 0 || version === 1) {
    so = uint(head, 13, 1, sb);
    sl = uint(head, 14, 1, sb);
    const afterK = version === 1 ? 28 : 24;
    baseAt = afterK;
    // base, free-space, end-of-file, driver-info addresses, then the root symbol table entry
    // (link name offset, object header address, ...).
    rootAddrAt = afterK + 4 * so + so;
  } else if (version === 2 || version === 3) {
    so = uint(head, 9, 1, sb);
    sl = uint(head, 10, 1, sb);
    baseAt = 12;
    rootAddrAt = 12 + 3 * so;
  } else {
    throw new Hdf5Error(`unknown superblock version ${version}`, sb + 8);
  }
  if (![2, 4, 8].includes(so) || ![2, 4, 8].includes(sl)) {
    throw new Hdf5Error(`invalid sizes of offsets/lengths (${so}/${sl})`, sb + 13);
  }
  // Addresses are relative to the base address, which libhdf5 takes to be the superblock's position.
  uint(head, baseAt, so, sb);
  const c: Ctx = { src, base: sb, so, sl, heaps: new Map() };
  const rootAddr = uint(head, rootAddrAt, so, sb);
  const root: Hdf5Root = { superblockOffset: sb, version, attributes: [], unsupported: [] };
  await readObjectHeader(c, rootAddr, root, decode);
  return root;
}

interface Message {
  type: number;
  flags: number;
  data: Buffer;
  at: number;
}

async function readObjectHeader(c: Ctx, addr: number, root: Hdf5Root, decode?: ReadonlySet<string>) {
  const messages: Message[] = [];
  const first = await readAt(c, addr, 16, 'root object header');
  const blocks: { addr: number; len: number; v2: boolean; first: boolean }[] = [];
  let total = 0;
  if (first.subarray(0, 4).toString('latin1') === 'OHDR') {
    const flags = first[5]!;
    let at = 6;
    if (flags & 0x20) at += 16;
    if (flags & 0x10) at += 4;
    const sizeBytes = 1 << (flags & 3);
    const pre = await readAt(c, addr, at + sizeBytes, 'root object header');
    const size = uint(pre, at, sizeBytes, c.base + addr);
    blocks.push({ addr: addr + at + sizeBytes, len: size, v2: true, first: true });
    await walkBlocks(c, blocks, messages, flags, (n) => {
      total += n;
      return total <= MAX_HEADER_BYTES;
    });
  } else {
    if (first[0] !== 1) throw new Hdf5Error(`unknown object header version ${first[0]}`, c.base + addr);
    const size = uint(first, 8, 4, c.base + addr);
    blocks.push({ addr: addr + 16, len: size, v2: false, first: true });
    await walkBlocks(c, blocks, messages, 0, (n) => {
      total += n;
      return total <= MAX_HEADER_BYTES;
    });
  }
  for (const m of messages) {
    if (m.type === 0x0c) {
      if (m.flags & 0x02) {
        root.unsupported.push(`shared attribute message at ${m.at}`);
        continue;
      }
      root.attributes.push(await parseAttribute(c, m, decode));
    } else if (m.type === 0x15) {
      // Attribute info: dense storage lives in a fractal heap when its address is defined.
      const v = m.data;
      const flags = v[1] ?? 0;
      const at = 2 + (flags & 1 ? 2 : 0);
      if (at + 2 * c.so > v.length || isUndefinedAddr(v, at, c.so)) continue;
      try {
        const dense = await denseAttributeMessages(
          denseCtx(c),
          uint(v, at, c.so, m.at),
          uint(v, at + c.so, c.so, m.at),
        );
        for (const d of dense) {
          root.attributes.push(
            await parseAttribute(c, { type: 0x0c, flags: 0, data: d.data, at: c.base + d.at }, decode),
          );
        }
      } catch (err) {
        if (!(err instanceof Hdf5Unsupported)) throw err;
        root.unsupported.push(`dense attribute storage: ${err.message}`);
      }
    }
  }
}

async function walkBlocks(
  c: Ctx,
  blocks: { addr: number; len: number; v2: boolean; first: boolean }[],
  out: Message[],
  ohFlags: number,
  budget: (n: number) => boolean,
) {
  const seen = new Set<number>();
  while (blocks.length) {
    const blk = blocks.shift()!;
    if (seen.has(blk.addr)) throw new Hdf5Error('object header continuation loop', c.base + blk.addr);
    seen.add(blk.addr);
    if (seen.size > MAX_HEADER_BLOCKS || !budget(blk.len)) {
      throw new Hdf5Error('object header larger than the limit', c.base + blk.addr);
    }
    let data = await readAt(c, blk.addr, blk.len, 'object header block');
    let at = 0;
    let end = data.length;
    if (blk.v2) {
      if (!blk.first) {
        if (data.subarray(0, 4).toString('latin1') !== 'OCHK') {
          throw new Hdf5Error('continuation block without OCHK signature', c.base + blk.addr);
        }
        at = 4;
        end -= 4; // checksum
      }
    }
    const hdr = blk.v2 ? 4 + (ohFlags & 0x04 ? 2 : 0) : 8;
    while (at + hdr <= end) {
      const type = blk.v2 ? data[at]! : uint(data, at, 2, 0);
      const size = blk.v2 ? uint(data, at + 1, 2, 0) : uint(data, at + 2, 2, 0);
      const flags = blk.v2 ? data[at + 3]! : data[at + 4]!;
      const start = at + hdr;
      if (start + size > end)
        throw new Hdf5Error('header message runs past its block', c.base + blk.addr + at);
      const body = data.subarray(start, start + size);
      if (type === 0x10) {
        const addr = uint(body, 0, c.so, 0);
        const len = uint(body, c.so, c.sl, 0);
        blocks.push({ addr, len, v2: blk.v2, first: false });
      } else if (type !== 0) {
        out.push({ type, flags, data: body, at: c.base + blk.addr + start });
      }
      at = start + size;
    }
    data = Buffer.alloc(0);
  }
}

const pad8 = (n: number) => Math.ceil(n / 8) * 8;

function denseCtx(c: Ctx): DenseCtx {
  return {
    so: c.so,
    sl: c.sl,
    read: (addr, len, what) => {
      if (len > MAX_VALUE_BYTES) throw new Hdf5Error(`${what} larger than the limit`, c.base + addr);
      return readAt(c, addr, len, what);
    },
    uint: (b, at, n) => uint(b, at, n, 0),
    undefinedAddr: (b, at) => isUndefinedAddr(b, at, c.so),
  };
}

async function parseAttribute(c: Ctx, m: Message, decode?: ReadonlySet<string>): Promise<Hdf5Attribute> {
  const d = m.data;
  const version = d[0];
  const nameSize = uint(d, 2, 2, m.at);
  const dtSize = uint(d, 4, 2, m.at);
  const dsSize = uint(d, 6, 2, m.at);
  let at: number;
  let padded: (n: number) => number;
  if (version === 1) {
    at = 8;
    padded = pad8;
  } else if (version === 2 || version === 3) {
    at = version === 3 ? 9 : 8;
    padded = (n) => n;
  } else {
    throw new Hdf5Error(`unknown attribute message version ${version}`, m.at);
  }
  if (at + nameSize > d.length) throw new Hdf5Error('attribute name runs past its message', m.at);
  const name = d
    .subarray(at, at + nameSize)
    .toString('utf8')
    .replace(/\0+$/, '');
  at += padded(nameSize);
  const dt = d.subarray(at, at + dtSize);
  at += padded(dtSize);
  const ds = d.subarray(at, at + dsSize);
  at += padded(dsSize);
  if (at > d.length || dt.length < 8) throw new Hdf5Error(`attribute "${name}" runs past its message`, m.at);
  const typeClass = dt[0]! & 0x0f;
  const attr: Hdf5Attribute = { name, typeClass };
  if (decode && !decode.has(name)) return attr;
  if (version !== 1 && d[1]! & 0x01) {
    attr.unsupported = 'shared datatype';
    return attr;
  }
  const count = dataspaceCount(ds, c, m.at);
  if (count > MAX_ELEMENTS) {
    attr.unsupported = `${count} elements`;
    return attr;
  }
  const elemSize = uint(dt, 4, 4, m.at);
  const data = d.subarray(at);
  if (typeClass === 3) {
    if (elemSize * count > data.length)
      throw new Hdf5Error(`attribute "${name}" data runs past its message`, m.at);
    attr.value = [];
    for (let i = 0; i < count; i++) {
      attr.value.push(
        data
          .subarray(i * elemSize, (i + 1) * elemSize)
          .toString('utf8')
          .replace(/[\0 ]+$/, ''),
      );
    }
  } else if (typeClass === 9 && (dt[1]! & 0x0f) === 1) {
    const step = 4 + c.so + 4;
    if (step * count > data.length)
      throw new Hdf5Error(`attribute "${name}" data runs past its message`, m.at);
    attr.value = [];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const len = uint(data, i * step, 4, m.at);
      const heap = uint(data, i * step + 4, c.so, m.at);
      const index = uint(data, i * step + 4 + c.so, 4, m.at);
      bytes += len;
      if (bytes > MAX_VALUE_BYTES) throw new Hdf5Error(`attribute "${name}" is larger than the limit`, m.at);
      attr.value.push(len === 0 ? '' : (await globalHeapObject(c, heap, index, len)).toString('utf8'));
    }
  } else {
    attr.unsupported = `datatype class ${typeClass}`;
  }
  return attr;
}

function dataspaceCount(ds: Buffer, c: Ctx, where: number): number {
  const version = ds[0];
  const rank = ds[1] ?? 0;
  let at: number;
  if (version === 1) at = 8;
  else if (version === 2) {
    if (ds[3] === 2) return 0; // null dataspace
    at = 4;
  } else throw new Hdf5Error(`unknown dataspace version ${version}`, where);
  let n = 1;
  for (let i = 0; i < rank; i++) {
    n *= uint(ds, at + i * c.sl, c.sl, where);
    if (n > 1e9) return n;
  }
  return n;
}

async function globalHeapObject(c: Ctx, addr: number, index: number, len: number): Promise<Buffer> {
  let col = c.heaps.get(addr);
  if (!col) {
    col = await readCollection(c, addr);
    c.heaps.set(addr, col);
  }
  const objHead = 8 + c.sl;
  let at = 8 + c.sl;
  while (at + objHead <= col.length) {
    const idx = uint(col, at, 2, c.base + addr);
    const size = uint(col, at + 8, c.sl, c.base + addr);
    if (idx === 0) break; // free space
    if (idx === index) {
      if (len > size || at + objHead + len > col.length) {
        throw new Hdf5Error(`global heap object ${index} is shorter than its reference`, c.base + addr + at);
      }
      return col.subarray(at + objHead, at + objHead + len);
    }
    at += objHead + pad8(size);
  }
  throw new Hdf5Error(`global heap object ${index} not found`, c.base + addr);
}

async function readCollection(c: Ctx, addr: number): Promise<Buffer> {
  const head = await readAt(c, addr, 8 + c.sl, 'global heap collection');
  if (head.subarray(0, 4).toString('latin1') !== 'GCOL') {
    throw new Hdf5Error('global heap collection without GCOL signature', c.base + addr);
  }
  const size = uint(head, 8, c.sl, c.base + addr);
  if (size > MAX_VALUE_BYTES + 4096)
    throw new Hdf5Error('global heap collection larger than the limit', c.base + addr);
  return readAt(c, addr, size, 'global heap collection');
}
