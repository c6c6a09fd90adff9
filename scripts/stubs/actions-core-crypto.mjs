// Bundle-time stand-in for the `crypto` module as @actions/core's file-command.js sees it. That file
// uses one function, randomUUID, for the delimiter of a value written to GITHUB_OUTPUT or GITHUB_ENV
// (and refuses a key or value that contains it, so the delimiter need not be secret to be safe). Its
// static `import * as crypto from 'crypto'` made every start of the Action load Node's crypto module:
// about 4 ms (Node 24, Intel Xeon; so does the Web Crypto global), on an Action whose whole start
// budget is three times `node -e 0`. This is the same random UUID (version 4, RFC 9562 section 5.4)
// from 16 bytes of the kernel's random source, which costs 0.4 ms, and Node's crypto.randomUUID
// where the system has no /dev/urandom (Windows). It exports nothing else: a name file-command.js
// started to use would be undefined, and esbuild warns about it when it builds.
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

function kernelRandom(bytes) {
  let fd;
  try {
    fd = openSync('/dev/urandom', 'r');
    return readSync(fd, bytes, 0, bytes.length, null) === bytes.length;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function randomUUID() {
  const b = Buffer.alloc(16);
  if (!kernelRandom(b)) {
    const crypto = process.getBuiltinModule?.('node:crypto') ?? createRequire(import.meta.url)('node:crypto');
    return crypto.randomUUID();
  }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
