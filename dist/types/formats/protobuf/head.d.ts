/**
 * The top-level fields of a protobuf prefix, for sniffers: a few bytes of the file's head decide
 * whether it can be a SavedModel, a GraphDef or an ONNX model. Kept apart from the walker
 * (cursor.ts) so the sniffers, which run on every file, load only this.
 */
/** Protobuf's wire types (encoding.md, "Message Structure"). */
export declare const WIRE: {
    readonly varint: 0;
    readonly i64: 1;
    readonly len: 2;
    readonly startGroup: 3;
    readonly endGroup: 4;
    readonly i32: 5;
};
/** Top-level fields of a protobuf prefix (for sniffers); stops quietly where the head ends. */
export interface HeadField {
    field: number;
    wire: number;
    value: bigint;
    start: number;
    length: number;
}
/**
 * Parses the top-level fields of `head` (the first bytes of a source of `size` bytes). Returns
 * undefined when the bytes are not a protobuf message (or one whose fields reach past `size`).
 */
export declare function headFields(head: Buffer, size: number, max?: number, allowTruncated?: boolean): HeadField[] | undefined;
