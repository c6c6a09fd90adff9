import { P as ProtoCursor, a as ProtoError, w as walkMessage } from './chunk-D3uKJqjV.js';
import { bg as SENTENCEPIECE_MALFORMED, bh as MODEL_FIELDS, bi as FIRST_EXTENSION, bj as WIRE, bk as PIECE_WIRE } from './chunk-B-6LZOx6.js';
import { f as finding, l as label } from './chunk-CXVaUTXl.js';
import './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';

// src/formats/sentencepiece/analyze.ts
async function walkModel(cur) {
  let pieces = 0;
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (!MODEL_FIELDS.has(f.field) && f.field < FIRST_EXTENSION) return;
    if (MODEL_FIELDS.has(f.field) && f.wire !== WIRE.len)
      throw new ProtoError(`ModelProto field ${f.field} should be a message`, f.offset);
    if (f.field !== 1) return;
    pieces++;
    await cur.sub(f, 1, (g) => {
      const wire = PIECE_WIRE[g.field];
      if (wire !== void 0 && wire !== g.wire)
        throw new ProtoError(`SentencePiece field ${g.field} has wire type ${g.wire}`, g.offset);
    });
  });
  return pieces;
}
async function analyzeSentencePiece(ctx) {
  const cur = new ProtoCursor(ctx.source);
  try {
    const pieces = await walkModel(cur);
    if (pieces === 0) throw new ProtoError("no pieces", 0);
  } catch (e) {
    if (!(e instanceof ProtoError)) throw e;
    ctx.report(
      finding(SENTENCEPIECE_MALFORMED, {
        message: `${label(ctx.source)}: starts like a SentencePiece model but does not parse as one (${e.message})`,
        offset: e.offset,
        evidence: { reason: e.message }
      })
    );
  }
}

export { analyzeSentencePiece };
