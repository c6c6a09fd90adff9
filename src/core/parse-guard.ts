/**
 * The one guard every third-party parser runs behind (yaml, toml-eslint-parser, @lezer/python,
 * and the template and config parsers): hostile input must become a finding about that file, never
 * a crash, a hang or a library's error text in a report.
 *
 * 1. Before parsing, a cheap linear pre-check of size and nesting depth (`NESTING.*`): recursive
 *    descent in these libraries overflows the stack on deep input, and some of them allocate
 *    per level (`yaml` took 711 MiB for 1 MB of `[[[`).
 * 2. The parse (or any later step, with `guardRun`) is wrapped so that nothing escapes.
 * 3. A failure comes back as a typed `ParseFailure` with our own one-line message; the caller turns
 *    it into its own rule's finding for that file only (never the library's text: "Maximum call
 *    stack size exceeded" and "Cannot read properties of undefined" say nothing to a user).
 *
 * The limits (parse-limits.ts) mirror the loaders where they have one: CPython refuses more than 200
 * nested brackets (`MAXLEVEL` in Parser/tokenizer.h: "too many nested parentheses"), so deeper Python
 * never runs.
 */
import { CST, Lexer } from 'yaml';
import { BaseError, isStackOverflow } from './errors.ts';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH, DEPTH_LIMITS } from './parse-limits.ts';

export type ParseFailureReason =
  | 'too-large'
  | 'too-deep'
  | 'too-costly'
  | 'stack-overflow'
  | 'internal-error';

/** Thrown by a parse step that stops itself at its work bound (see pins/python.ts). */
export class ParseBudgetError extends BaseError<'PARSE_BUDGET'> {
  constructor(message: string) {
    super('PARSE_BUDGET', message);
    this.name = 'ParseBudgetError';
  }
}

export interface ParseFailure {
  reason: ParseFailureReason;
  /** Where in the text the problem was found (0 when it cannot be placed). */
  offset: number;
  /** One line, ours. */
  message: string;
}

export type Guarded<T> = { ok: true; value: T } | { ok: false; failure: ParseFailure };

/** Offset where nesting first goes deeper than `limit`, or -1. Linear in the text, no allocation per level. */
export type NestingScan = (text: string, limit: number) => number;

export interface GuardOptions {
  /** What is parsed, for messages: `YAML`, `TOML`, `Python`, `Jinja template`. */
  what: string;
  nesting?: NestingScan;
  /** Deepest nesting accepted (default: DEFAULT_MAX_DEPTH, parse-limits.ts). */
  maxDepth?: number;
  /** Longest text accepted, in UTF-16 code units (default: DEFAULT_MAX_LENGTH, parse-limits.ts). */
  maxLength?: number;
}

/** Runs `parse(text)` behind the pre-checks and a catch-all. */
export function guardParse<T>(text: string, parse: (text: string) => T, options: GuardOptions): Guarded<T> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  // Nesting first (the more specific reason, and for Python the one that says CPython cannot run it),
  // on text of any size the scan reads; then the length this parser is given.
  if (options.nesting && text.length <= DEFAULT_MAX_LENGTH) {
    const limit = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    let at: number;
    try {
      at = options.nesting(text, limit);
    } catch (err) {
      return { ok: false, failure: failureOf(err, options.what) };
    }
    if (at >= 0) {
      return fail('too-deep', at, `${options.what} nests deeper than ${limit} levels; not parsed`);
    }
  }
  if (text.length > maxLength) {
    return fail(
      'too-large',
      maxLength,
      `${options.what} text is longer than ${maxLength} characters; not parsed`,
    );
  }
  return guardRun(() => parse(text), options.what);
}

/** Runs `step` and turns anything it throws into a ParseFailure with our own message. */
export function guardRun<T>(step: () => T, what: string): Guarded<T> {
  try {
    return { ok: true, value: withoutStackTraces(step) };
  } catch (err) {
    return { ok: false, failure: failureOf(err, what) };
  }
}

/**
 * Runs a synchronous library step with no stack traces captured: `yaml` makes an Error per problem it
 * finds (50,000 of them for 100 KB of broken YAML: 0.7 s and most of 270 MiB went into their stacks),
 * and no library message or stack is ever shown. Nothing else runs meanwhile.
 */
