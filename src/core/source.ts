/**
 * ByteSource: random access to the bytes of a file or of an archive member.
 *
 * Analyzers read only what they need through `read(offset, length)`; a file, a stored zip member
 * (a window on its container) and a decompressed member (a buffer) look the same to them. Every
 * read is bounded: it never returns more than `MAX_READ` bytes and never reads past `size`, so a
 * length taken from a hostile header can not make us allocate gigabytes.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { ModelvetError } from './errors.ts';
import type { FsPath } from './paths.ts';

/** Largest single read an analyzer may ask for. Bigger structures must be walked in pieces. */
export const MAX_READ = 64 * 1024 * 1024;

export interface ByteSource {
  /** Display path of the file on disk that holds these bytes. */
  readonly path: string;
  /**
   * Where that file is on disk, for analyzers that look beside it (ONNX external data); only a
   * file on disk (or its bytes read whole) has one. `path` is for reports and may be relative to
   * another folder. A Buffer when the name is not valid UTF-8 (opened by its exact bytes).
   */
  readonly fsPath?: FsPath;
  /** Member chain inside archives, outermost first; empty for a file on disk. */
  readonly member: readonly string[];
  readonly size: number;
  /**
   * Reads up to `length` bytes at `offset`. Returns fewer only at the end of the source.
   * Throws READ_OUT_OF_BOUNDS for a negative offset, READ_TOO_LARGE past MAX_READ.
   */
  read(offset: number, length: number): Promise<Buffer>;
  /** Bytes handed out so far (tests assert analyzers read a small part of big files). */
  readonly bytesRead: number;
}

function checkRange(source: ByteSource, offset: number, length: number): number {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new ModelvetError(
      'READ_OUT_OF_BOUNDS',
      `${label(source)}: invalid read at ${offset} (+${length})`,
      {
        path: source.path,
      },
    );
  }
  if (length > MAX_READ) {
    throw new ModelvetError(
      'READ_TOO_LARGE',
      `${label(source)}: read of ${length} bytes exceeds the ${MAX_READ} limit`,
      {
        path: source.path,
      },
    );
  }
  return Math.max(0, Math.min(length, source.size - offset));
}

export function label(source: Pick<ByteSource, 'path' | 'member'>): string {
  return source.member.length ? `${source.path}:${source.member.join(':')}` : source.path;
}

/** Read-only; O_NONBLOCK only changes how a FIFO or device opens (not at all on Windows, which has none). */
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A regular file on disk. The size is taken once at open; a file that shrinks while read is an error. */
/** Reads up to this size go through the read-ahead blocks. */
const SMALL_READ = 16 * 1024;
const READ_BLOCK = 256 * 1024;
const READ_BLOCKS = 4;

export class FileSource implements ByteSource {
  readonly path: string;
  readonly fsPath: FsPath;
  readonly member: readonly string[] = [];
  readonly size: number;
  /** Bytes the readers asked for (not the read-ahead blocks behind them). */
  bytesRead = 0;
  private readonly handle: FileHandle;
  /**
   * Read-ahead blocks for small reads, most recent first. A zip of 65,535 tiny members is read as
   * headers and members of a few bytes each; one syscall through libuv's pool per read made that
   * 40 s, mostly waiting. Small reads are served from aligned BLOCK-sized reads instead.
   */
  private readonly blocks: { start: number; data: Buffer }[] = [];

  private constructor(path: string, fsPath: FsPath, handle: FileHandle, size: number) {
    this.path = path;
    this.fsPath = fsPath;
    this.handle = handle;
    this.size = size;
  }

  /**
   * Opens `fsPath` (exact bytes when a Buffer; shown as `displayPath`). Refuses anything that is not
   * a regular file; opens non-blocking, so a FIFO swapped in after the walk cannot hang the scan.
   */
  static async open(fsPath: FsPath, displayPath = String(fsPath)): Promise<FileSource> {
    const handle = await open(fsPath, OPEN_FLAGS);
    try {
      const st = await handle.stat();
      if (!st.isFile()) {
        throw new ModelvetError('NOT_A_REGULAR_FILE', `${displayPath}: not a regular file`, {
          path: displayPath,
        });
      }
      return new FileSource(displayPath, fsPath, handle, st.size);
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const n = checkRange(this, offset, length);
    if (n <= SMALL_READ) {
      const start = offset - (offset % READ_BLOCK);
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

  private async block(start: number): Promise<Buffer> {
    const hit = this.blocks.findIndex((b) => b.start === start);
    if (hit >= 0) {
      const [b] = this.blocks.splice(hit, 1);
      this.blocks.unshift(b!);
      return b!.data;
    }
    const data = await this.readExact(start, Math.min(READ_BLOCK, this.size - start));
    this.blocks.unshift({ start, data });
    if (this.blocks.length > READ_BLOCKS) this.blocks.pop();
    return data;
  }

  private async readExact(offset: number, n: number): Promise<Buffer> {
    const buf = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.handle.read(buf, got, n - got, offset + got);
      if (bytesRead === 0) {
        throw new ModelvetError(
          'CHANGED_WHILE_READING',
          `${this.path}: file shrank while being read (expected ${this.size} bytes)`,
          { path: this.path },
        );
      }
      got += bytesRead;
    }
    return buf;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** Bytes already in memory (a decompressed member, a test vector). */
export class BufferSource implements ByteSource {
  readonly path: string;
  readonly member: readonly string[];
  readonly size: number;
  readonly fsPath?: FsPath;
  bytesRead = 0;
  private readonly data: Uint8Array;

  /** `fsPath`: where the bytes were read from, when they are a whole file on disk. */
  constructor(data: Uint8Array, path: string, member: readonly string[] = [], fsPath?: FsPath) {
    this.data = data;
    this.path = path;
    this.member = member;
    this.size = data.length;
    if (fsPath !== undefined) this.fsPath = fsPath;
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const n = checkRange(this, offset, length);
    this.bytesRead += n;
    return Buffer.from(this.data.buffer, this.data.byteOffset + offset, n);
  }
}

/** A window [start, start+size) of another source: a stored (uncompressed) archive member. */
export class SliceSource implements ByteSource {
  readonly path: string;
  readonly member: readonly string[];
  readonly size: number;
  bytesRead = 0;
  private readonly parent: ByteSource;
  private readonly start: number;

  constructor(parent: ByteSource, start: number, size: number, member: readonly string[]) {
    if (start < 0 || size < 0 || start + size > parent.size) {
      throw new ModelvetError(
        'READ_OUT_OF_BOUNDS',
        `${label(parent)}: member ${member.at(-1)} lies outside its container`,
        {
          path: parent.path,
        },
      );
    }
    this.parent = parent;
    this.start = start;
    this.size = size;
    this.path = parent.path;
    this.member = member;
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const n = checkRange(this, offset, length);
    this.bytesRead += n;
    return this.parent.read(this.start + offset, n);
  }
}

/** Reads the whole source when it is at most `limit` bytes; otherwise throws READ_TOO_LARGE. */
export async function readAll(source: ByteSource, limit = MAX_READ): Promise<Buffer> {
  if (source.size > limit) {
    throw new ModelvetError(
      'READ_TOO_LARGE',
      `${label(source)}: ${source.size} bytes exceeds the ${limit} byte limit`,
      {
        path: source.path,
      },
    );
  }
  return source.read(0, source.size);
}
