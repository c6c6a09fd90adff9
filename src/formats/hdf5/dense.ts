/**
 * Dense attribute storage (HDF5 ≥ 1.8 object headers with an Attribute Info message): the
 * attribute messages live in a fractal heap, indexed by name in a version-2 B-tree. This reads them
 * the way the library looks an attribute up: every record of the name index gives a heap ID, and
 * the heap ID gives the bytes (a managed object inside a direct block, or a "huge" object stored
 * on its own). Only the layouts h5py/libhdf5 write for attribute heaps are followed: a root direct
 * block or a root indirect block of direct blocks, unfiltered heaps.
 * Anything else is thrown as Hdf5Unsupported so the caller fails closed.
 */

import { BaseError } from '../../core/errors.ts';

/** Read access the dense reader needs from the attribute reader. */
export interface DenseCtx {
  so: number;
  sl: number;
  read(addr: number, len: number, what: string): Promise<Buffer>;
  uint(b: Buffer, at: number, n: number): number;
  undefinedAddr(b: Buffer, at: number): boolean;
}

/** A dense-storage structure we do not read (the caller fails closed). */
export class Hdf5Unsupported extends BaseError<'HDF5_UNSUPPORTED'> {
  constructor(message: string) {
    super('HDF5_UNSUPPORTED', message);
    this.name = 'Hdf5Unsupported';
  }
}

const MAX_RECORDS = 100_000;

/** Bytes needed to encode `n` (libhdf5's H5VM_limit_enc_size). */
const encSize = (n: number) => Math.floor(Math.log2(Math.max(1, n)) / 8) + 1;

interface Heap {
  idLen: number;
  flags: number;
  filtersLen: number;
  hugeBtree: number | undefined;
  width: number;
  startBlock: number;
  maxDirect: number;
  offsetSize: number;
  lengthSize: number;
  rootAddr: number | undefined;
  rootRows: number;
}

async function readHeap(c: DenseCtx, addr: number): Promise<Heap> {
  const { so, sl } = c;
  const size = 4 + 1 + 2 + 2 + 1 + 4 + sl + so + sl + so + 8 * sl + 2 + sl + sl + 2 + 2 + so + 2;
  const b = await c.read(addr, size, 'fractal heap header');
  if (b.subarray(0, 4).toString('latin1') !== 'FRHP')
    throw new Hdf5Unsupported('fractal heap without FRHP signature');
  let at = 5;
  const idLen = c.uint(b, at, 2);
  const filtersLen = c.uint(b, at + 2, 2);
  const flags = b[at + 4]!;
  const maxManaged = c.uint(b, at + 5, 4);
  at += 9 + sl; // next huge ID
  const hugeBtree = c.undefinedAddr(b, at) ? undefined : c.uint(b, at, so);
  at += so + sl + so + 8 * sl;
  const width = c.uint(b, at, 2);
  const startBlock = c.uint(b, at + 2, sl);
  const maxDirect = c.uint(b, at + 2 + sl, sl);
  const maxHeapBits = c.uint(b, at + 2 + 2 * sl, 2);
  at += 2 + 2 * sl + 2 + 2; // ... starting rows
  const rootAddr = c.undefinedAddr(b, at) ? undefined : c.uint(b, at, so);
  const rootRows = c.uint(b, at + so, 2);
  if (width < 1 || width > 1024 || startBlock < 16 || maxDirect < startBlock || maxDirect > 2 ** 31) {
    throw new Hdf5Unsupported('fractal heap with an implausible doubling table');
  }
  const offsetSize = Math.ceil(maxHeapBits / 8);
  const lengthSize = Math.min(Math.ceil(Math.log2(maxDirect) / 8), encSize(maxManaged));
  return {
    idLen,
    flags,
    filtersLen,
    hugeBtree,
    width,
    startBlock,
    maxDirect,
    offsetSize,
    lengthSize,
    rootAddr,
    rootRows,
  };
}

