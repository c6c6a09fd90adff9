import { s as scanTailZip } from './chunk-LFma_W0B.js';
import { m as memberName } from './chunk-hG3y1Zaj.js';
import './chunk-BdnUzdfK.js';
import { f as finding, l as label, ab as unsafeMemberPath, S as SliceSource } from './chunk-CXVaUTXl.js';
import { aN as ARCHIVE_TOO_MANY_MEMBERS, aO as TORCH_LEGACY_TAR, aP as ARCHIVE_PATH_TRAVERSAL, aQ as linkEscapes, aR as ARCHIVE_LINK_ESCAPE, aS as ARCHIVE_LINK, aT as TAR_UNSUPPORTED_MEMBER, aU as TAR_AFTER_END, aV as TAR_MALFORMED, aW as tarChecksumValid, aX as TAR_LONG_NAME_MISMATCH, aY as TAR_PAX_MISMATCH, aZ as pyInt } from './chunk-B-6LZOx6.js';
import './chunk-BxbbjG6I.js';
import './chunk-mjagBjGy.js';
import './chunk-x8y2Yanw.js';
import './chunk-C9VzFTM1.js';
import './chunk-DoM6UV22.js';

// src/formats/tar/header.ts
var BLOCK = 512;
var META_LIMIT = 1024 * 1024;
var TYPE_NAMES = {
  "0": "File",
  "\0": "OldFile",
  "1": "Link",
  "2": "SymbolicLink",
  "3": "CharacterDevice",
  "4": "BlockDevice",
  "5": "Directory",
  "6": "FIFO",
  "7": "ContiguousFile",
  L: "NextFileHasLongPath",
  K: "NextFileHasLongLinkpath",
  S: "SparseFile",
  x: "ExtendedHeader",
  g: "GlobalExtendedHeader",
  X: "OldExtendedHeader"
};
var NO_DATA = /* @__PURE__ */ new Set(["Link", "SymbolicLink", "CharacterDevice", "BlockDevice", "Directory", "FIFO"]);
function nts(buf) {
  const nul = buf.indexOf(0);
  return memberName(Buffer.from(nul >= 0 ? buf.subarray(0, nul) : buf), false);
}
function nti(field) {
  if (field[0] === 128 || field[0] === 255) {
    let n = 0n;
    for (let i = 1; i < field.length; i++) n = (n << 8n) + BigInt(field[i]);
    if (field[0] === 255) n = -(256n ** BigInt(field.length - 1) - n);
    return Number(n);
  }
  const nul = field.indexOf(0);
  const bytes = nul >= 0 ? field.subarray(0, nul) : field;
  if (bytes.some((b) => b > 127)) return void 0;
  const text = Buffer.from(bytes).toString("latin1");
  const v = pyInt(text.trim() === "" ? "0" : text, 8);
  return v === void 0 ? void 0 : Number(v);
}
function checksumOk(block, want) {
  let unsigned = 256;
  let signed = 256;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    const b = block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}
var NUMBER_FIELDS = [
  [100, 8],
  [108, 8],
  [116, 8],
  [124, 12],
  [136, 12],
  [148, 8],
  [329, 8],
  [337, 8]
];
function parseHeader(block) {
  const chksum = nti(block.subarray(148, 156));
  const size = nti(block.subarray(124, 136));
  const typeByte = String.fromCharCode(block[156]);
  let name = nts(block.subarray(0, 100));
  let type = TYPE_NAMES[typeByte] ?? `Unknown(${JSON.stringify(typeByte)})`;
  if (type === "OldFile" && name.endsWith("/")) type = "Directory";
  if (type === "Directory") name = name.replace(/\/+$/, "");
  const prefix = nts(block.subarray(345, 500));
  if (prefix && !["NextFileHasLongPath", "NextFileHasLongLinkpath", "SparseFile"].includes(type)) {
    name = `${prefix}/${name}`;
  }
  return {
    name,
    linkname: nts(block.subarray(157, 257)),
    size: size ?? 0,
    type,
    typeByte,
    checksumOk: checksumOk(block, chksum),
    badNumber: NUMBER_FIELDS.some(([at, len]) => nti(block.subarray(at, at + len)) === void 0)
  };
}
function hasData(type) {
  return !NO_DATA.has(type);
}
var blocks = (n) => Math.ceil(n / BLOCK) * BLOCK;
function parsePax(buf, base) {
  const values = /* @__PURE__ */ new Map();
  const mismatched = [];
  let pos = 0;
  while (pos < buf.length && buf[pos] !== 0) {
    const m = /^([0-9]{1,20}) /.exec(buf.subarray(pos, pos + 21).toString("latin1"));
    const length = m ? Number(m[1]) : 0;
    if (!m || length < 5 || pos + length > buf.length)
      return { values, mismatched, refused: `invalid PAX record at ${base + pos}` };
    const lastByte = pos + length - 1;
    const body = buf.subarray(pos + m[0].length, lastByte);
    const eq = body.indexOf(61);
    if (eq <= 0 || buf[lastByte] !== 10)
      return { values, mismatched, refused: `PAX record at ${base + pos} is not framed by its length` };
    const keyword = body.subarray(0, eq).toString("utf8");
    const value = body.subarray(eq + 1);
    if (value.includes(10)) mismatched.push({ keyword, offset: base + pos });
    values.set(keyword, memberName(Buffer.from(value), true));
    pos += length;
  }
  return { values, mismatched };
}
function applyPax(m, pax) {
  for (const [key, value] of pax) {
    if (key === "path" || key === "GNU.sparse.name")
      m.name = key === "path" ? value.replace(/\/+$/, "") : value;
    else if (key === "linkpath") m.linkname = value;
    else if (key === "size" || key === "GNU.sparse.size" || key === "GNU.sparse.realsize") {
      m.size = Number(pyInt(value, 10) ?? 0n);
    }
  }
}
async function readMeta(source, dataOffset, size) {
  if (size > META_LIMIT || size < 0) return void 0;
  return source.read(dataOffset, Math.min(blocks(size), source.size - dataOffset));
}

