/**
 * Fallback for templates the parser refuses (itself a finding): reads the names inside {{ }} and
 * {% %} blocks and the strings in them, and reports the same things the syntax-tree walk would
 * (without the folding).
 */
import type { Report } from './access.ts';
import { clip, decodeEscapes } from './fold.ts';
import { DANGEROUS_METHODS, DUNDER_RE, INTERNAL_ATTRS, isDunder, PAYLOAD_GLOBALS } from './names.ts';
import {
  TEMPLATE_COMPUTED_ATTRIBUTE,
  TEMPLATE_DANGEROUS_CALL,
  TEMPLATE_DUNDER,
  TEMPLATE_DUNDER_STRING,
  TEMPLATE_FORMAT_METHOD,
  TEMPLATE_GADGET_GLOBAL,
  TEMPLATE_PRIVATE,
} from './rules.ts';

export function fallbackScan(text: string, report: Report) {
  const blocks = text.match(/\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?(?:%\}|$)/g) ?? [];
  for (const block of blocks.slice(0, 10_000)) {
    const strings = stringLiterals(block);
    for (const lit of strings) {
      const s = decodeEscapes(lit.body);
      const d = DUNDER_RE.exec(s);
      if (d)
        report(TEMPLATE_DUNDER_STRING, `string "${clip(s)}" names "${d[0]}" (seen without parsing)`, {
          string: clip(s),
          fallback: true,
        });
    }
    const code = withoutStrings(block, strings);
    for (const m of code.matchAll(/(\.|\b)([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const name = m[2]!;
      if (isDunder(name) || (m[1] === '.' && INTERNAL_ATTRS.has(name))) {
        report(TEMPLATE_DUNDER, `reads "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true,
        });
      } else if (m[1] === '.' && name.startsWith('_')) {
        report(TEMPLATE_PRIVATE, `reads the private attribute "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true,
        });
      } else if (m[1] !== '.' && PAYLOAD_GLOBALS.has(name)) {
        report(TEMPLATE_GADGET_GLOBAL, `refers to "${name}" (seen without parsing)`, {
          name,
          fallback: true,
        });
      } else if (m[1] === '.' && DANGEROUS_METHODS.has(name)) {
        report(TEMPLATE_DANGEROUS_CALL, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true,
        });
      } else if (m[1] === '.' && (name === 'format' || name === 'format_map')) {
        report(TEMPLATE_FORMAT_METHOD, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true,
        });
      }
    }
    if (/\|\s*attr\b/.test(code)) {
      report(TEMPLATE_COMPUTED_ATTRIBUTE, 'uses the |attr filter (seen without parsing)', { fallback: true });
    }
  }
}

interface Literal {
  start: number;
  end: number;
  body: string;
  closed: boolean;
}

/**
 * The quoted strings of a block, in one pass: a backslash escapes the next character, and a string
 * that is never closed runs to the end of the block (the lexer would stop there). A regex such as
 * `(['"])(?:\\.|(?!\1).)*\1` retries from every quote: quadratic on `\"\"\"…` (150 KB took 71 s,
 * and before that exponential; found by npm run fuzz).
 */
function stringLiterals(block: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  while (i < block.length) {
    const q = block[i];
    if (q !== "'" && q !== '"') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < block.length && block[j] !== q) j += block[j] === '\\' ? 2 : 1;
    const end = Math.min(j, block.length);
    out.push({
      start: i,
      end: Math.min(end + 1, block.length),
      body: block.slice(i + 1, end),
      closed: end < block.length,
    });
    i = end + 1;
  }
  return out;
}

function withoutStrings(block: string, strings: readonly Literal[]): string {
  let code = '';
  let at = 0;
  // An unclosed string stays code too: what the lexer would make of it is unknown, so both readings count.
  for (const lit of strings) {
    if (!lit.closed) break;
    code += `${block.slice(at, lit.start)}""`;
    at = lit.end;
  }
  return code + block.slice(at);
}
