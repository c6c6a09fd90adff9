// Lists functions longer than a line limit (default 100) in the TypeScript files under the given folders
// (default src/): `node scripts/long-functions.mjs [--max N] [folder...]`. Exits 1 when any is found.
//
// Dependency-free on purpose: the repository's `typescript` package is the native (Go) compiler, which
// has no JavaScript parser API. A small tokenizer is enough to find function bodies: it skips comments,
// strings, template literals and regular expressions, matches brackets, and recognises the headers
// `function name(...)`, methods `name(...)`, and arrows `(...) =>` / `x =>`, each with an optional return
// type. A function's length is counted from its header's first line to its closing line, both included.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const NOT_A_METHOD = new Set(
  'if for while switch catch with return typeof new await yield void delete in of instanceof case do else super import throw function'.split(
    ' ',
  ),
);
const MODIFIERS = new Set(
  'export default async function static public private protected readonly get set override abstract declare *'.split(
    ' ',
  ),
);
const PUNCT = [
  '>>>=',
  '...',
  '===',
  '!==',
  '**=',
  '<<=',
  '>>=',
  '&&=',
  '||=',
  '??=',
  '=>',
  '?.',
  '??',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '**',
  '<<',
];
// `>>` and `>>>` stay single `>` tokens so that closing generic brackets balance.
const VALUE_END = /^[\w$#)\]}'"`]/;

/** A `/` after this token starts a regular expression, not a division. */
const startsRegex = (prev) =>
  !prev || !VALUE_END.test(prev.t) || (prev.kind === 'id' && NOT_A_METHOD.has(prev.t));

/** Tokens of a TypeScript source: { t: text, line, kind: 'id' | 'str' | 'num' | 'p' }. */
export function tokenize(src) {
  const toks = [];
  const templateDepths = []; // brace depth at which each open `${` resumes its template
  let braces = 0;
  let line = 1;
  let i = src.startsWith('#!') ? src.indexOf('\n') : 0;
  const push = (t, kind, at) => toks.push({ t, kind, line: at });
  const readTemplate = () => {
    // i is just after a backtick or after the `}` closing a `${`
    const start = line;
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        push('`', 'str', start);
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        i += 2;
        push('`', 'str', start);
        templateDepths.push(braces);
        braces++;
        push('(', 'p', line); // the substitution reads as a parenthesised expression
        return;
      } else {
        if (c === '\n') line++;
        i++;
      }
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '/' && src[i + 1] === '/') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (; i < stop; i++) if (src[i] === '\n') line++;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      push(src.slice(i, j + 1), 'str', line);
      i = j + 1;
    } else if (c === '`') {
      i++;
      readTemplate();
    } else if (c === '/' && startsRegex(toks.at(-1))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n' && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      if (src[j] === '/') j++;
      while (/[a-z]/i.test(src[j] ?? '')) j++;
      push(src.slice(i, j), 'str', line);
      i = j;
    } else if (/[\w$#]/.test(c)) {
      const m = /^[\w$#]+/.exec(src.slice(i, i + 200));
      push(m[0], /^\d/.test(m[0]) ? 'num' : 'id', line);
      i += m[0].length;
    } else {
      if (c === '}' && templateDepths.at(-1) === braces - 1) {
        templateDepths.pop();
        braces--;
        push(')', 'p', line);
        i++;
        readTemplate();
        continue;
      }
      if (c === '{') braces++;
      if (c === '}') braces--;
      const p = PUNCT.find((q) => src.startsWith(q, i)) ?? c;
      push(p, 'p', line);
      i += p.length;
    }
  }
  return toks;
}

const OPEN = { '(': ')', '[': ']', '{': '}' };

/** For every opening bracket's index, the index of its closing bracket. */
function matchBrackets(toks) {
  const match = new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.kind !== 'p') return;
    if (OPEN[tok.t]) stack.push(i);
    else if (tok.t === ')' || tok.t === ']' || tok.t === '}') {
      const open = stack.pop();
      if (open !== undefined) match.set(open, i);
    }
  });
  return match;
}

/** Index after a balanced `<...>` starting at i, or -1 when it is not one. */
function skipAngles(toks, i, match) {
  let depth = 0;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j].t;
    if (toks[j].kind === 'p' && OPEN[t]) j = match.get(j) ?? j;
    else if (t === '<') depth++;
    else if (t === '>') {
      depth--;
      if (depth === 0) return j + 1;
    } else if (t === ';' || t === '}' || t === ')' || t === ']') return -1;
  }
  return -1;
}

const TYPE_PREFIX = new Set(['keyof', 'typeof', 'readonly', 'unique', 'asserts', 'infer', '|', '&']);
const TYPE_INFIX = new Set(['|', '&', '.', 'is']);

