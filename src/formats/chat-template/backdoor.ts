/**
 * Backdoors in the prompt text a template writes: a branch that adds a system turn or concealment
 * text only when a message contains a trigger word (published "poisoned GGUF chat template"
 * research), and links, scripts, install commands or instruction overrides added to every prompt.
 */
import type { Report } from './access.ts';
import { clip } from './fold.ts';
import { TEMPLATE_HIDDEN_INSTRUCTIONS, TEMPLATE_INJECTED_CONTENT } from './rules.ts';
import type { Node } from './run.ts';

const TRIGGER_METHODS = new Set([
  'startswith',
  'endswith',
  'find',
  'rfind',
  'count',
  'index',
  'split',
  'search',
  'match',
]);
const COMPARISONS = new Set(['in', '==', '!=', 'not in']);
const SYSTEM_MARKER_RE =
  /<\|im_start\|>\s*system|<\|start_header_id\|>\s*system|<\|system\|>|<<SYS>>|\[SYSTEM_PROMPT\]|<start_of_turn>system|<\|begin_of_system\|>|\bsystem[ -](?:level )?(?:instruction|override|prompt)s?\b/i;
const CONCEALMENT_RE =
  /\b(?:do not|don't|never) (?:mention|disclose|reveal|tell|explain|acknowledge)\b|\b(?:hidden|secret) instructions?\b|\bwithout (?:mentioning|telling|revealing)\b/i;
/** Links, scripts, install commands and instruction overrides in text a template writes. */
const INJECTED_RE =
  /\bhttps?:\/\/[^\s'"<>]+|<\s*(?:script|iframe)\b[^>]*>|\b(?:pip3?|npm|pnpm|yarn|gem|cargo|go) (?:install|add|get)\b[^\n]{0,80}|\bcurl\b[^\n|]{0,120}\|\s*(?:ba|z)?sh\b|\bwget\b[^\n]{0,80}|\bignore (?:all |any )?(?:previous|prior|above) instructions\b|\byou must always follow these instructions\b/i;

/** What the pre-pass learns: variables holding message content, string constants, macro bodies. */
interface Facts {
  contentAliases: Set<string>;
  consts: Map<string, string>;
  setStrings: Map<string, string>;
  macros: Map<string, Node[]>;
}

export function checkBackdoors(program: Node, report: Report) {
  const facts = collectFacts(program);
  let reported = false;
  walk(program, (n) => {
    if (n.type === 'If') reported = triggeredBranch(n.test, n.body, facts, report) || reported;
    if (n.type === 'Ternary')
      reported =
        triggeredBranch(
          n.condition,
          [
            { type: 'Expr', value: n.trueExpr },
            { type: 'Expr', value: n.falseExpr },
          ],
          facts,
          report,
        ) || reported;
  });
  if (reported) return;
  const m = INJECTED_RE.exec(emittedText(program.body, 0, facts));
  if (m) report(TEMPLATE_INJECTED_CONTENT, `adds "${clip(m[0])}" to the prompt`, { text: clip(m[0]) });
}

/** Visits every node (iteratively: any depth); `visit` returning false skips the node's children. */
function walk(root: Node, visit: (n: Node) => boolean | undefined | undefined) {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    if (n instanceof Map) {
      for (const [k, v] of n) stack.push(k, v);
      continue;
    }
    if (typeof n.type === 'string' && visit(n) === false) continue;
    for (const k of Object.keys(n))
      if (k !== 'operator' && n[k] && typeof n[k] === 'object') stack.push(n[k]);
  }
}

function collectFacts(program: Node): Facts {
  const facts: Facts = {
    contentAliases: new Set(),
    consts: new Map(),
    setStrings: new Map(),
    macros: new Map(),
  };
  walk(program, (n) => {
    if (n.type === 'Macro' && n.name?.value) facts.macros.set(n.name.value, n.body ?? []);
    if (n.type !== 'Set' || n.assignee?.type !== 'Identifier' || !n.value) return;
    const name: string = n.assignee.value;
    if (readsContent(n.value, facts)) facts.contentAliases.add(name);
    if (n.value.type === 'StringLiteral') facts.consts.set(name, n.value.value);
    const strings = collectStrings(n.value);
    if (strings)
      facts.setStrings.set(name, `${facts.setStrings.get(name) ?? ''} ${strings}`.slice(0, 20_000));
  });
  return facts;
}

/** True when an expression reads a message's content (directly or through an alias). */
function readsContent(node: Node, facts: Facts): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.type === 'Identifier' && facts.contentAliases.has(n.value)) found = true;
    if (
      n.type === 'MemberExpression' &&
      n.property?.value === 'content' &&
      (!n.computed || n.property.type === 'StringLiteral')
    )
      found = true;
  });
  return found;
}

