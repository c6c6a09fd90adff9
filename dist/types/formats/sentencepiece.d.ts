export declare const SENTENCEPIECE_KIND = "sentencepiece";
export declare const SENTENCEPIECE_MALFORMED: import("../core/finding.ts").RuleDefinition;
/** The head holds a first piece: 0x0a <len> 0x0a <len> <piece>, then score/type fields or the next piece. */
export declare function looksLikeSentencePiece(head: Buffer, size: number): boolean;
