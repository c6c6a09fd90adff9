import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  CUSTOM_INDEX,
  EDITABLE_INSTALL,
  EXTRA_INDEX_URL,
  REQUIREMENT_WITHOUT_HASH,
  UNPARSEABLE,
  UNPINNED_REQUIREMENT,
  UNPINNED_URL,
  UNPINNED_VCS,
  isCommit
} from "./chunk-SERLXDJN.js";
import {
  finding
} from "./chunk-GMZN3B2T.js";

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

export {
  MAX_HITS_PER_RULE,
  MAX_REFS_PER_FILE,
  collector,
  remap,
  reportModel,
  shorten,
  LineIndex,
  toFindings,
  toReferences,
  checkRequirement,
  lineOffset,
  iterLogicalLines,
  VALUE_OPTIONS,
  checkIndexOption,
  checkRequirementsText,
  kindByName,
  sniffableName,
  kindByContent
};