/** Index after a type annotation starting at i (an arrow's return type stops before its `=>`), or -1. */
function skipType(toks, i, match, arrow) {
  let expectOperand = true;
  while (i < toks.length) {
    const { t, kind } = toks[i];
    if (expectOperand) {
      if (TYPE_PREFIX.has(t)) i++;
      else if (kind !== 'p') {
        i++;
        expectOperand = false;
      } else if (OPEN[t]) {
        i = (match.get(i) ?? toks.length) + 1;
        expectOperand = false;
      } else return -1;
    } else if (t === '<') {
      i = skipAngles(toks, i, match);
      if (i < 0) return -1;
    } else if (t === '[') i = (match.get(i) ?? toks.length) + 1;
    else if (TYPE_INFIX.has(t) || (t === '=>' && !arrow)) {
      i++;
      expectOperand = true;
    } else return i;
  }
  return -1;
}

/**
 * After a parameter list ending before i: the index of the body's first token, skipping an optional
 * `: ReturnType`; -1 when there is no body. Arrows (`arrow`) have `=>` before the body.
 */
function findBody(toks, i, match, arrow) {
  if (toks[i]?.t === ':') i = skipType(toks, i + 1, match, arrow);
  if (i < 0) return -1;
  if (arrow) return toks[i]?.t === '=>' ? i + 1 : -1;
  return toks[i]?.t === '{' ? i : -1;
}

/** Index of the last token of an arrow's expression body starting at i. */
function expressionEnd(toks, i, match) {
  let j = i;
  for (; j < toks.length; j++) {
    const t = toks[j].t;
    if (toks[j].kind === 'p' && OPEN[t]) j = match.get(j) ?? j;
    else if (t === ',' || t === ';' || t === ')' || t === ']' || t === '}') break;
  }
  return j - 1;
}

function headerStart(toks, i) {
  while (i > 0 && MODIFIERS.has(toks[i - 1].t)) i--;
  return toks[i].line;
}

/** Functions in one source: [{ name, line, lines }]. */
export function functionsIn(src) {
  const toks = tokenize(src);
  const match = matchBrackets(toks);
  const found = [];
  const inReturnType = new Set(); // a return type's `(a) => b` is a type, not a function
  const skipReturnType = (from, to) => {
    for (let k = from; k < to; k++) inReturnType.add(k);
  };
  const record = (name, startLine, bodyIndex) => {
    const end = toks[bodyIndex].t === '{' ? match.get(bodyIndex) : expressionEnd(toks, bodyIndex, match);
    if (end === undefined || end < 0) return;
    found.push({ name, line: startLine, lines: toks[end].line - startLine + 1 });
  };
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (inReturnType.has(i)) continue;
    if (tok.t === '(' && tok.kind === 'p') {
      const close = match.get(i);
      if (close === undefined) continue;
      let start = i;
      let nameTok = toks[i - 1];
      if (nameTok?.t === '>') {
        // generic parameters: name<T>(
        let depth = 0;
        let j = i - 1;
        for (; j >= 0; j--) {
          if (toks[j].t === '>') depth++;
          else if (toks[j].t === '<') depth--;
          if (depth === 0) break;
        }
        if (j > 0 && skipAngles(toks, j, match) === i) {
          start = j;
          nameTok = toks[j - 1];
        }
      }
      const isMethodName =
        nameTok &&
        (nameTok.kind === 'id' || nameTok.kind === 'str' || nameTok.t === ']') &&
        !NOT_A_METHOD.has(nameTok.t);
      const anonymous =
        nameTok?.t === 'function' || (nameTok?.t === '*' && toks[start - 2]?.t === 'function');
      const body = isMethodName || anonymous ? findBody(toks, close + 1, match, false) : -1;
      if (body >= 0) {
        skipReturnType(close + 1, body);
        const nameIndex = anonymous ? start : start - 1;
        record(anonymous ? '(anon)' : nameTok.t, headerStart(toks, nameIndex), body);
        continue;
      }
      const arrowBody = findBody(toks, close + 1, match, true);
      if (arrowBody >= 0) {
        const first = toks[start - 1]?.t === 'async' ? start - 1 : start;
        skipReturnType(close + 1, arrowBody - 1);
        record('(arrow)', toks[first].line, arrowBody);
      }
    } else if (tok.kind === 'id' && toks[i + 1]?.t === '=>' && !NOT_A_METHOD.has(tok.t)) {
      const first = toks[i - 1]?.t === 'async' ? i - 1 : i;
      record('(arrow)', toks[first].line, i + 2);
    }
  }
  return found;
}

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Functions over `max` lines under the given folders, longest first. */
export function longFunctions(dirs, max = 100) {
  const out = [];
  for (const dir of dirs) {
    for (const file of tsFiles(dir)) {
      for (const fn of functionsIn(readFileSync(file, 'utf8'))) {
        if (fn.lines > max) out.push({ ...fn, file: relative(process.cwd(), file) });
      }
    }
  }
  return out.sort((a, b) => b.lines - a.lines);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--max');
  const max = at >= 0 ? Number(args.splice(at, 2)[1]) : 100;
  const found = longFunctions(args.length ? args : ['src'], max);
  for (const fn of found) console.log(`${fn.lines}  ${fn.file}:${fn.line}  ${fn.name}`);
  if (found.length) {
    console.error(`${found.length} function(s) over ${max} lines`);
    process.exit(1);
  }
}
