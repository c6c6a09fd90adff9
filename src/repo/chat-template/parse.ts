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

export interface TemplateParser {
  /** The template's syntax tree; throws TemplateSyntaxError with our own message. */
  parse(text: string): Node;
}

export class TemplateSyntaxError extends Error {}

type JinjaModule = typeof import('@huggingface/jinja');

export async function loadTemplateParser(): Promise<TemplateParser> {
  const jinja: JinjaModule = await import('@huggingface/jinja');
  return { parse: (text) => parseWith(jinja, text) };
}

/**
 * The parser lacks Python's empty tuple `()` and the octal and `\N{NAME}` string escapes, which
 * payloads use (`().__class__`, `'\137\137class\137\137'`); when it refuses a template, the parse is
 * retried with each empty tuple written as an empty list (same attribute chains) and those escapes
 * decoded, so the walk still sees the payload.
 */
function parseWith(jinja: JinjaModule, text: string): Node {
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
  for (const m of text.matchAll(/\{%[-+]?\s*([A-Za-z_]\w*)([^%]*?)[-+]?%\}/g)) {
    const tag = m[1]!;
    const line = lineAt(text, m.index);
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
  const braces = /\{\{(?![\s\S]*?\}\})/.exec(text);
  if (braces) return `{{ at line ${lineAt(text, braces.index)} is never closed`;
  return 'template is not Jinja syntax the chat-template parser reads';
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
