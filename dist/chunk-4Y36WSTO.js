import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  MAX_READ
} from "./chunk-3XLG4IKU.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/sources/http/byte-source.ts
var BLOCK = 64 * 1024;
var CACHE_BLOCKS = 64;
var WHOLE_FILE_BYTES = 256 * 1024;
var HttpByteSource = class {
  path;
  member = [];
  size;
  bytesRead = 0;
  /** Body bytes this file cost over the network. */
  bytesFetched = 0;
  url;
  client;
  blocks = /* @__PURE__ */ new Map();
  whole;
  constructor(client, url, size, path) {
    this.client = client;
    this.url = url;
    this.size = size;
    this.path = path;
  }
  async read(offset, length) {
    if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0)
      throw new ModelvetError("READ_OUT_OF_BOUNDS", `${this.path}: invalid read at ${offset} (+${length})`, {
        path: this.path
      });
    if (length > MAX_READ)
      throw new ModelvetError(
        "READ_TOO_LARGE",
        `${this.path}: read of ${length} bytes exceeds the ${MAX_READ} limit`,
        {
          path: this.path
        }
      );
    const n = Math.max(0, Math.min(length, this.size - offset));
    if (n === 0) return Buffer.alloc(0);
    this.bytesRead += n;
    if (this.size <= WHOLE_FILE_BYTES) {
      this.whole ??= this.fetchRange(0, this.size);
      return (await this.whole).subarray(offset, offset + n);
    }
    const first = Math.floor(offset / BLOCK);
    const last = Math.floor((offset + n - 1) / BLOCK);
    const parts = [];
    for (let b = first; b <= last; b++) parts.push(await this.block(b));
    const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const start = offset - first * BLOCK;
    return joined.subarray(start, start + n);
  }
  block(index) {
    const cached = this.blocks.get(index);
    if (cached) {
      this.blocks.delete(index);
      this.blocks.set(index, cached);
      return cached;
    }
    const start = index * BLOCK;
    const p = this.fetchRange(start, Math.min(BLOCK, this.size - start));
    p.catch(() => this.blocks.delete(index));
    this.blocks.set(index, p);
    if (this.blocks.size > CACHE_BLOCKS) this.blocks.delete(this.blocks.keys().next().value);
    return p;
  }
  async fetchRange(start, length) {
    const res = await this.client.get(
      this.url,
      { range: `bytes=${start}-${start + length - 1}` },
      this.path,
      length
    );
    this.bytesFetched += res.body.length;
    if (res.status === 206 || res.status === 200 && start === 0 && res.body.length === this.size) {
      if (res.body.length !== length) {
        throw new ModelvetError(
          "CHANGED_WHILE_READING",
          `${this.path}: the server sent ${res.body.length} bytes for a ${length}-byte range (the file may have changed)`,
          { path: this.path }
        );
      }
      return res.body;
    }
    throw new ModelvetError(
      "REMOTE_BAD_RESPONSE",
      `${this.path}: HTTP ${res.status} for a range read${res.status === 200 ? " (the server ignores Range)" : ""}`,
      { path: this.path }
    );
  }
};

export {
  HttpByteSource
};
