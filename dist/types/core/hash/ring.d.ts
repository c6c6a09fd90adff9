import { type ChunkSink, type RangeRead, type Timing } from './strategies.ts';
/** Shared-memory layout, passed to the reader thread so that it imports nothing of ours. */
export interface RingLayout {
    slots: number;
    slotBytes: number;
    /** How long a side spins for the other before it sleeps or yields. */
    spinMs: number;
    /** Longest sleep of a side past spinMs (each is woken early by the other side's next store). */
    sleepMs: number;
    /** Int32 indices in the control array. */
    at: {
        ready: number;
        state: number;
        cancel: number;
        produced: number;
        consumed: number;
        lengths: number;
    };
    state: {
        idle: number;
        running: number;
        failed: number;
    };
}
/** One pass: what the reader thread is to read. */
export interface RingPass {
    fd: number;
    start: number;
    length: number;
}
export declare const RING_SLOTS = 4;
export declare const RING_SLOT_BYTES: number;
/** About 15 slots' hashing time: a steady ring never waits this long; a stalled one stops spinning. */
export declare const SPIN_MS = 2;
/**
 * A pass shorter than this does not start a reader thread (a few ms of start-up, while this thread
 * reads itself, and a thread kept for the life of this one); once started, every pass may use it.
 */
export declare const RING_MIN_BYTES: number;
export declare class HashRing {
    private readonly ctl;
    private readonly views;
    private readonly worker;
    private dead;
    /** A pass is running (a second pass on the same thread at the same time reads locally). */
    busy: boolean;
    private readonly layout;
    /**
     * `producer`: the reader thread's entry (default: the one beside this module); `spinMs`: how long
     * each side spins before it sleeps (default SPIN_MS).
     */
    constructor(options?: {
        producer?: URL;
        spinMs?: number;
    });
    /** The reader thread has started and is alive. */
    get ready(): boolean;
    /** The reader thread has not exited (it may still be starting). */
    get alive(): boolean;
    /** Stops the reader thread (tests; a thread's ring otherwise lives as long as the thread). */
    close(): Promise<void>;
    /**
     * Hashes `range` of `fd` through the ring: this thread reads the first chunks itself until the
     * reader thread is up. Timing covers the part read through the ring (none: zero bytes).
     */
    read(fd: number, range: RangeRead, local: Buffer, sink: ChunkSink): Promise<Timing>;
    /** Consumes the slots of one pass; returns where it stopped (before `end`: the reader thread stopped). */
    private pass;
    /** Waits for slot `consumed` to be filled; false when the reader thread stopped without filling it. */
    private waitForSlot;
    /** Cancels what is left of the pass and waits until the reader thread no longer reads the descriptor. */
    private endPass;
    /**
     * Past the spin: waits for `index` to change from `value` without holding the thread (a slow disk
     * makes the reader take milliseconds per slot), letting the event loop run (progress, and the
     * reader thread's exit event, which sets `dead`).
     */
    private sleep;
}
/** This thread's ring, if it has started one. */
export declare function threadRing(): HashRing | undefined;
/**
 * This thread's ring, started if it has none. `cpus`: the CPUs this process may use; on one (a ring
 * forced by MODELVET_HASH_READER under `taskset -c 0`) neither side spins, since the side it waits
 * for cannot run while it spins: 2 GiB took 9.7 s spinning there, against 1.46 s for the local reader.
 */
export declare function threadHashRing(cpus: number): HashRing;
/** How long each side of a ring spins on a process allowed `cpus` CPUs (see threadHashRing). */
export declare const ringSpinMs: (cpus: number) => number;
