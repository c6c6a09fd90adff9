/** How the scanner names an archive member (zip, tar) in its findings, from the raw bytes of its name. */
import { isUtf8 } from 'node:buffer';

/** UTF-8 when the archive declares it or the bytes are valid UTF-8, else Latin-1 (every byte shown). */
export function memberName(raw: Buffer, declaredUtf8: boolean): string {
  // isUtf8 accepts exactly the byte strings that survive a UTF-8 decode and re-encode unchanged.
  return declaredUtf8 || isUtf8(raw) ? raw.toString('utf8') : raw.toString('latin1');
}
