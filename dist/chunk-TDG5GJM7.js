import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  createHasher
} from "./chunk-C4AOWQNL.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Z7TOYO2C.js";

// src/core/hash/reader.ts
import { open } from "node:fs/promises";
var DEFAULT_BUFFER_SIZE = 2 * 1024 * 1024;
var pair;
function buffers(size) {
  if (!pair || pair[0].length !== size) pair = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  return pair;
}
var busy = false;
async function hashFile(path, options = {}) {
  const display = options.displayPath ?? path;
  const algorithms = options.algorithms?.length ? options.algorithms : ["sha256"];
  const wanted = algorithms.includes("sha256") ? algorithms : ["sha256", ...algorithms];
  const handle = await open(path, "r");
  try {
    const st = await handle.stat();
    if (!st.isFile())
      throw new ModelvetError("NOT_A_REGULAR_FILE", `${display}: not a regular file`, { path: display });
    const start = options.start ?? 0;
    const total = options.length ?? Math.max(0, st.size - start);
    if (start < 0 || start + total > st.size) {
      throw new ModelvetError(
        "READ_OUT_OF_BOUNDS",
        `${display}: range ${start}+${total} is past the end (${st.size})`,
        {
          path: display
        }
      );
    }
    const hashers = await Promise.all(wanted.map(async (a2) => [a2, await createHasher(a2, total)]));
    const size = options.bufferSize ?? DEFAULT_BUFFER_SIZE;
    const own = busy;
    const [a, b] = own ? [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)] : buffers(size);
    if (!own) busy = true;
    try {
      const readInto = async (buf, pos2) => {
        const want = Math.min(buf.length, total - (pos2 - start));
        let got = 0;
        while (got < want) {
          const { bytesRead } = await handle.read(buf, got, want - got, pos2 + got);
          if (bytesRead === 0) {
            throw new ModelvetError("CHANGED_WHILE_READING", `${display}: file shrank while being hashed`, {
              path: display
            });
          }
          got += bytesRead;
        }
        return got;
      };
      let pos = start;
      let current = a;
      let spare = b;
      let pending = total > 0 ? readInto(current, pos) : void 0;
      let sinceProgress = 0;
      while (pending) {
        const n = await pending;
        pos += n;
        pending = pos - start < total ? readInto(spare, pos) : void 0;
        pending?.catch(() => {
        });
        const chunk = n === current.length ? current : current.subarray(0, n);
        for (const [, h] of hashers) h.update(chunk);
        sinceProgress += n;
        if (options.onProgress && sinceProgress >= 32 * 1024 * 1024) {
          options.onProgress(sinceProgress);
          sinceProgress = 0;
        }
        [current, spare] = [spare, current];
      }
      if (options.onProgress && sinceProgress > 0) options.onProgress(sinceProgress);
      if (options.length === void 0) {
        const after = await handle.stat();
        if (after.size !== st.size) {
          throw new ModelvetError(
            "CHANGED_WHILE_READING",
            `${display}: size changed while being hashed (${st.size} \u2192 ${after.size} bytes)`,
            { path: display }
          );
        }
      }
      const digests = Object.fromEntries(hashers.map(([alg, h]) => [alg, h.digest()]));
      return { size: total, digests };
    } finally {
      if (!own) busy = false;
    }
  } finally {
    await handle.close();
  }
}

// src/core/hash/job.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function asHashError(err, displayPath) {
  if (err instanceof ModelvetError) return err;
  const code = err.code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
  return new ModelvetError(code, describeError(err, displayPath), { path: displayPath, cause: err });
}
async function runHashJob(job, onProgress) {
  const path = typeof job.path === "string" ? job.path : Buffer.from(job.path);
  try {
    return await hashFile(path, {
      displayPath: job.displayPath,
      algorithms: job.algorithms,
      ...job.start !== void 0 ? { start: job.start } : {},
      ...job.length !== void 0 ? { length: job.length } : {},
      ...job.bufferSize !== void 0 ? { bufferSize: job.bufferSize } : {},
      ...onProgress ? { onProgress } : {}
    });
  } catch (err) {
    throw asHashError(err, job.displayPath);
  }
}
var SMALL_OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var Slab = class {
  buf;
  used = 0;
  constructor(capacity) {
    this.buf = new Uint8Array(new ArrayBuffer(capacity));
  }
  /** Room for `n` bytes. */
  take(n) {
    if (this.used + n > this.buf.length) return new Uint8Array(new ArrayBuffer(n));
    const view = this.buf.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
  /** Gives back the end of the last room taken: only `kept` of its bytes were used. */
  trim(room, kept) {
    if (room.buffer === this.buf.buffer && room.byteOffset + room.length === this.used)
      this.used -= room.length - kept;
  }
};
async function readSmallFile(file, maxBytes, slab) {
  let fd;
  try {
    fd = openSync(typeof file.path === "string" ? file.path : Buffer.from(file.path), SMALL_OPEN_FLAGS);
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new ModelvetError("NOT_A_REGULAR_FILE", `${file.displayPath}: not a regular file`);
    if (st.size > maxBytes) {
      throw new ModelvetError(
        "CHANGED_WHILE_READING",
        `${file.displayPath}: grew to ${st.size} bytes during the scan`
      );
    }
    const room = slab.take(st.size + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < room.length; got += n) n = readSync(fd, room, got, room.length - got, got);
    slab.trim(room, got);
    if (got !== st.size) {
      throw new ModelvetError(
        "CHANGED_WHILE_READING",
        `${file.displayPath}: size changed while being read (${st.size} \u2192 ${got}${got > st.size ? "+" : ""} bytes)`
      );
    }
    const bytes = room.subarray(0, got);
    const digests = {};
    const wanted = file.algorithms.includes("sha256") ? file.algorithms : ["sha256", ...file.algorithms];
    for (const alg of wanted) {
      const h = await createHasher(alg, got);
      h.update(bytes);
      digests[alg] = h.digest();
    }
    return { ok: true, data: bytes, digests };
  } catch (err) {
    const e = asHashError(err, file.displayPath);
    return { ok: false, code: e.code, message: e.message };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
async function runSmallFilesJob(job) {
  const capacity = job.files.reduce((n, f) => n + Math.min(f.size, job.maxBytes) + 1, 0);
  const slab = new Slab(capacity);
  const results = [];
  for (const f of job.files) results.push(await readSmallFile(f, job.maxBytes, slab));
  return results;
}
function transferList(results) {
  return [...new Set(results.flatMap((r) => r.ok ? [r.data.buffer] : []))];
}

export {
  hashFile,
  asHashError,
  runHashJob,
  runSmallFilesJob,
  transferList
};
