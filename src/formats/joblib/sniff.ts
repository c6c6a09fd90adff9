/**
 * Compressed joblib files. joblib.load picks a decompressor by the file's first bytes alone
 * (joblib/numpy_pickle_utils.py `_detect_compressor`, prefixes in joblib/compressor.py): `ZF` (the
 * format of joblib < 0.9.3: `ZF`, a hex length, a zlib stream), then zlib (the single byte 0x78), gzip
 * (1f 8b), bz2 (`BZ`), LZMA-alone (5d 00), xz (fd 37 7a 58 5a) and lz4 (04 22 4d 18). gzip, bz2,
 * LZMA-alone, xz and lz4 are the compressed-stream analyzer's kinds (../compressed/index.ts); zlib and
 * `ZF` have no magic number a generic sniffer would know, so they are sniffed here. A file is taken for
 * one when joblib would take it and the stream really yields bytes (pickle.load would then run them):
 * text starting with `x` has the prefix but no zlib stream (`x = 1` sets the preset-dictionary bit,
 * which zlib refuses), so it is left to the text sniffers.
 */
import { KINDS, type Sniffer } from '../../core/sniff.ts';
import { pyInt } from '../py-int.ts';
import { nodeZlib } from '../../core/node-builtins.ts';

/** 'ZF' + len(hex(2**64)), as joblib's read_zfile reads the header. */
const ZFILE_HEADER = 2 + 19;
/** Where joblib's read_zfile starts the zlib data of a `ZF` file, or -1 when its header is invalid. */
export function zfileDataStart(head: Buffer): number {
  if (head.length <= ZFILE_HEADER || head[0] !== 0x5a || head[1] !== 0x46) return -1;
  if (pyInt(head.subarray(2, ZFILE_HEADER).toString('latin1'), 16) === undefined) return -1;
  // read_zfile: when the byte after the header is not 'x' (the first byte of the zlib stream), one
  // more byte (a space older writers added) is skipped.
  return head[ZFILE_HEADER] === 0x78 ? ZFILE_HEADER : ZFILE_HEADER + 1;
}

/** True when `data` starts a zlib stream that yields at least one byte before it ends or breaks. */
function zlibYields(data: Buffer): Promise<boolean> {
  const cmf = data[0];
  const flg = data[1];
  if (cmf === undefined || flg === undefined || (cmf & 0x0f) !== 8 || (cmf * 256 + flg) % 31 !== 0) {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const zlib = nodeZlib();
    const inflate = zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    let got = 0;
    inflate.on('data', (chunk: Buffer) => {
      got += chunk.length;
    });
    inflate.on('error', () => resolve(got > 0));
    inflate.on('end', () => resolve(got > 0));
    inflate.end(data);
  });
}

export const JOBLIB_ZLIB_SNIFFER: Sniffer = {
  kind: KINDS.zlib,
  priority: 60,
  match: ({ head }) => {
    if (head[0] === 0x78) return zlibYields(head);
    const start = zfileDataStart(head);
    return start > 0 ? zlibYields(head.subarray(start)) : false;
  },
};
