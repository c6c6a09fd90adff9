import { type ByteSource } from '../../core/source.ts';
import type { Embedded } from './state.ts';
/**
 * The bytes a loader would get from the operand: raw operands are a window on the source; text is
 * re-read and encoded the way `_codecs.encode(s, 'latin1')` would (UTF-8 bytes when a character does
 * not fit latin-1). Null when the operand is too large to re-encode in memory.
 */
export declare function embeddedSource(source: ByteSource, e: Embedded, member: readonly string[]): Promise<ByteSource | null>;
/**
 * True when an embedded operand really is what its first bytes suggest, so tensor bytes that happen to
 * start with `0x78` or `1f 8b` (about once in 8,000 and 65,000 arrays) are not scanned as broken
 * archives: a deflate stream must inflate, a pickle must walk (to STOP, or naming a Python name before
 * it breaks, or cleanly to the end of what was read). Other magics are long enough on their own.
 */
export declare function confirmEmbedded(source: ByteSource, kind: Embedded['kind']): Promise<boolean>;
