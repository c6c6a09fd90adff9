/** The sniffer for tar archives without the ustar magic (the ustar magic is a core sniffer). */
import { KINDS, type Sniffer } from '../../core/sniff.ts';

/**
 * The header checksum rule every tar reader applies: the octal number at 148..155 equals the sum of
 * the block's bytes with that field counted as spaces (some writers sum signed bytes; both accepted).
 * Checked here without the `tar` package so that sniffing every file does not load it.
 */
export function tarChecksumValid(block: Uint8Array): boolean {
  if (block.length < 512) return false;
  const field = Buffer.from(block.subarray(148, 156)).toString('latin1');
  const m = /^\s*([0-7]{1,8})[\0 ]*$/.exec(field.replace(/\0+$/, ''));
  if (!m) return false;
  const want = Number.parseInt(m[1]!, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}

/** Tar without the ustar magic (v7): a header block whose checksum is right and that names a path. */
export const TAR_SNIFFER: Sniffer = {
  kind: KINDS.tar,
  priority: 45,
  match: ({ head }) => head.length >= 512 && head[0] !== 0 && tarChecksumValid(head.subarray(0, 512)),
};
