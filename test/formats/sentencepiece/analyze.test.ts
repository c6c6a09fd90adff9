/** SentencePiece ModelProto files: recognised by structure, walked to the end, malformed ones reported. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeSentencePiece } from '../../../src/formats/sentencepiece/sniff.ts';
import { FIXTURES, mutateFixture, pb, rules, scanBytes, scanFile } from '../models-helper.ts';

const MODELS = [
  'hf/llama/tokenizer.model',
  'hf/mistral/tokenizer.model',
  'hf/gemma/tokenizer.model',
  'hf/t5/spiece.model',
];
const path = (rel: string) => join(FIXTURES, 'benign', rel);
/** A SentencePiece message: piece (string), score (fixed32 float), optional type (enum). */
const piece = (text: string, score: number, type?: number) => {
  const b = Buffer.alloc(5);
  b[0] = 0x15;
  b.writeFloatLE(score, 1);
  const t = Buffer.from(text);
  return Buffer.concat([
    Buffer.from([0x0a, t.length]),
    t,
    b,
    type === undefined ? Buffer.alloc(0) : Buffer.from([0x18, type]),
  ]);
};

describe('SentencePiece models', () => {
  it('the tokenizer models sentencepiece wrote are recognised whatever their name, with no finding', async () => {
    for (const rel of MODELS) {
      const r = await scanFile(path(rel));
      expect(r.kind, rel).toBe('sentencepiece');
      expect(r.findings, rel).toEqual([]);
    }
  });

  it('a file that starts like one and does not parse to the end is reported, not passed', async () => {
    const good = pb([
      [1, piece('<unk>', 0, 2)],
      [1, piece('a', -1)],
    ]);
    expect(looksLikeSentencePiece(good, good.length)).toBe(true);
    expect((await scanBytes(good, 'x.model')).findings).toEqual([]);
    // A length past the end, and a piece whose score is a string.
    const cut = Buffer.concat([good, Buffer.from([0x12, 0x7f, 0x00])]);
    expect(rules((await scanBytes(cut, 'x.model')).findings)).toEqual(['sentencepiece/malformed']);
    const wrong = pb([
      [1, piece('<unk>', 0, 2)],
      [
        1,
        pb([
          [1, 'a'],
          [2, 'not a float'],
        ]),
      ],
    ]);
    expect(rules((await scanBytes(wrong, 'x.model')).findings)).toEqual(['sentencepiece/malformed']);
  });

  it('a pickle named tokenizer.model is still read as a pickle', async () => {
    const payload = Buffer.from('\x80\x02cposix\nsystem\n(U\x02idtR.', 'latin1');
    const r = await scanBytes(payload, 'tokenizer.model');
    expect(r.kind).toBe('pickle');
    expect(rules(r.findings)).toContain('pickle/dangerous-global');
  });

  it('mutated models never crash the analyzer', async () => {
    await mutateFixture(path('hf/llama/tokenizer.model'), 'tokenizer.model', 200);
  });
});
