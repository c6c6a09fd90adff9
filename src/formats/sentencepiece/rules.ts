/** The rule of the SentencePiece analyzer (analyze.ts), with its explain text. */
import { defineRule } from '../../core/finding.ts';

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
