
// src/formats/zip/records.ts
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_ZIP64_LOCATOR = 117853008;
var SIG_ZIP64_EOCD = 101075792;
var SIG_DATA_DESCRIPTOR = 134695760;
var EOCD_SIZE = 22;
var ZIP64_LOCATOR_SIZE = 20;
var ZIP64_EOCD_SIZE = 56;
var CENTRAL_SIZE = 46;
var LOCAL_SIZE = 30;
var MAX_COMMENT = 65535;
var MINIZ_CHUNK = 4096;
var U32_MAX = 4294967295;
async function readTail(source) {
  const len = Math.min(source.size, EOCD_SIZE + MAX_COMMENT + MINIZ_CHUNK);
  const start = source.size - len;
  return { size: source.size, start, buf: await source.read(start, len) };
}
function sigAt(t, pos) {
  const i = pos - t.start;
  return i >= 0 && i + 4 <= t.buf.length && t.buf.readUInt32LE(i) === SIG_EOCD;
}
var EOCD_SIG_BYTES = Buffer.from([80, 75, 5, 6]);
function lastSigAtOrBelow(t, high, low) {
  if (high < t.start) return -1;
  const i = t.buf.lastIndexOf(EOCD_SIG_BYTES, high - t.start);
  return i >= 0 && t.start + i >= low ? t.start + i : -1;
}
function minizEocd(t) {
  if (t.size < EOCD_SIZE) return -1;
  let low = Math.max(t.size - MINIZ_CHUNK, 0);
  while (low > 0 && t.size - low < MAX_COMMENT + EOCD_SIZE) low = Math.max(low - (MINIZ_CHUNK - 3), 0);
  return lastSigAtOrBelow(t, t.size - EOCD_SIZE, Math.max(low, t.start));
}
function cpythonEocd(t) {
  if (t.size < EOCD_SIZE) return -1;
  const last = t.size - EOCD_SIZE;
  const i = last - t.start;
  if (sigAt(t, last) && t.buf.readUInt16LE(i + 20) === 0) return last;
  const from = Math.max(t.size - MAX_COMMENT - EOCD_SIZE, 0);
  const pos = lastSigAtOrBelow(t, t.size - 4, Math.max(from, t.start));
  return pos >= 0 && pos + EOCD_SIZE <= t.size ? pos : -1;
}
async function tailEndRecord(source) {
  const tail = await readTail(source);
  return Math.max(cpythonEocd(tail), minizEocd(tail));
}
function classic(eocd) {
  return {
    disk: eocd.readUInt16LE(4),
    cdDisk: eocd.readUInt16LE(6),
    onDisk: eocd.readUInt16LE(8),
    total: eocd.readUInt16LE(10),
    size: eocd.readUInt32LE(12),
    offset: eocd.readUInt32LE(16),
    commentLen: eocd.readUInt16LE(20)
  };
}
function u64(buf, at) {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}
async function readAt(source, pos, n) {
  if (pos < 0 || pos + n > source.size) return void 0;
  return source.read(pos, n);
}
async function minizPlan(source, t) {
  const eocdPos = minizEocd(t);
  if (eocdPos < 0) return { ok: false, reason: "no end-of-central-directory record" };
  const c = classic(await readAt(source, eocdPos, EOCD_SIZE));
  let plan = {
    ...c,
    zip64: false,
    recordsStart: eocdPos
  };
  if (eocdPos >= ZIP64_LOCATOR_SIZE + ZIP64_EOCD_SIZE) {
    const loc = await readAt(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
    if (loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
      const z64Pos = u64(loc, 8);
      if (z64Pos > source.size - ZIP64_EOCD_SIZE)
        return { ok: false, reason: "zip64 locator points past the file" };
      const z = await readAt(source, z64Pos, ZIP64_EOCD_SIZE);
      if (z.readUInt32LE(0) === SIG_ZIP64_EOCD) {
        if (u64(z, 4) < ZIP64_EOCD_SIZE - 12) return { ok: false, reason: "zip64 end record is too short" };
        if (loc.readUInt32LE(16) !== 1) return { ok: false, reason: "zip64 locator names several disks" };
        const total = u64(z, 32);
        const onDisk = u64(z, 24);
        const size = u64(z, 40);
        if (total > U32_MAX || onDisk > U32_MAX || size > U32_MAX) {
          return { ok: false, reason: "zip64 counts or directory size over miniz limits" };
        }
        plan = {
          ...c,
          total,
          onDisk,
          size,
          disk: z.readUInt32LE(16),
          cdDisk: z.readUInt32LE(20),
          offset: u64(z, 48),
          zip64: true,
          recordsStart: Math.min(z64Pos, eocdPos - ZIP64_LOCATOR_SIZE)
        };
      }
    }
  }
  if (plan.total !== plan.onDisk) return { ok: false, reason: "entry counts disagree (multi-disk)" };
  if ((plan.disk | plan.cdDisk) !== 0 && (plan.disk !== 1 || plan.cdDisk !== 1)) {
    return { ok: false, reason: "multi-disk archive" };
  }
  if (plan.size < plan.total * CENTRAL_SIZE)
    return { ok: false, reason: "directory too small for its entries" };
  if (plan.offset + plan.size > source.size) return { ok: false, reason: "directory runs past the file" };
  return {
    ok: true,
    plan: {
      reader: "miniz",
      cdStart: plan.offset,
      cdSize: plan.size,
      entries: plan.total,
      shift: 0,
      thisDisk: plan.disk,
      zip64: plan.zip64,
      eocdPos,
      recordsStart: plan.recordsStart,
      recordsEnd: Math.min(source.size, eocdPos + EOCD_SIZE + c.commentLen)
    }
  };
}
async function cpythonPlan(source, t) {
  const eocdPos = cpythonEocd(t);
  if (eocdPos < 0) return { ok: false, reason: "no complete end-of-central-directory record" };
  const c = classic(await readAt(source, eocdPos, EOCD_SIZE));
  let { total, size, offset } = c;
  let zip64 = false;
  const loc = await readAt(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
  if (loc && loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
    if (loc.readUInt32LE(4) !== 0 || loc.readUInt32LE(16) > 1)
      return { ok: false, reason: "multi-disk archive" };
    const zPos = eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE;
    if (zPos < 0) return { ok: false, reason: "zip64 locator with no room for the zip64 record" };
    const z = await readAt(source, zPos, ZIP64_EOCD_SIZE);
    if (z.readUInt32LE(0) === SIG_ZIP64_EOCD) {
      zip64 = true;
      total = u64(z, 32);
      size = u64(z, 40);
      offset = u64(z, 48);
    }
  }
  const recordsStart = zip64 ? eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE : eocdPos;
  const cdStart = recordsStart - size;
  if (cdStart < 0) return { ok: false, reason: "bad offset for the central directory" };
  return {
    ok: true,
    plan: {
      reader: "cpython",
      cdStart,
      cdSize: size,
      entries: total,
      shift: cdStart - offset,
      thisDisk: c.disk,
      zip64,
      eocdPos,
      recordsStart,
      recordsEnd: Math.min(source.size, eocdPos + EOCD_SIZE + c.commentLen)
    }
  };
}

export {
  SIG_LOCAL,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_DATA_DESCRIPTOR,
  CENTRAL_SIZE,
  LOCAL_SIZE,
  readTail,
  tailEndRecord,
  minizPlan,
  cpythonPlan
};
