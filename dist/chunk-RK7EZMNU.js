import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  require_dist
} from "./chunk-ZAEA47A6.js";
import {
  __toESM
} from "./chunk-YKEYWHWZ.js";

// src/core/parse-guard.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;
var DEPTH_LIMITS = { python: 200, pythonExpression: 3e3, yaml: 64, toml: 64, json: 512 };
function guardParse(text, parse, options) {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    return fail(
      "too-large",
      maxLength,
      `${options.what} text is longer than ${maxLength} characters; not parsed`
    );
  }
  if (options.nesting) {
    const limit = options.maxDepth ?? 64;
    let at;
    try {
      at = options.nesting(text, limit);
    } catch (err) {
      return { ok: false, failure: failureOf(err, options.what) };
    }
    if (at >= 0) {
      return fail("too-deep", at, `${options.what} nests deeper than ${limit} levels; not parsed`);
    }
  }
  return guardRun(() => parse(text), options.what);
}
function guardRun(step, what) {
  try {
    return { ok: true, value: step() };
  } catch (err) {
    return { ok: false, failure: failureOf(err, what) };
  }
}
function fail(reason, offset, message) {
  return { ok: false, failure: { reason, offset, message } };
}
function failureOf(err, what) {
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return {
      reason: "stack-overflow",
      offset: 0,
      message: `the ${what} reader ran out of stack (the input is nested or chained too deeply); not parsed`
    };
  }
  return {
    reason: "internal-error",
    offset: 0,
    message: `the ${what} reader failed on this input; not parsed`
  };
}
function bracketNesting(text, limit, syntax) {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "#" && syntax.hashComments) {
      const nl = text.indexOf("\n", i);
      if (nl < 0) return -1;
      i = nl;
    } else if (syntax.quotes.includes(c)) {
      i = skipString(text, i, c, syntax);
    } else if (c === "(" || c === "[" || c === "{") {
      if (++depth > limit) return i;
    } else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
  }
  return -1;
}
function skipString(text, i, q, syntax) {
  const escapes = syntax.escaping.includes(q);
  const triple = syntax.triple && text[i + 1] === q && text[i + 2] === q;
  const close = triple ? q + q + q : q;
  let j = i + close.length;
  for (; j < text.length; j++) {
    const c = text[j];
    if (escapes && c === "\\") {
      j++;
      continue;
    }
    if (!triple && c === "\n") return j;
    if (c === q && text.startsWith(close, j)) return j + close.length - 1;
  }
  return text.length;
}
var PYTHON = { hashComments: true, triple: true, escaping: `'"`, quotes: `'"` };
var TOML = { hashComments: true, triple: true, escaping: '"', quotes: `'"` };
var JSON_SYNTAX = { hashComments: false, triple: false, escaping: '"', quotes: '"' };
function yamlFlowNesting(text, limit) {
  let depth = 0;
  let pos = 0;
  for (const token of new import_yaml.Lexer().lex(text)) {
    const type = import_yaml.CST.tokenType(token);
    if (type === "flow-seq-start" || type === "flow-map-start") {
      if (++depth > limit) return pos;
    } else if ((type === "flow-seq-end" || type === "flow-map-end") && depth > 0) depth--;
    if (!(token.length === 1 && token < " " && token !== "	" && token !== "\n" && token !== "\r"))
      pos += token.length;
  }
  return -1;
}
var OPERATOR_CHARS = "+-*/%@&|^~<>=!";
var PY_WORD_OPERATORS = /* @__PURE__ */ new Set(["and", "or", "not", "if", "else", "lambda", "await", "in", "is"]);
var isIdentChar = (c) => c !== void 0 && /[\p{L}\p{N}_]/u.test(c);
function pythonNesting(text, limit, expressionLimit) {
  const chains = [0];
  let open = 0;
  let prev = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "#") {
      const nl = text.indexOf("\n", i);
      if (nl < 0) return -1;
      i = nl - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      i = skipString(text, i, c, PYTHON);
      prev = "x";
      continue;
    }
    const level = chains.length - 1;
    let step = 0;
    if (c === "(" || c === "[" || c === "{") {
      if (chains.length > limit) return i;
      if ((c === "(" || c === "[") && (isIdentChar(prev) || prev === ")" || prev === "]" || prev === "x"))
        step = 1;
      chains[level] += step;
      open += chains[level];
      chains.push(0);
      prev = c;
      if (open > expressionLimit) return i;
      continue;
    }
    if ((c === ")" || c === "]" || c === "}") && chains.length > 1) {
      chains.pop();
      open -= chains[chains.length - 1];
    } else if (c === "," || c === ":" || c === ";" || c === "\n" && chains.length === 1 && text[i - 1] !== "\\") {
      chains[level] = 0;
    } else if (OPERATOR_CHARS.includes(c)) {
      step = 1;
    } else if (c === "." && (isIdentChar(prev) || prev === ")" || prev === "]") && !/[0-9]/.test(prev) && isIdentChar(text[i + 1])) {
      step = 1;
    } else if (isIdentChar(c) && !isIdentChar(text[i - 1])) {
      let j = i;
      while (isIdentChar(text[j + 1])) j++;
      if (PY_WORD_OPERATORS.has(text.slice(i, j + 1))) step = 1;
      prev = text[j];
      i = j;
      chains[level] += step;
      if (open + chains[level] > expressionLimit) return i;
      continue;
    }
    if (c !== " " && c !== "	" && c !== "\r" && c !== "\n" && c !== "\\") prev = c;
    chains[chains.length - 1] += step;
    if (open + chains[chains.length - 1] > expressionLimit) return i;
  }
  return -1;
}
var NESTING = {
  python: (text, limit) => pythonNesting(text, limit, DEPTH_LIMITS.pythonExpression),
  /** Brackets only (to say which Python limit was passed). */
  pythonBrackets: (text, limit) => bracketNesting(text, limit, PYTHON),
  toml: (text, limit) => bracketNesting(text, limit, TOML),
  json: (text, limit) => bracketNesting(text, limit, JSON_SYNTAX),
  yaml: yamlFlowNesting
};
function tomlLongStrings(text, max) {
  const spans = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "#") {
      const nl = text.indexOf("\n", i);
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

export {
  DEPTH_LIMITS,
  guardParse,
  guardRun,
  NESTING,
  tomlLongStrings
};
