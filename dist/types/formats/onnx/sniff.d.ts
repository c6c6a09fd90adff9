/**
 * The ONNX sniffer. ONNX has no magic number: a ModelProto is recognised by its protobuf shape
 * (ir_version first, only ModelProto field numbers, a graph or opset import) with the `.onnx`
 * extension as a hint, from the head's top-level fields (../protobuf/head.ts).
 */
import type { Sniffer } from '../../core/sniff.ts';
export declare const ONNX_KIND = "onnx";
/** True when `head` parses as the start of a ModelProto. Exported for tests. */
export declare function looksLikeOnnx(head: Buffer, size: number, name: string): boolean;
export declare const ONNX_SNIFFER: Sniffer;
