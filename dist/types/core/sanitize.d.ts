/**
 * The one sanitizer for text that came from scanned content: file and member names, messages that
 * quote them, evidence. Findings carry such text raw; every reporter passes it through here on the
 * way out, once, with the rule of its medium:
 *
 * - `terminalText`: terminals and CI logs (the human report, stderr, `policy check`, the Action's
 *   log lines, SARIF messages). One line; every control, format, separator and invisible
 *   character escaped, so a name can neither move
 *   the cursor nor forge a report line, nor reorder what is shown (bidi overrides,
 *   https://trojansource.codes/). It also defuses GitHub Actions workflow commands: the runner
 *   executes a line that starts with `::` after leading whitespace, and the legacy form `##[` found
 *   anywhere in a line (actions/runner src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse).
 * - Actions annotations: the message is `terminalText`; @actions/core then percent-encodes `%`, CR
 *   and LF in it, and a file is only given when `terminalText` leaves its name unchanged.
 * - `markdownCode`: a Markdown code span (GitHub job summaries): nothing inside is Markdown, HTML or
 *   a link; the fence is longer than any run of backticks inside. `markdownText` for modelvet's own
 *   words in a table cell (HTML and pipes escaped).
 * - `wellFormed` / `jsonText`: JSON and SARIF, well-formed Unicode whatever the input (a lone
 *   surrogate from a hostile JSON document, a file name that is not UTF-8).
 *
 * Input is a string that may hold lone surrogates, or the raw bytes of a name (Uint8Array).
 * Escapes: `\\`, `\n`, `\r`, `\t`, `\xNN` for other ASCII controls and for bytes that are not
 * UTF-8, `\uNNNN` / `\u{N}` for other code points. Since `\` itself is escaped, two different names
 * never look alike.
 */
export type UntrustedText = string | Uint8Array;
/** UTF-8 bytes, lone surrogates and bytes that are not UTF-8 replaced by U+FFFD (as TextDecoder does). */
export declare function wellFormed(text: UntrustedText): string;
/**
 * Text safe for a terminal or a CI log line: one line, nothing invisible, no workflow command.
 * Escapes the first non-blank character when it is `:` and the `[` of every `##[`.
 */
/**
 * `text` cut to its first `max` characters with an ellipsis, and its full length when it was cut
 * (a message quoting a hostile name or key of any length stays readable and bounded).
 */
export declare function clip(text: string, max: number): {
    shown: string;
    length?: number;
};
export declare function terminalText(text: UntrustedText): string;
/**
 * A Markdown code span showing `text` as `terminalText` would (so it is one line and invisible
 * characters are visible). `table: true` also escapes `|`, which GitHub tables split cells on even
 * inside code spans. Empty text gives an empty string.
 */
export declare function markdownCode(text: UntrustedText, options?: {
    table?: boolean;
}): string;
/**
 * modelvet's own words in Markdown (a verdict line, a fix line that quotes commands in backticks,
 * which stay code): one line, and no pipe or HTML can leave a table cell.
 */
export declare function markdownText(text: string): string;
/**
 * A copy of `value` that serializes to well-formed JSON whatever it holds: bytes as os.fsdecode text,
 * bigints as decimal strings, cycles and excessive depth cut.
 * Everything else keeps JSON.stringify's meaning (toJSON, undefined dropped, NaN as null).
 */
export declare function jsonValue(value: unknown, depth?: number, ancestors?: Set<object>): unknown;
/**
 * JSON text (pretty, newline-terminated) that is well-formed and executes no workflow command when
 * printed to a CI log: `##[` only occurs inside strings, where `[` may be written `\u005b`.
 */
export declare function jsonText(value: unknown): string;
/**
 * An untrusted value named in a message: a JSON string or number, or what kind of thing it is
 * (never `undefined` or `[object Object]`), shortened to `max` characters.
 */
export declare function describeValue(value: unknown, max?: number): string;