export function withoutStackTraces<T>(step: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return step();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The async form of guardRun. */
export async function guardRunAsync<T>(step: () => Promise<T>, what: string): Promise<Guarded<T>> {
  try {
    return { ok: true, value: await step() };
  } catch (err) {
    return { ok: false, failure: failureOf(err, what) };
  }
}

function fail(reason: ParseFailureReason, offset: number, message: string): Guarded<never> {
  return { ok: false, failure: { reason, offset, message } };
}

/** Classifies a thrown value without repeating its text. */
export function failureOf(err: unknown, what: string): ParseFailure {
  if (err instanceof ParseBudgetError) {
    return {
      reason: 'too-costly',
      offset: 0,
      message: `the ${what} reader needed more work than text of this size warrants; not parsed`,
    };
  }
  if (isStackOverflow(err)) {
    return {
      reason: 'stack-overflow',
      offset: 0,
      message: `the ${what} reader ran out of stack (the input is nested or chained too deeply); not parsed`,
    };
  }
  return {
    reason: 'internal-error',
    offset: 0,
    message: `the ${what} reader failed on this input; not parsed`,
  };
}

interface BracketSyntax {
  /** `#` starts a comment to the end of the line. */
  hashComments: boolean;
  /** `'''` and `"""` open strings that may span lines. */
  triple: boolean;
  /** Quote characters whose strings take backslash escapes (others are literal, as TOML's '...'). */
  escaping: string;
  /** All quote characters. */
  quotes: string;
}

/** Depth of ([{ outside strings and comments, the way a tokenizer counts it. */
function bracketNesting(text: string, limit: number, syntax: BracketSyntax): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '#' && syntax.hashComments) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return -1;
      i = nl;
    } else if (syntax.quotes.includes(c)) {
      i = skipString(text, i, c, syntax);
    } else if (c === '(' || c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** Index of the last character of the string opened at `i` (or of the text). */
function skipString(text: string, i: number, q: string, syntax: BracketSyntax): number {
  const escapes = syntax.escaping.includes(q);
  const triple = syntax.triple && text[i + 1] === q && text[i + 2] === q;
  const close = triple ? q + q + q : q;
  let j = i + close.length;
  for (; j < text.length; j++) {
    const c = text[j]!;
    if (escapes && c === '\\') {
      j++;
      continue;
    }
    if (!triple && c === '\n') return j;
    if (c === q && text.startsWith(close, j)) return j + close.length - 1;
  }
  return text.length;
}

const PYTHON: BracketSyntax = { hashComments: true, triple: true, escaping: `'"`, quotes: `'"` };
const TOML: BracketSyntax = { hashComments: true, triple: true, escaping: '"', quotes: `'"` };
const JSON_SYNTAX: BracketSyntax = { hashComments: false, triple: false, escaping: '"', quotes: '"' };

/** YAML flow collections, counted from the `yaml` package's own lexer (iterative, linear). */
function yamlFlowNesting(text: string, limit: number): number {
  let depth = 0;
  let pos = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (++depth > limit) return pos;
    } else if ((type === 'flow-seq-end' || type === 'flow-map-end') && depth > 0) depth--;
    // The lexer interleaves one-character control markers that are not in the source.
    if (!(token.length === 1 && token < ' ' && token !== '\t' && token !== '\n' && token !== '\r'))
      pos += token.length;
  }
  return -1;
}

const OPERATOR_CHARS = '+-*/%@&|^~<>=!';
const PY_WORD_OPERATORS = new Set(['and', 'or', 'not', 'if', 'else', 'lambda', 'await', 'in', 'is']);
const isIdentChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/**
 * Python: brackets deeper than `limit`, or an expression chain deeper than `expressionLimit`
 * (operators, calls, subscripts and attribute accesses at one bracket level add up along the open
 * brackets; a comma, a colon or a new statement starts a new chain). An upper bound of the
 * expression tree's depth, computed in one pass without building it.
 */
function pythonNesting(text: string, limit: number, expressionLimit: number): number {
  const chains: number[] = [0];
  let open = 0; // sum of the chains of the enclosing levels
  let prev = ''; // last significant character (for trailers)
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return -1;
      i = nl - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      i = skipString(text, i, c, PYTHON);
      prev = 'x';
      continue;
    }
    const level = chains.length - 1;
    let step = 0;
    if (c === '(' || c === '[' || c === '{') {
      if (chains.length > limit) return i;
      if ((c === '(' || c === '[') && (isIdentChar(prev) || prev === ')' || prev === ']' || prev === 'x'))
        step = 1;
      chains[level]! += step;
      open += chains[level]!;
      chains.push(0);
      prev = c;
      if (open > expressionLimit) return i;
      continue;
    }
    if ((c === ')' || c === ']' || c === '}') && chains.length > 1) {
      chains.pop();
      open -= chains[chains.length - 1]!;
    } else if (
      c === ',' ||
      c === ':' ||
      c === ';' ||
      (c === '\n' && chains.length === 1 && text[i - 1] !== '\\')
    ) {
      chains[level] = 0;
    } else if (OPERATOR_CHARS.includes(c)) {
      step = 1; // each character: `- - -a` is three operations (`==` counts two: an upper bound)
    } else if (
      c === '.' &&
      (isIdentChar(prev) || prev === ')' || prev === ']') &&
      !/[0-9]/.test(prev) &&
      isIdentChar(text[i + 1])
    ) {
      step = 1;
    } else if (isIdentChar(c) && !isIdentChar(text[i - 1])) {
      let j = i;
      while (isIdentChar(text[j + 1])) j++;
      if (PY_WORD_OPERATORS.has(text.slice(i, j + 1))) step = 1;
      prev = text[j]!;
      i = j;
      chains[level]! += step;
      if (open + chains[level]! > expressionLimit) return i;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n' && c !== '\\') prev = c;
    chains[chains.length - 1]! += step;
    if (open + chains[chains.length - 1]! > expressionLimit) return i;
  }
  return -1;
}

/** Nesting pre-checks by language. */
export const NESTING = {
  python: (text: string, limit: number) => pythonNesting(text, limit, DEPTH_LIMITS.pythonExpression),
  /** Brackets only (to say which Python limit was passed). */
  pythonBrackets: (text: string, limit: number) => bracketNesting(text, limit, PYTHON),
  toml: (text: string, limit: number) => bracketNesting(text, limit, TOML),
  json: (text: string, limit: number) => bracketNesting(text, limit, JSON_SYNTAX),
  yaml: yamlFlowNesting,
} satisfies Record<string, NestingScan>;

/**
 * Strings longer than `max` characters in TOML text, as [start, end) spans including the quotes.
 * toml-eslint-parser builds each string value with `String.fromCodePoint(...codePoints)`, which
 * overflows the stack past about 200,000 characters; the caller blanks these before parsing.
 */
export function tomlLongStrings(text: string, max: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
    } else if (c === '"' || c === "'") {
      const end = skipString(text, i, c, TOML);
      if (end - i + 1 > max) spans.push([i, Math.min(end + 1, text.length)]);
      i = end;
    }
  }
  return spans;
}
