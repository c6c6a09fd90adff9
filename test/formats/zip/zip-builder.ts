/** A minimal zip writer for tests: builds exact byte layouts (zip64 fields, odd flags) on demand. */
import zlib from 'node:zlib';

export interface BuildEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored (default) or 8 deflate. */
  method?: number;
  flags?: number;
  /** Name written in the local header (defaults to `name`). */
  localName?: string;
  /** Put sizes and offset in a zip64 extra field of the central directory. */
  zip64?: boolean;
  /** Override the CRC written in both headers. */
  crc?: number;
  /** Extra field bytes for the central directory entry (e.g. a 0x7075 Unicode Path field). */
  centralExtra?: Uint8Array;
}

export function buildZip(
  entries: BuildEntry[],
  opts: { zip64End?: boolean; prefix?: Uint8Array } = {},
): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    pos += b.length;
  };
  if (opts.prefix) push(Buffer.from(opts.prefix));
  const base = pos;
  const central: Buffer[] = [];
  for (const e of entries) {
    const method = e.method ?? 0;
    const payload = method === 8 ? zlib.deflateRawSync(e.data) : Buffer.from(e.data);
    const crc = e.crc ?? zlib.crc32(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const flags = e.flags ?? 0;
    const offset = pos - base;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(payload.length, 18);
    lh.writeUInt32LE(e.data.length, 22);
    lh.writeUInt16LE(localName.length, 26);
    push(Buffer.concat([lh, localName, payload]));
    let extra = Buffer.from(e.centralExtra ?? []);
    if (e.zip64) {
      extra = Buffer.alloc(28);
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.data.length), 4);
      extra.writeBigUInt64LE(BigInt(payload.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(0x031e, 4);
    ch.writeUInt16LE(45, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(e.zip64 ? 0xffffffff : payload.length, 20);
    ch.writeUInt32LE(e.zip64 ? 0xffffffff : e.data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt16LE(extra.length, 30);
    ch.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    ch.writeUInt32LE(e.zip64 ? 0xffffffff : offset, 42);
    central.push(Buffer.concat([ch, name, extra]));
  }
  const cd = Buffer.concat(central);
  const cdOffset = pos - base;
  push(cd);
  if (opts.zip64End) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(entries.length), 24);
    z.writeBigUInt64LE(BigInt(entries.length), 32);
    z.writeBigUInt64LE(BigInt(cd.length), 40);
    z.writeBigUInt64LE(BigInt(cdOffset), 48);
    const zPos = pos - base;
    push(z);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(zPos), 8);
    loc.writeUInt32LE(1, 16);
    push(loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64End ? 0xffff : entries.length, 8);
  end.writeUInt16LE(opts.zip64End ? 0xffff : entries.length, 10);
  end.writeUInt32LE(opts.zip64End ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(opts.zip64End ? 0xffffffff : cdOffset, 16);
  push(end);
  return Buffer.concat(parts);
}
