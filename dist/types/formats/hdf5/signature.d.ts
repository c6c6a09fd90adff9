/** The HDF5 format signature (HDF5 File Format Specification, "Format Signature"): where a superblock starts. */
export declare const HDF5_SIGNATURE: Buffer<ArrayBuffer>;
