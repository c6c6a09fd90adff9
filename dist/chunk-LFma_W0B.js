import { o as openZipFor, Z as ZipFormatError, r as recoverLocalEntries, a as ZIP_METHOD, b as openZipEntry } from './chunk-hG3y1Zaj.js';
import { a_ as tailEndRecord, a$ as ZIP_POLYGLOT, b0 as ZIP_MALFORMED, b1 as markTorchScriptPickle, b2 as reportBomb, b3 as ISSUE_RULES, b4 as ARCHIVE_UNSUPPORTED_COMPRESSION, b5 as ZIP_BAD_CRC, b6 as ZIP_SIZE_MISMATCH, aQ as linkEscapes, aR as ARCHIVE_LINK_ESCAPE, aS as ARCHIVE_LINK } from './chunk-B-6LZOx6.js';
import { f as finding, l as label, B as BufferSource, e as readAll } from './chunk-CXVaUTXl.js';

// src/formats/zip/ranges.ts
var RangeSet = class {
  /** Disjoint, sorted, non-touching ranges. */
  starts = [];
  ends = [];
  /** Index of the first range whose end is after `pos`. */
  firstEndingAfter(pos) {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.ends[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Bytes of [start, end) already in the set. */
  overlap(start, end) {
    let n = 0;
    for (let i = this.firstEndingAfter(start); i < this.starts.length && this.starts[i] < end; i++) {
      n += Math.min(end, this.ends[i]) - Math.max(start, this.starts[i]);
    }
    return n;
  }
  add(start, end) {
    if (end <= start) return;
    const last = this.ends.length - 1;
    if (last < 0 || start > this.ends[last]) {
      this.starts.push(start);
      this.ends.push(end);
      return;
    }
    const i = this.firstEndingAfter(start - 1);
    let s = start;
    let e = end;
    let j = i;
    while (j < this.starts.length && this.starts[j] <= end) {
      s = Math.min(s, this.starts[j]);
      e = Math.max(e, this.ends[j]);
      j++;
    }
    this.starts.splice(i, j - i, s);
    this.ends.splice(i, j - i, e);
  }
};

// src/formats/zip/torch.ts
function torchLayout(zip) {
  const view = zip.views.miniz;
  const entries = view.ok ? view.entries : zip.entries;
  const first = entries[0]?.name;
  if (!first) return void 0;
  const slash = first.indexOf("/");
  if (slash <= 0) return void 0;
  const prefix = first.slice(0, slash);
  const lower = `${prefix}/`.toLowerCase();
  const has = (record) => entries.some((e) => e.name.toLowerCase() === lower + record);
  if (!has("data.pkl")) return void 0;
  const torchscript = has("constants.pkl") || entries.some((e) => e.name.toLowerCase().startsWith(`${lower}code/`));
  return { prefix, format: torchscript ? "torchscript" : "checkpoint" };
}
function isTorchScriptPickleName(layout, name) {
  const lower = name.toLowerCase();
  if (layout.format !== "torchscript" || !lower.startsWith(`${layout.prefix.toLowerCase()}/`)) return false;
  const rest = lower.slice(layout.prefix.length + 1);
  return rest === "data.pkl" || rest === "constants.pkl" || rest.startsWith("code/") && rest.endsWith(".debug_pkl");
}
function isStorage(layout, entry) {
  const lower = entry.name.toLowerCase();
  const root = `${layout.prefix.toLowerCase()}/`;
  if (!lower.startsWith(root)) return false;
  const rest = lower.slice(root.length);
  const folders = layout.format === "torchscript" ? ["data/", "constants/"] : ["data/"];
  return folders.some((f) => rest.startsWith(f) && /^\d+$/.test(rest.slice(f.length)));
}
var LOADABLE_MAGIC = [
  "PK",
  "\x8B",
  "BZh",
  "\xFD7zXZ\0",
  "(\xB5/\xFD",
  "7z\xBC\xAF'",
  "\x93NUMPY",
  "Rar!"
].map((m) => Buffer.from(m, "latin1"));
async function storageLooksLoadable(member, headOnly = false) {
  if (member.size < 2) return false;
  const head = await member.read(0, Math.min(8, member.size));
  if (LOADABLE_MAGIC.some((m) => head.length >= m.length && head.subarray(0, m.length).equals(m)))
    return true;
  if (head[0] === 128 && head[1] >= 2 && head[1] <= 5) {
    if (headOnly) return true;
    const last = await member.read(member.size - 1, 1);
    if (last[0] === 46) return true;
  }
  if (member.size >= 262) {
    const magic = await member.read(257, 5);
    if (magic.toString("latin1") === "ustar") return true;
  }
  return false;
}

// src/formats/zip/analyze.ts
var CRC_MEMBER = 16 * 1024 * 1024;
var CRC_TOTAL = 64 * 1024 * 1024;
function baseName(name) {
  return name.split(/[\\/]/).filter(Boolean).at(-1) ?? name;
}
async function analyzeZip(ctx) {
  let zip;
  try {
    zip = await openZipFor(ctx);
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    await scanRecovered(ctx, err);
    return;
  }
  await scanArchive(ctx, zip);
}
async function scanRecovered(ctx, err) {
  const recovered = await recoverLocalEntries(ctx.source);
  ctx.report(
    finding(ZIP_MALFORMED, {
      message: `${label(ctx.source)}: starts like a zip archive but cannot be read: ${err.message}${recovered.length ? `; ${recovered.length} local entries scanned as a streaming reader sees them` : ""}`
    })
  );
  const zip = {
    source: ctx.source,
    entries: [],
    views: { miniz: { ok: false, reason: err.message }, cpython: { ok: false, reason: err.message } },
    issues: [],
    prefixBytes: 0,
    hidden: recovered,
    find: () => void 0,
    openEntry: (e, o) => openZipEntry(ctx.source, e, o),
    checkCrc: async () => void 0
  };
  const state = { crcLeft: 0, overBudget: 0, seen: new RangeSet(), overlapSkipped: 0, zip };
  for (const entry of recovered) if (!entry.isDirectory) await scanEntry(ctx, state, entry, false);
  reportSkipped(ctx, state);
}
function reportIssues(ctx, zip) {
  for (const issue of zip.issues) {
    if (issue.code === "symlink") continue;
    const member = issue.entry === void 0 ? void 0 : [...ctx.source.member, issue.entry];
    ctx.report(
      finding(ISSUE_RULES[issue.code], {
        message: `${label(ctx.source)}: ${issue.message}`,
        member,
        offset: issue.offset,
        evidence: issue.evidence
      })
    );
  }
}
async function scanArchive(ctx, zip) {
  reportIssues(ctx, zip);
  const layout = torchLayout(zip);
  const state = {
    crcLeft: CRC_TOTAL,
    overBudget: 0,
    seen: new RangeSet(),
    overlapSkipped: 0,
    zip,
    layout
  };
  for (const entry of zip.entries) {
    if (!entry.isDirectory) await scanEntry(ctx, state, entry, layout && isStorage(layout, entry));
  }
  for (const entry of zip.hidden) if (!entry.isDirectory) await scanEntry(ctx, state, entry, false);
  reportSkipped(ctx, state);
}
function reportSkipped(ctx, state) {
  const member = [...ctx.source.member];
  if (state.overBudget > 0) {
    reportBomb(
      ctx,
      member,
      "total",
      `the expansion budget (${ctx.budget.limit} bytes) is spent; ${state.overBudget} more compressed members were not decompressed`,
      { skipped: state.overBudget }
    );
  }
  if (state.overlapSkipped > 0) {
    reportBomb(
      ctx,
      member,
      "total",
      `${state.overlapSkipped} members re-read bytes other members already cover, past the expansion budget (${ctx.budget.limit} bytes)`,
      { skipped: state.overlapSkipped }
    );
  }
}
function chargeOverlap(ctx, state, entry) {
  if (entry.dataOffset === void 0) return true;
  const start = entry.dataOffset;
  const end = start + entry.compressedSize;
  const repeated = state.seen.overlap(start, end);
  state.seen.add(start, end);
  if (repeated === 0 || ctx.budget.take(repeated)) return true;
  state.overlapSkipped++;
  return false;
}
async function openForScan(ctx, state, entry, storage) {
  const member = [...ctx.source.member, entry.name];
  if (storage && entry.method !== ZIP_METHOD.stored) {
    const head = await state.zip.openEntry(entry, { limits: ctx.limits, peek: 512 });
    if (head.ok && head.partial && !await storageLooksLoadable(head.source, true)) return void 0;
  }
  if (entry.method !== ZIP_METHOD.stored && ctx.budget.used >= ctx.budget.limit) {
    state.overBudget++;
    return void 0;
  }
  if (!chargeOverlap(ctx, state, entry)) return void 0;
  const opened = await state.zip.openEntry(entry, { limits: ctx.limits, budget: ctx.budget });
  if (opened.ok) return opened;
  if (opened.reason === "limit") reportBomb(ctx, member, opened.limit, opened.message, opened.evidence);
  else if (opened.reason !== "no-data") {
    ctx.report(
      finding(ARCHIVE_UNSUPPORTED_COMPRESSION, {
        message: `${label({ path: ctx.source.path, member })}: ${opened.message}; ${opened.data ? `the ${opened.data.length} bytes before the break were scanned` : "not scanned"}`,
        member,
        evidence: opened.evidence
      })
    );
    if (opened.data)
      await ctx.scanMember(new BufferSource(opened.data, ctx.source.path, member), baseName(entry.name));
  }
  return void 0;
}
async function reportIntegrity(ctx, state, entry, opened) {
  const member = [...ctx.source.member, entry.name];
  const where = label({ path: ctx.source.path, member });
  let crcOk = opened.crcOk;
  if (crcOk === void 0 && entry.method === ZIP_METHOD.stored && entry.compressedSize <= state.crcLeft) {
    crcOk = await state.zip.checkCrc(entry, CRC_MEMBER);
    if (crcOk !== void 0) state.crcLeft -= entry.compressedSize;
  }
  if (crcOk === false) {
    ctx.report(
      finding(ZIP_BAD_CRC, {
        message: `${where}: CRC-32 does not match the data (recorded 0x${entry.crc32.toString(16).padStart(8, "0")})`,
        member,
        offset: entry.localHeaderOffset,
        evidence: { recorded: entry.crc32 }
      })
    );
  }
  if (!opened.sizeOk) {
    ctx.report(
      finding(ZIP_SIZE_MISMATCH, {
        message: `${where}: ${opened.source.size} bytes of data, ${entry.uncompressedSize} recorded`,
        member,
        evidence: { actual: opened.source.size, recorded: entry.uncompressedSize }
      })
    );
  }
}
async function reportSymlink(ctx, entry, source) {
  if (entry.unixMode === void 0 || (entry.unixMode & 61440) !== 40960 || source.size > 4096)
    return false;
  const member = [...ctx.source.member, entry.name];
  const target = (await readAll(source)).toString("utf8");
  const escapes = linkEscapes(entry.name.split("/").slice(0, -1).join("/"), target);
  ctx.report(
    finding(escapes ? ARCHIVE_LINK_ESCAPE : ARCHIVE_LINK, {
      message: `${label({ path: ctx.source.path, member })} is a symbolic link to ${JSON.stringify(target)}`,
      member,
      evidence: { target }
    })
  );
  return true;
}
async function scanEntry(ctx, state, entry, storage) {
  const opened = await openForScan(ctx, state, entry, storage);
  if (!opened) return;
  if (storage && !await storageLooksLoadable(opened.source)) return;
  await reportIntegrity(ctx, state, entry, opened);
  if (await reportSymlink(ctx, entry, opened.source)) return;
  if (state.layout && entry.readers.includes("miniz") && isTorchScriptPickleName(state.layout, entry.name))
    markTorchScriptPickle(opened.source);
  await ctx.scanMember(opened.source, baseName(entry.name));
}
async function scanTailZip(ctx, what = `${ctx.kind} content`, accept = () => true) {
  const eocd = await tailEndRecord(ctx.source);
  if (eocd < 0 || !accept(eocd)) return false;
  let zip;
  try {
    zip = await openZipFor(ctx);
  } catch (err) {
    if (err instanceof ZipFormatError) return false;
    throw err;
  }
  if (zip.entries.length === 0) return false;
  ctx.report(
    finding(ZIP_POLYGLOT, {
      message: `${label(ctx.source)} is ${what} and also a zip archive of ${zip.entries.length} entries; both were scanned`,
      evidence: { kind: ctx.kind, entries: zip.entries.length }
    })
  );
  await scanArchive(ctx, zip);
  return true;
}

export { analyzeZip as a, scanTailZip as s };
