/** Large files for the mock hub, synthesised from segments (buffers and runs of zeros), never in memory whole. */
import { crc32 } from 'node:zlib';
import type { MockFile } from './mock-hub.ts';

type Segment = Buffer | { zeros: number };

const segLen = (s: Segment) => (Buffer.isBuffer(s) ? s.length : s.zeros);

export function segmentedFile(segments: Segment[], lfsSha256: string): MockFile {
  const size = segments.reduce((n, s) => n + segLen(s), 0);
  return {
    size,
    lfs: true,
    lfsSha256,
    slice(start, end) {
      const out: Buffer[] = [];
      let pos = 0;
      for (const s of segments) {
        const len = segLen(s);
        const a = Math.max(start, pos);
        const b = Math.min(end, pos + len);
        if (a < b) out.push(Buffer.isBuffer(s) ? s.subarray(a - pos, b - pos) : Buffer.alloc(b - a));
        pos += len;
      }
      return Buffer.concat(out);
    },
  };
}

/**
 * A safetensors file with one F32 tensor of `bytes` bytes (zeros). The header is padded with
 * spaces to a multiple of 8, as the safetensors writer does, to 88 bytes: its length's low byte
 * (0x58, pickle BINUNICODE) then does not start a newline-terminated pickle opcode (0x4c 'L' at 76
 * bytes makes the polyglot pickle probe read the whole file looking for a newline: reported).
 */
export function bigSafetensors(bytes: number): MockFile {
  const json = JSON.stringify({ weight: { dtype: 'F32', shape: [bytes / 4], data_offsets: [0, bytes] } });
  const header = Buffer.from(json.padEnd(88, ' '));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(header.length));
  return segmentedFile([len, header, { zeros: bytes }], 'a'.repeat(64));
}

function crcOfZeros(n: number): number {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  let crc = 0;
  for (let left = n; left > 0; left -= chunk.length)
    crc = crc32(chunk.subarray(0, Math.min(left, chunk.length)), crc);
  return crc;
}

/** A stored zip (as torch.save writes) of the given members; a member given as a number is that many zeros. */
export function storedZip(members: [string, Buffer | number][]): MockFile {
  const segments: Segment[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, body] of members) {
    const size = typeof body === 'number' ? body : body.length;
    const crc = typeof body === 'number' ? crcOfZeros(body) : crc32(body);
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(size, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, nameBuf);
    segments.push(local, nameBuf, typeof body === 'number' ? { zeros: body } : body);
    offset += 30 + nameBuf.length + size;
  }
  const cdBuf = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(members.length, 8);
  eocd.writeUInt16LE(members.length, 10);
  eocd.writeUInt32LE(cdBuf.length, 12);
  eocd.writeUInt32LE(offset, 16);
  segments.push(cdBuf, eocd);
  return segmentedFile(segments, 'b'.repeat(64));
}
