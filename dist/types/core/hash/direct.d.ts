import { type ChunkSink, type RangeRead, type Timing } from './strategies.ts';
export declare const DIRECT_BUFFER_BYTES: number;
/** Three in flight: as fast as four here, and one of libuv's four pool threads stays free. */
export declare const DIRECT_DEPTH = 3;
/** Offsets are rounded down to this (the largest logical block size in use). */
export declare const DIRECT_ALIGN = 4096;
/** A range shorter than this is not worth opening a second descriptor for. */
export declare const DIRECT_MIN_BYTES: number;
/** Whether this platform has direct reads at all. */
export declare const directReadsExist: () => boolean;
/**
 * A second descriptor on the file `fd` has open, with O_DIRECT, or undefined where the file system
 * refuses it or the descriptor would not be the same file.
 */
export declare function openDirect(fd: number): number | undefined;
/**
 * Hashes `range` with direct reads on `directFd`; the rest after any failure is read from `fd` by
 * the local reader into `local`. Timing from the first buffer's arrival; none when it fell back.
 */
export declare function readDirect(fd: number, directFd: number, range: RangeRead, local: Buffer, sink: ChunkSink): Promise<Timing>;
