/** The HDF5 format signature (HDF5 File Format Specification, "Format Signature"): where a superblock starts. */
export const HDF5_SIGNATURE = Buffer.from('\x89HDF\r\n\x1a\n', 'latin1');
