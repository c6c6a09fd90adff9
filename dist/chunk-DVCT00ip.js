import { r as readKerasJson, a as reportKerasConfig, k as kerasModelShapeProblem, c as checkKerasJsonText } from './chunk-DZNvvAI5.js';
import { o as openZipFor, Z as ZipFormatError } from './chunk-hG3y1Zaj.js';
import './chunk-BdnUzdfK.js';
import { f as finding, l as label, e as readAll, K as KINDS } from './chunk-CXVaUTXl.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';
import { d as decodeJsonBytes } from './chunk-CRj2Be6F.js';
import { aq as HDF5_POLYGLOT, ar as MAX_KERAS_JSON, as as KERAS_ZIP_POLYGLOT, at as HDF5_MALFORMED, au as KERAS_DUPLICATE_CONFIG, av as HDF5_UNSUPPORTED, aw as KERAS_BAD_CONFIG, ax as HDF5_SIGNATURE } from './chunk-B-6LZOx6.js';
import './chunk-BxbbjG6I.js';
import './chunk-mjagBjGy.js';
import './chunk-C9VzFTM1.js';
import './chunk-DoM6UV22.js';

// src/formats/hdf5/dense.ts
var Hdf5Unsupported = class extends BaseError {
  constructor(message) {
    super("HDF5_UNSUPPORTED", message);
    this.name = "Hdf5Unsupported";
  }
};
var MAX_RECORDS = 1e5;
var encSize = (n) => Math.floor(Math.log2(Math.max(1, n)) / 8) + 1;
async function readHeap(c, addr) {
  const { so, sl } = c;
  const size = 4 + 1 + 2 + 2 + 1 + 4 + sl + so + sl + so + 8 * sl + 2 + sl + sl + 2 + 2 + so + 2;
  const b = await c.read(addr, size, "fractal heap header");
  if (b.subarray(0, 4).toString("latin1") !== "FRHP")
    throw new Hdf5Unsupported("fractal heap without FRHP signature");
  let at = 5;
  const idLen = c.uint(b, at, 2);
  const filtersLen = c.uint(b, at + 2, 2);
  const flags = b[at + 4];
  const maxManaged = c.uint(b, at + 5, 4);
  at += 9 + sl;
  const hugeBtree = c.undefinedAddr(b, at) ? void 0 : c.uint(b, at, so);
  at += so + sl + so + 8 * sl;
  const width = c.uint(b, at, 2);
  const startBlock = c.uint(b, at + 2, sl);
  const maxDirect = c.uint(b, at + 2 + sl, sl);
  const maxHeapBits = c.uint(b, at + 2 + 2 * sl, 2);
  at += 2 + 2 * sl + 2 + 2;
  const rootAddr = c.undefinedAddr(b, at) ? void 0 : c.uint(b, at, so);
  const rootRows = c.uint(b, at + so, 2);
  if (width < 1 || width > 1024 || startBlock < 16 || maxDirect < startBlock || maxDirect > 2 ** 31) {
    throw new Hdf5Unsupported("fractal heap with an implausible doubling table");
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
    rootRows
  };
}
async function directBlocks(c, h) {
  if (h.rootAddr === void 0) return [];
  if (h.rootRows === 0) return [[0, h.rootAddr, h.startBlock]];
  const maxDirectRows = Math.log2(h.maxDirect) - Math.log2(h.startBlock) + 2;
  if (h.rootRows > maxDirectRows) throw new Hdf5Unsupported("fractal heap with nested indirect blocks");
  const entries = h.rootRows * h.width;
  const head = 4 + 1 + c.so + h.offsetSize;
  const b = await c.read(h.rootAddr, head + entries * c.so, "fractal heap indirect block");
  if (b.subarray(0, 4).toString("latin1") !== "FHIB")
    throw new Hdf5Unsupported("indirect block without FHIB");
  const out = [];
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
async function btreeRecords(c, addr, type) {
  const { so, sl } = c;
  const h = await c.read(addr, 4 + 1 + 1 + 4 + 2 + 2 + 1 + 1 + so + 2 + sl, "v2 B-tree header");
  if (h.subarray(0, 4).toString("latin1") !== "BTHD" || h[5] !== type) {
    throw new Hdf5Unsupported(`v2 B-tree of type ${h[5]} where type ${type} was expected`);
  }
  const nodeSize = c.uint(h, 6, 4);
  const recordSize = c.uint(h, 10, 2);
  const depth = c.uint(h, 12, 2);
  const root = c.uint(h, 16, so);
  const rootRecords = c.uint(h, 16 + so, 2);
  if (recordSize < 1 || nodeSize < 16 || nodeSize > 1 << 20)
    throw new Hdf5Unsupported("implausible v2 B-tree");
  if (depth > 8) throw new Hdf5Unsupported(`v2 B-tree of depth ${depth}`);
  if (c.undefinedAddr(h, 16) || rootRecords === 0) return [];
  const PREFIX = 10;
  const maxRecs = [Math.floor((nodeSize - PREFIX) / recordSize)];
  const cumMax = [maxRecs[0]];
  const countSize = encSize(maxRecs[0]);
  const pointerSize = (d) => so + countSize + (d > 1 ? encSize(cumMax[d - 1]) : 0);
  for (let d = 1; d <= depth; d++) {
    const p = pointerSize(d);
    maxRecs.push(Math.floor((nodeSize - PREFIX - p) / (recordSize + p)));
    cumMax.push((maxRecs[d] + 1) * cumMax[d - 1] + maxRecs[d]);
  }
  const records = [];
  let nodes = 0;
  const visit = async (at, n, d) => {
    if (++nodes > MAX_RECORDS || n > maxRecs[d])
      throw new Hdf5Unsupported("v2 B-tree node with too many records");
    const b = await c.read(at, nodeSize, "v2 B-tree node");
    const sig = b.subarray(0, 4).toString("latin1");
    if (sig !== (d === 0 ? "BTLF" : "BTIN"))
      throw new Hdf5Unsupported(`v2 B-tree node with signature ${sig}`);
    const rec = (i) => b.subarray(6 + i * recordSize, 6 + (i + 1) * recordSize);
    if (d === 0) {
      for (let i = 0; i < n; i++) records.push(rec(i));
      return;
    }
    let p = 6 + n * recordSize;
    const totalSize = d > 1 ? encSize(cumMax[d - 1]) : 0;
    for (let i = 0; i <= n; i++) {
      if (p + pointerSize(d) > b.length) throw new Hdf5Unsupported("v2 B-tree child pointers overflow");
      const child = c.uint(b, p, so);
      const childRecords = c.uint(b, p + so, countSize);
      p += so + countSize + totalSize;
      await visit(child, childRecords, d - 1);
      if (i < n) records.push(rec(i));
      if (records.length > MAX_RECORDS) throw new Hdf5Unsupported("v2 B-tree with too many records");
    }
  };
  await visit(root, rootRecords, depth);
  return records;
}
async function denseAttributeMessages(c, heapAddr, nameIndexAddr) {
  const heap = await readHeap(c, heapAddr);
  if (heap.filtersLen > 0) throw new Hdf5Unsupported("filtered (compressed) fractal heap");
  const records = await btreeRecords(c, nameIndexAddr, 8);
  const blocks = await directBlocks(c, heap);
  const blockData = /* @__PURE__ */ new Map();
  let huge;
  const out = [];
  for (const rec of records) {
    const id = rec.subarray(0, Math.min(heap.idLen, rec.length - 9));
    const kind = id[0] >> 4 & 3;
    if (kind === 0) {
      const offset = c.uint(id, 1, heap.offsetSize);
      const length = c.uint(id, 1 + heap.offsetSize, heap.lengthSize);
      const blk = blocks.find(([o2, , size2]) => offset >= o2 && offset < o2 + size2);
      if (!blk) throw new Hdf5Unsupported(`heap object at offset ${offset} is in no direct block`);
      const [o, addr, size] = blk;
      let data = blockData.get(addr);
      if (!data) {
        data = await c.read(addr, size, "fractal heap direct block");
        if (data.subarray(0, 4).toString("latin1") !== "FHDB")
          throw new Hdf5Unsupported("direct block without FHDB");
        blockData.set(addr, data);
      }
      const start = offset - o;
      if (start + length > data.length) throw new Hdf5Unsupported("heap object runs past its direct block");
      out.push({ data: data.subarray(start, start + length), at: addr + start });
    } else if (kind === 1) {
      let addr;
      let len;
      if (heap.idLen >= 1 + c.so + c.sl) {
        addr = c.uint(id, 1, c.so);
        len = c.uint(id, 1 + c.so, c.sl);
      } else {
        if (heap.hugeBtree === void 0) throw new Hdf5Unsupported("huge heap object without its B-tree");
        if (!huge) {
          huge = /* @__PURE__ */ new Map();
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
      out.push({ data: await c.read(addr, len, "huge heap object"), at: addr });
    } else {
      throw new Hdf5Unsupported(`heap ID of type ${kind}`);
    }
  }
  return out;
}

// src/formats/hdf5/read.ts
var Hdf5Error = class extends BaseError {
  offset;
  constructor(message, offset) {
    super("HDF5_INVALID", message);
    this.name = "Hdf5Error";
    this.offset = offset;
  }
};
var MAX_HEADER_BLOCKS = 1e3;
var MAX_HEADER_BYTES = 64 * 1024 * 1024;
var MAX_VALUE_BYTES = 64 * 1024 * 1024;
var MAX_ELEMENTS = 4096;
function uint(b, at, n, where) {
  if (at + n > b.length) throw new Hdf5Error("field runs past its structure", where + at);
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + b[at + i];
  return v;
}
function isUndefinedAddr(b, at, n) {
  for (let i = 0; i < n; i++) if (b[at + i] !== 255) return false;
  return true;
}
async function readAt(c, addr, len, what) {
  const abs = c.base + addr;
  if (!Number.isSafeInteger(abs) || abs < 0 || len < 0 || abs + len > c.src.size) {
    throw new Hdf5Error(`${what} at ${abs} (+${len}) lies outside the file`, abs);
  }
  return c.src.read(abs, len);
}
async function findSuperblock(src) {
  for (let at = 0; at + 8 <= src.size && at <= 1 << 30; at = at === 0 ? 512 : at * 2) {
    const b = await src.read(at, 8);
    if (b.equals(HDF5_SIGNATURE)) return at;
  }
  throw new Hdf5Error("no HDF5 superblock signature", 0);
}
async function readRootAttributes(src, decode) {
  const sb = await findSuperblock(src);
  const head = await src.read(sb, Math.min(256, src.size - sb));
  const version = head[8];
  if (version === void 0) throw new Hdf5Error("truncated superblock", sb);
  let so;
  let sl;
  let rootAddrAt;
  let baseAt;
  if (version === 0 || version === 1) {
    so = uint(head, 13, 1, sb);
    sl = uint(head, 14, 1, sb);
    const afterK = version === 1 ? 28 : 24;
    baseAt = afterK;
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
  uint(head, baseAt, so, sb);
  const c = { src, base: sb, so, sl, heaps: /* @__PURE__ */ new Map() };
  const rootAddr = uint(head, rootAddrAt, so, sb);
  const root = { superblockOffset: sb, version, attributes: [], unsupported: [] };
  await readObjectHeader(c, rootAddr, root, decode);
  return root;
}
async function readObjectHeader(c, addr, root, decode) {
  const messages = [];
  const first = await readAt(c, addr, 16, "root object header");
  const blocks = [];
  let total = 0;
  if (first.subarray(0, 4).toString("latin1") === "OHDR") {
    const flags = first[5];
    let at = 6;
    if (flags & 32) at += 16;
    if (flags & 16) at += 4;
    const sizeBytes = 1 << (flags & 3);
    const pre = await readAt(c, addr, at + sizeBytes, "root object header");
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
    if (m.type === 12) {
      if (m.flags & 2) {
        root.unsupported.push(`shared attribute message at ${m.at}`);
        continue;
      }
      root.attributes.push(await parseAttribute(c, m, decode));
    } else if (m.type === 21) {
      const v = m.data;
      const flags = v[1] ?? 0;
      const at = 2 + (flags & 1 ? 2 : 0);
      if (at + 2 * c.so > v.length || isUndefinedAddr(v, at, c.so)) continue;
      try {
        const dense = await denseAttributeMessages(
          denseCtx(c),
          uint(v, at, c.so, m.at),
          uint(v, at + c.so, c.so, m.at)
        );
        for (const d of dense) {
          root.attributes.push(
            await parseAttribute(c, { type: 12, flags: 0, data: d.data, at: c.base + d.at }, decode)
          );
        }
      } catch (err) {
        if (!(err instanceof Hdf5Unsupported)) throw err;
        root.unsupported.push(`dense attribute storage: ${err.message}`);
      }
    }
  }
}
async function walkBlocks(c, blocks, out, ohFlags, budget) {
  const seen = /* @__PURE__ */ new Set();
  while (blocks.length) {
    const blk = blocks.shift();
    if (seen.has(blk.addr)) throw new Hdf5Error("object header continuation loop", c.base + blk.addr);
    seen.add(blk.addr);
    if (seen.size > MAX_HEADER_BLOCKS || !budget(blk.len)) {
      throw new Hdf5Error("object header larger than the limit", c.base + blk.addr);
    }
    let data = await readAt(c, blk.addr, blk.len, "object header block");
    let at = 0;
    let end = data.length;
    if (blk.v2) {
      if (!blk.first) {
        if (data.subarray(0, 4).toString("latin1") !== "OCHK") {
          throw new Hdf5Error("continuation block without OCHK signature", c.base + blk.addr);
        }
        at = 4;
        end -= 4;
      }
    }
    const hdr = blk.v2 ? 4 + (ohFlags & 4 ? 2 : 0) : 8;
    while (at + hdr <= end) {
      const type = blk.v2 ? data[at] : uint(data, at, 2, 0);
      const size = blk.v2 ? uint(data, at + 1, 2, 0) : uint(data, at + 2, 2, 0);
      const flags = blk.v2 ? data[at + 3] : data[at + 4];
      const start = at + hdr;
      if (start + size > end)
        throw new Hdf5Error("header message runs past its block", c.base + blk.addr + at);
      const body = data.subarray(start, start + size);
      if (type === 16) {
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
var pad8 = (n) => Math.ceil(n / 8) * 8;
function denseCtx(c) {
  return {
    so: c.so,
    sl: c.sl,
    read: (addr, len, what) => {
      if (len > MAX_VALUE_BYTES) throw new Hdf5Error(`${what} larger than the limit`, c.base + addr);
      return readAt(c, addr, len, what);
    },
    uint: (b, at, n) => uint(b, at, n, 0),
    undefinedAddr: (b, at) => isUndefinedAddr(b, at, c.so)
  };
}
async function parseAttribute(c, m, decode) {
  const d = m.data;
  const version = d[0];
  const nameSize = uint(d, 2, 2, m.at);
  const dtSize = uint(d, 4, 2, m.at);
  const dsSize = uint(d, 6, 2, m.at);
  let at;
  let padded;
  if (version === 1) {
    at = 8;
    padded = pad8;
  } else if (version === 2 || version === 3) {
    at = version === 3 ? 9 : 8;
    padded = (n) => n;
  } else {
    throw new Hdf5Error(`unknown attribute message version ${version}`, m.at);
  }
  if (at + nameSize > d.length) throw new Hdf5Error("attribute name runs past its message", m.at);
  const name = d.subarray(at, at + nameSize).toString("utf8").replace(/\0+$/, "");
  at += padded(nameSize);
  const dt = d.subarray(at, at + dtSize);
  at += padded(dtSize);
  const ds = d.subarray(at, at + dsSize);
  at += padded(dsSize);
  if (at > d.length || dt.length < 8) throw new Hdf5Error(`attribute "${name}" runs past its message`, m.at);
  const typeClass = dt[0] & 15;
  const attr = { name, typeClass };
  if (decode && !decode.has(name)) return attr;
  if (version !== 1 && d[1] & 1) {
    attr.unsupported = "shared datatype";
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
        data.subarray(i * elemSize, (i + 1) * elemSize).toString("utf8").replace(/[\0 ]+$/, "")
      );
    }
  } else if (typeClass === 9 && (dt[1] & 15) === 1) {
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
      attr.value.push(len === 0 ? "" : (await globalHeapObject(c, heap, index, len)).toString("utf8"));
    }
  } else {
    attr.unsupported = `datatype class ${typeClass}`;
  }
  return attr;
}
function dataspaceCount(ds, c, where) {
  const version = ds[0];
  const rank = ds[1] ?? 0;
  let at;
  if (version === 1) at = 8;
  else if (version === 2) {
    if (ds[3] === 2) return 0;
    at = 4;
  } else throw new Hdf5Error(`unknown dataspace version ${version}`, where);
  let n = 1;
  for (let i = 0; i < rank; i++) {
    n *= uint(ds, at + i * c.sl, c.sl, where);
    if (n > 1e9) return n;
  }
  return n;
}
async function globalHeapObject(c, addr, index, len) {
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
    if (idx === 0) break;
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
async function readCollection(c, addr) {
  const head = await readAt(c, addr, 8 + c.sl, "global heap collection");
  if (head.subarray(0, 4).toString("latin1") !== "GCOL") {
    throw new Hdf5Error("global heap collection without GCOL signature", c.base + addr);
  }
  const size = uint(head, 8, c.sl, c.base + addr);
  if (size > MAX_VALUE_BYTES + 4096)
    throw new Hdf5Error("global heap collection larger than the limit", c.base + addr);
  return readAt(c, addr, size, "global heap collection");
}

// src/formats/keras/analyze.ts
var KERAS_H5_ATTRS = /* @__PURE__ */ new Set(["model_config", "training_config", "keras_version", "backend"]);
var CONFIG_ATTRS = ["model_config", "training_config"];
async function checkKerasH5(ctx) {
  const where = label(ctx.source);
  let root;
  try {
    root = await readRootAttributes(ctx.source, KERAS_H5_ATTRS);
  } catch (err) {
    if (!(err instanceof Hdf5Error)) throw err;
    ctx.report(finding(HDF5_MALFORMED, { message: `${where}: ${err.message}`, offset: err.offset }));
    return;
  }
  for (const what of CONFIG_ATTRS) {
    const attrs = root.attributes.filter((a) => a.name === what);
    if (attrs.length > 1) {
      ctx.report(
        finding(KERAS_DUPLICATE_CONFIG, {
          message: `${where}: root attribute ${what} appears ${attrs.length} times`
        })
      );
    }
    for (const a of attrs) {
      if (a.unsupported || !a.value) {
        ctx.report(
          finding(HDF5_UNSUPPORTED, {
            message: `${where}: root attribute ${what} cannot be decoded (${a.unsupported ?? `datatype class ${a.typeClass}`})`
          })
        );
        continue;
      }
      await checkKerasJsonText(
        ctx,
        a.value.join(""),
        `${what} attribute`,
        void 0,
        what === "model_config"
      );
    }
  }
  if (root.unsupported.length) {
    ctx.report(
      finding(HDF5_UNSUPPORTED, {
        message: `${where}: root group uses ${root.unsupported.join(", ")}; attributes there were not vetted`,
        evidence: { unsupported: root.unsupported }
      })
    );
  }
}
async function analyzeKerasH5Polyglot(ctx, at) {
  ctx.report(
    finding(HDF5_POLYGLOT, {
      message: `${label(ctx.source)} is ${ctx.kind} content with an HDF5 superblock at offset ${at}`,
      offset: at,
      evidence: { kind: ctx.kind, superblock: at }
    })
  );
  await checkKerasH5(ctx);
}
function isKerasModelJson(v) {
  return kerasModelShapeProblem(v) === void 0;
}
async function analyzeKerasJson(ctx) {
  const text = decodeJsonBytes(await readAll(ctx.source, MAX_KERAS_JSON));
  if (!text.includes('"class_name"')) return;
  const read = readKerasJson(text);
  if (read.ok && isKerasModelJson(read.value)) await reportKerasConfig(ctx, read.value, "Keras model JSON");
}
async function analyzeKerasZip(ctx) {
  let zip;
  try {
    zip = await openZipFor(ctx);
  } catch (err) {
    if (err instanceof ZipFormatError) return;
    throw err;
  }
  if (ctx.kind !== KINDS.zip) {
    ctx.report(
      finding(KERAS_ZIP_POLYGLOT, {
        message: `${label(ctx.source)} is ${ctx.kind} content that Keras opens as a .keras zip`,
        evidence: { kind: ctx.kind }
      })
    );
  }
  const configs = zip.entries.filter((e) => e.name === "config.json");
  if (!configs.length) return;
  const where = label(ctx.source);
  const kerasLayout = ctx.name.endsWith(".keras") || zip.entries.some((e) => e.name === "metadata.json" || e.name === "model.weights.h5");
  for (const entry of configs) {
    const member = [...ctx.source.member, entry.name];
    const bad = (why) => {
      if (kerasLayout)
        ctx.report(finding(KERAS_BAD_CONFIG, { message: `${where}: config.json ${why}`, member }));
    };
    if (entry.uncompressedSize > MAX_KERAS_JSON) {
      bad(`is ${entry.uncompressedSize} bytes, over the ${MAX_KERAS_JSON} byte limit`);
      continue;
    }
    const opened = await zip.openEntry(entry, { limits: ctx.limits, budget: ctx.budget });
    if (!opened.ok) {
      bad(`cannot be read (${opened.message})`);
      continue;
    }
    const read = readKerasJson(decodeJsonBytes(await readAll(opened.source, MAX_KERAS_JSON)));
    if (!read.ok) {
      bad(read.reason);
      continue;
    }
    if (!kerasLayout && !isKerasModelJson(read.value)) continue;
    const shape = kerasModelShapeProblem(read.value);
    if (shape) bad(`is not a Keras model config: ${shape}`);
    await reportKerasConfig(ctx, read.value, "config.json", member);
  }
}

export { analyzeKerasH5Polyglot, analyzeKerasJson, analyzeKerasZip, checkKerasH5, isKerasModelJson };