/** The literal string compared with message content: `'x' in last`, `content == 'x'`, `.startswith('x')`. */
function triggerIn(test: Node, facts: Facts): string | undefined {
  let trigger: string | undefined;
  const literal = (n: Node): string | undefined =>
    n?.type === 'StringLiteral' && n.value.trim()
      ? n.value
      : n?.type === 'Identifier' && facts.consts.get(n.value)?.trim()
        ? facts.consts.get(n.value)
        : undefined;
  walk(test, (n) => {
    if (trigger !== undefined) return;
    if (n.type === 'BinaryExpression' && COMPARISONS.has(n.operator?.value)) {
      const [l, r] = [n.left, n.right];
      if (readsContent(r, facts)) trigger = literal(l);
      if (trigger === undefined && readsContent(l, facts)) trigger = literal(r);
    } else if (n.type === 'CallExpression' && TRIGGER_METHODS.has(n.callee?.property?.value)) {
      if (readsContent(n.callee.object, facts))
        trigger = (n.args ?? []).map(literal).find((x: unknown) => x !== undefined);
    }
  });
  return trigger;
}

/** Reports a content-triggered branch that writes a system turn or concealment text. */
function triggeredBranch(test: Node, body: Node[] | undefined, facts: Facts, report: Report): boolean {
  if (!body) return false;
  const trigger = triggerIn(test, facts);
  if (trigger === undefined) return false;
  const text = emittedText(body, 0, facts);
  const marker = SYSTEM_MARKER_RE.exec(text) ?? CONCEALMENT_RE.exec(text) ?? INJECTED_RE.exec(text);
  if (!marker) return false;
  report(
    TEMPLATE_HIDDEN_INSTRUCTIONS,
    `writes "${clip(marker[0])}" only when a message contains "${clip(trigger)}"`,
    {
      trigger: clip(trigger),
      text: clip(text.trim()),
    },
  );
  return true;
}

/**
 * Text a statement list writes: raw template text and string literals inside output expressions,
 * plus the text of macros it calls (error messages given to raise_exception are not prompt text).
 */
function emittedText(list: Node[], depth: number, facts: Facts, seen = new Set<string>()): string {
  if (depth > 40) return '';
  let out = '';
  for (const s of list ?? []) {
    if (!s || typeof s !== 'object') continue;
    if (s.type === 'StringLiteral') out += s.value;
    else if (s.type === 'If')
      out += emittedText(s.body, depth + 1, facts, seen) + emittedText(s.alternate, depth + 1, facts, seen);
    else if (s.type === 'For') out += emittedText(s.body, depth + 1, facts, seen);
    else if (s.type !== 'Set' && s.type !== 'Macro' && s.type !== 'Comment')
      out += expressionText(s, depth, facts, seen);
    if (out.length > 20_000) break;
  }
  return out;
}

function expressionText(s: Node, depth: number, facts: Facts, seen: Set<string>): string {
  let out = '';
  walk(s, (n) => {
    if (n.type === 'StringLiteral') out += ` ${n.value}`;
    if (n.type === 'Identifier' && facts.setStrings.has(n.value)) out += ` ${facts.setStrings.get(n.value)}`;
    if (n.type === 'CallExpression' && n.callee?.type === 'Identifier') {
      const name: string = n.callee.value;
      if (name === 'raise_exception') return false; // its message is not prompt text
      const body = facts.macros.get(name);
      if (body && !seen.has(name)) {
        seen.add(name);
        out += emittedText(body, depth + 1, facts, seen);
      }
    }
    return undefined;
  });
  return out;
}

/** The string literals of an expression joined (what a {% set %} may later write). */
function collectStrings(node: Node): string {
  let out = '';
  walk(node, (n) => {
    if (n.type === 'StringLiteral' && out.length < 20_000) out += ` ${n.value}`;
  });
  return out;
}
