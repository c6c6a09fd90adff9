/**
 * Reading a config file the way OmegaConf reads it: YAML through PyYAML's SafeLoader (YAML 1.1:
 * `yes`/`on` are booleans, `<<` merge keys, anchors and aliases; omegaconf/_utils.py get_yaml_loader
 * drops the timestamp resolver), JSON through Python's json module.
 *
 * The `yaml` package overflows the stack on deeply nested flow collections, so parsing runs behind
 * a small guard (`parseYamlGuarded`): a cheap nesting pre-check, then a catch-all that turns any
 * failure into our own one-line reason. The lead may swap it for a shared guard in src/core.
 */
import { type Document, LineCounter, parseDocument, type Tags, visit } from 'yaml';
import { withoutStackTraces } from '../../core/parse-guard.ts';
import { DEPTH_LIMITS, YAML_ALIAS_LIMITS, LENGTH_LIMITS } from '../../core/parse-limits.ts';
import { parsePythonJson } from '../../core/python-json.ts';

export type ParseResult =
  | { ok: true; value: unknown; pythonTags: PythonTag[] }
  | { ok: false; reason: string };

export interface PythonTag {
  /** `tag:yaml.org,2002:python/object/apply:os.system`, %-escapes decoded. */
  tag: string;
  /** What PyYAML's unsafe constructors import: `os.system` (empty for python/str and the like). */
  callable: string;
  line: number;
}

/**
 * Upper bound of the nesting a YAML text can reach: every flow bracket (quotes are not tracked, so
 * the bound never undercounts), plus block indentation. Linear, no allocation per character.
 */
export function yamlNestingBound(text: string): number {
  let flow = 0;
  let maxFlow = 0;
  let indent = 0;
  let maxIndent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // Spaces, tabs and "- " sequence markers at the start of a line each open a block level.
      if (c === 32 || c === 9 || c === 45) {
        if (++indent > maxIndent) maxIndent = indent;
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++flow > maxFlow) maxFlow = flow;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return Math.max(maxFlow, Math.ceil(maxIndent / 2));
}

/** PyYAML's bool resolver (YAML 1.1 without y/n, which PyYAML keeps as strings). */
const PYYAML_TRUE = new Set(['yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

function pyyamlTags(tags: Tags): Tags {
  const kept = tags.filter((t) =>
    typeof t === 'string'
      ? t !== 'timestamp' && t !== 'bool'
      : t.tag !== 'tag:yaml.org,2002:timestamp' && t.tag !== 'tag:yaml.org,2002:bool',
  );
  return [
    ...kept,
    {
      tag: 'tag:yaml.org,2002:bool',
      default: true,
      test: PYYAML_BOOL,
      resolve: (s: string) => PYYAML_TRUE.has(s),
    },
  ];
}

const PYTHON_TAG = 'tag:yaml.org,2002:python/';

function decodeTag(tag: string): string {
  try {
    return decodeURIComponent(tag);
  } catch {
    return tag;
  }
}

/**
 * PyYAML python/* tags (after %TAG handles and %-escapes are resolved). Duplicate keys need no
 * report: OmegaConf refuses them and PyYAML keeps the last, which is the value toJS keeps too.
 */
function pythonTagsOf(doc: Document, lines: LineCounter): PythonTag[] {
  const pythonTags: PythonTag[] = [];
  visit(doc, {
    Node(_, n) {
      const tag = n.tag ? decodeTag(n.tag) : '';
      if (!tag.startsWith(PYTHON_TAG) || pythonTags.length >= 100) return;
      const rest = tag.slice(PYTHON_TAG.length);
      const colon = rest.indexOf(':');
      pythonTags.push({
        tag,
        callable: colon >= 0 ? rest.slice(colon + 1) : '',
        line: lines.linePos(n.range?.[0] ?? 0).line,
      });
    },
  });
  return pythonTags;
}

/** Parses YAML like OmegaConf.load; never throws. */
export function parseYamlGuarded(text: string): ParseResult {
  if (text.length > LENGTH_LIMITS.configYaml)
    return { ok: false, reason: `longer than ${LENGTH_LIMITS.configYaml} characters; not parsed` };
  const depth = yamlNestingBound(text);
  if (depth > DEPTH_LIMITS.hydraYaml)
    return { ok: false, reason: `nested ${depth} levels deep (limit ${DEPTH_LIMITS.hydraYaml})` };
  try {
    const lines = new LineCounter();
    const doc = withoutStackTraces(() =>
      parseDocument(text, {
        lineCounter: lines,
        version: '1.1',
        merge: true,
        uniqueKeys: false,
        customTags: pyyamlTags,
        // The prettifier copies the text around every error: quadratic for a file full of them.
        prettyErrors: false,
      }),
    );
    const err = doc.errors[0];
    if (err)
      return {
        ok: false,
        reason: `not valid YAML (${err.code.toLowerCase().replace(/_/g, ' ')} at line ${lines.linePos(err.pos[0]).line || '?'})`,
      };
    const value = doc.toJS({ maxAliasCount: YAML_ALIAS_LIMITS.hydra });
    return { ok: true, value, pythonTags: pythonTagsOf(doc, lines) };
  } catch (err) {
    return {
      ok: false,
      reason: err instanceof RangeError ? 'too deeply nested or too large to read' : 'not readable as YAML',
    };
  }
}

/** Parses JSON like Python's json.loads; never throws. (One call site, for the JSON reader swap.) */
export function parseJsonGuarded(text: string): ParseResult {
  try {
    return { ok: true, value: parsePythonJson(text), pythonTags: [] };
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
}
