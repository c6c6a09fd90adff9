import type { FileHandle } from 'node:fs/promises';
/** Receives each chunk; it must be done with the bytes when it returns (the buffer is reused). */
export type ChunkSink = (chunk: Buffer) => void;
/** 2 MiB, two per thread: one stream as fast as 4-8 MiB, and two streams on two cores ~3 % faster. */
export declare const OVERLAPPED_BUFFER_SIZE: number;
/** 256 KiB: inside every current server core's L2 (EPYC 512 KiB-1 MiB, Xeon 1-2 MiB), few syscalls. */
export declare const LOCAL_BUFFER_SIZE: number;
/**
 * The local reader gives the event loop a turn this often (~2.5 ms at 1.6 GB/s): progress output,
 * and on the calling thread of an inline pool the messages of the workers, whose next job waits
 * for it (a turn costs microseconds: 4 MiB keeps that under 0.5 %).
 */
export declare const YIELD_BYTES: number;
export interface RangeRead {
    start: number;
    length: number;
    /** Name used in error messages. */
    display: string;
}
export interface Timing {
    bytes: number;
    ms: number;
}
export declare function readOverlapped(handle: FileHandle, range: RangeRead, buffers: readonly [Buffer, Buffer], sink: ChunkSink): Promise<Timing>;
/** One turn of the event loop (setImmediate: after pending I/O callbacks, before timers wait). */
export declare const yieldToEventLoop: () => Promise<void>;
export declare function readLocal(fd: number, range: RangeRead, buffer: Buffer, sink: ChunkSink): Promise<Timing>;
