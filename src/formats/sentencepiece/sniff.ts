/** The SentencePiece sniffer: the first piece of a ModelProto, from the head's protobuf fields. */
import type { Sniffer } from '../../core/sniff.ts';
import { WIRE } from '../protobuf/head.ts';

export const SENTENCEPIECE_KIND = 'sentencepiece';

export const MODEL_FIELDS = new Set([1, 2, 3, 4, 5]);
/** `extensions 200 to max` in sentencepiece_model.proto. */
export const FIRST_EXTENSION = 200;
/** SentencePiece fields and their wire types: piece (string), score (float), type (enum). */
export const PIECE_WIRE: Record<number, number> = { 1: WIRE.len, 2: WIRE.i32, 3: WIRE.varint };

function varintAt(b: Buffer, at: number): [number, number] | undefined {
  let v = 0;
  for (let i = at, mul = 1; i < b.length && i < at + 5; i++, mul *= 128) {
    v += (b[i]! & 0x7f) * mul;
    if ((b[i]! & 0x80) === 0) return [v, i + 1];
  }
  return undefined;
}

/** The head holds a first piece: 0x0a <len> 0x0a <len> <piece>, then score/type fields or the next piece. */
export function looksLikeSentencePiece(head: Buffer, size: number): boolean {
  if (head[0] !== 0x0a) return false;
  const outer = varintAt(head, 1);
  if (!outer || outer[0] < 2 || outer[1] + outer[0] > size) return false;
  const end = outer[1] + outer[0];
  if (end > head.length) return false;
  let at = outer[1];
  let sawPiece = false;
  while (at < end) {
    const tag = head[at]!;
    const field = tag >> 3;
    const wire = tag & 7;
    if (PIECE_WIRE[field] !== wire) return false;
    if (wire === WIRE.len) {
      const len = varintAt(head, at + 1);
      if (!len || len[1] + len[0] > end) return false;
      sawPiece = true;
      at = len[1] + len[0];
    } else if (wire === WIRE.i32) at += 5;
    else {
      const v = varintAt(head, at + 1);
      if (!v) return false;
      at = v[1];
    }
  }
  return sawPiece && at === end;
}

export const SENTENCEPIECE_SNIFFER: Sniffer = {
  kind: SENTENCEPIECE_KIND,
  // Above the structural pickle sniffer (50) and ONNX (51): 0x0a is no pickle opcode and no
  // ModelProto of ONNX starts with field 1 as a message.
  priority: 52,
  match: ({ head, size }) => looksLikeSentencePiece(head, size),
};
