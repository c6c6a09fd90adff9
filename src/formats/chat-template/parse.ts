/**
 * Parsing chat templates with @huggingface/jinja (the parser transformers.js uses for chat
 * templates). The parser is an explicit value: `loadTemplateParser()` imports it on first use (most
 * scans hold no template; Node's module cache keeps the import) and callers pass it on.
 *
 * Its errors are never shown: a template it refuses gets our own one-line reason (an unclosed or
 * stray block tag, a statement it lacks such as with/include, nesting too deep), because a library
 * message ("Cannot read properties of undefined") says nothing about the file.
 */
import { decodeEscapes } from './fold.ts';
import type { Node } from './run.ts';
import { BaseError } from '../../core/errors.ts';
import { loadJinja } from '../../lazy.ts';

export interface TemplateParser {
  /** The template's syntax tree; throws TemplateSyntaxError with our own message. */
  parse(text: string): Node;
}

export class TemplateSyntaxError extends BaseError<'TEMPLATE_SYNTAX'> {
  constructor(message: string) {
    super('TEMPLATE_SYNTAX', message);
    this.name = 'TemplateSyntaxError';
  }
}

type JinjaModule = Awaited<ReturnType<typeof loadJinja>>;

export async function loadTemplateParser(): Promise<TemplateParser> {
  const jinja: JinjaModule = await loadJinja();
  return { parse: (text) => parseWith(jinja, text) };
}

/**
 * The parser lacks Python's empty tuple `()` and the octal and `\N{NAME}` string escapes, which
 * payloads use (`().__class__`, `'\137\137class\137\137'`); when it refuses a template, the parse is
 * retried with each empty tuple written as an empty list (same attribute chains) and those escapes
 * decoded, so the walk still sees the payload.
 */
function parseWith(jinja: JinjaModule, original: string): Node {
  const text = shortenWhitespace(original);
  try {
    return jinja.parse(jinja.tokenize(text));
  } catch (err) {
    const rewritten = text
      .replace(/(?<![\w)\]'"])\(\s*\)/g, '[]')
      .replace(/\\([0-7]{1,3}|N\{[A-Z -]+\})/g, (m) => {
        const c = decodeEscapes(m);
        return /^[\w.\- ]$/.test(c) ? c : m;
      });
    if (rewritten !== text) {
      try {
        return jinja.parse(jinja.tokenize(rewritten));
      } catch {
        // reported below for the original text
      }
    }
    throw new TemplateSyntaxError(
      err instanceof RangeError ? 'template nests too deep to parse' : describeParseFailure(text),
    );
  }
}

/** Longest whitespace run handed to the parser. */
const MAX_WHITESPACE_RUN = 64;

/**
 * The parser's preprocessing regex (`(\s*){%(-?)\s*(?:end)?generation...`) backtracks over every
 * whitespace run from each of its positions: 130,000 newlines take half a minute. Runs longer than
 * MAX_WHITESPACE_RUN are cut to that length before parsing. Nothing the analysis reads changes:
 * whitespace inside tags separates tokens whatever its length, outside tags it is output text, and a
 * string literal made shorter keeps its kind (no name is spelled with whitespace). Findings are
 * located in the original text, never in this copy.
 */
function shortenWhitespace(text: string): string {
  return text.replace(/\s{65,}/g, (run) => run.slice(0, MAX_WHITESPACE_RUN));
}

/** Statements Python's Jinja has and the chat-template parser does not. */
const UNSUPPORTED = new Set([
  'with',
  'include',
  'import',
  'from',
  'extends',
  'block',
  'raw',
  'autoescape',
  'trans',
  'do',
]);
const BLOCKS = new Set(['if', 'for', 'macro', 'call', 'filter', 'set', 'generation', ...UNSUPPORTED]);
const MIDDLE = new Set(['elif', 'else']);

/** Our own one-line reason why a template does not parse, from its block tags. */
export function describeParseFailure(text: string): string {
  const open: Array<{ tag: string; line: number }> = [];
  const lineAt = lineCounter(text);
  for (const m of text.matchAll(/\{%[-+]?\s*([A-Za-z_]\w*)([^%]*?)[-+]?%\}/g)) {
    const tag = m[1]!;
    const line = lineAt(m.index);
    if (UNSUPPORTED.has(tag))
      return `uses {% ${tag} %} (line ${line}), which the chat-template parser does not read`;
    if (tag === 'set' && /=/.test(m[2]!)) continue; // {% set x = ... %} has no end tag
    if (BLOCKS.has(tag)) open.push({ tag, line });
    else if (tag.startsWith('end')) {
      const top = open.pop();
      if (!top) return `{% ${tag} %} at line ${line} closes no block`;
      if (top.tag !== tag.slice(3))
        return `{% ${tag} %} at line ${line} closes {% ${top.tag} %} opened at line ${top.line}`;
    } else if (MIDDLE.has(tag) && open.at(-1)?.tag !== 'if' && open.at(-1)?.tag !== 'for') {
      return `{% ${tag} %} at line ${line} is outside an if or for block`;
    }
  }
  const unclosed = open.pop();
  if (unclosed) return `{% ${unclosed.tag} %} opened at line ${unclosed.line} is never closed`;
  // The first {{ with no }} after it: one that starts at or after the last }} (minus the overlap).
  const last = text.lastIndexOf('}}');
  const braces = text.indexOf('{{', last < 0 ? 0 : Math.max(0, last - 1));
  if (braces >= 0 && (last < 0 || braces + 2 > last)) return `{{ at line ${lineAt(braces)} is never closed`;
  return 'template is not Jinja syntax the chat-template parser reads';
}

/** Line numbers of increasing offsets, counted once over the text (not from the start each time). */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset;
    return line;
  };
}
