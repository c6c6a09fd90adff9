/**
 * A small protobuf wire-format walker shared by the ONNX and TensorFlow analyzers.
 *
 * Why our own and not protobufjs / google-protobuf: those decode a whole message into memory
 * (an ONNX file with embedded weights is gigabytes of `raw_data`), need the .proto schemas
 * compiled in, and throw on the first malformed byte, which would blind the scanner. This walker
 * reads through a ByteSource with a small window cache, hands each field's position to the caller,
 * and lets the caller descend into the sub-messages it cares about and skip the rest (tensor data)
 * without reading it. Every length is checked against the bytes left in the enclosing message.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { type RuleDefinition } from '../../core/finding.ts';
import { type ByteSource } from '../../core/source.ts';
import { BaseError } from '../../core/errors.ts';
/**
 * Fields one walk may visit (~1 µs each): a hostile file of empty messages stops after ~20 s with a
 * finding instead of running for the length of a 2 GB protobuf. Real graphs are far below this.
 */
export declare const MAX_FIELDS = 20000000;
/** Protobuf's own default recursion limit. */
export declare const MAX_PROTO_DEPTH = 100;
export interface ProtoField {
    field: number;
    wire: number;
    /** Offset of the tag. */
    offset: number;
    /** Varint value (wire 0) or fixed value (wire 1, 5). */
    value: bigint;
    /** Payload start and length for wire 2 (and for fixed types); 0 length for varints. */
    start: number;
    length: number;
}
export declare class ProtoError extends BaseError<'PROTOBUF_INVALID'> {
    readonly offset: number;
    constructor(message: string, offset: number);
}
/** Random access to a ByteSource through one cached window, so small fields cost no extra reads. */
export declare class ProtoCursor {
    readonly source: ByteSource;
    private buf;
    private bufStart;
    /** Fields visited so far (callers bound the work on hostile input). */
    fieldsVisited: number;
    constructor(source: ByteSource);
    get size(): number;
    /** [at, at+n) (clamped to the end) when it is already in the window. */
    private inWindow;
    /** Ensures [at, at+n) (clamped to the end) is in the window and returns it. */
    private window;
    /** Loads [start, end) into the window in one read when it is small (a node, a small graph). */
    preload(start: number, end: number): Promise<void>;
    /** A varint decoded from the window, or undefined when its bytes are not loaded. */
    varintNow(at: number, limit: number): {
        value: bigint;
        next: number;
    } | undefined;
    varint(at: number, limit: number): Promise<{
        value: bigint;
        next: number;
    }>;
    /** Reads a payload of at most `cap` bytes (longer payloads are truncated to `cap`). */
    bytes(start: number, length: number, cap?: number): Promise<Buffer>;
    /** A string field (truncated to `cap` bytes); throws when the field is not length-delimited. */
    string(f: ProtoField, cap?: number): Promise<string>;
    /** The string when its bytes are in the window (no await), else undefined. */
    stringNow(f: ProtoField, cap?: number): string | undefined;
    /** Walks the sub-message in field `f` at nesting `depth` (bounded like protobuf's parser). */
    sub(f: ProtoField, depth: number, visit: (g: ProtoField) => unknown): Promise<void>;
}
/**
 * Calls `visit` for every field of the message in [start, end). Groups (wire 3/4, deprecated) are
 * skipped like protobuf skips unknown fields. Throws ProtoError naming the offset of bad input.
 */
export declare function walkMessage(cur: ProtoCursor, start: number, end: number, visit: (f: ProtoField) => unknown, maxFields?: number): Promise<void>;
/**
 * Runs a walk; broken structure becomes a `rule` finding at the offending offset (what was walked
 * before it stays in the caller's summary). I/O errors propagate (the scan reports them).
 */
export declare function walkOrReport(ctx: AnalyzerContext, rule: RuleDefinition, walk: () => Promise<unknown>): Promise<void>;
