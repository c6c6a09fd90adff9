/**
 * SentencePiece models (`tokenizer.model`, `spiece.model`, `sentencepiece.bpe.model`): a protobuf
 * ModelProto (sentencepiece_model.proto) that the C++ library parses with ParseFromArray. Its fields
 * are data (pieces with scores, trainer and normalizer settings, a precompiled character map); nothing
 * in it is code, so a file that parses as a ModelProto needs no finding.
 *
 * The sniffer recognises the first piece from the head (field 1, a SentencePiece message whose first
 * field is the piece string), whatever the file is called; the analyzer then walks every top-level
 * field and every piece with the protobuf walker. A file that does not parse all the way is reported
 * (fail closed): the library would refuse it, and whatever else reads it is not known.
 */
import type { FileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import type { Sniffer } from '../core/sniff.ts';
import { label } from '../core/source.ts';
import { ProtoCursor, ProtoError, type ProtoField, WIRE, walkMessage } from './protobuf/cursor.ts';

export const SENTENCEPIECE_KIND = 'sentencepiece';

export const SENTENCEPIECE_MALFORMED = defineRule({
  id: 'sentencepiece/malformed',
  severity: 'medium',
  title: 'SentencePiece model that does not parse',
  tags: ['fail-closed'],
  explain: `The file starts like a SentencePiece ModelProto (tokenizer.model) but does not parse as one
all the way: a length runs past the file, a piece is not a SentencePiece message, or a field has the
wrong wire type. sentencepiece refuses such a file, so it is not the tokenizer it looks like, and
modelvet does not know what else reads it. Fix: download the tokenizer again from its source.`,
});

/** ModelProto fields: pieces, trainer_spec, normalizer_spec, self_test_data, denormalizer_spec. */
const MODEL_FIELDS = new Set([1, 2, 3, 4, 5]);
/** `extensions 200 to max` in sentencepiece_model.proto. */
const FIRST_EXTENSION = 200;
/** SentencePiece fields and their wire types: piece (string), score (float), type (enum). */
const PIECE_WIRE: Record<number, number> = { 1: WIRE.len, 2: WIRE.i32, 3: WIRE.varint };

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

async function walkModel(cur: ProtoCursor): Promise<number> {
  let pieces = 0;
  await walkMessage(cur, 0, cur.size, async (f: ProtoField) => {
    if (!MODEL_FIELDS.has(f.field) && f.field < FIRST_EXTENSION) return; // unknown fields are skipped
    if (MODEL_FIELDS.has(f.field) && f.wire !== WIRE.len)
      throw new ProtoError(`ModelProto field ${f.field} should be a message`, f.offset);
    if (f.field !== 1) return;
    pieces++;
    await cur.sub(f, 1, (g) => {
      const wire = PIECE_WIRE[g.field];
      if (wire !== undefined && wire !== g.wire)
        throw new ProtoError(`SentencePiece field ${g.field} has wire type ${g.wire}`, g.offset);
    });
  });
  return pieces;
}

export const SENTENCEPIECE_ANALYZER: FileAnalyzer = {
  id: 'sentencepiece',
  kinds: [SENTENCEPIECE_KIND],
  claims: [SENTENCEPIECE_KIND],
  async analyze(ctx) {
    const cur = new ProtoCursor(ctx.source);
    try {
      const pieces = await walkModel(cur);
      if (pieces === 0) throw new ProtoError('no pieces', 0);
    } catch (e) {
      if (!(e instanceof ProtoError)) throw e;
      ctx.report(
        finding(SENTENCEPIECE_MALFORMED, {
          message: `${label(ctx.source)}: starts like a SentencePiece model but does not parse as one (${e.message})`,
          offset: e.offset,
          evidence: { reason: e.message },
        }),
      );
    }
  },
};
