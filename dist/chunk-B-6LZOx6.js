import { _ as __commonJS, a as __export, b as __toESM } from './chunk-DoM6UV22.js';
import { H as HashPool, d as defaultJobs, a as defineRule, S as SliceSource, s as sniff, K as KINDS, f as finding, l as label, b as severityRank, c as describeValue, r as relativeInside, F as FileSource, p as pathKey, B as BufferSource, e as readAll, i as isRootedName, C as CORE_SNIFFERS, g as parseSums, h as byPriority, j as algorithmForTag, k as algorithmForLength, n as nameEscapes, m as fsDecode, t as toFsPath, o as joinBytes, q as suspiciousName, u as isWithin, v as compareFindings, w as decideVerdict, x as countBySeverity, y as isRemoteUrl, z as ownsTargetChecks, A as inShard, R as REPORT_SCHEMA_VERSION, D as DigestCache, M as MAX_SHARDS$1, E as isSeverity, G as terminalText, I as SEVERITIES, J as atLeast, L as formatBytes } from './chunk-CXVaUTXl.js';
import { e as loadOmsVerify, f as loadGgufAnalysis, g as loadHydraAnalysis, h as loadKerasAnalysis, i as loadNumpyAnalysis, j as loadOnnxAnalysis, k as loadPickleLightWalks, m as loadPickleAnalysis, n as loadSafetensorsAnalysis, o as loadSentencePieceAnalysis, p as loadTarAnalysis, q as loadTensorflowAnalysis, r as loadLzmaDecoder, s as loadChatTemplateAnalysis, t as loadCompressedAnalysis, u as loadZipAnalysis, v as loadSevenZipAnalysis, w as loadJoblibAnalysis, x as loadPinCheckers, V as VERSION, y as loadRemoteSources, z as loadReportSchema } from './chunk-C9VzFTM1.js';
import { M as ModelvetError, b as nodeCrypto, d as describeError, B as BaseError, m as monotonicMs, c as nodeZlib } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { resolve, basename, join: join$1, sep, dirname, posix, relative } = __mvBuiltin("node:path");
const { lstat, stat, realpath, readdir, readFile, readlink, writeFile, rename, rm } = __mvBuiltin("node:fs/promises");
const { lstatSync } = __mvBuiltin("node:fs");

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module.exports = picomatch;
  }
});

var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://model_signing/signature/v1.0";
var PREDICATE_TYPE_COMPAT = "https://model_signing/Digests/v0.1";
var DEFAULT_SHARD_SIZE = 1e9;
var MAX_SHARDS = 1e6;
var GIT_PATHS = [".git", ".gitattributes", ".github", ".gitignore"];
var OMS_HASH_TYPES = ["sha256", "blake2b", "blake3"];
var CORE_ALGORITHM = {
  sha256: "sha256",
  blake2b: "blake2b512",
  blake3: "blake3"
};
function normalizeRelPath(p, root) {
  let s = p.replace(/\\/g, "/");
  if (s.startsWith("/")) {
    if (!root) return void 0;
    const r = resolve(root).replace(/\\/g, "/").replace(/\/+$/, "");
    if (s !== r && !s.startsWith(`${r}/`)) return void 0;
    s = s.slice(r.length);
  }
  const out = [];
  for (const part of s.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!out.length) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.length ? out.join("/") : ".";
}
function isIgnored(rel, ignores) {
  for (const ig of ignores) {
    if (ig === "." || rel === ig || rel.startsWith(`${ig}/`)) return true;
  }
  return false;
}
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? y.done ? 0 : -1 : 1;
    const d = x.value.codePointAt(0) - y.value.codePointAt(0);
    if (d) return d;
  }
}
function comparePaths(a, b) {
  const pa = a.split("/");
  const pb = b.split("/");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = compareCodePoints(pa[i], pb[i]);
    if (d) return d;
  }
  return pa.length - pb.length;
}
function parseShardName(name) {
  const m = /^(.*):(\d+):(\d+)$/s.exec(name);
  if (!m) return void 0;
  const start = Number(m[2]);
  const end = Number(m[3]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return void 0;
  return { path: m[1], start, end };
}
function rootDigestOf(resources) {
  const h = nodeCrypto().createHash("sha256");
  for (const r of resources) h.update(Buffer.from(r.digest, "hex"));
  return h.digest("hex");
}
function modelNameOf(modelPath) {
  const name = basename(modelPath.replace(/[/\\]+$/, ""));
  return name === "" || name === "." || name === ".." ? basename(resolve(modelPath)) : name;
}
function shardAlgorithm(hashType, shardSize) {
  return `${hashType}-sharded-${shardSize}`;
}
async function enumerateModel(modelPath, options) {
  const abs = resolve(modelPath);
  const files = [];
  const problems = [];
  const top = await lstat(abs);
  const rootStat = top.isSymbolicLink() ? await stat(abs) : top;
  if (!rootStat.isDirectory()) {
    if (isIgnored(".", options.ignores)) return { files, problems, isDirectory: false };
    if (top.isSymbolicLink() && !options.allowSymlinks) {
      problems.push({ rel: ".", reason: "symlink", message: `${modelPath} is a symbolic link` });
    } else if (rootStat.isFile()) {
      files.push({ rel: ".", fsPath: abs, size: rootStat.size, symlink: top.isSymbolicLink() });
    } else {
      problems.push({ rel: ".", reason: "special", message: `${modelPath} is not a regular file` });
    }
    return { files, problems, isDirectory: false };
  }
  const realRoot = options.confineSymlinks ? await realpath(abs).catch(() => abs) : abs;
  const insideRoot = async (p) => {
    const real = await realpath(p).catch(() => void 0);
    return real !== void 0 && (real === realRoot || real.startsWith(`${realRoot}${sep}`));
  };
  const walk = async (dir, relDir) => {
    let names;
    try {
      names = await readdir(dir);
    } catch (err) {
      problems.push({ rel: relDir || ".", reason: "unreadable", message: describeError(err, relDir || ".") });
      return;
    }
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name;
      if (isIgnored(rel, options.ignores)) continue;
      const full = join$1(dir, name);
      let st;
      try {
        st = await lstat(full);
      } catch (err) {
        problems.push({ rel, reason: "unreadable", message: describeError(err, rel) });
        continue;
      }
      if (st.isDirectory()) await walk(full, rel);
      else if (st.isFile()) files.push({ rel, fsPath: full, size: st.size, symlink: false });
      else if (st.isSymbolicLink()) {
        if (!options.allowSymlinks) {
          problems.push({ rel, reason: "symlink", message: `${rel} is a symbolic link (not allowed)` });
          continue;
        }
        const target = await stat(full).catch(() => void 0);
        if (target && options.confineSymlinks && !await insideRoot(full)) {
          problems.push({
            rel,
            reason: "symlink",
            message: `${rel} links outside the model folder; not followed`
          });
          continue;
        }
        if (!target)
          problems.push({ rel, reason: "dangling", message: `${rel} is a dangling symbolic link` });
        else if (target.isFile()) files.push({ rel, fsPath: full, size: target.size, symlink: true });
        else if (!target.isDirectory())
          problems.push({ rel, reason: "special", message: `${rel} links to a special file` });
      } else problems.push({ rel, reason: "special", message: `${rel} is a FIFO, socket or device` });
    }
  };
  await walk(abs, "");
  files.sort((a, b) => comparePaths(a.rel, b.rel));
  return { files, problems, isDirectory: true };
}
async function computeManifest(modelPath, options = {}) {
  const method = options.method ?? "files";
  const hashType = options.hashType ?? "sha256";
  const core = CORE_ALGORITHM[hashType];
  if (!core) throw new ModelvetError("USAGE", `unknown hash type ${String(hashType)}`);
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;
  if (method === "shards" && (!Number.isSafeInteger(shardSize) || shardSize < 1)) {
    throw new ModelvetError("USAGE", `shard size must be a positive integer, got ${shardSize}`);
  }
  const allowSymlinks = options.allowSymlinks ?? false;
  const ignores = /* @__PURE__ */ new Set();
  if (options.ignoreGitPaths ?? true) for (const g of GIT_PATHS) ignores.add(g);
  for (const p of options.ignorePaths ?? []) {
    const n = normalizeRelPath(p, modelPath);
    if (n !== void 0) ignores.add(n);
  }
  const { files, problems } = await enumerateModel(modelPath, {
    ignores: [...ignores],
    allowSymlinks,
    confineSymlinks: options.confineSymlinks ?? false
  });
  if (method === "shards") {
    const count = files.reduce((n, f) => n + Math.ceil(f.size / shardSize), 0);
    if (count > MAX_SHARDS)
      throw new ModelvetError(
        "USAGE",
        `a shard size of ${shardSize} bytes cuts this model into ${count} shards (more than ${MAX_SHARDS})`
      );
  }
  const tasks = [];
  for (const file of files) {
    if (method === "files") tasks.push({ file, name: file.rel, start: 0, end: file.size });
    else
      for (let start = 0; start < file.size; start += shardSize) {
        const end = Math.min(start + shardSize, file.size);
        tasks.push({ file, name: `${file.rel}:${start}:${end}`, start, end });
      }
  }
  const select = options.selectResource;
  const positions = select ? tasks.flatMap((t, i) => select(t.name) ? [i] : []) : void 0;
  const chosen = positions ? positions.map((i) => tasks[i]) : tasks;
  const algorithm = method === "files" ? hashType : shardAlgorithm(hashType, shardSize);
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), chosen.length)), { inline: true });
  let digests;
  try {
    digests = await Promise.all(
      chosen.map(async (t) => {
        const known = method === "files" && hashType === "sha256" ? options.knownSha256?.(t.file.rel) : void 0;
        if (known) {
          options.onProgress?.(t.end - t.start);
          return known;
        }
        const r = await pool.hash({
          path: t.file.fsPath,
          displayPath: t.file.rel,
          algorithms: [core],
          ...method === "shards" ? { start: t.start, length: t.end - t.start } : {},
          onProgress: options.onProgress
        });
        return r.digests[core];
      })
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  const resources = chosen.map((t, i) => ({ name: t.name, algorithm, digest: digests[i] }));
  const recorded = options.recordIgnorePaths ?? [...ignores];
  const serialization = {
    method,
    hashType,
    allowSymlinks,
    shardSize: method === "shards" ? shardSize : void 0,
    ignorePaths: [...new Set(recorded)].sort(comparePaths)
  };
  return {
    modelName: modelNameOf(modelPath),
    serialization,
    resources,
    rootDigest: rootDigestOf(resources),
    files,
    problems,
    slice: positions ? { positions, total: tasks.length } : void 0
  };
}
function pythonFloat(n) {
  return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
}
function statementJson(manifest) {
  const s = manifest.serialization;
  const MARK = "@@shard_size@@";
  const serialization = {
    method: s.method,
    hash_type: s.hashType,
    allow_symlinks: s.allowSymlinks,
    shard_size: s.method === "shards" ? MARK : void 0,
    ignore_paths: s.ignorePaths.length ? s.ignorePaths : void 0
  };
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: manifest.modelName, digest: { sha256: manifest.rootDigest } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      serialization,
      resources: manifest.resources.map((r) => ({ algorithm: r.algorithm, digest: r.digest, name: r.name }))
    }
  };
  const text = JSON.stringify(statement, null, 2);
  return s.method === "shards" ? text.replace(
    `"shard_size": "${MARK}"`,
    `"shard_size": ${pythonFloat(s.shardSize ?? DEFAULT_SHARD_SIZE)}`
  ) : text;
}

// src/core/model-source.ts
var MODEL_HUBS = ["huggingface", "github", "ollama", "kaggle", "modelscope", "url"];
var COMMIT_RE = /^[0-9a-f]{40}$/;
var isCommit = (ref) => COMMIT_RE.test(ref);
function formatModelSource(s) {
  const repo = s.owner ? `${s.owner}/${s.name}` : s.name;
  return `${s.hub}:${repo}${s.revision ? `@${s.revision}` : ""}`;
}
function repoOf(s) {
  return s.owner ? `${s.owner}/${s.name}` : s.name;
}
var HF_ID = /^(?:([A-Za-z0-9][\w.-]{0,95})\/)?([A-Za-z0-9][\w.-]{0,95})$/;
function hfSource(id, revision) {
  const clean = id.replace(/^(?:models|datasets|spaces)\//, "");
  const m = HF_ID.exec(clean);
  if (!m || /(^|\/)\.\.?($|\/)/.test(clean) || clean.endsWith(".")) return void 0;
  return { hub: "huggingface", owner: m[1] ?? "", name: m[2], revision: revision || void 0 };
}
function sourceFromUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return void 0;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return void 0;
  const host = u.hostname.toLowerCase();
  const parts = u.pathname.split("/").filter(Boolean).map(safeDecode);
  if (host === "huggingface.co" || host === "hf.co" || host === "www.huggingface.co") {
    const p = ["datasets", "spaces", "models"].includes(parts[0] ?? "") ? parts.slice(1) : parts;
    const ref = p[2] === "resolve" || p[2] === "blob" || p[2] === "tree" ? p[3] : void 0;
    const src = p[0] && p[1] ? hfSource(`${p[0]}/${p[1]}`, ref) : p[0] ? hfSource(p[0]) : void 0;
    if (src) return src;
  }
  if ((host === "github.com" || host === "raw.githubusercontent.com") && parts[0] && parts[1]) {
    const name = parts[1].replace(/\.git$/, "");
    const ref = host === "raw.githubusercontent.com" ? parts[2] : parts[2] === "releases" && parts[3] === "download" ? parts[4] : parts[2] === "blob" || parts[2] === "raw" || parts[2] === "tree" ? parts[3] : void 0;
    return { hub: "github", owner: parts[0], name, revision: ref };
  }
  return { hub: "url", owner: host, name: parts.join("/") };
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function isModelSource(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return typeof v.hub === "string" && MODEL_HUBS.includes(v.hub) && typeof v.owner === "string" && typeof v.name === "string" && (v.revision === void 0 || typeof v.revision === "string");
}
function hfCacheSource(folder, revision) {
  const m = /^(?:models|datasets|spaces)--(.+)$/.exec(folder);
  if (!m) return void 0;
  const parts = m[1].split("--");
  return parts.length === 2 ? hfSource(`${parts[0]}/${parts[1]}`, revision) : parts.length === 1 ? hfSource(parts[0], revision) : void 0;
}
function ollamaSource(host, namespace, model, tag) {
  const h = host.toLowerCase();
  if (h === "hf.co" || h === "huggingface.co") return hfSource(`${namespace}/${model}`, tag);
  if (h === "registry.ollama.ai") return { hub: "ollama", owner: namespace, name: model, revision: tag };
  return { hub: "url", owner: h, name: `${namespace}/${model}`, revision: tag };
}
function sortReferences(refs) {
  const key = (r) => [
    r.path,
    String(r.line ?? 0).padStart(10, "0"),
    String(r.column ?? 0).padStart(10, "0"),
    r.source.hub,
    r.source.owner,
    r.source.name,
    r.source.revision ?? ""
  ].join("\0");
  const byKey = /* @__PURE__ */ new Map();
  for (const r of refs) if (!byKey.has(key(r))) byKey.set(key(r), r);
  return [...byKey.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, r]) => r);
}

// src/pins/rules.ts
var rules_exports$2 = {};
__export(rules_exports$2, {
  ALL_PIN_RULES: () => ALL_PIN_RULES,
  CUSTOM_INDEX: () => CUSTOM_INDEX,
  DOCKER_UNPINNED_IMAGE: () => DOCKER_UNPINNED_IMAGE,
  EDITABLE_INSTALL: () => EDITABLE_INSTALL,
  EXTRA_INDEX_URL: () => EXTRA_INDEX_URL,
  MODEL_REVISION_VARIABLE: () => MODEL_REVISION_VARIABLE,
  PIPE_TO_SHELL: () => PIPE_TO_SHELL,
  REQUIREMENT_WITHOUT_HASH: () => REQUIREMENT_WITHOUT_HASH,
  TORCH_HUB_UNPINNED: () => TORCH_HUB_UNPINNED,
  TORCH_LOAD_UNSAFE: () => TORCH_LOAD_UNSAFE,
  TRUST_REMOTE_CODE: () => TRUST_REMOTE_CODE,
  UNPARSEABLE: () => UNPARSEABLE,
  UNPINNED_ACTION: () => UNPINNED_ACTION,
  UNPINNED_MODEL_REVISION: () => UNPINNED_MODEL_REVISION,
  UNPINNED_NPM: () => UNPINNED_NPM,
  UNPINNED_OLLAMA: () => UNPINNED_OLLAMA,
  UNPINNED_REQUIREMENT: () => UNPINNED_REQUIREMENT,
  UNPINNED_URL: () => UNPINNED_URL,
  UNPINNED_VCS: () => UNPINNED_VCS,
  UNRESOLVED_INCLUDE: () => UNRESOLVED_INCLUDE
});
var TAGS$1 = ["supply-chain", "pinning"];
var UNPINNED_REQUIREMENT = defineRule({
  id: "pin/unpinned-requirement",
  severity: "medium",
  title: "Dependency without an exact version",
  tags: TAGS$1,
  explain: `A Python, conda or Go dependency is given as a bare name, a range (>=, <, !=, ~=, ^, ~), a
wildcard (==1.*), a conda prefix match (foo=1.2) or a version taken from a variable. Whoever
publishes the next matching release (or takes over the package name) chooses the code that runs
at install time and when the model is loaded.

Fix: pin the exact version, and add hashes (see pin/requirement-without-hash):
  requirements.txt   torch==2.4.1 --hash=sha256:<64 hex>   (pip-compile --generate-hashes writes them)
  pyproject.toml     commit a lock file (uv.lock, poetry.lock, pdm.lock) and install from it
  environment.yml    numpy==1.26.4 or numpy=1.26.4=py311h64a7726_0 (conda env export --no-builds is not enough)
  go install         pkg@v1.2.3 (a full version, checked against the Go checksum database) or pkg@<commit>
Allow it: ignore this rule for the file in a policy, with a reason.`
});
var REQUIREMENT_WITHOUT_HASH = defineRule({
  id: "pin/requirement-without-hash",
  severity: "low",
  title: "Exact version without a hash",
  tags: TAGS$1,
  explain: `The requirement names an exact version (==1.2.3) but no --hash. A version number is a
name, not content: a compromised index, a mirror, --extra-index-url confusion or a re-uploaded
file for the same version installs different bytes. pip's hash-checking mode (any --hash on a line,
or --require-hashes) is what makes a pin tamper-proof, and it also forces every transitive
dependency to be listed and pinned.

Fix: generate hashes, e.g. \`pip-compile --generate-hashes\` or \`uv pip compile --generate-hashes\`:
  torch==2.4.1 \\
      --hash=sha256:<64 hex of the wheel> \\
      --hash=sha256:<64 hex of another wheel>
and install with \`pip install --require-hashes -r requirements.txt\`.`
});
var EDITABLE_INSTALL = defineRule({
  id: "pin/editable-install",
  severity: "medium",
  title: "Editable install (-e)",
  tags: TAGS$1,
  explain: `An editable install (-e / --editable) links a source tree into the environment instead of
installing a built, versioned artifact. From a VCS URL it checks out whatever the ref names at install
time; from a local path it runs that project's build backend and leaves its own dependencies
unpinned. pip cannot hash-check editable requirements.

Fix: install a built wheel with an exact version and --hash, or a VCS URL pinned to a full commit
(git+https://host/org/repo@<40 hex>#egg=name) without -e. A local -e of the project itself in a
development requirements file can be allowed in a policy with a reason.`
});
var EXTRA_INDEX_URL = defineRule({
  id: "pin/extra-index-url",
  severity: "medium",
  title: "--extra-index-url (dependency confusion)",
  tags: TAGS$1,
  explain: `--extra-index-url adds a second package index next to PyPI. pip treats all indexes as
one pool and installs the highest version found on any of them: anyone who registers your private
package's name on PyPI with a higher version number gets their code installed (dependency
confusion; the 2022 torchtriton compromise of PyTorch nightly worked exactly like this).

Fix: use a single --index-url that proxies PyPI and your private packages (and blocks public names
that shadow private ones), pin every requirement with --hash, or, with uv, set an index strategy
that stops at the first index. The PyTorch CUDA index is safest as the only --index-url with hashes.`
});
var CUSTOM_INDEX = defineRule({
  id: "pin/custom-index-url",
  severity: "low",
  title: "Package source replaced or TLS checks relaxed",
  tags: TAGS$1,
  explain: `The file sets --index-url/-i, --find-links/-f or --trusted-host. Packages then come from a
source other than PyPI; with --trusted-host or an http:// URL, pip also accepts them without TLS
verification, so anyone on the network path can swap them (medium severity in that case).

Fix: make sure the index is one you control or trust and uses https, and pin every requirement
with --hash so the source cannot change the bytes. Remove --trusted-host.`
});
var UNPINNED_VCS = defineRule({
  id: "pin/unpinned-vcs",
  severity: "medium",
  title: "Git dependency without a full commit",
  tags: TAGS$1,
  explain: `A dependency is installed from a version control URL whose ref is a branch, a tag, a
short hash, or absent. Branches move, tags can be re-pointed and short hashes can become ambiguous:
the code installed tomorrow can differ from the code you reviewed.

Fix: pin the full 40-hex commit:
  pip      name @ git+https://github.com/org/repo@<40 hex>
  npm      "name": "github:org/repo#<40 hex>"  (or git+https://\u2026#<40 hex>)
  poetry   name = { git = "https://github.com/org/repo", rev = "<40 hex>" }`
});
var UNPINNED_URL = defineRule({
  id: "pin/unpinned-url",
  severity: "medium",
  title: "Download from a URL without a hash",
  tags: TAGS$1,
  explain: `A package, archive, requirements file or checkpoint is fetched from a URL and nothing
checks its content: whoever controls the server (or the network path) chooses the bytes.

Fix: add a hash the installer verifies:
  pip          https://host/pkg-1.0-py3-none-any.whl#sha256=<64 hex>   (or --hash=sha256:\u2026 on the line)
  Dockerfile   ADD --checksum=sha256:<64 hex> https://\u2026
  torch.hub    load_state_dict_from_url(url, check_hash=True) with the hash prefix in the file name,
               download_url_to_file(url, dst, hash_prefix="<hex>")
  npm          a registry version with a committed lock file (it records the integrity hash).`
});
var UNPINNED_NPM = defineRule({
  id: "pin/unpinned-npm",
  severity: "medium",
  title: "npm dependency without an exact version",
  tags: TAGS$1,
  explain: `A package.json dependency uses a range (^1.2.3, ~1.2, >=1, 1.x, *), a dist-tag (latest,
next) or an empty version; or a command runs npm install/npx/yarn add with such a spec. The next
matching release, whoever publishes it, is what gets installed and run (install scripts run at
install time).

Fix: commit a lock file (package-lock.json, yarn.lock, pnpm-lock.yaml) and install with \`npm ci\`
(or the frozen-lockfile mode of your package manager); for applications, also save exact versions
(\`npm config set save-exact true\`). A range next to a lock file is reported at low severity.`
});
var UNPINNED_MODEL_REVISION = defineRule({
  id: "pin/unpinned-model-revision",
  severity: "medium",
  title: "Model or dataset downloaded without a commit revision",
  tags: [...TAGS$1, "huggingface"],
  explain: `Something downloads a model, adapter, tokenizer or dataset by a name that does not fix its content:
Python loaders (from_pretrained, pipeline(model=\u2026), hf_hub_download, snapshot_download,
load_dataset, SentenceTransformer, timm "hf-hub:" names, open_clip, KerasHub "hf://" presets,
Kaggle handles without a version, flair, pyannote, speechbrain, ultralytics assets, \u2026), commands
(hf download, vllm serve, TGI --model-id, llama.cpp -hf, lm_eval, spacy download, git clone of a Hub
repository, wget/curl of a resolve/<ref>/ URL), serving containers in compose files and Dockerfiles,
run configs (base_model:, model_name_or_path:) and PEFT adapter configs (base_model_name_or_path).
A branch ("main"), a tag ("v1.0"), "refs/pr/N", a short hash or no revision at all resolve to
whatever the repository holds at download time, so the owner (or whoever takes over the account)
can swap the weights, the tokenizer or the code later. Hugging Face treats only ^[0-9a-f]{40}$ as a
commit (Bandit B615 accepts 7+ hex digits; modelvet does not). Where the API takes no revision at
all (llama-cpp-python, open_clip, NeMo, KerasHub hf://, mlx_lm's command line), the message says
how to pin the download instead. README.md "Model fetches" lists every entry point and its pinned form.

Fix: pass the full commit of the revision you vetted, e.g.
  AutoModel.from_pretrained("org/name", revision="877b84a8f93f2d619faa2a6e514a32beef88ab0a")
  hf download org/name --revision 877b84a8f93f2d619faa2a6e514a32beef88ab0a
  timm.create_model("hf-hub:org/name@877b84a8f93f2d619faa2a6e514a32beef88ab0a", pretrained=True)
The commit is shown on the model page ("History") or by \`huggingface_hub.model_info(id).sha\`.`
});
var MODEL_REVISION_VARIABLE = defineRule({
  id: "pin/model-revision-variable",
  severity: "low",
  title: "Model revision comes from a variable (cannot be verified)",
  tags: [...TAGS$1, "huggingface"],
  explain: `The revision (or trust_remote_code, or the ref of torch.hub) is an expression modelvet
cannot evaluate statically (a function argument, a CLI option, **kwargs). It may be a commit hash
or a branch; the scan cannot tell. Constants assigned once from a string literal in the same file
are resolved and checked, so this is only reported when the value is really dynamic.

Fix: pass a literal 40-hex commit, or a module-level constant holding one. If the value is
validated elsewhere (e.g. the CLI option rejects anything but a commit), allow the rule for the
file in a policy with that reason.`
});
var TRUST_REMOTE_CODE = defineRule({
  id: "pin/trust-remote-code",
  severity: "high",
  title: "trust_remote_code=True",
  tags: [...TAGS$1, "code-execution", "huggingface"],
  explain: `trust_remote_code=True makes transformers (and datasets, sentence-transformers, \u2026)
download Python files from the model repository and import them: arbitrary code from the Hub runs
with your privileges. Without a commit revision, the repository owner can change that code at any
time after you reviewed it (high). With a full commit revision the code is fixed, but it still runs:
review it (medium). Set from a variable, it may be enabled at run time (low).

Fix: prefer a model whose architecture is in the library itself (no remote code). Otherwise review
the repository's *.py files at one commit and pin it:
  AutoModel.from_pretrained("org/name", trust_remote_code=True, revision="<40 hex>")
(transformers SECURITY.md: "We recommend setting a revision \u2026").`
});
var TORCH_HUB_UNPINNED = defineRule({
  id: "pin/torch-hub-unpinned",
  severity: "high",
  title: "torch.hub.load of a GitHub repository without a commit",
  tags: [...TAGS$1, "code-execution"],
  explain: `torch.hub.load("owner/repo[:ref]", \u2026) (and torch.hub.list/help) downloads the repository
and executes its hubconf.py: remote code execution, like trust_remote_code. Without a ref it uses
the default branch; a branch or tag can change after review.

Fix: pin the full commit, torch.hub.load("owner/repo:<40 hex>", "entrypoint"), or vendor the
repository and load it with source="local".`
});
var TORCH_LOAD_UNSAFE = defineRule({
  id: "pin/torch-load-unsafe",
  severity: "medium",
  title: "torch.load without weights_only=True",
  tags: ["code-execution", "pickle"],
  explain: `torch.load unpickles the checkpoint; with weights_only=False any pickle in it runs code
(Bandit B614, CWE-502). PyTorch \u2265 2.6 defaults to weights_only=True, but code that omits the
argument runs unsafely on any older (unpinned) torch (medium); weights_only=False disables the
safe loader explicitly (high); a variable may do either (low).

Fix: torch.load(path, weights_only=True), or store weights as safetensors and load them with
safetensors.torch.load_file.`
});
var DOCKER_UNPINNED_IMAGE = defineRule({
  id: "pin/docker-unpinned-image",
  severity: "medium",
  title: "Container base image without a digest",
  tags: TAGS$1,
  explain: `A Dockerfile FROM names an image by tag (python:3.12, img:latest) or by name alone.
Tags are mutable: the registry can serve a different image tomorrow (OpenSSF Scorecard
Pinned-Dependencies). A FROM built from an ARG that cannot be resolved is reported at low severity.

Fix: pin the digest (a multi-arch manifest-list digest is fine) and keep the tag as a comment:
  FROM python:3.12-slim@sha256:<64 hex>
Dependabot and Renovate update digests automatically.`
});
var PIPE_TO_SHELL = defineRule({
  id: "pin/pipe-to-shell",
  severity: "high",
  title: "Download piped into a shell or interpreter",
  tags: [...TAGS$1, "code-execution"],
  explain: `A script downloads code and runs it in one step (curl \u2026 | sh, wget -O- \u2026 | bash,
bash <(curl \u2026), sh -c "$(curl \u2026)", python <(wget \u2026)). Whatever the server returns at that moment
runs, unreviewed and unverified (OpenSSF Scorecard "downloadThenRun").

Fix: download to a file, verify its SHA-256 against a value committed next to the script
(echo "<64 hex>  install.sh" | sha256sum -c -), then run it; or fetch from an immutable URL
(raw.githubusercontent.com/org/repo/<40 hex>/path), which Scorecard also accepts.`
});
var UNPINNED_ACTION = defineRule({
  id: "pin/unpinned-action",
  severity: "medium",
  title: "GitHub Action not pinned to a commit",
  tags: TAGS$1,
  explain: `A workflow or composite action \`uses:\` another action (or reusable workflow) by tag or
branch (@v4, @main). Tags and branches can be moved to new code by whoever controls that repository:
the tj-actions/changed-files compromise (2025) re-pointed every tag to a commit that dumped CI
secrets. OpenSSF Scorecard and zizmor (unpinned-uses, hash-pin by default since v1.20) require a
full commit SHA. Actions owned by GitHub (actions/*, github/*) are reported at low severity.

Fix: pin the full 40-hex commit and keep the version as a comment, which Dependabot and Renovate
update: \`uses: actions/checkout@<40 hex> # v4.2.2\`. Local actions (./path) are not judged.`
});
var UNPINNED_OLLAMA = defineRule({
  id: "pin/unpinned-ollama-model",
  severity: "medium",
  title: "Ollama model referenced by a mutable tag",
  tags: [...TAGS$1, "ollama"],
  explain: `A Modelfile FROM line or an \`ollama pull/run/create\` command names a registry model
without a tag (which means :latest) or with :latest (medium), or with another tag (low). Ollama
registry tags are mutable: the manifest behind llama3:8b can change, and with it the weights,
template and system prompt that run.

Fix: record the manifest digest you vetted (\`ollama show --modelfile\`, or the SHA-256 of
manifests/<host>/<ns>/<model>/<tag>) next to the reference and verify it (\`modelvet verify\` on
the Ollama store), or build FROM a local GGUF file whose hash you pin.`
});
var UNRESOLVED_INCLUDE = defineRule({
  id: "pin/unresolved-include",
  severity: "medium",
  title: "Included requirements file not found in the scanned folder",
  tags: [...TAGS$1, "fail-closed"],
  explain: `A requirements file includes another one (-r / -c) that is not inside the scanned folder
(missing, outside it, or a symlink out of it). pip will read whatever is at that path on the
installing machine; modelvet could not vet it, and never reads files outside the scanned folder.

Fix: ship the included file with the model/project and scan again, or inline its requirements.`
});
var UNPARSEABLE = defineRule({
  id: "pin/unparseable",
  severity: "medium",
  title: "Dependency file or code could not be parsed",
  tags: [...TAGS$1, "fail-closed"],
  explain: `A dependency file (pyproject.toml, package.json, environment.yml, notebook) is not valid
in its format, or is too large to check. The tools that consume it may still read parts of it
(pip and npm are lenient in places), so an unparsed file is not a pass.

Fix: repair the file (run its own tool, e.g. \`python -c "import tomllib\u2026"\`, \`npm install --dry-run\`),
then scan again.`
});
var ALL_PIN_RULES = [
  UNPINNED_REQUIREMENT,
  REQUIREMENT_WITHOUT_HASH,
  EDITABLE_INSTALL,
  EXTRA_INDEX_URL,
  CUSTOM_INDEX,
  UNPINNED_VCS,
  UNPINNED_URL,
  UNPINNED_NPM,
  UNPINNED_MODEL_REVISION,
  MODEL_REVISION_VARIABLE,
  TRUST_REMOTE_CODE,
  TORCH_HUB_UNPINNED,
  TORCH_LOAD_UNSAFE,
  DOCKER_UNPINNED_IMAGE,
  PIPE_TO_SHELL,
  UNPINNED_ACTION,
  UNPINNED_OLLAMA,
  UNRESOLVED_INCLUDE,
  UNPARSEABLE
];

// src/core/analyzer.ts
var DEFAULT_LIMITS = {
  maxDepth: 5,
  maxExpandedBytes: 4 * 1024 ** 3,
  maxMemberBytes: 512 * 1024 ** 2,
  maxRatio: 200,
  maxMembers: 1e5
};
var EVERY_KIND = "*";
function analyzersFor(analyzers, kind) {
  return analyzers.filter((a) => a.kinds.includes(kind) || a.kinds.includes(EVERY_KIND));
}
function kindIsClaimed(analyzers, kind) {
  return analyzers.some((a) => a.claims?.includes(kind));
}
var CODE_BEARING_KINDS = /* @__PURE__ */ new Set([
  KINDS.zip,
  KINDS.tar,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.zlib,
  KINDS.lzmaAlone,
  KINDS.sevenZip,
  KINDS.rar,
  KINDS.pickle,
  KINDS.numpy,
  KINDS.hdf5
]);
var UNSUPPORTED_FORMAT = defineRule({
  id: "scan/unsupported-format",
  severity: "high",
  title: "Content modelvet cannot analyze yet",
  tags: ["fail-closed"],
  explain: `The file (or archive member) holds a format that can carry executable content, but this
version of modelvet has no analyzer for it. A gate that cannot look inside something must not pass
it, so this is a finding.

Fix: convert the artifact to a format that cannot run code (safetensors, GGUF), or, if you have
vetted it by other means, ignore this rule for that path in a policy file with a reason.`
});
var ANALYZER_ERROR = defineRule({
  id: "scan/read-error",
  severity: "high",
  title: "File could not be read to the end",
  tags: ["fail-closed"],
  explain: `modelvet could not finish reading this file or member: it vanished, shrank, changed
while being read, or an I/O error occurred. Whatever was found before the error is still reported,
but the rest was not vetted. Fix: re-download the artifact and scan it again while nothing writes to it.`
});
var DEPTH_LIMIT = defineRule({
  id: "archive/depth-limit",
  severity: "high",
  title: "Archive nesting deeper than the limit",
  tags: ["archive", "fail-closed"],
  explain: `An archive member is itself an archive, nested deeper than modelvet's limit (5 levels).
Real model files are never nested that deep; deep nesting is a way to exhaust scanners or hide a
payload below the depth they look at. The innermost content was not scanned.`
});
var WORK_LIMIT = defineRule({
  id: "archive/work-limit",
  severity: "high",
  title: "Nested members exceed the work budget of one file",
  tags: ["archive", "fail-closed", "denial-of-service"],
  explain: `A file on disk and everything nested in it (archive members, members of members,
decompressed streams) may hand modelvet at most as many members as one archive may hold (100,000). This file reached that budget, so the members after
it were not scanned. Real checkpoints are far below it; archives whose members overlap or contain the
archive again (zip quines, overlapping entries) reach it to make a scanner loop or give up.

Fix: re-create the archive without overlapping or nested copies, or split a legitimate archive with
more members into several; the members past the limit were not vetted.`
});
var ExpansionBudget = class {
  used = 0;
  limit;
  members = 0;
  memberLimit;
  /** Set once the member budget ran out and that was reported. */
  memberLimitReported = false;
  constructor(limit, memberLimit = Number.MAX_SAFE_INTEGER) {
    this.limit = limit;
    this.memberLimit = memberLimit;
  }
  /** Returns false (and records nothing) when taking `n` more bytes would pass the limit. */
  take(n) {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  /** Takes what is left of the byte budget, up to `n` (a stream that was cut still cost its bytes). */
  charge(n) {
    this.used += Math.min(n, Math.max(0, this.limit - this.used));
  }
  /** Counts one more dispatched member; false once the member budget is spent. */
  takeMember() {
    if (this.members >= this.memberLimit) return false;
    this.members++;
    return true;
  }
};
async function analyzeSource(source, name, opts) {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const scan = {
    scanner: opts.scanner,
    limits,
    options: opts.options ?? {},
    budget: opts.budget ?? new ExpansionBudget(limits.maxExpandedBytes, limits.maxMembers),
    findings: [],
    perRule: /* @__PURE__ */ new Map(),
    kinds: /* @__PURE__ */ new Set(),
    memberKinds: /* @__PURE__ */ new Set(),
    references: []
  };
  const kind = await dispatch(scan, source, name, opts.depth ?? 0);
  addCollapsed(scan, source);
  return {
    kind,
    memberKinds: [...scan.memberKinds].sort(),
    findings: scan.findings,
    references: scan.references
  };
}
var MAX_FINDINGS_PER_RULE = 200;
function addCollapsed(scan, source) {
  for (const [rule, c] of scan.perRule) {
    if (c.dropped === 0 || c.severity === void 0) continue;
    scan.findings.push({
      rule,
      severity: c.severity,
      message: `${label(source)}: ${c.dropped} more findings of this rule in this file were not listed (the first ${c.listed} are)`,
      path: source.path,
      evidence: { notListed: c.dropped, listed: c.listed }
    });
  }
}
function reporterFor(scan, source) {
  return (f) => {
    let c = scan.perRule.get(f.rule);
    if (!c) {
      c = { listed: 0, dropped: 0 };
      scan.perRule.set(f.rule, c);
    }
    if (c.listed >= MAX_FINDINGS_PER_RULE) {
      c.dropped++;
      if (c.severity === void 0 || severityRank(f.severity) > severityRank(c.severity))
        c.severity = f.severity;
      return;
    }
    c.listed++;
    const member = f.member ?? (source.member.length ? [...source.member] : void 0);
    const { member: _m, path: _p, ...rest } = f;
    scan.findings.push({ ...rest, path: source.path, member });
  };
}
async function dispatch(scan, source, name, depth) {
  const push = reporterFor(scan, source);
  let sniffed;
  try {
    sniffed = await sniff(source, name, scan.scanner.sniffers);
  } catch (err) {
    push(readError(source, err));
    return KINDS.unknown;
  }
  scan.kinds.add(sniffed.kind);
  if (depth > 0) scan.memberKinds.add(sniffed.kind);
  const ctx = {
    source,
    kind: sniffed.kind,
    name,
    head: sniffed.head,
    depth,
    limits: scan.limits,
    options: scan.options,
    budget: scan.budget,
    report: push,
    kinds: scan.kinds,
    memo: /* @__PURE__ */ new Map(),
    reference: (r) => scan.references.push(r),
    scanMember: (member, memberName) => scanNested(scan, push, member, memberName, depth + 1)
  };
  if (CODE_BEARING_KINDS.has(sniffed.kind) && !scan.scanner.claims(sniffed.kind)) {
    push(
      finding(UNSUPPORTED_FORMAT, {
        message: `${label(source)} is ${sniffed.kind} content, which this version cannot analyze`,
        evidence: { kind: sniffed.kind }
      })
    );
  }
  for (const analyzer of scan.scanner.analyzersFor(sniffed.kind)) {
    try {
      await analyzer.analyze(ctx);
    } catch (err) {
      push(readError(source, err, analyzer.id));
    }
  }
  return sniffed.kind;
}
async function scanTrailingBytes(ctx, start) {
  const member = [...ctx.source.member, `${ctx.name}@${start}`];
  await ctx.scanMember(new SliceSource(ctx.source, start, ctx.source.size - start, member), "trailing-data");
}
async function scanNested(scan, push, member, name, depth) {
  if (depth > scan.limits.maxDepth) {
    push(
      finding(DEPTH_LIMIT, {
        message: `${label(member)} is nested ${depth} levels deep (limit ${scan.limits.maxDepth}); not scanned`,
        member: [...member.member]
      })
    );
    return;
  }
  if (!scan.budget.takeMember()) {
    if (!scan.budget.memberLimitReported) {
      scan.budget.memberLimitReported = true;
      push(
        finding(WORK_LIMIT, {
          message: `${label(member)}: the file has handed out ${scan.budget.memberLimit} nested members (the limit); this one and the rest were not scanned`,
          member: [...member.member],
          evidence: { limit: scan.budget.memberLimit }
        })
      );
    }
    return;
  }
  await dispatch(scan, member, name, depth);
}
function readError(source, err, analyzer) {
  const io = err instanceof ModelvetError || err?.code !== void 0;
  const severity = "high";
  const text = describeError(err, label(source));
  return finding(ANALYZER_ERROR, {
    severity,
    message: io ? text : `${label(source)}: ${analyzer ?? "analyzer"} failed: ${text}`,
    evidence: {
      analyzer,
      code: err instanceof ModelvetError ? err.code : void 0
    }
  });
}

// src/core/json.ts
var SERDE_MAX_DEPTH = 128;
var PYTHON_MAX_DEPTH = 990;
var PYTHON_INT_MAX_DIGITS = 4300;
var MAX_ISSUES = 1e3;
function readJson(text) {
  return new Reader(text, false).read();
}
function readJsonBytes(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = firstInvalidUtf8(buf);
  const r = new Reader(buf.toString("latin1"), true).read();
  if (bad >= 0) {
    r.error = { kind: "invalid-utf8", message: `invalid UTF-8 at byte ${bad}`, offset: bad };
  }
  return r;
}
function jsonGet(obj, key) {
  for (let k = obj.entries.length - 1; k >= 0; k--) {
    if (obj.entries[k].key === key) return obj.entries[k].value;
  }
  return void 0;
}
function jsonUint(v) {
  if (v?.t !== "number" || !/^(0|[1-9][0-9]*)$/.test(v.raw)) return void 0;
  return BigInt(v.raw);
}
function toPlain(root) {
  const convert = (v) => {
    switch (v.t) {
      case "object":
        return /* @__PURE__ */ Object.create(null);
      case "array":
        return new Array(v.items.length);
      case "string":
        return v.value;
      case "number":
        return /[.eEN]/.test(v.raw) ? Number(v.raw) : Number(v.raw) + 0;
      case "true":
        return true;
      case "false":
        return false;
      default:
        return null;
    }
  };
  const out = convert(root);
  const stack = [[root, out]];
  while (stack.length) {
    const [node, into] = stack.pop();
    if (node.t === "object") {
      const o = into;
      for (const e of node.entries) {
        const c = convert(e.value);
        o[e.key] = c;
        stack.push([e.value, c]);
      }
    } else if (node.t === "array") {
      const a = into;
      node.items.forEach((item, i) => {
        a[i] = convert(item);
        stack.push([item, a[i]]);
      });
    }
  }
  return out;
}
var SyntaxStop = class {
  issue;
  constructor(message, offset) {
    this.issue = { kind: "syntax", message: `${message} (char ${offset})`, offset };
  }
};
var Reader = class {
  pos = 0;
  stack = [];
  out = { duplicates: [], nonStandard: [], pythonRejects: [], depth: 0 };
  text;
  /** The text is UTF-8 bytes as latin1: string contents are decoded from UTF-8. */
  utf8;
  constructor(text, utf8) {
    this.text = text;
    this.utf8 = utf8;
  }
  read() {
    const bom = this.utf8 ? this.text.startsWith("\xEF\xBB\xBF") : this.text.charCodeAt(0) === 65279;
    if (bom) {
      this.issue(
        this.out.pythonRejects,
        "bom",
        "starts with a UTF-8 byte order mark (json.loads of a str refuses it)",
        0
      );
      this.pos = this.utf8 ? 3 : 1;
    }
    try {
      this.run();
    } catch (err) {
      if (err instanceof SyntaxStop) this.out.error = err.issue;
      else if (!(err instanceof Done)) throw err;
    }
    return this.out;
  }
  run() {
    let value = this.value();
    for (; ; ) {
      if (value !== void 0) {
        if (!this.attach(value)) return this.trailing();
      }
      const top = this.stack[this.stack.length - 1];
      if (top.fresh) {
        top.fresh = false;
        value = top.node.t === "array" ? this.value() : this.member(top);
        continue;
      }
      this.ws();
      const c = this.text[this.pos];
      if (top.node.t === "array") {
        if (c === "]") value = this.close();
        else if (c === ",") {
          this.pos++;
          value = this.value();
        } else throw new SyntaxStop("Expecting ',' delimiter", this.pos);
      } else if (c === "}") value = this.close();
      else if (c === ",") {
        this.pos++;
        value = this.member(top);
      } else throw new SyntaxStop("Expecting ',' delimiter", this.pos);
    }
  }
  /** Attaches a finished value to the open container; false when it was the top-level value. */
  attach(value) {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.out.value = value;
      return false;
    }
    if (top.node.t === "array") top.node.items.push(value);
    else this.addEntry(top, value);
    return true;
  }
  addEntry(top, value) {
    const key = top.key;
    const entries = top.node.entries;
    let dup;
    if (top.seen) dup = top.seen.has(key);
    else {
      dup = entries.some((e) => e.key === key);
      if (entries.length >= 16) top.seen = new Set(entries.map((e) => e.key));
    }
    top.seen?.add(key);
    if (dup && this.out.duplicates.length < MAX_ISSUES) {
      this.out.duplicates.push({ key, offset: top.keyAt, where: this.path() });
    }
    entries.push({ key, offset: top.keyAt, value });
  }
  /** Dotted path of the innermost open object (only built for a duplicate). */
  path() {
    let out = "";
    for (let i = 0; i < this.stack.length - 1; i++) {
      const c = this.stack[i];
      if (c.node.t === "array") out += `[${c.node.items.length - 1}]`;
      else {
        const key = c.key ?? "";
        out += out ? `.${key}` : key;
      }
    }
    return out;
  }
  trailing() {
    this.ws();
    if (this.pos < this.text.length) throw new SyntaxStop("Extra data", this.pos);
  }
  /** Reads a value; a container is opened and undefined returned (its members follow). */
  value() {
    this.ws();
    const at = this.pos;
    const c = this.text[at];
    if (c === "{" || c === "[") return this.open(c, at);
    if (c === '"') {
      const value = this.string();
      return { t: "string", value, offset: at, end: this.pos };
    }
    return this.scalar(at);
  }
  open(c, at) {
    this.pos++;
    const depth = this.stack.length + 1;
    if (depth > this.out.depth) {
      this.out.depth = depth;
      if (depth === SERDE_MAX_DEPTH + 1)
        this.issue(
          this.out.nonStandard,
          "deep",
          `nests deeper than ${SERDE_MAX_DEPTH} levels (serde_json's limit)`,
          at
        );
      if (depth === PYTHON_MAX_DEPTH)
        this.issue(
          this.out.pythonRejects,
          "recursion",
          `nests ${PYTHON_MAX_DEPTH} levels deep: Python's json raises RecursionError`,
          at
        );
    }
    if (c === "[") {
      const node2 = { t: "array", items: [], offset: at, end: at + 1 };
      this.attachOpen(node2);
      this.stack.push({ node: node2, fresh: true });
      this.ws();
      if (this.text[this.pos] === "]") return this.close();
      return void 0;
    }
    const node = { t: "object", entries: [], offset: at, end: at + 1 };
    this.attachOpen(node);
    this.stack.push({ node, fresh: true });
    this.ws();
    if (this.text[this.pos] === "}") return this.close();
    return void 0;
  }
  /** Links a new container into its parent at once, so a later syntax error keeps it in the tree. */
  attachOpen(node) {
    const top = this.stack[this.stack.length - 1];
    if (!top) this.out.value = node;
    else if (top.node.t === "array") top.node.items.push(node);
    else this.addEntry(top, node);
  }
  /** `"key": value` inside an object. */
  member(frame) {
    this.ws();
    if (this.text[this.pos] !== '"')
      throw new SyntaxStop("Expecting property name enclosed in double quotes", this.pos);
    frame.keyAt = this.pos;
    frame.key = this.string();
    this.ws();
    if (this.text[this.pos] !== ":") throw new SyntaxStop("Expecting ':' delimiter", this.pos);
    this.pos++;
    return this.value();
  }
  /** Closes the innermost container; returns undefined (it is already linked into its parent). */
  close() {
    this.pos++;
    const frame = this.stack.pop();
    frame.fresh = false;
    frame.node.end = this.pos;
    if (this.stack.length === 0) {
      this.trailing();
      throw new Done();
    }
    return void 0;
  }
  scalar(at) {
    const t = this.text;
    const c = t.charCodeAt(at);
    const word = c === 116 ? "true" : c === 102 ? "false" : c === 110 ? "null" : c === 78 ? "NaN" : c === 73 ? "Infinity" : c === 45 && t.charCodeAt(at + 1) === 73 ? "-Infinity" : void 0;
    if (word !== void 0) {
      if (!t.startsWith(word, at)) throw new SyntaxStop("Expecting value", at);
      this.pos = at + word.length;
      if (c === 116 || c === 102 || c === 110)
        return { t: word, offset: at, end: this.pos };
      this.issue(this.out.nonStandard, "non-finite", `${word} is not a JSON number (Python reads it)`, at);
      return { t: "number", raw: word, offset: at, end: this.pos };
    }
    return this.number(at);
  }
  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, as CPython's scanner matches numbers. */
  number(at) {
    const t = this.text;
    let i = at;
    if (t.charCodeAt(i) === 45) i++;
    const intStart = i;
    if (t.charCodeAt(i) === 48) i++;
    else i = digits(t, i);
    if (i === intStart) throw new SyntaxStop("Expecting value", at);
    const intDigits = i - intStart;
    let integer = true;
    if (t.charCodeAt(i) === 46 && isDigit(t.charCodeAt(i + 1))) {
      i = digits(t, i + 1);
      integer = false;
    }
    const e = t.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      if (t.charCodeAt(j) === 43 || t.charCodeAt(j) === 45) j++;
      if (isDigit(t.charCodeAt(j))) {
        i = digits(t, j);
        integer = false;
      }
    }
    this.pos = i;
    if (integer && intDigits > PYTHON_INT_MAX_DIGITS)
      this.issue(
        this.out.pythonRejects,
        "int-digits",
        `an integer of ${intDigits} digits exceeds Python's ${PYTHON_INT_MAX_DIGITS}-digit limit (ValueError)`,
        at
      );
    return { t: "number", raw: t.slice(at, i), offset: at, end: i };
  }
  /** A string starting at the opening quote; decodes escapes the way CPython's scanstring does. */
  string() {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let out = "";
    for (; ; ) {
      let j = i;
      let high = false;
      let c = t.charCodeAt(j);
      while (c !== 34 && c !== 92 && c >= 32) {
        if (c >= 128) high = true;
        c = t.charCodeAt(++j);
      }
      if (j > i)
        out += high && this.utf8 ? Buffer.from(t.slice(i, j), "latin1").toString("utf8") : t.slice(i, j);
      i = j;
      if (i >= t.length) throw new SyntaxStop("Unterminated string starting at", start);
      if (c === 34) {
        this.pos = i + 1;
        return out;
      }
      if (c < 32) throw new SyntaxStop("Invalid control character at", i);
      const [text, next] = this.escape(i);
      out += text;
      i = next;
    }
  }
  /** One backslash escape at `i`; returns its text and the offset after it. */
  escape(i) {
    const t = this.text;
    const e = t[i + 1];
    const simple = e === void 0 ? void 0 : SIMPLE_ESCAPES[e];
    if (simple !== void 0) return [simple, i + 2];
    if (e !== "u") throw new SyntaxStop("Invalid \\escape", i);
    const unit = hex4(t, i + 2);
    if (unit < 0) throw new SyntaxStop("Invalid \\uXXXX escape", i + 1);
    if (unit >= 55296 && unit <= 56319 && t[i + 6] === "\\" && t[i + 7] === "u") {
      const low = hex4(t, i + 8);
      if (low >= 56320 && low <= 57343) return [String.fromCharCode(unit, low), i + 12];
    }
    if (unit >= 55296 && unit <= 57343)
      this.issue(
        this.out.nonStandard,
        "lone-surrogate",
        "a \\u escape gives a lone surrogate (Python keeps it)",
        i
      );
    return [String.fromCharCode(unit), i + 6];
  }
  ws() {
    const t = this.text;
    let i = this.pos;
    for (let c = t.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = t.charCodeAt(++i)) ;
    this.pos = i;
  }
  issue(list, kind, message, offset) {
    if (list.length < MAX_ISSUES) list.push({ kind, message, offset });
  }
};
var Done = class {
};
var SIMPLE_ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	"
};
var isDigit = (c) => c >= 48 && c <= 57;
function digits(t, i) {
  while (isDigit(t.charCodeAt(i))) i++;
  return i;
}
function hex4(t, at) {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = t.charCodeAt(at + k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
function isAscii(buf) {
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 128) return false;
  return true;
}
function firstInvalidUtf8(buf) {
  if (isAscii(buf)) return -1;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return -1;
  } catch {
  }
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((buf[i + k] ?? 0) & 192) !== 128) return i;
    const cp = need === 0 ? b : need === 1 ? (b & 31) << 6 | buf[i + 1] & 63 : need === 2 ? (b & 15) << 12 | (buf[i + 1] & 63) << 6 | buf[i + 2] & 63 : (b & 7) << 18 | (buf[i + 1] & 63) << 12 | (buf[i + 2] & 63) << 6 | buf[i + 3] & 63;
    const overlong = need === 2 && cp < 2048 || need === 3 && (cp < 65536 || cp > 1114111);
    if (overlong || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}

// src/core/json-shape.ts
var DocumentError = class extends BaseError {
  /** Where in the document (`predicate.resources[2].digest`); '' for the whole document. */
  at;
  constructor(code, at, message) {
    super(code, message);
    this.name = "DocumentError";
    this.at = at;
  }
};
function wrong(at, expected, value) {
  throw new DocumentError(
    "INVALID_SHAPE",
    at,
    `${at || "the document"} must be ${expected}, found ${describeValue(value)}`
  );
}
var join = (at, key) => at ? `${at}.${key}` : key;
var string = (v, at) => typeof v === "string" ? v : wrong(at, "a string", v);
var boolean = (v, at) => typeof v === "boolean" ? v : wrong(at, "true or false", v);
function matching(pattern, what) {
  return (v, at) => typeof v === "string" && pattern.test(v) ? v : wrong(at, what, v);
}
function wholeNumber(min = 0) {
  return (v, at) => typeof v === "number" && Number.isSafeInteger(v) && v >= min ? v : wrong(at, `a whole number of at least ${min}`, v);
}
function literal(expected) {
  return (v, at) => v === expected ? expected : wrong(at, JSON.stringify(expected), v);
}
function optional(shape) {
  return (v, at) => v === void 0 ? void 0 : shape(v, at);
}
function listOf$1(item, options = {}) {
  const { min = 0, max = 1e7 } = options;
  return (v, at) => {
    if (!Array.isArray(v)) wrong(at, "a list", v);
    if (v.length < min) wrong(at, `a list of at least ${min}`, v);
    if (v.length > max) wrong(at, `a list of at most ${max}`, v);
    return v.map((x, i) => item(x, `${at}[${i}]`));
  };
}
var isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var anyObject = (v, at) => isPlainObject(v) ? v : wrong(at, "an object", v);
function object(fields) {
  return (v, at) => {
    if (!isPlainObject(v)) wrong(at, "an object", v);
    const out = {};
    for (const [key, shape] of Object.entries(fields)) {
      const value = shape(Object.hasOwn(v, key) ? v[key] : void 0, join(at, key));
      if (value !== void 0) out[key] = value;
    }
    return out;
  };
}
function parseJson(text) {
  const r = typeof text === "string" ? readJson(text) : readJsonBytes(text);
  const bad = r.error ?? r.nonStandard.find((x) => x.kind === "non-finite");
  if (!bad && r.value) return toPlain(r.value);
  throw new DocumentError("INVALID_JSON", "", `not JSON (${jsonProblem(text, bad)})`);
}
function jsonProblem(text, bad) {
  const length = typeof text === "string" ? text.trimEnd().length : Buffer.from(text).toString("latin1").trimEnd().length;
  if (length === 0) return "empty";
  if (!bad || bad.offset >= length) return "it ends before the value is complete";
  if (bad.kind === "non-finite") return `NaN or Infinity at character ${bad.offset + 1}`;
  return `syntax error at character ${bad.offset + 1}`;
}
function readDocument(text, shape) {
  return shape(parseJson(text), "");
}

// src/core/hash/progress.ts
function estimateSecondsLeft(e) {
  const byBytes = e.bytesTotal > 0 ? Math.min(1, e.bytesDone / e.bytesTotal) : 1;
  const byFiles = e.filesTotal > 0 ? Math.min(1, e.filesDone / e.filesTotal) : 1;
  const done = (byBytes + byFiles) / 2;
  if (done >= 1) return 0;
  if (e.elapsedMs < 1e3 || done < 0.01) return void 0;
  return e.elapsedMs / 1e3 * (1 - done) / done;
}
var Progress = class {
  bytesDone = 0;
  filesDone = 0;
  current;
  started = monotonicMs();
  lastEmit = 0;
  bytesTotal;
  filesTotal;
  listener;
  intervalMs;
  constructor(bytesTotal, filesTotal, listener, intervalMs = 200) {
    this.bytesTotal = bytesTotal;
    this.filesTotal = filesTotal;
    this.listener = listener;
    this.intervalMs = intervalMs;
  }
  /** `n` more bytes read, of `file` when given. */
  addBytes(n, file) {
    this.bytesDone += n;
    if (file !== void 0) this.current = file;
    this.maybeEmit(false);
  }
  fileDone() {
    this.filesDone++;
    this.maybeEmit(this.filesDone === this.filesTotal);
  }
  snapshot() {
    const elapsedMs = monotonicMs() - this.started;
    const facts = {
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      filesDone: this.filesDone,
      filesTotal: this.filesTotal,
      elapsedMs
    };
    return {
      ...facts,
      rate: elapsedMs > 0 ? this.bytesDone / elapsedMs * 1e3 : 0,
      etaSeconds: estimateSecondsLeft(facts),
      current: this.current
    };
  }
  maybeEmit(force) {
    if (!this.listener) return;
    const now = monotonicMs();
    if (!force && now - this.lastEmit < this.intervalMs) return;
    this.lastEmit = now;
    this.listener(this.snapshot());
  }
};

// src/scan-read.ts
var HASH_ERROR = defineRule({
  id: "scan/hash-error",
  severity: "high",
  title: "File could not be hashed",
  tags: ["fail-closed", "integrity"],
  explain: `modelvet could not read every byte of this file to hash it: it vanished, shrank or grew,
or an I/O error occurred. Its digest is missing from the report, so no integrity check can pass for it.
Fix: re-download the artifact and scan it again while nothing writes to it.`
});
var SMALL_FILE_BYTES = 256 * 1024;
var BATCH_FILES = 256;
var BATCH_BYTES = 8 * 1024 * 1024;
var RETAIN_FILE_BYTES = 64 * 1024;
var RETAIN_TOTAL_BYTES = 64 * 1024 * 1024;
var RETAIN_HEAD_BYTES = 4096;
async function mapLimit(items, limit, fn) {
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}
function batches(small) {
  const out = [];
  let current = [];
  let bytes = 0;
  for (const c of small) {
    if (current.length && (current.length >= BATCH_FILES || bytes + c.size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(c);
    bytes += c.size;
  }
  if (current.length) out.push(current);
  return out;
}
async function readContents(plan, options, findings, references) {
  const small = plan.filter((c) => c.size <= SMALL_FILE_BYTES);
  const large = plan.filter((c) => c.size > SMALL_FILE_BYTES);
  const smallBatches = batches(small);
  const totalBytes = plan.reduce((n, c) => n + c.size, 0);
  const progress = new Progress(totalBytes, plan.length, options.onProgress);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), large.length + smallBatches.length));
  const inline = smallBatches.length <= 1;
  const pool = new HashPool(jobs, {
    inline,
    digestCache: options.digestCache
  });
  const reads = new ScanReads(pool, progress, options, findings, references);
  try {
    await Promise.all([
      mapLimit(smallBatches, pool.size * 2, (b) => reads.smallBatch(b)),
      reads.largeFiles(large)
    ]);
  } finally {
    await pool.close();
  }
  reads.reportOpenErrors();
  return reads;
}
var ScanReads = class {
  byKey = /* @__PURE__ */ new Map();
  hashedBytes = 0;
  retained = new RetainedBytes();
  /** Analysis failures of large files, reported unless the hash of the same file failed too. */
  openErrors = /* @__PURE__ */ new Map();
  pool;
  progress;
  options;
  findings;
  references;
  constructor(pool, progress, options, findings, references) {
    this.pool = pool;
    this.progress = progress;
    this.options = options;
    this.findings = findings;
    this.references = references;
  }
  result(c) {
    let r = this.byKey.get(c.key);
    if (!r) {
      r = { size: c.size, kind: "unknown", memberKinds: [] };
      this.byKey.set(c.key, r);
    }
    return r;
  }
  hashed(c, digests, size) {
    const r = this.result(c);
    r.digests = digests;
    r.size = size;
    this.hashedBytes += size;
    if (size !== c.size) {
      const shown = c.hashAs.display;
      this.findings.push(
        finding(HASH_ERROR, {
          path: shown,
          message: `${shown}: size changed during the scan (${c.size} \u2192 ${size} bytes)`
        })
      );
    }
  }
  hashFailed(c, message) {
    this.findings.push(finding(HASH_ERROR, { path: c.hashAs.display, message }));
  }
  /** Runs the analyzers on one name of a content; store blobs are reported under their known name. */
  async analyzeName(c, file, source) {
    const result = await analyzeSource(source, file.rel.split("/").at(-1) ?? file.rel, {
      scanner: this.options.scanner,
      limits: this.options.limits ?? DEFAULT_LIMITS,
      options: this.options.analyzerOptions ?? {}
    });
    const r = this.result(c);
    if (r.kind === "unknown" || r.kind === "unreadable") r.kind = result.kind;
    if (result.memberKinds.length && !r.memberKinds.length) r.memberKinds = result.memberKinds;
    const store = file.store;
    for (const f of result.findings) {
      this.findings.push(
        store ? { ...f, evidence: { ...f.evidence, blob: `${store.algorithm}:${store.digest}` } } : f
      );
    }
    for (const r2 of result.references) this.references.push(r2);
  }
  async smallBatch(batch) {
    const files = batch.map((c) => ({
      path: c.fsPath,
      displayPath: c.hashAs.display,
      algorithms: c.algorithms,
      size: c.size
    }));
    let reads;
    try {
      reads = await this.pool.readSmallFiles(files, SMALL_FILE_BYTES);
    } catch (err) {
      reads = batch.map((c) => ({
        ok: false,
        code: "INTERNAL",
        message: describeError(err, c.hashAs.display)
      }));
    }
    const items = batch.map((c, i) => [c, reads[i]]);
    await mapLimit(items, this.options.analysisConcurrency ?? 4, async ([c, read]) => {
      try {
        if (!read.ok) {
          this.result(c).kind = "unreadable";
          this.hashFailed(c, read.message);
          return;
        }
        this.hashed(c, read.digests, read.data.length);
        this.retained.keep(c.key, read.data);
        for (const name of c.analyzeAs) {
          const shown = name.store?.display ?? name.display;
          await this.analyzeName(c, name, new BufferSource(read.data, shown, [], c.fsPath)).catch(
            (err) => {
              this.findings.push(
                finding(ANALYZER_ERROR, { path: shown, message: describeError(err, shown) })
              );
            }
          );
        }
      } finally {
        this.progress.addBytes(read.ok ? read.data.length : 0, c.hashAs.display);
        this.progress.fileDone();
      }
    });
  }
  async largeFiles(large) {
    const hashing = Promise.all(large.map((c) => this.hashLarge(c)));
    const analysis = mapLimit(large, this.options.analysisConcurrency ?? 4, (c) => this.analyzeLarge(c));
    await Promise.all([hashing, analysis]);
  }
  async hashLarge(c) {
    try {
      const r = await this.pool.hash({
        path: c.fsPath,
        displayPath: c.hashAs.display,
        algorithms: c.algorithms,
        onProgress: (n) => this.progress.addBytes(n, c.hashAs.display)
      });
      this.hashed(c, r.digests, r.size);
      if (r.cached) this.result(c).cached = true;
    } catch (err) {
      this.hashFailed(c, describeError(err, c.hashAs.display));
    } finally {
      this.progress.fileDone();
    }
  }
  async analyzeLarge(c) {
    for (const name of c.analyzeAs) {
      let source;
      const shown = name.store?.display ?? name.display;
      try {
        source = await FileSource.open(c.fsPath, shown);
        await this.analyzeName(c, name, source);
        const head = await source.read(0, Math.min(RETAIN_HEAD_BYTES, source.size)).catch(() => void 0);
        if (head) this.retained.keepHead(c.key, head);
      } catch (err) {
        this.result(c).kind = "unreadable";
        this.openErrors.set(
          c.key,
          finding(HASH_ERROR, { path: name.display, message: describeError(err, name.display) })
        );
      } finally {
        await source?.close().catch(() => {
        });
      }
    }
  }
  /** An analysis that could not open a file counts only when the hash did not already report it. */
  reportOpenErrors() {
    for (const [key, f] of this.openErrors) if (this.byKey.get(key)?.digests) this.findings.push(f);
  }
};
var RetainedBytes = class {
  bytes = /* @__PURE__ */ new Map();
  heads = /* @__PURE__ */ new Map();
  used = 0;
  keep(key, data) {
    if (data.length > RETAIN_FILE_BYTES || this.used + data.length > RETAIN_TOTAL_BYTES) return;
    this.bytes.set(key, data);
    this.used += data.length;
  }
  /** The first bytes of a file that is not kept whole. */
  keepHead(key, head) {
    if (this.heads.has(key) || this.used + head.length > RETAIN_TOTAL_BYTES) return;
    this.heads.set(key, head);
    this.used += head.length;
  }
  async withSource(file, fn) {
    const kept = this.bytes.get(pathKey(file.fsPath));
    if (kept) return fn(new BufferSource(kept, file.display));
    const src = await FileSource.open(file.fsPath, file.display);
    try {
      return await fn(src);
    } finally {
      await src.close();
    }
  }
  /** The whole file as UTF-8; READ_TOO_LARGE above `limit` bytes. */
  readText(file, limit = 8 * 1024 * 1024) {
    return this.withSource(file, async (s) => (await readAll(s, limit)).toString("utf8"));
  }
  /** The first `n` bytes (fewer for a shorter file). */
  readHead(file, n) {
    const head = this.heads.get(pathKey(file.fsPath));
    if (head && head.length >= n) return Promise.resolve(head.subarray(0, n));
    return this.withSource(file, (s) => s.read(0, Math.min(n, s.size)));
  }
};

// src/verify/manifest-blobs.ts
var manifest_blobs_exports = {};
__export(manifest_blobs_exports, {
  DANGLING_LINK: () => DANGLING_LINK,
  STORE_ENTRY: () => STORE_ENTRY,
  verifyBlobDigests: () => verifyBlobDigests
});

// src/verify/manifest-check.ts
var manifest_check_exports = {};
__export(manifest_check_exports, {
  DIGEST_MISMATCH: () => DIGEST_MISMATCH,
  EXTRA_FILE: () => EXTRA_FILE,
  INVALID_MANIFEST: () => INVALID_MANIFEST,
  MAX_FINDINGS_PER_CHECK: () => MAX_FINDINGS_PER_CHECK,
  MISSING_FILE: () => MISSING_FILE,
  SIDECAR_NAMES: () => SIDECAR_NAMES,
  UNHASHABLE_PATH: () => UNHASHABLE_PATH,
  WRONG_SHARD: () => WRONG_SHARD,
  append: () => append,
  capFindings: () => capFindings,
  diffFailed: () => diffFailed,
  diffFindings: () => diffFindings,
  diffResources: () => diffResources,
  diffSummary: () => diffSummary,
  displayPathOf: () => displayPathOf,
  emptyDiff: () => emptyDiff,
  invalidOutcome: () => invalidOutcome,
  isDirectory: () => isDirectory,
  problemFindings: () => problemFindings,
  readManifestFile: () => readManifestFile,
  short: () => short,
  sidecarIgnore: () => sidecarIgnore,
  verifyAgainstResources: () => verifyAgainstResources
});
var DIGEST_MISMATCH = defineRule({
  id: "verify/digest-mismatch",
  severity: "high",
  title: "File content differs from the recorded digest",
  tags: ["integrity"],
  explain: `The file's digest is not the one recorded in the lock file, checksum file, signature or
content-addressed store it was checked against: at least one byte changed since the digest was
recorded (tampering, a corrupted download, or a file replaced by another version).

Why it matters: the reviewed or signed artifact is not the one on disk. A single changed byte in a
pickle can turn a tensor into a code-execution payload.

Fix: download the artifact again from its source and verify it again. If the change is intended,
record new digests (\`modelvet lock\`, a new SHA256SUMS, a new signature) after reviewing it.`
});
var MISSING_FILE = defineRule({
  id: "verify/missing-file",
  severity: "high",
  title: "A recorded file is missing",
  tags: ["integrity"],
  explain: `The lock file, checksum file or signature lists a file that is not in the model folder
(deleted, renamed, or never downloaded). The model on disk is not the recorded one, and a loader may
fall back to another file.

Fix: download the missing file again. If it was renamed, the message names the file that now holds
its content; restore the original name.`
});
var EXTRA_FILE = defineRule({
  id: "verify/extra-file",
  severity: "high",
  title: "A file is not listed in the lock, checksum file or signature",
  tags: ["integrity"],
  explain: `The model folder holds a file that the lock file, checksum file or signature does not
list. Nobody vouched for it: an added file is how a payload (a pickle, a custom code file picked up
by trust_remote_code, a tokenizer config with a hostile chat template) rides along with a signed model.

A checksum file (\`--sums\`, a SHA256SUMS beside the model) vouches only for what it lists, as
\`sha256sum -c\` reads it, and publishers often list only the large files (Hugging Face publishes
sha256 digests for LFS files only): there an unlisted file is reported at low and the check still
passes when every listed file matches.

Fix: remove the file, or record it (\`modelvet lock\`, re-sign). To leave a file out on purpose, pass
\`--ignore-paths\` with its path relative to the model folder, or \`--ignore-unsigned-files\` to
tolerate every unlisted file.`
});
var WRONG_SHARD = defineRule({
  id: "verify/wrong-shard",
  severity: "high",
  title: "A shard holds the bytes recorded for another shard, or the shards do not cover the file",
  tags: ["integrity"],
  explain: `In shard mode every file is recorded as fixed-size byte ranges (path:start:end). Here a
range holds the bytes recorded for a different range of the same file (shards swapped or reordered),
or the file's ranges are not the recorded ones (it grew or shrank).

Why it matters: each piece may be genuine while the whole is not; reordered tensor data changes the
model's behaviour without changing any single shard digest.

Fix: download the file again and verify it again.`
});
var UNHASHABLE_PATH = defineRule({
  id: "verify/unhashable-path",
  severity: "high",
  title: "A path cannot be part of the manifest (symlink, dangling link, special file)",
  tags: ["integrity", "fail-closed"],
  explain: `The model folder contains a symbolic link while the manifest was recorded without
symlinks allowed (model_signing's default), a dangling link, or a FIFO, socket or device. model_signing
refuses to hash such a folder; modelvet reports it and leaves the path out.

Fix: replace the link with the file it points to and remove special files. If symlinks are intended,
record the manifest with symlinks allowed (\`modelvet lock --allow-symlinks\`).`
});
var INVALID_MANIFEST = defineRule({
  id: "verify/invalid-manifest",
  severity: "high",
  title: "The lock file, checksum file or statement cannot be used",
  tags: ["integrity", "fail-closed"],
  explain: `The file that records the expected digests could not be read or is not valid: not JSON,
not an in-toto Statement with the model_signing predicate, a root digest that is not the digest of
the listed resources (an edited lock file), an unsupported hash, or a checksum file without a single
well-formed line. Nothing could be verified, so the verification fails.

Fix: regenerate it (\`modelvet lock PATH\`, \`sha256sum\`), or use the one the publisher shipped.`
});
var SIDECAR_NAMES = [
  "model.sig",
  "modelvet.lock.json",
  "SHA256SUMS",
  "SHA256SUMS.txt",
  "sha256sums.txt",
  "SHA512SUMS",
  "B2SUMS",
  "B3SUMS"
];
var MAX_FINDINGS_PER_CHECK = 1e3;
function append(into, items) {
  for (const x of items) into.push(x);
  return into;
}
function capFindings(findings, max = MAX_FINDINGS_PER_CHECK) {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max - 1);
  const rest = findings.slice(max - 1);
  const first = rest[0];
  kept.push({
    ...first,
    message: `${first.message} (and ${rest.length - 1} more differences; the verification details list them all)`,
    evidence: { ...first.evidence, omittedFindings: rest.length - 1 }
  });
  return kept;
}
function emptyDiff() {
  return { matched: 0, changed: [], missing: [], extra: [], wrongShards: [] };
}
function diffFailed(d) {
  return d.changed.length + d.missing.length + d.extra.length + d.wrongShards.length > 0;
}
function algorithmMatches(expected, actual, ser) {
  return expected === actual || expected === ser.hashType;
}
function linkRenames(diff) {
  const extraByDigest = /* @__PURE__ */ new Map();
  for (const x of diff.extra) if (x.digest) extraByDigest.set(x.digest, x);
  for (const m of diff.missing) {
    const x = extraByDigest.get(m.digest);
    if (x && x.renamedFrom === void 0) {
      m.renamedTo = x.name;
      x.renamedFrom = m.name;
    }
  }
}
function diffResources(expected, actual, files, ser) {
  return ser.method === "files" ? diffFiles(expected, actual, ser) : diffShards(expected, actual, files, ser);
}
function diffFiles(expected, actual, ser) {
  const diff = emptyDiff();
  const act = new Map(actual.map((r) => [r.name, r]));
  const exp = new Set(expected.map((r) => r.name));
  for (const e of expected) {
    const a = act.get(e.name);
    if (!a) diff.missing.push({ name: e.name, digest: e.digest });
    else if (a.digest !== e.digest || !algorithmMatches(e.algorithm, a.algorithm, ser))
      diff.changed.push({
        name: e.name,
        expected: e.digest,
        actual: a.digest,
        algorithm: a.algorithm,
        note: a.digest === e.digest ? `recorded algorithm ${e.algorithm}` : void 0
      });
    else diff.matched++;
  }
  for (const a of actual)
    if (!exp.has(a.name)) diff.extra.push({ name: a.name, digest: a.digest || void 0 });
  linkRenames(diff);
  return diff;
}
function groupShards(list, bad) {
  const m = /* @__PURE__ */ new Map();
  for (const r of list) {
    const s = parseShardName(r.name);
    if (!s) {
      bad(r);
      continue;
    }
    const l = m.get(s.path) ?? [];
    l.push({ r, start: s.start, end: s.end });
    m.set(s.path, l);
  }
  return m;
}
function diffShards(expected, actual, files, ser) {
  const diff = emptyDiff();
  const sizes = new Map(files.map((f) => [f.rel, f.size]));
  const expByFile = groupShards(
    expected,
    (r) => diff.changed.push({
      name: r.name,
      expected: r.digest,
      actual: "(not a path:start:end shard name)",
      algorithm: r.algorithm,
      note: "bad shard name"
    })
  );
  const actByFile = groupShards(actual, () => {
  });
  for (const [path, shards] of expByFile) {
    const size = sizes.get(path);
    if (size === void 0) {
      diff.missing.push({ name: path, digest: shards[0]?.r.digest ?? "" });
      continue;
    }
    diffShardedFile(diff, path, size, shards, actByFile.get(path) ?? [], ser);
  }
  for (const [path, shards] of actByFile)
    if (!expByFile.has(path)) diff.extra.push({ name: path, digest: shards[0].r.digest });
  return diff;
}
function diffShardedFile(diff, path, size, shards, actualShards, ser) {
  const expectedSize = shards.reduce((m, s) => Math.max(m, s.end), 0);
  const act = new Map(actualShards.map((s) => [s.r.name, s.r]));
  const byDigest = new Map(shards.map((s) => [s.r.digest, s.r.name]));
  if (size !== expectedSize) {
    diff.wrongShards.push({
      name: path,
      expected: `${expectedSize} bytes`,
      actual: `${size} bytes`,
      note: `file is ${size} bytes, its shards cover ${expectedSize}`
    });
    return;
  }
  for (const s of shards) {
    const a = act.get(s.r.name);
    if (!a)
      diff.wrongShards.push({
        name: s.r.name,
        expected: s.r.digest,
        actual: "(no such range)",
        note: "the recorded ranges are not the shard boundaries"
      });
    else if (a.digest === s.r.digest && algorithmMatches(s.r.algorithm, a.algorithm, ser)) diff.matched++;
    else {
      const holds = byDigest.get(a.digest);
      if (holds !== void 0 && holds !== s.r.name)
        diff.wrongShards.push({ name: s.r.name, expected: s.r.digest, actual: a.digest, holds });
      else
        diff.changed.push({
          name: s.r.name,
          expected: s.r.digest,
          actual: a.digest,
          algorithm: a.algorithm
        });
    }
  }
  const names = new Set(shards.map((s) => s.r.name));
  for (const a of actualShards)
    if (!names.has(a.r.name))
      diff.wrongShards.push({
        name: a.r.name,
        expected: "(no such range)",
        actual: a.r.digest,
        note: "range not recorded"
      });
}
var short = (hex) => /^[0-9a-f]{16,}$/.test(hex) ? `${hex.slice(0, 16)}\u2026` : hex;
function filePart(name, shards) {
  if (!shards) return name;
  return parseShardName(name)?.path ?? name;
}
function displayPathOf(display, rel) {
  if (rel === "." || rel === "") return display;
  return display === "." ? rel : `${display.replace(/\/+$/, "")}/${rel}`;
}
function diffFindings(diff, ser, ctx) {
  const shards = ser.method === "shards";
  const at = (name) => displayPathOf(ctx.display, filePart(name, shards));
  const out = [];
  for (const c of diff.changed)
    out.push(
      finding(DIGEST_MISMATCH, {
        path: at(c.name),
        message: `${c.name} changed: ${ctx.source} records ${c.algorithm} ${short(c.expected)}, found ${short(c.actual)}${c.note ? ` (${c.note})` : ""}`,
        evidence: {
          name: c.name,
          algorithm: c.algorithm,
          expected: c.expected,
          actual: c.actual,
          source: ctx.source
        }
      })
    );
  for (const m of diff.missing)
    out.push(
      finding(MISSING_FILE, {
        path: at(m.name),
        message: `${m.name} is recorded in ${ctx.source} but missing${m.renamedTo ? ` (its content is now at ${m.renamedTo}: renamed)` : ""}`,
        evidence: {
          name: m.name,
          expected: m.digest,
          source: ctx.source,
          renamedTo: m.renamedTo
        }
      })
    );
  for (const x of diff.extra)
    out.push(
      finding(EXTRA_FILE, {
        path: at(x.name),
        message: `${x.name} is not recorded in ${ctx.source}${x.renamedFrom ? ` (it holds the content recorded for ${x.renamedFrom}: renamed)` : ""}`,
        evidence: { name: x.name, source: ctx.source, actual: x.digest }
      })
    );
  for (const w of diff.wrongShards)
    out.push(
      finding(WRONG_SHARD, {
        path: at(w.name),
        message: w.holds ? `shard ${w.name} holds the bytes ${ctx.source} records for ${w.holds} (shards reordered)` : `${w.name}: ${w.note ?? "shard differs"} (${ctx.source})`,
        evidence: {
          name: w.name,
          expected: w.expected,
          actual: w.actual,
          source: ctx.source,
          holds: w.holds
        }
      })
    );
  return out;
}
function problemFindings(problems, ctx) {
  return problems.map(
    (p) => finding(UNHASHABLE_PATH, {
      path: displayPathOf(ctx.display, p.rel),
      message: `${p.message}; not hashed (${ctx.source})`,
      evidence: { reason: p.reason, source: ctx.source }
    })
  );
}
function listNames(names, max = 5) {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}
function diffSummary(diff, problems) {
  const parts = [];
  if (diff.changed.length)
    parts.push(`${diff.changed.length} changed (${listNames(diff.changed.map((c) => c.name))})`);
  if (diff.missing.length)
    parts.push(`${diff.missing.length} missing (${listNames(diff.missing.map((c) => c.name))})`);
  if (diff.extra.length)
    parts.push(`${diff.extra.length} unexpected (${listNames(diff.extra.map((c) => c.name))})`);
  if (diff.wrongShards.length)
    parts.push(
      `${diff.wrongShards.length} wrong shard${diff.wrongShards.length === 1 ? "" : "s"} (${listNames(diff.wrongShards.map((c) => c.name))})`
    );
  if (problems.length) parts.push(`${problems.length} unhashable (${listNames(problems.map((p) => p.rel))})`);
  return parts.join("; ");
}
function sidecarIgnore(modelRoot, file) {
  if (!file) return [];
  const rel = relativeInside(resolve(modelRoot), resolve(file));
  const n = rel === void 0 ? void 0 : normalizeRelPath(rel);
  return n && n !== "." ? [n] : [];
}
function invalidOutcome(kind, source, display, reason) {
  return {
    verification: { kind, source, ok: false, message: `${source}: ${reason}` },
    findings: [
      finding(INVALID_MANIFEST, {
        path: source,
        message: `${source}: ${reason}`,
        evidence: { model: display }
      })
    ]
  };
}
async function readManifestFile(path, kind, display, limit) {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { outcome: invalidOutcome(kind, path, display, "not a regular file") };
    if (st.size > limit)
      return { outcome: invalidOutcome(kind, path, display, `larger than ${limit} bytes`) };
    return { bytes: await readFile(path) };
  } catch (err) {
    return { outcome: invalidOutcome(kind, path, display, describeError(err)) };
  }
}
function singleFileSubset(modelPath, isDir2, resources, ser, ctx, display) {
  const singleFile = resources.every((r) => r.name === "." || r.name.startsWith(".:"));
  if (isDir2 || singleFile) return { resources };
  const shards = ser.method === "shards";
  const base = basename(resolve(modelPath));
  if (resources.every((r) => filePart(r.name, shards) === base)) return { subset: base, resources };
  if (!ctx.sourcePath) return { resources };
  const inside = relativeInside(dirname(resolve(ctx.sourcePath)), resolve(modelPath));
  if (inside === void 0) return `${display} is not inside the folder ${ctx.source} describes`;
  const rel = inside.split(sep).join("/");
  return { subset: rel, resources: resources.filter((r) => filePart(r.name, shards) === rel) };
}
function hashModel(modelPath, ser, root, ctx, options) {
  return computeManifest(modelPath, {
    method: ser.method,
    hashType: ser.hashType,
    shardSize: ser.shardSize,
    allowSymlinks: ser.allowSymlinks,
    confineSymlinks: options.confineSymlinks ?? false,
    ignorePaths: [...ser.ignorePaths, ...options.ignorePaths ?? [], ...sidecarIgnore(root, ctx.sourcePath)],
    ignoreGitPaths: options.ignoreGitPaths ?? true,
    jobs: options.jobs,
    pool: options.pool,
    knownSha256: options.knownSha256,
    onProgress: options.onProgress
  });
}
function renameToSubset(manifest, name) {
  manifest.resources = manifest.resources.map((r) => ({
    ...r,
    name: r.name === "." ? name : `${name}${r.name.slice(1)}`
  }));
  manifest.files = manifest.files.map((f) => ({ ...f, rel: name }));
  manifest.problems = manifest.problems.map((p) => ({ ...p, rel: name }));
}
function resourcesVerification(display, ctx, ser, total, manifest, diff) {
  const ok = !diffFailed(diff) && manifest.problems.length === 0;
  const unit = ser.method === "shards" ? "shard" : "file";
  const message = ok ? `${display}: ${total} ${unit}${total === 1 ? " matches" : "s match"} ${ctx.source} (${ser.method}, ${ser.hashType})` : `${display} does not match ${ctx.source}: ${diffSummary(diff, manifest.problems)}`;
  return {
    kind: ctx.kind,
    source: ctx.source,
    ok,
    message,
    details: {
      method: ser.method,
      hashType: ser.hashType,
      shardSize: ser.shardSize,
      checked: manifest.files.length,
      matched: diff.matched,
      changed: diff.changed,
      missing: diff.missing,
      extra: diff.extra,
      wrongShards: diff.wrongShards,
      unhashable: manifest.problems
    }
  };
}
async function verifyAgainstResources(modelPath, expected, ctx, options = {}) {
  let display = options.display ?? modelPath;
  const ser = expected.serialization;
  if (ser.ignorePaths.some((p) => normalizeRelPath(p) === "."))
    return invalidOutcome(ctx.kind, ctx.source, display, "its ignore_paths leave out the whole model");
  const isDir2 = await isDirectory(modelPath);
  const root = isDir2 ? modelPath : dirname(modelPath);
  const chosen = singleFileSubset(modelPath, isDir2, expected.resources, ser, ctx, display);
  if (typeof chosen === "string") return invalidOutcome(ctx.kind, ctx.source, display, chosen);
  const { subset, resources } = chosen;
  if (subset !== void 0) display = dirname(display);
  let manifest;
  try {
    manifest = await hashModel(modelPath, ser, root, ctx, options);
  } catch (err) {
    return invalidOutcome(ctx.kind, ctx.source, display, describeError(err, display));
  }
  if (subset !== void 0) renameToSubset(manifest, subset);
  const diff = diffResources(resources, manifest.resources, manifest.files, ser);
  const unhashable = new Set(manifest.problems.map((p) => p.rel));
  diff.missing = diff.missing.filter((m) => !unhashable.has(filePart(m.name, ser.method === "shards")));
  diff.extra = options.ignoreUnsignedFiles ? [] : diff.extra.filter((x) => !SIDECAR_NAMES.includes(filePart(x.name, ser.method === "shards")));
  const check = { display, kind: ctx.kind, source: ctx.source };
  const findings = capFindings(
    append(diffFindings(diff, ser, check), problemFindings(manifest.problems, check))
  );
  return {
    verification: resourcesVerification(display, ctx, ser, resources.length, manifest, diff),
    findings,
    manifest,
    diff
  };
}
async function isDirectory(p) {
  return (await stat(p).catch(() => void 0))?.isDirectory() ?? false;
}

// src/verify/manifest-blobs.ts
var DANGLING_LINK = defineRule({
  id: "verify/dangling-link",
  severity: "high",
  title: "A store link or reference points at nothing, or outside the store",
  tags: ["integrity", "filesystem"],
  explain: `In a Hugging Face cache every snapshots/<commit>/<file> is a relative symbolic link to
../../blobs/<hash>; in an Ollama store every manifest layer names blobs/sha256-<hex>. Here a link
dangles (its blob was deleted or never finished downloading), or points somewhere other than the
store's blobs folder, or a manifest names a blob that is not there.

Why it matters: a loader follows the link blindly. A link into another folder swaps in content that
no hash vouches for; a dangling one makes the loader fail or fall back to another file.

Fix: delete the snapshot (or the model) and download it again (\`huggingface-cli download\`,
\`ollama pull\`).`
});
var STORE_ENTRY = defineRule({
  id: "verify/store-entry",
  severity: "medium",
  title: "Unexpected or incomplete entry in a model store",
  tags: ["integrity"],
  explain: `The Hugging Face cache or Ollama store holds an entry that its tool does not write in a
finished download: a partial blob (\`.incomplete\`, \`-partial\`), a blob whose name is not a digest,
a snapshot that is not named by a commit, a ref that does not name a snapshot, or a regular file
where the tool writes a link. modelvet cannot vouch for it.

Fix: finish or restart the download; remove entries you did not expect.`
});
async function verifyBlobDigests(blobs, source, options) {
  const findings = [];
  let mismatched = 0;
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), blobs.length)), { inline: true });
  try {
    await Promise.all(
      blobs.map(async (b) => {
        let actual;
        let size;
        try {
          if (b.knownDigest) {
            actual = b.knownDigest;
            size = (await stat(b.path)).size;
          } else {
            const r = await pool.hash({
              path: b.path,
              displayPath: b.display,
              algorithms: [b.algorithm],
              onProgress: options.onProgress
            });
            actual = r.digests[b.algorithm];
            size = r.size;
          }
        } catch (err) {
          mismatched++;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} could not be hashed: ${describeError(err)}`,
              evidence: { expected: b.expected, algorithm: b.algorithm, source }
            })
          );
          return;
        }
        if (actual !== b.expected || b.size !== void 0 && size !== b.size) {
          mismatched++;
          const what = actual !== b.expected ? `its ${b.algorithm} is ${short(actual)}, its name promises ${short(b.expected)}` : `it is ${size} bytes, ${source} records ${b.size}`;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} is corrupted or tampered: ${what}`,
              evidence: {
                algorithm: b.algorithm,
                expected: b.expected,
                actual,
                source,
                ...b.size !== void 0 ? { expectedSize: b.size, actualSize: size } : {}
              }
            })
          );
        }
      })
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  return { findings, checked: blobs.length, mismatched };
}

// src/verify/ollama.ts
var BLOB_NAME = /^sha256[-:]([0-9a-fA-F]{64})$/;
var DIGEST = /^sha256:([0-9a-f]{64})$/;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
async function isDir$1(p) {
  return (await stat(p).catch(() => void 0))?.isDirectory() ?? false;
}
async function isOllamaStore(path) {
  if (!await isDir$1(join$1(path, "manifests")) || !await isDir$1(join$1(path, "blobs"))) return false;
  const names = await readdir(join$1(path, "blobs")).catch(() => []);
  if (names.some((n) => BLOB_NAME.test(n) || /^sha256-[0-9a-f]{64}-partial/.test(n))) return true;
  const hosts = await readdir(join$1(path, "manifests"), { withFileTypes: true }).catch(() => []);
  return hosts.some((h) => h.isDirectory());
}
async function ollamaRoot(path) {
  for (const p of [path, join$1(path, "models")]) if (await isOllamaStore(p)) return p;
  return void 0;
}
async function walk(dir, rel) {
  const out = [];
  for (const n of (await readdir(dir).catch(() => [])).sort()) {
    const full = join$1(dir, n);
    const r = `${rel}/${n}`;
    const st = await lstat(full).catch(() => void 0);
    if (st?.isDirectory()) append(out, await walk(full, r));
    else if (st) out.push({ rel: r, full });
  }
  return out;
}
var layerShape = object({
  digest: matching(DIGEST, "a sha256:<64 hex> digest"),
  size: wholeNumber(0),
  mediaType: optional(string)
});
var manifestShape = object({ config: optional(layerShape), layers: listOf$1(layerShape) });
function parseLayers(bytes) {
  try {
    const m = readDocument(bytes, manifestShape);
    return [...m.config ? [m.config] : [], ...m.layers];
  } catch (err) {
    if (err instanceof DocumentError) return err.message;
    throw err;
  }
}
var DEFAULT_REGISTRY = "registry.ollama.ai";
function modelNames(manifestRel) {
  const parts = manifestRel.split("/").slice(1);
  if (parts.length < 2) return { name: manifestRel, label: manifestRel };
  const name = `${parts.slice(0, -1).join("/")}:${parts.at(-1)}`;
  return { name, label: parts[0] === DEFAULT_REGISTRY ? name.slice(DEFAULT_REGISTRY.length + 1) : name };
}
function layerKind(mediaType) {
  const m = /^application\/vnd\.ollama\.image\.([a-z0-9.-]+)$/.exec(mediaType ?? "");
  return m ? m[1] : mediaType?.includes("container.image") ? "config" : "layer";
}
var blobPath = (root, digest) => join$1(root, "blobs", digest.replace(":", "-"));
async function readOllamaManifests(root) {
  const models = [];
  const bad = [];
  for (const m of await walk(join$1(root, "manifests"), "manifests")) {
    let bytes = Buffer.alloc(0);
    let layers;
    try {
      const st = await stat(m.full);
      if (!st.isFile()) throw new ModelvetError("NOT_A_REGULAR_FILE", "not a regular file");
      if (st.size > MAX_MANIFEST_BYTES)
        throw new ModelvetError("READ_TOO_LARGE", `larger than ${MAX_MANIFEST_BYTES} bytes`);
      bytes = await readFile(m.full);
      layers = parseLayers(bytes);
    } catch (err) {
      layers = describeError(err);
    }
    if (typeof layers === "string") bad.push({ manifest: m.rel, reason: layers });
    else {
      const manifestDigest = nodeCrypto().createHash("sha256").update(bytes).digest("hex");
      models.push({ manifest: m.rel, ...modelNames(m.rel), manifestDigest, layers });
    }
  }
  return { models, bad };
}
async function checkLayers(root, models, at, findings) {
  const out = { sizes: /* @__PURE__ */ new Map(), missing: 0 };
  for (const model of models) {
    for (const l of model.layers) {
      const hex = DIGEST.exec(l.digest)[1];
      const st = await stat(blobPath(root, l.digest)).catch(() => void 0);
      if (!st?.isFile()) {
        out.missing++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(`blobs/sha256-${hex}`),
            message: `${model.name} needs blob sha256-${hex.slice(0, 12)}\u2026 (${l.mediaType ?? "layer"}), which is missing`,
            evidence: { manifest: model.manifest, digest: l.digest, size: l.size }
          })
        );
        continue;
      }
      const prev = out.sizes.get(hex);
      if (prev !== void 0 && prev !== l.size)
        findings.push(
          finding(STORE_ENTRY, {
            path: at(model.manifest),
            message: `${model.manifest} records ${l.size} bytes for sha256-${hex.slice(0, 12)}\u2026, another manifest ${prev}`
          })
        );
      out.sizes.set(hex, l.size);
    }
  }
  return out;
}
async function blobChecks(root, sizes, at, known, findings) {
  const entry = (rel, message) => findings.push(finding(STORE_ENTRY, { path: at(rel), message }));
  const blobs = [];
  for (const b of await walk(join$1(root, "blobs"), "blobs")) {
    const name = b.rel.slice("blobs/".length);
    const m = BLOB_NAME.exec(name);
    if (/-partial(-\d+)?$/.test(name)) {
      entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    if (!m) {
      entry(b.rel, `${b.rel} is not named sha256-<hex>; nothing vouches for it`);
      continue;
    }
    if (!(await lstat(b.full)).isFile()) {
      entry(b.rel, `${b.rel} is not a regular file`);
      continue;
    }
    const hex = m[1].toLowerCase();
    const size = sizes.get(hex);
    const knownDigest = known(b.rel);
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm: "sha256",
      expected: hex,
      size,
      knownDigest
    });
  }
  return blobs;
}
async function verifyOllama(path, options = {}) {
  const root = await ollamaRoot(path);
  if (!root) return { verifications: [], findings: [] };
  const display = displayPathOf(options.display ?? path, root === path ? "." : basename(root));
  const at = (rel) => displayPathOf(display, rel);
  const findings = [];
  const { models, bad } = await readOllamaManifests(root);
  for (const b of bad)
    findings.push(
      finding(INVALID_MANIFEST, {
        path: at(b.manifest),
        message: `Ollama manifest ${b.manifest}: ${b.reason}`
      })
    );
  const layers = await checkLayers(root, models, at, findings);
  const known = (rel) => options.knownSha256?.(root === path ? rel : `${basename(root)}/${rel}`);
  const blobs = await blobChecks(root, layers.sizes, at, known, findings);
  const hashed = await verifyBlobDigests(blobs, `Ollama store ${basename(resolve(root))}`, options);
  append(findings, hashed.findings);
  const ok = hashed.mismatched === 0 && layers.missing === 0 && bad.length === 0;
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their digest or size` : "",
    layers.missing ? `${layers.missing} layer blob(s) missing` : "",
    bad.length ? `${bad.length} unreadable manifest(s)` : ""
  ].filter(Boolean);
  const verification = {
    kind: "ollama",
    source: display,
    ok,
    message: ok ? `${display}: ${models.length} model manifest(s), ${hashed.checked} blobs match their digests` : `${display}: ${problems.join(", ")}`,
    details: {
      checked: hashed.checked,
      models: models.map((m) => ({
        name: m.name,
        manifestDigest: m.manifestDigest,
        layers: m.layers.length
      })),
      blobs: hashed.checked,
      mismatched: hashed.mismatched,
      missing: layers.missing
    }
  };
  return {
    verifications: [verification],
    findings: capFindings(findings),
    references: storeReferences(models, at)
  };
}
function storeReferences(models, at) {
  const out = [];
  for (const m of models) {
    const name = m.manifest.split("/").slice(1);
    const source = name.length === 4 ? ollamaSource(name[0], name[1], name[2], name[3]) : void 0;
    if (source) out.push({ source, pinned: true, path: at(m.manifest), via: "ollama-store", text: m.name });
  }
  return out;
}

// src/verify/manifest-statement.ts
var StatementError = class extends BaseError {
  constructor(message, code = "INVALID_STATEMENT") {
    super(code, message);
    this.name = "StatementError";
  }
};
var MAX_RESOURCES = 1e7;
var HEX = /^(?:[0-9a-fA-F]{2})+$/;
function fail(message, code) {
  throw new StatementError(message, code);
}
var nonEmpty = matching(/^[\s\S]+$/, "a non-empty string");
var resourceShape = object({ name: nonEmpty, algorithm: nonEmpty, digest: matching(HEX, "a hex digest") });
var serializationShape = object({
  method: oneOfStrings(["files", "shards"]),
  hash_type: oneOfStrings(OMS_HASH_TYPES),
  allow_symlinks: optional(boolean),
  shard_size: optional(wholeNumber(1)),
  ignore_paths: optional(listOf$1(string))
});
var subjectShape = object({ name: optional(string), digest: anyObject });
var statementShape = object({
  _type: literal(STATEMENT_TYPE),
  subject: listOf$1(subjectShape, { min: 1 }),
  predicateType: oneOfStrings([PREDICATE_TYPE, PREDICATE_TYPE_COMPAT]),
  predicate: optional(anyObject)
});
var predicateShape = object({
  serialization: serializationShape,
  resources: listOf$1(resourceShape, { max: MAX_RESOURCES })
});
function oneOfStrings(values) {
  const list = values.map((v) => JSON.stringify(v)).join(" or ");
  return (v, at) => {
    if (typeof v === "string" && values.includes(v)) return v;
    throw new DocumentError("INVALID_SHAPE", at, `${at} must be ${list}, found ${describeValue(v)}`);
  };
}
function uniqueResources(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.map(({ name, algorithm, digest }) => {
    if (seen.has(name)) fail(`resource ${describeValue(name)} is listed twice`);
    seen.add(name);
    return { name, algorithm, digest: digest.toLowerCase() };
  });
}
function toSerialization(s) {
  if (s.method === "shards" && s.shard_size === void 0)
    fail("predicate.serialization.shard_size must be a whole number of at least 1, found nothing");
  return {
    method: s.method,
    hashType: s.hash_type,
    allowSymlinks: s.allow_symlinks ?? false,
    shardSize: s.method === "shards" ? s.shard_size : void 0,
    ignorePaths: [...s.ignore_paths ?? []].sort(comparePaths)
  };
}
function currentStatement(doc) {
  if (doc.subject.length !== 1) fail(`expected exactly one subject, found ${doc.subject.length}`);
  const subject = doc.subject[0];
  const root = matching(/^[0-9a-fA-F]{64}$/, "a sha256 hex digest")(
    subject.digest.sha256,
    "subject[0].digest.sha256"
  );
  if (!doc.predicate) fail("statement has no predicate");
  const predicate = predicateShape(doc.predicate, "predicate");
  const resources = uniqueResources(predicate.resources);
  const computed = rootDigestOf(resources);
  if (computed !== root.toLowerCase())
    fail(
      `manifest is inconsistent: the subject digest ${root} is not the digest of the resources (${computed})`,
      "ROOT_DIGEST"
    );
  return {
    modelName: subject.name ?? "",
    rootDigest: computed,
    serialization: toSerialization(predicate.serialization),
    resources,
    predicateType: PREDICATE_TYPE
  };
}
function compatStatement(doc) {
  const listed = doc.subject.map(
    (s, i) => resourceShape({ name: s.name, algorithm: "sha256", digest: s.digest.sha256 }, `subject[${i}]`)
  );
  return {
    modelName: "compat-undefined-not-present",
    serialization: { method: "files", hashType: "sha256", allowSymlinks: false, ignorePaths: [] },
    resources: uniqueResources(listed),
    predicateType: PREDICATE_TYPE_COMPAT
  };
}
function parseStatement(text) {
  try {
    const doc = readDocument(text, statementShape);
    return doc.predicateType === PREDICATE_TYPE ? currentStatement(doc) : compatStatement(doc);
  } catch (err) {
    if (err instanceof DocumentError)
      fail(err.message, err.at === "predicateType" ? "PREDICATE_TYPE" : void 0);
    throw err;
  }
}

// src/verify/oms/errors.ts
var OmsError = class extends BaseError {
  constructor(code, message, options) {
    super(code, oneLine(message), options);
    this.name = "OmsError";
  }
};
function oneLine(message) {
  return message.length > 2e3 ? `${message.slice(0, 1999)}\u2026` : message;
}
function quote(value, max = 120) {
  return describeValue(value, max);
}

// src/formats/tar/rules.ts
var TAR_MALFORMED = defineRule({
  id: "tar/malformed",
  severity: "high",
  title: "Tar archive is malformed or truncated",
  tags: ["tar", "fail-closed"],
  explain: `A tar header has a bad checksum, a member runs past the end of the file, or a metadata
record is too large. Readers differ on what they do next (stop, skip, resynchronise), so members after
the damage may be loaded by one tool and missed by another; modelvet did not scan past it.

Fix: re-create the archive from the original files.`
});
var TAR_UNSUPPORTED_MEMBER = defineRule({
  id: "tar/unsupported-member",
  severity: "high",
  title: "Tar member modelvet cannot read",
  tags: ["tar", "fail-closed"],
  explain: `The member is a GNU sparse file (its data is stored in pieces with holes) or another
entry type whose data modelvet does not reassemble. Its content was not scanned.

Fix: re-create the archive without --sparse, or ignore this rule for the path after vetting it.`
});
var TAR_AFTER_END = defineRule({
  id: "tar/member-after-end",
  severity: "high",
  title: "Tar member hidden after the end-of-archive marker",
  tags: ["tar", "evasion"],
  explain: `A valid member header follows the zero blocks that end a tar archive. Python's tarfile
(and so PyTorch's legacy loader) stops at the marker, while \`tar --ignore-zeros\` and other tools go
on and extract what follows: two readers see two archives, and a scanner that stops early misses
the rest. modelvet scans the members after the marker too.

Fix: re-create the archive.`
});
var TORCH_LEGACY_TAR = defineRule({
  id: "torch/legacy-tar",
  severity: "info",
  title: "PyTorch legacy tar checkpoint",
  tags: ["torch"],
  explain: `The file is a PyTorch checkpoint in the tar format of torch < 0.1.10 (members sys_info,
pickle, storages, tensors). torch.load still reads it and unpickles each of those members, so each
was scanned as a pickle. Consider converting it to safetensors.`
});
var TAR_PAX_MISMATCH = defineRule({
  id: "tar/pax-record-mismatch",
  severity: "high",
  title: "PAX record that tar readers read differently",
  tags: ["tar", "evasion"],
  explain: `A PAX extended header record is "LENGTH KEY=VALUE\\n", and Python's tarfile (so torch.load's
legacy tar path and Python unpacking tools) reads each record by its LENGTH. Here a value holds a
newline, so readers that split records on newlines (node-tar, some scanners) read other keys and
values than tarfile does: a member can be named one way for the loader and another for the scanner.
Real writers never put a newline in a path. modelvet names members as tarfile does.

Fix: re-create the archive.`
});
var TAR_LONG_NAME_MISMATCH = defineRule({
  id: "tar/long-name-mismatch",
  severity: "high",
  title: "GNU long name that tar readers read differently",
  tags: ["tar", "evasion"],
  explain: `A GNU long-name header ("././@LongLink") carries the next member's name in its data. Python's
tarfile reads the name up to the first NUL of the whole 512-byte blocks, padding included; GNU tar
and node-tar read as many bytes as the header declares. Here the two differ, so the member has one
name for Python loaders and another for other tools. modelvet names members as tarfile does.

Fix: re-create the archive.`
});

// src/formats/tar/sniff.ts
function tarChecksumValid(block) {
  if (block.length < 512) return false;
  const field = Buffer.from(block.subarray(148, 156)).toString("latin1");
  const m = /^\s*([0-7]{1,8})[\0 ]*$/.exec(field.replace(/\0+$/, ""));
  if (!m) return false;
  const want = Number.parseInt(m[1], 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 32 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}
var TAR_SNIFFER = {
  kind: KINDS.tar,
  priority: 45,
  match: ({ head }) => head.length >= 512 && head[0] !== 0 && tarChecksumValid(head.subarray(0, 512))
};

// src/formats/protobuf/head.ts
var WIRE = { varint: 0, i64: 1, len: 2, startGroup: 3, endGroup: 4, i32: 5 };
function headFields(head, size, max = 64, allowTruncated = false) {
  const out = [];
  let at = 0;
  const varint = (p) => {
    let v = 0n;
    let shift = 0n;
    for (let i = p; i < head.length && i < p + 10; i++) {
      v |= BigInt(head[i] & 127) << shift;
      if ((head[i] & 128) === 0) return [v, i + 1];
      shift += 7n;
    }
    return void 0;
  };
  while (at < head.length && out.length < max) {
    const tag = varint(at);
    if (!tag) return at >= head.length - 10 && out.length ? out : void 0;
    const field = Number(tag[0] >> 3n);
    const wire = Number(tag[0] & 7n);
    if (field === 0 || field > 65535) return void 0;
    if (wire === WIRE.varint) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : void 0;
      out.push({ field, wire, value: v[0], start: tag[1], length: 0 });
      at = v[1];
    } else if (wire === WIRE.len) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : void 0;
      if (v[0] > BigInt(size - v[1])) {
        if (!allowTruncated) return void 0;
        out.push({ field, wire, value: v[0], start: v[1], length: size - v[1] });
        return out;
      }
      const length = Number(v[0]);
      out.push({ field, wire, value: v[0], start: v[1], length });
      at = v[1] + length;
    } else if (wire === WIRE.i64 || wire === WIRE.i32) {
      const n = wire === WIRE.i64 ? 8 : 4;
      if (tag[1] + n > size) return void 0;
      out.push({ field, wire, value: 0n, start: tag[1], length: n });
      at = tag[1] + n;
    } else {
      return void 0;
    }
  }
  if (at > size) return void 0;
  return out;
}

// src/formats/sentencepiece/sniff.ts
var SENTENCEPIECE_KIND = "sentencepiece";
var MODEL_FIELDS = /* @__PURE__ */ new Set([1, 2, 3, 4, 5]);
var FIRST_EXTENSION = 200;
var PIECE_WIRE = { 1: WIRE.len, 2: WIRE.i32, 3: WIRE.varint };
function varintAt(b, at) {
  let v = 0;
  for (let i = at, mul = 1; i < b.length && i < at + 5; i++, mul *= 128) {
    v += (b[i] & 127) * mul;
    if ((b[i] & 128) === 0) return [v, i + 1];
  }
  return void 0;
}
function looksLikeSentencePiece(head, size) {
  if (head[0] !== 10) return false;
  const outer = varintAt(head, 1);
  if (!outer || outer[0] < 2 || outer[1] + outer[0] > size) return false;
  const end = outer[1] + outer[0];
  if (end > head.length) return false;
  let at = outer[1];
  let sawPiece = false;
  while (at < end) {
    const tag = head[at];
    const field = tag >> 3;
    const wire = tag & 7;
    if (PIECE_WIRE[field] !== wire) return false;
    if (wire === WIRE.len) {
      const len = varintAt(head, at + 1);
      if (!len || len[1] + len[0] > end) return false;
      sawPiece = true;
      at = len[1] + len[0];
    } else if (wire === WIRE.i32) at += 5;
    else {
      const v = varintAt(head, at + 1);
      if (!v) return false;
      at = v[1];
    }
  }
  return sawPiece && at === end;
}
var SENTENCEPIECE_SNIFFER = {
  kind: SENTENCEPIECE_KIND,
  // Above the structural pickle sniffer (50) and ONNX (51): 0x0a is no pickle opcode and no
  // ModelProto of ONNX starts with field 1 as a message.
  priority: 52,
  match: ({ head, size }) => looksLikeSentencePiece(head, size)
};

// src/formats/sentencepiece/rules.ts
var SENTENCEPIECE_MALFORMED = defineRule({
  id: "sentencepiece/malformed",
  severity: "medium",
  title: "SentencePiece model that does not parse",
  tags: ["fail-closed"],
  explain: `The file starts like a SentencePiece ModelProto (tokenizer.model) but does not parse as one
all the way: a length runs past the file, a piece is not a SentencePiece message, or a field has the
wrong wire type. sentencepiece refuses such a file, so it is not the tokenizer it looks like, and
modelvet does not know what else reads it. Fix: download the tokenizer again from its source.`
});

// src/formats/opaque.ts
var opaque_exports = {};
__export(opaque_exports, {
  NATIVE_EXECUTABLE: () => NATIVE_EXECUTABLE,
  NATIVE_EXECUTABLE_ANALYZER: () => NATIVE_EXECUTABLE_ANALYZER,
  OPAQUE_ARCHIVE: () => OPAQUE_ARCHIVE,
  OPAQUE_ARCHIVE_ANALYZER: () => OPAQUE_ARCHIVE_ANALYZER
});
var OPAQUE_ARCHIVE = defineRule({
  id: "archive/opaque",
  severity: "high",
  title: "Archive that cannot be inspected",
  tags: ["archive", "fail-closed"],
  explain: `The file is an archive modelvet cannot open (7z, RAR, or encrypted members). Model
loaders and helper scripts can unpack such archives and load what is inside (picklescan's 7z support,
for example, extracts members and unpickles them), so what cannot be inspected is reported instead
of passed.

Fix: publish the members directly (or as a zip/tar, which modelvet reads), or ignore this rule
for the path in a policy file after vetting the content another way.`
});
var NATIVE_EXECUTABLE = defineRule({
  id: "repo/native-executable",
  severity: "high",
  title: "Native executable or WebAssembly module in the model",
  tags: ["code-execution"],
  explain: `The file is a compiled program (ELF, PE, Mach-O) or a WebAssembly module. A model needs
none: such files run with the user's rights when a helper script or custom op loads them. Fix:
remove it, or ignore this rule for the path with a reason if it is a vetted custom-op library.`
});
var OPAQUE_ARCHIVE_ANALYZER = {
  id: "opaque-archive",
  kinds: [KINDS.rar],
  // Fails closed itself: every rar is a finding.
  claims: [KINDS.rar],
  async analyze(ctx) {
    ctx.report(
      finding(OPAQUE_ARCHIVE, {
        message: `${label(ctx.source)} is a ${ctx.kind} archive; modelvet cannot inspect its members`,
        evidence: { kind: ctx.kind }
      })
    );
  }
};
var NATIVE_EXECUTABLE_ANALYZER = {
  id: "native-executable",
  kinds: [KINDS.executable],
  async analyze(ctx) {
    ctx.report(
      finding(NATIVE_EXECUTABLE, {
        message: `${label(ctx.source)} is a native executable or WebAssembly module`,
        evidence: { magic: ctx.head.subarray(0, 4).toString("hex") }
      })
    );
  }
};

// src/formats/onnx/rules.ts
var ONNX_EXTERNAL_DATA_ESCAPE = defineRule({
  id: "onnx/external-data-escape",
  severity: "critical",
  title: "ONNX external data location leaves the model folder",
  tags: ["onnx", "path-traversal", "CVE-2022-25882", "CVE-2024-27318", "CVE-2025-51480"],
  explain: `A tensor stores its data outside the .onnx file and names the file in
external_data "location". The location is absolute, contains "..", or resolves (through symlinks)
outside the folder that holds the model. onnx and onnxruntime open that path when the model is
loaded: a crafted model reads arbitrary files (keys, tokens) into tensors that the model can echo
back, and onnx's save path can write to them (CVE-2022-25882, CVE-2024-27318, CVE-2025-51480).
Real models keep external data in a file beside the model with a plain relative name.

Fix: do not load the model. Re-export it with onnx.save_model(..., save_as_external_data=True,
location="weights.bin") so the data sits beside the model.`
});
var ONNX_EXTERNAL_DATA_MISSING = defineRule({
  id: "onnx/external-data-missing",
  severity: "medium",
  title: "ONNX external data file missing",
  tags: ["onnx"],
  explain: `A tensor names an external data file (external_data "location") that is not present
beside the model. The model cannot load as shipped, and the weights it would load were not vetted.
Fix: download the complete model folder, or re-export the model with its data embedded.`
});
var ONNX_EXTERNAL_DATA_BAD = defineRule({
  id: "onnx/external-data-invalid",
  severity: "high",
  title: "ONNX external data entry that loaders interpret unpredictably",
  tags: ["onnx", "fail-closed"],
  explain: `A tensor's external_data has no location, an empty or over-long one, a NUL byte, a
URL scheme, or a duplicated key. Loaders differ in how they read such entries (which duplicate wins,
where a string is cut), which is how sanitisers are bypassed. Fix: re-export the model.`
});
var ONNX_CUSTOM_DOMAIN = defineRule({
  id: "onnx/custom-op-domain",
  severity: "medium",
  title: "ONNX operators from a custom domain",
  tags: ["onnx", "custom-op"],
  explain: `Nodes use operators from a domain that is not part of the ONNX standard (ai.onnx,
ai.onnx.ml, training) or onnxruntime's built-in contrib domains, and no local function of the model
defines them. Running the model needs a custom-op library registered by the user (native code or
Python, e.g. onnxruntime-extensions' ai.onnx.contrib PyOps); whatever provides it runs with the
user's rights. The finding names each domain and its operators.

Fix: check where the custom-op library comes from before registering it; allow the domain for this
path in a policy if it is expected.`
});
var ONNX_PYTHON_OP = defineRule({
  id: "onnx/python-op",
  severity: "high",
  title: "ONNX node that calls back into Python",
  tags: ["onnx", "code-execution"],
  explain: `A node uses an operator that runs Python code supplied at runtime: onnxruntime's
com.microsoft PythonOp/PythonOpGrad (ORTModule autograd functions, identified by name) or a Python
custom op in the onnxruntime-extensions domain. The model executes whatever Python callable the
node names when it runs. Fix: do not run the model outside the training setup that produced it.`
});
var ONNX_MALFORMED = defineRule({
  id: "onnx/malformed",
  severity: "high",
  title: "ONNX model could not be parsed",
  tags: ["onnx", "fail-closed"],
  explain: `The file looks like an ONNX model but its protobuf structure is broken (a length past
the end of its message, an invalid field, nesting deeper than protobuf allows). What comes after
the error was not vetted, so the model is not passed. Fix: re-download or re-export the model.`
});

// src/formats/tensorflow/sniff.ts
var SAVED_MODEL_KIND = "tf-savedmodel";
var GRAPHDEF_KIND = "tf-graphdef";
var KERAS_METADATA_KIND = "keras-metadata";
var META_GRAPH_TAGS = /* @__PURE__ */ new Set([10, 18, 26, 34, 42, 50, 58]);
function looksLikeSavedModel(head, size, name) {
  const exact = name === "saved_model.pb";
  const hint = exact || name.endsWith(".pb");
  const fields = headFields(head, size, 64, hint);
  if (!fields?.length) return false;
  if (exact) return true;
  const mg = fields.find((f) => f.field === 2 && f.wire === WIRE.len);
  if (!mg) return false;
  const first = head[mg.start];
  if (first !== void 0 && !META_GRAPH_TAGS.has(first)) return false;
  return hint || fields.some((f) => f.field === 1 && f.wire === WIRE.varint && f.value === 1n);
}
var GRAPH_DEF_WIRES = {
  1: WIRE.len,
  2: WIRE.len,
  3: WIRE.varint,
  4: WIRE.len,
  5: WIRE.len
};
function looksLikeGraphDef(head, size, name) {
  if (!name.endsWith(".pb")) return false;
  const fields = headFields(head, size, 64, true);
  if (!fields?.length) return false;
  if (!fields.every((f) => GRAPH_DEF_WIRES[f.field] === void 0 || GRAPH_DEF_WIRES[f.field] === f.wire))
    return false;
  const node = fields.find((f) => f.field === 1);
  const first = node ? head[node.start] : void 0;
  return first === 10 || first === 18;
}
var SAVED_MODEL_SNIFFER = {
  kind: SAVED_MODEL_KIND,
  priority: 51,
  match: ({ head, size, name }) => looksLikeSavedModel(head, size, name)
};
var TF_DATA_KIND = "tf-data";
var LEVELDB_TABLE_MAGIC = Buffer.from("57fb808b247547db", "hex");
var TF_DATA_SNIFFER = {
  kind: TF_DATA_KIND,
  priority: 45,
  match: async ({ head, size, name, source }) => {
    if (name === "fingerprint.pb") {
      const fields = headFields(head, size);
      return !!fields?.length && fields.every((f) => f.field <= 5 ? f.wire === WIRE.varint : f.field <= 16 && f.wire === WIRE.len);
    }
    if (name.endsWith(".index") && size >= 48) {
      return (await source.read(size - 8, 8)).equals(LEVELDB_TABLE_MAGIC);
    }
    return false;
  }
};
var TF_DATA_NAME_SNIFFER = {
  kind: TF_DATA_KIND,
  priority: 5,
  // variables.data-00000-of-00001: raw tensor bytes, recognised by name only when nothing else matched.
  match: ({ name }) => /^variables\.data-\d{5}-of-\d{5}$/.test(name)
};
var KERAS_METADATA_SNIFFER = {
  kind: KERAS_METADATA_KIND,
  priority: 52,
  // keras_metadata.pb (tf.keras SavedModel): SavedMetadata { repeated SavedObject nodes = 1 }.
  match: ({ head, size, name }) => name === "keras_metadata.pb" && !!headFields(head, size, 64, true)?.every((f) => f.field === 1 && f.wire === WIRE.len)
};
var GRAPHDEF_SNIFFER = {
  kind: GRAPHDEF_KIND,
  priority: 49,
  match: ({ head, size, name }) => looksLikeGraphDef(head, size, name)
};

// src/formats/tensorflow/rules.ts
var TF_PY_FUNC = defineRule({
  id: "tensorflow/py-func-op",
  severity: "critical",
  title: "TensorFlow graph calls Python",
  tags: ["tensorflow", "code-execution"],
  explain: `The graph contains PyFunc, PyFuncStateless or EagerPyFunc (tf.py_function /
tf.numpy_function). These ops call a Python callable registered under a token in the process that
runs the graph: a model that carries them runs code outside the graph, and a loader that registers
the callable (or a crafted token) makes it arbitrary code. Real exported models do not need them.
Fix: re-export the model without tf.py_function.`
});
var TF_IO_OP = defineRule({
  id: "tensorflow/io-op",
  severity: "high",
  title: "TensorFlow graph reads or writes files or the network",
  tags: ["tensorflow", "file-access"],
  explain: `The graph contains an op that reads or writes files (ReadFile, WriteFile,
MatchingFiles, file-backed readers and datasets, summary writers, PrintV2 to a file) or talks to the
network (RPC, tf.data service, debug ops with URLs). Running the model then reads secrets
(~/.ssh, credentials) into tensors or writes files, with the user's rights. Inference graphs do not
need any of these. The finding names the op, the node, the function and any constant path it uses.
Fix: do not serve the model; re-export it from code you control.`
});
var TF_CHECKPOINT_OP = defineRule({
  id: "tensorflow/checkpoint-op-outside-saver",
  severity: "high",
  title: "TensorFlow save/restore op outside the checkpoint saver",
  tags: ["tensorflow", "file-access"],
  explain: `SaveV2, RestoreV2, MergeV2Checkpoints and their older forms read and write checkpoint
files. Every SavedModel has them inside its saver (the ops the SaverDef names: TF1's "save/" scope,
TF2's traced save/restore functions), fed with the file name the loader passes. This one sits
elsewhere (in a serving function or the main graph), or its file prefix is a constant baked into the
graph: running the model then overwrites or reads a file the model author chose.
Fix: do not load the model; re-export it.`
});
var TF_TEXT_CHECKPOINT_OP = defineRule({
  id: "tensorflow/text-graph-checkpoint-op",
  severity: "medium",
  title: "Checkpoint op in a text-format SavedModel",
  tags: ["tensorflow", "file-access"],
  explain: `A text-format SavedModel (saved_model.pbtxt, which TensorFlow loads when there is no
saved_model.pb) uses save/restore ops, and its text could not be parsed as a whole, so modelvet could
not tell whether they belong to the checkpoint saver or read a file the author chose. (A text graph
that parses is checked like the binary one: ops outside the saver are
tensorflow/checkpoint-op-outside-saver.) Fix: publish the binary saved_model.pb or a text graph that
protobuf's text format parser reads.`
});
var TF_ASSET_READ = defineRule({
  id: "tensorflow/asset-read-op",
  severity: "low",
  title: "TensorFlow graph fills a table from a text file",
  tags: ["tensorflow", "file-access"],
  explain: `InitializeTableFromTextFile reads a text file into a lookup table. NLP SavedModels use it
for their vocabulary asset (assets/vocab.txt), so it is listed, not failed. The finding names the
constant path when the graph holds one; a path outside the model's assets deserves a look.`
});
var TF_ASSET_ESCAPE = defineRule({
  id: "tensorflow/asset-path-escape",
  severity: "critical",
  title: "SavedModel asset path leaves the model folder",
  tags: ["tensorflow", "path-traversal"],
  explain: `A SavedModel names its asset files (vocabularies, lookup tables) in AssetFileDef, and the
loader joins each name to the model's assets/ folder and feeds the result to the graph, which opens
it. This name is absolute or contains "..", so loading the model reads a file of the author's
choosing (keys, credentials) into the graph. Fix: do not load the model.`
});
var TF_MALFORMED = defineRule({
  id: "tensorflow/malformed",
  severity: "high",
  title: "TensorFlow graph could not be parsed",
  tags: ["tensorflow", "fail-closed"],
  explain: `The file looks like a SavedModel or GraphDef but its protobuf structure is broken. What
follows the error was not vetted, so the file is not passed. Fix: re-download or re-export it.`
});

// src/pins/hits.ts
var MAX_HITS_PER_RULE = 1e3;
var MAX_REFS_PER_FILE = 1e4;
var MAX_INCLUDES_PER_FILE = 1e3;
function collector() {
  const hits = [];
  const refs = [];
  const includes = [];
  const perRule = /* @__PURE__ */ new Map();
  const seenRefs = /* @__PURE__ */ new Set();
  const overflow = { hits: /* @__PURE__ */ new Map(), refsDropped: 0 };
  return {
    hits,
    refs,
    includes,
    overflow,
    hit: (h) => {
      const n = (perRule.get(h.rule) ?? 0) + 1;
      perRule.set(h.rule, n);
      if (n <= MAX_HITS_PER_RULE) hits.push(h);
      else {
        const o = overflow.hits.get(h.rule);
        if (o) o.count++;
        else overflow.hits.set(h.rule, { count: 1, first: h });
      }
    },
    reference: (r) => {
      const s = r.source;
      const key = `${s.hub}\0${s.owner}\0${s.name}\0${s.revision ?? ""}\0${r.pinned}`;
      if (seenRefs.has(key)) return;
      if (seenRefs.size >= MAX_REFS_PER_FILE) {
        overflow.refsDropped++;
        return;
      }
      seenRefs.add(key);
      refs.push(r);
    },
    include: (i) => {
      if (includes.length < MAX_INCLUDES_PER_FILE) includes.push(i);
    }
  };
}
function remap(out, offset, evidence) {
  return {
    hit: (h) => {
      const extra = evidence?.(h);
      out.hit({
        ...h,
        offset: offset(h.offset),
        ...extra ? { evidence: { ...h.evidence, ...extra } } : {}
      });
    },
    reference: (r) => out.reference({ ...r, offset: offset(r.offset) }),
    include: (i) => out.include({ ...i, offset: offset(i.offset) })
  };
}
function reportModel(out, ref, hit) {
  out.reference(ref);
  if (hit) out.hit({ ...hit, source: ref.source });
}
function shorten(text, max = 200) {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const oneLine = head.replace(/\s*\n\s*/g, " ");
  return oneLine.length > max || head.length < text.length ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};
function toFindings(hits, path, index, extra) {
  return hits.map((h) => {
    const { line, column } = index.position(h.offset);
    return finding(h.rule, {
      path,
      line,
      column,
      message: h.message,
      severity: h.severity,
      evidence: {
        text: shorten(h.text),
        ...h.evidence,
        ...h.source ? { source: h.source } : {},
        ...extra?.(h)
      }
    });
  });
}
function toReferences(refs, path, index, via) {
  return refs.map((r) => {
    const { line, column } = index.position(r.offset);
    return { source: r.source, pinned: r.pinned, path, line, column, via, text: shorten(r.text, 120) };
  });
}

// src/pins/pep508.ts
var NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var CLAUSE_RE = /^\s*(===|==|~=|!=|<=|>=|<|>)\s*([A-Za-z0-9*$][^\s,;()]*)\s*$/;
var SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
function looksLikeUrlOrPath(s) {
  if (SCHEME_RE.test(s) && !/^[A-Za-z]:[\\/]/.test(s)) return true;
  if (/^[A-Za-z]:[\\/]/.test(s)) return true;
  if (/^[.~/\\]/.test(s)) return true;
  if (s.includes("/") || s.includes("\\")) return true;
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i.test(s);
}
function parseRequirement(input) {
  const lead = input.length - input.trimStart().length;
  const s = input.trim();
  if (!s) return void 0;
  if (looksLikeUrlOrPath(s.split(/\s/)[0])) {
    const url = s.split(/\s+;|;\s|\s/)[0];
    const marker = s.slice(url.length).replace(/^\s*;/, "").trim();
    return { extras: [], specifiers: [], url, urlOffset: lead, marker: marker || void 0 };
  }
  const m = NAME_RE.exec(s);
  if (!m) return void 0;
  const req = { name: m[0], extras: [], specifiers: [] };
  let rest = s.slice(m[0].length);
  let pos = m[0].length;
  const skipWs = () => {
    const n = rest.length - rest.trimStart().length;
    rest = rest.slice(n);
    pos += n;
  };
  skipWs();
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return void 0;
    req.extras = rest.slice(1, close).split(",").map((x) => x.trim()).filter(Boolean);
    if (req.extras.some((x) => !NAME_RE.test(x))) return void 0;
    rest = rest.slice(close + 1);
    pos += close + 1;
    skipWs();
  }
  if (rest.startsWith("@")) {
    rest = rest.slice(1);
    pos += 1;
    skipWs();
    const url = rest.split(/\s/)[0] ?? "";
    if (!url) return void 0;
    req.url = url;
    req.urlOffset = lead + pos;
    const after = rest.slice(url.length).trim();
    if (after) {
      if (!after.startsWith(";")) return void 0;
      req.marker = after.slice(1).trim();
    }
    return req;
  }
  const semi = rest.indexOf(";");
  let spec = semi >= 0 ? rest.slice(0, semi) : rest;
  if (semi >= 0) req.marker = rest.slice(semi + 1).trim();
  spec = spec.trim();
  if (spec.startsWith("(") && spec.endsWith(")")) spec = spec.slice(1, -1);
  if (spec.trim()) {
    for (const clause of spec.split(",")) {
      const c = CLAUSE_RE.exec(clause);
      if (!c) return void 0;
      req.specifiers.push({ op: c[1], version: c[2] });
    }
  }
  return req;
}
function specifierPinning(specs) {
  if (specs.length === 0) return { kind: "unpinned", reason: "no version" };
  for (const s of specs) {
    if (s.op !== "==" && s.op !== "===") continue;
    if (/\$|\{|%/.test(s.version))
      return { kind: "unpinned", reason: `version taken from a variable (${s.version})` };
    if (s.op === "===" || !s.version.includes("*")) return { kind: "pinned", version: s.version, op: s.op };
  }
  const text = specs.map((s) => s.op + s.version).join(",");
  if (specs.some((s) => s.op === "==" && s.version.includes("*"))) {
    return { kind: "unpinned", reason: `wildcard version ${text}` };
  }
  if (specs.some((s) => s.op === "~="))
    return { kind: "unpinned", reason: `compatible-release range ${text}` };
  return { kind: "unpinned", reason: `version range ${text}` };
}
var HASH_FRAGMENT_RE = /(?:^|[#&])(sha256=[0-9a-fA-F]{64}|sha384=[0-9a-fA-F]{96}|sha512=[0-9a-fA-F]{128})(?:&|$)/;
function urlPinning(url, hashed = false) {
  const lower = url.toLowerCase();
  const vcs = /^(git|hg|svn|bzr)\+/.exec(lower);
  if (vcs) {
    const noFrag = url.split("#")[0];
    const afterScheme = noFrag.indexOf("://");
    const pathStart = afterScheme >= 0 ? noFrag.indexOf("/", afterScheme + 3) : noFrag.indexOf(":") + 1;
    const path = pathStart >= 0 ? noFrag.slice(pathStart) : "";
    const at = path.lastIndexOf("@");
    const ref = at >= 0 ? path.slice(at + 1) : void 0;
    if (!ref) return { kind: "vcs", pinned: false, reason: "no ref: installs the default branch" };
    const numeric = /^\d+$/.test(ref) && (vcs[1] === "svn" || vcs[1] === "bzr");
    if (isCommit(ref) || /^[0-9a-f]{64}$/.test(ref) || numeric)
      return { kind: "vcs", pinned: true, ref, reason: "" };
    const reason = /^[0-9a-fA-F]{4,39}$/.test(ref) ? `short or non-canonical hash ${ref}` : `ref ${ref} is a branch or tag`;
    return { kind: "vcs", pinned: false, ref, reason };
  }
  if (lower.startsWith("file:")) return { kind: "local" };
  if (SCHEME_RE.test(url) && !/^[A-Za-z]:[\\/]/.test(url)) {
    const frag = url.includes("#") ? url.slice(url.indexOf("#") + 1) : "";
    return { kind: "url", hashed: hashed || HASH_FRAGMENT_RE.test(frag) };
  }
  return { kind: "local" };
}
function requirementPinning(req, hashed = false) {
  if (req.url !== void 0) return urlPinning(req.url, hashed);
  return specifierPinning(req.specifiers);
}

// src/pins/requirements.ts
function checkRequirement(sink, c) {
  const req = parseRequirement(c.text);
  const where = c.where ?? "requirement";
  const evidence = { ...c.evidence };
  if (!req) {
    sink({
      rule: UNPARSEABLE,
      severity: "low",
      offset: c.offset,
      text: c.text,
      message: `${where} \`${shorten(c.text, 80)}\` is not a valid requirement; pip would reject or misread it`,
      evidence
    });
    return void 0;
  }
  const p = requirementPinning(req, c.hashed);
  const label = req.name ?? req.url ?? c.text;
  const urlOffset = c.offset + (req.urlOffset ?? 0);
  if (p.kind === "pinned") {
    if (c.hashRule && !c.hashed) {
      sink({
        rule: REQUIREMENT_WITHOUT_HASH,
        offset: c.offset,
        text: c.text,
        message: `${where === "requirement" ? "" : `${where} `}${label}${p.op}${p.version} is version-pinned but has no --hash`,
        evidence: { ...evidence, name: req.name, version: p.version }
      });
    }
  } else if (p.kind === "unpinned") {
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: c.offset,
      text: c.text,
      message: `${where} ${label} is not pinned to an exact version (${p.reason})${c.note ?? ""}`,
      severity: c.severity,
      evidence: { ...evidence, name: req.name, reason: p.reason }
    });
  } else if (p.kind === "vcs" && !p.pinned) {
    sink({
      rule: UNPINNED_VCS,
      offset: urlOffset,
      text: req.url ?? c.text,
      message: `${where} ${label} comes from version control without a full commit (${p.reason})${c.note ?? ""}`,
      evidence: { ...evidence, name: req.name, url: req.url, ref: p.ref }
    });
  } else if (p.kind === "url" && !p.hashed) {
    sink({
      rule: UNPINNED_URL,
      offset: urlOffset,
      text: req.url ?? c.text,
      message: `${where} ${label} is downloaded from a URL without a hash${c.note ?? ""}`,
      evidence: { ...evidence, name: req.name, url: req.url }
    });
  }
  return req;
}
function lineOffset(line, i) {
  if (line.map) return line.map[i] ?? line.map.at(-1) ?? line.start;
  return line.start + Math.max(0, Math.min(i, line.text.length - 1));
}
function* iterLogicalLines(text) {
  let parts = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === "") break;
    const raw = m[0].replace(/[\r\n]+$/, "");
    const isComment = /^\s*#/.test(raw);
    const continued = raw.endsWith("\\") && !isComment;
    if (isComment && parts.length > 0) {
      yield joinParts(parts);
      parts = [];
    }
    parts.push({ body: continued ? raw.slice(0, -1) : raw, start: m.index });
    if (!continued) {
      yield joinParts(parts);
      parts = [];
    }
  }
  if (parts.length > 0 && parts.some((p) => p.body.trim())) yield joinParts(parts, true);
}
function joinParts(parts, open = false) {
  if (parts.length === 1 && !open) return { text: parts[0].body, start: parts[0].start };
  let text = "";
  const map = [];
  parts.forEach((p, k) => {
    for (let i = 0; i < p.body.length; i++) map.push(p.start + i);
    text += p.body;
    if (k < parts.length - 1 || open) {
      text += " ";
      map.push(p.start + p.body.length);
    }
  });
  return { text, start: parts[0].start, map };
}
function logicalLines(text) {
  return [...iterLogicalLines(text)];
}
function tokens(line) {
  const out = [];
  const re = /\S+/g;
  let m;
  while ((m = re.exec(line)) !== null) out.push({ text: m[0], start: m.index });
  return out;
}
var VALUE_OPTIONS = {
  "-r": "requirement",
  "--requirement": "requirement",
  "-c": "constraint",
  "--constraint": "constraint",
  "-e": "editable",
  "--editable": "editable",
  "-i": "index-url",
  "--index-url": "index-url",
  "--extra-index-url": "extra-index-url",
  "-f": "find-links",
  "--find-links": "find-links",
  "--trusted-host": "trusted-host",
  "--hash": "hash",
  "--no-binary": "other",
  "--only-binary": "other",
  "--use-feature": "other",
  "--config-settings": "other",
  "-C": "other",
  "--global-option": "other",
  "--install-option": "other"
};
function parseOptions(toks) {
  const out = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const eq = t.text.indexOf("=");
    const flag = t.text.startsWith("--") && eq > 0 ? t.text.slice(0, eq) : t.text;
    let name = VALUE_OPTIONS[flag];
    if (name && flag === t.text && !(t.text.startsWith("--") && eq > 0)) {
      const next = toks[i + 1];
      out.push({
        name,
        start: t.start,
        valueStart: next?.start ?? t.start,
        value: next?.text
      });
      i++;
      continue;
    }
    if (name) {
      out.push({ name, start: t.start, valueStart: t.start + eq + 1, value: t.text.slice(eq + 1) });
      continue;
    }
    const short = /^-(r|c|e|i|f)(.+)$/.exec(t.text);
    if (short && !t.text.startsWith("--")) {
      name = VALUE_OPTIONS[`-${short[1]}`];
      out.push({ name, start: t.start, valueStart: t.start + 2, value: short[2] });
      continue;
    }
    out.push({ name: t.text.replace(/=.*$/, ""), start: t.start, valueStart: t.start });
  }
  return out;
}
function checkIndexOption(sink, opt, offsetOf) {
  const value = opt.value ?? "";
  const at = offsetOf(opt.start);
  const text = value ? `--${opt.name} ${value}` : `--${opt.name}`;
  const plain = /^http:\/\//i.test(value);
  if (opt.name === "extra-index-url") {
    sink({
      rule: EXTRA_INDEX_URL,
      offset: at,
      text,
      message: `--extra-index-url ${value} lets a package of the same name on either index win (dependency confusion)`,
      severity: plain ? "high" : void 0,
      evidence: { url: value }
    });
  } else if (opt.name === "index-url" || opt.name === "find-links") {
    const local = opt.name === "find-links" && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value);
    if (local || /^https:\/\/(pypi\.org|pypi\.python\.org)\/simple\/?$/i.test(value)) return;
    sink({
      rule: CUSTOM_INDEX,
      offset: at,
      text,
      message: `--${opt.name} ${value} replaces the package source${plain ? " over plain http" : ""}`,
      severity: plain ? "medium" : void 0,
      evidence: { url: value }
    });
  } else if (opt.name === "trusted-host") {
    sink({
      rule: CUSTOM_INDEX,
      severity: "medium",
      offset: at,
      text,
      message: `--trusted-host ${value} turns off TLS verification for that host`,
      evidence: { host: value }
    });
  }
}
function checkRequirementsText(text, sink, opts = {}) {
  const includes = [];
  const hashMode = /(^|\s)--(hash|require-hashes)\b/m.test(text);
  for (const line of iterLogicalLines(text)) {
    const cm = /(^|\s)#/.exec(line.text);
    const body = cm ? line.text.slice(0, cm.index + (cm[1] ? 1 : 0)) : line.text;
    const toks = tokens(body);
    if (toks.length === 0) continue;
    const off = (i) => lineOffset(line, i);
    const firstOpt = toks.findIndex((t) => t.text.startsWith("-"));
    const args = firstOpt < 0 ? toks : toks.slice(0, firstOpt);
    const options = parseOptions(firstOpt < 0 ? [] : toks.slice(firstOpt));
    for (const opt of options) {
      const value = opt.value ?? "";
      if (opt.name === "requirement" || opt.name === "constraint") {
        const kind = opt.name;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^file:/i.test(value)) {
          sink({
            rule: UNPINNED_URL,
            offset: off(opt.valueStart),
            text: value,
            message: `${kind === "requirement" ? "-r" : "-c"} ${value} reads a remote ${kind}s file nobody can vet`,
            evidence: { url: value }
          });
        } else if (value) {
          includes.push({
            kind,
            target: value.replace(/^file:(\/\/)?/i, ""),
            offset: off(opt.start),
            text: `${opt.name} ${value}`
          });
        }
      } else if (opt.name === "editable") {
        const local = !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^file:/i.test(value);
        sink({
          rule: EDITABLE_INSTALL,
          offset: off(opt.start),
          text: body.slice(opt.start).trim(),
          message: local ? `-e ${value} installs a local source tree in editable mode; its own dependencies are not pinned here` : `-e ${value} installs an editable checkout from a URL`,
          severity: local ? "low" : "medium",
          evidence: { target: value }
        });
        if (!local) {
          checkRequirement(sink, {
            text: value,
            offset: off(opt.valueStart),
            hashed: false,
            hashRule: false
          });
        }
      } else {
        checkIndexOption(sink, opt, off);
      }
    }
    if (args.length === 0) continue;
    const first = args[0];
    const last = args.at(-1);
    const reqText = body.slice(first.start, last.start + last.text.length);
    const hashed = options.some(
      (o) => o.name === "hash" && /^sha(256|384|512):[0-9a-fA-F]+$/.test(o.value ?? "")
    );
    checkRequirement(sink, {
      text: reqText,
      offset: off(first.start),
      hashed,
      hashRule: !opts.constraints && !opts.compiledTo,
      evidence: hashMode && !hashed ? { hashCheckingMode: true } : void 0,
      ...opts.compiledTo ? {
        severity: "low",
        note: ` (${opts.compiledTo} beside it is compiled from this file and pins the resolved versions)`
      } : {}
    });
  }
  return includes;
}

// src/pins/detect.ts
function kindByName(path) {
  const parts = path.split("/");
  const base = (parts.at(-1) ?? "").toLowerCase();
  const parent = (parts.at(-2) ?? "").toLowerCase();
  if (/^constraints?([-_.][\w.-]*)?\.(txt|in)$/.test(base)) return "constraints";
  if (/^((dev|test|docs?|build|extra)[-_])?(requirements?|reqs?)([-_.][\w.-]*)?\.(txt|in|pip)$/.test(base))
    return "requirements";
  if (/^requirements/.test(parent) && /\.(txt|in)$/.test(base)) return "requirements";
  if (base === "pyproject.toml") return "pyproject";
  if (base === "pipfile") return "pipfile";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || base === "action.yml" || base === "action.yaml") {
    return "workflow";
  }
  if (base === "modelfile" || base.endsWith(".modelfile")) return "modelfile";
  if (/^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/.test(base)) return "compose";
  if (base === "makefile" || base === "gnumakefile" || base.endsWith(".mk")) return "makefile";
  if (base === "adapter_config.json") return "adapter-config";
  if (/^(environment|env|conda|conda[-_]env|python_env)([\w.-]*)\.ya?ml$/.test(base)) return "conda";
  if (base === "package.json") return "package-json";
  if (/\.pyw?$/.test(base)) return "python";
  if (base.endsWith(".ipynb")) return "notebook";
  if (/^(docker|container)file([.-][\w.-]+)?$/.test(base) || /\.(docker|container)file$/.test(base))
    return "dockerfile";
  if (/\.(sh|bash|zsh|ksh)$/.test(base)) return "shell";
  if (/^pip\.(conf|ini)$/.test(base)) return "config";
  if (/\.(ya?ml|json|toml|cfg|ini|conf)$/.test(base) && !/(^|[.-])lock\.(json|ya?ml)$|^package-lock\.json$/.test(base)) {
    return "config";
  }
  return void 0;
}
function sniffableName(path) {
  const base = (path.split("/").at(-1) ?? "").toLowerCase();
  return !base.includes(".") || /\.(txt|in)$/.test(base);
}
function kindByContent(path, head) {
  const first = head.split(/\r?\n/, 1)[0] ?? "";
  if (first.startsWith("#!")) {
    if (/\bpython[0-9.]*\b/.test(first)) return "python";
    if (/\b(ba|z|da|k)?sh\b/.test(first)) return "shell";
    return void 0;
  }
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== "" && !/^\s*#/.test(l));
  if (lines.length === 0) return void 0;
  if (/^(FROM|ARG)\s+\S/i.test(lines[0]) && lines.some((l) => /^\s*(RUN|COPY|CMD|ENTRYPOINT|WORKDIR)\s/i.test(l))) {
    return "dockerfile";
  }
  if (/\.(txt|in)$/i.test(path) || !path.includes(".")) {
    const logical = logicalLines(head).map((l) => l.text.replace(/(^|\s)#.*$/, "").trim()).filter(Boolean);
    if (logical.length === 0) return void 0;
    let strong = 0;
    for (const l of logical) {
      if (/^-(r|c|e|i|f)\b|^--(requirement|constraint|editable|index-url|extra-index-url|find-links|hash|require-hashes)\b/.test(
        l
      )) {
        strong++;
        continue;
      }
      const req = parseRequirement(l.replace(/\s--?\w[\w-]*(=\S+)?(\s+\S+)?/g, ""));
      if (!req || !req.name && !/^[a-z+]+:\/\//i.test(req.url ?? "")) return void 0;
      if (req.specifiers.length > 0 || req.url) strong++;
    }
    if (strong > 0 && strong * 2 >= logical.length) return "requirements";
  }
  return void 0;
}

// src/formats/py-int.ts
var WHITESPACE = "[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f ]*";
var DIGITS = { 2: "[01]", 8: "[0-7]", 10: "[0-9]", 16: "[0-9a-fA-F]" };
var PREFIX = { 2: "0[bB]", 8: "0[oO]", 16: "0[xX]" };
function build(base) {
  const d = DIGITS[base];
  const prefix = PREFIX[base] ? `(?:${PREFIX[base]}_?)?` : "";
  return new RegExp(`^${WHITESPACE}([+-]?)${prefix}(${d}+(?:_${d}+)*)${WHITESPACE}$`);
}
var PATTERNS = { 2: build(2), 8: build(8), 10: build(10), 16: build(16) };
function pyInt(text, base) {
  const m = PATTERNS[base].exec(text);
  if (!m) return void 0;
  const digits = m[2].replaceAll("_", "");
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "";
  const v = BigInt(`${prefix}${digits}`);
  return m[1] === "-" ? -v : v;
}

// src/formats/joblib/sniff.ts
var ZFILE_HEADER = 2 + 19;
function zfileDataStart(head) {
  if (head.length <= ZFILE_HEADER || head[0] !== 90 || head[1] !== 70) return -1;
  if (pyInt(head.subarray(2, ZFILE_HEADER).toString("latin1"), 16) === void 0) return -1;
  return head[ZFILE_HEADER] === 120 ? ZFILE_HEADER : ZFILE_HEADER + 1;
}
function zlibYields(data) {
  const cmf = data[0];
  const flg = data[1];
  if (cmf === void 0 || flg === void 0 || (cmf & 15) !== 8 || (cmf * 256 + flg) % 31 !== 0) {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const zlib = nodeZlib();
    const inflate = zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    let got = 0;
    inflate.on("data", (chunk) => {
      got += chunk.length;
    });
    inflate.on("error", () => resolve(got > 0));
    inflate.on("end", () => resolve(got > 0));
    inflate.end(data);
  });
}
var JOBLIB_ZLIB_SNIFFER = {
  kind: KINDS.zlib,
  priority: 60,
  match: ({ head }) => {
    if (head[0] === 120) return zlibYields(head);
    const start = zfileDataStart(head);
    return start > 0 ? zlibYields(head.subarray(start)) : false;
  }
};

// src/formats/gguf/rules.ts
var tags$3 = ["gguf", "integrity"];
var FIX$2 = `Fix: re-download the model from its publisher or re-convert it with llama.cpp's
convert scripts; a file that fails these checks was not written by them.`;
var GGUF_TRUNCATED = defineRule({
  id: "gguf/truncated",
  severity: "high",
  title: "GGUF structure runs past the end of the file",
  tags: tags$3,
  explain: `A count or length in the GGUF header (metadata entries, a string, an array, tensor infos)
needs more bytes than the file has. The file is truncated, or the number is forged to make readers
allocate huge buffers or read out of bounds (several llama.cpp GGUF parsing CVEs were exactly this).
${FIX$2}`
});
var GGUF_VERSION = defineRule({
  id: "gguf/unsupported-version",
  severity: "high",
  title: "GGUF version modelvet cannot read",
  tags: tags$3,
  explain: `GGUF versions 2 and 3 are current (version 1 is obsolete and refused by llama.cpp). A
different version cannot be parsed, so its metadata (including any chat template) was not vetted.
${FIX$2}`
});
var GGUF_BAD_TYPE = defineRule({
  id: "gguf/invalid-value-type",
  severity: "high",
  title: "Unknown GGUF metadata value type",
  tags: tags$3,
  explain: `A metadata value has a type outside the spec (0-12), or an array nests arrays, which
llama.cpp refuses. Nothing after it can be read reliably. ${FIX$2}`
});
var GGUF_DUPLICATE_KEY = defineRule({
  id: "gguf/duplicate-key",
  severity: "high",
  title: "Duplicate GGUF metadata key",
  tags: tags$3,
  explain: `The same metadata key appears twice. llama.cpp refuses such files; other readers keep the
first or the last value, so two tools see different metadata (for example two different chat
templates: one reviewed, one rendered). ${FIX$2}`
});
var GGUF_INVALID_STRING = defineRule({
  id: "gguf/invalid-string",
  severity: "medium",
  title: "GGUF key or string is not valid UTF-8",
  tags: tags$3,
  explain: `GGUF strings are UTF-8. An invalid sequence is decoded differently by different readers
(replacement characters, errors), a classic way to make a scanner and a loader disagree. ${FIX$2}`
});
var GGUF_INVALID_VALUE = defineRule({
  id: "gguf/invalid-value",
  severity: "medium",
  title: "GGUF metadata value outside its domain",
  tags: tags$3,
  explain: `A metadata value is malformed for its key: a bool other than 0/1, general.alignment that
is not a power of two, or a chat template that is not a string. Loaders handle these inconsistently.
${FIX$2}`
});
var GGUF_INVALID_TENSOR = defineRule({
  id: "gguf/invalid-tensor",
  severity: "high",
  title: "Invalid GGUF tensor info",
  tags: tags$3,
  explain: `A tensor info is malformed: more than 4 dimensions, a dimension that overflows, an
unknown or removed ggml type, a first dimension that is not a multiple of the type's block size, a
name longer than 63 bytes, or a duplicate name. llama.cpp refuses such tensors; readers that do not
check compute wrong sizes and read out of bounds. ${FIX$2}`
});
var GGUF_INVALID_OFFSETS = defineRule({
  id: "gguf/invalid-offsets",
  severity: "high",
  title: "GGUF tensor data misplaced (misaligned, overlapping, out of order or out of bounds)",
  tags: tags$3,
  explain: `Tensor data must follow the tensor infos at the alignment, in order, each tensor padded to
the alignment, all within the file. Overlapping tensors alias bytes, gaps hide bytes no tensor
accounts for, and a range past the end makes readers fault or read other memory. ${FIX$2}`
});
var GGUF_TRAILING = defineRule({
  id: "gguf/trailing-data",
  severity: "medium",
  title: "Bytes after the last GGUF tensor",
  tags: tags$3,
  explain: `The file goes on after the last tensor's padded data. Nothing in GGUF describes those
bytes: an appended payload or a polyglot file. modelvet scans them as content of their own. ${FIX$2}`
});
var GGUF_PADDING = defineRule({
  id: "gguf/padding-data",
  severity: "medium",
  title: "Non-zero bytes in GGUF alignment padding",
  tags: tags$3,
  explain: `The bytes between the tensor infos and the tensor data are alignment padding, which
writers fill with zeros. Here they hold data that no structure describes: a place to hide a payload
in a file that otherwise validates. ${FIX$2}`
});
var GGUF_LIMIT = defineRule({
  id: "gguf/limit-exceeded",
  severity: "high",
  title: "GGUF header larger than modelvet reads",
  tags: [...tags$3, "fail-closed"],
  explain: `The file declares as many metadata entries, tensors, array elements or header bytes as
modelvet's limits, or more, which no real model has (limits: 1,000,000 entries or tensors, 16,000,000
array elements, 512 MiB of header; reaching a limit counts). Such counts make readers spend minutes
or gigabytes; modelvet stops and reports the file instead of passing what it did not read. ${FIX$2}`
});

// src/formats/safetensors/rules.ts
var tags$2 = ["safetensors", "integrity"];
var FIX$1 = `Fix: re-export the weights with the reference library (safetensors.torch.save_file), or
re-download them from the publisher; a file that fails these checks was not written by it.`;
var ST_TRUNCATED = defineRule({
  id: "safetensors/truncated",
  severity: "high",
  title: "safetensors header length points past the end of the file",
  tags: tags$2,
  explain: `A safetensors file starts with an 8-byte little-endian header length N; the JSON header
is the next N bytes. Here the file is shorter than 8 bytes or than 8 + N: it is truncated or the
length is forged. Loaders refuse it, and lenient readers read out of bounds. ${FIX$1}`
});
var ST_HEADER_TOO_LARGE = defineRule({
  id: "safetensors/header-too-large",
  severity: "high",
  title: "safetensors header larger than 100 MB",
  tags: tags$2,
  explain: `The header length exceeds the 100 MB cap of the reference implementation (real headers
are kilobytes to a few megabytes). An oversized header is a memory-exhaustion attempt against
readers that allocate N bytes up front. ${FIX$1}`
});
var ST_INVALID_HEADER = defineRule({
  id: "safetensors/invalid-header",
  severity: "high",
  title: "safetensors header is not a valid JSON object of tensor entries",
  tags: tags$2,
  explain: `The header must be UTF-8 JSON starting with '{': an object mapping tensor names to
{dtype, shape, data_offsets} (plus an optional __metadata__ map). This one is not valid UTF-8, not
JSON, not an object, or a tensor entry is missing a field or has the wrong type. The reference
loader rejects it; other readers may accept it differently, which is how a parser differential hides
content. ${FIX$1}`
});
var ST_DUPLICATE_KEY = defineRule({
  id: "safetensors/duplicate-key",
  severity: "high",
  title: "Duplicate key in the safetensors header",
  tags: tags$2,
  explain: `A JSON key appears twice in the same object of the header. JSON parsers disagree on which
one wins (first, last, or an error), so two tools can see different tensors, offsets or metadata in
the same file. No writer produces duplicates: the header was crafted. ${FIX$1}`
});
var ST_UNKNOWN_DTYPE = defineRule({
  id: "safetensors/unknown-dtype",
  severity: "high",
  title: "Unknown safetensors dtype",
  tags: tags$2,
  explain: `A tensor names a dtype the safetensors format does not define (BOOL, F4, F6_E2M3,
F6_E3M2, U8, I8, F8_E5M2, F8_E4M3, F8_E8M0, I16, U16, F16, BF16, I32, U32, F32, C64, F64, I64, U64).
Its byte size cannot be checked and loaders reject it. ${FIX$1}`
});
var ST_INVALID_SHAPE = defineRule({
  id: "safetensors/invalid-shape",
  severity: "high",
  title: "Tensor shape is not a list of non-negative integers",
  tags: tags$2,
  explain: `Every shape entry must be a non-negative integer that fits in 64 bits (no sign,
fraction or exponent). Negative or fractional dimensions are read differently by different parsers
(wrap-around, truncation) and lead to out-of-bounds reads in lenient loaders. ${FIX$1}`
});
var ST_SIZE_MISMATCH = defineRule({
  id: "safetensors/size-mismatch",
  severity: "high",
  title: "Tensor byte range does not match shape \xD7 dtype size",
  tags: tags$2,
  explain: `data_offsets [start, end] must span exactly product(shape) \xD7 dtype size bytes (whole
bytes for sub-byte dtypes). A mismatch means the loader reads more or fewer bytes than the tensor
needs: hidden data, or out-of-bounds reads in readers that trust the shape. ${FIX$1}`
});
var ST_INVALID_OFFSETS = defineRule({
  id: "safetensors/invalid-offsets",
  severity: "high",
  title: "Tensor byte ranges overlap, leave gaps or are reversed",
  tags: tags$2,
  explain: `Sorted by offset, tensors must tile the data section from byte 0 with no gap and no
overlap, and each range must have start <= end. Overlapping tensors alias the same bytes; gaps hide
bytes no tensor accounts for (a place to smuggle a payload). ${FIX$1}`
});
var ST_DATA_SIZE = defineRule({
  id: "safetensors/data-size-mismatch",
  severity: "high",
  title: "Tensors do not end exactly at the end of the file",
  tags: tags$2,
  explain: `The last tensor must end exactly where the file ends. Extra bytes after it are data no
tensor describes (an appended payload, or a polyglot file); missing bytes mean a truncated download.
${FIX$1}`
});
var ST_INVALID_METADATA = defineRule({
  id: "safetensors/invalid-metadata",
  severity: "medium",
  title: "__metadata__ is not a map of strings to strings",
  tags: tags$2,
  explain: `The optional __metadata__ entry must be an object whose values are all strings. The
reference loader rejects anything else; tools that accept it may pass nested values on to code that
does not expect them. ${FIX$1}`
});
var ST_UNKNOWN_FIELD = defineRule({
  id: "safetensors/unknown-field",
  severity: "low",
  title: "Unknown field in a safetensors tensor entry",
  tags: tags$2,
  explain: `A tensor entry has fields other than dtype, shape and data_offsets. The reference
ignores them, so they carry nothing for the loader; they can carry data for other tools. Review the
writer of the file.`
});

// src/formats/hdf5/signature.ts
var HDF5_SIGNATURE = Buffer.from("\x89HDF\r\n\n", "latin1");

// src/formats/keras/candidates.ts
var H5_NAMES = /\.(h5|hdf5)$/;
var MAX_KERAS_JSON = 64 * 1024 * 1024;
var OTHER_KINDS = Object.values(KINDS).filter((k) => k !== KINDS.hdf5 && k !== KINDS.empty);
async function hdf5SuperblockAfterStart(ctx) {
  for (const at of [512, 1024, 2048]) {
    if (ctx.head.length >= at + 8 && ctx.head.subarray(at, at + 8).equals(HDF5_SIGNATURE)) return at;
  }
  if (!H5_NAMES.test(ctx.name)) return void 0;
  for (let at = 4096; at + 8 <= ctx.source.size; at *= 2) {
    if ((await ctx.source.read(at, 8)).equals(HDF5_SIGNATURE)) return at;
  }
  return void 0;
}

// src/formats/keras/rules.ts
var KERAS_LAMBDA = defineRule({
  id: "keras/lambda-layer",
  severity: "high",
  title: "Keras Lambda layer",
  tags: ["keras", "code-execution", "CVE-2024-3660"],
  explain: `The model contains a Lambda layer. Its function is either Python bytecode stored in the
file (run when the model is built: CVE-2024-3660; Keras' safe_mode refuses it in .keras files but
the legacy .h5 loader ignored safe_mode until 3.11.3, CVE-2025-9905) or a function looked up by name
in a module of the loading process. Either way loading the model runs code its author chose.

Fix: replace the Lambda with a built-in layer or a registered custom layer whose code you review,
and re-save. If you wrote the model yourself, ignore this rule for the path in a policy.`
});
var KERAS_BYTECODE = defineRule({
  id: "keras/serialized-bytecode",
  severity: "critical",
  title: "Serialized Python bytecode in a Keras config",
  tags: ["keras", "code-execution"],
  explain: `A string in the model configuration is base64-encoded marshalled Python bytecode (the
form Keras' func_dump writes for lambdas and inline functions), or a "__lambda__" object. Keras
rebuilds it into a function and calls it: arbitrary code on load or first call. Model weights never
need bytecode. Fix: do not load the model with safe_mode=False; re-export it without lambdas.`
});
var KERAS_EXTERNAL_MODULE = defineRule({
  id: "keras/external-module",
  severity: "high",
  title: "Keras config references a module outside keras/tensorflow/numpy",
  tags: ["keras", "code-execution", "CVE-2025-1550"],
  explain: `An object in the config names a "module" (or a Lambda's function module) outside keras,
tensorflow and numpy. Keras 3.0 to 3.8 import that module and fetch the named class or function even
with safe_mode=True (CVE-2025-1550): importing runs the module's code and the object is then called
with arguments from the config. Later versions refuse unregistered modules, but many installs are
older. Custom layers legitimately name their own package; check that the package is one you trust.
Severity is critical when the module is a known code runner (os, subprocess, builtins, ...).

Fix: load only with a Keras version \u2265 3.9 and the custom objects you trust registered explicitly,
or ignore this rule for the path with a reason.`
});
var KERAS_DANGEROUS_REFERENCE = defineRule({
  id: "keras/dangerous-reference",
  severity: "critical",
  title: "Keras config references a dangerous callable",
  tags: ["keras", "code-execution", "CVE-2025-8747", "CVE-2025-9906"],
  explain: `The config names a callable that turns loading into an attack even inside allowed
packages: keras.config.enable_unsafe_deserialization (turns safe_mode off for what follows,
CVE-2025-9906), keras.utils.get_file (downloads files, the CVE-2025-8747 bypass of the 1550 fix),
model loaders (nested load_model/numpy.load), file or process functions (tf.io.write_file, os.system,
subprocess, eval/exec). Fix: do not load the model.`
});
var KERAS_TORCH_WRAPPER = defineRule({
  id: "keras/torch-module-wrapper",
  severity: "high",
  title: "Keras TorchModuleWrapper (embedded pickle)",
  tags: ["keras", "pickle", "code-execution", "CVE-2025-49655"],
  explain: `A TorchModuleWrapper layer stores a whole PyTorch module as base64 bytes in its config,
and Keras before 3.11.3 restores it with torch.load(weights_only=False): an unrestricted unpickle
of bytes from the file (CVE-2025-49655). The embedded bytes are decoded and scanned like any pickle.
Fix: load only with Keras \u2265 3.11.3 (which refuses it in safe mode) or rebuild the layer in code.`
});
var KERAS_CUSTOM_OBJECT = defineRule({
  id: "keras/custom-object",
  severity: "low",
  title: "Keras config needs custom objects",
  tags: ["keras"],
  explain: `The config names registered custom objects ("package>Name"). Keras resolves them only from
code the user registers before loading, so they are not code in the file, but the model depends on
that code. Listed so the dependency is visible.`
});
var KERAS_BAD_CONFIG = defineRule({
  id: "keras/invalid-config",
  severity: "high",
  title: "Keras config that cannot be read",
  tags: ["keras", "fail-closed"],
  explain: `A Keras model configuration (config.json, the model_config attribute) is not valid JSON,
is nested deeper than modelvet walks, or is too large. Keras may still read it (Python's json module
accepts encodings and constants others reject), so it is not passed unvetted.
Fix: re-save the model with Keras.`
});
var KERAS_FILE_ARGUMENT = defineRule({
  id: "keras/file-reading-layer",
  severity: "high",
  title: "Keras layer reads a file named in its config",
  tags: ["keras", "file-access", "CVE-2025-12058"],
  explain: `A preprocessing layer or tokenizer whose vocabulary (or merges, proto, special tokens)
argument is a string instead of a list. StringLookup, IntegerLookup and TextVectorization
(keras/src/layers/preprocessing/index_lookup.py set_vocabulary) and the keras_hub tokenizers
(WordPiece, BytePair, SentencePiece, Whisper, ParSeq) treat a string as a path and open it while the
model is built, through tf.io.gfile (which also reads gs:// and other remote paths). Keras before
3.12 does this even in safe mode (CVE-2025-12058): loading the model reads a file the author chose
(keys, credentials) into the model, where it can be echoed back, or fetches a URL. Saved models keep
their vocabulary in the config as a list or as an asset inside the archive. Severity is high for an
absolute path, a home-relative path, "..", or a URL, medium for another string.
Fix: do not load the model; re-save it with the vocabulary inline.`
});
var HDF5_MALFORMED = defineRule({
  id: "hdf5/malformed",
  severity: "high",
  title: "HDF5 file whose root attributes cannot be read",
  tags: ["hdf5", "keras", "fail-closed"],
  explain: `The file has an HDF5 signature but its superblock or root object header is broken
(addresses outside the file, loops, unknown versions). Keras reads the model configuration from the
root group's attributes; as they could not be read, the file is not passed.
Fix: re-download or re-save the model (model.save("model.keras")).`
});
var HDF5_UNSUPPORTED = defineRule({
  id: "hdf5/unsupported-structure",
  severity: "high",
  title: "HDF5 root attributes stored in a way modelvet cannot read",
  tags: ["hdf5", "keras", "fail-closed"],
  explain: `The root group keeps (some of) its attributes in a structure modelvet does not decode:
a fractal heap layout h5py does not write (filtered heaps, nested indirect blocks), shared
datatypes, huge attribute arrays. modelvet reads compact attributes and the dense storage h5py
writes; a model_config hidden elsewhere cannot be vetted, so the file is not passed.
Fix: re-save the model with Keras, or vet it another way and ignore the rule.`
});
var KERAS_DUPLICATE_CONFIG = defineRule({
  id: "keras/duplicate-config",
  severity: "high",
  title: "Keras configuration stored twice",
  tags: ["keras", "fail-closed"],
  explain: `The file holds two model configurations (two model_config attributes, or two config.json
members). Loaders and scanners may pick different ones, which is how a benign copy shields a
hostile one. Both are checked; the duplication itself is reported. Fix: re-save the model.`
});
var HDF5_POLYGLOT = defineRule({
  id: "hdf5/polyglot",
  severity: "high",
  title: "File is also an HDF5 file",
  tags: ["hdf5", "keras", "evasion"],
  explain: `The file's content is recognised as another format (a zip, a pickle, ...), yet an HDF5
superblock sits at one of the offsets where the HDF5 library looks for it (512, 1024, 2048, ... bytes:
the "user block"). Keras opens any path ending in .h5/.hdf5 with h5py, which finds that superblock
and loads the model_config it points to, while tools that trust the first bytes see only the other
format. The HDF5 side is checked too; the polyglot itself is reported because no real model is one.
Fix: do not load the file; obtain the model from its publisher again.`
});
var KERAS_ZIP_POLYGLOT = defineRule({
  id: "keras/zip-polyglot",
  severity: "high",
  title: ".keras file that is a zip only from its end",
  tags: ["keras", "zip", "evasion"],
  explain: `The file is named .keras and Python's zipfile (which finds a zip by the record at its
end) opens it, so Keras loads it as a .keras archive, but its first bytes say it is something else
(HDF5, pickle, ...). Tools that trust the first bytes never look at the zip side and its config.json.
The zip side is checked too; the polyglot itself is reported because no real model is one.
Fix: do not load the file; obtain the model from its publisher again.`
});

// src/formats/chat-template/locate.ts
var TEMPLATE_CONFIG_NAMES = /* @__PURE__ */ new Set([
  "tokenizer_config.json",
  "chat_template.json",
  "processor_config.json",
  "preprocessor_config.json"
]);
var JINJA_FILE = /\.(jinja|jinja2|j2)$/;
function templatesInConfig(root) {
  if (root.t !== "object") return [];
  const out = [];
  const entries = root.entries.filter((e) => e.key === "chat_template");
  const duplicate = entries.length > 1;
  for (const e of entries) {
    if (e.value.t === "string") out.push({ text: e.value.value, duplicate });
    else if (e.value.t === "array") out.push(...namedList(e.value.items, duplicate));
    else if (e.value.t === "object") {
      for (const sub of e.value.entries) {
        if (sub.value.t === "string") out.push({ name: sub.key, text: sub.value.value, duplicate });
      }
    }
  }
  return out;
}
function namedList(items, duplicate) {
  const out = [];
  for (const item of items) {
    if (item.t !== "object") continue;
    const name = jsonGet(item, "name");
    const tpls = item.entries.filter((x) => x.key === "template");
    for (const tpl of tpls) {
      if (tpl.value.t !== "string") continue;
      out.push({
        name: name?.t === "string" ? name.value : void 0,
        text: tpl.value.value,
        duplicate: duplicate || tpls.length > 1
      });
    }
  }
  return out;
}
function templateDuplicates(duplicates) {
  return duplicates.filter(
    (d) => d.key === "chat_template" && d.where === "" || d.key === "template" && d.where.startsWith("chat_template")
  );
}

// src/formats/chat-template/rules.ts
var rules_exports$1 = {};
__export(rules_exports$1, {
  TEMPLATE_COMPUTED_ATTRIBUTE: () => TEMPLATE_COMPUTED_ATTRIBUTE,
  TEMPLATE_DANGEROUS_CALL: () => TEMPLATE_DANGEROUS_CALL,
  TEMPLATE_DUNDER: () => TEMPLATE_DUNDER,
  TEMPLATE_DUNDER_STRING: () => TEMPLATE_DUNDER_STRING,
  TEMPLATE_DUPLICATE_KEY: () => TEMPLATE_DUPLICATE_KEY,
  TEMPLATE_FORMAT_METHOD: () => TEMPLATE_FORMAT_METHOD,
  TEMPLATE_GADGET_GLOBAL: () => TEMPLATE_GADGET_GLOBAL,
  TEMPLATE_GLOBAL_CALLABLE: () => TEMPLATE_GLOBAL_CALLABLE,
  TEMPLATE_HIDDEN_INSTRUCTIONS: () => TEMPLATE_HIDDEN_INSTRUCTIONS,
  TEMPLATE_INJECTED_CONTENT: () => TEMPLATE_INJECTED_CONTENT,
  TEMPLATE_PRIVATE: () => TEMPLATE_PRIVATE,
  TEMPLATE_UNPARSEABLE: () => TEMPLATE_UNPARSEABLE
});
var tags$1 = ["chat-template", "code-execution"];
var WHY = `Chat templates are rendered by Jinja when the model is loaded or served; outside a sandbox
(llama-cpp-python before CVE-2024-34359 was fixed, SGLang CVE-2026-5760, litellm, custom servers)
such an expression runs arbitrary Python on the host.`;
var FIX = `Fix: use the template the model family publishes (Llama, Qwen, Mistral, Gemma, Phi and
DeepSeek templates need none of this), and always render chat templates in
jinja2.sandbox.ImmutableSandboxedEnvironment.`;
var TEMPLATE_DUNDER = defineRule({
  id: "template/dunder-access",
  severity: "critical",
  title: "Chat template reaches Python internals (dunder or frame attribute)",
  tags: tags$1,
  explain: `The template reads an attribute such as __class__, __mro__, __subclasses__, __globals__,
__builtins__, __import__, __init__ (directly, by item access, through |attr or a map/select
attribute= argument, or with a name assembled at render time), or an internal attribute like
func_globals, gi_frame, f_globals, mro. This is the first step of every published Jinja server-side
template injection payload: from any object to its class, to all loaded classes or a function's
globals, to os.system. ${WHY}

${FIX}`
});
var TEMPLATE_PRIVATE = defineRule({
  id: "template/private-access",
  severity: "high",
  title: "Chat template reads an underscore attribute",
  tags: tags$1,
  explain: `The template reads an attribute whose name starts with "_" (for example
self._TemplateReference__context). Jinja's sandbox forbids these because they reach the renderer's
internals; chat templates never need them. ${WHY}

${FIX}`
});
var TEMPLATE_GLOBAL_CALLABLE = defineRule({
  id: "template/global-callable-access",
  severity: "critical",
  title: "Chat template walks attributes of a Jinja global function",
  tags: tags$1,
  explain: `The template reads an attribute of a Jinja global callable (cycler, joiner, namespace,
lipsum, range, dict, self, url_for, ...) instead of calling it: \`cycler.__init__.__globals__\`,
\`lipsum.__globals__.os\` and \`namespace.__init__\` are how published payloads reach Python
modules from a template. Legitimate templates call namespace(...) or range(...); they never look
inside them. ${WHY}

${FIX}`
});
var TEMPLATE_GADGET_GLOBAL = defineRule({
  id: "template/gadget-global",
  severity: "high",
  title: "Chat template refers to a Jinja or framework global used in injection payloads",
  tags: tags$1,
  explain: `The template names a global that only injection payloads use in a chat template:
lipsum, cycler, joiner, self, config, request, session, url_for, get_flashed_messages, or a
Python builtin/module name (builtins, os, sys, subprocess, importlib, eval, exec, getattr), or passes namespace/range
/dict around as a value instead of calling them. Their function objects carry __globals__, which
leads to os and builtins. ${WHY}

${FIX}`
});
var TEMPLATE_COMPUTED_ATTRIBUTE = defineRule({
  id: "template/computed-attribute",
  severity: "high",
  title: "Chat template looks up an attribute whose name is decided at render time",
  tags: tags$1,
  explain: `In Jinja, x[name] with a string key falls back to getattr(x, name) when x has no such item
(jinja2 Environment.getitem), so a subscript is an attribute lookup. The template looks one up with a
name that is not a literal: built at render time (~, +, |format, '%c', |join, |replace, a macro or
caller() output, a namespace attribute or a loop variable carried across statements), passed to
|attr, map(attribute=...), selectattr, sort/groupby/sum(attribute=...) without a literal name, or
chosen by render-time data one level after another (x[a][b], x[a](), loop[a], namespace()[a]).
Payloads build names like "__class__" this way so that no scanner sees the literal. modelvet folds
every value it can decide (set, for over literal lists and dicts, dict(...) keyword names, macros,
namespaces); this finding means the name could not be decided statically. Looking up a message or
tool field by a literal name, by a number, or once by a value of the input data (a type map indexed
by a tool's parameter type) is not reported. ${WHY}

${FIX}`
});
var TEMPLATE_FORMAT_METHOD = defineRule({
  id: "template/format-method",
  severity: "high",
  title: "Chat template calls str.format / format_map",
  tags: tags$1,
  explain: `The template calls the Python method str.format or str.format_map. Python's format
mini-language reads attributes and items of its arguments ("{0.__class__.__init__.__globals__}"),
a well-known way around Jinja's attribute checks (the sandbox special-cases it for that reason).
Jinja's own |format filter (printf-style) is the safe way to format. ${WHY}

${FIX}`
});
var TEMPLATE_DANGEROUS_CALL = defineRule({
  id: "template/dangerous-call",
  severity: "critical",
  title: "Chat template calls an OS, import or eval function by name",
  tags: tags$1,
  explain: `The template calls a method named like a process, file, import or evaluation function
(system, popen, eval, exec, import_module, getattr, open, read, check_output, ...). Chat templates
format messages; they never run commands or read files. Such a call is the end of an injection chain.
${WHY}

${FIX}`
});
var TEMPLATE_DUNDER_STRING = defineRule({
  id: "template/dunder-string",
  severity: "high",
  title: "Chat template builds a string naming a Python internal",
  tags: tags$1,
  explain: `A string value in the template's expressions is (or contains) a Python internal name
like "__class__" or "__globals__", directly or after constant folding. It can reach attribute
lookups the walker cannot follow (macro arguments, str.format fields, filters of a custom
environment). Chat templates have no use for such strings. ${WHY}

${FIX}`
});
var TEMPLATE_HIDDEN_INSTRUCTIONS = defineRule({
  id: "template/hidden-instructions",
  severity: "high",
  title: "Chat template injects instructions when a message contains a trigger",
  tags: ["chat-template", "backdoor"],
  explain: `A branch of the template runs only when a message's content contains (equals, starts
with...) a fixed string, and that branch writes a system turn or text telling the model to hide what
it was told. That is a backdoor in the model's packaging: the weights are untouched, but whenever a
user's prompt contains the trigger, the rendered prompt carries instructions the user never sees
(published as "poisoned GGUF chat templates"). Legitimate templates branch on roles and tool
results, not on trigger words, and never add concealed system text.

Fix: replace the chat template with the one the model family publishes, or remove the branch.`
});
var TEMPLATE_INJECTED_CONTENT = defineRule({
  id: "template/injected-content",
  severity: "medium",
  title: "Chat template writes links, scripts, install commands or instruction overrides into the prompt",
  tags: ["chat-template", "backdoor"],
  explain: `Text the template adds to every prompt contains a URL, an HTML <script>/<iframe> tag, a
package-install or download-and-run command, or an instruction override ("ignore previous
instructions"). Chat templates format turns; such text steers the model toward a link, a
dependency or behaviour the user did not ask for (published "poisoned template" attacks inject
exactly this). When the text is added only for some prompts, modelvet reports
template/hidden-instructions instead.

Fix: compare the template with the one the model family publishes and remove the added text.`
});
var TEMPLATE_UNPARSEABLE = defineRule({
  id: "template/unparseable",
  severity: "high",
  title: "Chat template could not be parsed or fully vetted",
  tags: ["chat-template", "fail-closed"],
  explain: `The chat template is not Jinja that the chat-template parser (@huggingface/jinja, the one
transformers.js uses) accepts (an unclosed block, a stray end tag, or with, include, import, extends,
raw and other statements Python's Jinja has), or it is larger, deeper or more complex than modelvet
analyses, so it could not be vetted completely. A hostile template can hide in what a scanner does
not read, so this is reported rather than passed. Names seen in the raw template are still reported
by the other template rules. Fix: use the template published for the model family; if this template
is genuine, ignore this rule for the file in a policy after reviewing it.`
});
var TEMPLATE_DUPLICATE_KEY = defineRule({
  id: "template/duplicate-key",
  severity: "high",
  title: "Config file holds more than one chat_template",
  tags: ["chat-template", "integrity"],
  explain: `The JSON file has the key "chat_template" more than once in the same object. Python's
json keeps the last one, other readers the first: a reviewer (or a scanner using another parser) can
be shown a harmless template while the loader renders a different one. Every copy is vetted by
modelvet, but the duplicate itself was crafted. Fix: keep one chat_template (or a list of named
templates).`
});

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "modelvet policy file",
  description: "A .modelvet.yml / .modelvet.json policy: fail level, rule severities, allowed formats, pickle allowlist, required signatures, allowed model sources and ignores. Unknown keys are errors.",
  type: "object",
  additionalProperties: false,
  properties: {
    version: {
      description: "Policy format version (1).",
      const: 1
    },
    failOn: {
      description: "Fail the scan on findings at or above this severity (default high). --fail-on on the command line wins.",
      enum: ["info", "low", "medium", "high", "critical"]
    },
    rules: {
      description: "Per-rule severity overrides; off removes the rule's findings (they stay listed as suppressed).",
      type: "object",
      propertyNames: {
        description: "a rule id such as pickle/dangerous-global",
        pattern: "^[a-z0-9-]+/[a-z0-9-]+$"
      },
      additionalProperties: { enum: ["off", "info", "low", "medium", "high", "critical"] }
    },
    formats: {
      description: "Artifact formats (kinds found by content, including kinds inside archives) allowed or denied.",
      type: "object",
      additionalProperties: false,
      properties: {
        allow: { $ref: "#/definitions/kindList" },
        deny: { $ref: "#/definitions/kindList" }
      }
    },
    pickle: {
      type: "object",
      additionalProperties: false,
      properties: {
        allow: {
          description: "Extra pickle globals to treat as safe, as exact module.name strings. A global on modelvet's denylist needs {global, force: true, reason}.",
          type: "array",
          items: {
            type: ["string", "object"],
            if: { type: "string" },
            then: { $ref: "#/definitions/globalName" },
            else: {
              type: "object",
              additionalProperties: false,
              required: ["global"],
              properties: {
                global: { $ref: "#/definitions/globalName" },
                force: { type: "boolean" },
                reason: { $ref: "#/definitions/reason" }
              }
            }
          }
        }
      }
    },
    verification: {
      type: "object",
      additionalProperties: false,
      properties: {
        require: {
          description: "What must verify for the scan to pass: none (default), signature, lock, or signature-or-lock.",
          enum: ["none", "signature", "lock", "signature-or-lock"]
        },
        signers: {
          description: "Allowed signers: a Sigstore identity with its issuer, a public key file, or a certificate chain (files relative to the policy file).",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              identity: { type: "string", minLength: 1 },
              issuer: { type: "string", minLength: 1 },
              key: { type: "string", minLength: 1 },
              certificateChain: {
                type: "array",
                minItems: 1,
                items: { type: "string", minLength: 1 }
              }
            },
            dependencies: { identity: ["issuer"], issuer: ["identity"] }
          }
        }
      }
    },
    sources: {
      description: "Allowed model sources, checked against every model reference modelvet reads (code, configs, commands, adapter base models, Modelfiles, Hugging Face cache folders, Ollama manifests), pinned or not: per hub, organisations (meta-llama), exact repositories (meta-llama/Llama-3.1-8B) or * for any. Once sources is set, a hub it does not list is not allowed (fail closed).",
      type: "object",
      additionalProperties: false,
      properties: {
        huggingface: { $ref: "#/definitions/sourceList" },
        github: { $ref: "#/definitions/sourceList" },
        ollama: { $ref: "#/definitions/sourceList" },
        kaggle: { $ref: "#/definitions/sourceList" },
        modelscope: { $ref: "#/definitions/sourceList" },
        url: { $ref: "#/definitions/hostList" }
      }
    },
    ignore: {
      description: "Ignore a rule for paths matching a glob (relative to the scanned folder), with a mandatory reason and an optional expiry date.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "path", "reason"],
        properties: {
          rule: {
            description: "a rule id, or group/* for every rule of a group",
            type: "string",
            pattern: "^[a-z0-9-]+/([a-z0-9-]+|\\*)$"
          },
          path: { type: "string", minLength: 1 },
          reason: { $ref: "#/definitions/reason" },
          expires: {
            description: "a date YYYY-MM-DD; the ignore applies through that day (UTC)",
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          }
        }
      }
    },
    digestCache: {
      description: "Folder of the digest cache (as --digest-cache): digests of files unchanged since the last scan (same device, inode, size, mtime and ctime) are taken from it instead of hashing again. Relative to the policy file. Not applied from a policy found inside a scanned folder.",
      type: "string",
      minLength: 1
    }
  },
  definitions: {
    kindList: {
      type: "array",
      uniqueItems: true,
      items: {
        description: "a kind such as safetensors, gguf, pickle, zip, numpy, onnx",
        type: "string",
        pattern: "^[a-z0-9][a-z0-9-]*$"
      }
    },
    globalName: {
      description: "an exact module.name such as collections.OrderedDict",
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$"
    },
    reason: {
      description: "a reason in words, not blank",
      type: "string",
      pattern: "\\S"
    },
    sourceList: {
      type: "array",
      uniqueItems: true,
      items: {
        description: "an organisation or owner, owner/name, or * for any",
        type: "string",
        pattern: "^(\\*|[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?)$"
      }
    },
    hostList: {
      type: "array",
      uniqueItems: true,
      items: {
        description: "a host name such as download.pytorch.org, or * for any",
        type: "string",
        pattern: "^(\\*|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$"
      }
    }
  }
};

// src/core/policy-keys.ts
var definitions = policy_schema_default.definitions ?? {};
function collect(node, prefix, into, depth = 0) {
  if (!node || depth > 16) return;
  if (node.$ref?.startsWith("#/definitions/"))
    collect(definitions[node.$ref.slice(14)], prefix, into, depth + 1);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    into.add(path);
    collect(child, path, into, depth + 1);
  }
  for (const next of [node.items, node.then, node.else, ...node.oneOf ?? [], ...node.anyOf ?? []])
    collect(next, prefix, into, depth + 1);
}
var POLICY_KEYS = (() => {
  const keys = /* @__PURE__ */ new Set();
  collect(policy_schema_default, "", keys);
  return keys;
})();
function policyKey(path, options = {}) {
  if (!POLICY_KEYS.has(path))
    throw new ModelvetError("INTERNAL", `policy key ${path} is not in schemas/policy.schema.json`);
  return `\`${options.leaf ? path.split(".").at(-1) : path}\``;
}

// src/formats/compressed/archive-rules.ts
var archive_rules_exports = {};
__export(archive_rules_exports, {
  ARCHIVE_BOMB: () => ARCHIVE_BOMB,
  ARCHIVE_LINK: () => ARCHIVE_LINK,
  ARCHIVE_LINK_ESCAPE: () => ARCHIVE_LINK_ESCAPE,
  ARCHIVE_PATH_TRAVERSAL: () => ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_TOO_MANY_MEMBERS: () => ARCHIVE_TOO_MANY_MEMBERS,
  ARCHIVE_UNSUPPORTED_COMPRESSION: () => ARCHIVE_UNSUPPORTED_COMPRESSION,
  linkEscapes: () => linkEscapes,
  reportBomb: () => reportBomb,
  reportFailedExpansion: () => reportFailedExpansion
});
var ARCHIVE_BOMB = defineRule({
  id: "archive/bomb",
  severity: "high",
  title: "Decompression bomb: member expands past a limit",
  tags: ["archive", "fail-closed", "denial-of-service"],
  explain: `A compressed member expands further than modelvet allows: more than the compression
ratio limit (200:1 by default, checked once a member passes 4 MiB), more than the largest member kept
in memory (512 MiB), or more than the total expansion budget for one file on disk (4 GiB).
Decompression stopped at the limit, so the rest of the member was not scanned. Real model files are
stored uncompressed (PyTorch) or compress modestly; ratios like 1000:1 are the mark of a zip bomb,
which exhausts memory or disk of whatever unpacks it and can hide a payload past a scanner's limit.

Fix: ship the content uncompressed or as separate files. If the archive is legitimate, ignore this
rule for its path in a policy (${policyKey("ignore")}, with a reason); library callers can raise the
scan limits.`
});
var ARCHIVE_PATH_TRAVERSAL = defineRule({
  id: "archive/path-traversal",
  severity: "high",
  title: "Archive member path escapes the extraction folder",
  tags: ["archive", "path-traversal"],
  explain: `A member name is absolute (/etc/...), starts with a drive letter, contains a ".."
component or a NUL byte. Extracting the archive with a tool that trusts names writes outside the
target folder ("zip slip"), for example over a shell profile or a Python file that runs later.
Model archives never need such names.

Fix: rebuild the archive with relative member names.`
});
var ARCHIVE_LINK_ESCAPE = defineRule({
  id: "archive/link-escape",
  severity: "high",
  title: "Archive link points outside the archive",
  tags: ["archive", "path-traversal"],
  explain: `A symbolic or hard link in the archive points to an absolute path or climbs out of the
extraction folder with "..". Extracting it creates a link to, say, /etc/passwd or ~/.ssh, and a later
member written through the link overwrites that file; a loader following it reads files it should
not. Model archives have no reason to contain such links.

Fix: replace the link by the file it should contain, or remove it.`
});
var ARCHIVE_LINK = defineRule({
  id: "archive/link",
  severity: "low",
  title: "Archive contains a link",
  tags: ["archive"],
  explain: `A symbolic or hard link inside the archive points to another member. It stays inside the
archive, so it is not dangerous by itself, but links let one name stand for another: what a scanner
reads under one name is what a loader gets under another. Fix: replace the link by the file, or if it
is expected, ignore this rule for the path in a policy (${policyKey("ignore")}, with a reason).`
});
var ARCHIVE_UNSUPPORTED_COMPRESSION = defineRule({
  id: "archive/unsupported-compression",
  severity: "high",
  title: "Archive member compressed with a method modelvet cannot read",
  tags: ["archive", "fail-closed"],
  explain: `A member is compressed with a method modelvet does not decompress (for zip, anything but
stored, deflate, bzip2, LZMA and zstd: every method PyTorch or Python's zipfile reads), or its
compressed data is corrupt. What a corrupt stream produced before the break is scanned (a loader that
reads it incrementally has already run those bytes), the rest was not, and a gate must not pass what
it could not read.

Fix: rebuild the archive with stored or deflate members, or ignore this rule for the path after
vetting the member another way.`
});
var ARCHIVE_TOO_MANY_MEMBERS = defineRule({
  id: "archive/too-many-members",
  severity: "high",
  title: "Archive has more members than the limit",
  tags: ["archive", "fail-closed", "denial-of-service"],
  explain: `The archive lists more members than modelvet's limit (100,000 by default); members past
the limit were not scanned. Real checkpoints have far fewer; huge member counts are used to exhaust
scanners. Fix: split the archive; if it is legitimate, ignore this rule for its path in a policy
(${policyKey("ignore")}, with a reason); library callers can raise the scan limits.`
});
function reportBomb(ctx, member, limit, message, evidence = {}) {
  ctx.report(
    finding(ARCHIVE_BOMB, {
      message: `${label({ path: ctx.source.path, member })}: ${message}; not scanned past the limit`,
      member: [...member],
      evidence: { limit, ...evidence }
    })
  );
}
function reportFailedExpansion(ctx, member, result, stream, kind) {
  if (result.reason === "limit") {
    reportBomb(
      ctx,
      member,
      result.limit,
      `${stream} expands past ${result.cap} bytes (${result.limit} limit) from ${result.compressed}`,
      { cap: result.cap, compressed: result.compressed }
    );
    return;
  }
  const scanned = result.data && result.data.length > 0;
  ctx.report(
    finding(ARCHIVE_UNSUPPORTED_COMPRESSION, {
      message: `${label(ctx.source)}: ${stream} cannot be decompressed past byte ${result.produced} (${result.message}); ${scanned ? "the bytes before the break were scanned" : "not scanned"}`,
      evidence: { kind, produced: result.produced }
    })
  );
}
function linkEscapes(dir, target) {
  if (isRootedName(target)) return true;
  let depth = dir.split(/[\\/]/).filter((p) => p && p !== ".").length;
  for (const part of target.split(/[\\/]/)) {
    if (part === "..") depth--;
    else if (part && part !== ".") depth++;
    if (depth < 0) return true;
  }
  return false;
}

// src/formats/zip/rules.ts
var rules_exports = {};
__export(rules_exports, {
  ISSUE_RULES: () => ISSUE_RULES,
  ZIP_AMBIGUOUS: () => ZIP_AMBIGUOUS,
  ZIP_BAD_CRC: () => ZIP_BAD_CRC,
  ZIP_DUPLICATE_NAME: () => ZIP_DUPLICATE_NAME,
  ZIP_FLAG_BITS: () => ZIP_FLAG_BITS,
  ZIP_HIDDEN_ENTRY: () => ZIP_HIDDEN_ENTRY,
  ZIP_LOADER_DIFFERENTIAL: () => ZIP_LOADER_DIFFERENTIAL,
  ZIP_MALFORMED: () => ZIP_MALFORMED,
  ZIP_NAME_MISMATCH: () => ZIP_NAME_MISMATCH,
  ZIP_OUT_OF_BOUNDS: () => ZIP_OUT_OF_BOUNDS,
  ZIP_OVERLAP: () => ZIP_OVERLAP,
  ZIP_POLYGLOT: () => ZIP_POLYGLOT,
  ZIP_PREFIX: () => ZIP_PREFIX,
  ZIP_SIZE_MISMATCH: () => ZIP_SIZE_MISMATCH,
  ZIP_UNREFERENCED_DATA: () => ZIP_UNREFERENCED_DATA
});
var ZIP_MALFORMED = defineRule({
  id: "zip/malformed",
  severity: "high",
  title: "Zip archive is malformed",
  tags: ["zip", "fail-closed"],
  explain: `The zip could not be read as a whole: no end-of-central-directory record, a central
directory that is truncated or fewer entries than announced, a local header missing where the
central directory points, or member data that cannot be located. Loaders differ in how they handle
such damage, so what one reader skips another may load. Without a central directory modelvet scans
the local entries a streaming reader would extract; whatever could not be read was not scanned.

Fix: re-create the archive (torch.save, numpy.savez, zip) from the original files.`
});
var ZIP_NAME_MISMATCH = defineRule({
  id: "zip/name-mismatch",
  severity: "high",
  title: "Zip local header name differs from the central directory",
  tags: ["zip", "evasion"],
  explain: `Each zip member is named twice: in the central directory and in its local header.
PyTorch looks members up by the central-directory name and ignores the local one, while Python's
zipfile refuses the archive and streaming readers use the local name. Scanners built on those readers
skipped such archives (CVE-2025-1944), so a mismatch is a deliberate evasion, not an accident.
modelvet scans the member under its central-directory name, as PyTorch loads it.

Fix: re-create the archive; a legitimate tool never writes two names.`
});
var ZIP_FLAG_BITS = defineRule({
  id: "zip/flag-bits",
  severity: "high",
  title: "Zip member flagged encrypted or patched but readable",
  tags: ["zip", "evasion"],
  explain: `The member's general-purpose flags claim encryption (0x1, 0x40), patched data (0x20) or
masked headers (0x2000). Readers treat them differently: PyTorch's reader ignores the local header's
flags and loads the bytes as they are, Python's zipfile refuses such members, other tools prompt for a
password or skip them, so scanners built on one reader skipped what another loads (CVE-2025-1945).
modelvet reads the member's bytes as they are and scans them.

Fix: re-create the archive without the flags.`
});
var ZIP_BAD_CRC = defineRule({
  id: "zip/bad-crc",
  severity: "high",
  title: "Zip member CRC does not match its data",
  tags: ["zip", "evasion"],
  explain: `The CRC-32 recorded for the member does not match its bytes. PyTorch does not check
CRCs, so the member loads anyway, while strict readers (Python's zipfile) raise an error; scanners
that stop at that error miss the payload (CVE-2025-10156). A CRC mismatch also means the file was
altered after it was written. modelvet scans the member regardless.

Fix: re-create the archive from trusted files and compare its hash with the publisher's.`
});
var ZIP_OVERLAP = defineRule({
  id: "zip/overlapping-entries",
  severity: "high",
  title: "Zip entries share bytes",
  tags: ["zip", "evasion", "denial-of-service"],
  explain: `Two central-directory entries point into the same bytes, or an entry runs into the
central directory. Legitimate writers never do this; overlapping entries build "non-recursive" zip
bombs and let one member's bytes be read under another name, so the same data is seen differently
by different readers.

Fix: re-create the archive.`
});
var ZIP_OUT_OF_BOUNDS = defineRule({
  id: "zip/out-of-bounds",
  severity: "high",
  title: "Zip entry points outside the file",
  tags: ["zip", "fail-closed"],
  explain: `An entry's local header or data lies past the end of the file: the archive is truncated
or was crafted so that readers disagree about its members. The member could not be scanned.

Fix: re-download the file; if it persists, re-create the archive.`
});
var ZIP_DUPLICATE_NAME = defineRule({
  id: "zip/duplicate-name",
  severity: "high",
  title: "Several zip entries have the same name",
  tags: ["zip", "evasion"],
  explain: `Two or more entries share a name. Readers disagree on which one a lookup returns (the
first, the last, or an error), so a scanner may vet one copy while the loader reads the other.
modelvet scans every copy.

Fix: re-create the archive with unique names.`
});
var ZIP_PREFIX = defineRule({
  id: "zip/prefix-data",
  severity: "medium",
  title: "Data before the zip archive",
  tags: ["zip", "polyglot"],
  explain: `Bytes precede the archive and its offsets are relative to a later start. Self-extracting
archives look like this; so do polyglots built to be read as two formats. Python's zipfile opens it,
PyTorch's reader does not. The zip part was scanned; the prefix was sniffed by the file's kind only.

Fix: publish the archive without the prefix.`
});
var ZIP_AMBIGUOUS = defineRule({
  id: "zip/ambiguous-directory",
  severity: "high",
  title: "Zip has two central directories",
  tags: ["zip", "evasion"],
  explain: `PyTorch's reader (miniz) finds the central directory at the offset the end records state;
Python's zipfile finds it right before the end records. Here those are two different places, each
holding a directory. Today both list the same members (when they do not, the finding is
zip/loader-differential), but a real writer never leaves two directories: the archive was edited or
built to be read differently by different tools. modelvet scans every entry of both.

Fix: re-create the archive.`
});
var ZIP_SIZE_MISMATCH = defineRule({
  id: "zip/size-mismatch",
  severity: "medium",
  title: "Zip member size differs from the recorded size",
  tags: ["zip"],
  explain: `The member's data is not the size its headers record (a stored member whose compressed and
uncompressed sizes differ, or deflate output of another length). Readers that trust the recorded
size read different bytes from readers that decompress to the end. modelvet scans what it read.

Fix: re-create the archive.`
});
var ZIP_HIDDEN_ENTRY = defineRule({
  id: "zip/hidden-entry",
  severity: "high",
  title: "Zip entry hidden from the central directory",
  tags: ["zip", "evasion"],
  explain: `A local file header with data sits in bytes the central directory does not list.
Readers that use the central directory (PyTorch, Python's zipfile) never see it; streaming readers and
extraction tools that walk local headers extract it. Two readers therefore get different archives,
which is how a payload reaches one tool while scanners vet the other view. modelvet scans the
hidden entry as well.

Fix: re-create the archive.`
});
var ZIP_UNREFERENCED_DATA = defineRule({
  id: "zip/unreferenced-data",
  severity: "low",
  title: "Zip archive has bytes that belong to no entry",
  tags: ["zip"],
  explain: `Between entries, or before the central directory, lie bytes no entry accounts for (beyond
a data descriptor). Writers do not leave such gaps; they appear when an archive is edited in place or
data is smuggled in. No local header was found in them, so nothing there is extractable as a member.
Reported for review.`
});
var ZIP_LOADER_DIFFERENTIAL = defineRule({
  id: "zip/loader-differential",
  severity: "high",
  title: "PyTorch and Python's zipfile see different members",
  tags: ["zip", "evasion"],
  explain: `PyTorch (torch.load, through the miniz library) and Python's zipfile (np.load, Keras,
joblib users, most tools) find a zip's members in different ways: miniz follows the zip64 locator's
offset and the directory offset the end record states, reads exactly the announced number of entries
and compares names case-insensitively; zipfile reads the zip64 record at a fixed place before the
locator, reads the directory right before the end records (shifting every offset when they disagree)
by its size, cuts names at a NUL byte and takes a Unicode Path extra field as the name. Here the two
member lists differ, or one of them cannot open the archive at all: a second directory, entries past
the announced count, a concatenated archive. Real writers (torch.save, numpy.savez, zipfile, zip)
never produce this. modelvet scans every member either loader would open.

Fix: do not load the file; obtain the model from its publisher again.`
});
var ISSUE_RULES = {
  "name-mismatch": ZIP_NAME_MISMATCH,
  "flag-bits": ZIP_FLAG_BITS,
  "local-header": ZIP_MALFORMED,
  overlap: ZIP_OVERLAP,
  "out-of-bounds": ZIP_OUT_OF_BOUNDS,
  "duplicate-name": ZIP_DUPLICATE_NAME,
  "unsafe-path": ARCHIVE_PATH_TRAVERSAL,
  prefix: ZIP_PREFIX,
  "ambiguous-directory": ZIP_AMBIGUOUS,
  "loader-differential": ZIP_LOADER_DIFFERENTIAL,
  "entry-count": ARCHIVE_TOO_MANY_MEMBERS,
  "truncated-directory": ZIP_MALFORMED,
  // Symlinks are judged by their target once it is read (see scanEntry).
  symlink: ARCHIVE_LINK,
  "hidden-entry": ZIP_HIDDEN_ENTRY,
  "unreferenced-data": ZIP_UNREFERENCED_DATA
};
var ZIP_POLYGLOT = defineRule({
  id: "zip/polyglot",
  severity: "high",
  title: "File is another format and a zip archive at once",
  tags: ["zip", "polyglot", "evasion"],
  explain: `The file starts as one format (a pickle, NumPy array, safetensors, an image...) and also
ends with a valid zip central directory, so readers that look at the start and readers that look at
the end (Python's zipfile, numpy.load on a zip, many extractors) load different content. torch.load
treats a file as a zip only when it starts with "PK", so a pickle head runs through the legacy
loader while scanners that sniff the zip scan only the archive, or the other way round. modelvet
scans both views.

Fix: publish each artifact as a single format.`
});

// src/formats/zip/records.ts
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_EOCD = 101010256;
var SIG_ZIP64_LOCATOR = 117853008;
var SIG_ZIP64_EOCD = 101075792;
var SIG_DATA_DESCRIPTOR = 134695760;
var EOCD_SIZE = 22;
var ZIP64_LOCATOR_SIZE = 20;
var ZIP64_EOCD_SIZE = 56;
var CENTRAL_SIZE = 46;
var LOCAL_SIZE = 30;
var MAX_COMMENT = 65535;
var MINIZ_CHUNK = 4096;
var U32_MAX = 4294967295;
async function readTail(source) {
  const len = Math.min(source.size, EOCD_SIZE + MAX_COMMENT + MINIZ_CHUNK);
  const start = source.size - len;
  return { size: source.size, start, buf: await source.read(start, len) };
}
function sigAt(t, pos) {
  const i = pos - t.start;
  return i >= 0 && i + 4 <= t.buf.length && t.buf.readUInt32LE(i) === SIG_EOCD;
}
var EOCD_SIG_BYTES = Buffer.from([80, 75, 5, 6]);
function lastSigAtOrBelow(t, high, low) {
  if (high < t.start) return -1;
  const i = t.buf.lastIndexOf(EOCD_SIG_BYTES, high - t.start);
  return i >= 0 && t.start + i >= low ? t.start + i : -1;
}
function minizEocd(t) {
  if (t.size < EOCD_SIZE) return -1;
  let low = Math.max(t.size - MINIZ_CHUNK, 0);
  while (low > 0 && t.size - low < MAX_COMMENT + EOCD_SIZE) low = Math.max(low - (MINIZ_CHUNK - 3), 0);
  return lastSigAtOrBelow(t, t.size - EOCD_SIZE, Math.max(low, t.start));
}
function cpythonEocd(t) {
  if (t.size < EOCD_SIZE) return -1;
  const last = t.size - EOCD_SIZE;
  const i = last - t.start;
  if (sigAt(t, last) && t.buf.readUInt16LE(i + 20) === 0) return last;
  const from = Math.max(t.size - MAX_COMMENT - EOCD_SIZE, 0);
  const pos = lastSigAtOrBelow(t, t.size - 4, Math.max(from, t.start));
  return pos >= 0 && pos + EOCD_SIZE <= t.size ? pos : -1;
}
async function tailEndRecord(source) {
  const tail = await readTail(source);
  return Math.max(cpythonEocd(tail), minizEocd(tail));
}
function classic(eocd) {
  return {
    disk: eocd.readUInt16LE(4),
    cdDisk: eocd.readUInt16LE(6),
    onDisk: eocd.readUInt16LE(8),
    total: eocd.readUInt16LE(10),
    size: eocd.readUInt32LE(12),
    offset: eocd.readUInt32LE(16),
    commentLen: eocd.readUInt16LE(20)
  };
}
function u64(buf, at) {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}
async function readAt(source, pos, n) {
  if (pos < 0 || pos + n > source.size) return void 0;
  return source.read(pos, n);
}
async function minizPlan(source, t) {
  const eocdPos = minizEocd(t);
  if (eocdPos < 0) return { ok: false, reason: "no end-of-central-directory record" };
  const c = classic(await readAt(source, eocdPos, EOCD_SIZE));
  let plan = {
    ...c,
    zip64: false,
    recordsStart: eocdPos
  };
  if (eocdPos >= ZIP64_LOCATOR_SIZE + ZIP64_EOCD_SIZE) {
    const loc = await readAt(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
    if (loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
      const z64Pos = u64(loc, 8);
      if (z64Pos > source.size - ZIP64_EOCD_SIZE)
        return { ok: false, reason: "zip64 locator points past the file" };
      const z = await readAt(source, z64Pos, ZIP64_EOCD_SIZE);
      if (z.readUInt32LE(0) === SIG_ZIP64_EOCD) {
        if (u64(z, 4) < ZIP64_EOCD_SIZE - 12) return { ok: false, reason: "zip64 end record is too short" };
        if (loc.readUInt32LE(16) !== 1) return { ok: false, reason: "zip64 locator names several disks" };
        const total = u64(z, 32);
        const onDisk = u64(z, 24);
        const size = u64(z, 40);
        if (total > U32_MAX || onDisk > U32_MAX || size > U32_MAX) {
          return { ok: false, reason: "zip64 counts or directory size over miniz limits" };
        }
        plan = {
          ...c,
          total,
          onDisk,
          size,
          disk: z.readUInt32LE(16),
          cdDisk: z.readUInt32LE(20),
          offset: u64(z, 48),
          zip64: true,
          recordsStart: Math.min(z64Pos, eocdPos - ZIP64_LOCATOR_SIZE)
        };
      }
    }
  }
  if (plan.total !== plan.onDisk) return { ok: false, reason: "entry counts disagree (multi-disk)" };
  if ((plan.disk | plan.cdDisk) !== 0 && (plan.disk !== 1 || plan.cdDisk !== 1)) {
    return { ok: false, reason: "multi-disk archive" };
  }
  if (plan.size < plan.total * CENTRAL_SIZE)
    return { ok: false, reason: "directory too small for its entries" };
  if (plan.offset + plan.size > source.size) return { ok: false, reason: "directory runs past the file" };
  return {
    ok: true,
    plan: {
      reader: "miniz",
      cdStart: plan.offset,
      cdSize: plan.size,
      entries: plan.total,
      shift: 0,
      thisDisk: plan.disk,
      zip64: plan.zip64,
      eocdPos,
      recordsStart: plan.recordsStart,
      recordsEnd: Math.min(source.size, eocdPos + EOCD_SIZE + c.commentLen)
    }
  };
}
async function cpythonPlan(source, t) {
  const eocdPos = cpythonEocd(t);
  if (eocdPos < 0) return { ok: false, reason: "no complete end-of-central-directory record" };
  const c = classic(await readAt(source, eocdPos, EOCD_SIZE));
  let { total, size, offset } = c;
  let zip64 = false;
  const loc = await readAt(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
  if (loc && loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
    if (loc.readUInt32LE(4) !== 0 || loc.readUInt32LE(16) > 1)
      return { ok: false, reason: "multi-disk archive" };
    const zPos = eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE;
    if (zPos < 0) return { ok: false, reason: "zip64 locator with no room for the zip64 record" };
    const z = await readAt(source, zPos, ZIP64_EOCD_SIZE);
    if (z.readUInt32LE(0) === SIG_ZIP64_EOCD) {
      zip64 = true;
      total = u64(z, 32);
      size = u64(z, 40);
      offset = u64(z, 48);
    }
  }
  const recordsStart = zip64 ? eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE : eocdPos;
  const cdStart = recordsStart - size;
  if (cdStart < 0) return { ok: false, reason: "bad offset for the central directory" };
  return {
    ok: true,
    plan: {
      reader: "cpython",
      cdStart,
      cdSize: size,
      entries: total,
      shift: cdStart - offset,
      thisDisk: c.disk,
      zip64,
      eocdPos,
      recordsStart,
      recordsEnd: Math.min(source.size, eocdPos + EOCD_SIZE + c.commentLen)
    }
  };
}

// src/formats/shared/torch-names.ts
var torchScriptPickles = /* @__PURE__ */ new WeakSet();
function markTorchScriptPickle(source) {
  torchScriptPickles.add(source);
}
function isTorchScriptPickle(source) {
  return torchScriptPickles.has(source);
}
var TORCH_PICKLE_NAME_SNIFFER = {
  kind: "pickle",
  priority: 95,
  match: ({ source }) => {
    const name = source.member.at(-1);
    if (name === void 0) return false;
    return /^[^/]+\/(data|constants)\.pkl$/i.test(name) || /^(\.\/)?(sys_info|pickle|storages|tensors)$/.test(name);
  }
};

// src/formats/pickle/first-bytes.ts
var PICKLE_OPCODE_BYTES = new Set(
  [..."().012BCFGIJKLMNPQRSTUVX]abcdeghijlopqrstu}"].map((c) => c.charCodeAt(0)).concat([128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142]).concat([143, 144, 145, 146, 147, 148, 149, 150, 151, 152])
);
var FIRST_OPCODES = new Set(
  [..."(NIJKLFGSTUVXBC]})ciP"].map((c) => c.charCodeAt(0)).concat([128, 130, 131, 132, 136, 137, 138, 139, 140, 141, 142, 143, 149, 150, 151])
);
function mayStartPickle(head) {
  const first = head[0];
  if (first === void 0 || !FIRST_OPCODES.has(first)) return false;
  return !(first === 128 && (head[1] ?? 9) > 5);
}

// src/formats/numpy/rules.ts
var NPY_MALFORMED = defineRule({
  id: "numpy/malformed-header",
  severity: "high",
  title: "NumPy file header that cannot be parsed",
  tags: ["numpy", "fail-closed"],
  explain: `The .npy header (magic, version, length and the Python dict literal naming dtype, order and
shape) is invalid, so modelvet cannot tell whether the data is plain numbers or a pickle of Python objects
that np.load(allow_pickle=True) would execute. A file that cannot be vetted is not passed.
Fix: re-export the array with numpy.save.`
});
var NPY_OBJECT_ARRAY = defineRule({
  id: "numpy/object-array",
  severity: "low",
  title: "NumPy array of Python objects (stored as a pickle)",
  tags: ["numpy", "pickle"],
  explain: `The array's dtype holds Python objects, which NumPy stores as a pickle and loads only with
allow_pickle=True. modelvet scans that pickle (its findings are reported separately); this note says the
file needs allow_pickle to load. Prefer numeric arrays for model data.`
});

// src/formats/pickle/rules.ts
var leaf = { leaf: true };
var ALLOW_HOW = `Fix: convert the model to a format that cannot run code (safetensors) and load it with
torch.load(weights_only=True). If you have vetted the global and trust it, list its exact module.name
under ${policyKey("pickle.allow")} in a policy file; a global on modelvet's denylist is refused there
unless its entry also has ${policyKey("pickle.allow.force", leaf)}: true and a ${policyKey("pickle.allow.reason", leaf)}.`;
var DANGEROUS_GLOBAL = defineRule({
  id: "pickle/dangerous-global",
  severity: "critical",
  title: "Pickle imports a dangerous callable",
  tags: ["pickle", "code-execution"],
  explain: `The pickle names a global that runs code, starts processes, touches files or the network,
resolves other functions by name (getattr, importlib, operator, functools.partial, pkgutil.resolve_name),
loads a second serialized object (torch.load, numpy.load, pickle.loads, joblib.load, marshal), edits
interpreter state (dunder attributes such as numpy.__builtins__, BUILD/SETITEM written into a module or
class), or whose name modelvet cannot resolve statically (STACK_GLOBAL fed by computed values).
Unpickling the file imports that global and, when the stream calls it, runs it with the loader's rights.

Real PyTorch, NumPy and scikit-learn checkpoints never need any of these. Fix: treat the file as
hostile and do not load it. Only a reviewed exception silences this rule: a ${policyKey("pickle.allow")}
entry with ${policyKey("pickle.allow.force", leaf)}: true and a ${policyKey("pickle.allow.reason", leaf)}, or an
${policyKey("ignore")} entry for the path with a reason.`
});
var BOUND_METHOD = defineRule({
  id: "pickle/bound-method",
  severity: "low",
  title: "Pickle rebuilds a bound method of an allowed object",
  tags: ["pickle"],
  explain: `Python pickles a bound method (obj.method) as getattr(obj, 'method'): torch 1.x
LR schedulers such as OneCycleLR keep one in their state_dict. modelvet reports builtins.getattr as a
dangerous global everywhere else; it reports this low only when every use of getattr in the file
fetches a plain (non-dunder, not code-running) attribute name from an instance of an allowed class
and nothing in the file calls what it returns. Loading still runs the attribute lookup (a property or
__getattr__ of that class), and code that uses the object later may call the method.

Fix: nothing to do for a checkpoint you expect to hold scheduler or optimizer state. A file that calls
the method while loading is reported as pickle/dangerous-global and pickle/computed-call instead.`
});
var UNKNOWN_SEVERITY = `Severity follows what loading does with the name:
- called (high, pickle/unknown-global-called): the callable of REDUCE, OBJ or INST, something an
  allowed function calls with what it is given (collections.defaultdict's factory, a backward hook,
  a class sklearn's newObj or copyreg's reconstructors instantiate without state), or a callable an
  estimator keeps in its state and calls when used (FunctionTransformer.func). The file chooses
  the arguments of a function call: this is how payloads run.
- rebuilt from state (medium, pickle/unknown-global): a class instantiated by NEWOBJ/NEWOBJ_EX or by
  copyreg._reconstructor (or another reconstructor) and then given its pickled state by BUILD. That
  is how every custom class of a model's own library is saved; it runs that class's __new__ and
  __setstate__, and needs the library to be installed.
- referenced (medium, pickle/unknown-global): imported only, or stored as data (dtype=np.float32,
  typing.Any, a class in a config). Importing a module runs its top-level code.`;
var UNKNOWN_GLOBAL_CALLED = defineRule({
  id: "pickle/unknown-global-called",
  severity: "high",
  title: "Pickle calls a global outside the allowlist",
  tags: ["pickle", "code-execution"],
  explain: `The pickle calls a global that is neither on modelvet's allowlist of what real PyTorch, NumPy
and scikit-learn/joblib files use nor on its denylist. Loading the file imports that module and calls the
function or class with arguments the file chooses. It may be a harmless function from another library,
or a gadget nobody has listed yet: a scanner that only blocks known bad names is bypassed by the next
unlisted one, so modelvet fails closed.

${UNKNOWN_SEVERITY}

${ALLOW_HOW}`
});
var UNKNOWN_GLOBAL = defineRule({
  id: "pickle/unknown-global",
  severity: "medium",
  title: "Pickle references or rebuilds a global outside the allowlist",
  tags: ["pickle"],
  explain: `The pickle imports a global that is neither allowlisted nor denylisted, without calling it as a
function: it only references it (as data, or as an argument nothing calls), or rebuilds an instance of
that class from pickled state (NEWOBJ or a reconstructor, then BUILD). Importing a module runs its
top-level code, and a class's __new__/__setstate__ run when it is rebuilt, so the file is only as safe as
the library it names; that library must be installed for the file to load at all.

${UNKNOWN_SEVERITY}

${ALLOW_HOW}`
});
var EXTENSION_REGISTRY = defineRule({
  id: "pickle/extension-registry",
  severity: "critical",
  title: "Pickle uses the copyreg extension registry",
  tags: ["pickle", "code-execution"],
  explain: `The pickle uses EXT1/EXT2/EXT4 opcodes or the copyreg extension registry
(copyreg.add_extension and friends). EXT opcodes fetch a global by a number from a process-wide registry,
so the global's name never appears in the file; a payload can register \`os.system\` under a code and
call it through EXT. No PyTorch, NumPy or scikit-learn file uses extension codes. Do not load the file.

Severity is critical when the fetched global is called or the registry is edited; an EXT lookup nothing
calls is medium (it only returns whatever some imported code registered, and raises when nothing is).`
});
var MALFORMED = defineRule({
  id: "pickle/malformed",
  severity: "high",
  title: "Pickle stream that cannot be parsed to the end",
  tags: ["pickle", "fail-closed"],
  explain: `The pickle stream is broken (invalid opcode, truncated data, stack or memo misuse, a call of
something that is not callable, a name that is not UTF-8). Python's unpickler executes every opcode
before the point where it fails, so a payload followed by garbage still runs while the loader reports an
error (the "nullifAI" technique); scanners that give up at the error pass such files. modelvet reports
what it found before the error and this finding, because the rest of the file was not vetted.

Severity is high, except (low) for content of 256 bytes or more that is not a pickle at all: nothing
before the break imports or calls anything (random data that happens to start like a pickle), so the
unpickler raises there without having run anything.

Fix: re-download or re-export the file; a genuine checkpoint parses to the end.`
});
var LIMIT_EXCEEDED = defineRule({
  id: "pickle/limit-exceeded",
  severity: "high",
  title: "Pickle reaches one of modelvet's walker limits",
  tags: ["pickle", "fail-closed"],
  explain: `Walking the pickle reached one of modelvet's limits: opcodes per stream (50 million), stack
depth or memo entries (millions), collection items kept for inspection (3 million), distinct globals,
nested pickles, embedded pickles or archives, streams per file, or the expansion budget for scanning them.
Limits keep memory and time bounded on hostile input, but a limit must never turn into a pass: after it,
anything that could still be a call is counted as one, what was found before is reported, and this
finding says the rest was not fully vetted.

Real checkpoints (a 250,000-word vocabulary, a model with thousands of tensors) stay far below these
limits. Fix: re-export the file in a format that cannot run code (safetensors); if a trusted file really
is this large, ignore this rule for its path in a policy with a reason.`
});
var COMPUTED_CALL = defineRule({
  id: "pickle/computed-call",
  severity: "high",
  title: "Pickle calls a value it computed",
  tags: ["pickle", "code-execution"],
  explain: `The pickle calls (REDUCE/NEWOBJ/OBJ) something that is not a named global but the result of an
earlier call, a persistent id or an extension code. That is how resolver chains reach a function without
naming it (getattr(module, "system")(...)). Real checkpoints only call named reconstructors.
Do not load the file.`
});
var TRAILING_DATA = defineRule({
  id: "pickle/trailing-data",
  severity: "medium",
  title: "Bytes after the data a loader reads",
  tags: ["pickle"],
  explain: `A legacy PyTorch checkpoint or NumPy file holds bytes after the last storage or array its loader
reads. The loader ignores them, but they are a place to hide a second payload for another tool, and a
genuine file has none. Fix: re-export the file.`
});

// src/formats/hydra/rules.ts
var TAGS = ["hydra", "omegaconf", "code-execution", "CVE-2025-23304"];
var HYDRA_DANGEROUS_TARGET = defineRule({
  id: "hydra/dangerous-target",
  severity: "critical",
  title: "Config instantiates a dangerous callable",
  tags: TAGS,
  explain: `A Hydra/OmegaConf config names a _target_ (or a NeMo/Hydra 0.x "target"/"cls" class path,
or a fiddle "pyref" as in NeMo 2 checkpoints' context/io.json) that runs processes, evaluates code, reads or writes files, opens connections, loads another
serialized object or looks up another callable by name. hydra.utils.instantiate imports and calls
whatever _target_ names, with the config's other keys as arguments, after resolving \${...}
interpolations; NeMo (.nemo model_config.yaml, CVE-2025-23304) and libraries that instantiate
downloaded configs run it while loading the model. The target shown is the one left after
modelvet resolved the interpolations that build it.

Fix: do not load the model. A real model config names model, layer, optimizer and data classes only.`
});
var HYDRA_UNKNOWN_TARGET = defineRule({
  id: "hydra/unknown-target",
  severity: "medium",
  title: "Config instantiates a class outside the known model libraries",
  tags: TAGS,
  explain: `A _target_ names a callable that is neither denied nor under the prefixes model configs use
(torch.nn, torch.optim, torch.utils.data, torchmetrics, Lightning callbacks/loggers/strategies,
nemo.collections, nemo.core, megatron.core: the list NeMo adopted to fix CVE-2025-23304). Loading
the config imports that module and calls the target. A library's own classes (uni2ts, flextok, your
package) appear here legitimately: check that the package is one you trust. To accept an exact
callable everywhere, add it to the policy's pickle.allow list.`
});
var HYDRA_UNRESOLVED_TARGET = defineRule({
  id: "hydra/unresolved-target",
  severity: "high",
  title: "Config target that depends on the loading machine",
  tags: TAGS,
  explain: `A _target_ is built from interpolations modelvet cannot resolve from the file alone: an
environment variable (oc.env), a resolver the loading program registers, a key that is missing, or
an interpolation OmegaConf cannot parse. What it instantiates is decided on the machine that loads
it, so it is not passed unvetted. The finding names the parts that could not be resolved and any
value they fall back to. Fix: publish configs whose targets are plain class paths.`
});
var HYDRA_CODE_RESOLVER = defineRule({
  id: "hydra/code-resolver",
  severity: "high",
  title: "Interpolation calls a resolver that evaluates code",
  tags: TAGS,
  explain: `An interpolation calls a resolver named like a code evaluator (\${eval:...}, \${python:...}).
Many projects register Python's eval as an OmegaConf resolver (OmegaConf.register_new_resolver(
"eval", eval)); a config loaded by such a program runs the expression. Fix: do not load the config
with a program that registers evaluating resolvers, or remove the interpolation.`
});
var HYDRA_UNRESOLVED = defineRule({
  id: "hydra/unresolved-interpolation",
  severity: "low",
  title: "Config values modelvet could not resolve",
  tags: ["hydra", "omegaconf"],
  explain: `Some interpolations outside _target_ call resolvers the loading program registers, name
missing keys, read environment variables or cannot be parsed. They do not choose what is
instantiated, but their values (paths, arguments) are decided on the loading machine. Listed so the
dependency is visible; environment lookups alone are reported at info.`
});
var HYDRA_UNREADABLE = defineRule({
  id: "hydra/unreadable-config",
  severity: "medium",
  title: "Config file that could not be read",
  tags: ["hydra", "omegaconf", "fail-closed"],
  explain: `A YAML or JSON file that may hold Hydra targets (its text mentions target keys, escapes,
tags or interpolations) could not be parsed, is nested deeper than modelvet reads, or is too large.
Python's YAML and JSON readers may still load it, so what it instantiates was not vetted.
Fix: re-save the config with OmegaConf.save or json.dump.`
});
var YAML_PYTHON_TAG = defineRule({
  id: "yaml/python-tag",
  severity: "critical",
  title: "YAML with Python object tags",
  tags: ["yaml", "code-execution", "CVE-2017-18342", "CVE-2020-1747"],
  explain: `The YAML file uses PyYAML's python/* tags (!!python/object/apply:, !!python/name:,
!!python/module:, ...). yaml.load with the default, Full or Unsafe loader imports the module they
name and calls it (CVE-2017-18342, CVE-2020-1747); a config or metadata file read that way runs
code. Safe loaders (and OmegaConf) refuse these tags. Severity is high when the named callable is
not on the denylist. Fix: do not read the file with an unsafe YAML loader; remove the tags.`
});

var SYMLINK_ESCAPE = defineRule({
  id: "fs/symlink-escape",
  severity: "high",
  title: "Symbolic link points outside the scanned folder",
  tags: ["security", "filesystem"],
  explain: `A symbolic link inside the model folder resolves to a path outside it (or dangles).

Why it matters: whoever loads the folder reads whatever the link names on their machine, not what
the publisher shipped. A link to ~/.ssh/id_rsa, /etc/passwd or a cloud credentials file turns a model
download into data exfiltration once the loader uploads or logs the "weights"; a link into another
model swaps its content.

modelvet never follows such a link. Fix: replace the link with the real file, or remove it. Links of
a Hugging Face cache snapshot into its repository's blobs/ folder are not escapes: modelvet finds the
cache around a snapshot folder and follows them.`
});
var SYMLINK_LOOP = defineRule({
  id: "fs/symlink-loop",
  severity: "low",
  title: "Symbolic link loop",
  tags: ["filesystem"],
  explain: `A symbolic link points at a folder that contains the link (a cycle), or a chain of links
never ends. A loader that walks the folder recursively never finishes or fails; modelvet walks the
folder once and does not follow the link again. Every file in the cycle was still scanned.

Fix: remove the link; model folders do not need links between their own folders.`
});
var LINK_LIMIT = defineRule({
  id: "fs/link-limit",
  severity: "low",
  title: "Folder reached through too many links",
  tags: ["filesystem"],
  explain: `A folder is reached through more than 8 symbolic links to folders. Links that fan out
(a links to b twice, b to c twice...) multiply the paths to a file exponentially, a way to make a
scanner run for hours. modelvet scans the folder's files through the first 8 paths and reports the
rest instead of walking them; every file was still scanned under at least one of its names.

Fix: replace the links with the files they point at, or remove them.`
});
var SUSPICIOUS_NAME = defineRule({
  id: "fs/suspicious-name",
  severity: "low",
  title: "File name that is not UTF-8 or holds control characters",
  tags: ["filesystem"],
  explain: `A file or folder name is not valid UTF-8, or holds control characters (a newline, an
escape sequence), a line separator or a bidirectional control (CVE-2021-42574). Model publishers
never need such names. Tools decode them differently: Node and many viewers replace invalid bytes,
so \`model\\xff.bin\` and \`model\\xfe.bin\` look like one file, a newline in a name forges extra lines
in logs and CI annotations, and bidirectional controls make a name read differently from its bytes.

modelvet opens every file by its exact bytes and shows such names escaped (\`\\xff\`, \`\\x0a\`,
\`\\u{202e}\`, and \`\\\\\` for a backslash). Fix: rename the file to plain UTF-8 text.`
});
var SPECIAL_FILE = defineRule({
  id: "fs/special-file",
  severity: "medium",
  title: "Special file (FIFO, socket or device) in the model folder",
  tags: ["filesystem"],
  explain: `The folder contains a named pipe, socket or device node. These are never part of a model:
reading a FIFO blocks forever and a device node can read hardware. modelvet does not open it.
Fix: remove it from the artifact.`
});
var UNREADABLE_PATH = defineRule({
  id: "fs/unreadable",
  severity: "high",
  title: "File or folder could not be read",
  tags: ["filesystem", "fail-closed"],
  explain: `modelvet could not read this path (permission denied, I/O error, or it vanished during
the scan). What cannot be read cannot be vetted, so the scan does not pass it silently.
Fix: make the path readable by the user running modelvet, or remove it from the artifact.`
});
function fileStats(path) {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) ?? Object.assign(new Error("vanished"), { code: "ENOENT" });
  } catch (err) {
    return err;
  }
}
var MAX_LINKED_VISITS = 8;
var toPosix = (p) => sep === "/" ? p : p.split(sep).join("/");
var displayBaseOf = (input) => toPosix(input).replace(/\/+$/, "") || "/";
async function discoverTarget(input, options = {}) {
  const abs = options.cwd === void 0 ? resolve(input) : resolve(options.cwd, input);
  const st = await stat(abs);
  const displayBase = displayBaseOf(input);
  const real = await realpath(abs, { encoding: "buffer" });
  if (!st.isDirectory()) return fileTarget(input, abs, displayBase, real, st);
  const root = fsDecode(real);
  const target = {
    input,
    path: abs,
    root,
    linkRoot: options.linkRoot ?? root,
    isDirectory: true,
    files: [],
    findings: [],
    skipped: []
  };
  const walk = new TargetWalk(target, displayBase, options.skipDirs ?? [".git"]);
  await walk.folder({
    real,
    rel: "",
    relBytes: Buffer.alloc(0),
    shown: "",
    ancestors: /* @__PURE__ */ new Set([root]),
    via: void 0
  });
  target.files.sort((a, b) => Buffer.compare(a.relBytes, b.relBytes));
  target.skipped.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return target;
}
function fileTarget(input, path, displayBase, real, st) {
  const slash = real.lastIndexOf(sep.charCodeAt(0));
  const nameBytes = Buffer.from(real.subarray(slash + 1));
  const root = fsDecode(real.subarray(0, Math.max(1, slash)));
  const target = {
    input,
    path,
    root,
    linkRoot: root,
    isDirectory: false,
    files: [],
    findings: [],
    skipped: []
  };
  if (!st.isFile()) {
    target.findings.push(
      finding(SPECIAL_FILE, { path: displayBase, message: `${displayBase} is not a regular file; not read` })
    );
    return target;
  }
  target.files.push({
    rel: fsDecode(nameBytes),
    relBytes: nameBytes,
    display: displayBase,
    fsPath: toFsPath(real),
    size: st.size,
    mode: st.mode
  });
  return target;
}
var TargetWalk = class {
  linkedVisits = /* @__PURE__ */ new Map();
  target;
  displayBase;
  skipDirs;
  constructor(target, displayBase, skipDirs) {
    this.target = target;
    this.displayBase = displayBase;
    this.skipDirs = new Set(skipDirs);
  }
  display(shown) {
    if (shown === "") return this.displayBase;
    return this.displayBase === "." ? shown : `${this.displayBase}/${shown}`;
  }
  report(f) {
    this.target.findings.push(f);
  }
  async folder(at) {
    let dirents;
    try {
      dirents = await readdir(at.real, { encoding: "buffer", withFileTypes: true });
    } catch (err) {
      const path = this.display(at.shown);
      this.report(finding(UNREADABLE_PATH, { path, message: describeError(err, path) }));
      return;
    }
    dirents.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const d of dirents) await this.visit(at, this.entry(at, d));
  }
  entry(at, dirent) {
    const name = dirent.name;
    const relBytes = at.rel === "" ? name : joinBytes(at.relBytes, name);
    const shown = at.shown === "" ? fsDecode(name) : `${at.shown}/${fsDecode(name)}`;
    return {
      dirent,
      path: joinBytes(at.real, name),
      rel: at.rel === "" ? fsDecode(name) : `${at.rel}/${fsDecode(name)}`,
      relBytes,
      shown,
      display: this.display(shown)
    };
  }
  async visit(at, e) {
    const why = suspiciousName(e.dirent.name);
    if (why) {
      this.report(
        finding(SUSPICIOUS_NAME, {
          path: e.display,
          message: `the name of ${e.display} ${why}`,
          evidence: { nameHex: e.dirent.name.toString("hex") }
        })
      );
    }
    const d = e.dirent;
    if (d.isDirectory()) {
      if (this.skipDirs.has(d.name.toString("latin1"))) {
        this.target.skipped.push(e.shown);
        return;
      }
      const key = fsDecode(e.path);
      await this.folder({ ...this.placeOf(e, e.path, at.via), ancestors: /* @__PURE__ */ new Set([...at.ancestors, key]) });
    } else if (d.isFile()) {
      const st = fileStats(e.path);
      if (st instanceof Error) {
        this.report(finding(UNREADABLE_PATH, { path: e.display, message: describeError(st, e.display) }));
        return;
      }
      this.addFile(e, e.path, st, at.via);
    } else if (d.isSymbolicLink()) {
      await this.link(at, e);
    } else {
      this.report(
        finding(SPECIAL_FILE, {
          path: e.display,
          message: `${e.display} is a FIFO, socket or device; not read`
        })
      );
    }
  }
  placeOf(e, real, via) {
    return { real, rel: e.rel, relBytes: e.relBytes, shown: e.shown, via };
  }
  addFile(e, real, st, via, linkText) {
    this.target.files.push({
      rel: e.rel,
      relBytes: e.relBytes,
      display: e.display,
      fsPath: toFsPath(real),
      size: st.size,
      mode: st.mode,
      symlinkTarget: linkText,
      viaLink: via
    });
  }
  /** A link: followed when it resolves inside the link root, to a file or (unless a cycle) a folder. */
  async link(at, e) {
    const text = await readlink(e.path, { encoding: "buffer" }).then(fsDecode, () => "?");
    const real = await realpath(e.path, { encoding: "buffer" }).catch((err) => err);
    if (real instanceof Error) {
      const loop = real.code === "ELOOP";
      this.report(
        finding(loop ? SYMLINK_LOOP : SYMLINK_ESCAPE, {
          path: e.display,
          message: loop ? `symbolic link ${e.display} -> ${text} is a chain of links that never ends; not followed` : `symbolic link ${e.display} -> ${text} dangles; not followed`,
          evidence: { link: text }
        })
      );
      return;
    }
    const realText = fsDecode(real);
    if (!isWithin(this.target.linkRoot, realText)) {
      this.report(
        finding(SYMLINK_ESCAPE, {
          path: e.display,
          message: `symbolic link ${e.display} -> ${text} resolves outside the scanned folder; not followed`,
          evidence: { link: text, resolved: fsDecode(real) }
        })
      );
      return;
    }
    const st = await stat(real).catch((err) => err);
    if (st instanceof Error) {
      this.report(finding(UNREADABLE_PATH, { path: e.display, message: describeError(st, e.display) }));
    } else if (st.isFile()) {
      this.addFile(e, real, st, at.via, text);
    } else if (st.isDirectory()) {
      await this.linkedFolder(at, e, real, realText, text);
    } else {
      this.report(
        finding(SPECIAL_FILE, { path: e.display, message: `${e.display} links to a special file; not read` })
      );
    }
  }
  async linkedFolder(at, e, real, key, text) {
    if (at.ancestors.has(key)) {
      this.report(
        finding(SYMLINK_LOOP, {
          path: e.display,
          message: `symbolic link ${e.display} -> ${text} points at a folder that contains it; not followed again`,
          evidence: { link: text, resolved: fsDecode(real) }
        })
      );
      return;
    }
    const visits = this.linkedVisits.get(key) ?? 0;
    this.linkedVisits.set(key, visits + 1);
    if (visits >= MAX_LINKED_VISITS) {
      if (visits === MAX_LINKED_VISITS) {
        this.report(
          finding(LINK_LIMIT, {
            path: e.display,
            message: `${fsDecode(real)} is reached through more than ${MAX_LINKED_VISITS} links; ${e.display} and further links to it are not walked`,
            evidence: { link: text, resolved: fsDecode(real), limit: MAX_LINKED_VISITS }
          })
        );
      }
      return;
    }
    await this.folder({
      ...this.placeOf(e, real, at.via ?? e.display),
      ancestors: /* @__PURE__ */ new Set([...at.ancestors, key])
    });
  }
};

// src/policy/rules.ts
var FORMAT_NOT_ALLOWED = defineRule({
  id: "policy/format-not-allowed",
  severity: "high",
  title: "Artifact format not allowed by the policy",
  tags: ["policy"],
  explain: `The file is, or contains, a format (kind found by content, including archive members at any
depth) that the policy's formats.deny lists or its formats.allow does not list. A PyTorch .bin/.pt
holding a clean pickle is still a violation when only safetensors and GGUF are allowed: the point of
such a policy is that nothing loaded can run code, whatever a scanner thinks of today's payload.
Text, JSON, images, empty files and LFS pointers are always allowed unless denied by name.

Fix: convert the artifact to an allowed format (e.g. safetensors), remove it, or change the
policy's formats section.`
});
var SOURCE_NOT_ALLOWED = defineRule({
  id: "policy/source-not-allowed",
  severity: "high",
  title: "Model source not allowed by the policy",
  tags: ["policy", "supply-chain"],
  explain: `A model reference names a source the policy's sources list does not allow. modelvet checks every
reference it reads, pinned or not: Python loaders (from_pretrained, hf_hub_download, torch.hub.load,
timm, open_clip, KerasHub, ...), commands (hf download, vllm serve, git clone, ollama pull, ...), run
configs, PEFT adapter base models, Modelfiles, Hugging Face cache folders and Ollama manifests. Each
names a hub (huggingface, github, ollama, kaggle, modelscope, or url for any other host), an owner and
a name. Platform teams use this to keep models to vetted publishers.

Once sources lists any hub, a reference to a hub it does not list is not allowed either (fail
closed): torch.hub.load("someone/repo") is checked against sources.github, and fails when the policy
lists only huggingface. A Hugging Face name without an owner (gpt2) is allowed only by that exact name.

Fix: use a model from an allowed organisation, or add the organisation (or the exact owner/name, or
"*" for any owner) under the right hub in the policy's sources, e.g. sources.github: [pytorch] or
sources.url: [download.pytorch.org].`
});
var VERIFICATION_REQUIRED = defineRule({
  id: "policy/verification-required",
  severity: "high",
  title: "Policy requires a signature or lock that did not verify",
  tags: ["policy", "integrity"],
  explain: `The policy's verification.require asks for a verified signature, a verified lock file, or
either, and the scan found none that verified for this target. Without it nobody can tell that the
files are the ones the publisher (or your own pipeline) approved.

Fix: sign the model (modelvet sign, or model_signing) with an allowed signer and keep model.sig beside
it, or write a lock file with modelvet lock and keep it with the model.`
});
var IGNORE_EXPIRED = defineRule({
  id: "policy/ignore-expired",
  severity: "low",
  title: "A policy ignore entry has expired",
  tags: ["policy"],
  explain: `An ignore entry in the policy has an expires date in the past, so it no longer suppresses
anything: the findings it covered count again. Expiry dates make temporary exceptions stay
temporary.

Fix: fix the underlying findings and delete the entry, or, if the exception is still justified,
move its expires date forward with an updated reason.`
});
var UNTRUSTED_POLICY = defineRule({
  id: "policy/untrusted-policy",
  severity: "high",
  title: "A policy inside the scanned folder tries to loosen checks",
  tags: ["policy", "security"],
  explain: `modelvet found a .modelvet.yml/.yaml/.json at the root of the folder being scanned (not given
with --policy; this includes running \`modelvet scan .\` inside that folder), and it loosens checks: ignores, rules turned off or lowered,
extra pickle globals, its own allowed signers, or a fail level above high. A downloaded model must not be able to vet itself,
so those parts were not applied; the parts that only tighten checks were.

Fix: if you trust this policy, pass it explicitly with --policy FILE, or keep it in the folder you
run modelvet from, outside the folder being scanned.`
});
var UNUSED_IGNORE = defineRule({
  id: "policy/unused-ignore",
  severity: "low",
  title: "A policy ignore entry matched nothing",
  tags: ["policy"],
  explain: `An ignore entry in the policy (its rule and path glob) suppressed no finding in this scan. Either
the finding it was written for is gone, or the rule id or the glob does not match what it was meant
to (a typo, a path relative to another folder): an exception that matches nothing today can match
something unexpected tomorrow.

Fix: delete the entry if its finding is fixed; otherwise correct the rule id or the path glob (paths are
relative to the scanned folder, with forward slashes).`
});
var INVALID_POLICY = defineRule({
  id: "policy/invalid-policy",
  severity: "high",
  title: "A policy inside the scanned folder could not be used",
  tags: ["policy", "fail-closed"],
  explain: `modelvet found a .modelvet.yml/.yaml/.json at the root of the folder being scanned, and it could
not be read or is not a valid policy (bad YAML, nesting too deep, unknown keys or values, a file too
large). None of it was applied and the scan went on with the defaults: a file inside a downloaded model
must not be able to stop or switch off the scan. Whatever it meant to require (signatures, allowed
sources, denied formats) was not enforced, so this fails closed.

Fix: run \`modelvet policy check\` on the file and correct it, or remove it; to use a policy you trust,
pass it with --policy FILE.`
});

// src/scanner.ts
var PIPELINE_RULES = [
  UNSUPPORTED_FORMAT,
  ANALYZER_ERROR,
  DEPTH_LIMIT,
  WORK_LIMIT,
  SYMLINK_ESCAPE,
  SYMLINK_LOOP,
  LINK_LIMIT,
  SUSPICIOUS_NAME,
  SPECIAL_FILE,
  UNREADABLE_PATH,
  HASH_ERROR,
  FORMAT_NOT_ALLOWED,
  SOURCE_NOT_ALLOWED,
  VERIFICATION_REQUIRED,
  IGNORE_EXPIRED,
  UNTRUSTED_POLICY,
  UNUSED_IGNORE,
  INVALID_POLICY
];
function uniqueById(what, items, same) {
  const byId = /* @__PURE__ */ new Map();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (seen === void 0) byId.set(item.id, item);
    else if (!same(seen, item)) throw new ModelvetError("USAGE", `${what} ${item.id} given twice`);
  }
  return [...byId.values()];
}
function createScanner(...parts) {
  const analyzers = Object.freeze(
    uniqueById(
      "analyzer",
      parts.flatMap((p) => p.analyzers ?? []),
      (a, b) => a === b
    )
  );
  const treeAnalyzers = Object.freeze(
    uniqueById(
      "tree analyzer",
      parts.flatMap((p) => p.treeAnalyzers ?? []),
      (a, b) => a === b
    )
  );
  const verifiers = Object.freeze(
    uniqueById(
      "verifier",
      parts.flatMap((p) => p.verifiers ?? []),
      (a, b) => a === b
    )
  );
  const sniffers = Object.freeze(byPriority(parts.flatMap((p) => p.sniffers ?? [])));
  const ruleList = uniqueById(
    "rule",
    [...PIPELINE_RULES, ...parts.flatMap((p) => p.rules ?? [])],
    (a, b) => a === b || a.explain === b.explain && a.severity === b.severity && a.title === b.title
  ).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const rules = Object.freeze(ruleList);
  const ruleById = new Map(ruleList.map((r) => [r.id, r]));
  const kinds = Object.freeze(
    [.../* @__PURE__ */ new Set([...Object.values(KINDS), ...sniffers.map((s) => s.kind)])].sort()
  );
  const byKind = new Map(
    kinds.map((k) => [k, Object.freeze(analyzersFor(analyzers, k))])
  );
  const claimed = new Set(kinds.filter((k) => kindIsClaimed(analyzers, k)));
  return Object.freeze({
    analyzers,
    treeAnalyzers,
    sniffers,
    verifiers,
    rules,
    rule: (id) => ruleById.get(id),
    analyzersFor: (kind) => byKind.get(kind) ?? analyzersFor(analyzers, kind),
    claims: (kind) => byKind.has(kind) ? claimed.has(kind) : kindIsClaimed(analyzers, kind),
    knownKinds: () => [...kinds]
  });
}
var COMMIT = /^[0-9a-f]{40}$/;
var LFS_BLOB = /^[0-9a-f]{64}$/;
var GIT_BLOB = /^[0-9a-f]{40}$/;
var HF_REPO_DIR = /^(models|datasets|spaces)--.+/;
function blobAlgorithm(name) {
  return LFS_BLOB.test(name) ? "sha256" : GIT_BLOB.test(name) ? "git-sha1" : void 0;
}
async function isDir(p) {
  return (await lstat(p).catch(() => void 0))?.isDirectory() ?? false;
}
async function isHfCacheRepo(path) {
  const name = basename(resolve(path));
  if (!await isDir(path)) return false;
  const blobs = await isDir(join$1(path, "blobs"));
  const snapshots = await isDir(join$1(path, "snapshots"));
  return HF_REPO_DIR.test(name) && (blobs || snapshots) || blobs && snapshots && await isDir(join$1(path, "refs"));
}
async function enclosingHfRepo(path) {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (await isHfCacheRepo(dir)) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
async function hfCacheRepos(path) {
  const around = await enclosingHfRepo(path);
  if (around) return [around];
  const names = await readdir(path).catch(() => []);
  const repos = [];
  for (const n of names.sort())
    if (HF_REPO_DIR.test(n) && await isHfCacheRepo(join$1(path, n))) repos.push(join$1(path, n));
  return repos;
}
async function walkFiles(dir, rel = "") {
  const out = [];
  const names = await readdir(dir).catch(() => []);
  for (const n of names.sort()) {
    const full = join$1(dir, n);
    const r = rel ? `${rel}/${n}` : n;
    const st = await lstat(full).catch(() => void 0);
    if (!st) continue;
    if (st.isDirectory()) append(out, await walkFiles(full, r));
    else out.push({ rel: r, full, kind: st.isSymbolicLink() ? "link" : st.isFile() ? "file" : "other" });
  }
  return out;
}
async function verifyHfCache(path, options = {}) {
  const out = { verifications: [], findings: [], references: [] };
  const display = options.display ?? path;
  for (const repo of await hfCacheRepos(path)) {
    const inside = relativeInside(resolve(path), resolve(repo));
    const rel = inside === void 0 ? "" : inside.split(sep).join("/");
    const shown = inside === void 0 ? repo : displayPathOf(display, rel || ".");
    const under = (r2) => rel ? `${rel}/${r2}` : r2;
    const { knownSha256, knownDigest } = options;
    const r = await verifyRepo(repo, shown, {
      ...options,
      knownDigest: inside === void 0 ? void 0 : (r2, alg) => knownDigest?.(under(r2), alg) ?? (alg === "sha256" ? knownSha256?.(under(r2)) : void 0)
    });
    out.verifications.push(r.verification);
    append(out.findings, r.findings);
    const source = hfCacheSource(basename(resolve(repo)), r.revision);
    if (source) out.references?.push({ source, pinned: true, path: shown, via: "hf-cache" });
  }
  return out;
}
async function checkBlobs(check, options) {
  const blobs = [];
  for (const b of await walkFiles(join$1(check.repo, "blobs"), "blobs")) {
    const name = b.rel.slice("blobs/".length);
    if (b.kind !== "file") {
      check.entry(b.rel, `${b.rel} is not a regular file (the cache stores blobs as files)`);
      continue;
    }
    if (name.endsWith(".incomplete")) {
      check.entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    const algorithm = blobAlgorithm(name);
    if (!algorithm) {
      check.entry(b.rel, `${b.rel} is not named by a SHA-256 or git blob id; nothing vouches for it`);
      continue;
    }
    const known = options.knownDigest?.(b.rel, algorithm);
    blobs.push({
      path: b.full,
      display: check.at(b.rel),
      algorithm,
      expected: name,
      knownDigest: known
    });
  }
  const hashed = await verifyBlobDigests(
    blobs,
    `${basename(resolve(check.repo))} (Hugging Face cache)`,
    options
  );
  append(check.findings, hashed.findings);
  return hashed;
}
async function checkSnapshotLink(check, f, realBlobs) {
  const text = await readlink(f.full).catch(() => "");
  const lexical = resolve(dirname(f.full), text);
  const real = await realpath(f.full).catch(() => void 0);
  const inBlobs = dirname(lexical) === resolve(check.repo, "blobs") && real !== void 0 && realBlobs !== void 0 && dirname(real) === realBlobs;
  if (real !== void 0 && inBlobs) return true;
  check.findings.push(
    finding(DANGLING_LINK, {
      path: check.at(f.rel),
      message: real === void 0 ? `${f.rel} -> ${text} dangles (its blob is missing)` : `${f.rel} -> ${text} does not point at a blob of this repository`,
      evidence: { link: text, resolved: real }
    })
  );
  return false;
}
async function checkSnapshots(check) {
  const snapshotsDir = join$1(check.repo, "snapshots");
  const realBlobs = await realpath(join$1(check.repo, "blobs")).catch(() => void 0);
  const commits = (await readdir(snapshotsDir).catch(() => [])).sort();
  let links = 0;
  let dangling = 0;
  for (const commit of commits) {
    if (!COMMIT.test(commit))
      check.entry(`snapshots/${commit}`, `snapshots/${commit} is not named by a 40-hex commit`);
    for (const f of await walkFiles(join$1(snapshotsDir, commit), `snapshots/${commit}`)) {
      if (f.kind === "file") {
        check.entry(
          f.rel,
          `${f.rel} is a copy, not a link into blobs/ (Windows degraded mode?): its digest is not checked`
        );
      } else if (f.kind !== "link") {
        check.entry(f.rel, `${f.rel} is a FIFO, socket or device`);
      } else {
        links++;
        if (!await checkSnapshotLink(check, f, realBlobs)) dangling++;
      }
    }
  }
  return { commits, links, dangling };
}
async function checkRefs(check, commits) {
  let refs = 0;
  let mainRef;
  for (const f of await walkFiles(join$1(check.repo, "refs"), "refs")) {
    refs++;
    let text = "";
    try {
      text = f.kind === "file" ? (await readFile(f.full, "utf8")).slice(0, 200).trim() : "";
    } catch (err) {
      check.entry(f.rel, describeError(err, f.rel));
      continue;
    }
    if (f.rel === "refs/main" && COMMIT.test(text)) mainRef = text;
    if (!COMMIT.test(text)) check.entry(f.rel, `${f.rel} does not hold a 40-hex commit`);
    else if (!commits.includes(text))
      check.entry(f.rel, `${f.rel} names commit ${text}, which has no snapshot`);
  }
  return { refs, mainRef };
}
async function verifyRepo(repo, display, options) {
  const findings = [];
  const at = (rel) => displayPathOf(display, rel);
  const entry = (rel, message2) => findings.push(finding(STORE_ENTRY, { path: at(rel), message: message2 }));
  const check = { repo, at, findings, entry };
  const hashed = await checkBlobs(check, options);
  const { commits, links, dangling } = await checkSnapshots(check);
  const { refs, mainRef } = await checkRefs(check, commits);
  const ok = hashed.mismatched === 0 && dangling === 0;
  const revision = mainRef ?? commits.find((c) => COMMIT.test(c));
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their names` : "",
    dangling ? `${dangling} dangling or stray link(s)` : ""
  ].filter(Boolean);
  const message = ok ? `${display}: ${hashed.checked} blobs match their names, ${links} snapshot links resolve` : `${display}: ${problems.join(", ")}`;
  return {
    verification: {
      kind: "hf-cache",
      source: display,
      ok,
      message,
      details: {
        checked: hashed.checked,
        blobs: hashed.checked,
        mismatched: hashed.mismatched,
        snapshots: commits.length,
        links,
        dangling,
        refs
      }
    },
    findings: capFindings(findings),
    revision
  };
}
var LOCK_FILE_NAME = "modelvet.lock.json";
var MAX_LOCK_BYTES = 64 * 1024 * 1024;
async function defaultLockPath(modelPath) {
  return await isDirectory(modelPath) ? join$1(modelPath, LOCK_FILE_NAME) : join$1(dirname(modelPath), LOCK_FILE_NAME);
}
async function lockManifest(modelPath, options = {}) {
  const st = await stat(modelPath).catch((err) => {
    throw new ModelvetError("NOT_FOUND", describeError(err, modelPath), { path: modelPath });
  });
  const output = options.output ?? await defaultLockPath(modelPath);
  const root = st.isDirectory() ? modelPath : dirname(modelPath);
  const self = st.isDirectory() ? sidecarIgnore(root, output) : [];
  const ignorePaths = [...options.ignorePaths ?? [], ...self];
  const manifest = await computeManifest(modelPath, {
    ...options,
    ignorePaths,
    recordIgnorePaths: [...options.ignoreGitPaths ?? true ? GIT_PATHS : [], ...ignorePaths]
  });
  if (manifest.problems.length) {
    const p = manifest.problems[0];
    const more = manifest.problems.length > 1 ? ` (and ${manifest.problems.length - 1} more)` : "";
    throw new ModelvetError(
      "UNREADABLE",
      `cannot lock ${modelPath}: ${p.message}${more}${p.reason === "symlink" ? "; pass --allow-symlinks to hash link targets" : ""}`,
      { path: modelPath }
    );
  }
  return { path: output, manifest };
}
async function writeLock(modelPath, options = {}) {
  const { path: output, manifest } = await lockManifest(modelPath, options);
  const tmp = `${output}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, `${statementJson(manifest)}
`);
    await rename(tmp, output);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new ModelvetError("UNREADABLE", describeError(err, output), { path: output });
  }
  return { path: output, manifest };
}
async function verifyLock(modelPath, lockPath, options = {}) {
  const display = options.display ?? modelPath;
  const read = await readManifestFile(lockPath, "lock", display, MAX_LOCK_BYTES);
  if ("outcome" in read) return read.outcome;
  const source = lockPath;
  let parsed;
  try {
    parsed = parseStatement(read.bytes);
  } catch (err) {
    return invalidOutcome("lock", source, display, err.message);
  }
  let target = modelPath;
  const single = parsed.resources.length > 0 && parsed.resources.every((r) => r.name === "." || r.name.startsWith(".:"));
  const name = parsed.modelName;
  if (single && /^[^/\\]+$/.test(name) && name !== "." && name !== ".." && await isDirectory(modelPath)) {
    target = join$1(modelPath, name);
  }
  return verifyAgainstResources(
    target,
    parsed,
    { kind: "lock", source, sourcePath: lockPath },
    { ...options, ...target !== modelPath ? { display: join$1(display, parsed.modelName) } : {} }
  );
}
var MAX_SUMS_BYTES = 64 * 1024 * 1024;
function sumsAlgorithm(hex, tag, fileName) {
  if (tag !== void 0) return algorithmForTag(tag);
  const n = fileName.toLowerCase();
  if (/md5/.test(n)) return null;
  if (/b3|blake3/.test(n)) return hex.length === 64 ? "blake3" : null;
  if (/b2|blake2/.test(n)) return hex.length === 128 ? "blake2b512" : null;
  if (/sha512/.test(n)) return hex.length === 128 ? "sha512" : null;
  if (/sha1(?!\d)/.test(n)) return hex.length === 40 ? "sha1" : null;
  return algorithmForLength(hex.length);
}
async function within(realRoot, p) {
  const real = await realpath(p).catch(() => void 0);
  return real !== void 0 && (real === realRoot || real.startsWith(`${realRoot}${sep}`));
}
function unlistedFindings(unlisted, ser, check) {
  const none = { matched: 0, changed: [], missing: [], wrongShards: [] };
  return diffFindings({ ...none, extra: unlisted }, ser, check).map((f) => ({
    ...f,
    severity: "low",
    message: `${f.message} (a checksum file vouches only for what it lists)`
  }));
}
function expectedResources(parsed, sumsName, onlyName, bad) {
  const expected = [];
  const seen = /* @__PURE__ */ new Map();
  for (const e of parsed.entries) {
    const rel = normalizeRelPath(e.name);
    if (rel === void 0 || rel === "." || e.name.startsWith("/")) {
      bad(e.line, `${JSON.stringify(e.name)} is not a path inside the model folder`);
      continue;
    }
    if (onlyName !== void 0 && rel !== onlyName) continue;
    const alg = sumsAlgorithm(e.hex, e.tag, sumsName);
    if (!alg) {
      bad(e.line, `unsupported or unknown digest for ${rel} (${e.tag ?? `${e.hex.length} hex digits`})`);
      continue;
    }
    const prev = seen.get(rel);
    if (prev !== void 0) {
      if (prev !== e.hex) bad(e.line, `${rel} is listed twice with different digests`);
      continue;
    }
    seen.set(rel, e.hex);
    expected.push({ name: rel, algorithm: alg, digest: e.hex });
  }
  return expected;
}
function fileNotListed(onlyName, display, source, findings) {
  const findings2 = diffFindings(
    { changed: [], missing: [], extra: [{ name: onlyName }], wrongShards: [] },
    { method: "files"},
    { display: dirname(display), source }
  );
  return {
    verification: {
      kind: "sums",
      source,
      ok: false,
      message: `${display} is not listed in ${source}`
    },
    findings: [...findings, ...findings2]
  };
}
async function presentFiles(modelPath, base, onlyName, sumsPath, options) {
  if (onlyName !== void 0) {
    return { files: [{ rel: onlyName, fsPath: modelPath, size: 0, symlink: false }], problems: [] };
  }
  const ignores = [
    ...options.ignoreGitPaths ?? true ? GIT_PATHS : [],
    ...(options.ignorePaths ?? []).flatMap((p) => normalizeRelPath(p, base) ?? []),
    ...sidecarIgnore(base, sumsPath)
  ];
  return enumerateModel(base, {
    ignores,
    allowSymlinks: true,
    confineSymlinks: options.confineSymlinks ?? false
  });
}
async function hashListed(e, base, realBase, pool, options, outside) {
  const path = join$1(base, e.name);
  const st = await stat(path).catch(() => void 0);
  if (!st?.isFile()) return void 0;
  if (options.confineSymlinks && !await within(realBase, path)) {
    outside.push({
      rel: e.name,
      reason: "symlink",
      message: `${e.name} links outside the model folder; not followed`
    });
    return { name: e.name, algorithm: e.algorithm, digest: "(not followed)" };
  }
  const known = e.algorithm === "sha256" ? options.knownSha256?.(e.name) : void 0;
  if (known) return { name: e.name, algorithm: e.algorithm, digest: known };
  try {
    const r = await pool.hash({
      path,
      displayPath: e.name,
      algorithms: [e.algorithm],
      onProgress: options.onProgress
    });
    return { name: e.name, algorithm: e.algorithm, digest: r.digests[e.algorithm] };
  } catch (err) {
    return { name: e.name, algorithm: e.algorithm, digest: `(unreadable: ${describeError(err)})` };
  }
}
async function hashAllListed(expected, base, options, outside) {
  const realBase = await realpath(base).catch(() => resolve(base));
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), expected.length)), { inline: true });
  try {
    const hashed = await Promise.all(
      expected.map((e) => hashListed(e, base, realBase, pool, options, outside))
    );
    return hashed.filter((h) => h !== void 0);
  } finally {
    if (!options.pool) await pool.close();
  }
}
function sumsVerification(display, source, expected, diff, unlisted, findings) {
  const ok = !diffFailed(diff) && !findings.some((f) => f.severity !== "low");
  const notListed = unlisted.length ? `; ${unlisted.length} file${unlisted.length === 1 ? "" : "s"} not listed` : "";
  const message = ok ? `${display}: ${expected.length} file${expected.length === 1 ? " matches" : "s match"} ${source}${notListed}` : `${display} does not match ${source}: ${diffSummary(diff, []) || `${findings.length} bad line(s) in the checksum file`}`;
  return {
    kind: "sums",
    source,
    ok,
    message,
    details: {
      checked: expected.length,
      matched: diff.matched,
      changed: diff.changed,
      missing: diff.missing,
      extra: diff.extra,
      unlisted: unlisted.map((x) => x.name)
    }
  };
}
async function verifySums(modelPath, sumsPath, options = {}) {
  const display = options.display ?? modelPath;
  const source = sumsPath;
  const read = await readManifestFile(sumsPath, "sums", display, MAX_SUMS_BYTES);
  if ("outcome" in read) return read.outcome;
  const isDir3 = await isDirectory(modelPath);
  const base = isDir3 ? modelPath : dirname(modelPath);
  const onlyName = isDir3 ? void 0 : basename(modelPath);
  const parsed = parseSums(read.bytes.toString("utf8"));
  const findings = [];
  const bad = (line, why) => findings.push(finding(INVALID_MANIFEST, { path: source, line, message: `${source}:${line}: ${why}` }));
  for (const line of parsed.malformed) bad(line, "not a checksum line");
  const expected = expectedResources(parsed, basename(sumsPath), onlyName, bad);
  if (expected.length === 0 && onlyName !== void 0 && parsed.entries.length > 0) {
    return fileNotListed(onlyName, display, source, findings);
  }
  if (expected.length === 0) {
    const out = invalidOutcome("sums", source, display, "no usable checksum line for this model");
    return { verification: out.verification, findings: [...findings, ...out.findings] };
  }
  const present = await presentFiles(modelPath, base, onlyName, sumsPath, options);
  const listed = new Set(expected.map((e) => e.name));
  const outside = [];
  const actual = await hashAllListed(expected, base, options, outside);
  const files = [];
  for (const f of present.files) {
    files.push({ rel: f.rel, size: f.size });
    if (!listed.has(f.rel) && !SIDECAR_NAMES.includes(f.rel)) {
      actual.push({ name: f.rel, algorithm: "sha256", digest: options.knownSha256?.(f.rel) ?? "" });
    }
  }
  const ser = { method: "files", hashType: "sha256"};
  const diff = diffResources(expected, actual, files, ser);
  const check = { display, kind: "sums", source };
  diff.changed = diff.changed.filter((c) => c.actual !== "(not followed)");
  const unlisted = diff.extra.filter((x) => !x.renamedFrom);
  diff.extra = diff.extra.filter((x) => x.renamedFrom);
  append(findings, diffFindings(diff, ser, check));
  if (!options.ignoreUnsignedFiles) append(findings, unlistedFindings(unlisted, ser, check));
  append(
    findings,
    problemFindings(
      [...present.problems, ...outside],
      isDir3 ? check : { ...check, display: dirname(display) }
    )
  );
  return {
    verification: sumsVerification(display, source, expected, diff, unlisted, findings),
    findings: capFindings(findings)
  };
}

// src/verify/verify-path.ts
var verify_path_exports = {};
__export(verify_path_exports, {
  SIGNATURE_FILE: () => SIGNATURE_FILE,
  SIGNATURE_INVALID: () => SIGNATURE_INVALID,
  SIGNATURE_UNVERIFIED: () => SIGNATURE_UNVERIFIED,
  verifyPath: () => verifyPath,
  verifySidecars: () => verifySidecars,
  verifySignature: () => verifySignature,
  verifySignatureAny: () => verifySignatureAny
});
var SIGNATURE_INVALID = defineRule({
  id: "verify/signature-invalid",
  severity: "high",
  title: "The OMS signature does not verify",
  tags: ["integrity", "signature"],
  explain: `The model signature (an OpenSSF Model Signing bundle, usually model.sig) failed: the
bundle is malformed, the DSSE signature does not verify with the given key, certificate chain or
Sigstore identity, the signer is not the expected identity or issuer, the transparency log entry or
timestamps do not check out, or the signed statement is inconsistent. The message says which.

Why it matters: a signature that does not verify vouches for nothing; the files may have been
replaced together with a forged or edited signature.

Fix: check that you passed the publisher's identity and issuer (or key, or CA chain); otherwise
download the model and its signature again from the publisher.`
});
var SIGNATURE_UNVERIFIED = defineRule({
  id: "verify/signature-unverified",
  severity: "low",
  title: "A model signature is present but was not verified",
  tags: ["integrity", "signature"],
  explain: `A model.sig (OpenSSF Model Signing bundle) sits beside the model, but no signer was given,
so modelvet could not check it: a signature is only meaningful against an expected signer.

Fix: run \`modelvet verify PATH --signature model.sig\` with \`--identity\` and \`--issuer\`
(Sigstore keyless), \`--key PEM\` or \`--certificate-chain PEM\`, or name the allowed signers in the
policy file so that \`modelvet scan\` verifies it.`
});
var SIGNATURE_FILE = "model.sig";
var SUMS_NAMES = SIDECAR_NAMES.filter((n) => n !== SIGNATURE_FILE && n !== LOCK_FILE_NAME);
async function verifySignature(modelPath, signaturePath, trust, options = {}) {
  let signed;
  try {
    const oms = await loadOmsVerify();
    signed = await oms.verifyOmsSignatureFile(signaturePath, trust);
  } catch (err) {
    const reason = err instanceof OmsError ? err.message : `${signaturePath}: ${describeError(err)}`;
    const code = err instanceof OmsError ? err.code : "UNKNOWN";
    if (code === "USAGE_ERROR") throw new ModelvetError("USAGE", reason);
    return {
      verification: {
        kind: "signature",
        source: signaturePath,
        ok: false,
        message: reason,
        details: { method: trust.method, code }
      },
      findings: [
        finding(SIGNATURE_INVALID, {
          path: signaturePath,
          message: reason,
          evidence: { method: trust.method, code }
        })
      ]
    };
  }
  const by = signed.signer.identity ? `${signed.signer.identity} (${signed.signer.issuer})` : signed.signer.keyHint ? `key ${signed.signer.keyHint.slice(0, 16)}\u2026` : signed.signer.chain?.length ? `certificate ${signed.signer.chain[0]}` : signed.method;
  const out = await verifyAgainstResources(
    modelPath,
    signed,
    { kind: "signature", source: signaturePath, sourcePath: signaturePath },
    options
  );
  out.verification.message = out.verification.ok ? `signature by ${by} verified; ${out.verification.message}` : `signature by ${by} is valid, but ${out.verification.message}`;
  out.verification.details = {
    ...out.verification.details,
    method: signed.method,
    signer: signed.signer,
    legacy: signed.legacy,
    warnings: signed.warnings.length ? signed.warnings : void 0
  };
  return out;
}
async function verifySignatureAny(modelPath, signaturePath, signers, options = {}) {
  const outcomes = [];
  for (const trust of signers) {
    const o = await verifySignature(modelPath, signaturePath, trust, options);
    if (o.verification.ok) return o;
    outcomes.push(o);
  }
  const signedOk = outcomes.find((o) => !o.findings.some((f) => f.rule === SIGNATURE_INVALID.id));
  const first = signedOk ?? outcomes[0];
  if (!first) throw new ModelvetError("USAGE", "no signer given to verify the signature with");
  return first;
}
function signerList(t) {
  return Array.isArray(t) ? t : [t];
}
function push(into, o) {
  if ("verification" in o) into.verifications.push(o.verification);
  else append(into.verifications, o.verifications);
  append(into.findings, o.findings);
}
async function exists(p) {
  return (await stat(p).catch(() => void 0))?.isFile() ?? false;
}
async function verifySidecars(modelPath, options) {
  const dir = await isDirectory(modelPath) ? modelPath : dirname(modelPath);
  const result = { verifications: [], findings: [], found: 0 };
  const names = new Set(await readdir(dir).catch(() => []));
  if (names.has(LOCK_FILE_NAME) && await exists(join$1(dir, LOCK_FILE_NAME))) {
    result.found++;
    push(result, await verifyLock(modelPath, join$1(dir, LOCK_FILE_NAME), options));
  }
  for (const s of SUMS_NAMES)
    if (names.has(s) && await exists(join$1(dir, s))) {
      result.found++;
      push(result, await verifySums(modelPath, join$1(dir, s), options));
      break;
    }
  if (names.has(SIGNATURE_FILE) && await exists(join$1(dir, SIGNATURE_FILE))) {
    result.found++;
    const sig = join$1(dir, SIGNATURE_FILE);
    if (options.trust)
      push(result, await verifySignatureAny(modelPath, sig, signerList(options.trust), options));
    else {
      const shown = options.display ?? modelPath;
      result.findings.push(
        finding(SIGNATURE_UNVERIFIED, {
          path: displayPathOf(dir === modelPath ? shown : dirname(shown), SIGNATURE_FILE),
          message: `${SIGNATURE_FILE} is present but not verified: no signer (identity/issuer, key or certificate chain) was given`
        })
      );
    }
  }
  return result;
}
function refuseStoreOptions(store, options) {
  const given = [
    options.ignorePaths?.length ? "--ignore-paths" : "",
    options.ignoreUnsignedFiles ? "--ignore-unsigned-files" : "",
    options.ignoreGitPaths === false ? "--no-ignore-git-paths" : ""
  ].filter(Boolean);
  if (given.length)
    throw new ModelvetError(
      "USAGE",
      `${given.join(" and ")} ${given.length === 1 ? "does" : "do"} not apply to a ${store}: every blob is checked against the digest its name promises`
    );
}
async function verifyPath(path, options = {}) {
  if (!await stat(path).catch(() => void 0))
    throw new ModelvetError("NOT_FOUND", `${path}: no such file or directory`, { path });
  const result = { verifications: [], findings: [] };
  if (options.lock) push(result, await verifyLock(path, options.lock, options));
  if (options.sums) push(result, await verifySums(path, options.sums, options));
  const explicit = Boolean(options.lock || options.sums || options.signature || options.trust);
  if (options.signature || options.trust) {
    const sig = options.signature ?? join$1(await isDirectory(path) ? path : dirname(path), SIGNATURE_FILE);
    if (!options.trust)
      throw new ModelvetError(
        "USAGE",
        "--signature needs a signer: --identity/--issuer, --key PEM or --certificate-chain PEM"
      );
    push(result, await verifySignatureAny(path, sig, signerList(options.trust), options));
  }
  if (explicit) return result;
  if ((await hfCacheRepos(path)).length) {
    refuseStoreOptions("Hugging Face cache", options);
    push(result, await verifyHfCache(path, options));
    return result;
  }
  if (await ollamaRoot(path)) {
    refuseStoreOptions("Ollama store", options);
    push(result, await verifyOllama(path, options));
    return result;
  }
  const sidecars = await verifySidecars(path, options);
  if (sidecars.found === 0)
    throw new ModelvetError(
      "USAGE",
      `nothing to verify in ${path}: pass --lock FILE, --sums FILE or --signature FILE (no ${LOCK_FILE_NAME}, SHA256SUMS, ${SIGNATURE_FILE}, Hugging Face cache or Ollama store found)`
    );
  if (sidecars.verifications.length === 0)
    throw new ModelvetError(
      "USAGE",
      `${SIGNATURE_FILE} found in ${path}: pass --identity and --issuer, --key PEM or --certificate-chain PEM to verify it`
    );
  push(result, sidecars);
  return result;
}

// src/formats/compressed/index.ts
var LZMA_ALONE_SNIFFER = {
  kind: KINDS.lzmaAlone,
  priority: 60,
  match: ({ head }) => head.length >= 13 && head[0] === 93 && head[1] === 0 ? loadLzmaDecoder().then((lzma) => lzma.lzmaAloneDecodes(head)) : false
};
var COMPRESSED_KINDS = [KINDS.gzip, KINDS.bzip2, KINDS.xz, KINDS.zstd, KINDS.lz4, KINDS.lzmaAlone];
var COMPRESSED_STREAM_ANALYZER = {
  id: "compressed-stream",
  kinds: COMPRESSED_KINDS,
  claims: COMPRESSED_KINDS,
  analyze: async (ctx) => (await loadCompressedAnalysis()).analyzeCompressed(ctx)
};

// src/formats/gguf/index.ts
var gguf_exports = {};
__export(gguf_exports, {
  GGUF_ANALYZER: () => GGUF_ANALYZER,
  GGUF_BAD_TYPE: () => GGUF_BAD_TYPE,
  GGUF_DUPLICATE_KEY: () => GGUF_DUPLICATE_KEY,
  GGUF_INVALID_OFFSETS: () => GGUF_INVALID_OFFSETS,
  GGUF_INVALID_STRING: () => GGUF_INVALID_STRING,
  GGUF_INVALID_TENSOR: () => GGUF_INVALID_TENSOR,
  GGUF_INVALID_VALUE: () => GGUF_INVALID_VALUE,
  GGUF_LIMIT: () => GGUF_LIMIT,
  GGUF_PADDING: () => GGUF_PADDING,
  GGUF_SNIFFER: () => GGUF_SNIFFER,
  GGUF_TRAILING: () => GGUF_TRAILING,
  GGUF_TRUNCATED: () => GGUF_TRUNCATED,
  GGUF_VERSION: () => GGUF_VERSION
});
var GGUF_SNIFFER = {
  kind: KINDS.gguf,
  priority: 9,
  // Name hint below every content sniffer, so a .gguf file with a damaged magic is still reported.
  match: ({ name, size }) => name.endsWith(".gguf") && size > 0
};
var GGUF_ANALYZER = {
  id: "gguf",
  kinds: [KINDS.gguf],
  analyze: async (ctx) => (await loadGgufAnalysis()).analyzeGguf(ctx)
};

// src/formats/hydra/index.ts
var hydra_exports = {};
__export(hydra_exports, {
  HYDRA_CODE_RESOLVER: () => HYDRA_CODE_RESOLVER,
  HYDRA_CONFIG_ANALYZER: () => HYDRA_CONFIG_ANALYZER,
  HYDRA_DANGEROUS_TARGET: () => HYDRA_DANGEROUS_TARGET,
  HYDRA_UNKNOWN_TARGET: () => HYDRA_UNKNOWN_TARGET,
  HYDRA_UNREADABLE: () => HYDRA_UNREADABLE,
  HYDRA_UNRESOLVED: () => HYDRA_UNRESOLVED,
  HYDRA_UNRESOLVED_TARGET: () => HYDRA_UNRESOLVED_TARGET,
  YAML_PYTHON_TAG: () => YAML_PYTHON_TAG
});
var HYDRA_CONFIG_ANALYZER = {
  id: "hydra-config",
  kinds: [KINDS.json, KINDS.text],
  analyze: async (ctx) => (await loadHydraAnalysis()).analyzeConfig(ctx)
};

// src/formats/joblib/index.ts
var JOBLIB_ZLIB_ANALYZER = {
  id: "joblib-zlib",
  kinds: [KINDS.zlib],
  claims: [KINDS.zlib],
  analyze: async (ctx) => (await loadJoblibAnalysis()).analyzeJoblibZlib(ctx)
};

// src/formats/keras/index.ts
var keras_exports = {};
__export(keras_exports, {
  HDF5_MALFORMED: () => HDF5_MALFORMED,
  HDF5_POLYGLOT: () => HDF5_POLYGLOT,
  HDF5_UNSUPPORTED: () => HDF5_UNSUPPORTED,
  KERAS_BAD_CONFIG: () => KERAS_BAD_CONFIG,
  KERAS_BYTECODE: () => KERAS_BYTECODE,
  KERAS_CUSTOM_OBJECT: () => KERAS_CUSTOM_OBJECT,
  KERAS_DANGEROUS_REFERENCE: () => KERAS_DANGEROUS_REFERENCE,
  KERAS_DUPLICATE_CONFIG: () => KERAS_DUPLICATE_CONFIG,
  KERAS_EXTERNAL_MODULE: () => KERAS_EXTERNAL_MODULE,
  KERAS_FILE_ARGUMENT: () => KERAS_FILE_ARGUMENT,
  KERAS_H5_ANALYZER: () => KERAS_H5_ANALYZER,
  KERAS_H5_POLYGLOT_ANALYZER: () => KERAS_H5_POLYGLOT_ANALYZER,
  KERAS_JSON_ANALYZER: () => KERAS_JSON_ANALYZER,
  KERAS_LAMBDA: () => KERAS_LAMBDA,
  KERAS_TORCH_WRAPPER: () => KERAS_TORCH_WRAPPER,
  KERAS_ZIP_ANALYZER: () => KERAS_ZIP_ANALYZER,
  KERAS_ZIP_POLYGLOT: () => KERAS_ZIP_POLYGLOT
});
var KERAS_H5_ANALYZER = {
  id: "keras-h5",
  kinds: [KINDS.hdf5],
  claims: [KINDS.hdf5],
  analyze: async (ctx) => (await loadKerasAnalysis()).checkKerasH5(ctx)
};
var KERAS_H5_POLYGLOT_ANALYZER = {
  id: "keras-h5-polyglot",
  kinds: OTHER_KINDS,
  async analyze(ctx) {
    if (ctx.kind === KINDS.zip && !H5_NAMES.test(ctx.name)) return;
    const at = await hdf5SuperblockAfterStart(ctx);
    if (at !== void 0) await (await loadKerasAnalysis()).analyzeKerasH5Polyglot(ctx, at);
  }
};
var KERAS_JSON_ANALYZER = {
  id: "keras-json",
  kinds: [KINDS.json, KINDS.text, KINDS.unknown],
  async analyze(ctx) {
    if (ctx.depth > 0 && ctx.source.member.at(-1) === "config.json") return;
    if (ctx.source.size > MAX_KERAS_JSON) return;
    const jsonName = ctx.name.endsWith(".json");
    if (ctx.kind === KINDS.unknown && !jsonName) return;
    if (!ctx.head.includes('"class_name"') && !(jsonName && ctx.source.size <= 16 * 1024 * 1024)) return;
    await (await loadKerasAnalysis()).analyzeKerasJson(ctx);
  }
};
var KERAS_ZIP_ANALYZER = {
  id: "keras-zip",
  kinds: [KINDS.zip, KINDS.hdf5, ...OTHER_KINDS.filter((k) => k !== KINDS.zip)],
  async analyze(ctx) {
    if (ctx.kind !== KINDS.zip && !ctx.name.endsWith(".keras")) return;
    await (await loadKerasAnalysis()).analyzeKerasZip(ctx);
  }
};

// src/formats/numpy/index.ts
var numpy_exports = {};
__export(numpy_exports, {
  NPY_MALFORMED: () => NPY_MALFORMED,
  NPY_OBJECT_ARRAY: () => NPY_OBJECT_ARRAY,
  NUMPY_ANALYZER: () => NUMPY_ANALYZER
});
var NUMPY_ANALYZER = {
  id: "numpy",
  kinds: [KINDS.numpy],
  claims: [KINDS.numpy],
  analyze: async (ctx) => (await loadNumpyAnalysis()).analyzeNumpy(ctx)
};

// src/formats/onnx/index.ts
var onnx_exports = {};
__export(onnx_exports, {
  ONNX_ANALYZER: () => ONNX_ANALYZER,
  ONNX_CUSTOM_DOMAIN: () => ONNX_CUSTOM_DOMAIN,
  ONNX_EXTERNAL_DATA_BAD: () => ONNX_EXTERNAL_DATA_BAD,
  ONNX_EXTERNAL_DATA_ESCAPE: () => ONNX_EXTERNAL_DATA_ESCAPE,
  ONNX_EXTERNAL_DATA_MISSING: () => ONNX_EXTERNAL_DATA_MISSING,
  ONNX_KIND: () => ONNX_KIND,
  ONNX_MALFORMED: () => ONNX_MALFORMED,
  ONNX_PYTHON_OP: () => ONNX_PYTHON_OP,
  ONNX_SNIFFER: () => ONNX_SNIFFER,
  looksLikeOnnx: () => looksLikeOnnx
});

// src/formats/onnx/sniff.ts
var ONNX_KIND = "onnx";
var MODEL_FIELDS2 = {
  1: WIRE.varint,
  2: WIRE.len,
  3: WIRE.len,
  4: WIRE.len,
  5: WIRE.varint,
  6: WIRE.len,
  7: WIRE.len,
  8: WIRE.len,
  14: WIRE.len,
  20: WIRE.len,
  25: WIRE.len
};
var GRAPH_TAGS = new Set([1, 2, 5, 10, 11, 12, 13, 14, 15].map((f) => f << 3 | WIRE.len));
function looksLikeOnnx(head, size, name) {
  const hint = name.endsWith(".onnx");
  const fields = headFields(head, size, 64, hint);
  if (!fields || fields.length === 0) return false;
  for (const f of fields) if (MODEL_FIELDS2[f.field] !== f.wire) return false;
  const ir = fields.find((f) => f.field === 1);
  if (ir && (ir.value < 1n || ir.value > 100n)) return false;
  const graph = fields.find((f) => f.field === 7);
  const graphLike = graph !== void 0 && GRAPH_TAGS.has(head[graph.start] ?? -1);
  if (!ir && !hint && !graphLike) return false;
  const model = fields.some((f) => f.field === 7 || f.field === 8);
  return model || hint && fields.length >= 2;
}
var ONNX_SNIFFER = {
  kind: ONNX_KIND,
  // Above the structural pickle sniffer (50): a ModelProto's 0x08 first byte is no pickle opcode,
  // but the order should not depend on import order.
  priority: 51,
  match: ({ head, size, name }) => looksLikeOnnx(head, size, name)
};

// src/formats/onnx/index.ts
var ONNX_ANALYZER = {
  id: "onnx",
  kinds: [ONNX_KIND],
  analyze: async (ctx) => (await loadOnnxAnalysis()).analyzeOnnx(ctx)
};

// src/formats/pickle/index.ts
var pickle_exports = {};
__export(pickle_exports, {
  BOUND_METHOD: () => BOUND_METHOD,
  COMPUTED_CALL: () => COMPUTED_CALL,
  DANGEROUS_GLOBAL: () => DANGEROUS_GLOBAL,
  EXTENSION_REGISTRY: () => EXTENSION_REGISTRY,
  LIMIT_EXCEEDED: () => LIMIT_EXCEEDED,
  MALFORMED: () => MALFORMED,
  PICKLE_ANALYZER: () => PICKLE_ANALYZER,
  PICKLE_POLYGLOT_ANALYZER: () => PICKLE_POLYGLOT_ANALYZER,
  PICKLE_SNIFFER: () => PICKLE_SNIFFER,
  TRAILING_DATA: () => TRAILING_DATA,
  UNKNOWN_GLOBAL: () => UNKNOWN_GLOBAL,
  UNKNOWN_GLOBAL_CALLED: () => UNKNOWN_GLOBAL_CALLED
});
var PICKLE_SNIFFER = {
  kind: KINDS.pickle,
  priority: 50,
  match: async (input) => mayStartPickle(input.head) && (await loadPickleLightWalks()).looksLikePickle(input)
};
var PICKLE_ANALYZER = {
  id: "pickle",
  kinds: [KINDS.pickle],
  claims: [KINDS.pickle],
  analyze: async (ctx) => (await loadPickleAnalysis()).analyzePickle(ctx)
};
var PICKLE_POLYGLOT_ANALYZER = {
  id: "pickle-polyglot",
  kinds: [EVERY_KIND],
  async analyze(ctx) {
    if (ctx.kind === KINDS.pickle || ctx.kind === KINDS.empty) return;
    if (!PICKLE_OPCODE_BYTES.has(ctx.head[0])) return;
    if (!await (await loadPickleLightWalks()).mayRunAsPickle(ctx.source)) return;
    await (await loadPickleAnalysis()).analyzePolyglot(ctx);
  }
};

// src/formats/safetensors/index.ts
var safetensors_exports = {};
__export(safetensors_exports, {
  SAFETENSORS_ANALYZER: () => SAFETENSORS_ANALYZER,
  SAFETENSORS_SNIFFER: () => SAFETENSORS_SNIFFER,
  ST_DATA_SIZE: () => ST_DATA_SIZE,
  ST_DUPLICATE_KEY: () => ST_DUPLICATE_KEY,
  ST_HEADER_TOO_LARGE: () => ST_HEADER_TOO_LARGE,
  ST_INVALID_HEADER: () => ST_INVALID_HEADER,
  ST_INVALID_METADATA: () => ST_INVALID_METADATA,
  ST_INVALID_OFFSETS: () => ST_INVALID_OFFSETS,
  ST_INVALID_SHAPE: () => ST_INVALID_SHAPE,
  ST_SIZE_MISMATCH: () => ST_SIZE_MISMATCH,
  ST_TRUNCATED: () => ST_TRUNCATED,
  ST_UNKNOWN_DTYPE: () => ST_UNKNOWN_DTYPE,
  ST_UNKNOWN_FIELD: () => ST_UNKNOWN_FIELD
});
var SAFETENSORS_SNIFFER = {
  kind: KINDS.safetensors,
  // Name hint only, below every content sniffer: a binary named .safetensors that the structural
  // sniffer refused (forged header length) is still validated, so the finding says what is wrong.
  priority: 9,
  match: ({ name, size }) => name.endsWith(".safetensors") && size > 0
};
var SAFETENSORS_ANALYZER = {
  id: "safetensors",
  kinds: [KINDS.safetensors],
  analyze: async (ctx) => (await loadSafetensorsAnalysis()).analyzeSafetensors(ctx)
};

// src/formats/sentencepiece/index.ts
var sentencepiece_exports = {};
__export(sentencepiece_exports, {
  FIRST_EXTENSION: () => FIRST_EXTENSION,
  MODEL_FIELDS: () => MODEL_FIELDS,
  PIECE_WIRE: () => PIECE_WIRE,
  SENTENCEPIECE_ANALYZER: () => SENTENCEPIECE_ANALYZER,
  SENTENCEPIECE_KIND: () => SENTENCEPIECE_KIND,
  SENTENCEPIECE_MALFORMED: () => SENTENCEPIECE_MALFORMED,
  SENTENCEPIECE_SNIFFER: () => SENTENCEPIECE_SNIFFER,
  looksLikeSentencePiece: () => looksLikeSentencePiece
});
var SENTENCEPIECE_ANALYZER = {
  id: "sentencepiece",
  kinds: [SENTENCEPIECE_KIND],
  claims: [SENTENCEPIECE_KIND],
  analyze: async (ctx) => (await loadSentencePieceAnalysis()).analyzeSentencePiece(ctx)
};

// src/formats/sevenzip/index.ts
var SEVENZIP_ANALYZER = {
  id: "7z",
  kinds: [KINDS.sevenZip],
  claims: [KINDS.sevenZip],
  analyze: async (ctx) => (await loadSevenZipAnalysis()).analyze7z(ctx)
};

// src/formats/tar/index.ts
var tar_exports = {};
__export(tar_exports, {
  TAR_AFTER_END: () => TAR_AFTER_END,
  TAR_ANALYZER: () => TAR_ANALYZER,
  TAR_LONG_NAME_MISMATCH: () => TAR_LONG_NAME_MISMATCH,
  TAR_MALFORMED: () => TAR_MALFORMED,
  TAR_PAX_MISMATCH: () => TAR_PAX_MISMATCH,
  TAR_SNIFFER: () => TAR_SNIFFER,
  TAR_UNSUPPORTED_MEMBER: () => TAR_UNSUPPORTED_MEMBER,
  TORCH_LEGACY_TAR: () => TORCH_LEGACY_TAR,
  tarChecksumValid: () => tarChecksumValid
});
var TAR_ANALYZER = {
  id: "tar",
  kinds: [KINDS.tar],
  claims: [KINDS.tar],
  analyze: async (ctx) => (await loadTarAnalysis()).analyzeTar(ctx)
};

// src/formats/tensorflow/index.ts
var tensorflow_exports = {};
__export(tensorflow_exports, {
  GRAPHDEF_KIND: () => GRAPHDEF_KIND,
  GRAPHDEF_SNIFFER: () => GRAPHDEF_SNIFFER,
  KERAS_METADATA_ANALYZER: () => KERAS_METADATA_ANALYZER,
  KERAS_METADATA_KIND: () => KERAS_METADATA_KIND,
  KERAS_METADATA_SNIFFER: () => KERAS_METADATA_SNIFFER,
  SAVED_MODEL_KIND: () => SAVED_MODEL_KIND,
  SAVED_MODEL_SNIFFER: () => SAVED_MODEL_SNIFFER,
  TENSORFLOW_ANALYZER: () => TENSORFLOW_ANALYZER,
  TENSORFLOW_TEXT_ANALYZER: () => TENSORFLOW_TEXT_ANALYZER,
  TF_ASSET_ESCAPE: () => TF_ASSET_ESCAPE,
  TF_ASSET_READ: () => TF_ASSET_READ,
  TF_CHECKPOINT_OP: () => TF_CHECKPOINT_OP,
  TF_DATA_KIND: () => TF_DATA_KIND,
  TF_DATA_NAME_SNIFFER: () => TF_DATA_NAME_SNIFFER,
  TF_DATA_SNIFFER: () => TF_DATA_SNIFFER,
  TF_IO_OP: () => TF_IO_OP,
  TF_MALFORMED: () => TF_MALFORMED,
  TF_PY_FUNC: () => TF_PY_FUNC,
  TF_TEXT_CHECKPOINT_OP: () => TF_TEXT_CHECKPOINT_OP,
  looksLikeGraphDef: () => looksLikeGraphDef,
  looksLikeSavedModel: () => looksLikeSavedModel
});
var TENSORFLOW_ANALYZER = {
  id: "tensorflow",
  kinds: [SAVED_MODEL_KIND, GRAPHDEF_KIND],
  analyze: async (ctx) => (await loadTensorflowAnalysis()).analyzeTensorflow(ctx)
};
var KERAS_METADATA_ANALYZER = {
  id: "keras-metadata",
  kinds: [KERAS_METADATA_KIND],
  analyze: async (ctx) => (await loadTensorflowAnalysis()).analyzeKerasMetadata(ctx)
};
var TENSORFLOW_TEXT_ANALYZER = {
  id: "tensorflow-text",
  kinds: [KINDS.text],
  analyze: async (ctx) => {
    if (ctx.name.endsWith(".pbtxt")) await (await loadTensorflowAnalysis()).analyzeTensorflowText(ctx);
  }
};

// src/formats/unknown.ts
var unknown_exports = {};
__export(unknown_exports, {
  UNKNOWN_BINARY: () => UNKNOWN_BINARY,
  UNKNOWN_BINARY_ANALYZER: () => UNKNOWN_BINARY_ANALYZER
});
var UNKNOWN_BINARY = defineRule({
  id: "scan/unknown-binary",
  severity: "low",
  title: "Binary content of an unrecognised format",
  tags: ["fail-closed"],
  explain: `No analyzer recognised this binary content by its bytes (the extension is never trusted).
It is reported so that nothing passes unseen; on its own it does not fail a scan at the default
level. Raise this rule's severity in a policy to allow only formats modelvet understands.`
});
var UNKNOWN_BINARY_ANALYZER = {
  id: "unknown-binary",
  kinds: [KINDS.unknown],
  async analyze(ctx) {
    ctx.report(
      finding(UNKNOWN_BINARY, {
        message: `${label(ctx.source)}: unrecognised binary content (${ctx.source.size} bytes)`,
        evidence: { head: ctx.head.subarray(0, 16).toString("hex") }
      })
    );
  }
};

// src/formats/zip/index.ts
var ZIP_ANALYZER = {
  id: "zip",
  kinds: [KINDS.zip],
  claims: [KINDS.zip],
  analyze: async (ctx) => (await loadZipAnalysis()).analyzeZip(ctx)
};
var CONTAINERS = /* @__PURE__ */ new Set([
  KINDS.zip,
  KINDS.empty,
  KINDS.tar,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.zlib,
  KINDS.lzmaAlone,
  KINDS.sevenZip,
  KINDS.rar
]);
var ZIP_POLYGLOT_ANALYZER = {
  id: "zip-polyglot",
  kinds: [EVERY_KIND],
  async analyze(ctx) {
    if (CONTAINERS.has(ctx.kind)) return;
    if (await tailEndRecord(ctx.source) < 0) return;
    await (await loadZipAnalysis()).scanTailZip(ctx);
  }
};

// src/pins/index.ts
var checkers;
var checkersModule = () => {
  checkers ??= loadPinCheckers();
  return checkers;
};
var PINS_TREE_ANALYZER = {
  id: "pins",
  singleFiles: true,
  async analyze(ctx) {
    if (!ctx.files.some((f) => kindByName(f.rel) !== void 0 || sniffableName(f.rel))) return;
    const { analyzeTree } = await checkersModule();
    await analyzeTree(ctx);
  }
};
var PINS_MEMBER_ANALYZER = {
  id: "pins-member",
  kinds: [KINDS.text, KINDS.json, KINDS.script],
  async analyze(ctx) {
    if (ctx.depth === 0) return;
    const { analyzeMember } = await checkersModule();
    await analyzeMember(ctx);
  }
};

// src/formats/chat-template/index.ts
var CHAT_TEMPLATE_ANALYZER = {
  id: "chat-template-file",
  // A template file is rendered as text and a config is read by name, whatever their bytes look like.
  kinds: [KINDS.text, KINDS.json, KINDS.script, KINDS.unknown],
  async analyze(ctx) {
    const name = ctx.name.toLowerCase();
    if (JINJA_FILE.test(name)) return (await loadChatTemplateAnalysis()).analyzeTemplateFile(ctx);
    if (TEMPLATE_CONFIG_NAMES.has(name)) return (await loadChatTemplateAnalysis()).analyzeConfig(ctx);
  }
};

// src/repo/lfs-pointer.ts
var lfs_pointer_exports = {};
__export(lfs_pointer_exports, {
  LFS_POINTER: () => LFS_POINTER,
  LFS_POINTER_ANALYZER: () => LFS_POINTER_ANALYZER,
  parseLfsPointer: () => parseLfsPointer
});
var LFS_POINTER = defineRule({
  id: "repo/lfs-pointer",
  severity: "high",
  title: "Git LFS pointer instead of the model file",
  tags: ["integrity"],
  explain: `The file is a Git LFS pointer (version/oid/size lines), not the content it names: the
model was cloned without its LFS objects, so the weights were never downloaded. Loading it fails or,
worse, a loader falls back to another file.

Fix: run \`git lfs pull\` (or download with huggingface_hub), then scan again. The pointer's oid is
the SHA-256 of the real file, which modelvet checks when the content is present.`
});
function parseLfsPointer(text) {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const fields = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const sp = line.indexOf(" ");
    if (sp <= 0) return void 0;
    fields.set(line.slice(0, sp), line.slice(sp + 1));
  }
  const version = fields.get("version");
  const oid = /^sha256:([0-9a-f]{64})$/.exec(fields.get("oid") ?? "")?.[1];
  const sizeText = fields.get("size") ?? "";
  if (!version || !oid || !/^\d{1,16}$/.test(sizeText)) return void 0;
  return { version, oid, size: Number(sizeText) };
}
var LFS_POINTER_ANALYZER = {
  id: "lfs-pointer",
  kinds: [KINDS.lfsPointer],
  async analyze(ctx) {
    const text = (await readAll(ctx.source, 4096)).toString("utf8");
    const pointer = parseLfsPointer(text);
    ctx.report(
      finding(LFS_POINTER, {
        line: 1,
        column: 1,
        message: pointer ? `${ctx.name} is a Git LFS pointer to ${pointer.size} bytes (sha256 ${pointer.oid.slice(0, 12)}\u2026); the content was never downloaded` : `${ctx.name} looks like a Git LFS pointer but is malformed; the content was never downloaded`,
        evidence: pointer ? { oid: `sha256:${pointer.oid}`, size: pointer.size } : { malformed: true }
      })
    );
  }
};

// src/repo/remote-code.ts
var remote_code_exports = {};
__export(remote_code_exports, {
  CONFIG_UNREADABLE: () => CONFIG_UNREADABLE,
  REMOTE_CODE: () => REMOTE_CODE,
  REMOTE_CODE_ANALYZER: () => REMOTE_CODE_ANALYZER,
  REMOTE_CODE_EXTERNAL: () => REMOTE_CODE_EXTERNAL,
  STRAY_SCRIPT: () => STRAY_SCRIPT,
  parseClassReference: () => parseClassReference
});
var REMOTE_CODE = defineRule({
  id: "repo/remote-code",
  severity: "high",
  title: "Model config runs Python code from the model folder (trust_remote_code)",
  tags: ["code-execution", "remote-code"],
  explain: `A config file (config.json, tokenizer_config.json, processor/feature-extractor configs)
has an "auto_map" (or "custom_pipelines", a sentence-transformers module of a custom type, or a
diffusers model_index.json custom pipeline or component) naming
Python classes in .py files of the model folder. transformers imports those files, running any
code in them, when the model is loaded with trust_remote_code=True, which the model card usually
asks for. The finding names the files and whether they are present.

Fix: prefer a model supported natively by your library version. Otherwise read the named files (and
the modules they import) line by line, pin the exact revision you reviewed (revision="<commit>"),
and ignore this rule for the path in a policy with a reason.`
});
var REMOTE_CODE_EXTERNAL = defineRule({
  id: "repo/remote-code-external",
  severity: "high",
  title: "Model config runs Python code fetched from another repository",
  tags: ["code-execution", "remote-code", "pinning"],
  explain: `An auto_map entry has the form "org/repo--module.Class": with trust_remote_code=True,
transformers downloads module.py from that other repository at load time, at its current revision.
The code is not in the folder you are vetting and can change at any time after you review it.

Fix: vendor the code into the model folder (and review it), or pin a reviewed revision of the
other repository in your loading code; never load such a model unpinned.`
});
var STRAY_SCRIPT = defineRule({
  id: "repo/script",
  severity: "medium",
  title: "Script or executable file in the model folder",
  tags: ["code-execution"],
  explain: `The model folder contains a script (.py, .sh, .bat, .ps1, ...), compiled Python (.pyc),
a file with a #! line, or a file with the executable bit set. Model weights and configs need none;
scripts run when an inference handler (handler.py on HF Inference Endpoints), a notebook or a README
recipe calls them, with your rights. Files that a config's auto_map names are reported as
repo/remote-code instead.

Only model folders are checked: a folder that holds weights (.safetensors, .bin, .pt, .gguf, .onnx,
...), a model config (config.json, generation_config.json, adapter_config.json, ...) or a tokenizer
(tokenizer.json, tokenizer.model, vocab files), and the folders below it. There a script is something a
downloaded artifact brings along that nobody asked for. In a code repository (training code, examples,
a library) scripts are the content itself: reporting each .py would bury the findings that matter, so
they are not reported there; modelvet's pin checks still read them for unpinned model downloads.

Fix: review the script, remove it from the artifact, or ignore this rule for the path in a policy.`
});
var CONFIG_UNREADABLE = defineRule({
  id: "repo/config-invalid",
  severity: "medium",
  title: "Model config file cannot be read by Python's json or has duplicate keys",
  tags: ["integrity"],
  explain: `A model config (config.json, tokenizer_config.json, ...) is not JSON that Python's json
module (what transformers uses) can read: a syntax error, a byte order mark, nesting deeper than
Python's recursion limit or an integer longer than 4300 digits. Or it holds the same key twice in
one object: Python's json keeps the last duplicate and other readers the first, so what a reviewer
or a scanner reads can differ from what the loader uses (for example an auto_map hidden behind a
harmless copy). NaN and Infinity are not reported: Python reads them and transformers writes them.
modelvet still checks whatever part of the file it could read. Fix: rewrite the file with a JSON
tool.`
});
var CONFIG_NAMES = /* @__PURE__ */ new Set([
  "config.json",
  "tokenizer_config.json",
  "processor_config.json",
  "preprocessor_config.json",
  "feature_extractor_config.json",
  "image_processor_config.json",
  "video_preprocessor_config.json",
  "generation_config.json",
  "adapter_config.json",
  "modules.json",
  "config_sentence_transformers.json",
  "model_index.json"
]);
var SCRIPT_EXT = /\.(py|pyw|pyc|pyo|pyx|pyd|sh|bash|zsh|ksh|csh|fish|bat|cmd|ps1|psm1|vbs|js|mjs|cjs|rb|pl|lua|php)$/i;
var WEIGHTS_EXT = /\.(safetensors|bin|pt|pth|ckpt|gguf|ggml|onnx|h5|hdf5|keras|msgpack|tflite|mlmodel|nemo|npz|joblib|pkl|pickle)$/i;
var TOKENIZER_NAMES = /* @__PURE__ */ new Set([
  "tokenizer.json",
  "tokenizer.model",
  "spiece.model",
  "sentencepiece.bpe.model",
  "special_tokens_map.json",
  "vocab.json",
  "vocab.txt",
  "merges.txt"
]);
var SMALL_JSON = 256 * 1024;
var DIFFUSERS_LIBRARIES = /* @__PURE__ */ new Set(["diffusers", "transformers", "onnxruntime", "optimum", "peft", "torch"]);
function parseClassReference(ref) {
  let rest = ref;
  let repo;
  const dd = ref.indexOf("--");
  if (dd >= 0) {
    repo = ref.slice(0, dd);
    rest = ref.slice(dd + 2);
  }
  const dot = rest.lastIndexOf(".");
  if (dot <= 0 || dot === rest.length - 1) return void 0;
  return { repo: repo || void 0, module: rest.slice(0, dot), cls: rest.slice(dot + 1) };
}
function collectRefs(config, root) {
  const refs = [];
  if (root.t === "array" && posix.basename(config.rel) === "modules.json") {
    for (const item of root.items) {
      if (item.t !== "object") continue;
      const type = jsonGet(item, "type");
      if (type?.t === "string" && !type.value.startsWith("sentence_transformers.")) {
        refs.push({ config, key: "modules.json type", reference: type.value });
      }
    }
    return refs;
  }
  if (root.t !== "object") return refs;
  if (posix.basename(config.rel) === "model_index.json") {
    for (const e of root.entries) {
      if (e.value.t !== "array" || e.value.items.length !== 2) continue;
      const [lib, cls] = e.value.items;
      if (lib?.t !== "string" || cls?.t !== "string" || DIFFUSERS_LIBRARIES.has(lib.value.split(".")[0]))
        continue;
      const module = e.key === "_class_name" ? lib.value : `${e.key}/${lib.value}`;
      refs.push({
        config,
        key: `model_index.${e.key}`,
        reference: `${module}.${cls.value}`,
        onlyIfPresent: true
      });
    }
    return refs;
  }
  for (const e of root.entries) {
    if (e.key === "auto_map" && e.value.t === "object") {
      for (const m of e.value.entries) {
        const values = m.value.t === "array" ? m.value.items : [m.value];
        for (const v of values) {
          if (v.t === "string") refs.push({ config, key: `auto_map.${m.key}`, reference: v.value });
        }
      }
    } else if (e.key === "custom_pipelines" && e.value.t === "object") {
      for (const p of e.value.entries) {
        const impl = p.value.t === "object" ? jsonGet(p.value, "impl") : void 0;
        if (impl?.t === "string")
          refs.push({ config, key: `custom_pipelines.${p.key}.impl`, reference: impl.value });
      }
    }
  }
  return refs;
}
var RELATIVE_IMPORT = /^\s*(?:from\s+\.([\w.]*)\s+import\s+([\w, ]+)|import\s+\.([\w.]+))/gm;
async function analyze(ctx) {
  const byRel = new Map(ctx.files.map((f) => [f.rel, f]));
  const codeFiles = /* @__PURE__ */ new Set();
  for (const file of ctx.files) {
    const base = posix.basename(file.rel);
    if (!base.endsWith(".json")) continue;
    if (!CONFIG_NAMES.has(base) && file.size > SMALL_JSON) continue;
    if (file.size > 64 * 1024 * 1024) {
      ctx.report(
        finding(CONFIG_UNREADABLE, {
          path: file.display,
          message: `${file.size} bytes, more than any model config; not read`
        })
      );
      continue;
    }
    let text;
    try {
      text = await ctx.readText(file, 64 * 1024 * 1024);
    } catch {
      continue;
    }
    const parsed = readJson(text);
    const unreadable = parsed.error ?? parsed.pythonRejects[0];
    if (unreadable && CONFIG_NAMES.has(base)) {
      ctx.report(
        finding(CONFIG_UNREADABLE, {
          path: file.display,
          message: `Python's json cannot read it: ${unreadable.message}`,
          offset: unreadable.offset
        })
      );
    }
    if (!parsed.value) continue;
    if (CONFIG_NAMES.has(base) && parsed.duplicates.length) {
      const d = parsed.duplicates[0];
      ctx.report(
        finding(CONFIG_UNREADABLE, {
          path: file.display,
          offset: d.offset,
          message: `key "${d.key}"${d.where ? ` in ${d.where}` : ""} appears more than once${parsed.duplicates.length > 1 ? ` (${parsed.duplicates.length} duplicates)` : ""}`,
          evidence: {
            duplicates: parsed.duplicates.slice(0, 20).map((x) => x.where ? `${x.where}.${x.key}` : x.key)
          }
        })
      );
    }
    for (const ref of collectRefs(file, parsed.value)) await reportRef(ctx, ref, byRel, codeFiles);
  }
  await reportScripts(ctx, codeFiles);
}
async function reportRef(ctx, ref, byRel, codeFiles) {
  const parsed = parseClassReference(ref.reference);
  const where = ref.key;
  if (!parsed) {
    ctx.report(
      finding(REMOTE_CODE, {
        path: ref.config.display,
        message: `${where} = "${ref.reference}" names code to load (not a module.Class reference modelvet can resolve)`,
        evidence: { config: ref.config.rel, key: ref.key, reference: ref.reference }
      })
    );
    return;
  }
  if (parsed.repo) {
    ctx.report(
      finding(REMOTE_CODE_EXTERNAL, {
        path: ref.config.display,
        message: `${where} loads ${parsed.cls} from ${parsed.module}.py of the repository "${parsed.repo}" at load time`,
        evidence: {
          config: ref.config.rel,
          key: ref.key,
          repository: parsed.repo,
          module: parsed.module,
          class: parsed.cls
        }
      })
    );
    return;
  }
  const dir = posix.dirname(ref.config.rel);
  const first = posix.normalize(
    posix.join(dir === "." ? "" : dir, `${parsed.module.split(".").join("/")}.py`)
  );
  const files = [];
  const queue = [first];
  while (queue.length && files.length < 50) {
    const rel = queue.shift();
    if (files.includes(rel)) continue;
    files.push(rel);
    const f = byRel.get(rel);
    if (!f || f.size > 4 * 1024 * 1024) continue;
    const src = await ctx.readText(f, 4 * 1024 * 1024).catch(() => "");
    for (const m of src.matchAll(RELATIVE_IMPORT)) {
      const mod = m[1] ?? m[3];
      const base = posix.dirname(rel);
      if (mod) queue.push(posix.normalize(posix.join(base, `${mod.split(".").join("/")}.py`)));
      else if (m[2])
        for (const name of m[2].split(","))
          queue.push(posix.normalize(posix.join(base, `${name.trim()}.py`)));
    }
  }
  const present = files.filter((f) => byRel.has(f));
  if (ref.onlyIfPresent && present.length === 0) return;
  const missing = files.filter((f) => !byRel.has(f)).filter((f) => f === first);
  for (const f of present) codeFiles.add(f);
  ctx.report(
    finding(REMOTE_CODE, {
      path: ref.config.display,
      message: present.length > 0 ? `${where} runs ${parsed.cls} from ${present.join(", ")} under trust_remote_code` : `${where} names ${parsed.cls} in ${first}, which is missing from the folder (it would be downloaded at load time)`,
      evidence: { config: ref.config.rel, key: ref.key, class: parsed.cls, files: present, missing }
    })
  );
}
function isModelFile(rel) {
  const base = posix.basename(rel);
  return WEIGHTS_EXT.test(base) || CONFIG_NAMES.has(base) || TOKENIZER_NAMES.has(base) || base === "saved_model.pb";
}
function modelFolders(files) {
  return new Set(files.filter((f) => isModelFile(f.rel)).map((f) => posix.dirname(f.rel)));
}
function inModelFolder(rel, folders) {
  for (let dir = posix.dirname(rel); ; dir = posix.dirname(dir)) {
    if (folders.has(dir)) return true;
    if (dir === "." || dir === "/" || dir === "") return false;
  }
}
async function reportScripts(ctx, codeFiles) {
  const folders = modelFolders(ctx.files);
  for (const file of ctx.files) {
    if (codeFiles.has(file.rel) || !inModelFolder(file.rel, folders)) continue;
    let reason;
    if (SCRIPT_EXT.test(file.rel)) reason = `a ${posix.extname(file.rel)} script`;
    else {
      try {
        const head = await ctx.readHead(file, 2);
        if (head.toString("latin1") === "#!") reason = "a script (#! line)";
        else if ((file.mode & 73) !== 0) reason = "executable (mode bits)";
      } catch {
        continue;
      }
    }
    if (reason) {
      ctx.report(
        finding(STRAY_SCRIPT, {
          path: file.display,
          message: `${reason} in the model folder`,
          evidence: { file: file.rel }
        })
      );
    }
  }
}
var REMOTE_CODE_ANALYZER = { id: "remote-code", analyze };

// src/repo/shard-index.ts
var shard_index_exports = {};
__export(shard_index_exports, {
  SHARD_INDEX_ANALYZER: () => SHARD_INDEX_ANALYZER,
  SHARD_INDEX_INVALID: () => SHARD_INDEX_INVALID,
  SHARD_MISSING: () => SHARD_MISSING,
  SHARD_PATH_ESCAPE: () => SHARD_PATH_ESCAPE,
  SHARD_SIZE_MISMATCH: () => SHARD_SIZE_MISMATCH,
  SHARD_TENSOR_MISSING: () => SHARD_TENSOR_MISSING,
  SHARD_TENSOR_UNLISTED: () => SHARD_TENSOR_UNLISTED
});
var tags = ["integrity", "shards"];
var SHARD_INDEX_INVALID = defineRule({
  id: "repo/shard-index-invalid",
  severity: "high",
  title: "Sharded checkpoint index is malformed",
  tags,
  explain: `The shard index (*.index.json) is not strict JSON, has no "weight_map" object, maps a
tensor to something other than a file name, or names a tensor twice (parsers disagree on which
entry wins, so two tools load different shards). Loaders then fail or load other weights than the
publisher's. Fix: re-export the checkpoint (save_pretrained) or re-download it.`
});
var SHARD_PATH_ESCAPE = defineRule({
  id: "repo/shard-path-escape",
  severity: "high",
  title: "Shard index names a file outside the model folder",
  tags: [...tags, "filesystem"],
  explain: `A weight_map entry is an absolute path, contains "..", or uses backslashes. Loaders join it
to the model folder, so it makes them read a file elsewhere on the machine (another model's pickle,
a file an attacker placed in /tmp). Fix: shard names must be plain file names next to the index.`
});
var SHARD_MISSING = defineRule({
  id: "repo/shard-missing",
  severity: "high",
  title: "Shard named by the index is missing",
  tags,
  explain: `The shard index names a file that is not in the model folder. Loading fails, or a loader
falls back to another weights file (for example a pickle-based pytorch_model.bin) that was never
meant to be used. Fix: download the complete checkpoint.`
});
var SHARD_TENSOR_MISSING = defineRule({
  id: "repo/shard-tensor-missing",
  severity: "high",
  title: "Tensor named by the index is not in its shard",
  tags,
  explain: `The index says a tensor lives in a shard whose safetensors header does not contain it.
The checkpoint was assembled from mismatched files or edited by hand; loaders fail or leave the
tensor uninitialised. Fix: re-download or re-export the checkpoint.`
});
var SHARD_TENSOR_UNLISTED = defineRule({
  id: "repo/shard-tensor-unlisted",
  severity: "low",
  title: "Shard holds tensors the index does not list",
  tags,
  explain: `A shard contains tensors that the index maps nowhere (or maps to another shard). Loaders
that read whole shards still load them, so the index understates what the checkpoint holds. Fix:
re-export the checkpoint so the index and the shards agree.`
});
var SHARD_SIZE_MISMATCH = defineRule({
  id: "repo/shard-size-mismatch",
  severity: "low",
  title: "Index total_size differs from the shards",
  tags,
  explain: `metadata.total_size in the index differs from the sum of the tensor sizes in the
safetensors shards. Harmless for loaders, but a sign that the index and the shards do not come from
the same export.`
});
var MAX_INDEX_BYTES = 64 * 1024 * 1024;
function isPlainName(name) {
  return name.length > 0 && !name.includes("\\") && nameEscapes(name).length === 0 && !name.split("/").includes("");
}
async function readIndex(ctx, index, at) {
  if (index.size > MAX_INDEX_BYTES) {
    ctx.report(
      finding(SHARD_INDEX_INVALID, {
        ...at,
        message: `${index.size} bytes, more than any shard index (limit ${MAX_INDEX_BYTES}); not read`
      })
    );
    return void 0;
  }
  let text;
  try {
    text = await ctx.readText(index, MAX_INDEX_BYTES);
  } catch {
    return void 0;
  }
  const parsed = readJson(text);
  const unreadable = parsed.error ?? parsed.pythonRejects[0];
  if (unreadable) {
    ctx.report(
      finding(SHARD_INDEX_INVALID, {
        ...at,
        offset: unreadable.offset,
        message: `Python's json cannot read it: ${unreadable.message}`
      })
    );
  }
  return parsed;
}
function tensorsByShard(ctx, at, parsed, wm) {
  const dupes = parsed.duplicates.filter((d) => d.where === "weight_map");
  if (dupes.length) {
    ctx.report(
      finding(SHARD_INDEX_INVALID, {
        ...at,
        offset: dupes[0].offset,
        message: `the index maps ${dupes.length} tensor(s) more than once (first: "${dupes[0].key}")`,
        evidence: { tensors: dupes.slice(0, 20).map((d) => d.key) }
      })
    );
  }
  const byShard = /* @__PURE__ */ new Map();
  for (const e of wm.entries) {
    if (e.value.t !== "string") {
      ctx.report(
        finding(SHARD_INDEX_INVALID, {
          ...at,
          offset: e.offset,
          message: `weight_map "${e.key}" is a JSON ${e.value.t}, not a file name`
        })
      );
      continue;
    }
    const set = byShard.get(e.value.value) ?? /* @__PURE__ */ new Set();
    byShard.set(e.value.value, set);
    set.add(e.key);
  }
  return byShard;
}
async function shardHeader(ctx, file) {
  const src = ctx.openSource ? ctx.openSource(file) : await FileSource.open(file.fsPath, file.display).catch(() => void 0);
  if (!src) return null;
  try {
    return (await (await loadSafetensorsAnalysis()).readSafetensors(src)).header;
  } catch {
    return void 0;
  } finally {
    if (src instanceof FileSource) await src.close();
  }
}
function compareTensors(ctx, at, index, file, shard, tensors, header) {
  const inShard = new Set(header.tensors.map((t) => t.name));
  const missing = [...tensors].filter((t) => !inShard.has(t));
  if (missing.length) {
    ctx.report(
      finding(SHARD_TENSOR_MISSING, {
        ...at,
        message: `the index places ${missing.length} tensor(s) in ${shard} that it does not hold (first: "${missing[0]}")`,
        evidence: { shard, tensors: missing.slice(0, 20) }
      })
    );
  }
  const unlisted = [...inShard].filter((t) => !tensors.has(t));
  if (unlisted.length) {
    ctx.report(
      finding(SHARD_TENSOR_UNLISTED, {
        path: file.display,
        message: `${shard} holds ${unlisted.length} tensor(s) the index does not place there (first: "${unlisted[0]}")`,
        evidence: { index: index.rel, tensors: unlisted.slice(0, 20) }
      })
    );
  }
}
async function checkShard(ctx, at, index, byRel, shard, tensors) {
  if (!isPlainName(shard)) {
    ctx.report(
      finding(SHARD_PATH_ESCAPE, {
        ...at,
        message: `the index places ${tensors.size} tensor(s) in "${shard}", outside the model folder`,
        evidence: { shard }
      })
    );
    return void 0;
  }
  const dir = posix.dirname(index.rel);
  const file = byRel.get(posix.normalize(dir === "." ? shard : `${dir}/${shard}`));
  if (!file) {
    ctx.report(
      finding(SHARD_MISSING, {
        ...at,
        message: `the index names ${shard} (${tensors.size} tensors), which is not in the folder`,
        evidence: { shard, tensors: tensors.size }
      })
    );
    return void 0;
  }
  if (!shard.endsWith(".safetensors")) return void 0;
  const header = await shardHeader(ctx, file);
  if (header === null) return 0n;
  if (!header) return void 0;
  compareTensors(ctx, at, index, file, shard, tensors, header);
  let total = 0n;
  for (const t of header.tensors) total += t.end - t.start;
  return total;
}
async function checkIndex(ctx, index, byRel) {
  const at = { path: index.display };
  const parsed = await readIndex(ctx, index, at);
  if (!parsed) return;
  const wm = parsed.value?.t === "object" ? jsonGet(parsed.value, "weight_map") : void 0;
  if (wm?.t !== "object") {
    if (!parsed.error) ctx.report(finding(SHARD_INDEX_INVALID, { ...at, message: `no "weight_map" object` }));
    return;
  }
  let total = 0n;
  for (const [shard, tensors] of tensorsByShard(ctx, at, parsed, wm)) {
    const bytes = await checkShard(ctx, at, index, byRel, shard, tensors);
    total = bytes === void 0 || total === void 0 ? void 0 : total + bytes;
  }
  const meta = jsonGet(parsed.value, "metadata");
  const declared = meta?.t === "object" ? jsonUint(jsonGet(meta, "total_size")) : void 0;
  if (total !== void 0 && declared !== void 0 && declared !== total) {
    ctx.report(
      finding(SHARD_SIZE_MISMATCH, {
        ...at,
        message: `the index declares total_size ${declared} but the shards hold ${total} tensor bytes`,
        evidence: { declared: declared.toString(), actual: total.toString() }
      })
    );
  }
}
function checkGgufSplits(ctx, byRel) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of ctx.files) {
    const m = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/.exec(f.rel);
    if (!m) continue;
    const key = `${m[1]}\0${m[3]}`;
    if (!groups.has(key)) groups.set(key, { count: Number(m[3]), first: f, prefix: m[1] });
  }
  for (const g of groups.values()) {
    const missing = [];
    for (let i = 1; i <= g.count && missing.length < 20; i++) {
      const rel = `${g.prefix}-${String(i).padStart(5, "0")}-of-${String(g.count).padStart(5, "0")}.gguf`;
      if (!byRel.has(rel)) missing.push(posix.basename(rel));
    }
    if (missing.length) {
      ctx.report(
        finding(SHARD_MISSING, {
          path: g.first.display,
          message: `split GGUF ${posix.basename(g.prefix)} has ${g.count} parts but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing`,
          evidence: { parts: g.count, missing }
        })
      );
    }
  }
}
var SHARD_INDEX_ANALYZER = {
  id: "shard-index",
  async analyze(ctx) {
    const byRel = new Map(ctx.files.map((f) => [f.rel, f]));
    for (const f of ctx.files) {
      if (f.rel.endsWith(".index.json")) await checkIndex(ctx, f, byRel);
    }
    checkGgufSplits(ctx, byRel);
  }
};
var toPosix2 = (p) => sep === "/" ? p : p.split(sep).join("/");
var isDir2 = async (p) => (await lstat(p).catch(() => void 0))?.isDirectory() ?? false;
async function findEnclosingStore(path) {
  const real = await realpath(resolve(path)).catch(() => void 0);
  if (real === void 0) return void 0;
  for (let dir = await isDir2(real) ? real : dirname(real); ; dir = dirname(dir)) {
    if (await isHfCacheRepo(dir)) return { kind: "hf-cache", root: dir };
    if (await isOllamaStore(dir)) return { kind: "ollama", root: dir };
    if (dirname(dir) === dir) return void 0;
  }
}
async function storesBelow(target) {
  const candidates = /* @__PURE__ */ new Map();
  for (const f of target.files) {
    const parts = f.rel.split("/");
    for (let i = 0; i + 1 < parts.length; i++) {
      const next = parts[i + 1];
      if (HF_REPO_DIR.test(parts[i]) && (next === "blobs" || next === "snapshots"))
        candidates.set(parts.slice(0, i + 1).join("/"), "hf-cache");
      else if (i > 0 && (parts[i] === "blobs" || parts[i] === "manifests"))
        candidates.set(parts.slice(0, i).join("/"), "ollama");
    }
  }
  const found = [];
  for (const [prefix, kind] of [...candidates].sort(([a], [b]) => a < b ? -1 : 1)) {
    const abs = join$1(target.root, prefix);
    const ok = kind === "hf-cache" ? await isHfCacheRepo(abs) : await isOllamaStore(abs);
    if (!ok) continue;
    const root = await realpath(abs).catch(() => abs);
    found.push({ kind, root, prefix, display: displayPathOf(displayBaseOf(target.input), prefix) });
  }
  return found;
}
async function storesOf(target, enclosing) {
  const stores = [];
  const inside = enclosing ? relativeInside(enclosing.root, target.root) : void 0;
  if (enclosing && inside !== void 0) {
    const rel = toPosix2(inside);
    stores.push({
      ...enclosing,
      inside: rel,
      display: rel === "" ? displayBaseOf(target.input) : enclosing.root
    });
  }
  if (target.isDirectory && (inside === void 0 || inside === ""))
    append(stores, await storesBelow(target));
  return stores;
}
function pathInStore(store, file) {
  if (store.inside !== void 0) return store.inside === "" ? file.rel : posix.join(store.inside, file.rel);
  const p = `${store.prefix}/`;
  return file.rel.startsWith(p) ? file.rel.slice(p.length) : void 0;
}
function annotateHf(store, files) {
  const blobsDir = join$1(store.root, "blobs");
  for (const f of files) {
    const p = pathInStore(store, f);
    if (p === void 0) continue;
    const snapshot = /^snapshots\/[^/]+\/(.+)$/.exec(p);
    let name;
    if (/^blobs\/[^/]+$/.test(p)) name = p.slice("blobs/".length);
    else if (snapshot && f.symlinkTarget !== void 0 && typeof f.fsPath === "string" && dirname(f.fsPath) === blobsDir)
      name = basename(f.fsPath);
    const algorithm = name === void 0 ? void 0 : blobAlgorithm(name);
    if (name === void 0 || algorithm === void 0) continue;
    f.store = {
      store: "hf-cache",
      root: store.root,
      algorithm,
      digest: name,
      label: snapshot?.[1] ?? p,
      display: f.display
    };
  }
}
function ollamaLabels(models) {
  const labels = /* @__PURE__ */ new Map();
  for (const m of [...models].sort((a, b) => a.label < b.label ? -1 : 1)) {
    for (const l of m.layers) {
      const kind = layerKind(l.mediaType);
      const hex = l.digest.slice("sha256:".length);
      if (!labels.has(hex)) labels.set(hex, kind === "model" ? m.label : `${m.label}/${kind}`);
    }
  }
  return labels;
}
async function annotateOllama(store, target) {
  const { models } = await readOllamaManifests(store.root);
  const labels = ollamaLabels(models);
  const named = (hex, fallback) => {
    const label2 = labels.get(hex);
    return { label: label2 ?? fallback, display: label2 ? `${store.display}/${label2}` : fallback };
  };
  const manifests = /* @__PURE__ */ new Set();
  const present = new Set(target.files.map((f) => pathKey(f.fsPath)));
  for (const f of target.files) {
    const p = pathInStore(store, f);
    if (p?.startsWith("manifests/")) manifests.add(p);
    const m = p === void 0 ? null : /^blobs\/sha256-([0-9a-f]{64})$/.exec(p);
    if (!m) continue;
    f.store = {
      store: "ollama",
      root: store.root,
      algorithm: "sha256",
      digest: m[1],
      ...named(m[1], f.display)
    };
  }
  for (const model of models.filter((m) => manifests.has(m.manifest))) {
    for (const l of model.layers) {
      const abs = blobPath(store.root, l.digest);
      if (present.has(abs)) continue;
      const st = await stat(abs).catch(() => void 0);
      if (!st?.isFile()) continue;
      present.add(abs);
      const hex = l.digest.slice("sha256:".length);
      const rel = toPosix2(relative(target.root, abs));
      const display = `${store.display}/blobs/sha256-${hex}`;
      target.files.push({
        rel,
        relBytes: Buffer.from(rel),
        display,
        fsPath: abs,
        size: st.size,
        mode: st.mode,
        store: {
          store: "ollama",
          root: store.root,
          algorithm: "sha256",
          digest: hex,
          ...named(hex, display)
        }
      });
    }
  }
  target.files.sort((a, b) => Buffer.compare(a.relBytes, b.relBytes));
}
async function annotateStores(target, enclosing) {
  for (const store of await storesOf(target, enclosing)) {
    if (store.kind === "hf-cache") annotateHf(store, target.files);
    else await annotateOllama(store, target);
  }
}
function subsetChecks(target, files, store) {
  const checks = [];
  for (const f of target.files) {
    if (!f.store || f.store.root !== store.root) continue;
    const known = files.get(f.rel)?.digests?.[f.store.algorithm];
    checks.push({
      path: String(f.fsPath),
      display: f.display,
      algorithm: f.store.algorithm,
      expected: f.store.digest,
      knownDigest: known
    });
  }
  return checks;
}
async function verifySubset(target, files, store, base) {
  const findings = [];
  const checks = subsetChecks(target, files, store);
  const source = store.kind === "hf-cache" ? `${basename(store.root)} (Hugging Face cache)` : `Ollama store ${store.root}`;
  const hashed = await verifyBlobDigests(checks, source, base);
  append(findings, hashed.findings);
  let problems = hashed.mismatched;
  if (store.kind === "ollama") {
    const { models } = await readOllamaManifests(store.root);
    const inTarget = new Set(target.files.map((f) => pathInStore(store, f)));
    const named = models.filter((m) => inTarget.has(m.manifest));
    const layers = await checkLayers(store.root, named, (rel) => join$1(store.root, rel), findings);
    problems += layers.missing;
  } else {
    problems += strayHfEntries(target, store, findings);
  }
  const display = displayBaseOf(target.input);
  const what = store.kind === "hf-cache" ? "the blobs they link to" : "their digests";
  const verification = {
    kind: store.kind,
    source: display,
    ok: problems === 0,
    message: problems === 0 ? `${display}: ${hashed.checked} file(s) match ${what} in ${store.root}` : `${display}: ${problems} file(s) do not match ${what} or are missing`,
    details: { store: store.root, checked: hashed.checked, mismatched: hashed.mismatched, problems }
  };
  return { verifications: [verification], findings: capFindings(findings) };
}
function strayHfEntries(target, store, findings) {
  let stray = 0;
  for (const f of target.files) {
    if (f.store || !pathInStore(store, f)?.startsWith("snapshots/")) continue;
    stray++;
    const what = f.symlinkTarget !== void 0 ? `links to ${f.symlinkTarget}, which is not a blob of this repository` : f.viaLink !== void 0 ? `is reached through the folder link ${f.viaLink} (huggingface_hub links files, not folders)` : "is a copy, not a link into blobs/: its digest is not checked";
    findings.push(
      finding(DANGLING_LINK, {
        path: f.display,
        message: `${f.display} ${what}`,
        evidence: f.symlinkTarget !== void 0 ? { link: f.symlinkTarget } : void 0
      })
    );
  }
  return stray;
}
async function verifyStores(target, files, base) {
  const outcome = { verifications: [], findings: [], references: [] };
  const stores = await storesOf(target, await findEnclosingStore(target.root));
  for (const store of stores) {
    const under = (rel) => store.prefix ? `${store.prefix}/${rel}` : rel;
    const known = (rel) => files.get(under(rel))?.digests;
    const options = { ...base, display: store.display, knownSha256: (rel) => known(rel)?.sha256 };
    const out = store.inside !== void 0 && store.inside !== "" ? await verifySubset(target, files, store, base) : store.kind === "hf-cache" ? await verifyHfCache(store.root, { ...options, knownDigest: (rel, alg) => known(rel)?.[alg] }) : await verifyOllama(store.root, options);
    append(outcome.verifications, out.verifications);
    append(outcome.findings, out.findings);
    if (out.references?.length) append(outcome.references ?? [], out.references);
  }
  return { outcome, insideStore: stores.some((s) => s.inside !== void 0) };
}

// src/verify/scan-verifier.ts
function trustOptionsOf(s) {
  switch (s.kind) {
    case "sigstore":
      return { method: "sigstore", identity: s.identity, issuer: s.issuer };
    case "key":
      return { method: "key", key: s.keyPath };
    case "certificate-chain":
      return { method: "certificate", certificateChain: [...s.chainPaths] };
  }
}
function signersOf(options) {
  return [...options.policy?.verification.signers ?? [], ...options.verify?.signers ?? []].map(
    trustOptionsOf
  );
}
var SCAN_VERIFIER = {
  id: "verify/sidecars-and-stores",
  async verify(ctx) {
    const digestCache = ctx.options.digestCache;
    const pool = digestCache ? new HashPool(ctx.options.jobs ?? defaultJobs(), { inline: true, digestCache }) : void 0;
    try {
      return await verifyTarget(ctx, pool);
    } catch (err) {
      const message = `${ctx.target.input}: verification could not run: ${describeError(err)}`;
      return {
        verifications: [{ kind: "verify", source: ctx.target.input, ok: false, message }],
        findings: [finding(INVALID_MANIFEST, { path: ctx.target.input, message })]
      };
    } finally {
      await pool?.close();
    }
  }
};
async function verifyTarget({ target, files, options }, pool) {
  const single = target.isDirectory ? void 0 : target.files[0]?.rel;
  const known = (rel) => files.get(rel === "." && single !== void 0 ? single : rel)?.digests?.sha256;
  const { lock, signature, ignorePaths } = options.verify ?? {};
  const signers = signersOf(options);
  const base = {
    display: target.input,
    knownSha256: known,
    confineSymlinks: true,
    pool,
    jobs: options.jobs,
    ignorePaths: ignorePaths ? [...ignorePaths] : void 0
  };
  if (lock !== void 0 || signature !== void 0) {
    const out = {
      verifications: [],
      findings: []
    };
    const add = (o) => {
      out.verifications.push(o.verification);
      out.findings.push(...o.findings);
    };
    if (lock !== void 0) add(await verifyLock(target.path, lock, base));
    if (signature !== void 0) {
      if (!signers.length) {
        out.verifications.push({
          kind: "signature",
          source: signature,
          ok: false,
          message: `${signature}: no signer given to verify it with`
        });
      } else add(await verifySignatureAny(target.path, signature, signers, base));
    }
    return out;
  }
  const stores = await verifyStores(target, files, base);
  if (stores.insideStore) return stores.outcome;
  const { verifications, findings } = await verifySidecars(target.path, {
    ...base,
    trust: signers.length ? signers : void 0
  });
  return {
    verifications: [...stores.outcome.verifications, ...verifications],
    findings: [...stores.outcome.findings, ...findings],
    references: stores.outcome.references?.length ? stores.outcome.references : void 0
  };
}

// src/builtins.ts
var ANALYZERS = [
  OPAQUE_ARCHIVE_ANALYZER,
  NATIVE_EXECUTABLE_ANALYZER,
  SAFETENSORS_ANALYZER,
  CHAT_TEMPLATE_ANALYZER,
  GGUF_ANALYZER,
  UNKNOWN_BINARY_ANALYZER,
  LFS_POINTER_ANALYZER,
  PINS_MEMBER_ANALYZER,
  ONNX_ANALYZER,
  SENTENCEPIECE_ANALYZER,
  KERAS_H5_ANALYZER,
  KERAS_H5_POLYGLOT_ANALYZER,
  KERAS_JSON_ANALYZER,
  KERAS_ZIP_ANALYZER,
  HYDRA_CONFIG_ANALYZER,
  TENSORFLOW_ANALYZER,
  KERAS_METADATA_ANALYZER,
  TENSORFLOW_TEXT_ANALYZER,
  COMPRESSED_STREAM_ANALYZER,
  ZIP_ANALYZER,
  ZIP_POLYGLOT_ANALYZER,
  TAR_ANALYZER,
  SEVENZIP_ANALYZER,
  JOBLIB_ZLIB_ANALYZER,
  PICKLE_POLYGLOT_ANALYZER,
  PICKLE_ANALYZER,
  NUMPY_ANALYZER
];
var TREE_ANALYZERS = [
  PINS_TREE_ANALYZER,
  REMOTE_CODE_ANALYZER,
  SHARD_INDEX_ANALYZER
];
var SNIFFERS = [
  ...CORE_SNIFFERS,
  SAFETENSORS_SNIFFER,
  GGUF_SNIFFER,
  ONNX_SNIFFER,
  SENTENCEPIECE_SNIFFER,
  SAVED_MODEL_SNIFFER,
  TF_DATA_SNIFFER,
  TF_DATA_NAME_SNIFFER,
  KERAS_METADATA_SNIFFER,
  GRAPHDEF_SNIFFER,
  LZMA_ALONE_SNIFFER,
  TORCH_PICKLE_NAME_SNIFFER,
  TAR_SNIFFER,
  JOBLIB_ZLIB_SNIFFER,
  PICKLE_SNIFFER
];
var VERIFIERS = [SCAN_VERIFIER];
function isRule(value) {
  if (typeof value !== "object" || value === null) return false;
  const r = value;
  return typeof r.id === "string" && typeof r.severity === "string" && typeof r.title === "string" && typeof r.explain === "string";
}
var rulesOf = (module) => Object.values(module).filter(isRule);
var RULE_MODULES = [
  opaque_exports,
  safetensors_exports,
  rules_exports$1,
  gguf_exports,
  unknown_exports,
  lfs_pointer_exports,
  rules_exports$2,
  onnx_exports,
  sentencepiece_exports,
  keras_exports,
  hydra_exports,
  tensorflow_exports,
  archive_rules_exports,
  rules_exports,
  tar_exports,
  pickle_exports,
  numpy_exports,
  remote_code_exports,
  shard_index_exports,
  verify_path_exports,
  manifest_blobs_exports,
  manifest_check_exports
];
var BUILTIN_PARTS = Object.freeze({
  analyzers: ANALYZERS,
  treeAnalyzers: TREE_ANALYZERS,
  sniffers: SNIFFERS,
  verifiers: VERIFIERS,
  rules: RULE_MODULES.flatMap(rulesOf)
});
var DEFAULT_SCANNER = createScanner(BUILTIN_PARTS);
function defaultScanner() {
  return DEFAULT_SCANNER;
}
function allRules() {
  return DEFAULT_SCANNER.rules;
}
function getRule(id) {
  return DEFAULT_SCANNER.rule(id);
}

// src/policy/apply.ts
var import_picomatch = __toESM(require_picomatch2());
var ALWAYS_ALLOWED_KINDS = ["empty", "text", "json", "image", "lfs-pointer"];
function isSignatureVerification(kind) {
  return kind === "signature";
}
function isLockVerification(kind) {
  return kind === "lock";
}
function sourceRefusal(policy, src) {
  const hubs = Object.keys(policy.sources);
  if (hubs.length === 0) return void 0;
  const list = policy.sources[src.hub];
  if (!list) {
    return `the policy's sources list no ${src.hub} entries (allowed hubs: ${hubs.join(", ")}), and a hub it does not list is not allowed`;
  }
  if (list.includes("*")) return void 0;
  const entries = list.map((e) => e.toLowerCase());
  const owner = src.owner.toLowerCase();
  const repo = repoOf(src).toLowerCase();
  if (entries.includes(repo) || owner !== "" && entries.includes(owner)) return void 0;
  const what = src.hub === "url" ? `host ${src.owner}` : owner === "" ? `${src.name} (a name without an owner)` : repoOf(src);
  return `${what} is not in sources.${src.hub} (${list.join(", ")})`;
}
function sourceOfFinding(f) {
  const s = f.evidence?.source;
  return isModelSource(s) ? s : void 0;
}
function relativeToTarget(path, targets) {
  let best;
  for (const t of targets) {
    const base = t.input.replace(/\\/g, "/").replace(/\/+$/, "") || "/";
    let rel;
    if (!t.isDirectory) {
      if (path === base) rel = base.split("/").at(-1) ?? base;
    } else if (base === ".") {
      if (!path.startsWith("../") && !path.startsWith("/")) rel = path.replace(/^\.\//, "");
    } else if (path.startsWith(`${base}/`)) {
      rel = path.slice(base.length + 1);
    }
    if (rel !== void 0 && (!best || base.length > best.base.length)) best = { base, rel };
  }
  return best ? best.rel : path;
}
function isExpired(expires, now) {
  if (!expires) return false;
  const end = Date.parse(`${expires}T23:59:59.999Z`);
  return Number.isFinite(end) && now.getTime() > end;
}
function looseningKeys(policy, rules = getRule) {
  const keys = [];
  if (policy.failOn && severityRank(policy.failOn) > severityRank("high")) keys.push("failOn");
  for (const [id, level] of Object.entries(policy.rules)) {
    const def = rules(id);
    if (level === "off" || def && severityRank(level) < severityRank(def.severity))
      keys.push(`rules.${id}`);
  }
  if (policy.pickle.allow.length || policy.pickle.forced.length) keys.push("pickle.allow");
  if (policy.verification.signers.length) keys.push("verification.signers");
  if (policy.ignore.length) keys.push("ignore");
  if (policy.digestCache !== void 0) keys.push("digestCache");
  return keys;
}
function trustedPart(policy, rules = getRule) {
  if (policy.origin !== "scanned-folder") return policy;
  const refused = looseningKeys(policy, rules);
  return refused.length ? withoutLoosening(policy, refused) : policy;
}
function withoutLoosening(policy, refused) {
  const rules = { ...policy.rules };
  for (const k of refused) if (k.startsWith("rules.")) delete rules[k.slice(6)];
  const { failOn, digestCache: _refused, ...rest } = policy;
  return {
    ...rest,
    failOn: failOn && !refused.includes("failOn") ? failOn : void 0,
    rules,
    pickle: { allow: [], forced: [] },
    verification: { ...policy.verification, signers: [] },
    ignore: []
  };
}
function formatViolations(report, policy) {
  const { allow, deny } = policy.formats;
  if (!allow && !deny) return [];
  const out = [];
  for (const file of report.files) {
    const kinds = [file.kind, ...file.contains ?? []];
    const bad = [...new Set(kinds)].filter(
      (k) => deny?.includes(k) ? true : allow ? !allow.includes(k) && !ALWAYS_ALLOWED_KINDS.includes(k) : false
    );
    if (!bad.length) continue;
    const inside = bad.filter((k) => k !== file.kind);
    const what = [
      ...bad.includes(file.kind) ? [`is ${file.kind}`] : [],
      ...inside.length ? [`contains ${inside.join(", ")}`] : []
    ].join(" and ");
    const rule = bad.some((k) => deny?.includes(k)) ? `denied by policy (deny: ${deny.join(", ")})` : `not allowed by policy (allow: ${allow.join(", ")})`;
    out.push(
      finding(FORMAT_NOT_ALLOWED, {
        path: file.path,
        message: `${file.path.split("/").at(-1)} ${what}: ${rule}`,
        evidence: { kinds: bad, allow, deny }
      })
    );
  }
  return out;
}
function allReferences(report) {
  const refs = [...report.modelReferences ?? []];
  const sourceKey = (path, s) => `${path}\0${s.hub}\0${s.owner}\0${s.name}`;
  const listed = new Set(refs.map((r) => sourceKey(r.path, r.source)));
  for (const f of report.findings) {
    const source = sourceOfFinding(f);
    if (!source || listed.has(sourceKey(f.path, source))) continue;
    refs.push({ source, pinned: false, path: f.path, line: f.line, column: f.column, via: f.rule });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const p of [...report.targets.map((t) => t.input), ...report.files.map((f) => f.path)]) {
    const segs = p.replace(/\\/g, "/").split("/");
    const i = segs.findIndex((s) => /^(?:models|datasets|spaces)--.+/.test(s));
    if (i < 0) continue;
    const folder = segs.slice(0, i + 1).join("/");
    const source = hfCacheSource(segs[i]);
    if (!source || seen.has(folder)) continue;
    seen.add(folder);
    refs.push({ source, pinned: true, path: folder, via: "hf-cache" });
  }
  return refs;
}
function sourceViolations(report, policy) {
  if (Object.keys(policy.sources).length === 0) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const ref of allReferences(report)) {
    const why = sourceRefusal(policy, ref.source);
    if (!why) continue;
    const s = ref.source;
    const key = `${ref.path}\0${ref.line ?? ""}\0${s.hub}\0${s.owner}\0${s.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      finding(SOURCE_NOT_ALLOWED, {
        path: ref.path,
        line: ref.line,
        column: ref.column,
        message: `${s.hub} ${s.hub === "url" ? "download" : "model"} ${formatModelSource(s)} is not from an allowed source: ${why}`,
        evidence: { source: s, pinned: ref.pinned, via: ref.via }
      })
    );
  }
  return out;
}
function verificationViolations(report, policy) {
  const req = policy.verification.require;
  if (req === "none") return [];
  const counts = (kind) => req !== "lock" && isSignatureVerification(kind) || req !== "signature" && isLockVerification(kind);
  const what = req === "signature-or-lock" ? "a signature or a lock" : `a ${req}`;
  const out = [];
  for (const t of report.targets) {
    const base = t.input.replace(/\/+$/, "");
    const mine = report.verifications.filter(
      (v) => report.targets.length === 1 || v.source === base || v.source.startsWith(`${base}/`) || base === "."
    );
    if (mine.some((v) => v.ok && counts(v.kind))) continue;
    out.push(
      finding(VERIFICATION_REQUIRED, {
        path: t.input,
        message: `the policy requires ${what} that verifies, and none did for ${t.input}`,
        evidence: { require: req }
      })
    );
  }
  return out;
}
function compileIgnores(policy, now) {
  return policy.ignore.map((entry) => ({
    entry,
    expired: isExpired(entry.expires, now),
    match: (0, import_picomatch.default)(entry.path, { dot: true }),
    matched: 0
  }));
}
var at = (position) => position ? { line: position.line, column: position.column } : {};
function policyFindings(report, policy, effective, refused, ignores) {
  const added = [
    ...formatViolations(report, effective),
    ...sourceViolations(report, effective),
    ...verificationViolations(report, effective)
  ];
  if (refused.length) {
    added.push(
      finding(UNTRUSTED_POLICY, {
        path: policy.source,
        message: `${policy.source} was found inside the scanned folder and loosens checks (${refused.join(", ")}); those parts were not applied (pass it with --policy if you trust it)`,
        evidence: { refused }
      })
    );
  }
  for (const ig of ignores) {
    if (!ig.expired) continue;
    added.push(
      finding(IGNORE_EXPIRED, {
        path: policy.source,
        ...at(ig.entry.position),
        message: `ignore of ${ig.entry.rule} for ${ig.entry.path} expired on ${ig.entry.expires} (reason was: ${ig.entry.reason}); its findings count again`,
        evidence: { rule: ig.entry.rule, path: ig.entry.path, expires: ig.entry.expires }
      })
    );
  }
  return added;
}
function unusedIgnores(policy, ignores) {
  return ignores.filter((ig) => !ig.expired && ig.matched === 0).map(
    (ig) => finding(UNUSED_IGNORE, {
      path: policy.source,
      ...at(ig.entry.position),
      message: `ignore of ${ig.entry.rule} for ${ig.entry.path} matched no finding in this scan; remove it or correct the rule or glob`,
      evidence: {
        rule: ig.entry.rule,
        path: ig.entry.path,
        expires: ig.entry.expires
      }
    })
  );
}
function suppress(input, effective, ignores, report, source) {
  const findings = [];
  const suppressed = [];
  for (const original of input) {
    const level = effective.rules[original.rule];
    if (level === "off") {
      suppressed.push({
        ...original,
        suppression: { kind: "rule-off", reason: `rule ${original.rule} is off in the policy`, source }
      });
      continue;
    }
    const f = level ? { ...original, severity: level } : original;
    const forced = original.rule.startsWith("pickle/") ? effective.pickle.forced.find((g) => g.global === f.evidence?.global || g.global === f.evidence?.name) : void 0;
    if (forced) {
      suppressed.push({
        ...f,
        suppression: {
          kind: "forced-global",
          reason: forced.reason,
          source,
          line: forced.position?.line
        }
      });
      continue;
    }
    const ig = matchingIgnore(f, ignores, report);
    if (ig) {
      ig.matched++;
      suppressed.push({
        ...f,
        suppression: {
          kind: "ignore",
          reason: ig.entry.reason,
          source,
          line: ig.entry.position?.line,
          expires: ig.entry.expires
        }
      });
      continue;
    }
    findings.push(f);
  }
  return { findings, suppressed };
}
function matchingIgnore(f, ignores, report) {
  if (ignores.length === 0) return void 0;
  const rel = relativeToTarget(f.path, report.targets);
  return ignores.find(
    (i) => !i.expired && (i.entry.rule === f.rule || i.entry.rule.endsWith("/*") && f.rule.startsWith(i.entry.rule.slice(0, -1))) && i.match(rel)
  );
}
function applyPolicy(report, policy, options = {}) {
  if (policy.invalid) return applyInvalidPolicy(report, policy, options);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const refused = policy.origin === "scanned-folder" ? looseningKeys(policy, options.rules) : [];
  const effective = refused.length ? withoutLoosening(policy, refused) : policy;
  const ignores = compileIgnores(effective, now);
  const added = policyFindings(report, policy, effective, refused, ignores);
  const main = suppress([...report.findings, ...added], effective, ignores, report, policy.source);
  const late = suppress(unusedIgnores(policy, ignores), effective, [], report, policy.source);
  const policyReport = {
    source: policy.source,
    origin: policy.origin,
    refused: refused.length ? refused : void 0,
    ignores: ignores.map((i) => ({
      rule: i.entry.rule,
      path: i.entry.path,
      reason: i.entry.reason,
      expires: i.entry.expires,
      status: i.expired ? "expired" : "active",
      matched: i.matched
    }))
  };
  const failOn = options.failOn ?? effective.failOn ?? report.failOn;
  return assemble(
    report,
    [...main.findings, ...late.findings],
    [...report.suppressed ?? [], ...main.suppressed, ...late.suppressed],
    policyReport,
    failOn
  );
}
function applyInvalidPolicy(report, policy, options) {
  const errors = policy.invalid?.errors ?? [];
  const first = errors[0];
  const f = finding(INVALID_POLICY, {
    path: policy.source,
    ...first?.line !== void 0 ? { line: first.line, ...first.column !== void 0 ? { column: first.column } : {} } : {},
    message: `${policy.source} was found inside the scanned folder and is not a valid policy (${first ? `${first.path}: ${first.message}` : "unreadable"}${errors.length > 1 ? `; ${errors.length - 1} more` : ""}); none of it was applied`,
    evidence: { errors: errors.slice(0, 20).map((e) => ({ ...e })) }
  });
  const policyReport = { source: policy.source, origin: policy.origin, ignores: [] };
  return assemble(
    report,
    [...report.findings, f],
    [...report.suppressed ?? []],
    policyReport,
    options.failOn ?? report.failOn
  );
}
function assemble(report, findings, suppressed, policy, failOn) {
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const { verdict, reason } = decideVerdict(findings, report.verifications, failOn);
  return {
    ...report,
    failOn,
    findings,
    suppressed,
    policy,
    summary: {
      ...report.summary,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      suppressed: suppressed.length
    },
    verdict,
    reason
  };
}

// src/shard/scan-slice.ts
function sliceReads(plan, shard) {
  if (!shard) return { plan: [...plan], keeps: () => true };
  const mine = plan.filter((c) => inShard(c.hashAs.display, shard));
  const keys = new Set(mine.map((c) => c.key));
  return { plan: mine, keeps: (f) => keys.has(pathKey(f.fsPath)) };
}

// src/shard/target-checks.ts
var MAX_ROUNDS = 8;
var AskedFiles = class extends Map {
  missed = /* @__PURE__ */ new Set();
  get(rel) {
    const r = super.get(rel);
    if (!r?.digests) this.missed.add(rel);
    return r;
  }
};
function algorithmsFor(f, options) {
  const base = [.../* @__PURE__ */ new Set(["sha256", ...options.algorithms ?? []])];
  return f.store && !base.includes(f.store.algorithm) ? [...base, f.store.algorithm] : base;
}
async function hashFiles(files, options, cache) {
  const out = /* @__PURE__ */ new Map();
  if (!files.length) return out;
  const pool = new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length)), {
    digestCache: cache
  });
  try {
    await Promise.all(
      files.map(
        (f) => pool.hash({ path: f.fsPath, displayPath: f.display, algorithms: algorithmsFor(f, options) }).then(
          (r) => {
            out.set(f.rel, { path: f.display, size: r.size, kind: "unknown", digests: r.digests });
          },
          // Left unknown, as on one machine: the shard that owns the file reports why.
          () => {
          }
        )
      )
    );
  } finally {
    await pool.close();
  }
  return out;
}
async function verifyOnShard(verifier, ctx) {
  const cache = ctx.options.digestCache ?? DigestCache.inMemory();
  const options = { ...ctx.options, digestCache: cache };
  const known = new Map(ctx.files);
  const tried = /* @__PURE__ */ new Set();
  for (let round = 1; ; round++) {
    const files = new AskedFiles(known);
    const out = await verifier.verify({ ...ctx, files, options });
    const fresh = [...files.missed].filter((rel) => !tried.has(rel));
    if (!fresh.length || round === MAX_ROUNDS) return out;
    for (const rel of fresh) tried.add(rel);
    const wanted = new Set(fresh);
    const hashed = await hashFiles(
      ctx.target.files.filter((f) => wanted.has(f.rel)),
      options,
      cache
    );
    if (!hashed.size) return out;
    for (const [rel, r] of hashed) known.set(rel, r);
  }
}

// src/scan.ts
var CONTENT_ADDRESSED_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|sha256[-:][0-9a-f]{64})$/;
var baseName = (f) => f.rel.split("/").at(-1) ?? f.rel;
var isAlias = (f) => f.symlinkTarget !== void 0 || f.viaLink !== void 0;
function planReads(all, algorithms = ["sha256"]) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of all) {
    const key = pathKey(f.fsPath);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const base = [.../* @__PURE__ */ new Set(["sha256", ...algorithms])];
  const contents = [];
  for (const [key, g] of groups) {
    const hashAs = g.length === 1 ? g[0] : g.find((f) => !isAlias(f)) ?? g[0];
    const extra = g.flatMap((f) => f.store && !base.includes(f.store.algorithm) ? [f.store.algorithm] : []);
    contents.push({
      key,
      fsPath: hashAs.fsPath,
      size: hashAs.size,
      hashAs,
      analyzeAs: g.length === 1 ? g : analysisNames(g),
      algorithms: extra.length ? [.../* @__PURE__ */ new Set([...base, ...extra])] : base
    });
  }
  return contents;
}
function analysisNames(group) {
  const hasLink = group.some(isAlias);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of [...group].sort((a, b) => Number(isAlias(a)) - Number(isAlias(b)))) {
    const name = baseName(f);
    if (seen.has(name)) continue;
    if (hasLink && !isAlias(f) && CONTENT_ADDRESSED_NAME.test(name)) continue;
    seen.add(name);
    out.push(f);
  }
  return out;
}
async function discoverAll(paths, cwd) {
  const targets = [];
  for (const p of paths) {
    try {
      const store = await findEnclosingStore(cwd === void 0 ? p : resolve(cwd, p));
      const target = await discoverTarget(p, {
        cwd,
        linkRoot: store?.kind === "hf-cache" ? store.root : void 0
      });
      await annotateStores(target, store);
      targets.push(target);
    } catch (err) {
      if (err instanceof ModelvetError) throw err;
      const code = err.code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
      throw new ModelvetError(code, describeError(err, p), { path: p, cause: err });
    }
  }
  return withoutCovered(targets);
}
function withoutCovered(targets) {
  const folderFiles = /* @__PURE__ */ new Map();
  for (const t of targets)
    if (t.isDirectory) folderFiles.set(t, new Set(t.files.map((f) => pathKey(f.fsPath))));
  return targets.filter((t, i) => {
    for (const [other, keys] of folderFiles) {
      if (other === t) continue;
      const sameFolder = t.isDirectory && other.root === t.root && targets.indexOf(other) < i;
      const fileInside = !t.isDirectory && t.files.length === 1 && keys.has(pathKey(t.files[0].fsPath));
      if (sameFolder || fileInside) return false;
    }
    return true;
  });
}
async function scan(paths, options = {}) {
  if (paths.length === 0) throw new ModelvetError("USAGE", "scan needs at least one path");
  const started = monotonicMs();
  if (paths.some(isRemoteUrl)) return withPolicy(options, (opts) => scanRemote(paths, opts, started));
  const targets = await discoverAll(paths, options.cwd);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  if (!policy) return report;
  return applyPolicy(report, policy, applyOptions(options));
}
async function scanResolvedSource(source, options = {}) {
  return withPolicy(options, (opts) => remoteReport(source, opts, monotonicMs()));
}
var applyOptions = (options) => ({
  failOn: options.failOn,
  rules: (options.scanner ?? defaultScanner()).rule
});
async function withPolicy(options, run) {
  const { policy } = options;
  if (!policy) return run(options);
  const trusted = trustedPart(policy, (options.scanner ?? defaultScanner()).rule);
  const pickleAllow = [...options.analyzerOptions?.pickleAllow ?? [], ...trusted.pickle.allow];
  const report = await run({
    ...options,
    policy: trusted,
    analyzerOptions: { ...options.analyzerOptions, pickleAllow }
  });
  return applyPolicy(report, policy, applyOptions(options));
}
async function scanBeforePolicy(targets, options = {}, started = monotonicMs()) {
  const { policy } = options;
  if (!policy) return { report: await scanTargets(targets, options, started) };
  const trusted = trustedPart(policy, (options.scanner ?? defaultScanner()).rule);
  const pickleAllow = [...options.analyzerOptions?.pickleAllow ?? [], ...trusted.pickle.allow];
  const report = await scanTargets(
    targets,
    { ...options, policy: trusted, analyzerOptions: { ...options.analyzerOptions, pickleAllow } },
    started
  );
  return { report, policy };
}
async function scanTargets(targets, options = {}, started = monotonicMs()) {
  const startedAt = new Date(Date.now() - (monotonicMs() - started)).toISOString();
  const all = targets.flatMap((t) => t.files);
  const targetChecks = ownsTargetChecks(options.shard);
  const findings = targetChecks ? targets.flatMap((t) => t.findings) : [];
  const { plan, keeps } = sliceReads(planReads(all, options.algorithms), options.shard);
  const references = [];
  const scanner = options.scanner ?? defaultScanner();
  const results = await readContents(plan, { ...options, scanner }, findings, references);
  const files = fileReports(all.filter(keeps), results);
  if (targetChecks) await runTreeChecks(targets, scanner, options, results.retained, findings, references);
  const verifications = targetChecks ? await verifyTargets(targets, scanner, files, options, findings, references) : [];
  return assembleReport({
    targets,
    files: [...files.values()],
    findings,
    references,
    verifications,
    results,
    options,
    started,
    startedAt
  });
}
function fileReports(all, results) {
  const reports = /* @__PURE__ */ new Map();
  for (const file of all) {
    const r = results.byKey.get(pathKey(file.fsPath));
    reports.set(file, {
      path: file.display,
      size: r?.size ?? file.size,
      kind: r?.kind ?? "unknown",
      contains: r?.memberKinds.length ? r.memberKinds : void 0,
      digests: r?.digests,
      digestsFrom: r?.cached ? "cache" : void 0,
      symlinkTarget: file.symlinkTarget,
      // The exact bytes of a name that is not UTF-8 or holds characters reports escape.
      pathBytes: suspiciousName(file.relBytes) ? file.relBytes.toString("hex") : void 0
    });
  }
  return reports;
}
async function runTreeChecks(targets, scanner, options, retained, findings, references) {
  for (const target of targets) {
    for (const tree of scanner.treeAnalyzers) {
      if (!target.isDirectory && !tree.singleFiles) continue;
      try {
        await tree.analyze({
          root: target.root,
          display: target.input,
          files: target.files,
          options: options.analyzerOptions ?? {},
          report: (f) => findings.push(f),
          reference: (r) => references.push(r),
          readText: (file, limit) => retained.readText(file, limit),
          readHead: (file, n) => retained.readHead(file, n)
        });
      } catch (err) {
        findings.push(
          finding(HASH_ERROR, {
            path: target.input,
            message: `${tree.id}: ${describeError(err, target.input)}`
          })
        );
      }
    }
  }
}
async function verifyTargets(targets, scanner, files, options, findings, references) {
  const verifications = [];
  for (const target of targets) {
    const byRel = /* @__PURE__ */ new Map();
    for (const f of target.files) {
      const r = files.get(f);
      if (r) byRel.set(f.rel, r);
    }
    for (const v of scanner.verifiers) {
      const ctx = { target, files: byRel, options };
      const out = options.shard ? await verifyOnShard(v, ctx) : await v.verify(ctx);
      verifications.push(...out.verifications);
      findings.push(...out.findings);
      for (const r of out.references ?? []) references.push(r);
    }
  }
  return verifications;
}
async function scanRemote(paths, options, started) {
  if (paths.length !== 1)
    throw new ModelvetError("USAGE", "scan one hf:// URL at a time, without local paths beside it");
  const { openRemote } = await loadRemoteSources();
  const source = await openRemote(paths[0], options.remote ?? {});
  return remoteReport(source, options, started);
}
async function remoteReport(source, options, started) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const { scanRemoteSource } = await loadRemoteSources();
  const remote = options.remote ?? {};
  const parts = await scanRemoteSource(source, {
    ...remote,
    scanner: options.scanner ?? defaultScanner(),
    analyzerOptions: options.analyzerOptions
  });
  const report = assembleReport({
    targets: [parts.target],
    files: parts.files,
    findings: parts.findings,
    references: parts.references,
    verifications: [
      {
        kind: "remote-metadata",
        source: `${source.input} @ ${source.commit}`,
        ok: true,
        message: /^ollama:/i.test(source.input) ? `integrity from the registry manifest (${source.commit}, sha256 layer digests); not hashed locally` : `integrity from the Hub's metadata (LFS sha256, git blob ids) at commit ${source.commit}; not hashed locally`
      }
    ],
    results: { byKey: /* @__PURE__ */ new Map(), hashedBytes: 0, retained: new RetainedBytes() },
    options,
    started,
    startedAt
  });
  report.summary.bytes = source.bytesFetched();
  return report;
}
function assembleReport(parts) {
  const { files, findings, verifications } = parts;
  const failOn = parts.options.failOn ?? "high";
  findings.sort(compareFindings);
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const durationMs = monotonicMs() - parts.started;
  const hashedBytes = parts.results.hashedBytes;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "modelvet", version: VERSION },
    startedAt: parts.startedAt,
    durationMs: Math.round(durationMs),
    failOn,
    targets: parts.targets.map((t) => ({ input: t.input, isDirectory: t.isDirectory, skipped: t.skipped })),
    files,
    findings,
    verifications,
    modelReferences: parts.references.length ? sortReferences(parts.references) : void 0,
    summary: {
      files: files.length,
      bytes: hashedBytes,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      throughput: durationMs > 0 ? Math.round(hashedBytes / durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
}

var PARTIAL_FORMAT = "modelvet-partial";
var PARTIAL_VERSION = 1;
var MAX_PARTIAL_BYTES = 512 * 1024 * 1024;
function jsonDigest(value) {
  return nodeCrypto().createHash("sha256").update(JSON.stringify(value)).digest("hex");
}
function refused(message, path) {
  return new ModelvetError("PARTIAL_REFUSED", message, path === void 0 ? void 0 : { path });
}
function positionsOf(all, keeps) {
  const out = [];
  all.forEach((item, i) => {
    if (keeps(item)) out.push(i);
  });
  return out;
}
function partialJson(partial) {
  return `${JSON.stringify(partial, null, 2)}
`;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isHex64 = (v) => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
var isIndex = (v) => Number.isSafeInteger(v) && v >= 0;
var shown = (v) => typeof v === "number" ? String(v) : `a value of type ${typeof v}`;
function baseProblem(doc) {
  if (doc.format !== PARTIAL_FORMAT)
    return `not a modelvet partial result (format is not "${PARTIAL_FORMAT}")`;
  if (doc.version !== PARTIAL_VERSION)
    return `partial format version ${shown(doc.version)} is not ${PARTIAL_VERSION}`;
  if (doc.kind !== "scan" && doc.kind !== "lock") return "kind is neither scan nor lock";
  const shard = doc.shard;
  if (!isObject(shard) || !Number.isSafeInteger(shard.index) || !Number.isSafeInteger(shard.count))
    return "no shard K/N";
  const { index, count } = shard;
  if (index < 1 || index > count || count > MAX_SHARDS$1) return `shard ${index}/${count} is not a slice`;
  if (!isHex64(doc.fileListDigest) || !isHex64(doc.settingsDigest)) return "no file list or settings digest";
  if (!isIndex(doc.total)) return "no total";
  const positions = doc.positions;
  if (!Array.isArray(positions)) return "no positions";
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (!isIndex(p) || p >= doc.total || i > 0 && p <= positions[i - 1])
      return `position ${i} is not an increasing index below ${shown(doc.total)}`;
  }
  return void 0;
}
function policyProblem(p) {
  if (p === void 0) return void 0;
  if (!isObject(p)) return "policy is not an object";
  const ok = typeof p.source === "string" && ["explicit", "working-directory", "scanned-folder"].includes(String(p.origin)) && (p.failOn === void 0 || isSeverity(p.failOn)) && isObject(p.rules) && Object.values(p.rules).every((v) => v === "off" || isSeverity(v)) && isObject(p.formats) && isObject(p.pickle) && Array.isArray(p.pickle.allow) && Array.isArray(p.pickle.forced) && isObject(p.verification) && typeof p.verification.require === "string" && Array.isArray(p.verification.signers) && isObject(p.sources) && Array.isArray(p.ignore) && p.ignore.every(
    (i) => isObject(i) && typeof i.rule === "string" && typeof i.path === "string" && typeof i.reason === "string"
  );
  return ok ? void 0 : "policy does not have the shape of a modelvet policy";
}
function lockProblem(doc) {
  const s = doc.serialization;
  if (typeof doc.modelName !== "string" || !isObject(s)) return "no model name or serialization";
  if (s.method !== "files" && s.method !== "shards" || typeof s.hashType !== "string" || typeof s.allowSymlinks !== "boolean" || !Array.isArray(s.ignorePaths) || !s.ignorePaths.every((x) => typeof x === "string") || s.shardSize !== void 0 && !(Number.isSafeInteger(s.shardSize) && s.shardSize > 0))
    return "serialization is not a model_signing serialization";
  const resources = doc.resources;
  if (!Array.isArray(resources) || resources.length !== doc.positions.length)
    return "resources do not match positions";
  for (const r of resources)
    if (!isObject(r) || typeof r.name !== "string" || typeof r.algorithm !== "string" || !/^[0-9a-f]+$/.test(String(r.digest)))
      return "a resource is not {name, algorithm, digest}";
  return void 0;
}
async function scanProblem(doc) {
  if (doc.failOn !== void 0 && !isSeverity(doc.failOn)) return "failOn is not a severity";
  const policy = policyProblem(doc.policy);
  if (policy) return policy;
  if (!isObject(doc.report)) return "no report";
  const { validateReport } = await loadReportSchema();
  const errors = validateReport(doc.report);
  if (errors) return `its report does not match schemas/report.schema.json (${errors})`;
  if (doc.report.files.length !== doc.positions.length)
    return "report files do not match positions";
  return void 0;
}
async function readPartial(path) {
  let text;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw refused(`${path}: not a regular file`, path);
    if (st.size > MAX_PARTIAL_BYTES) throw refused(`${path}: larger than ${MAX_PARTIAL_BYTES} bytes`, path);
    text = await readFile(path, "utf8");
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    const code = err.code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
    throw new ModelvetError(code, describeError(err, path), { path, cause: err });
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw refused(`${path}: not JSON, so not a modelvet partial result`, path);
  }
  if (!isObject(doc)) throw refused(`${path}: not a modelvet partial result`, path);
  const problem = baseProblem(doc) ?? (doc.kind === "lock" ? lockProblem(doc) : await scanProblem(doc));
  if (problem) throw refused(`${path}: ${problem}`, path);
  return doc;
}

// src/shard/scan-shard.ts
function scanFileListDigest(targets) {
  return jsonDigest(
    targets.map((t) => ({
      input: t.input,
      isDirectory: t.isDirectory,
      skipped: t.skipped,
      files: t.files.map((f) => [f.display, f.size, f.symlinkTarget ?? null])
    }))
  );
}
function scanSettingsDigest(options, policy) {
  return jsonDigest({
    tool: VERSION,
    algorithms: options.algorithms ?? ["sha256"],
    limits: options.limits ?? null,
    analyzerOptions: options.analyzerOptions ?? {},
    // Only when given, so that the digest of a scan without explicit checks stays what it was.
    verify: options.verify,
    failOn: options.failOn ?? null,
    policy: policy ?? null
  });
}
async function scanShard(paths, options) {
  if (paths.length === 0) throw new ModelvetError("USAGE", "scan needs at least one path");
  const started = monotonicMs();
  const targets = await discoverAll(paths, options.cwd);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  const all = targets.flatMap((t) => t.files);
  const positions = positionsOf(all, sliceReads(planReads(all, options.algorithms), options.shard).keeps);
  if (positions.length !== report.files.length)
    throw new ModelvetError("INTERNAL", "shard slice and scanned files disagree");
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: "scan",
    shard: options.shard,
    fileListDigest: scanFileListDigest(targets),
    settingsDigest: scanSettingsDigest(options, policy),
    total: all.length,
    positions,
    failOn: options.failOn,
    policy,
    report
  };
}

// src/shard/merge.ts
function listOf(ns) {
  return ns.length > 8 ? `${ns.slice(0, 8).join(", ")}, \u2026 (${ns.length})` : ns.join(", ");
}
function checkPartials(partials) {
  if (partials.length === 0) throw refused("merge needs the partial results of every shard");
  const first = partials[0];
  for (const p of partials) {
    if (p.kind !== first.kind) throw refused(`cannot merge ${first.kind} and ${p.kind} partials`);
    if (p.shard.count !== first.shard.count)
      throw refused(`partials of ${first.shard.count} and of ${p.shard.count} shards cannot be merged`);
    if (p.settingsDigest !== first.settingsDigest)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} ran with other settings than shard ${first.shard.index}/${first.shard.count} (version, options or policy differ)`
      );
    if (p.fileListDigest !== first.fileListDigest || p.total !== first.total)
      throw refused(
        `shard ${p.shard.index}/${p.shard.count} saw other files than shard ${first.shard.index}/${first.shard.count} (file list digests differ): the partials are not of the same input`
      );
  }
  const count = first.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const p of partials) seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
  if (twice.length) throw refused(`shard ${listOf(twice)} of ${count} given more than once`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw refused(`shard ${listOf(missing)} of ${count} missing`);
  const covered = new Uint8Array(first.total);
  for (const p of partials)
    for (const pos of p.positions) {
      if (covered[pos]) throw refused(`entry ${pos} is in two slices: the partials are not one split`);
      covered[pos] = 1;
    }
  const hole = covered.indexOf(0);
  if (hole >= 0) throw refused(`entry ${hole} is in no slice: the partials are not one split`);
  return [...partials].sort((a, b) => a.shard.index - b.shard.index);
}
function placeAll(partials, entries) {
  const out = new Array(partials[0].total);
  for (const p of partials) {
    const list = entries(p);
    p.positions.forEach((pos, i) => {
      out[pos] = list[i];
    });
  }
  return out;
}
function combineScanReports(partials, failOn) {
  const reports = partials.map((p) => p.report);
  const files = placeAll(partials, (p) => p.report.files);
  const findings = reports.flatMap((r) => r.findings).sort(compareFindings);
  const verifications = reports.flatMap((r) => r.verifications);
  const references = sortReferences(reports.flatMap((r) => r.modelReferences ?? []));
  const bytes = reports.reduce((n, r) => n + r.summary.bytes, 0);
  const startedAt = reports.map((r) => r.startedAt).sort()[0];
  const durationMs = Math.max(...reports.map((r) => r.durationMs));
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const base = reports[0];
  return {
    schemaVersion: base.schemaVersion,
    tool: base.tool,
    startedAt,
    durationMs,
    failOn,
    targets: base.targets,
    files,
    findings,
    verifications,
    modelReferences: references.length ? references : void 0,
    summary: {
      files: files.length,
      bytes,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      throughput: durationMs > 0 ? Math.round(bytes / durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
}
async function mergeScan(partials, options = {}) {
  const sorted = checkPartials(partials);
  const failOn = options.failOn ?? sorted[0].failOn;
  const report = combineScanReports(sorted, failOn ?? "high");
  const policy = sorted[0].policy;
  if (!policy) return report;
  return applyPolicy(report, policy, failOn ? { failOn } : {});
}
function mergeLockResources(partials) {
  const sorted = checkPartials(partials);
  return {
    modelName: sorted[0].modelName,
    serialization: sorted[0].serialization,
    resources: placeAll(sorted, (p) => p.resources)
  };
}

// src/shard/lock-shard.ts
async function lockShard(modelPath, options) {
  const { shard, ...lockOptions } = options;
  const { manifest } = await lockManifest(modelPath, {
    ...lockOptions,
    selectResource: (name) => inShard(name, shard)
  });
  const slice = manifest.slice ?? {
    positions: manifest.resources.map((_, i) => i),
    total: manifest.resources.length
  };
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: "lock",
    shard,
    fileListDigest: jsonDigest({
      modelName: manifest.modelName,
      files: manifest.files.map((f) => [f.rel, f.size, f.symlink])
    }),
    settingsDigest: jsonDigest({ tool: VERSION, serialization: manifest.serialization }),
    total: slice.total,
    positions: slice.positions,
    modelName: manifest.modelName,
    serialization: manifest.serialization,
    resources: manifest.resources.map(({ name, algorithm, digest }) => ({ name, algorithm, digest }))
  };
}
function mergeLockText(partials) {
  const { modelName, serialization, resources } = mergeLockResources(partials);
  return `${statementJson({ modelName, serialization, resources, rootDigest: rootDigestOf(resources) })}
`;
}

// src/shard/merge-files.ts
async function partialFiles(args) {
  const out = [];
  for (const a of args) {
    const st = await stat(a).catch(() => void 0);
    if (!st?.isDirectory()) {
      out.push(a);
      continue;
    }
    const entries = await readdir(a, { recursive: true, withFileTypes: true });
    const found = entries.filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => join$1(e.parentPath, e.name)).sort();
    if (!found.length) throw new ModelvetError("USAGE", `${a}: no partial results (*.json) in this folder`);
    out.push(...found);
  }
  return out;
}
async function mergeFiles(args, failOn) {
  if (!args.length)
    throw new ModelvetError("USAGE", "merge needs the partial results of every shard (files or folders)");
  const partials = [];
  for (const f of await partialFiles(args)) partials.push(await readPartial(f));
  if (partials.every((p) => p.kind === "lock")) {
    if (failOn)
      throw new ModelvetError("USAGE", "--fail-on applies to scan partials; these are lock partials");
    return { kind: "lock", lockText: mergeLockText(partials) };
  }
  const scans = partials.filter((p) => p.kind === "scan");
  if (scans.length !== partials.length)
    throw new ModelvetError("PARTIAL_REFUSED", "cannot merge scan and lock partials");
  return { kind: "scan", report: await mergeScan(scans, failOn ? { failOn } : {}) };
}

// src/report/coverage.ts
var KIND_CHECKS = {
  pickle: "opcodes walked, globals classified",
  numpy: "header read, object arrays walked as pickle",
  safetensors: "header validated",
  gguf: "header and metadata validated, chat template parsed",
  zip: "directory read, every member sniffed",
  tar: "every member sniffed",
  "7z": "every member sniffed",
  gzip: "decompressed within limits and sniffed",
  bzip2: "decompressed within limits and sniffed",
  xz: "decompressed within limits and sniffed",
  zstd: "decompressed within limits and sniffed",
  zlib: "decompressed within limits and sniffed",
  "lzma-alone": "decompressed within limits and sniffed",
  lz4: "decompressed within limits and sniffed",
  hdf5: "Keras model config checked",
  onnx: "graph, operators and external data checked",
  sentencepiece: "parsed as a SentencePiece ModelProto (data only)",
  "tf-savedmodel": "graph operations checked",
  "tf-graphdef": "graph operations checked",
  "keras-metadata": "Keras layer config checked",
  json: "configs checked (remote code, chat templates, Keras, shard indexes, pins)",
  text: "pins, model references and chat templates checked",
  script: "pins and model references checked",
  "lfs-pointer": "recognised as a Git LFS pointer",
  executable: "reported",
  rar: "reported as opaque",
  image: "checked for an archive or pickle hidden inside",
  unknown: "reported as unknown binary when not text"
};
function kindCounts(report) {
  const counts = /* @__PURE__ */ new Map();
  const add = (kind, bytes) => {
    const c = counts.get(kind) ?? { kind, files: 0, bytes: 0 };
    c.files++;
    c.bytes += bytes;
    counts.set(kind, c);
  };
  for (const f of report.files) {
    add(f.kind, f.size);
    for (const k of new Set(f.contains ?? [])) if (k !== f.kind) add(`${k} (inside archives)`, 0);
  }
  return [...counts.values()].map((c) => {
    const checks = KIND_CHECKS[c.kind.replace(/ \(inside archives\)$/, "")];
    return checks ? { ...c, checks } : c;
  }).sort((a, b) => b.files - a.files || (a.kind < b.kind ? -1 : 1));
}
function skippedPaths(report) {
  return report.targets.flatMap(
    (t) => t.skipped.map((s) => t.input === "." || !t.isDirectory ? s : `${t.input.replace(/\/+$/, "")}/${s}`)
  );
}

// src/report/next-step.ts
var MAX_FIX_LENGTH = 140;
function fixSentence(explain) {
  const at = explain.search(/\bFix:/);
  if (at < 0) return void 0;
  const rest = explain.slice(at + "Fix:".length).split(/\n\s*\n/)[0].replace(/\s+/g, " ").trim();
  const end = rest.search(/\.\s+(?=[A-Z`(])/);
  const sentence = (end < 0 ? rest : rest.slice(0, end + 1)).trim();
  if (sentence === "") return void 0;
  if (sentence.length <= MAX_FIX_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_FIX_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_FIX_LENGTH / 2)).replace(/[,;:]$/, "")}\u2026`;
}
function nextStep(ruleId, rules) {
  const rule = rules(ruleId);
  const fix = rule ? fixSentence(rule.explain) : void 0;
  return { fix, explain: `modelvet explain ${ruleId}` };
}

// src/report/human.ts
var CODES = {
  critical: "\x1B[1;35m",
  high: "\x1B[1;31m",
  medium: "\x1B[33m",
  low: "\x1B[36m",
  info: "\x1B[2m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  green: "\x1B[1;32m",
  reset: "\x1B[0m"
};
function positionText(f) {
  const parts = [];
  if (f.line !== void 0) parts.push(`line ${f.line}${f.column !== void 0 ? `:${f.column}` : ""}`);
  if (f.offset !== void 0) parts.push(`offset ${f.offset}`);
  return parts.join(", ");
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function countsText(bySeverity) {
  return SEVERITIES.slice().reverse().filter((s) => bySeverity[s] > 0).map((s) => `${bySeverity[s]} ${s}`).join(", ");
}
function summaryText(report) {
  const s = report.summary;
  const secs = report.durationMs / 1e3;
  const parts = [
    `${plural(s.files, "file")}, ${formatBytes(s.bytes)} in ${secs.toFixed(2)} s (${formatBytes(s.throughput)}/s)`,
    s.findings ? `findings: ${countsText(s.bySeverity)}` : "no findings"
  ];
  if (s.suppressed) parts.push(`${s.suppressed} suppressed by policy`);
  const failedChecks = report.verifications.filter((v) => !v.ok).length;
  if (report.verifications.length)
    parts.push(
      `${report.verifications.length - failedChecks}/${report.verifications.length} verifications passed`
    );
  return parts.join("; ");
}
function checkedText(report) {
  const kinds = kindCounts(report).map((k) => `${k.files} ${terminalText(k.kind)}${k.checks ? ` (${k.checks})` : ""}`);
  const skipped = skippedPaths(report);
  return `Checked: ${kinds.length ? kinds.join(", ") : "no files"}${skipped.length ? `; skipped: ${skipped.map(terminalText).join(", ")}` : ""}`;
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
function collapseRepeats(findings) {
  return [...groupBy(findings, (f) => `${f.rule}\0${f.severity}`).values()].map((list) => ({
    first: list[0],
    count: list.length
  }));
}
function findingLines({ first: f, count }, indent, c, rules) {
  const pos = positionText(f);
  const more = count > 1 ? ` [and ${count - 1} more like this]` : "";
  const step = nextStep(f.rule, rules);
  const head = `${indent}${c(f.severity, f.severity.toUpperCase().padEnd(8))} ${f.rule}  ${terminalText(f.message)}`;
  return [
    `${head}${pos ? c("dim", ` (${pos})`) : ""}${more}`,
    `${indent}         ${c("dim", step.fix ? `fix: ${step.fix} (${step.explain})` : `see ${step.explain}`)}`
  ];
}
function findingsSection(shown, c, rules) {
  const out = [];
  for (const [path, list] of groupBy(shown, (f) => f.path)) {
    out.push(c("bold", terminalText(path)));
    const members = [...groupBy(list, (f) => (f.member ?? []).join("\0"))].sort(
      ([a], [b]) => Number(a !== "") - Number(b !== "")
    );
    for (const [member, inMember] of members) {
      const indent = member ? "    " : "  ";
      if (member) out.push(`  ${c("dim", "in")} ${inMember[0].member.map(terminalText).join(" \u2192 ")}`);
      for (const g of collapseRepeats(inMember)) out.push(...findingLines(g, indent, c, rules));
    }
    out.push("");
  }
  return out;
}
function verificationsSection(report, quiet, c) {
  const checks = quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  const out = checks.map(
    (v) => `${v.ok ? c("green", "VERIFIED") : c("high", "FAILED  ")} ${terminalText(v.kind)}  ${terminalText(v.message)}`
  );
  if (out.length) out.push("");
  return out;
}
function policySection(report, c) {
  const out = [];
  const suppressed = report.suppressed ?? [];
  if (suppressed.length) {
    const source = report.policy?.source;
    out.push(c("dim", source ? `Suppressed by policy ${terminalText(source)}:` : "Suppressed by policy:"));
    for (const f of suppressed) {
      const member = f.member?.length ? ` in ${f.member.map(terminalText).join(" \u2192 ")}` : "";
      const until = f.suppression.expires ? ` (until ${terminalText(f.suppression.expires)})` : "";
      out.push(c("dim", `  ${f.rule}  ${terminalText(f.path)}${member}: ${terminalText(f.suppression.reason)}${until}`));
    }
    out.push("");
  }
  return out;
}
function filesSection(report, c) {
  const worst = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const w = worst.get(f.path);
    if (!w) worst.set(f.path, { n: 1, severity: f.severity });
    else {
      w.n++;
      if (severityRank(f.severity) > severityRank(w.severity)) w.severity = f.severity;
    }
  }
  const out = [c("bold", "Files:")];
  for (const file of report.files) {
    const w = worst.get(file.path);
    const verdict = w ? `${plural(w.n, "finding")}, worst ${w.severity}` : "clean";
    const inside = file.contains?.length ? ` (contains ${file.contains.map(terminalText).join(", ")})` : "";
    out.push(
      `  ${terminalText(file.path)}  ${terminalText(file.kind)}${inside}  ${w ? c(w.severity, verdict) : c("green", verdict)}`
    );
  }
  out.push("");
  return out;
}
function renderHuman(report, options) {
  const c = (code, text) => options.color ? `${CODES[code]}${text}${CODES.reset}` : text;
  const quiet = Boolean(options.quiet);
  const shown = quiet ? report.findings.filter((f) => atLeast(f.severity, report.failOn)) : report.findings;
  const out = [
    ...findingsSection(shown, c, options.rules ?? getRule),
    ...verificationsSection(report, quiet, c)
  ];
  if (!quiet) out.push(...policySection(report, c));
  if (options.verbose && !quiet) out.push(...filesSection(report, c));
  if (!quiet && report.files.length) out.push(checkedText(report));
  if (!quiet || report.verdict === "fail") out.push(summaryText(report));
  const verdict = report.verdict === "pass" ? c("green", "PASS") : c("high", "FAIL");
  out.push(`${verdict} (fail-on ${report.failOn}): ${terminalText(report.reason)}`);
  return `${out.join("\n")}
`;
}

export { GGUF_INVALID_VALUE as $, partialJson as A, BUILTIN_PARTS as B, lockShard as C, DocumentError as D, isTorchScriptPickle as E, DANGEROUS_GLOBAL as F, EXTENSION_REGISTRY as G, COMPUTED_CALL as H, mayStartPickle as I, NPY_MALFORMED as J, UNKNOWN_GLOBAL as K, LIMIT_EXCEEDED as L, MALFORMED as M, NPY_OBJECT_ARRAY as N, OmsError as O, BOUND_METHOD as P, HYDRA_UNREADABLE as Q, HYDRA_CODE_RESOLVER as R, StatementError as S, TRAILING_DATA as T, UNKNOWN_GLOBAL_CALLED as U, HYDRA_UNRESOLVED as V, HYDRA_DANGEROUS_TARGET as W, HYDRA_UNRESOLVED_TARGET as X, YAML_PYTHON_TAG as Y, HYDRA_UNKNOWN_TARGET as Z, zfileDataStart as _, collapseRepeats as a, ZIP_POLYGLOT as a$, TEMPLATE_UNPARSEABLE as a0, scanTrailingBytes as a1, GGUF_TRUNCATED as a2, GGUF_INVALID_TENSOR as a3, GGUF_INVALID_OFFSETS as a4, GGUF_DUPLICATE_KEY as a5, GGUF_INVALID_STRING as a6, GGUF_VERSION as a7, GGUF_LIMIT as a8, GGUF_PADDING as a9, templateDuplicates as aA, TEMPLATE_DUPLICATE_KEY as aB, templatesInConfig as aC, TEMPLATE_DUNDER_STRING as aD, TEMPLATE_DUNDER as aE, TEMPLATE_PRIVATE as aF, TEMPLATE_GADGET_GLOBAL as aG, TEMPLATE_DANGEROUS_CALL as aH, TEMPLATE_FORMAT_METHOD as aI, TEMPLATE_COMPUTED_ATTRIBUTE as aJ, TEMPLATE_INJECTED_CONTENT as aK, TEMPLATE_GLOBAL_CALLABLE as aL, TEMPLATE_HIDDEN_INSTRUCTIONS as aM, ARCHIVE_TOO_MANY_MEMBERS as aN, TORCH_LEGACY_TAR as aO, ARCHIVE_PATH_TRAVERSAL as aP, linkEscapes as aQ, ARCHIVE_LINK_ESCAPE as aR, ARCHIVE_LINK as aS, TAR_UNSUPPORTED_MEMBER as aT, TAR_AFTER_END as aU, TAR_MALFORMED as aV, tarChecksumValid as aW, TAR_LONG_NAME_MISMATCH as aX, TAR_PAX_MISMATCH as aY, pyInt as aZ, tailEndRecord as a_, GGUF_TRAILING as aa, GGUF_BAD_TYPE as ab, ST_TRUNCATED as ac, ST_HEADER_TOO_LARGE as ad, ST_INVALID_HEADER as ae, readJsonBytes as af, ST_DUPLICATE_KEY as ag, ST_UNKNOWN_DTYPE as ah, ST_INVALID_SHAPE as ai, ST_SIZE_MISMATCH as aj, ST_INVALID_OFFSETS as ak, ST_UNKNOWN_FIELD as al, ST_INVALID_METADATA as am, ST_DATA_SIZE as an, jsonGet as ao, jsonUint as ap, HDF5_POLYGLOT as aq, MAX_KERAS_JSON as ar, KERAS_ZIP_POLYGLOT as as, HDF5_MALFORMED as at, KERAS_DUPLICATE_CONFIG as au, HDF5_UNSUPPORTED as av, KERAS_BAD_CONFIG as aw, HDF5_SIGNATURE as ax, readJson as ay, toPlain as az, allRules as b, TF_ASSET_ESCAPE as b$, ZIP_MALFORMED as b0, markTorchScriptPickle as b1, reportBomb as b2, ISSUE_RULES as b3, ARCHIVE_UNSUPPORTED_COMPRESSION as b4, ZIP_BAD_CRC as b5, ZIP_SIZE_MISMATCH as b6, readTail as b7, minizPlan as b8, cpythonPlan as b9, HASH_ERROR as bA, formatModelSource as bB, UNPINNED_MODEL_REVISION as bC, quote as bD, PREDICATE_TYPE_COMPAT as bE, parseJson as bF, isPlainObject as bG, object as bH, optional as bI, listOf$1 as bJ, string as bK, MODEL_HUBS as bL, require_picomatch2 as bM, policy_schema_default as bN, reportFailedExpansion as bO, KERAS_BYTECODE as bP, KERAS_CUSTOM_OBJECT as bQ, KERAS_LAMBDA as bR, KERAS_DANGEROUS_REFERENCE as bS, KERAS_TORCH_WRAPPER as bT, KERAS_EXTERNAL_MODULE as bU, KERAS_FILE_ARGUMENT as bV, TF_MALFORMED as bW, TF_PY_FUNC as bX, TF_IO_OP as bY, TF_ASSET_READ as bZ, TF_CHECKPOINT_OP as b_, CENTRAL_SIZE as ba, SIG_CENTRAL as bb, LOCAL_SIZE as bc, SIG_LOCAL as bd, SIG_DATA_DESCRIPTOR as be, SIG_EOCD as bf, SENTENCEPIECE_MALFORMED as bg, MODEL_FIELDS as bh, FIRST_EXTENSION as bi, WIRE as bj, PIECE_WIRE as bk, OPAQUE_ARCHIVE as bl, ONNX_PYTHON_OP as bm, ONNX_CUSTOM_DOMAIN as bn, ONNX_EXTERNAL_DATA_BAD as bo, ONNX_EXTERNAL_DATA_ESCAPE as bp, ONNX_EXTERNAL_DATA_MISSING as bq, ONNX_MALFORMED as br, scanResolvedSource as bs, isCommit as bt, layerKind as bu, ollamaSource as bv, hfSource as bw, mapLimit as bx, analyzeSource as by, DEFAULT_LIMITS as bz, checkedText as c, TF_TEXT_CHECKPOINT_OP as c0, GRAPHDEF_KIND as c1, kindByName as c2, sniffableName as c3, kindByContent as c4, toFindings as c5, LineIndex as c6, toReferences as c7, UNPARSEABLE as c8, collector as c9, PIPE_TO_SHELL as cA, checkIndexOption as cB, EDITABLE_INSTALL as cC, REQUIREMENT_WITHOUT_HASH as cD, isExpired as cE, MAX_HITS_PER_RULE as ca, MAX_REFS_PER_FILE as cb, UNRESOLVED_INCLUDE as cc, checkRequirementsText as cd, iterLogicalLines as ce, UNPINNED_NPM as cf, UNPINNED_VCS as cg, UNPINNED_URL as ch, UNPINNED_REQUIREMENT as ci, checkRequirement as cj, TRUST_REMOTE_CODE as ck, EXTRA_INDEX_URL as cl, CUSTOM_INDEX as cm, PYTHON_MAX_DEPTH as cn, reportModel as co, shorten as cp, DOCKER_UNPINNED_IMAGE as cq, UNPINNED_ACTION as cr, remap as cs, TORCH_LOAD_UNSAFE as ct, MODEL_REVISION_VARIABLE as cu, sourceFromUrl as cv, lineOffset as cw, TORCH_HUB_UNPINNED as cx, VALUE_OPTIONS as cy, UNPINNED_OLLAMA as cz, applyPolicy as d, computeManifest as e, createScanner as f, getRule as g, defaultScanner as h, mergeScan as i, parseStatement as j, scan as k, scanShard as l, mergeFiles as m, nextStep as n, statementJson as o, positionText as p, verifyHfCache as q, readPartial as r, summaryText as s, verifyLock as t, verifyOllama as u, verifyPath as v, writeLock as w, verifySums as x, countsText as y, renderHuman as z };
