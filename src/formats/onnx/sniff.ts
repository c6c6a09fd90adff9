/**
 * The ONNX sniffer. ONNX has no magic number: a ModelProto is recognised by its protobuf shape
 * (ir_version first, only ModelProto field numbers, a graph or opset import) with the `.onnx`
 * extension as a hint, from the head's top-level fields (../protobuf/head.ts).
 */
import type { Sniffer } from '../../core/sniff.ts';
import { headFields, WIRE } from '../protobuf/head.ts';

export const ONNX_KIND = 'onnx';

/** ModelProto fields and their wire types (for the sniffer). */
const MODEL_FIELDS: Record<number, number> = {
  1: WIRE.varint,
  2: WIRE.len,
  3: WIRE.len,
  4: WIRE.len,
  5: WIRE.varint,
  6: WIRE.len,
  7: WIRE.len,
  8: WIRE.len,
  14: WIRE.len,
  20: WIRE.len,
  25: WIRE.len,
};

/** First-byte tags of GraphProto fields (node, name, initializer, doc, input, output, ...). */
const GRAPH_TAGS = new Set([1, 2, 5, 10, 11, 12, 13, 14, 15].map((f) => (f << 3) | WIRE.len));

/** True when `head` parses as the start of a ModelProto. Exported for tests. */
export function looksLikeOnnx(head: Buffer, size: number, name: string): boolean {
  const hint = name.endsWith('.onnx');
  const fields = headFields(head, size, 64, hint);
  if (!fields || fields.length === 0) return false;
  for (const f of fields) if (MODEL_FIELDS[f.field] !== f.wire) return false;
  const ir = fields.find((f) => f.field === 1);
  if (ir && (ir.value < 1n || ir.value > 100n)) return false;
  // Without ir_version in the head (fields reordered, or a huge graph first) the graph must look
  // like a GraphProto: its first tag is one of GraphProto's message/string fields.
  const graph = fields.find((f) => f.field === 7);
  const graphLike = graph !== undefined && GRAPH_TAGS.has(head[graph.start] ?? -1);
  if (!ir && !hint && !graphLike) return false;
  // A graph or an opset import: a bare ir_version + strings is too little to call it a model.
  const model = fields.some((f) => f.field === 7 || f.field === 8);
  return model || (hint && fields.length >= 2);
}

export const ONNX_SNIFFER: Sniffer = {
  kind: ONNX_KIND,
  // Above the structural pickle sniffer (50): a ModelProto's 0x08 first byte is no pickle opcode,
  // but the order should not depend on import order.
  priority: 51,
  match: ({ head, size, name }) => looksLikeOnnx(head, size, name),
};
