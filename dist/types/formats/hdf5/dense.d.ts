/**
 * Dense attribute storage (HDF5 ≥ 1.8 object headers with an Attribute Info message): the
 * attribute messages live in a fractal heap, indexed by name in a version-2 B-tree. This reads them
 * the way the library looks an attribute up: every record of the name index gives a heap ID, and
 * the heap ID gives the bytes (a managed object inside a direct block, or a "huge" object stored
 * on its own). Only the layouts h5py/libhdf5 write for attribute heaps are followed: a root direct
 * block or a root indirect block of direct blocks, unfiltered heaps.
 * Anything else is thrown as Hdf5Unsupported so the caller fails closed.
 */
import { BaseError } from '../../core/errors.ts';
/** Read access the dense reader needs from the attribute reader. */
export interface DenseCtx {
    so: number;
    sl: number;
    read(addr: number, len: number, what: string): Promise<Buffer>;
    uint(b: Buffer, at: number, n: number): number;
    undefinedAddr(b: Buffer, at: number): boolean;
}
/** A dense-storage structure we do not read (the caller fails closed). */
export declare class Hdf5Unsupported extends BaseError<'HDF5_UNSUPPORTED'> {
    constructor(message: string);
}
/** The attribute messages of a dense-storage object header, in name-index order. */
export declare function denseAttributeMessages(c: DenseCtx, heapAddr: number, nameIndexAddr: number): Promise<{
    data: Buffer;
    at: number;
}[]>;