// src/formats/tar/analyze.ts
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
var META_TYPES = /* @__PURE__ */ new Set([
  "NextFileHasLongPath",
  "NextFileHasLongLinkpath",
  "ExtendedHeader",
  "OldExtendedHeader",
  "GlobalExtendedHeader"
]);
async function readMetaHeader(source, st, h, pos) {
  const data = await readMeta(source, pos + BLOCK, h.size);
  if (!data) {
    st.problems.push({ rule: TAR_MALFORMED, message: `metadata record of ${h.size} bytes`, offset: pos });
    return false;
  }
  if (h.type === "NextFileHasLongPath" || h.type === "NextFileHasLongLinkpath") {
    const name = nts(data);
    const declared = nts(data.subarray(0, h.size));
    if (name !== declared) {
      st.problems.push({
        rule: TAR_LONG_NAME_MISMATCH,
        message: `GNU long name at ${pos}: Python's tarfile reads ${JSON.stringify(name)}, readers that take the declared ${h.size} bytes ${JSON.stringify(declared)}`,
        offset: pos
      });
    }
    st.wrappers.push({ kind: "long", link: h.type === "NextFileHasLongLinkpath", name });
    return true;
  }
  const pax = parsePax(data.subarray(0, blocks(h.size)), pos + BLOCK);
  for (const m of pax.mismatched) {
    st.problems.push({
      rule: TAR_PAX_MISMATCH,
      message: `PAX record "${m.keyword}" at ${m.offset} holds a newline in its value; line-splitting readers read different records than Python's tarfile`,
      offset: m.offset
    });
  }
  if (pax.refused) {
    st.problems.push({
      rule: TAR_MALFORMED,
      message: `${pax.refused}: Python's tarfile stops reading the archive here (other readers go on; they were followed)`,
      offset: pos
    });
    return true;
  }
  if (h.type === "GlobalExtendedHeader") for (const [k, v] of pax.values) st.globalPax.set(k, v);
  else st.wrappers.push({ kind: "pax", values: new Map([...st.globalPax, ...pax.values]) });
  return true;
}
function addMember(st, h, pos) {
  const m = { name: h.name, linkname: h.linkname, size: h.size };
  applyPax(m, st.globalPax);
  let next = pos + BLOCK + (hasData(h.type) ? blocks(h.size) : 0);
  for (const w of st.wrappers.reverse()) {
    if (w.kind === "long") {
      if (w.link) m.linkname = w.name;
      else m.name = h.type === "Directory" ? w.name.replace(/\/+$/, "") : w.name;
    } else {
      applyPax(m, w.values);
      if (w.values.has("size")) next = pos + BLOCK + (hasData(h.type) ? blocks(m.size) : 0);
    }
  }
  const sparse = st.wrappers.some(
    (w) => w.kind === "pax" && [...w.values.keys()].some((k) => k.startsWith("GNU.sparse."))
  );
  st.wrappers = [];
  st.members.push({
    path: m.name,
    type: sparse ? "SparseFile" : h.type,
    size: hasData(h.type) ? m.size : 0,
    headerOffset: pos,
    dataOffset: pos + BLOCK,
    linkpath: m.linkname || void 0
  });
  return next;
}
async function listTar(source, maxMembers) {
  const st = { members: [], problems: [], globalPax: /* @__PURE__ */ new Map(), wrappers: [] };
  let pos = 0;
  while (pos + BLOCK <= source.size) {
    const block = await source.read(pos, BLOCK);
    if (block.every((b) => b === 0)) {
      const after = await headerAfter(source, pos + BLOCK);
      if (after === void 0) break;
      st.problems.push({
        rule: TAR_AFTER_END,
        message: `a member header at ${after} follows the end-of-archive marker at ${pos}`,
        offset: after
      });
      pos = after;
      continue;
    }
    const h = parseHeader(block);
    if (!h.checksumOk || h.badNumber) {
      const why = h.checksumOk ? "a number field Python cannot read" : "a wrong checksum";
      st.problems.push({ rule: TAR_MALFORMED, message: `header at offset ${pos} has ${why}`, offset: pos });
      break;
    }
    const dataSize = hasData(h.type) ? h.size : 0;
    if (!Number.isSafeInteger(h.size) || h.size < 0 || pos + BLOCK + dataSize > source.size) {
      st.problems.push({
        rule: TAR_MALFORMED,
        message: `${h.name || "member"} claims ${h.size} bytes, past the end of the file`,
        offset: pos
      });
      break;
    }
    if (META_TYPES.has(h.type)) {
      if (!await readMetaHeader(source, st, h, pos)) break;
      pos += BLOCK + blocks(h.size);
      continue;
    }
    if (st.members.length >= maxMembers)
      return { members: st.members, problems: st.problems, truncatedAt: pos };
    pos = addMember(st, h, pos);
  }
  return { members: st.members, problems: st.problems };
}
var AFTER_END_SEARCH = 1024 * 1024;
async function headerAfter(source, from) {
  const end = Math.min(source.size, from + AFTER_END_SEARCH);
  for (let pos = from; pos + 512 <= end; ) {
    const n = Math.min(64 * 1024, end - pos) - Math.min(64 * 1024, end - pos) % 512;
    if (n <= 0) return void 0;
    const buf = await source.read(pos, n);
    for (let i = 0; i + 512 <= buf.length; i += 512) {
      const block = buf.subarray(i, i + 512);
      if (block.every((b) => b === 0)) continue;
      return tarChecksumValid(block) ? pos + i : void 0;
    }
    pos += n;
  }
  return void 0;
}
async function analyzeTar(ctx) {
  const { source } = ctx;
  const listing = await listTar(source, ctx.limits.maxMembers);
  for (const p of listing.problems) {
    ctx.report(
      finding(p.rule, { message: `${label(source)}: ${p.message}; not scanned past it`, offset: p.offset })
    );
  }
  if (listing.truncatedAt !== void 0) {
    ctx.report(
      finding(ARCHIVE_TOO_MANY_MEMBERS, {
        message: `${label(source)}: more than ${ctx.limits.maxMembers} members; the rest were not scanned`,
        offset: listing.truncatedAt
      })
    );
  }
  await scanZipAfterMembers(ctx, listing);
  const names = new Set(listing.members.map((m) => m.path.replace(/^\.\//, "")));
  if (names.has("sys_info") && names.has("pickle")) {
    ctx.report(
      finding(TORCH_LEGACY_TAR, {
        message: `${label(source)} is a PyTorch legacy tar checkpoint; its pickles were scanned`
      })
    );
  }
  for (const m of listing.members) {
    const member = [...source.member, m.path];
    const where = label({ path: source.path, member });
    const unsafe = unsafeMemberPath(m.path);
    if (unsafe) {
      ctx.report(
        finding(ARCHIVE_PATH_TRAVERSAL, {
          message: `${where}: member name ${JSON.stringify(m.path)} ${unsafe}`,
          member,
          offset: m.headerOffset
        })
      );
    }
    if (m.type === "SymbolicLink" || m.type === "Link") {
      const target = m.linkpath ?? "";
      const dir = m.type === "SymbolicLink" ? m.path.split("/").slice(0, -1).join("/") : "";
      const escapes = linkEscapes(dir, target);
      ctx.report(
        finding(escapes ? ARCHIVE_LINK_ESCAPE : ARCHIVE_LINK, {
          message: `${where} is a ${m.type === "Link" ? "hard" : "symbolic"} link to ${JSON.stringify(target)}`,
          member,
          offset: m.headerOffset,
          evidence: { target, type: m.type }
        })
      );
      continue;
    }
    if (m.type === "SparseFile") {
      ctx.report(
        finding(TAR_UNSUPPORTED_MEMBER, {
          message: `${where} is a GNU sparse member; not scanned`,
          member,
          offset: m.headerOffset
        })
      );
      continue;
    }
    if (!(FILE_TYPES.has(m.type) || m.type.startsWith("Unknown(")) || m.size === 0) continue;
    const base = m.path.split("/").filter(Boolean).at(-1) ?? m.path;
    await ctx.scanMember(new SliceSource(source, m.dataOffset, m.size, member), base);
  }
}
async function scanZipAfterMembers(ctx, listing) {
  const inMember = (eocd) => listing.members.some((m) => eocd >= m.dataOffset && eocd < m.dataOffset + m.size);
  await scanTailZip(ctx, "a tar archive", (eocd) => !inMember(eocd));
}

export { analyzeTar, listTar };