/** Direct blocks of the heap: [heap offset, address, size]. */
async function directBlocks(c: DenseCtx, h: Heap): Promise<[number, number, number][]> {
  if (h.rootAddr === undefined) return [];
  if (h.rootRows === 0) return [[0, h.rootAddr, h.startBlock]];
  const maxDirectRows = Math.log2(h.maxDirect) - Math.log2(h.startBlock) + 2;
  if (h.rootRows > maxDirectRows) throw new Hdf5Unsupported('fractal heap with nested indirect blocks');
  const entries = h.rootRows * h.width;
  const head = 4 + 1 + c.so + h.offsetSize;
  const b = await c.read(h.rootAddr, head + entries * c.so, 'fractal heap indirect block');
  if (b.subarray(0, 4).toString('latin1') !== 'FHIB')
    throw new Hdf5Unsupported('indirect block without FHIB');
  const out: [number, number, number][] = [];
  let offset = 0;
  for (let r = 0; r < h.rootRows; r++) {
    const size = r === 0 ? h.startBlock : h.startBlock * 2 ** (r - 1);
    for (let col = 0; col < h.width; col++) {
      const at = head + (r * h.width + col) * c.so;
      if (!c.undefinedAddr(b, at)) out.push([offset, c.uint(b, at, c.so), size]);
      offset += size;
    }
  }
  return out;
}

/** Every record of a v2 B-tree of the expected type (records in tree order). */
async function btreeRecords(c: DenseCtx, addr: number, type: number): Promise<Buffer[]> {
  const { so, sl } = c;
  const h = await c.read(addr, 4 + 1 + 1 + 4 + 2 + 2 + 1 + 1 + so + 2 + sl, 'v2 B-tree header');
  if (h.subarray(0, 4).toString('latin1') !== 'BTHD' || h[5] !== type) {
    throw new Hdf5Unsupported(`v2 B-tree of type ${h[5]} where type ${type} was expected`);
  }
  const nodeSize = c.uint(h, 6, 4);
  const recordSize = c.uint(h, 10, 2);
  const depth = c.uint(h, 12, 2);
  const root = c.uint(h, 16, so);
  const rootRecords = c.uint(h, 16 + so, 2);
  if (recordSize < 1 || nodeSize < 16 || nodeSize > 1 << 20)
    throw new Hdf5Unsupported('implausible v2 B-tree');
  if (depth > 8) throw new Hdf5Unsupported(`v2 B-tree of depth ${depth}`);
  if (c.undefinedAddr(h, 16) || rootRecords === 0) return [];
  // Node geometry as libhdf5 derives it from the node and record sizes (H5B2__hdr_init).
  const PREFIX = 10; // signature, version, type, checksum
  const maxRecs: number[] = [Math.floor((nodeSize - PREFIX) / recordSize)];
  const cumMax: number[] = [maxRecs[0]!];
  const countSize = encSize(maxRecs[0]!);
  const pointerSize = (d: number) => so + countSize + (d > 1 ? encSize(cumMax[d - 1]!) : 0);
  for (let d = 1; d <= depth; d++) {
    const p = pointerSize(d);
    maxRecs.push(Math.floor((nodeSize - PREFIX - p) / (recordSize + p)));
    cumMax.push((maxRecs[d]! + 1) * cumMax[d - 1]! + maxRecs[d]!);
  }
  const records: Buffer[] = [];
  let nodes = 0;
  const visit = async (at: number, n: number, d: number): Promise<void> => {
    if (++nodes > MAX_RECORDS || n > maxRecs[d]!)
      throw new Hdf5Unsupported('v2 B-tree node with too many records');
    const b = await c.read(at, nodeSize, 'v2 B-tree node');
    const sig = b.subarray(0, 4).toString('latin1');
    if (sig !== (d === 0 ? 'BTLF' : 'BTIN'))
      throw new Hdf5Unsupported(`v2 B-tree node with signature ${sig}`);
    const rec = (i: number) => b.subarray(6 + i * recordSize, 6 + (i + 1) * recordSize);
    if (d === 0) {
      for (let i = 0; i < n; i++) records.push(rec(i));
      return;
    }
    let p = 6 + n * recordSize;
    const totalSize = d > 1 ? encSize(cumMax[d - 1]!) : 0;
    for (let i = 0; i <= n; i++) {
      if (p + pointerSize(d) > b.length) throw new Hdf5Unsupported('v2 B-tree child pointers overflow');
      const child = c.uint(b, p, so);
      const childRecords = c.uint(b, p + so, countSize);
      p += so + countSize + totalSize;
      await visit(child, childRecords, d - 1);
      if (i < n) records.push(rec(i));
      if (records.length > MAX_RECORDS) throw new Hdf5Unsupported('v2 B-tree with too many records');
    }
  };
  await visit(root, rootRecords, depth);
  return records;
}

