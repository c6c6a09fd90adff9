/** The SentencePiece sniffer: the first piece of a ModelProto, from the head's protobuf fields. */
import type { Sniffer } from '../../core/sniff.ts';
export declare const SENTENCEPIECE_KIND = "sentencepiece";
export declare const MODEL_FIELDS: Set<number>;
/** `extensions 200 to max` in sentencepiece_model.proto. */
export declare const FIRST_EXTENSION = 200;
/** SentencePiece fields and their wire types: piece (string), score (float), type (enum). */
export declare const PIECE_WIRE: Record<number, number>;
/** The head holds a first piece: 0x0a <len> 0x0a <len> <piece>, then score/type fields or the next piece. */
export declare function looksLikeSentencePiece(head: Buffer, size: number): boolean;
export declare const SENTENCEPIECE_SNIFFER: Sniffer;
