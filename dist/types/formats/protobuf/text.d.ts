/**
 * Protocol Buffers text format, read the way TensorFlow reads `saved_model.pbtxt`: with the C++
 * TextFormat parser (protobuf src/google/protobuf/text_format.cc on io/tokenizer.cc, shell-style
 * comments). What matters for a scanner, because a regex gets each of these wrong:
 * - adjacent string literals are one value (`op: "Read" 'File'`),
 * - escapes: `\ooo` octal (1-3 digits), `\xh`/`\xhh`, `\u`/`\U` code points, `\n`-style letters,
 * - `#` starts a comment to the end of the line, outside strings only,
 * - `:` is optional before a message value; messages use `{...}` or `<...>`,
 * - repeated fields may use list syntax `field: [v1, v2]`, fields may end with `,` or `;`,
 * - field names may be `[extension.name]` or `[type.googleapis.com/pkg.Type]` (Any).
 *
 * The parser is schema-less: it returns the tree of named fields and leaves meaning to the caller.
 * Strings are byte strings (latin1 in, bytes out), as protobuf's are. Why not a library: protobufjs'
 * text support needs the schemas and throws on the first unknown field, and no other npm package
 * follows the C++ tokenizer's escape and concatenation rules.
 */
import { BaseError } from '../../core/errors.ts';
export declare class TextFormatError extends BaseError<'PROTOBUF_TEXT_SYNTAX'> {
    readonly line: number;
    constructor(message: string, line: number);
}
export interface TextScalar {
    kind: 'string' | 'identifier' | 'number';
    /** Identifier or number text; for strings the decoded bytes as latin1. */
    text: string;
}
export interface TextField {
    name: string;
    line: number;
    value: TextMessage | TextScalar;
}
export interface TextMessage {
    fields: TextField[];
}
type TokKind = 'identifier' | 'number' | 'string' | 'symbol';
interface Tok {
    kind: TokKind;
    /** Raw text (strings include their quotes). */
    text: string;
    line: number;
}
/** protobuf's default recursion limit, which the text parser also enforces. */
export declare const TEXT_MAX_DEPTH = 100;
/** io::Tokenizer with SH comment style. Input is latin1 (one char per byte). */
export declare function tokenizeText(s: string): Tok[];
/** Tokenizer::ParseStringAppend: the bytes of one literal (quotes included in `raw`). */
export declare function unescapeText(raw: string): string;
/** Parses a whole text-format message. Throws TextFormatError with the line of the problem. */
export declare function parseTextFormat(latin1: string): TextMessage;
/** Field values by name, in order (repeated fields and list syntax alike). */
export declare function fieldsNamed(m: TextMessage, name: string): (TextMessage | TextScalar)[];
export declare const isMessage: (v: TextMessage | TextScalar | undefined) => v is TextMessage;
/** The UTF-8 text of a string scalar (protobuf `string` fields hold UTF-8 bytes). */
export declare function scalarText(v: TextMessage | TextScalar | undefined): string | undefined;
export {};