/** The attribute messages of a dense-storage object header, in name-index order. */
export async function denseAttributeMessages(
  c: DenseCtx,
  heapAddr: number,
  nameIndexAddr: number,
): Promise<{ data: Buffer; at: number }[]> {
  const heap = await readHeap(c, heapAddr);
  if (heap.filtersLen > 0) throw new Hdf5Unsupported('filtered (compressed) fractal heap');
  const records = await btreeRecords(c, nameIndexAddr, 8);
  const blocks = await directBlocks(c, heap);
  const blockData = new Map<number, Buffer>();
  let huge: Map<number, [number, number]> | undefined;
  const out: { data: Buffer; at: number }[] = [];
  for (const rec of records) {
    const id = rec.subarray(0, Math.min(heap.idLen, rec.length - 9));
    const kind = (id[0]! >> 4) & 3;
    if (kind === 0) {
      const offset = c.uint(id, 1, heap.offsetSize);
      const length = c.uint(id, 1 + heap.offsetSize, heap.lengthSize);
      const blk = blocks.find(([o, , size]) => offset >= o && offset < o + size);
      if (!blk) throw new Hdf5Unsupported(`heap object at offset ${offset} is in no direct block`);
      const [o, addr, size] = blk;
      let data = blockData.get(addr);
      if (!data) {
        data = await c.read(addr, size, 'fractal heap direct block');
        if (data.subarray(0, 4).toString('latin1') !== 'FHDB')
          throw new Hdf5Unsupported('direct block without FHDB');
        blockData.set(addr, data);
      }
      const start = offset - o;
      if (start + length > data.length) throw new Hdf5Unsupported('heap object runs past its direct block');
      out.push({ data: data.subarray(start, start + length), at: addr + start });
    } else if (kind === 1) {
      let addr: number;
      let len: number;
      if (heap.idLen >= 1 + c.so + c.sl) {
        addr = c.uint(id, 1, c.so);
        len = c.uint(id, 1 + c.so, c.sl);
      } else {
        if (heap.hugeBtree === undefined) throw new Hdf5Unsupported('huge heap object without its B-tree');
        if (!huge) {
          huge = new Map();
          for (const r of await btreeRecords(c, heap.hugeBtree, 1)) {
            const idSize = Math.min(8, r.length - c.so - c.sl);
            huge.set(c.uint(r, c.so + c.sl, idSize), [c.uint(r, 0, c.so), c.uint(r, c.so, c.sl)]);
          }
        }
        const key = c.uint(id, 1, Math.min(8, id.length - 1));
        const found = huge.get(key);
        if (!found) throw new Hdf5Unsupported(`huge heap object ${key} not in its B-tree`);
        [addr, len] = found;
      }
      out.push({ data: await c.read(addr, len, 'huge heap object'), at: addr });
    } else {
      throw new Hdf5Unsupported(`heap ID of type ${kind}`);
    }
  }
  return out;
}
