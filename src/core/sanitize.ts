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

import { fsDecode } from './paths.ts';

export type UntrustedText = string | Uint8Array;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Code points escaped for terminals: controls, format (bidi, zero-width), separators, surrogates, invisibles. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]$/u;
const WHITE_SPACE = /^\p{White_Space}$/u;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** UTF-8 bytes, lone surrogates and bytes that are not UTF-8 replaced by U+FFFD (as TextDecoder does). */
export function wellFormed(text: UntrustedText): string {
  if (typeof text !== 'string') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(text);
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** One piece of a name: a code point, or a byte that does not start a valid UTF-8 sequence. */
type Piece = { char: string } | { byte: number };

/**
 * A lone U+DC80..U+DCFF is a byte that was not UTF-8, as Python's os.fsdecode (surrogateescape) and
 * the walk decode file names: it is shown as that byte (`\xNN`), like the name's raw bytes would be.
 */
function* stringPieces(text: string): Generator<Piece> {
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (char.length === 1 && cp >= 0xdc80 && cp <= 0xdcff) yield { byte: cp - 0xdc00 };
    else yield { char }; // any other lone surrogate comes out on its own
  }
}

function escapeChar(char: string): string {
  const short = SHORT_ESCAPES[char];
  if (short) return short;
  if (!INVISIBLE.test(char)) return char;
  const cp = char.codePointAt(0)!;
  if (cp < 0x80) return `\\x${hex2(cp)}`;
  return cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\u{${cp.toString(16)}}`;
}

/**
 * Text safe for a terminal or a CI log line: one line, nothing invisible, no workflow command.
 * Escapes the first non-blank character when it is `:` and the `[` of every `##[`.
 */
/**
 * `text` cut to its first `max` characters with an ellipsis, and its full length when it was cut
 * (a message quoting a hostile name or key of any length stays readable and bounded).
 */
export function clip(text: string, max: number): { shown: string; length?: number } {
  return text.length <= max ? { shown: text } : { shown: `${text.slice(0, max)}…`, length: text.length };
}

/** Anything terminalText changes: an escaped character, a workflow command, a byte shown as \xNN. */
const NEEDS_TERMINAL_ESCAPE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}\\]|##\[|^\p{White_Space}*:/u;

export function terminalText(text: UntrustedText): string {
  // Most text needs nothing: return it without walking it a code point at a time (a 1 MB file name
  // from a checksum file made a million piece objects).
  if (typeof text === 'string' && !NEEDS_TERMINAL_ESCAPE.test(text)) return text;
  let out = '';
  let leading = true;
  // The last two characters written, kept by hand: `out.endsWith('##')` flattens the string being
  // built every time (a 90 KB policy key of `[[[` took 12 s).
  let last2 = '';
  for (const piece of stringPieces(typeof text === 'string' ? text : fsDecode(text))) {
    let written: string;
    if ('byte' in piece) {
      written = `\\x${hex2(piece.byte)}`;
      leading = false;
    } else {
      const { char } = piece;
      if (leading && char === ':') written = '\\x3a';
      else if (char === '[' && last2 === '##') written = '\\x5b';
      else written = escapeChar(char);
      if (leading && !WHITE_SPACE.test(char)) leading = false;
    }
    out += written;
    last2 = written.length >= 2 ? written.slice(-2) : last2.slice(-1) + written;
  }
  return out;
}

/**
 * A Markdown code span showing `text` as `terminalText` would (so it is one line and invisible
 * characters are visible). `table: true` also escapes `|`, which GitHub tables split cells on even
 * inside code spans. Empty text gives an empty string.
 */
export function markdownCode(text: UntrustedText, options: { table?: boolean } = {}): string {
  let body = terminalText(text);
  if (options.table) body = body.replace(/\|/g, '\\|');
  if (body === '') return '';
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are spaces: pad so only ours go.
  const pad =
    body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim())
      ? ' '
      : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * modelvet's own words in Markdown (a verdict line, a fix line that quotes commands in backticks,
 * which stay code): one line, and no pipe or HTML can leave a table cell.
 */
export function markdownText(text: string): string {
  return terminalText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .trim();
}

/** Deep nesting in free-form evidence is cut here (a hostile document can nest thousands deep). */
const MAX_JSON_DEPTH = 64;

/**
 * A copy of `value` that serializes to well-formed JSON whatever it holds: bytes as os.fsdecode text,
 * bigints as decimal strings, cycles and excessive depth cut.
 * Everything else keeps JSON.stringify's meaning (toJSON, undefined dropped, NaN as null).
 */
export function jsonValue(value: unknown, depth = 0, ancestors: Set<object> = new Set()): unknown {
  // Strings are kept as they are: JSON.stringify writes a lone surrogate as a `\uDCxx` escape, so the
  // text is well-formed and a name that is not UTF-8 (decoded as os.fsdecode does) keeps its bytes.
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return fsDecode(value);
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') return jsonValue(withToJson.toJSON(), depth, ancestors);
  if (ancestors.has(value)) return '[circular]';
  if (depth >= MAX_JSON_DEPTH) return '[nested too deep]';
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => jsonValue(v, depth + 1, ancestors));
    const out: Record<string, unknown> = {};
    // defineProperty, not `out[k] =`: a key named `__proto__` (from a hostile document) stays a key.
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: jsonValue(v, depth + 1, ancestors),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  } finally {
    ancestors.delete(value);
  }
}

/**
 * JSON text (pretty, newline-terminated) that is well-formed and executes no workflow command when
 * printed to a CI log: `##[` only occurs inside strings, where `[` may be written `\u005b`.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(jsonValue(value), null, 2).replace(/##\[/g, '##\\u005b')}\n`;
}

/**
 * An untrusted value named in a message: a JSON string or number, or what kind of thing it is
 * (never `undefined` or `[object Object]`), shortened to `max` characters.
 */
export function describeValue(value: unknown, max = 80): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    return JSON.stringify(wellFormed(value.length > max ? `${value.slice(0, max)}…` : value));
  }
  if (typeof value === 'bigint') return value.toString();
  return String(value);
}
