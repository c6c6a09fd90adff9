/**
 * Reads the attributes of an HDF5 file's root group, and nothing else.
 *
 * Why our own reader: the npm HDF5 readers either load the whole file into memory (jsfive takes an
 * ArrayBuffer of the file; h5wasm copies it into Emscripten's in-memory FS unless it is a plain
 * file on disk, so an .h5 inside a .keras zip or a tar would be copied whole) or compile the HDF5 C
 * library, whose parser throws, or worse, on the malformed files we must report. Keras keeps what
 * matters (`model_config`, `training_config`, `keras_version`) in root attributes, so the reader
 * follows the superblock to the root object header (v1 or v2, with continuation blocks) and
 * decodes attribute messages: fixed-length strings and variable-length strings from the global
 * heap, and attributes in dense storage (fractal heap + name index, ./dense.ts). Every address
 * and length is checked against the file; everything it cannot follow (shared datatypes, heap
 * layouts h5py does not write) is reported as `unsupported` so the caller fails closed instead of
 * passing the file.
 */
import type { ByteSource } from '../../core/source.ts';
import { BaseError } from '../../core/errors.ts';
export declare class Hdf5Error extends BaseError<'HDF5_INVALID'> {
    readonly offset: number;
    constructor(message: string, offset: number);
}
export interface Hdf5Attribute {
    name: string;
    /** Decoded string value(s) when the attribute holds strings and was asked for. */
    value?: string[];
    /** Datatype class (0 fixed-point, 3 string, 9 variable-length, ...). */
    typeClass: number;
    /** Why the value could not be decoded, when it could not. */
    unsupported?: string;
}
export interface Hdf5Root {
    superblockOffset: number;
    version: number;
    attributes: Hdf5Attribute[];
    /** Structures the reader cannot follow; attributes may hide there. */
    unsupported: string[];
}
/**
 * Reads the root group's attributes. String values are decoded for names in `decode` (all when
 * omitted). Throws Hdf5Error for structures that are broken (not merely unsupported).
 */
export declare function readRootAttributes(src: ByteSource, decode?: ReadonlySet<string>): Promise<Hdf5Root>;
