/**
 * Buffered forward reader over a ByteSource window for the pickle walker. Reads in chunks, keeps
 * only the window it needs, and skips large payloads (tensor bytes, long strings) without reading
 * them, so a multi-GB pickle costs memory in proportion to its opcodes, not its data.
 */
import type { ByteSource } from '../../core/source.ts';
export declare class PickleReader {
    readonly source: ByteSource;
    /** Absolute offset of the next byte. */
    pos: number;
    readonly end: number;
    private buf;
    private bufStart;
    /** Next read size: starts small (sniffing and probing usually stop within bytes) and doubles. */
    private chunk;
    constructor(source: ByteSource, start?: number, end?: number);
    remaining(): number;
    private buffered;
    /** Makes `n` bytes (n ≤ CHUNK) available synchronously; false when fewer than `n` are left. */
    need(n: number): Promise<boolean>;
    /** True when `n` bytes are already buffered (the fast path that avoids an await). */
    has(n: number): boolean;
    byte(): number;
    /** Little-endian integers at the current position (caller ensured they are buffered). */
    u16(): number;
    u32(): number;
    i32(): number;
    /** Decodes `n` buffered bytes at the current position without copying them first. */
    takeText(n: number, encoding: 'latin1' | 'utf8'): string;
    take(n: number): Buffer;
    /** Moves forward `n` bytes without reading them (caller checked `remaining()`). */
    skip(n: number): void;
    /**
     * Reads `n` bytes keeping at most `keep` of them; the rest is skipped unread.
     * Caller checked `n <= remaining()`.
     */
    bytes(n: number, keep: number): Promise<Buffer>;
    /**
     * The next line when it is already buffered and at most `keep` bytes long (the synchronous fast path
     * of `line`); undefined otherwise. The text is a view of the buffer: use it before the next read.
     */
    bufferedLine(keep: number): {
        text: Buffer;
        length: number;
    } | undefined;
    /**
     * Reads up to and including the next `\n` (protocol 0 arguments). Returns the line without the
     * newline, keeping at most `keep` bytes of it, plus its full length; null when no newline is left.
     * `rest` sees every piece past the kept prefix (a long number is validated without being kept).
     */
    line(keep: number, rest?: (piece: Buffer) => void): Promise<{
        text: Buffer;
        length: number;
    } | null>;
}
