import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ModelvetError
} from "./chunk-Z7TOYO2C.js";

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
var FileSource = class _FileSource {
  path;
  fsPath;
  member = [];
  size;
  bytesRead = 0;
  handle;
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
    this.bytesRead += n;
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
  MAX_READ,
  label,
  FileSource,
  BufferSource,
  SliceSource,
  readAll
};
