import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/core/finding.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}
function defineRule(rule) {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(rule.id)) {
    throw new ModelvetError(
      "INTERNAL",
      `invalid rule id ${rule.id}: expected group/name in lower-case kebab`
    );
  }
  return rule;
}
function finding(rule, fields) {
  const { severity, offset, ...rest } = fields;
  const out = { rule: rule.id, severity: severity ?? rule.severity };
  for (const [key, value] of Object.entries(rest)) if (value !== void 0) out[key] = value;
  if (offset !== void 0 && Number.isSafeInteger(offset) && offset >= 0) out.offset = offset;
  return out;
}
function compareFindings(a, b) {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function sortKey(f) {
  const pos = String(f.line ?? 0).padStart(10, "0") + String(f.offset ?? 0).padStart(16, "0");
  return `${f.path}\0${(f.member ?? []).join("")}\0${pos}\0${f.rule}\0${f.message}`;
}

// src/core/source.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
var MAX_READ = 64 * 1024 * 1024;
function checkRange(source, offset, length) {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new ModelvetError(
      "READ_OUT_OF_BOUNDS",
      `${label(source)}: invalid read at ${offset} (+${length})`,
      {
        path: source.path
      }
    );
  }
  if (length > MAX_READ) {
    throw new ModelvetError(
      "READ_TOO_LARGE",
      `${label(source)}: read of ${length} bytes exceeds the ${MAX_READ} limit`,
      {
        path: source.path
      }
    );
  }
  return Math.max(0, Math.min(length, source.size - offset));
}
function label(source) {
  return source.member.length ? `${source.path}:${source.member.join(":")}` : source.path;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var SMALL_READ = 16 * 1024;
var READ_BLOCK = 256 * 1024;
var READ_BLOCKS = 4;
var FileSource = class _FileSource {
  path;
  fsPath;
  member = [];
  size;
  /** Bytes the readers asked for (not the read-ahead blocks behind them). */
  bytesRead = 0;
  handle;
  /**
   * Read-ahead blocks for small reads, most recent first. A zip of 65,535 tiny members is read as
   * headers and members of a few bytes each; one syscall through libuv's pool per read made that
   * 40 s, mostly waiting. Small reads are served from aligned BLOCK-sized reads instead.
   */
  blocks = [];
  constructor(path, fsPath, handle, size) {
    this.path = path;
    this.fsPath = fsPath;
    this.handle = handle;
    this.size = size;
  }
  /**
   * Opens `fsPath` (exact bytes when a Buffer; shown as `displayPath`). Refuses anything that is not
   * a regular file; opens non-blocking, so a FIFO swapped in after the walk cannot hang the scan.
   */
  static async open(fsPath, displayPath = String(fsPath)) {
    const handle = await open(fsPath, OPEN_FLAGS);
    try {
      const st = await handle.stat();
      if (!st.isFile()) {
        throw new ModelvetError("NOT_A_REGULAR_FILE", `${displayPath}: not a regular file`, {
          path: displayPath
        });
      }
      return new _FileSource(displayPath, fsPath, handle, st.size);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  async read(offset, length) {
    const n = checkRange(this, offset, length);
    if (n <= SMALL_READ) {
      const start = offset - offset % READ_BLOCK;
      if (offset + n <= start + READ_BLOCK) {
        const block = await this.block(start);
        if (offset + n <= start + block.length) {
          this.bytesRead += n;
          return Buffer.from(block.subarray(offset - start, offset - start + n));
        }
      }
    }
    const buf = await this.readExact(offset, n);
    this.bytesRead += n;
    return buf;
  }
  async block(start) {
    const hit = this.blocks.findIndex((b) => b.start === start);
    if (hit >= 0) {
      const [b] = this.blocks.splice(hit, 1);
      this.blocks.unshift(b);
      return b.data;
    }
    const data = await this.readExact(start, Math.min(READ_BLOCK, this.size - start));
    this.blocks.unshift({ start, data });
    if (this.blocks.length > READ_BLOCKS) this.blocks.pop();
    return data;
  }
  async readExact(offset, n) {
    const buf = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.handle.read(buf, got, n - got, offset + got);
      if (bytesRead === 0) {
        throw new ModelvetError(
          "CHANGED_WHILE_READING",
          `${this.path}: file shrank while being read (expected ${this.size} bytes)`,
          { path: this.path }
        );
      }
      got += bytesRead;
    }
    return buf;
  }
  async close() {
    await this.handle.close();
  }
};
var BufferSource = class {
  path;
  member;
  size;
  fsPath;
  bytesRead = 0;
  data;
  /** `fsPath`: where the bytes were read from, when they are a whole file on disk. */
  constructor(data, path, member = [], fsPath) {
    this.data = data;
    this.path = path;
    this.member = member;
    this.size = data.length;
    if (fsPath !== void 0) this.fsPath = fsPath;
  }
  async read(offset, length) {
    const n = checkRange(this, offset, length);
    this.bytesRead += n;
    return Buffer.from(this.data.buffer, this.data.byteOffset + offset, n);
  }
};
var SliceSource = class {
  path;
  member;
  size;
  bytesRead = 0;
  parent;
  start;
  constructor(parent, start, size, member) {
    if (start < 0 || size < 0 || start + size > parent.size) {
      throw new ModelvetError(
        "READ_OUT_OF_BOUNDS",
        `${label(parent)}: member ${member.at(-1)} lies outside its container`,
        {
          path: parent.path
        }
      );
    }
    this.parent = parent;
    this.start = start;
    this.size = size;
    this.path = parent.path;
    this.member = member;
  }
  async read(offset, length) {
    const n = checkRange(this, offset, length);
    this.bytesRead += n;
    return this.parent.read(this.start + offset, n);
  }
};
async function readAll(source, limit = MAX_READ) {
  if (source.size > limit) {
    throw new ModelvetError(
      "READ_TOO_LARGE",
      `${label(source)}: ${source.size} bytes exceeds the ${limit} byte limit`,
      {
        path: source.path
      }
    );
  }
  return source.read(0, source.size);
}

export {
  SEVERITIES,
  isSeverity,
  severityRank,
  atLeast,
  defineRule,
  finding,
  compareFindings,
  MAX_READ,
  label,
  FileSource,
  BufferSource,
  SliceSource,
  readAll
};
