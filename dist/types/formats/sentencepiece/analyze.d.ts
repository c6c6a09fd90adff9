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
/** Walks every top-level field and every piece; a model that does not parse is reported. */
export declare function analyzeSentencePiece(ctx: AnalyzerContext): Promise<void>;
