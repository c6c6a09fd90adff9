import {
  WIRE
} from "./chunk-CHHKVE24.js";
import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/sentencepiece/sniff.ts
var SENTENCEPIECE_KIND = "sentencepiece";
var MODEL_FIELDS = /* @__PURE__ */ new Set([1, 2, 3, 4, 5]);
var FIRST_EXTENSION = 200;
var PIECE_WIRE = { 1: WIRE.len, 2: WIRE.i32, 3: WIRE.varint };
function varintAt(b, at) {
  let v = 0;
  for (let i = at, mul = 1; i < b.length && i < at + 5; i++, mul *= 128) {
    v += (b[i] & 127) * mul;
    if ((b[i] & 128) === 0) return [v, i + 1];
  }
  return void 0;
}
function looksLikeSentencePiece(head, size) {
  if (head[0] !== 10) return false;
  const outer = varintAt(head, 1);
  if (!outer || outer[0] < 2 || outer[1] + outer[0] > size) return false;
  const end = outer[1] + outer[0];
  if (end > head.length) return false;
  let at = outer[1];
  let sawPiece = false;
  while (at < end) {
    const tag = head[at];
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
var SENTENCEPIECE_SNIFFER = {
  kind: SENTENCEPIECE_KIND,
  // Above the structural pickle sniffer (50) and ONNX (51): 0x0a is no pickle opcode and no
  // ModelProto of ONNX starts with field 1 as a message.
  priority: 52,
  match: ({ head, size }) => looksLikeSentencePiece(head, size)
};

// src/formats/sentencepiece/rules.ts
var SENTENCEPIECE_MALFORMED = defineRule({
  id: "sentencepiece/malformed",
  severity: "medium",
  title: "SentencePiece model that does not parse",
  tags: ["fail-closed"],
  explain: `The file starts like a SentencePiece ModelProto (tokenizer.model) but does not parse as one
all the way: a length runs past the file, a piece is not a SentencePiece message, or a field has the
wrong wire type. sentencepiece refuses such a file, so it is not the tokenizer it looks like, and
modelvet does not know what else reads it. Fix: download the tokenizer again from its source.`
});

export {
  SENTENCEPIECE_KIND,
  MODEL_FIELDS,
  FIRST_EXTENSION,
  PIECE_WIRE,
  looksLikeSentencePiece,
  SENTENCEPIECE_SNIFFER,
  SENTENCEPIECE_MALFORMED
};
