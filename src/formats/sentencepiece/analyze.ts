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
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { label } from '../../core/source.ts';
import { ProtoCursor, ProtoError, type ProtoField, walkMessage } from '../protobuf/cursor.ts';
import { WIRE } from '../protobuf/head.ts';
import { SENTENCEPIECE_MALFORMED } from './rules.ts';
import { FIRST_EXTENSION, MODEL_FIELDS, PIECE_WIRE } from './sniff.ts';

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

/** Walks every top-level field and every piece; a model that does not parse is reported. */
export async function analyzeSentencePiece(ctx: AnalyzerContext): Promise<void> {
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
}
