import { r as require_semver2 } from './chunk-L5AFKvFy.js';
import { a as guardRun, g as guardParse, N as NESTING, r as require_dist, D as DEPTH_LIMITS, L as LENGTH_LIMITS, P as ParseBudgetError, t as tomlLongStrings } from './chunk-Doof37AH.js';
import { c2 as kindByName, c3 as sniffableName, c4 as kindByContent, c5 as toFindings, c6 as LineIndex, c7 as toReferences, c8 as UNPARSEABLE, c9 as collector, ca as MAX_HITS_PER_RULE, cb as MAX_REFS_PER_FILE, cc as UNRESOLVED_INCLUDE, cd as checkRequirementsText, ao as jsonGet, ce as iterLogicalLines, cf as UNPINNED_NPM, cg as UNPINNED_VCS, ch as UNPINNED_URL, ci as UNPINNED_REQUIREMENT, cj as checkRequirement, ck as TRUST_REMOTE_CODE, cl as EXTRA_INDEX_URL, cm as CUSTOM_INDEX, cn as PYTHON_MAX_DEPTH, ay as readJson, bt as isCommit, co as reportModel, cp as shorten, bC as UNPINNED_MODEL_REVISION, cq as DOCKER_UNPINNED_IMAGE, cr as UNPINNED_ACTION, cs as remap, ct as TORCH_LOAD_UNSAFE, cu as MODEL_REVISION_VARIABLE, bv as ollamaSource, bw as hfSource, az as toPlain, cv as sourceFromUrl, cw as lineOffset, cx as TORCH_HUB_UNPINNED, cy as VALUE_OPTIONS, cz as UNPINNED_OLLAMA, cA as PIPE_TO_SHELL, cB as checkIndexOption, cC as EDITABLE_INSTALL, cD as REQUIREMENT_WITHOUT_HASH } from './chunk-B-6LZOx6.js';
import { e as readAll, p as pathKey, f as finding, F as FileSource } from './chunk-CXVaUTXl.js';
import { m as monotonicMs } from './chunk-x8y2Yanw.js';
import { b as __toESM } from './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { posix } = __mvBuiltin("node:path");

// src/pins/json-report.ts
var MAX_PIN_JSON_DEPTH = 1e4;
function parseJsonReporting(text, sink, what, consequence, jsOnly = false) {
  const deep = NESTING.json(text, MAX_PIN_JSON_DEPTH);
  if (deep >= 0) {
    sink({
      rule: UNPARSEABLE,
      offset: deep,
      text: text.slice(deep, deep + 40),
      message: `${what} nests deeper than ${MAX_PIN_JSON_DEPTH} levels (Python's json reads ${PYTHON_MAX_DEPTH}); ${consequence}`
    });
    return void 0;
  }
  const r = readJson(text);
  const bad = r.error ?? (jsOnly ? r.nonStandard.find((x) => x.kind === "non-finite") : void 0);
  if (bad) {
    sink({
      rule: UNPARSEABLE,
      offset: bad.offset,
      text: text.slice(bad.offset, bad.offset + 40),
      message: `${what} is not valid JSON (${bad.message}); ${consequence}`
    });
  }
  return r.value;
}

// src/pins/model-ids.ts
function isLocalRef(id2, ctx) {
  if (/^(\.{1,2}[/\\]|[/\\~]|[A-Za-z]:[\\/])/.test(id2) || id2 === "." || id2 === "..") return true;
  if (/^file:/i.test(id2)) return true;
  return ctx.isLocalPath?.(id2) ?? false;
}
var ref = (source, extra = {}) => ({ kind: "ref", source, ...extra });
function hubId(id2, ctx, at) {
  if (isLocalRef(id2, ctx)) return { kind: "local" };
  if (/^https?:\/\//i.test(id2)) return urlRef(id2);
  if (/^hf:\/\//i.test(id2)) return hubId(id2.slice(5), ctx, true);
  const split = at ? id2.lastIndexOf("@") : -1;
  const name2 = split > 0 ? id2.slice(0, split) : id2;
  const revision = split > 0 ? id2.slice(split + 1) : void 0;
  const source = hfSource(name2, revision);
  if (!source) return { kind: "none" };
  return revision !== void 0 ? ref(source, { pinned: isCommit(revision) }) : ref(source);
}
function urlRef(url, decides = true) {
  const source = sourceFromUrl(url);
  if (!source) return { kind: "none" };
  const commit = source.revision !== void 0 && isCommit(source.revision);
  return commit || decides ? ref(source, { pinned: commit }) : ref(source);
}
function timmId(id2, ctx) {
  if (id2.startsWith("hf-hub:")) {
    const r = hubId(id2.slice(7), ctx, true);
    return r.kind === "ref" && r.pinned === void 0 ? { ...r, pinned: false, note: "names no revision (timm reads `hf-hub:org/name@<commit>`)" } : r;
  }
  if (id2.startsWith("local-dir:") || isLocalRef(id2, ctx)) return { kind: "local" };
  const arch = id2.split(".")[0] ?? id2;
  const source = hfSource(`timm/${id2}`);
  if (!source || !/^[a-z0-9_]+$/i.test(arch)) return { kind: "none" };
  return ref(source, {
    pinned: false,
    severity: "low",
    note: "downloads the pretrained weights timm publishes under timm/ at the default branch"
  });
}
function openClipId(id2, ctx) {
  if (id2.startsWith("local-dir:")) return { kind: "local" };
  if (!id2.startsWith("hf-hub:")) return { kind: "none" };
  const r = hubId(id2.slice(7), ctx, false);
  return r.kind === "ref" ? { ...r, pinned: false, note: "is read at the default branch (open_clip takes no revision)" } : r;
}
function kaggleModel(handle) {
  const parts = handle.replace(/^\/+|\/+$/g, "").split("/");
  if (parts.length < 4 || parts.length > 5 || parts.some((p) => p === "")) return { kind: "none" };
  const version = parts[4];
  const pinned = version !== void 0 && /^[1-9]\d*$/.test(version);
  return ref(
    {
      hub: "kaggle",
      owner: parts[0],
      name: parts.slice(1, 4).join("/"),
      revision: version
    },
    { pinned, note: pinned ? void 0 : "names no version (the latest version is downloaded)" }
  );
}
function kaggleDataset(handle) {
  const m = /^([^/\s]+)\/([^/\s]+)(?:\/versions\/(\d+))?\/?$/.exec(handle);
  if (!m) return { kind: "none" };
  return ref(
    { hub: "kaggle", owner: m[1], name: m[2], revision: m[3] },
    {
      pinned: m[3] !== void 0,
      note: m[3] ? void 0 : "names no version (the latest version is downloaded)"
    }
  );
}
function kerasPreset(id2, ctx) {
  const scheme = /^([a-z]+):\/\//i.exec(id2)?.[1]?.toLowerCase();
  if (scheme === "hf") {
    const r = hubId(id2.slice(5), ctx, false);
    return r.kind === "ref" ? { ...r, pinned: false, note: "is read at the default branch (hf:// presets take no revision)" } : r;
  }
  if (scheme === "kaggle") return kaggleModel(id2.slice(9));
  if (scheme === "modelscope") {
    const m = /^([^/]+)\/([^/]+)$/.exec(id2.slice(13));
    if (!m) return { kind: "none" };
    return ref(
      { hub: "modelscope", owner: m[1], name: m[2] },
      { pinned: false, note: "is read at the default branch" }
    );
  }
  if (scheme || isLocalRef(id2, ctx) || id2.includes("/")) return { kind: "local" };
  return { kind: "none" };
}
function tfhubHandle(id2, ctx) {
  if (!/^https?:\/\//i.test(id2))
    return isLocalRef(id2, ctx) || !id2.includes("://") ? { kind: "local" } : urlRef(id2);
  const u = sourceFromUrl(id2);
  if (!u) return { kind: "none" };
  const parts = u.name.split("/");
  if (u.hub === "url" && /(^|\.)kaggle\.com$/.test(u.owner) && parts[0] === "models")
    return kaggleModel(parts.slice(1).join("/"));
  if (u.hub === "url" && /(^|\.)tfhub\.dev$/.test(u.owner)) {
    const pinned = /^\d+$/.test(parts.at(-1) ?? "");
    return ref(u, { pinned, note: pinned ? void 0 : "names no version" });
  }
  return ref(u, { pinned: false, note: "downloads an archive nothing checks" });
}
function ultralyticsId(id2, ctx) {
  if (/^https?:\/\//i.test(id2)) return urlRef(id2);
  if (isLocalRef(id2, ctx) || /[/\\]/.test(id2) || !/\.pt$/i.test(id2)) return { kind: "local" };
  return ref(
    { hub: "github", owner: "ultralytics", name: "assets" },
    {
      pinned: false,
      note: "is downloaded from the GitHub release assets of ultralytics/assets with no checksum, and loaded with torch.load"
    }
  );
}
function githubRepo(id2) {
  const m = /^([^/:\s]+)\/([^/:\s]+)(?::(.+))?$/.exec(id2);
  if (!m) return { kind: "local" };
  const revision = m[3];
  return ref(
    { hub: "github", owner: m[1], name: m[2], revision },
    { pinned: revision !== void 0 && isCommit(revision) }
  );
}
function ollamaId(name2) {
  if (/^[.~/]|\.(gguf|bin|safetensors)$/i.test(name2) || name2.includes("$")) return { kind: "local" };
  const digest = /@sha256:[0-9a-f]{64}$/.exec(name2);
  const bare = (digest ? name2.slice(0, digest.index) : name2).replace(/^https?:\/\//, "");
  const colon = bare.indexOf(":", bare.lastIndexOf("/") + 1);
  const path = colon >= 0 ? bare.slice(0, colon) : bare;
  const tag = colon >= 0 ? bare.slice(colon + 1) : "latest";
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return { kind: "none" };
  const revision = digest ? digest[0].slice(1) : tag;
  const host = parts.length === 3 ? parts[0] : "registry.ollama.ai";
  const namespace = parts.length >= 2 ? parts.at(-2) : "library";
  const source = ollamaSource(host, namespace, parts.at(-1), revision);
  return source ? ref(source, { pinned: Boolean(digest) }) : { kind: "none" };
}
function diffusersPipeline(id2, ctx) {
  if (isLocalRef(id2, ctx)) return { kind: "local" };
  if (id2.includes("/")) return hubId(id2, ctx, false);
  if (!/^[\w.-]+$/.test(id2)) return { kind: "none" };
  return ref({ hub: "github", owner: "huggingface", name: "diffusers" });
}
function nemoId(id2, ctx) {
  if (isLocalRef(id2, ctx)) return { kind: "local" };
  if (!id2.includes("/")) return { kind: "none" };
  const r = hubId(id2, ctx, false);
  return r.kind === "ref" ? { ...r, pinned: false, note: "has no revision (NeMo's from_pretrained takes none)" } : r;
}
function modelscopeId(id2, ctx) {
  if (isLocalRef(id2, ctx)) return { kind: "local" };
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(id2);
  return m ? ref({ hub: "modelscope", owner: m[1], name: m[2] }) : { kind: "none" };
}
function spacyId(id2) {
  const m = /^([a-z]{2,3}_[\w]+?)(?:-(\d+\.\d+\.\d+))?$/.exec(id2);
  if (!m) return { kind: "none" };
  const source = {
    hub: "github",
    owner: "explosion",
    name: "spacy-models",
    revision: m[2] ? `${m[1]}-${m[2]}` : void 0
  };
  return m[2] ? ref(source) : ref(source, { pinned: false, note: "names no version (the latest compatible release is installed)" });
}
function readId(form, id2, ctx) {
  switch (form) {
    case "hub-id":
      return hubId(id2, ctx, false);
    case "hub-id-at":
      return hubId(id2, ctx, true);
    case "timm":
      return timmId(id2, ctx);
    case "open-clip":
      return openClipId(id2, ctx);
    case "keras-preset":
      return kerasPreset(id2, ctx);
    case "kaggle-model":
      return kaggleModel(id2);
    case "kaggle-dataset":
      return kaggleDataset(id2);
    case "tfhub":
      return tfhubHandle(id2, ctx);
    case "ultralytics":
      return ultralyticsId(id2, ctx);
    case "github-repo":
      return githubRepo(id2);
    case "ollama":
      return ollamaId(id2);
    case "diffusers-pipeline":
      return diffusersPipeline(id2, ctx);
    case "nemo":
      return nemoId(id2, ctx);
    case "modelscope":
      return modelscopeId(id2, ctx);
    case "url":
      return /^[a-z][a-z0-9+.-]*:\/\//i.test(id2) ? urlRef(id2, false) : { kind: "local" };
    case "spacy":
      return spacyId(id2);
    case "torchvision-weights":
      return ref({ hub: "url", owner: "download.pytorch.org", name: id2.split(".").slice(-2).join(".") });
  }
}
function describeRef(ref2) {
  if (/^refs\/pr\/\d+$/.test(ref2)) return "a pull-request ref";
  if (/^[0-9a-fA-F]{7,39}$/.test(ref2))
    return "a short commit prefix (Hugging Face resolves only full hashes)";
  if (/^[0-9A-F]{40}$/i.test(ref2)) return "an upper-case hash (Hugging Face matches only lower-case commits)";
  if (/^v?\d+(\.\d+)*([-.]?\w+)?$/.test(ref2)) return "a tag";
  if (ref2 === "") return "empty";
  return "a branch or tag";
}

// src/pins/model-ref.ts
function checkModelRef(out, input) {
  if (input.id.includes("$") || input.id === "") {
    variableId(out.hit, input);
    return false;
  }
  const reading = readId(input.form, input.id, input.ctx ?? {});
  if (reading.kind !== "ref") return false;
  const rev = input.revision;
  const variable = rev !== void 0 && /[$%{]/.test(rev.value);
  const pinned = reading.pinned === false ? false : input.pinned ?? reading.pinned ?? (rev !== void 0 && !variable ? isCommit(rev.value) : false);
  const source = rev && !variable && reading.source.revision === void 0 ? { ...reading.source, revision: rev.value } : reading.source;
  const ref2 = { source, pinned, offset: input.offset, text: input.id };
  const evidence = { model: input.id, revision: rev?.value, ...input.evidence };
  if (pinned) {
    const hit = input.code === "remote-code" ? {
      rule: TRUST_REMOTE_CODE,
      severity: "medium",
      offset: input.offset,
      text: input.id,
      message: `${input.where} ${input.id} runs Python files from the repository (pinned to a commit: review them)`,
      evidence
    } : void 0;
    reportModel(out, ref2, hit);
    return true;
  }
  if (variable && reading.pinned === void 0) {
    reportModel(out, ref2, {
      rule: MODEL_REVISION_VARIABLE,
      offset: rev.offset,
      text: rev.value,
      message: `${input.where} ${input.id} ${rev.name} ${shorten(rev.value, 60)} cannot be checked statically`,
      evidence
    });
    return true;
  }
  const why = input.why ? input.why : reading.note ? reading.note : rev && reading.pinned === void 0 ? `${rev.name} ${shorten(rev.value, 60)} is ${describeRef(rev.value)}, not a 40-hex commit` : input.noRevision ? "cannot be pinned to a revision through this tool, so it downloads whatever the default branch holds" : `has no ${rev?.name ?? "revision"}: it downloads whatever the default branch holds`;
  const runs = input.code === "remote-code" ? TRUST_REMOTE_CODE : UNPINNED_MODEL_REVISION;
  const severity = input.code ? "high" : reading.severity ?? input.severity;
  reportModel(out, ref2, {
    rule: runs,
    severity,
    offset: rev && reading.pinned === void 0 ? rev.offset : input.offset,
    text: input.id,
    message: `${input.where} ${input.id} ${why}; pin it: ${input.pin}`,
    evidence
  });
  return true;
}
function variableId(hit, input) {
  if (input.id === "") return;
  const rev = input.revision;
  if (rev && isCommit(rev.value)) return;
  const unpinned = !rev && !input.noRevision;
  hit({
    rule: unpinned ? UNPINNED_MODEL_REVISION : MODEL_REVISION_VARIABLE,
    offset: input.offset,
    text: input.id,
    message: unpinned ? `${input.where} ${shorten(input.id, 60)} has no revision: it downloads whatever the default branch holds` : `${input.where} ${shorten(input.id, 60)}: the model comes from a variable and cannot be checked`,
    evidence: { model: input.id, ...input.evidence }
  });
}

// src/pins/adapter.ts
function checkAdapterConfig(text, out, ctx = {}) {
  const root = parseJsonReporting(text, out.hit, "adapter_config.json", "its base model was not checked");
  if (root?.t !== "object") return;
  const base = jsonGet(root, "base_model_name_or_path");
  if (base?.t !== "string") return;
  const rev = jsonGet(root, "revision");
  const revision = rev?.t === "string" ? { value: rev.value, offset: rev.offset + 1, name: "revision" } : void 0;
  checkModelRef(out, {
    id: base.value,
    form: "hub-id",
    offset: base.offset + 1,
    where: "adapter_config.json base_model_name_or_path",
    revision,
    pin: '"revision": "<40-hex commit of the base model>"',
    ctx,
    evidence: { key: "base_model_name_or_path" }
  });
}

// src/pins/compose.ts
var import_yaml4 = __toESM(require_dist());

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed2 = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed2;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id2, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id2;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id2 in this.props)
        result.push([+id2, this.props[id2]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set2) {
    this.buffer = buffer;
    this.length = length;
    this.set = set2;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id2 = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id2], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    while (scan) {
      let last2 = scan.lastChild;
      if (!last2 || last2.to != scan.to)
        break;
      if (last2.type.isError && last2.from == last2.to) {
        node = scan;
        scan = last2.prevSibling;
      } else {
        scan = last2;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id: id2, start, end, size } = cursor;
    let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id2];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id2;
        return;
      } else if (size == -4) {
        lookAhead = id2;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types[id2], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id2 >= minRepeatType ? id2 : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type, contextAtStart);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id: id2, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id2, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type, contextHash2) {
    return (children2, positions2, length2) => {
      let lookAhead2 = 0, lastI = children2.length - 1, last2, lookAheadProp;
      if (lastI >= 0 && (last2 = children2[lastI]) instanceof Tree) {
        if (!lastI && last2.type == type && last2.length == length2)
          return last2;
        if (lookAheadProp = last2.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last2.length + lookAheadProp - length2;
      }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id: id2, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id2 < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id2;
    } else if (size == -3) {
      contextHash = id2;
    } else if (size == -4) {
      lookAhead = id2;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base];
    } else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type, true);
    }
    while (this.stack.length > base)
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
          if (this.buffer[scan - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type, start);
      if (type <= parser2.maxNode)
        this.buffer.push(type, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type, start);
      if (type <= this.p.parser.maxNode)
        this.buffer.push(type, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    while (parent && base == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    if (isNode)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v, i2) => i2 & 1 && v == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  /**
  @internal
  */
  emitContext() {
    let last2 = this.buffer.length - 1;
    if (last2 < 0 || this.buffer[last2] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last2 = this.buffer.length - 1;
    if (last2 < 0 || this.buffer[last2] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to;
      range = next;
    }
    while (assoc < 0 ? pos > range.to : pos >= range.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to;
      range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range = this.range;
        while (range.to <= pos)
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range.to)
          this.chunk2 = this.chunk2.slice(0, range.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id2) {
    this.data = data;
    this.id = id2;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var ExternalTokenizer = class {
  /**
  Create a tokenizer. The first argument is the function that,
  given an input stream, scans for the types of tokens it
  recognizes at the stream's position, and calls
  [`acceptToken`](#lr.InputStream.acceptToken) when it finds
  one.
  */
  constructor(token, options = {}) {
    this.token = token;
    this.contextual = !!options.contextual;
    this.fallback = !!options.fallback;
    this.extend = !!options.extend;
  }
};
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last2 = this.trees.length - 1;
      if (last2 < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last2], index = this.index[last2];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last2] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last2]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last2]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main && stack.pos == this.stream.end) {
      main = new CachedToken();
      main.value = stack.p.parser.eofTerm;
      main.start = main.end = stack.pos;
      actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
    }
    this.mainToken = main;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p } = stack;
    main.start = pos;
    main.end = Math.min(pos + 1, p.stream.end);
    main.value = pos == p.stream.end ? p.parser.eofTerm : 0;
    return main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set2 = 0; set2 < 2; set2++) {
      for (let i = parser2.stateSlot(
        state,
        set2 ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b) => b.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b) => b.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this;
    let base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last2 = i == actions.length || !split;
      let localStack = last2 ? stack : stack.split();
      let main = this.tokens.mainToken;
      localStack.apply(action, term, main ? main.start : localStack.pos, end);
      if (verbose)
        console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last2)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base;
      for (let j = 0; j < 10 && force.forceReduce(); j++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id2 = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id2)
      stackIDs.set(stack, id2 = String.fromCodePoint(this.nextStackID++));
    return id2 + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var id = (x) => x;
var ContextTracker = class {
  /**
  Define a context tracker.
  */
  constructor(spec) {
    this.start = spec.start;
    this.shift = spec.shift || id;
    this.reduce = spec.reduce || id;
    this.reuse = spec.reuse || id;
    this.hash = spec.hash || (() => 0);
    this.strict = spec.strict !== false;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse = w(parse, input, fragments, ranges);
    return parse;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last2 = groupTag & 1;
      let target = table[pos++];
      if (last2 && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last2)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set2 = 0; set2 < 2; set2++) {
      for (let i = this.stateSlot(
        state,
        set2 ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v, i2) => i2 & 1 && v == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props)
      copy.nodeSet = this.nodeSet.extend(...config.props);
    if (config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    if (config.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config.contextTracker)
      copy.context = config.contextTracker;
    if (config.dialect)
      copy.dialect = this.parseDialect(config.dialect);
    if (config.strict != null)
      copy.strict = config.strict;
    if (config.wrap)
      copy.wrappers = copy.wrappers.concat(config.wrap);
    if (config.bufferLength != null)
      copy.bufferLength = config.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id2 = values.indexOf(part);
        if (id2 >= 0)
          flags[id2] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j = this.dialects[values[i]], id2; (id2 = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id2] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set2, base, modified) {
    this.name = name2;
    this.set = set2;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set2 = [], tag = new Tag(base.name, set2, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set2.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last2 = pieces.length - 1, inner = pieces[last2];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last2 > 0 ? pieces.slice(0, last2) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@lezer/python/dist/index.js
var printKeyword = 1;
var indent = 194;
var dedent = 195;
var newline$1 = 196;
var blankLineStart = 197;
var newlineBracketed = 198;
var eof = 199;
var stringContent = 200;
var Escape = 2;
var replacementStart = 3;
var stringEnd = 201;
var ParenL = 24;
var ParenthesizedExpression = 25;
var TupleExpression = 49;
var ComprehensionExpression = 50;
var BracketL = 55;
var ArrayExpression = 56;
var ArrayComprehensionExpression = 57;
var BraceL = 59;
var DictionaryExpression = 60;
var DictionaryComprehensionExpression = 61;
var SetExpression = 62;
var SetComprehensionExpression = 63;
var ArgList = 65;
var subscript = 238;
var String$1 = 71;
var stringStart = 241;
var stringStartD = 242;
var stringStartL = 243;
var stringStartLD = 244;
var stringStartR = 245;
var stringStartRD = 246;
var stringStartRL = 247;
var stringStartRLD = 248;
var FormatString = 72;
var stringStartF = 249;
var stringStartFD = 250;
var stringStartFL = 251;
var stringStartFLD = 252;
var stringStartFR = 253;
var stringStartFRD = 254;
var stringStartFRL = 255;
var stringStartFRLD = 256;
var FormatReplacement = 73;
var nestedFormatReplacement = 77;
var importList = 263;
var TypeParamList = 112;
var ParamList = 130;
var SequencePattern = 151;
var MappingPattern = 152;
var PatternArgList = 155;
var newline = 10;
var carriageReturn = 13;
var space = 32;
var tab = 9;
var hash = 35;
var parenOpen = 40;
var dot = 46;
var braceOpen = 123;
var braceClose = 125;
var singleQuote = 39;
var doubleQuote = 34;
var backslash = 92;
var letter_o = 111;
var letter_x = 120;
var letter_N = 78;
var letter_u = 117;
var letter_U = 85;
var bracketed = /* @__PURE__ */ new Set([
  ParenthesizedExpression,
  TupleExpression,
  ComprehensionExpression,
  importList,
  ArgList,
  ParamList,
  ArrayExpression,
  ArrayComprehensionExpression,
  subscript,
  SetExpression,
  SetComprehensionExpression,
  FormatString,
  FormatReplacement,
  nestedFormatReplacement,
  DictionaryExpression,
  DictionaryComprehensionExpression,
  SequencePattern,
  MappingPattern,
  PatternArgList,
  TypeParamList
]);
function isLineBreak(ch) {
  return ch == newline || ch == carriageReturn;
}
function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
var newlines = new ExternalTokenizer((input, stack) => {
  let prev;
  if (input.next < 0) {
    input.acceptToken(eof);
  } else if (stack.context.flags & cx_Bracketed) {
    if (isLineBreak(input.next)) input.acceptToken(newlineBracketed, 1);
  } else if (((prev = input.peek(-1)) < 0 || isLineBreak(prev)) && stack.canShift(blankLineStart)) {
    let spaces = 0;
    while (input.next == space || input.next == tab) {
      input.advance();
      spaces++;
    }
    if (input.next == newline || input.next == carriageReturn || input.next == hash)
      input.acceptToken(blankLineStart, -spaces);
  } else if (isLineBreak(input.next)) {
    input.acceptToken(newline$1, 1);
  }
}, { contextual: true });
var indentation = new ExternalTokenizer((input, stack) => {
  let context = stack.context;
  if (context.flags) return;
  let prev = input.peek(-1);
  if (prev == newline || prev == carriageReturn) {
    let depth = 0, chars = 0;
    for (; ; ) {
      if (input.next == space) depth++;
      else if (input.next == tab) depth += 8 - depth % 8;
      else break;
      input.advance();
      chars++;
    }
    if (depth != context.indent && input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth < context.indent) input.acceptToken(dedent, -chars);
      else input.acceptToken(indent);
    }
  }
});
var cx_Bracketed = 1;
var cx_String = 2;
var cx_DoubleQuote = 4;
var cx_Long = 8;
var cx_Raw = 16;
var cx_Format = 32;
function Context(parent, indent2, flags) {
  this.parent = parent;
  this.indent = indent2;
  this.flags = flags;
  this.hash = (parent ? parent.hash + parent.hash << 8 : 0) + indent2 + (indent2 << 4) + flags + (flags << 6);
}
var topIndent = new Context(null, 0, 0);
function countIndent(space2) {
  let depth = 0;
  for (let i = 0; i < space2.length; i++)
    depth += space2.charCodeAt(i) == tab ? 8 - depth % 8 : 1;
  return depth;
}
var stringFlags = new Map([
  [stringStart, 0],
  [stringStartD, cx_DoubleQuote],
  [stringStartL, cx_Long],
  [stringStartLD, cx_Long | cx_DoubleQuote],
  [stringStartR, cx_Raw],
  [stringStartRD, cx_Raw | cx_DoubleQuote],
  [stringStartRL, cx_Raw | cx_Long],
  [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
  [stringStartF, cx_Format],
  [stringStartFD, cx_Format | cx_DoubleQuote],
  [stringStartFL, cx_Format | cx_Long],
  [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
  [stringStartFR, cx_Format | cx_Raw],
  [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
  [stringStartFRL, cx_Format | cx_Raw | cx_Long],
  [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
].map(([term, flags]) => [term, flags | cx_String]));
var trackIndent = new ContextTracker({
  start: topIndent,
  reduce(context, term, _, input) {
    if (context.flags & cx_Bracketed && bracketed.has(term) || (term == String$1 || term == FormatString) && context.flags & cx_String)
      return context.parent;
    return context;
  },
  shift(context, term, stack, input) {
    if (term == indent)
      return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0);
    if (term == dedent)
      return context.parent;
    if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
      return new Context(context, 0, cx_Bracketed);
    if (stringFlags.has(term))
      return new Context(context, 0, stringFlags.get(term) | context.flags & cx_Bracketed);
    return context;
  },
  hash(context) {
    return context.hash;
  }
});
var legacyPrint = new ExternalTokenizer((input) => {
  for (let i = 0; i < 5; i++) {
    if (input.next != "print".charCodeAt(i)) return;
    input.advance();
  }
  if (/\w/.test(String.fromCharCode(input.next))) return;
  for (let off = 0; ; off++) {
    let next = input.peek(off);
    if (next == space || next == tab) continue;
    if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
      input.acceptToken(printKeyword);
    return;
  }
});
var strings = new ExternalTokenizer((input, stack) => {
  let { flags } = stack.context;
  let quote = flags & cx_DoubleQuote ? doubleQuote : singleQuote;
  let long = (flags & cx_Long) > 0;
  let escapes = !(flags & cx_Raw);
  let format = (flags & cx_Format) > 0;
  let start = input.pos;
  for (; ; ) {
    if (input.next < 0) {
      break;
    } else if (format && input.next == braceOpen) {
      if (input.peek(1) == braceOpen) {
        input.advance(2);
      } else {
        if (input.pos == start) {
          input.acceptToken(replacementStart, 1);
          return;
        }
        break;
      }
    } else if (escapes && input.next == backslash) {
      if (input.pos == start) {
        input.advance();
        let escaped = input.next;
        if (escaped >= 0) {
          input.advance();
          skipEscape(input, escaped);
        }
        input.acceptToken(Escape);
        return;
      }
      break;
    } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
      input.advance(2);
    } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
      if (input.pos == start) {
        input.acceptToken(stringEnd, long ? 3 : 1);
        return;
      }
      break;
    } else if (input.next == newline) {
      if (long) {
        input.advance();
      } else if (input.pos == start) {
        input.acceptToken(stringEnd);
        return;
      }
      break;
    } else {
      input.advance();
    }
  }
  if (input.pos > start) input.acceptToken(stringContent);
});
function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch == letter_x) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_u) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_U) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote && input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}
var pythonHighlighting = styleTags({
  'async "*" "**" FormatConversion FormatSpec': tags.modifier,
  "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
  "in not and or is del": tags.operatorKeyword,
  "from def class global nonlocal lambda": tags.definitionKeyword,
  import: tags.moduleKeyword,
  "with as print": tags.keyword,
  Boolean: tags.bool,
  None: tags.null,
  VariableName: tags.variableName,
  "CallExpression/VariableName": tags.function(tags.variableName),
  "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
  "ClassDefinition/VariableName": tags.definition(tags.className),
  PropertyName: tags.propertyName,
  "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
  Comment: tags.lineComment,
  Number: tags.number,
  String: tags.string,
  FormatString: tags.special(tags.string),
  Escape: tags.escape,
  UpdateOp: tags.updateOperator,
  "ArithOp!": tags.arithmeticOperator,
  BitOp: tags.bitwiseOperator,
  CompareOp: tags.compareOperator,
  AssignOp: tags.definitionOperator,
  Ellipsis: tags.punctuation,
  At: tags.meta,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  ".": tags.derefOperator,
  ", ;": tags.separator
});
var spec_identifier = { __proto__: null, await: 44, or: 54, and: 56, in: 60, not: 62, is: 64, if: 70, else: 72, lambda: 76, yield: 94, from: 96, async: 102, for: 104, None: 162, True: 164, False: 164, del: 178, pass: 182, break: 186, continue: 190, return: 194, raise: 202, import: 206, as: 208, global: 212, nonlocal: 214, assert: 218, type: 223, elif: 236, while: 240, try: 246, except: 248, finally: 250, with: 254, def: 258, class: 268, match: 279, case: 285 };
var parser = LRParser.deserialize({
  version: 14,
  states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
  stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
  goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
  nodeNames: "\u26A0 print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
  maxTerm: 277,
  context: trackIndent,
  nodeProps: [
    ["isolate", -5, 4, 71, 72, 73, 77, ""],
    ["group", -15, 6, 85, 87, 88, 90, 92, 94, 96, 98, 99, 100, 102, 105, 108, 110, "Statement Statement", -22, 8, 18, 21, 25, 40, 49, 50, 56, 57, 60, 61, 62, 63, 64, 67, 70, 71, 72, 79, 80, 81, 82, "Expression", -10, 114, 116, 119, 121, 122, 126, 128, 133, 135, 138, "Statement", -9, 143, 144, 147, 148, 150, 151, 152, 153, 154, "Pattern"],
    ["openedBy", 23, "(", 54, "[", 58, "{"],
    ["closedBy", 24, ")", 55, "]", 59, "}"]
  ],
  propSources: [pythonHighlighting],
  skippedNodes: [0, 4],
  repeatNodeCount: 34,
  tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
  tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
  topRules: { "Script": [0, 5] },
  specialized: [{ term: 221, get: (value) => spec_identifier[value] || -1 }],
  tokenPrec: 7668
});

// src/pins/entry-points.ts
var HUB_ID_KWARGS = [
  "pretrained_model_name_or_path",
  "pretrained_model_link_or_path",
  "model_name_or_path",
  "repo_id",
  "model_id",
  "model_name"
];
var DATASET_BUILDERS = /* @__PURE__ */ new Set([
  "csv",
  "json",
  "parquet",
  "text",
  "arrow",
  "pandas",
  "sql",
  "generator",
  "imagefolder",
  "audiofolder",
  "videofolder",
  "webdataset",
  "xml",
  "spark"
]);
var SHA = "<40 hex>";
var REV = ["revision"];
var PYTHON_ENTRY_POINTS = [
  {
    library: "peft",
    entry: 'PeftModel.from_pretrained(base, "org/adapter")',
    match: { names: ["from_pretrained"], q: /(^|\.)Peft(Model\w*|MixedModel)\.from_pretrained$/ },
    id: { keywords: ["model_id"], position: 1 },
    form: "hub-id",
    revision: REV,
    pin: `PeftModel.from_pretrained(base, "org/adapter", revision="${SHA}")`,
    cite: "huggingface/peft src/peft/peft_model.py PeftModel.from_pretrained"
  },
  {
    library: "llama-cpp-python",
    entry: "Llama.from_pretrained(repo_id, filename)",
    match: {
      names: ["from_pretrained"],
      q: /(^|\.)Llama\.from_pretrained$/,
      module: ["llama_cpp"],
      mode: "imported"
    },
    id: { keywords: ["repo_id"], position: 0 },
    form: "hub-id",
    revision: [],
    pin: `hf_hub_download(repo_id, filename, revision="${SHA}"), then Llama(model_path=...)`,
    cite: "abetlen/llama-cpp-python llama_cpp/llama.py Llama.from_pretrained (no revision parameter)"
  },
  {
    library: "nemo",
    entry: 'ASRModel.from_pretrained("org/name")',
    match: { names: ["from_pretrained"], module: ["nemo"] },
    id: { keywords: ["model_name"], position: 0 },
    form: "nemo",
    revision: [],
    pin: `hf_hub_download(repo_id, "<file>.nemo", revision="${SHA}"), then restore_from(path)`,
    cite: "NVIDIA/NeMo nemo/core/classes/common.py Model.from_pretrained (no revision parameter)"
  },
  {
    library: "pyannote.audio",
    entry: 'Pipeline.from_pretrained("org/name")',
    match: { names: ["from_pretrained"], module: ["pyannote"] },
    id: { keywords: ["checkpoint", "checkpoint_path"], position: 0 },
    form: "hub-id-at",
    revision: REV,
    pin: `Pipeline.from_pretrained("org/name", revision="${SHA}") (3.x: "org/name@${SHA}")`,
    cite: "pyannote/pyannote-audio src/pyannote/audio/core/pipeline.py, core/model.py from_pretrained"
  },
  {
    library: "espnet",
    entry: 'Speech2Text.from_pretrained("org/name")',
    match: { names: ["from_pretrained"], module: ["espnet2"] },
    id: { keywords: ["model_tag"], position: 0 },
    form: "hub-id-at",
    revision: [],
    pin: `Speech2Text.from_pretrained("org/name@${SHA}")`,
    cite: "espnet/espnet_model_zoo espnet_model_zoo/downloader.py huggingface_download (name@revision)"
  },
  {
    library: "espnet_model_zoo",
    entry: 'ModelDownloader().download_and_unpack("org/name")',
    match: { names: ["download_and_unpack", "download"], module: ["espnet_model_zoo"], mode: "imported" },
    id: { keywords: ["name"], position: 0 },
    form: "hub-id-at",
    revision: [],
    pin: `download_and_unpack("org/name@${SHA}")`,
    cite: "espnet/espnet_model_zoo espnet_model_zoo/downloader.py"
  },
  {
    library: "speechbrain",
    entry: 'foreign_class(source="org/name", pymodule_file=..., classname=...)',
    match: { names: ["foreign_class"], module: ["speechbrain"], mode: "imported" },
    id: { keywords: ["source"], position: 0 },
    form: "hub-id",
    revision: ["revision", "fetch_config.revision"],
    code: "remote-code",
    pin: `foreign_class(source, ..., fetch_config=FetchConfig(revision="${SHA}"))`,
    cite: "speechbrain/speechbrain speechbrain/inference/interfaces.py foreign_class; utils/fetching.py FetchConfig.revision"
  },
  {
    library: "speechbrain",
    entry: 'EncoderClassifier.from_hparams(source="org/name")',
    match: { names: ["from_hparams"], module: ["speechbrain"], mode: "imported" },
    id: { keywords: ["source"], position: 0 },
    form: "hub-id",
    revision: ["revision", "fetch_config.revision"],
    code: "runs-code",
    pin: `from_hparams(source, fetch_config=FetchConfig(revision="${SHA}")) (0.5: revision="${SHA}")`,
    cite: "speechbrain/speechbrain speechbrain/inference/interfaces.py from_hparams (HyperPyYAML runs what the file names)"
  },
  {
    library: "timm",
    entry: 'timm.create_model("hf-hub:org/name", pretrained=True)',
    match: { names: ["create_model"], module: ["timm"] },
    id: { keywords: ["model_name"], position: 0 },
    idPrefix: "hf-hub:",
    form: "timm",
    revision: [],
    pin: `timm.create_model("hf-hub:org/name@${SHA}", pretrained=True)`,
    cite: "huggingface/pytorch-image-models timm/models/_hub.py hf_split"
  },
  {
    library: "timm",
    entry: 'timm.create_model("resnet50", pretrained=True)',
    match: { names: ["create_model"], module: ["timm"] },
    id: { keywords: ["model_name"], position: 0 },
    when: "pretrained",
    form: "timm",
    revision: [],
    pin: `timm.create_model("hf-hub:timm/<arch>.<tag>@${SHA}", pretrained=True)`,
    cite: "huggingface/pytorch-image-models timm/models/_builder.py load_pretrained"
  },
  {
    library: "open_clip",
    entry: 'open_clip.create_model_and_transforms("hf-hub:org/name")',
    match: {
      names: ["create_model", "create_model_and_transforms", "create_model_from_pretrained", "get_tokenizer"],
      module: ["open_clip"]
    },
    id: { keywords: ["model_name"], position: 0 },
    form: "open-clip",
    revision: [],
    pin: `hf_hub_download(repo_id, filename, revision="${SHA}") for each file, then "local-dir:<folder>"`,
    cite: "mlfoundations/open_clip src/open_clip/factory.py parse_model_name (no revision syntax)"
  },
  {
    library: "keras_hub / keras_nlp",
    entry: 'keras_hub.models.X.from_preset("hf://org/name")',
    match: { names: ["from_preset"], module: ["keras_hub", "keras_nlp", "keras_cv"] },
    id: { keywords: ["preset"], position: 0 },
    form: "keras-preset",
    revision: [],
    pin: '"kaggle://owner/model/keras/variant/<version>", or snapshot_download(revision=<40 hex>) and a local path',
    cite: "keras-team/keras-hub keras_hub/src/utils/preset_utils.py get_file"
  },
  {
    library: "kagglehub",
    entry: 'kagglehub.model_download("owner/model/framework/variation")',
    match: { names: ["model_download"], module: ["kagglehub"] },
    id: { keywords: ["handle"], position: 0 },
    form: "kaggle-model",
    revision: [],
    pin: 'kagglehub.model_download("owner/model/framework/variation/<version>")',
    cite: "Kaggle/kagglehub src/kagglehub/handle.py ModelHandle"
  },
  {
    library: "kagglehub",
    entry: 'kagglehub.dataset_download("owner/dataset")',
    match: { names: ["dataset_download"], module: ["kagglehub"] },
    id: { keywords: ["handle"], position: 0 },
    form: "kaggle-dataset",
    revision: [],
    pin: 'kagglehub.dataset_download("owner/dataset/versions/<n>")',
    cite: "Kaggle/kagglehub src/kagglehub/handle.py DatasetHandle"
  },
  {
    library: "tensorflow_hub",
    entry: 'hub.KerasLayer("https://tfhub.dev/...")',
    match: { names: ["load", "KerasLayer", "resolve", "Module"], module: ["tensorflow_hub"] },
    id: { keywords: ["handle", "spec"], position: 0 },
    form: "tfhub",
    revision: [],
    pin: "a handle ending in its version number (https://www.kaggle.com/models/o/m/f/v/<n>)",
    cite: "tensorflow/hub tensorflow_hub/resolver.py (versioned handles)"
  },
  {
    library: "ultralytics",
    entry: 'YOLO("yolo11n.pt")',
    match: {
      names: ["YOLO", "RTDETR", "SAM", "FastSAM", "NAS", "YOLOWorld", "YOLOE"],
      module: ["ultralytics"],
      bare: true
    },
    id: { keywords: ["model"], position: 0 },
    form: "ultralytics",
    revision: [],
    pin: "download the weights yourself, check their SHA-256, and pass the local path",
    cite: "ultralytics/ultralytics ultralytics/utils/downloads.py attempt_download_asset"
  },
  {
    library: "mlx-lm",
    entry: 'mlx_lm.load("org/name")',
    match: { names: ["load"], module: ["mlx_lm", "mlx_vlm"] },
    id: { keywords: ["path_or_hf_repo"], position: 0 },
    form: "hub-id",
    revision: REV,
    pin: `mlx_lm.load("org/name", revision="${SHA}")`,
    cite: "ml-explore/mlx-lm mlx_lm/utils.py load"
  },
  {
    library: "flair",
    entry: 'SequenceTagger.load("org/name")',
    match: { names: ["load"], module: ["flair"] },
    id: { keywords: ["model_path"], position: 0 },
    ownerRequired: true,
    form: "hub-id-at",
    revision: [],
    pin: `SequenceTagger.load("org/name@${SHA}")`,
    cite: "flairNLP/flair flair/file_utils.py hf_download (name@revision)"
  },
  {
    library: "spacy",
    entry: 'spacy.cli.download("en_core_web_sm")',
    match: { names: ["download"], q: /^spacy\.cli(\.download)?\.download$/ },
    id: { keywords: ["model"], position: 0 },
    form: "spacy",
    revision: [],
    pinnedBy: { keyword: "direct", position: 1, test: "truthy" },
    pin: 'spacy.cli.download("en_core_web_sm-3.8.0", direct=True), or the wheel URL with --hash in requirements',
    cite: "explosion/spaCy spacy/cli/download.py download(model, direct=False)"
  },
  {
    library: "huggingface_hub (fastai, keras)",
    entry: 'from_pretrained_fastai("org/name") / from_pretrained_keras("org/name")',
    match: { names: ["from_pretrained_fastai", "from_pretrained_keras"] },
    id: { keywords: ["repo_id"], position: 0 },
    form: "hub-id",
    revision: REV,
    pin: `from_pretrained_fastai("org/name", revision="${SHA}")`,
    cite: "huggingface/huggingface_hub src/huggingface_hub/fastai_utils.py, keras_mixin.py"
  },
  {
    library: "modelscope",
    entry: 'modelscope.snapshot_download("org/name")',
    match: { names: ["snapshot_download", "model_file_download"], module: ["modelscope"] },
    id: { keywords: ["model_id", "repo_id"], position: 0 },
    form: "modelscope",
    revision: REV,
    pin: `snapshot_download("org/name", revision="${SHA}")`,
    cite: "modelscope/modelscope modelscope/hub/snapshot_download.py"
  },
  {
    library: "huggingface_hub",
    entry: "hf_hub_download(repo_id, filename) / snapshot_download(repo_id)",
    match: { names: ["hf_hub_download", "snapshot_download", "hf_hub_url"] },
    id: { keywords: ["repo_id"], position: 0 },
    form: "hub-id",
    revision: REV,
    pin: `hf_hub_download("org/name", "file", revision="${SHA}")`,
    cite: "huggingface/huggingface_hub src/huggingface_hub/file_download.py, _snapshot_download.py"
  },
  {
    library: "datasets",
    entry: 'load_dataset("org/name")',
    match: { names: ["load_dataset"], module: ["datasets"], bare: true },
    id: { keywords: ["path"], position: 0 },
    form: "hub-id",
    revision: REV,
    notRefs: DATASET_BUILDERS,
    localWhen: { keyword: "data_files" },
    pin: `load_dataset("org/name", revision="${SHA}")`,
    cite: "huggingface/datasets src/datasets/load.py load_dataset"
  },
  {
    library: "transformers",
    entry: 'pipeline(task, model="org/name")',
    match: { names: ["pipeline"], module: ["transformers"], bare: true },
    id: { keywords: ["model"], position: 1 },
    form: "hub-id",
    revision: REV,
    pin: `pipeline(task, model="org/name", revision="${SHA}")`,
    cite: "huggingface/transformers src/transformers/pipelines/__init__.py pipeline"
  },
  {
    library: "vllm",
    entry: 'LLM(model="org/name")',
    match: { names: ["LLM", "EngineArgs", "AsyncEngineArgs"], module: ["vllm"], bare: true },
    id: { keywords: ["model"], position: 0 },
    form: "hub-id",
    revision: REV,
    pin: `LLM(model="org/name", revision="${SHA}")`,
    cite: "vllm-project/vllm vllm/engine/arg_utils.py EngineArgs.revision"
  },
  {
    library: "sentence-transformers",
    entry: 'SentenceTransformer("org/name")',
    match: {
      names: ["SentenceTransformer", "CrossEncoder", "SparseEncoder"],
      module: ["sentence_transformers"],
      mode: "imported"
    },
    id: { keywords: ["model_name_or_path", "model_name"], position: 0 },
    form: "hub-id",
    revision: REV,
    // SentenceTransformer.__init__: a name without "/" (other than the basic transformers models) is read from sentence-transformers/.
    defaultOwner: {
      owner: "sentence-transformers",
      except: /^(bert|roberta|distilbert|distilroberta|albert|camembert|xlm|xlnet|gpt2|openai-gpt|t5|ctrl|distilgpt2)(-|$)/
    },
    pin: `SentenceTransformer("org/name", revision="${SHA}")`,
    cite: "UKPLab/sentence-transformers sentence_transformers/SentenceTransformer.py __init__(revision=)"
  },
  {
    library: "diffusers",
    entry: 'DiffusionPipeline.from_pretrained(..., custom_pipeline="org/name")',
    match: { names: ["from_pretrained"] },
    requires: "custom_pipeline",
    extra: true,
    id: { keywords: ["custom_pipeline"] },
    form: "diffusers-pipeline",
    revision: ["custom_revision"],
    code: "remote-code",
    pin: `from_pretrained(..., custom_pipeline="org/name", custom_revision="${SHA}")`,
    cite: "huggingface/diffusers src/diffusers/pipelines/pipeline_utils.py from_pretrained (custom_revision)"
  },
  {
    library: "diffusers",
    entry: 'pipe.load_lora_weights("org/name")',
    match: { names: ["load_lora_weights", "lora_state_dict", "load_ip_adapter", "load_textual_inversion"] },
    id: { keywords: ["pretrained_model_name_or_path_or_dict", "pretrained_model_name_or_path"], position: 0 },
    form: "hub-id",
    revision: REV,
    pin: `pipe.load_lora_weights("org/name", revision="${SHA}")`,
    cite: "huggingface/diffusers src/diffusers/loaders/lora_pipeline.py lora_state_dict (revision)"
  },
  {
    library: "torch.hub",
    entry: 'torch.hub.load("owner/repo", "entry")',
    match: { names: ["load", "list", "help"], q: /^torch\.hub\.(load|list|help)$/ },
    id: { keywords: ["repo_or_dir", "github"], position: 0 },
    form: "github-repo",
    revision: [],
    localWhen: { keyword: "source", equals: "local" },
    code: "runs-code",
    rule: "torch-hub",
    pin: `torch.hub.load("owner/repo:${SHA}", "entry")`,
    cite: "pytorch/pytorch torch/hub.py _parse_repo_info"
  },
  {
    library: "torch.hub",
    entry: "torch.hub.load_state_dict_from_url(url)",
    match: {
      names: ["load_state_dict_from_url", "load_url"],
      q: /^torch\.(hub\.load_state_dict_from_url|utils\.model_zoo\.load_url)$/
    },
    id: { keywords: ["url"], position: 0 },
    form: "url",
    revision: [],
    pinnedBy: { keyword: "check_hash", position: 4, test: "truthy" },
    rule: "url",
    pin: "load_state_dict_from_url(url, check_hash=True) with the hash prefix in the file name",
    cite: "pytorch/pytorch torch/hub.py load_state_dict_from_url (HASH_REGEX)"
  },
  {
    library: "torch.hub",
    entry: "torch.hub.download_url_to_file(url, dst)",
    match: { names: ["download_url_to_file"], q: /^torch\.hub\.download_url_to_file$/ },
    id: { keywords: ["url"], position: 0 },
    form: "url",
    revision: [],
    pinnedBy: { keyword: "hash_prefix", position: 2, test: "present" },
    rule: "url",
    pin: 'download_url_to_file(url, dst, hash_prefix="<sha256 prefix>")',
    cite: "pytorch/pytorch torch/hub.py download_url_to_file"
  },
  {
    library: "torchvision",
    entry: "ResNet50_Weights.DEFAULT.get_state_dict()",
    match: { names: ["get_state_dict"], q: /_Weights\b/ },
    id: { keywords: [], callee: true },
    form: "torchvision-weights",
    revision: [],
    pinnedBy: { keyword: "check_hash", test: "truthy" },
    rule: "url",
    pin: "resnet50(weights=ResNet50_Weights.DEFAULT) (torchvision >= 0.15 checks the hash), or get_state_dict(check_hash=True)",
    cite: "pytorch/vision torchvision/models/_api.py WeightsEnum.get_state_dict"
  },
  {
    library: "ollama (Python)",
    entry: 'ollama.pull("llama3.2")',
    match: { names: ["pull"], module: ["ollama"], mode: "imported" },
    id: { keywords: ["model"], position: 0 },
    form: "ollama",
    revision: [],
    pin: "a name with its manifest digest (model@sha256:<64 hex>), verified with modelvet verify",
    cite: "ollama/ollama-python ollama/_client.py Client.pull"
  },
  {
    library: "transformers, diffusers, optimum, setfit, span_marker, gliner, unsloth, paddlenlp, ...",
    entry: 'X.from_pretrained("org/name") / X.from_single_file(url)',
    match: { names: ["from_pretrained", "from_single_file"] },
    id: { keywords: HUB_ID_KWARGS, position: 0 },
    form: "hub-id",
    revision: REV,
    pin: `AutoModel.from_pretrained("org/name", revision="${SHA}")`,
    cite: "huggingface/transformers src/transformers/modeling_utils.py PreTrainedModel.from_pretrained (revision)"
  }
];

// src/pins/python-ast.ts
var TEXT_CAP = 400;
var BINDING_PARENTS = /* @__PURE__ */ new Set([
  "ParamList",
  "NamedExpression",
  "UpdateStatement",
  "ScopeStatement",
  "ImportStatement"
]);
function decodePyString(lit) {
  const m = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(lit);
  if (!m) return void 0;
  const prefix = m[1].toLowerCase();
  if (prefix.includes("b")) return void 0;
  const q = m[2];
  if (!lit.endsWith(q) || lit.length < m[0].length + q.length) return void 0;
  const body = lit.slice(m[0].length, lit.length - q.length);
  if (prefix.includes("r")) return body;
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\r?\n|.)/g,
    (_all, e) => decodeEscape(e)
  );
}
var SIMPLE_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  "0": "\0",
  "\\": "\\",
  "'": "'",
  '"': '"'
};
function decodeEscape(e) {
  if ((e[0] === "x" || e[0] === "u" || e[0] === "U") && e.length > 1) {
    const cp = Number.parseInt(e.slice(1), 16);
    return cp <= 1114111 ? String.fromCodePoint(cp) : "";
  }
  if (e === "\n" || e === "\r\n") return "";
  return SIMPLE_ESCAPES[e] ?? `\\${e}`;
}
var PyModule = class {
  src;
  /** Local name → dotted import path (`np` → `numpy`, `AutoModel` → `transformers.AutoModel`). */
  aliases = /* @__PURE__ */ new Map();
  /** Top-level packages imported anywhere. */
  modules = /* @__PURE__ */ new Set();
  /** Name → the values assigned to it (one entry per assignment). */
  assigned = /* @__PURE__ */ new Map();
  /** Names bound other than by one plain assignment (parameters, loop targets, `as`, :=, +=, global, imports). */
  rebound = /* @__PURE__ */ new Set();
  calls = [];
  dicts = [];
  constructor(src, tree) {
    this.src = src;
    const siblings = [{ inFor: false, afterAs: false }];
    tree.iterate({
      enter: (ref2) => {
        const name2 = ref2.name;
        const state = siblings[siblings.length - 1];
        if (name2 !== "Comment") this.readSiblingBinding(state, name2, ref2.from, ref2.to);
        if (name2 === "ImportStatement") this.readImport(ref2.node);
        else if (name2 === "AssignStatement") this.readAssign(ref2.node);
        else if (name2 === "CallExpression") this.calls.push(ref2.node);
        else if (name2 === "DictionaryExpression") this.dicts.push(ref2.node);
        if (BINDING_PARENTS.has(name2)) this.readBindings(ref2.node);
        siblings.push({ inFor: false, afterAs: false });
      },
      leave: () => {
        siblings.pop();
      }
    });
  }
  /** Source text of a node, cut to `cap` characters. */
  text(n, cap = TEXT_CAP) {
    return this.src.slice(n.from, Math.min(n.to, n.from + cap));
  }
  /** Python compares identifiers after NFKC normalization: ｔrust_remote_code (fullwidth t) is trust_remote_code. */
  ident(n) {
    return this.identAt(n.from, n.to);
  }
  /** The identifier in src[from, to), as `ident` reads it (the cursor walk has offsets, not nodes). */
  identAt(from, to) {
    return this.src.slice(from, Math.min(to, from + TEXT_CAP)).normalize("NFKC");
  }
  imported(mod) {
    return this.modules.has(mod);
  }
  children(n) {
    const out = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== "Comment") out.push(c);
    return out;
  }
  readImport(n) {
    const kids = this.children(n);
    if (kids[0]?.name === "from") this.readFromImport(kids);
    else if (kids[0]?.name === "import") this.readPlainImport(kids);
  }
  /** Dotted name starting at kids[i]; returns it and the index after it. */
  dotted(kids, start) {
    let name2 = "";
    let i = start;
    while (i < kids.length && (kids[i].name === "VariableName" || kids[i].name === ".")) {
      name2 += this.ident(kids[i]);
      i++;
    }
    return [name2, i];
  }
  readFromImport(kids) {
    let [mod, i] = this.dotted(kids, 1);
    this.modules.add(mod.split(".")[0] ?? mod);
    if (kids[i]?.name === "import") i++;
    for (; i < kids.length; i++) {
      const k = kids[i];
      if (k.name !== "VariableName") continue;
      const name2 = this.ident(k);
      let local = name2;
      if (kids[i + 1]?.name === "as" && kids[i + 2]?.name === "VariableName") {
        local = this.ident(kids[i + 2]);
        i += 2;
      }
      this.aliases.set(local, `${mod}.${name2}`);
    }
  }
  readPlainImport(kids) {
    let i = 1;
    while (i < kids.length) {
      if (kids[i].name !== "VariableName") {
        i++;
        continue;
      }
      const [mod, next] = this.dotted(kids, i);
      i = next;
      this.modules.add(mod.split(".")[0] ?? mod);
      if (kids[i]?.name === "as" && kids[i + 1]?.name === "VariableName") {
        this.aliases.set(this.ident(kids[i + 1]), mod);
        i += 2;
      }
    }
  }
  readAssign(n) {
    const kids = this.children(n);
    const lastOp = kids.findLastIndex((k) => k.name === "AssignOp");
    if (lastOp < 0) return;
    const targets = kids.slice(0, lastOp).filter((k) => k.name === "VariableName");
    const single = lastOp === kids.length - 2 && targets.length === 1 && kids[0] === targets[0] && kids.slice(0, lastOp).every((k) => k === targets[0] || k.name === "TypeDef");
    for (const t2 of targets) {
      const name2 = this.ident(t2);
      if (!single) this.rebound.add(name2);
      const list = this.assigned.get(name2) ?? [];
      list.push(single ? kids.at(-1) : t2);
      this.assigned.set(name2, list);
    }
  }
  /** Records names bound by anything but `NAME = value`, so they are never taken for constants. */
  readBindings(n) {
    const bind = (k) => {
      if (k?.name === "VariableName") this.rebound.add(this.ident(k));
    };
    if (n.name === "ParamList") {
      const kids = this.children(n);
      kids.forEach((k, i) => {
        if (kids[i - 1]?.name !== "AssignOp") bind(k);
      });
    } else if (n.name === "NamedExpression" || n.name === "UpdateStatement") bind(this.children(n)[0]);
    else if (n.name === "ScopeStatement" || n.name === "ImportStatement") this.children(n).forEach(bind);
  }
  /**
   * `for` targets and `as` names, read as the walk passes each child of a node: a name after `for`
   * and before `in`, and the name right after `as` (with, except, import, match patterns).
   */
  readSiblingBinding(state, name2, from, to) {
    const bind = () => {
      this.rebound.add(this.identAt(from, to));
    };
    if (state.afterAs) {
      state.afterAs = false;
      if (name2 === "VariableName") bind();
    }
    if (name2 === "for") state.inFor = true;
    else if (name2 === "in") state.inFor = false;
    else if (state.inFor && name2 === "VariableName") bind();
    if (name2 === "as") state.afterAs = true;
  }
  /** The one value a name was assigned, when it was assigned exactly once and never rebound. */
  constant(n) {
    if (n.name !== "VariableName") return void 0;
    const name2 = this.ident(n);
    if (this.rebound.has(name2)) return void 0;
    const values = this.assigned.get(name2);
    return values?.length === 1 && values[0] !== n ? values[0] : void 0;
  }
  /** Statically known value of an expression: string literals (and `+` of them), booleans, None, constants. */
  evaluate(n, depth = 0) {
    if (!n) return { kind: "dynamic", text: "" };
    switch (n.name) {
      case "String":
      case "ContinuedString":
      case "FormatString":
        return this.stringValue(n);
      case "Boolean":
        return { kind: "bool", value: this.text(n) === "True" };
      case "None":
        return { kind: "none" };
      case "BinaryExpression":
        return depth < 8 ? this.concat(n, depth) : { kind: "dynamic", text: this.text(n) };
      case "ParenthesizedExpression": {
        const inner = this.children(n).find((c) => c.name !== "(" && c.name !== ")");
        return this.evaluate(inner, depth);
      }
      case "VariableName": {
        const value = depth < 4 ? this.constant(n) : void 0;
        const v = value ? this.evaluate(value, depth + 1) : void 0;
        if (v && (v.kind === "str" || v.kind === "bool")) return { ...v, from: this.ident(n) };
        return { kind: "dynamic", text: this.text(n) };
      }
      default:
        return { kind: "dynamic", text: this.text(n) };
    }
  }
  stringValue(n) {
    const parts = n.name === "ContinuedString" ? this.children(n) : [n];
    let out = "";
    for (const p of parts) {
      if (p.name === "FormatString" && p.getChild("FormatReplacement"))
        return { kind: "dynamic", text: this.text(n) };
      const s = decodePyString(this.src.slice(p.from, p.to));
      if (s === void 0) return { kind: "dynamic", text: this.text(n) };
      out += s;
    }
    return { kind: "str", value: out };
  }
  concat(n, depth) {
    const kids = this.children(n);
    if (kids.length === 3 && this.text(kids[1]) === "+") {
      const a = this.evaluate(kids[0], depth + 1);
      const b = this.evaluate(kids[2], depth + 1);
      if (a.kind === "str" && b.kind === "str") return { kind: "str", value: a.value + b.value };
    }
    return { kind: "dynamic", text: this.text(n) };
  }
  /** Dotted name of a callee with imports resolved (`tf.AutoModel.from_pretrained` → transformers.AutoModel.from_pretrained). */
  calleeName(n, depth = 0) {
    if (!n || depth > 8) return ["?"];
    if (n.name === "VariableName") {
      const name2 = this.ident(n);
      const imported = this.aliases.get(name2);
      if (imported) return imported.split(".");
      const v = this.constant(n);
      if (v && (v.name === "MemberExpression" || v.name === "VariableName"))
        return this.calleeName(v, depth + 1);
      return [name2];
    }
    if (n.name === "MemberExpression") {
      const prop = n.getChild("PropertyName");
      return [...this.calleeName(n.firstChild, depth + 1), prop ? this.ident(prop) : "?"];
    }
    return ["?"];
  }
  /** Keyword entries of a dict display `{"k": v}` or `dict(k=v)`, directly or through a name assigned once. */
  dictEntries(n, depth = 0) {
    if (!n || depth > 4) return void 0;
    if (n.name === "VariableName") {
      const v = this.constant(n);
      return v ? this.dictEntries(v, depth + 1) : void 0;
    }
    if (n.name === "DictionaryExpression") {
      const out = [];
      const kids = this.children(n);
      for (let i = 0; i < kids.length; i++) {
        if (kids[i + 1]?.name !== ":") continue;
        const k = this.evaluate(kids[i]);
        if (k.kind === "str") out.push({ key: k.value, node: kids[i + 2] });
      }
      return out;
    }
    if (n.name === "CallExpression" && this.calleeName(n.firstChild).join(".") === "dict") {
      return this.callKeywords(n, depth);
    }
    return void 0;
  }
  /** Keyword arguments of a call expression (`FetchConfig(revision=...)`). */
  callKeywords(n, depth = 0) {
    return this.readArgs(n.getChild("ArgList"), depth + 1).filter((a) => a.kind === "kw").map((a) => ({ key: a.name, node: a.node }));
  }
  /** Arguments of a call; `**{...}` and `**NAME` (a dict assigned once) are expanded into keywords. */
  readArgs(list, depth = 0) {
    const args = [];
    if (!list) return args;
    let group = [];
    for (const c of this.children(list)) {
      if (c.name === "(" || c.name === ")") continue;
      if (c.name === ",") {
        this.pushArg(group, args, depth);
        group = [];
      } else group.push(c);
    }
    this.pushArg(group, args, depth);
    return args;
  }
  pushArg(raw, args, depth) {
    const g = raw.filter((x) => x.name !== "\u26A0");
    const first = g[0];
    if (!first) return;
    if (first.name === "**") {
      const entries = depth < 4 ? this.dictEntries(g[1], depth) : void 0;
      const via = `**${g[1] ? this.text(g[1], 80) : ""}`;
      if (entries)
        for (const e of entries) args.push({ kind: "kw", name: e.key, node: e.node, from: first.from, via });
      else args.push({ kind: "dstar", node: g[1], from: first.from });
    } else if (first.name === "*") args.push({ kind: "star", node: g[1], from: first.from });
    else if (first.name === "VariableName" && g[1]?.name === "AssignOp") {
      args.push({ kind: "kw", name: this.ident(first), node: g[2], from: first.from });
    } else args.push({ kind: "pos", node: g.length === 1 ? first : void 0, from: first.from });
  }
  /** A filesystem path built in code: os.path.join/abspath/…, pathlib.Path(…), `path / "x"`. */
  isPathExpression(n, depth = 0) {
    if (!n || depth > 4) return false;
    if (n.name === "VariableName") {
      const v = this.constant(n);
      return v ? this.isPathExpression(v, depth + 1) : false;
    }
    if (n.name === "BinaryExpression") {
      const kids = this.children(n);
      return kids.length === 3 && this.text(kids[1]) === "/" && (this.isPathExpression(kids[0], depth + 1) || this.isPathExpression(kids[2], depth + 1));
    }
    if (n.name === "MemberExpression") return this.isPathExpression(n.firstChild ?? void 0, depth + 1);
    if (n.name !== "CallExpression") return false;
    const callee = n.firstChild;
    if (callee?.name === "MemberExpression" && this.isPathExpression(callee.firstChild ?? void 0, depth + 1))
      return true;
    const q = this.calleeName(callee).join(".");
    return /^(os\.path\.(join|abspath|realpath|expanduser|dirname|normpath)|pathlib\.(Pure)?(Posix|Windows)?Path|(Pure)?(Posix|Windows)?Path)$/.test(
      q
    ) || /^(pathlib\.)?(Pure)?(Posix|Windows)?Path\.(cwd|home)$/.test(q);
  }
};
var PyCall = class {
  node;
  parts;
  q;
  last;
  args;
  pos;
  hasDstar;
  /** Offset of the called name (the method name of `a.b(...)`). */
  at;
  mod;
  constructor(mod, node) {
    this.mod = mod;
    this.node = node;
    const callee = node.firstChild;
    this.parts = mod.calleeName(callee);
    this.q = this.parts.join(".");
    this.last = this.parts.at(-1) ?? "";
    this.args = mod.readArgs(node.getChild("ArgList"));
    this.pos = this.args.filter((a) => a.kind === "pos");
    this.hasDstar = this.args.some((a) => a.kind === "dstar");
    const nameNode = callee?.name === "MemberExpression" ? callee.getChild("PropertyName") ?? callee : callee;
    this.at = nameNode?.from ?? node.from;
  }
  kw(name2) {
    return this.args.find((a) => a.kind === "kw" && a.name === name2);
  }
  /** A keyword, or `outer.inner`: keyword `inner` of the call or dict passed as `outer`. */
  kwPath(path) {
    const [outer, inner] = path.split(".", 2);
    const a = this.kw(outer);
    if (!a || inner === void 0) return a ? { arg: a, node: a.node } : void 0;
    const n = a.node;
    const entries = n?.name === "CallExpression" ? this.mod.callKeywords(n) : this.mod.dictEntries(n);
    const entry = entries?.find((e) => e.key === inner);
    return entry ? { arg: a, node: entry.node } : void 0;
  }
  /** The call's text, cut (evidence and messages). */
  text(cap = TEXT_CAP) {
    return this.mod.text(this.node, cap);
  }
  /** Text of one argument (`revision="main"`, or `**kw (revision=…)` when it came from a dict). */
  argText(a) {
    if (a.via) return `${a.via} (${a.name}=${a.node ? this.mod.text(a.node, 80) : ""})`;
    const end = Math.min(a.node?.to ?? a.from, a.from + TEXT_CAP);
    return this.mod.src.slice(a.from, end);
  }
  evidence() {
    return { call: shorten(this.text(), 200), callee: this.q };
  }
};

// src/pins/python.ts
function checkPython(src, out, opts = {}) {
  const parsed = guardParse(src, parseBounded, {
    what: "Python",
    nesting: NESTING.python,
    maxDepth: DEPTH_LIMITS.python
  });
  if (!parsed.ok) {
    reportUnparsed(src, parsed.failure, out.hit);
    return;
  }
  const mod = new PyModule(src, parsed.value);
  const trustSeen = /* @__PURE__ */ new Set();
  for (const node of mod.calls) {
    const call = new PyCall(mod, node);
    checkTrustRemoteCode(mod, call, out.hit, trustSeen);
    if (checkSetupPy(mod, call, out.hit)) continue;
    checkEntryPoints(mod, call, out, opts);
    checkTorchLoad(mod, call, out.hit);
  }
  checkTrustDicts(mod, trustSeen, out.hit);
}
var STEPS_PER_CHAR = 4;
var PARSE_MS = 2e3;
var PARSE_HEAP_BYTES = 128 * 1024 * 1024;
function parseBounded(text) {
  const parse = parser.startParse(text);
  const steps = 2e4 + text.length * STEPS_PER_CHAR;
  const started = monotonicMs();
  const heapAtStart = process.memoryUsage().heapUsed;
  for (let i = 0; ; i++) {
    const tree = parse.advance();
    if (tree) return tree;
    if (i > steps || (i & 63) === 0 && monotonicMs() - started > PARSE_MS)
      throw new ParseBudgetError("Python parse budget");
    if ((i & 4095) === 4095 && process.memoryUsage().heapUsed - heapAtStart > PARSE_HEAP_BYTES)
      throw new ParseBudgetError("Python parse memory budget");
  }
}
function reportUnparsed(src, failure, hit) {
  const cannotRun = failure.reason === "too-deep";
  const brackets = cannotRun && NESTING.pythonBrackets(src, DEPTH_LIMITS.python) >= 0;
  const limit = brackets ? `brackets deeper than ${DEPTH_LIMITS.python} levels, which CPython refuses ("too many nested parentheses")` : `expressions about ${DEPTH_LIMITS.pythonExpression} operations deep, more than CPython compiles (RecursionError during compilation)`;
  hit({
    rule: UNPARSEABLE,
    offset: failure.offset,
    text: src.slice(failure.offset, failure.offset + 40),
    severity: cannotRun ? "low" : void 0,
    message: cannotRun ? `Python code nests ${limit}; its model references were not checked` : `Python code: ${failure.message}; its model references were not checked`,
    evidence: { reason: failure.reason }
  });
}
function revisionPinned(mod, call) {
  const revArg = call.kw("revision") ?? call.kw("commit_id");
  const rev = revArg ? mod.evaluate(revArg.node) : void 0;
  return rev?.kind === "str" && isCommit(rev.value);
}
function checkTrustRemoteCode(mod, call, hit, seen) {
  const trc = call.kw("trust_remote_code");
  if (!trc) return;
  const v = mod.evaluate(trc.node);
  seen.add(trc.node?.from ?? -1);
  const truthy = v.kind === "bool" && v.value || v.kind === "dynamic" && /^[1-9][0-9]*$/.test(v.text);
  const evidence = call.evidence();
  if (truthy) {
    const pinned = revisionPinned(mod, call);
    hit({
      rule: TRUST_REMOTE_CODE,
      severity: pinned ? "medium" : "high",
      offset: trc.from,
      text: call.argText(trc),
      message: pinned ? `${call.last}(\u2026, trust_remote_code=True) runs the repository's Python code (pinned to a commit: review it)` : `${call.last}(\u2026, trust_remote_code=True) runs the repository's Python code, and no commit revision fixes which`,
      evidence: { ...evidence, resolvedFrom: v.kind === "bool" ? v.from : void 0 }
    });
  } else if (v.kind === "dynamic" && !/^0+$/.test(v.text)) {
    hit({
      rule: TRUST_REMOTE_CODE,
      severity: "low",
      offset: trc.from,
      text: `trust_remote_code=${v.text}`,
      message: `${call.last}(\u2026, trust_remote_code=${shorten(v.text, 60)}) may run the repository's code, depending on a run-time value`,
      evidence
    });
  }
}
function checkTrustDicts(mod, seen, hit) {
  for (const d of mod.dicts) {
    for (const e of mod.dictEntries(d) ?? []) {
      if (e.key !== "trust_remote_code" || !e.node || seen.has(e.node.from)) continue;
      const v = mod.evaluate(e.node);
      if (v.kind !== "bool" || !v.value) continue;
      const shown = shorten(mod.text(d));
      hit({
        rule: TRUST_REMOTE_CODE,
        offset: e.node.from,
        text: shown,
        message: `a dict sets "trust_remote_code": True (passed on to a loader, it runs the repository's code)`,
        evidence: { dict: shown }
      });
    }
  }
}
function checkSetupPy(mod, call, hit) {
  if (call.last !== "setup" || !(call.q.startsWith("setuptools.") || call.q.startsWith("distutils.") || mod.imported("setuptools"))) {
    return false;
  }
  for (const key of ["install_requires", "setup_requires", "tests_require"])
    requirementList(mod, call.kw(key)?.node, key, hit);
  for (const e of mod.dictEntries(call.kw("extras_require")?.node) ?? [])
    requirementList(mod, e.node, `extras_require[${e.key}]`, hit);
  return true;
}
function requirementList(mod, n, where, hit, depth = 0) {
  if (!n || depth > 4) return;
  if (n.name === "VariableName") {
    const v = mod.constant(n);
    if (v) requirementList(mod, v, where, hit, depth + 1);
    return;
  }
  if (n.name !== "ArrayExpression" && n.name !== "TupleExpression" && n.name !== "ParenthesizedExpression")
    return;
  for (const el of mod.children(n)) {
    const v = el.name === "String" ? mod.evaluate(el) : void 0;
    if (v?.kind !== "str") continue;
    const quote = /^[rRuU]*('''|"""|'|")/.exec(mod.text(el, 8))?.[0].length ?? 1;
    checkRequirement(hit, { text: v.value, offset: el.from + quote, hashed: false, hashRule: false, where });
  }
}
function checkTorchLoad(mod, call, hit) {
  if (call.q !== "torch.load" && call.q !== "torch.serialization.load") return;
  const wo = call.kw("weights_only");
  const v = wo ? mod.evaluate(wo.node) : void 0;
  if (v?.kind === "bool" && v.value) return;
  const text = call.text();
  const evidence = call.evidence();
  if (v?.kind === "bool") {
    hit({
      rule: TORCH_LOAD_UNSAFE,
      severity: "high",
      offset: wo.from,
      text,
      message: "torch.load(\u2026, weights_only=False) unpickles the file with the unsafe loader: a checkpoint can run code",
      evidence
    });
  } else if (v || call.hasDstar) {
    hit({
      rule: TORCH_LOAD_UNSAFE,
      severity: "low",
      offset: wo?.from ?? call.at,
      text,
      message: "torch.load(\u2026) weights_only comes from a run-time value",
      evidence
    });
  } else {
    hit({
      rule: TORCH_LOAD_UNSAFE,
      offset: call.at,
      text,
      message: "torch.load(\u2026) without weights_only=True runs pickle code on torch < 2.6",
      evidence
    });
  }
}
function matches(mod, call, row) {
  const m = row.match;
  if (!m.names.includes("*") && !m.names.includes(call.last)) return false;
  if (m.q && !m.q.test(call.q)) return false;
  if (!m.module) return true;
  if (m.mode === "imported") return m.module.some((p) => mod.imported(p) || call.q.startsWith(`${p}.`));
  return m.module.some(
    (p) => call.q.startsWith(`${p}.`) || m.bare === true && call.q === call.last && mod.imported(p)
  );
}
var ROWS_BY_NAME = (() => {
  const map = /* @__PURE__ */ new Map();
  const any = PYTHON_ENTRY_POINTS.filter((r) => r.match.names.includes("*"));
  for (const row of PYTHON_ENTRY_POINTS) {
    for (const name2 of row.match.names) {
      if (name2 === "*") continue;
      if (!map.has(name2))
        map.set(
          name2,
          PYTHON_ENTRY_POINTS.filter((r) => r.match.names.includes(name2) || any.includes(r))
        );
    }
  }
  return map;
})();
var ANY_NAME_ROWS = PYTHON_ENTRY_POINTS.filter((r) => r.match.names.includes("*"));
function checkEntryPoints(mod, call, out, ctx) {
  let primary = false;
  for (const row of ROWS_BY_NAME.get(call.last) ?? ANY_NAME_ROWS) {
    if (primary && !row.extra || !matches(mod, call, row)) continue;
    if (row.requires && !call.kw(row.requires)) continue;
    const applied = checkEntryPoint(mod, call, row, out, ctx);
    if (applied && !row.extra) primary = true;
  }
}
function idArgument(mod, call, row) {
  if (row.id.callee) {
    const base = call.parts.slice(0, -1).join(".");
    return { value: { kind: "str", value: base }, offset: call.node.from, shown: base, model: base };
  }
  let arg;
  for (const k of row.id.keywords) arg ??= call.kw(k);
  if (!arg && row.id.position !== void 0) {
    arg = call.pos[row.id.position];
    const second = call.pos[row.id.position + 1];
    if (row.form === "hub-id" && call.last === "from_pretrained" && second && mod.evaluate(arg?.node).kind === "dynamic") {
      if (mod.evaluate(second.node).kind === "str") arg = second;
    }
  }
  const value = arg ? mod.evaluate(arg.node) : void 0;
  const model = value?.kind === "str" ? value.value : value?.kind === "dynamic" ? value.text : void 0;
  const shown = model === void 0 ? "" : value?.kind === "str" ? `"${shorten(model, 60)}"` : shorten(model, 60);
  return {
    arg,
    value,
    offset: arg?.from ?? call.at,
    shown,
    model
  };
}
function checkEntryPoint(mod, call, row, out, ctx) {
  const local = call.kw("local_files_only");
  const lv = local ? mod.evaluate(local.node) : void 0;
  if (lv?.kind === "bool" && lv.value) return true;
  if (row.when) {
    const w = call.kw(row.when);
    const wv = w ? mod.evaluate(w.node) : void 0;
    if (!(wv?.kind === "bool" && wv.value) && wv?.kind !== "dynamic") return false;
  }
  const id2 = idArgument(mod, call, row);
  if (row.idPrefix !== void 0 && !(id2.value?.kind === "str" && id2.value.value.startsWith(row.idPrefix)))
    return false;
  if (isLocalByArgument(mod, call, row, id2)) return true;
  if (!id2.arg && !row.id.callee && row.id.position === 1) return true;
  const reading = readingOf(row, id2, ctx);
  if (reading === void 0) return true;
  const decision = decide(mod, call, row, reading);
  emit(call, row, id2, reading, decision, out);
  return true;
}
function isLocalByArgument(mod, call, row, id2) {
  if (id2.value?.kind === "dynamic" && mod.isPathExpression(id2.arg?.node)) return true;
  if (!row.localWhen) return false;
  const a = call.kw(row.localWhen.keyword);
  if (!a) return false;
  if (row.localWhen.equals !== void 0) {
    const v = mod.evaluate(a.node);
    return v.kind === "str" && v.value === row.localWhen.equals;
  }
  return id2.value?.kind !== "str";
}
function readingOf(row, id2, ctx) {
  const v = id2.value;
  if (v === void 0 || v.kind === "dynamic") return { kind: "unnamed" };
  if (v.kind !== "str") return void 0;
  if (row.notRefs?.has(v.value.toLowerCase())) return void 0;
  if (row.ownerRequired && !/^[^/]+\/[^/]+$/.test(v.value.split("@")[0] ?? "")) return void 0;
  const r = readId(row.form, v.value, ctx);
  if (r.kind !== "ref") return void 0;
  const d = row.defaultOwner;
  if (d && r.source.hub === "huggingface" && r.source.owner === "" && !d.except.test(r.source.name))
    return { ...r, source: { ...r.source, owner: d.owner } };
  return r;
}
function decide(mod, call, row, reading) {
  if (reading.kind === "ref" && reading.pinned === false)
    return { kind: "unpinned", revision: reading.source.revision || void 0 };
  if (row.pinnedBy) return decideByArgument(mod, call, row.pinnedBy);
  if (reading.kind === "ref" && reading.pinned === true) return { kind: "pinned" };
  for (const path of row.revision) {
    const found = call.kwPath(path);
    if (!found) continue;
    const v = mod.evaluate(found.node);
    if (v.kind === "none") break;
    if (v.kind === "str") {
      return isCommit(v.value) ? { kind: "pinned", revision: v.value } : { kind: "unpinned", arg: found.arg, revision: v.value, from: v.from };
    }
    if (v.kind === "dynamic") return { kind: "variable", arg: found.arg, text: v.text };
    return { kind: "variable", arg: found.arg, text: String(v.value) };
  }
  if (row.revision.length > 0 && call.hasDstar) return { kind: "variable", text: "**kwargs" };
  return { kind: "unpinned" };
}
function decideByArgument(mod, call, by) {
  const a = call.kw(by.keyword) ?? (by.position !== void 0 ? call.pos[by.position] : void 0);
  const v = a ? mod.evaluate(a.node) : void 0;
  if (by.test === "present" ? v !== void 0 && v.kind !== "none" : v?.kind === "bool" && v.value)
    return { kind: "pinned" };
  if (v?.kind === "dynamic" && by.test === "truthy") return { kind: "variable", arg: a, text: v.text };
  return { kind: "unpinned", byArgument: true };
}
function emit(call, row, id2, reading, decision, out) {
  const hit = hitFor(call, row, id2, reading, decision);
  if (reading.kind === "unnamed") {
    if (hit) out.hit(hit);
    return;
  }
  const revision = decision.kind === "variable" ? void 0 : decision.revision;
  const ref2 = {
    source: revision && !reading.source.revision ? { ...reading.source, revision } : reading.source,
    pinned: decision.kind === "pinned",
    offset: id2.offset,
    text: id2.model ?? call.text(120)
  };
  reportModel(out, ref2, hit);
}
function hitFor(call, row, id2, reading, decision) {
  const evidence = {
    ...call.evidence(),
    model: id2.model
  };
  if (decision.kind === "pinned") {
    if (row.code !== "remote-code") return void 0;
    return {
      rule: TRUST_REMOTE_CODE,
      severity: "medium",
      offset: id2.offset,
      text: call.text(),
      message: `${call.last}(${id2.shown}) imports Python files from the repository (pinned to a commit: review them)`,
      evidence
    };
  }
  if (row.rule === "torch-hub") return torchHubHit(call, id2, reading, evidence);
  const { rule, severity } = ruleFor(row, reading, decision);
  if (decision.kind === "variable" && row.rule === "url") {
    return {
      rule: UNPINNED_URL,
      severity: "low",
      offset: decision.arg?.from ?? call.at,
      text: call.text(),
      message: `${call.last}(\u2026) ${row.pinnedBy?.keyword ?? "its check"} comes from a run-time value`,
      evidence
    };
  }
  if (decision.kind === "variable") {
    const viaKwargs = decision.text === "**kwargs";
    return {
      rule: MODEL_REVISION_VARIABLE,
      offset: decision.arg?.from ?? call.at,
      text: decision.arg ? call.argText(decision.arg) : call.text(),
      message: viaKwargs ? `${call.last}(${id2.shown}) has no literal revision; one may come from **kwargs` : `${call.last}(${id2.shown}) ${decision.arg?.name ?? "revision"}=${shorten(decision.text, 60)} cannot be checked statically`,
      evidence
    };
  }
  const message = unpinnedMessage(call, row, id2, reading, decision);
  const offset = decision.arg?.from ?? (row.rule === "url" || /^https?:/i.test(id2.model ?? "") ? id2.offset : call.at);
  return {
    rule,
    severity,
    offset,
    text: decision.arg ? call.argText(decision.arg) : /^https?:/i.test(id2.model ?? "") ? id2.model ?? "" : call.text(),
    message,
    evidence: {
      ...evidence,
      revision: decision.revision,
      resolvedFrom: decision.from
    }
  };
}
function ruleFor(row, reading, decision) {
  if (row.rule === "url")
    return { rule: UNPINNED_URL, severity: decision.kind === "variable" ? "low" : void 0 };
  if (row.code === "remote-code") return { rule: TRUST_REMOTE_CODE, severity: "high" };
  if (row.code === "runs-code") return { rule: UNPINNED_MODEL_REVISION, severity: "high" };
  const severity = reading.kind === "ref" ? reading.severity : void 0;
  return { rule: UNPINNED_MODEL_REVISION, severity };
}
function unpinnedMessage(call, row, id2, reading, decision) {
  const what = `${call.last}(${id2.shown})`;
  if (decision.byArgument && row.pinnedBy) {
    const arg = `${row.pinnedBy.keyword}${row.pinnedBy.test === "truthy" ? "=True" : ""}`;
    return `${call.last}(\u2026) downloads ${reading.kind === "ref" && reading.source.hub === "url" ? "a checkpoint" : "a model"} without ${arg}`;
  }
  if (/^https?:\/\//i.test(id2.model ?? "")) {
    const ref2 = decision.revision;
    return `${call.last}("${shorten(id2.model, 80)}") downloads a URL that names ${ref2 ? `the mutable ref ${ref2}` : "no commit"}`;
  }
  if (reading.kind === "ref" && reading.note) return `${what} ${reading.note}; pin it: ${row.pin}`;
  if (decision.revision !== void 0) {
    const from = decision.from ? ` (from ${decision.from})` : "";
    return `${what} revision "${shorten(decision.revision, 60)}"${from} is ${describeRef(decision.revision)}, not a 40-hex commit`;
  }
  if (row.revision.length === 0)
    return `${what} takes no revision, so it downloads whatever the default branch holds; pin it: ${row.pin}`;
  const code = row.code === "runs-code" ? ", and loading it runs what the repository holds" : "";
  return `${what} has no revision: it downloads whatever the default branch holds${code}`;
}
function torchHubHit(call, id2, reading, evidence) {
  const fn = `torch.hub.${call.last}`;
  if (reading.kind === "unnamed") {
    return {
      rule: TORCH_HUB_UNPINNED,
      severity: "low",
      offset: id2.offset,
      text: id2.model ?? call.text(),
      message: `${fn}(${shorten(id2.model ?? "", 60)}) runs hubconf.py from a repository/ref chosen at run time`,
      evidence
    };
  }
  const { owner, name: name2, revision } = reading.source;
  const repo = `${owner}/${name2}`;
  return {
    rule: TORCH_HUB_UNPINNED,
    offset: id2.offset,
    text: id2.model ?? repo,
    message: revision ? `${fn}("${id2.model}") runs hubconf.py from ${describeRef(revision)} ${revision}, not a 40-hex commit` : `${fn}("${id2.model}") runs hubconf.py from the default branch of ${repo}`,
    evidence: { ...evidence, repo, ref: revision || void 0 }
  };
}

// src/pins/conda.ts
var import_yaml2 = __toESM(require_dist());

// src/pins/yaml.ts
var import_yaml = __toESM(require_dist());

// src/pins/unparsed.ts
function reportFailure(hit, text, failure, what, consequence) {
  hit({
    rule: UNPARSEABLE,
    offset: failure.offset,
    text: text.slice(failure.offset, failure.offset + 40),
    message: `${what}: ${failure.message}; ${consequence}`,
    evidence: { reason: failure.reason }
  });
}
function reportSyntax(hit, text, at, language, what, consequence) {
  hit({
    rule: UNPARSEABLE,
    offset: at.offset,
    text: text.slice(at.offset, at.offset + 40),
    message: `${what} is not valid ${language} (${at.message}); ${consequence}`
  });
}

// src/pins/yaml.ts
function readYaml(text, hit, what, consequence) {
  const parsed = guardParse(text, (t2) => (0, import_yaml.parseDocument)(t2, { uniqueKeys: false, prettyErrors: false }), {
    what: "YAML",
    nesting: NESTING.yaml,
    maxDepth: DEPTH_LIMITS.yaml,
    maxLength: LENGTH_LIMITS.pinYaml
  });
  if (!parsed.ok) {
    reportFailure(hit, text, parsed.failure, what, consequence);
    return void 0;
  }
  const doc = parsed.value;
  const e = doc.errors[0];
  if (e)
    reportSyntax(
      hit,
      text,
      { offset: e.pos[0], message: e.message.split("\n")[0] },
      "YAML",
      what,
      consequence
    );
  return doc;
}
function scalarOffset(node) {
  const start = node.range?.[0] ?? 0;
  return node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? start + 1 : start;
}

// src/pins/conda.ts
function condaSpecPinning(spec) {
  let s = spec.trim().replace(/^[^\s:]+::/, "");
  const bracket2 = /^([^[\s]+)\[(.*)\]$/.exec(s);
  if (bracket2) {
    const version = /version\s*=\s*['"]?([^'",\]]+)/.exec(bracket2[2])?.[1];
    s = version ? `${bracket2[1]} ${/^[<>=!~]/.test(version) ? version : `==${version}`}` : bracket2[1];
  }
  const m = /^([A-Za-z0-9_.-]+)\s*(.*)$/.exec(s);
  if (!m) return { pinned: false, reason: `unrecognised spec ${spec}` };
  const rest = m[2].trim();
  if (!rest) return { pinned: false, reason: "no version" };
  if (/[*|,]/.test(rest)) return { pinned: false, reason: `range or wildcard ${rest}` };
  if (rest.startsWith("==")) return { pinned: true };
  if (rest.startsWith("=")) {
    const parts = rest.slice(1).split("=");
    if (parts.length >= 2 && parts[0] && parts[1]) return { pinned: true };
    return {
      pinned: false,
      prefix: true,
      reason: `=${parts[0]} is a prefix match (also ${parts[0]}.1, ${parts[0]}.post1 \u2026)`
    };
  }
  if (/^[<>!~]/.test(rest)) return { pinned: false, reason: `range ${rest}` };
  return /^[\w.+!-]+(\s+[\w.+!-]+)?$/.test(rest) ? { pinned: true } : { pinned: false, reason: `unrecognised version ${rest}` };
}
function checkCondaEnv(text, sink) {
  const includes = [];
  const doc = readYaml(text, sink, "environment file", "its dependencies may not all be checked");
  if (!doc) return includes;
  const contents = doc.contents;
  if (!(0, import_yaml2.isMap)(contents)) return includes;
  const pipLines = (items) => {
    for (const item of items) {
      if (!(0, import_yaml2.isScalar)(item) || typeof item.value !== "string") continue;
      const base = scalarOffset(item);
      const shift = (h) => sink({ ...h, offset: h.offset + base });
      for (const inc of checkRequirementsText(item.value, shift, { constraints: true })) {
        includes.push({ ...inc, offset: inc.offset + base });
      }
    }
  };
  const deref = (n) => (0, import_yaml2.isAlias)(n) ? n.resolve(doc) : n;
  for (const key of ["dependencies", "build_dependencies"]) {
    const deps = deref(contents.get(key, true));
    if (!(0, import_yaml2.isSeq)(deps)) continue;
    const isPythonEnv = contents.has("python") && !contents.has("channels");
    for (const raw of deps.items) {
      const item = deref(raw);
      if ((0, import_yaml2.isMap)(item)) {
        const pip = deref(item.get("pip", true));
        if ((0, import_yaml2.isSeq)(pip)) pipLines(pip.items);
        continue;
      }
      if (!(0, import_yaml2.isScalar)(item) || typeof item.value !== "string" && typeof item.value !== "number") continue;
      if (isPythonEnv) {
        pipLines([item]);
        continue;
      }
      const value = String(item.value);
      const p = condaSpecPinning(value);
      if (p.pinned) continue;
      sink({
        rule: UNPINNED_REQUIREMENT,
        offset: scalarOffset(item),
        text: value,
        message: `conda dependency ${value} is not pinned to an exact version (${p.reason})`,
        severity: p.prefix ? "low" : void 0,
        evidence: { spec: value, reason: p.reason }
      });
    }
  }
  return includes;
}

// src/pins/npm.ts
var import_semver = __toESM(require_semver2());
var GIT_RE = /^(git\+[a-z]+:|git:|github:|gitlab:|bitbucket:|gist:)/i;
var SHORTHAND_RE = /^[A-Za-z0-9][\w.-]*\/[\w.-]+(#.*)?$/;
function npmSpecPinning(_name, spec) {
  const s = spec.trim();
  if (/^(file|link|portal|workspace|catalog|patch):/i.test(s)) return { kind: "local", reason: "local" };
  if (/^(\.{1,2}\/|\/|~\/)/.test(s)) return { kind: "local", reason: "local path" };
  if (s.startsWith("npm:")) {
    const inner = s.slice(4);
    const at = inner.lastIndexOf("@");
    return at > 0 ? npmSpecPinning(inner.slice(0, at), inner.slice(at + 1)) : { kind: "range", reason: `alias ${s} with no version` };
  }
  if (GIT_RE.test(s) || SHORTHAND_RE.test(s) && !s.startsWith("@")) {
    const hash2 = s.indexOf("#");
    const ref2 = hash2 >= 0 ? s.slice(hash2 + 1) : "";
    if (isCommit(ref2)) return { kind: "vcs", pinned: true, reason: "", ref: ref2 };
    if (!ref2)
      return { kind: "vcs", pinned: false, reason: "a git dependency without a commit (default branch)" };
    if (ref2.startsWith("semver:"))
      return { kind: "vcs", pinned: false, ref: ref2, reason: `a git dependency resolved by ${ref2}` };
    return {
      kind: "vcs",
      pinned: false,
      ref: ref2,
      reason: `a git dependency at ${ref2}, a branch, tag or short hash`
    };
  }
  if (/^https?:\/\//i.test(s)) return { kind: "url", reason: "a tarball URL without an integrity hash" };
  if (s !== "" && import_semver.default.valid(import_semver.default.clean(s) ?? "") !== null) return { kind: "pinned", reason: "" };
  if (s === "" || s === "*" || s === "x" || s === "latest") {
    return { kind: "range", reason: s === "latest" ? "the latest dist-tag" : "any version" };
  }
  if (import_semver.default.validRange(s) !== null) return { kind: "range", reason: `the range ${s}` };
  return { kind: "range", reason: `the dist-tag or unknown spec ${s}` };
}
var SECTIONS = ["dependencies", "devDependencies", "optionalDependencies"];
function checkPackageJson(text, sink, opts = {}) {
  const root = parseJsonReporting(text, sink, "package.json", "npm will refuse or misread it", true);
  if (root?.t !== "object") return;
  const lockNote = opts.lockFile ? ` (${opts.lockFile} beside it pins what npm ci installs)` : " and no lock file sits beside it";
  const severity = opts.lockFile ? "low" : void 0;
  for (const { key, value: section } of root.entries) {
    if (!SECTIONS.includes(key) || section.t !== "object") continue;
    for (const { key: name2, value: valueNode } of section.entries) {
      if (valueNode.t !== "string") continue;
      const spec = valueNode.value;
      const p = npmSpecPinning(name2, spec);
      const offset = valueNode.offset + 1;
      const evidence = { section: key, package: name2, spec, lockFile: opts.lockFile ?? null };
      const text2 = `"${name2}": "${spec}"`;
      const rule = p.kind === "range" ? UNPINNED_NPM : p.kind === "vcs" && !p.pinned ? UNPINNED_VCS : p.kind === "url" ? UNPINNED_URL : void 0;
      if (!rule) continue;
      const what = p.kind === "range" ? `allows ${p.reason}` : `is ${p.reason}`;
      sink({
        rule,
        offset,
        text: text2,
        message: `${key}.${name2} ${what}${lockNote}`,
        severity,
        evidence
      });
    }
  }
}
var NPM_LOCK_FILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb"
];

// src/pins/shell-installs.ts
var PIP_VALUE_OPTS = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--trusted-host",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--upgrade-strategy",
  "--python-version",
  "--platform",
  "--implementation",
  "--abi",
  "--no-binary",
  "--only-binary",
  "--progress-bar",
  "--log",
  "--cache-dir",
  "-C",
  "--config-settings",
  "--global-option",
  "--install-option",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--cert",
  "--client-cert",
  "--report",
  "--python",
  "--use-feature",
  "--index-strategy"
]);
var INDEX_NAMES = Object.fromEntries(
  Object.entries(VALUE_OPTIONS).filter(
    ([, v]) => ["index-url", "extra-index-url", "find-links", "trusted-host"].includes(v)
  )
);
function checkPipInstall(args, out, where) {
  const sink = out.hit;
  const reqs = [];
  const reqFiles = [];
  let requireHashes = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = w.value;
    if (v === "--require-hashes") {
      requireHashes = true;
      continue;
    }
    if (v.startsWith("-")) {
      const eq2 = v.startsWith("--") ? v.indexOf("=") : -1;
      const flag = eq2 > 0 ? v.slice(0, eq2) : v;
      let value;
      let valueAt = w.at;
      if (PIP_VALUE_OPTS.has(flag)) {
        if (eq2 > 0) {
          value = v.slice(eq2 + 1);
          valueAt = w.at + eq2 + 1;
        } else {
          value = args[i + 1]?.value;
          valueAt = args[i + 1]?.at ?? w.at;
          i++;
        }
      } else if (/^-[rcefi]./.test(v)) {
        value = v.slice(2);
        valueAt = w.at + 2;
      }
      if ((flag === "-r" || flag === "--requirement" || /^-r./.test(v)) && value !== void 0) {
        reqFiles.push({ value, at: w.at });
        out.include({ kind: "requirement", target: value, offset: 0, text: `-r ${value}`, soft: true });
      }
      const name2 = INDEX_NAMES[flag] ?? INDEX_NAMES[v.slice(0, 2)];
      if (name2 && value !== void 0) {
        const opt = { name: name2, value, start: w.at};
        checkIndexOption(sink, opt, (x) => x);
      }
      if ((flag === "-e" || flag === "--editable" || v.startsWith("-e")) && value !== void 0) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^file:/i.test(value)) {
          sink({
            rule: EDITABLE_INSTALL,
            offset: w.at,
            text: `${v} ${value}`,
            message: `${where} -e ${value} installs an editable checkout from a URL`
          });
          checkRequirement(sink, { text: value, offset: valueAt, hashed: false, hashRule: false, where });
        }
      }
      continue;
    }
    reqs.push(w);
  }
  if (requireHashes) return;
  for (const f of reqFiles) {
    sink({
      rule: REQUIREMENT_WITHOUT_HASH,
      offset: f.at,
      text: `-r ${f.value}`,
      message: `${where} -r ${f.value} without --require-hashes: hashes are enforced only if every line of ${f.value} has one`,
      evidence: { file: f.value }
    });
  }
  for (const r of reqs) {
    if (/^(\.{1,2}|\.\/?|\.{1,2}\/[^\s]*)$/.test(r.value) && !/\.whl$/i.test(r.value)) {
      sink({
        rule: UNPINNED_REQUIREMENT,
        severity: "low",
        offset: r.at,
        text: r.value,
        message: `${where} ${r.value} builds a local project; its own dependencies resolve to whatever versions are current`
      });
      continue;
    }
    if (r.value.includes("$")) {
      sink({
        rule: UNPINNED_REQUIREMENT,
        severity: "low",
        offset: r.at,
        text: r.value,
        message: `${where} ${r.value}: the package or version comes from a variable and cannot be checked`
      });
      continue;
    }
    checkRequirement(sink, { text: r.value, offset: r.at, hashed: false, hashRule: true, where });
  }
}
function checkNpm(prog, args, at, sink) {
  const sub = args.find((a) => !a.value.startsWith("-"));
  const isExec = prog === "npx" || prog === "pnpx" || prog === "bunx";
  const installSubs = /* @__PURE__ */ new Set([
    "install",
    "i",
    "add",
    "install-test",
    "it",
    "in",
    "isntall",
    "update",
    "up",
    "upgrade"
  ]);
  const execSubs = /* @__PURE__ */ new Set(["exec", "dlx", "x"]);
  let pkgs;
  let verb;
  if (isExec) {
    const first = args.find((a) => !a.value.startsWith("-"));
    pkgs = first ? [first] : [];
    verb = prog;
  } else if (sub && installSubs.has(sub.value)) {
    pkgs = args.slice(args.indexOf(sub) + 1).filter((a) => !a.value.startsWith("-"));
    verb = `${prog} ${sub.value}`;
    if (pkgs.length === 0) {
      if (prog === "npm") {
        sink({
          rule: UNPINNED_NPM,
          severity: "low",
          offset: at,
          text: verb,
          message: `${verb} re-resolves ranges and may install versions the lock file does not name; use npm ci`
        });
      }
      return;
    }
  } else if (sub && execSubs.has(sub.value)) {
    const first = args.slice(args.indexOf(sub) + 1).find((a) => !a.value.startsWith("-"));
    pkgs = first ? [first] : [];
    verb = `${prog} ${sub.value}`;
  } else return;
  for (const p of pkgs) {
    const v = p.value;
    const at2 = v.lastIndexOf("@");
    const name2 = at2 > 0 ? v.slice(0, at2) : v;
    const spec = at2 > 0 ? v.slice(at2 + 1) : "";
    const direct = /^[.~/]|^(file|link|git|github|gitlab|bitbucket):|^git\+|:\/\//.test(v);
    const pin = npmSpecPinning(name2, direct ? v : spec);
    const exact = pin.kind === "pinned" || pin.kind === "vcs" && pin.pinned;
    if (pin.kind === "local" || isExec && exact) continue;
    sink({
      rule: UNPINNED_NPM,
      severity: exact ? "low" : "medium",
      offset: p.at,
      text: v,
      message: exact ? `${verb} ${v} pins the package but not its dependencies (no lock file); use npm ci` : `${verb} ${v} installs ${pin.reason}`,
      evidence: { package: name2, spec }
    });
  }
}
var CONDA_VALUE_OPTS = /* @__PURE__ */ new Set(["-c", "--channel", "-n", "--name", "-p", "--prefix", "--file", "-f"]);
function checkCondaInstall(args, sink, where) {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w.value.startsWith("-")) {
      if (CONDA_VALUE_OPTS.has(w.value)) i++;
      continue;
    }
    if (w.value.includes("$")) continue;
    const p = condaSpecPinning(w.value);
    if (p.pinned) continue;
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: w.at,
      text: w.value,
      severity: p.prefix ? "low" : void 0,
      message: `${where} ${w.value} is not pinned to an exact version (${p.reason})`,
      evidence: { spec: w.value }
    });
  }
}
function checkTrustFlag(p, sink, where) {
  const flag = p.args.find((a) => /^--trust[-_]remote[-_]code(=(true|1|yes))?$/i.test(a.value));
  if (!flag) return;
  const values = p.args.map((a) => a.value);
  const r = values.findIndex((v) => v === "--revision" || v === "--code-revision");
  const rev = r >= 0 ? values[r + 1] : values.find((v) => /^--(code-)?revision=/.test(v))?.replace(/^[^=]*=/, "");
  const pinned = rev !== void 0 && isCommit(rev);
  sink({
    rule: TRUST_REMOTE_CODE,
    severity: pinned ? "medium" : "high",
    offset: flag.at,
    text: [p.prog, ...values].join(" "),
    message: `${where}: ${p.prog} ${flag.value} runs the model repository's Python code${pinned ? " (pinned to a commit: review it)" : ", and no commit --revision fixes which"}`,
    evidence: { program: p.prog, revision: rev || void 0 }
  });
}
function checkOllamaRef(ref2, at, out, where) {
  const reading = ollamaId(ref2);
  if (reading.kind !== "ref") return;
  const r = { source: reading.source, pinned: reading.pinned === true, offset: at, text: ref2 };
  if (r.pinned) {
    out.reference(r);
    return;
  }
  const name2 = ref2.replace(/^https?:\/\//, "");
  const colon = name2.indexOf(":", name2.lastIndexOf("/") + 1);
  const tag = colon >= 0 ? name2.slice(colon + 1) : "";
  reportModel(out, r, {
    rule: UNPINNED_OLLAMA,
    offset: at,
    text: ref2,
    severity: tag && tag !== "latest" ? "low" : void 0,
    message: `${where} ${ref2} ${tag && tag !== "latest" ? `uses the mutable tag ${tag}` : "resolves :latest"}; no manifest digest pins it`,
    evidence: { model: ref2, tag: tag || "latest" }
  });
}
function checkModelfile(text, out) {
  for (const m of text.matchAll(/^[ \t]*FROM[ \t]+(\S+)/gim)) {
    checkOllamaRef(m[1], m.index + m[0].length - m[1].length, out, "Modelfile FROM");
  }
}
function checkGo(args, sink, where) {
  for (const a of args) {
    if (a.value.startsWith("-") || !a.value.includes("/") || a.value.startsWith(".")) continue;
    const at = a.value.lastIndexOf("@");
    const version = at > 0 ? a.value.slice(at + 1) : "";
    if (/^v\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(version) || isCommit(version) || version === "none") continue;
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: a.at,
      text: a.value,
      message: `${where} ${a.value} ${version ? `asks for ${version}, not a full version or commit` : "has no version"}`,
      evidence: { module: at > 0 ? a.value.slice(0, at) : a.value, version }
    });
  }
}

// src/pins/shell-models.ts
var SHA2 = "<40 hex>";
var PYTHON = /^(python[0-9.]*|py)$/;
var SHELL_ENTRY_POINTS = [
  {
    tool: "huggingface-cli / hf download",
    program: /^(huggingface-cli|hf)$/,
    sub: ["download"],
    model: { positional: true },
    revision: ["--revision"],
    form: "hub-id",
    valueOptions: [
      "--repo-type",
      "--local-dir",
      "--cache-dir",
      "--token",
      "--max-workers",
      "--local-dir-use-symlinks"
    ],
    listOptions: ["--include", "--exclude"],
    pin: `hf download org/name --revision ${SHA2}`,
    cite: "huggingface/huggingface_hub src/huggingface_hub/cli/download.py"
  },
  {
    tool: "vllm serve",
    program: /^vllm$/,
    sub: ["serve"],
    model: { positional: true, options: ["--model"] },
    revision: ["--revision"],
    form: "hub-id",
    valueOptions: [
      "--host",
      "--port",
      "--tokenizer",
      "--served-model-name",
      "--dtype",
      "--max-model-len",
      "--tensor-parallel-size",
      "-tp"
    ],
    env: { model: [] },
    pin: `vllm serve org/name --revision ${SHA2}`,
    cite: "vllm-project/vllm vllm/engine/arg_utils.py (--revision, --code-revision, --tokenizer-revision)"
  },
  {
    tool: "vLLM OpenAI server (python -m / vllm/vllm-openai image)",
    program: PYTHON,
    sub: ["-m", /^vllm\.entrypoints\.(openai\.)?api_server$/],
    model: { options: ["--model"] },
    revision: ["--revision"],
    form: "hub-id",
    pin: `--model org/name --revision ${SHA2}`,
    cite: "vllm-project/vllm vllm/entrypoints/openai/api_server.py"
  },
  {
    tool: "text-generation-launcher (TGI)",
    program: /^text-generation-launcher$/,
    model: { options: ["--model-id"] },
    revision: ["--revision"],
    form: "hub-id",
    env: { model: ["MODEL_ID"], revision: ["REVISION"] },
    pin: `--model-id org/name --revision ${SHA2} (or MODEL_ID and REVISION)`,
    cite: "huggingface/text-generation-inference launcher/src/main.rs (model_id, revision; env MODEL_ID, REVISION)"
  },
  {
    tool: "SGLang server",
    program: PYTHON,
    sub: ["-m", "sglang.launch_server"],
    model: { options: ["--model-path", "--model"] },
    revision: ["--revision"],
    form: "hub-id",
    pin: `--model-path org/name --revision ${SHA2}`,
    cite: "sgl-project/sglang python/sglang/srt/server_args.py (revision)"
  },
  {
    tool: "llama.cpp (llama-server, llama-cli, ...) -hf",
    program: /^llama-(server|cli|run|mtmd-cli|simple|bench|embedding|perplexity|gguf-split)$/,
    model: {
      options: [
        "-hf",
        "-hfr",
        "--hf-repo",
        "-hfd",
        "-hfrd",
        "--hf-repo-draft",
        "-hfv",
        "-hfrv",
        "--hf-repo-v"
      ]
    },
    revision: [],
    form: "hub-id",
    stripTag: true,
    env: { model: ["LLAMA_ARG_HF_REPO"] },
    pin: `-m a local GGUF fetched with hf download --revision ${SHA2}, or --model-url https://huggingface.co/org/name/resolve/${SHA2}/file.gguf`,
    cite: "ggml-org/llama.cpp common/arg.cpp (-hf takes <user>/<model>[:quant], no revision)"
  },
  {
    tool: "llama.cpp --model-url",
    program: /^llama-(server|cli|run|mtmd-cli|simple|bench|embedding|perplexity)$/,
    model: { options: ["-mu", "--model-url", "-mmu", "--mmproj-url"] },
    revision: [],
    form: "hub-id",
    env: { model: ["LLAMA_ARG_MODEL_URL"] },
    pin: `--model-url https://huggingface.co/org/name/resolve/${SHA2}/file.gguf`,
    cite: "ggml-org/llama.cpp common/arg.cpp (-mu, --model-url)"
  },
  {
    tool: "mlx-lm CLI",
    program: /^(mlx_lm\.\w+|mlx_lm|mlx_vlm\.\w+)$/,
    model: { options: ["--model"] },
    revision: [],
    form: "hub-id",
    pin: `hf download org/name --revision ${SHA2} --local-dir DIR, then --model DIR`,
    cite: "ml-explore/mlx-lm mlx_lm/generate.py (--model, no --revision)"
  },
  {
    tool: "mlx-lm CLI (python -m)",
    program: PYTHON,
    sub: ["-m", /^mlx_(lm|vlm)(\.\w+)?$/],
    model: { options: ["--model"] },
    revision: [],
    form: "hub-id",
    pin: `hf download org/name --revision ${SHA2} --local-dir DIR, then --model DIR`,
    cite: "ml-explore/mlx-lm mlx_lm/generate.py"
  },
  {
    tool: "lm-eval",
    program: /^lm[-_]eval$/,
    model: { kv: { option: "--model_args", key: "pretrained" } },
    revision: ["revision"],
    form: "hub-id",
    pin: `--model_args pretrained=org/name,revision=${SHA2}`,
    cite: "EleutherAI/lm-evaluation-harness lm_eval/models/huggingface.py (pretrained, revision)"
  },
  {
    tool: "spacy download",
    program: PYTHON,
    sub: ["-m", "spacy", "download"],
    model: { positional: true },
    revision: [],
    form: "spacy",
    pinnedByFlag: "--direct",
    pin: "python -m spacy download en_core_web_sm-3.8.0 --direct",
    cite: "explosion/spaCy spacy/cli/download.py"
  },
  {
    tool: "spacy download (spacy command)",
    program: /^spacy$/,
    sub: ["download"],
    model: { positional: true },
    revision: [],
    form: "spacy",
    pinnedByFlag: "--direct",
    pin: "spacy download en_core_web_sm-3.8.0 --direct",
    cite: "explosion/spaCy spacy/cli/download.py"
  }
];
var SERVING_IMAGES = [
  { image: /(^|\/)text-generation-inference(:|@|$)/, program: "text-generation-launcher" },
  {
    image: /(^|\/)vllm-openai(:|@|$)/,
    program: "python3",
    sub: ["-m", "vllm.entrypoints.openai.api_server"]
  },
  { image: /(^|\/)llama\.cpp:(full|server|light)/, program: "llama-server" },
  { image: /(^|\/)sglang(:|@|$)/, program: "python3", sub: ["-m", "sglang.launch_server"] }
];
function optionValues(args, names) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const eq2 = w.value.indexOf("=");
    const flag = w.value.startsWith("-") && eq2 > 0 ? w.value.slice(0, eq2) : w.value;
    if (!names.includes(flag)) continue;
    if (eq2 > 0 && flag !== w.value) out.push({ value: w.value.slice(eq2 + 1), at: w.at + eq2 + 1, name: flag });
    else if (args[i + 1]) {
      out.push({ value: args[i + 1].value, at: args[i + 1].at, name: flag });
      i++;
    }
  }
  return out;
}
function matchSub(args, sub) {
  if (!sub) return [...args];
  for (let i = 0; i < sub.length; i++) {
    const s = sub[i];
    const v = args[i]?.value;
    if (v === void 0 || (typeof s === "string" ? v !== s : !s.test(v))) return void 0;
  }
  return args.slice(sub.length);
}
function firstPositional(args, row) {
  const takesValue = /* @__PURE__ */ new Set([...row.valueOptions ?? [], ...row.model.options ?? [], ...row.revision]);
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (row.listOptions?.includes(v)) {
      while (i + 1 < args.length && !args[i + 1].value.startsWith("-")) i++;
      continue;
    }
    if (takesValue.has(v)) {
      i++;
      continue;
    }
    if (!v.startsWith("-")) return args[i];
  }
  return void 0;
}
function checkModelCli(p, out, where) {
  let matched = false;
  for (const row of SHELL_ENTRY_POINTS) {
    if (!row.program.test(p.prog)) continue;
    const args = matchSub(p.args, row.sub);
    if (!args) continue;
    matched = true;
    for (const m of modelsOf(args, row)) checkCliModel(out, row, args, m, where, p);
  }
  return matched;
}
function modelsOf(args, row) {
  const out = row.model.options ? optionValues(args, row.model.options) : [];
  if (row.model.kv) {
    for (const o of optionValues(args, [row.model.kv.option])) {
      const kv = keyValue(o, row.model.kv.key);
      if (kv) out.push(kv);
    }
  }
  if (row.model.positional && out.length === 0) {
    const w = firstPositional(args, row);
    if (w) out.push({ value: w.value, at: w.at, name: "model" });
  }
  return out;
}
function keyValue(o, key) {
  let pos = 0;
  for (const part of o.value.split(",")) {
    const eq2 = part.indexOf("=");
    if (eq2 > 0 && part.slice(0, eq2).trim() === key)
      return { value: part.slice(eq2 + 1).trim(), at: o.at + pos + eq2 + 1, name: key };
    pos += part.length + 1;
  }
  return void 0;
}
function checkCliModel(out, row, args, m, where, p) {
  const id2 = row.stripTag ? m.value.replace(/^(?!https?:)([^:]+):[\w.-]+$/, "$1") : m.value;
  let revision;
  if (row.model.kv) {
    const kvs = optionValues(args, [row.model.kv.option]);
    for (const o of kvs) revision ??= row.revision.map((k) => keyValue(o, k)).find(Boolean);
  } else if (row.revision.length) revision = optionValues(args, row.revision)[0];
  if (!revision && row.env?.revision) revision = envValue(p.env, row.env.revision);
  const flag = row.pinnedByFlag;
  const flagged = flag !== void 0 && args.some((a) => a.value === flag);
  checkModelRef(out, {
    id: id2,
    form: row.form,
    offset: m.at,
    where: `${where}: ${row.tool}`,
    revision: revision ? { value: revision.value, offset: revision.at, name: revision.name } : void 0,
    noRevision: row.revision.length === 0,
    ...flag ? flagged ? { pinned: true } : { why: `is resolved by the tool to whatever release is current (no ${flag})` } : {},
    pin: row.pin
  });
}
function envValue(env, names) {
  for (const w of env) {
    const eq2 = w.value.indexOf("=");
    const name2 = w.value.slice(0, eq2);
    if (names.includes(name2)) return { value: w.value.slice(eq2 + 1), at: w.at + eq2 + 1, name: name2 };
  }
  return void 0;
}
var DOCKER_VALUE_OPTS = /* @__PURE__ */ new Set([
  "-e",
  "--env",
  "-v",
  "--volume",
  "-p",
  "--publish",
  "--name",
  "--gpus",
  "--shm-size",
  "-w",
  "--workdir",
  "--network",
  "--net",
  "--entrypoint",
  "-u",
  "--user",
  "--ipc",
  "--runtime",
  "--mount",
  "--env-file",
  "--platform",
  "-m",
  "--memory",
  "--cpus",
  "--device",
  "-l",
  "--label",
  "--restart",
  "--log-driver",
  "--add-host",
  "--cap-add",
  "--security-opt",
  "--ulimit",
  "-h",
  "--hostname",
  "--pull",
  "--cidfile"
]);
function checkDockerRun(p, out, where) {
  if (p.prog !== "docker" && p.prog !== "podman") return;
  const runAt = p.args[0]?.value === "run" ? 1 : p.args[0]?.value === "container" && p.args[1]?.value === "run" ? 2 : -1;
  if (runAt < 0) return;
  const env = [];
  let i = runAt;
  for (; i < p.args.length; i++) {
    const v = p.args[i].value;
    if (!v.startsWith("-")) break;
    if ((v === "-e" || v === "--env") && p.args[i + 1]) env.push(p.args[i + 1]);
    else if (v.startsWith("--env=")) env.push({ value: v.slice(6), at: p.args[i].at + 6 });
    if (DOCKER_VALUE_OPTS.has(v)) i++;
  }
  const image = p.args[i];
  if (image)
    checkServingImage(image.value, p.args.slice(i + 1), env, out, `${where}: docker run ${image.value}`);
}
function checkServingImage(image, args, env, out, where) {
  const known = SERVING_IMAGES.find((s) => s.image.test(image));
  if (!known) return;
  const subWords = (known.sub ?? []).map((value) => ({ value, at: args[0]?.at ?? 0 }));
  const program = {
    prog: known.program,
    args: [...subWords, ...args],
    at: args[0]?.at ?? 0,
    env: [...env]
  };
  if (checkModelCli(program, out, where)) checkEnvModels(program, out, where);
}
function checkEnvModels(p, out, where) {
  for (const row of SHELL_ENTRY_POINTS) {
    if (!row.env?.model.length || !row.program.test(p.prog) || !matchSub(p.args, row.sub)) continue;
    const args = matchSub(p.args, row.sub);
    if (modelsOf(args, row).length > 0) continue;
    const m = envValue(p.env, row.env.model);
    if (m) checkCliModel(out, row, args, m, where, p);
  }
}
var ScriptModels = class {
  clones = [];
  downloads = [];
  out;
  where;
  constructor(out, where) {
    this.out = out;
    this.where = where;
  }
  /** Looks at one command: a clone, a checkout, a download or a checksum check. */
  see(p, savedFile2) {
    if (p.prog === "git") this.git(p);
    else if (/^(sha256sum|sha512sum|shasum|b2sum)$/.test(p.prog)) this.checksum(p);
    else if (savedFile2 !== void 0 || /^(curl|wget|aria2c|http)$/i.test(p.prog))
      this.download(p, savedFile2);
  }
  git(p) {
    const { args } = p;
    let i = 0;
    let dirOpt;
    while (args[i]?.value === "-C" || args[i]?.value === "-c") {
      if (args[i].value === "-C") dirOpt = args[i + 1]?.value;
      i += 2;
    }
    const sub = args[i]?.value;
    const rest = args.slice(i + 1);
    if (sub === "clone" || sub === "lfs" && rest[0]?.value === "clone")
      this.clone(sub === "lfs" ? rest.slice(1) : rest);
    else if (sub === "checkout" || sub === "switch" || sub === "reset") this.checkout(rest, dirOpt);
  }
  clone(args) {
    const valueOpts = /* @__PURE__ */ new Set([
      "-b",
      "--branch",
      "--depth",
      "-o",
      "--origin",
      "-c",
      "--config",
      "--reference",
      "-j",
      "--jobs",
      "--filter",
      "--separate-git-dir",
      "--shallow-since",
      "--revision"
    ]);
    const positional = [];
    let branch;
    let revision;
    for (let i = 0; i < args.length; i++) {
      const v = args[i].value;
      const [flag, inline] = v.startsWith("--") && v.includes("=") ? [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)] : [v, void 0];
      if (valueOpts.has(flag)) {
        const value = inline ?? args[++i]?.value;
        if (flag === "-b" || flag === "--branch") branch = value;
        if (flag === "--revision") revision = value;
        continue;
      }
      if (!v.startsWith("-")) positional.push(args[i]);
    }
    const url = positional[0]?.value;
    if (!url) return;
    const source = cloneSource(url);
    if (!source) return;
    const dir = positional[1]?.value ?? url.replace(/\/+$/, "").split("/").at(-1).replace(/\.git$/, "");
    const text = ["git clone", ...args.map((a) => a.value)].join(" ");
    if (revision !== void 0 && isCommit(revision)) {
      this.out.reference({
        source: { ...source, revision },
        pinned: true,
        offset: positional[0].at,
        text: url
      });
      return;
    }
    this.clones.push({ url, dir, at: positional[0].at, text, branch: branch || void 0 });
  }
  checkout(args, dir) {
    const target = args.filter((a) => !a.value.startsWith("-")).map((a) => a.value);
    const commit = target.find((t2) => isCommit(t2));
    if (!commit) return;
    const clone = (dir !== void 0 ? this.clones.find((c) => sameDir(c.dir, dir)) : void 0) ?? this.clones.at(-1);
    if (!clone) return;
    this.clones.splice(this.clones.indexOf(clone), 1);
    const source = cloneSource(clone.url);
    if (source)
      this.out.reference({
        source: { ...source, revision: commit },
        pinned: true,
        offset: clone.at,
        text: clone.url
      });
  }
  download(p, saved) {
    for (const a of p.args) {
      const source = /^https?:\/\//i.test(a.value) ? hfResolve(a.value) : void 0;
      if (!source) continue;
      const text = [p.prog, ...p.args.map((x) => x.value)].join(" ");
      if (source.revision !== void 0 && isCommit(source.revision)) {
        this.out.reference({ source, pinned: true, offset: a.at, text: a.value });
        continue;
      }
      const file = saved && saved.url === a.value ? saved.file : void 0;
      this.downloads.push({
        url: a.value,
        at: a.at,
        text,
        file: file || void 0,
        revision: source.revision || void 0
      });
    }
  }
  checksum(p) {
    const names = p.args.map((a) => a.value.replace(/^\.\//, ""));
    const all = names.includes("-c") || names.includes("--check");
    for (let i = this.downloads.length - 1; i >= 0; i--) {
      const d = this.downloads[i];
      if (all || d.file !== void 0 && names.includes(d.file.replace(/^\.\//, "")))
        this.downloads.splice(i, 1);
    }
  }
  /** Reports what never got pinned; call once at the end of the script. */
  finish() {
    for (const c of this.clones) {
      const source = cloneSource(c.url);
      reportModel(
        this.out,
        { source, pinned: false, offset: c.at, text: c.url },
        {
          rule: UNPINNED_MODEL_REVISION,
          offset: c.at,
          text: c.text,
          message: `${this.where}: git clone ${c.url}${c.branch ? ` (branch ${c.branch})` : ""} is never checked out at a commit; pin it: git -C ${c.dir} checkout <40 hex> (or git clone --revision <40 hex>)`,
          evidence: { url: c.url, branch: c.branch }
        }
      );
    }
    for (const d of this.downloads) {
      const source = hfResolve(d.url);
      reportModel(
        this.out,
        { source, pinned: false, offset: d.at, text: d.url },
        {
          rule: UNPINNED_MODEL_REVISION,
          offset: d.at,
          text: d.text,
          message: `${this.where}: ${d.url} names ${d.revision ? `the mutable ref ${d.revision}` : "no commit"} and no checksum check of the file follows; pin it: .../resolve/<40 hex>/..., or verify with sha256sum -c`,
          evidence: { url: d.url, revision: d.revision }
        }
      );
    }
  }
};
function sameDir(a, b) {
  const n = (s) => s.replace(/^\.\//, "").replace(/\/+$/, "");
  return n(a) === n(b) || n(b).endsWith(`/${n(a)}`);
}
function cloneSource(url) {
  const m = /^(?:https?:\/\/|git@)(?:www\.)?(?:huggingface\.co|hf\.co)[/:](?:(datasets|spaces)\/)?([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(
    url
  );
  return m ? hfSource(`${m[2]}/${m[3]}`) : void 0;
}
function hfResolve(url) {
  const m = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/(?:(?:datasets|spaces)\/)?([^/]+)\/([^/]+)\/(?:resolve|raw)\/([^/?#]+)\//.exec(
    url
  );
  if (!m) return void 0;
  return hfSource(`${m[1]}/${m[2]}`, decodeURIComponent(m[3]));
}

// src/pins/shell-words.ts
function splitCommands(line) {
  const commands = [];
  new Splitter(line, (c) => commands.push(c)).run();
  return commands;
}
function eachPipeline(line, visit) {
  let group = [];
  new Splitter(line, (c) => {
    group.push(c);
    if (!c.pipe) {
      visit(group);
      group = [];
    }
  }).run();
  if (group.length) visit(group);
}
var Splitter = class {
  emit;
  words = [];
  cur;
  from = -1;
  text;
  line;
  constructor(line, emit2) {
    this.line = line;
    this.text = line.text;
    this.emit = emit2;
  }
  off(i) {
    return lineOffset(this.line, i);
  }
  endWord() {
    if (this.cur) this.words.push(this.cur);
    this.cur = void 0;
  }
  endCommand(pipe, i) {
    this.endWord();
    if (this.words.length) {
      const from = this.from < 0 ? this.off(i) : this.from;
      this.emit({ words: this.words, pipe, from, to: this.off(Math.max(0, i - 1)) });
    }
    this.words = [];
    this.from = -1;
  }
  start(i) {
    if (!this.cur) {
      this.cur = { value: "", at: this.off(i) };
      if (this.from < 0) this.from = this.off(i);
    }
    return this.cur;
  }
  run() {
    const line = this.text;
    let i = 0;
    while (i < line.length) {
      const c = line[i];
      if (c === "'") i = this.singleQuoted(i);
      else if (c === '"') i = this.doubleQuoted(i);
      else if (c === "\\" && i + 1 < line.length) {
        this.start(i).value += line[i + 1];
        i += 2;
      } else if (c === "#" && !this.cur) {
        this.endCommand(false, i);
        return;
      } else if (c === " " || c === "	" || c === "\r" || c === "\n" || c === "\f" || c === "\v") {
        this.endWord();
        i++;
      } else i = this.operator(c, i);
    }
    this.endCommand(false, line.length);
  }
  singleQuoted(i) {
    const end = this.text.indexOf("'", i + 1);
    const stop = end < 0 ? this.text.length : end;
    this.start(i).value += this.text.slice(i + 1, stop);
    return stop + 1;
  }
  doubleQuoted(i) {
    const w = this.start(i);
    let j = i + 1;
    let chunk = "";
    while (j < this.text.length && this.text[j] !== '"') {
      if (this.text[j] === "\\" && j + 1 < this.text.length) j++;
      chunk += this.text[j];
      j++;
    }
    w.value += chunk;
    return j + 1;
  }
  /** Operators end the command; anything else is part of a word. Returns the next index. */
  operator(c, i) {
    const next = this.text[i + 1];
    if (c === "|" || c === ";" || c === "&" || c === "(" || c === ")" || c === "`") {
      this.endCommand(c === "|" && next !== "|", i);
      return i + ((c === "|" || c === "&") && next === c ? 2 : 1);
    }
    if ((c === "$" || c === "<") && next === "(") {
      this.endCommand(false, i);
      return i + 2;
    }
    this.start(i).value += c;
    return i + 1;
  }
};
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "exec", "time", "nohup", "command", "builtin", "xargs", "doas"]);
function programOf(words2) {
  const env = [];
  let i = 0;
  while (i < words2.length) {
    const w = words2[i].value;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
      env.push(words2[i]);
      i++;
      continue;
    }
    const base = w.split("/").at(-1) ?? w;
    if (WRAPPERS.has(base)) {
      i++;
      while (i < words2.length && words2[i].value.startsWith("-")) {
        const flag = words2[i].value;
        i += flag === "-u" || flag === "-g" ? 2 : 1;
      }
      continue;
    }
    return { prog: base, args: words2.slice(i + 1), at: words2[i].at, env };
  }
  return void 0;
}
function indexOfOffset(line, offset) {
  const map = line.map;
  if (!map) return Math.max(0, Math.min(line.text.length, offset - line.start));
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function lineSlice(line, from, to) {
  return line.text.slice(indexOfOffset(line, from), indexOfOffset(line, to) + 1).trim();
}

// src/pins/shell.ts
var SHELLS = /^(sh|bash|zsh|dash|ksh|ash|fish|python[0-9.]*|perl|ruby|node|php|pwsh|powershell|iex|source|\.)$/;
var DOWNLOADERS = /^(curl|wget|fetch|aria2c|http|httpie|iwr|invoke-webrequest)$/i;
var IMMUTABLE_URL = /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\//;
var RUNNER_BEFORE = /(?:^|\s)(?:(?:ba|z|da|k)?sh|eval|source|\.|python[0-9.]*|perl|ruby|node)\b(?:\s+-\S+)*\s*["']?$/;
var MAX_NESTING = 4;
var MAX_SAVED = 256;
function checkShell(text, out, where = "script", opts = {}, depth = 0) {
  const run = { out, where, depth, saved: /* @__PURE__ */ new Map(), models: new ScriptModels(out, where), opts };
  for (const line of iterLogicalLines(text)) checkLine(line, run);
  run.models.finish();
}
function checkLine(line, run) {
  const reported = /* @__PURE__ */ new Set();
  let any = false;
  eachPipeline(line, (commands) => {
    any = true;
    const programs = commands.map((c) => programOf(c.words));
    checkPipelines(line, commands, programs, run.out.hit, run.where, reported);
    for (const p of programs) if (p) checkProgram(p, run);
  });
  if (any) checkSubstitutions(line, run.out.hit, run.where, reported);
}
function checkPipelines(line, commands, programs, hit, where, reported) {
  let pipeStart = 0;
  for (let i = 0; i < commands.length; i++) {
    if (commands[i].pipe) continue;
    let downloader = -1;
    for (let j = pipeStart; j <= i; j++) {
      const p = programs[j];
      if (!p) continue;
      if (downloader < 0 && DOWNLOADERS.test(p.prog) && j < i) {
        const urls = urlsOf(p);
        if (urls.length === 0 || !urls.every((u) => IMMUTABLE_URL.test(u))) downloader = j;
      } else if (downloader >= 0 && SHELLS.test(p.prog)) {
        const c = commands[downloader];
        const seg = lineSlice(line, c.from, commands[j].to);
        hit({
          rule: PIPE_TO_SHELL,
          offset: c.from,
          text: seg,
          message: `${where}: \`${shorten(seg, 100)}\` runs downloaded code without verifying it`,
          evidence: { urls: urlsOf(programs[downloader]) }
        });
        reported.add(c.from);
        break;
      }
    }
    pipeStart = i + 1;
  }
}
function urlsOf(p) {
  return p.args.map((a) => a.value).filter((v) => /^[a-z]+:\/\//i.test(v));
}
function checkSubstitutions(line, hit, where, reported) {
  const text = line.text;
  const SUBST = /(?:<\(|\$\(|`)\s*(?:curl|wget)\b/g;
  let m;
  while ((m = SUBST.exec(text)) !== null) {
    const windowStart = Math.max(0, m.index - 200);
    const before = text.slice(windowStart, m.index);
    const seg = before.slice(
      Math.max(before.lastIndexOf(";"), before.lastIndexOf("&"), before.lastIndexOf("|")) + 1
    );
    const interp = RUNNER_BEFORE.exec(seg);
    if (!interp) continue;
    const startIdx = windowStart + (before.length - seg.length) + interp.index + (interp[0].length - interp[0].trimStart().length);
    const at = lineOffset(line, startIdx);
    const close = text.indexOf(")", m.index);
    const rest = text.slice(startIdx, close < 0 ? Math.min(text.length, m.index + 300) : close + 1);
    const urls = rest.match(/[a-z]+:\/\/[^\s"'`)]+/gi) ?? [];
    if (urls.length > 0 && urls.every((u) => IMMUTABLE_URL.test(u)) || reported.has(at)) continue;
    reported.add(at);
    hit({
      rule: PIPE_TO_SHELL,
      offset: at,
      text: rest,
      message: `${where}: \`${shorten(rest, 100)}\` runs downloaded code without verifying it`,
      evidence: { urls }
    });
  }
}
function checkProgram(p, run) {
  const { out, where } = run;
  const { prog, args } = p;
  if (args.length === 0 && p.env.length === 0 && run.saved.size === 0 && !SHELLS.test(prog)) return;
  const saved = DOWNLOADERS.test(prog) || prog === "gsutil" || prog === "aws" ? savedFile(prog, args) : void 0;
  trackDownloadThenRun(p, run.saved, out.hit, where);
  run.models.see(p, saved);
  checkNestedScripts(p, run);
  checkTrustFlag(p, out.hit, where);
  if (checkModelCli(p, out, where)) return;
  checkDockerRun(p, out, where);
  if (/^pip[0-9.]*$/.test(prog) && args[0]?.value === "install") {
    checkPipInstall(args.slice(1), out, `${where}: pip install`);
  } else if (/^(python[0-9.]*|py)$/.test(prog)) {
    const mi = args.findIndex((a) => a.value === "-m");
    if (mi >= 0 && /^pip[0-9.]*$/.test(args[mi + 1]?.value ?? "") && args[mi + 2]?.value === "install") {
      checkPipInstall(args.slice(mi + 3), out, `${where}: pip install`);
    }
  } else if (prog === "uv" && args[0]?.value === "pip" && args[1]?.value === "install") {
    checkPipInstall(args.slice(2), out, `${where}: uv pip install`);
  } else if (/^(npm|yarn|pnpm|bun|npx|pnpx|bunx)$/.test(prog)) {
    checkNpm(prog, args, p.at, out.hit);
  } else if (/^(conda|mamba|micromamba)$/.test(prog) && /^(install|create)$/.test(args[0]?.value ?? "")) {
    checkCondaInstall(args.slice(1), out.hit, `${where}: ${prog} ${args[0].value}`);
  } else if (prog === "ollama" && /^(pull|run)$/.test(args[0]?.value ?? "")) {
    const model = args.slice(1).find((a) => !a.value.startsWith("-"));
    if (model) checkOllamaRef(model.value, model.at, out, `${where}: ollama ${args[0].value}`);
  } else if (prog === "go" && /^(install|get|run)$/.test(args[0]?.value ?? "")) {
    checkGo(args.slice(1), out.hit, `${where}: go ${args[0].value}`);
  }
}
function checkNestedScripts(p, run) {
  if (run.depth >= MAX_NESTING) return;
  const { prog, args } = p;
  const cFlag = /^(ba|z|da|k)?sh$/.test(prog) ? args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a.value)) : -1;
  const script = prog === "eval" ? args[0] : cFlag >= 0 ? args[cFlag + 1] : void 0;
  if (script) {
    checkShell(
      script.value,
      remap(run.out, (o) => script.at + 1 + o),
      run.where,
      run.opts,
      run.depth + 1
    );
    return;
  }
  if (/^python[0-9.]*$/.test(prog)) {
    const c = args.findIndex((a) => a.value === "-c");
    const code = c >= 0 ? args[c + 1] : void 0;
    if (code) checkPythonCode(code, run);
  }
}
function checkPythonCode(code, run) {
  const shift = remap(
    run.out,
    (o) => code.at + 1 + o,
    (h) => ({ ...h.evidence, inline: "python -c" })
  );
  checkPython(code.value, shift, run.opts.isLocalPath ? { isLocalPath: run.opts.isLocalPath } : {});
}
function savedFile(prog, args) {
  const values = args.map((a) => a.value);
  const url = values.find((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
  if (!url) return void 0;
  const base = (u) => u.split(/[?#]/)[0].split("/").filter(Boolean).at(-1) ?? "";
  const redirect = values.findIndex((v) => v === ">" || v === ">>");
  if (redirect >= 0 && values[redirect + 1]) return { file: values[redirect + 1], url };
  const glued = values.find((v) => /^>>?[^>]/.test(v));
  if (glued) return { file: glued.replace(/^>>?/, ""), url };
  if (prog === "curl") {
    const o = values.findIndex((v) => v === "-o" || v === "--output");
    if (o >= 0 && values[o + 1]) return { file: values[o + 1], url };
    if (values.some((v) => v === "-O" || v === "--remote-name" || /^-[a-zA-Z]*O$/.test(v)))
      return { file: base(url), url };
    return void 0;
  }
  if (prog === "wget") {
    const o = values.findIndex((v) => v === "-O" || v === "--output-document");
    if (o >= 0) return values[o + 1] && values[o + 1] !== "-" ? { file: values[o + 1], url } : void 0;
    const eq2 = values.find((v) => v.startsWith("--output-document="));
    if (eq2) return { file: eq2.slice(18), url };
    return { file: base(url), url };
  }
  if ((prog === "gsutil" || prog === "aws") && values.includes("cp")) {
    const dst = values.at(-1);
    return dst !== url ? { file: dst.endsWith("/") ? dst + base(url) : dst, url } : void 0;
  }
  return void 0;
}
var norm = (f) => f.replace(/^\.\//, "");
function trackDownloadThenRun(p, saved, hit, where) {
  const dl = DOWNLOADERS.test(p.prog) || p.prog === "gsutil" || p.prog === "aws" ? savedFile(p.prog, p.args) : void 0;
  if (dl) {
    if (!IMMUTABLE_URL.test(dl.url) && saved.size < MAX_SAVED) {
      saved.set(norm(dl.file), {
        at: p.at,
        url: dl.url,
        text: [p.prog, ...p.args.map((a) => a.value)].join(" ")
      });
    }
    return;
  }
  if (/^(sha256sum|sha512sum|shasum|gpg|gpgv|cosign|minisign)$/.test(p.prog)) {
    for (const a of p.args) saved.delete(norm(a.value));
    if (p.args.some((a) => a.value === "-c" || a.value === "--check" || a.value === "--verify"))
      saved.clear();
    return;
  }
  let target;
  if (SHELLS.test(p.prog)) target = p.args.find((a) => !a.value.startsWith("-"))?.value;
  else if (p.prog !== "chmod" && saved.size > 0)
    target = saved.has(norm(p.prog)) ? norm(p.prog) : [...saved.keys()].find((f) => f.split("/").at(-1) === p.prog);
  if (target === void 0) return;
  const entry = saved.get(norm(target));
  if (!entry) return;
  saved.delete(norm(target));
  hit({
    rule: PIPE_TO_SHELL,
    offset: entry.at,
    text: entry.text,
    message: `${where}: ${target} is downloaded from ${shorten(entry.url, 80)} and then run without a checksum check`,
    evidence: { urls: [entry.url], file: target }
  });
}

// src/pins/compose.ts
var DIGEST_RE = /@sha256:[0-9a-f]{64}$/;
function checkCompose(text, out) {
  const doc = readYaml(text, out.hit, "compose file", "its services may not all be checked");
  const root = doc?.contents ?? null;
  if (!(0, import_yaml4.isMap)(root)) return;
  const services = root.get("services", true);
  if (!(0, import_yaml4.isMap)(services)) return;
  for (const pair2 of services.items) {
    if (!(0, import_yaml4.isMap)(pair2.value)) continue;
    const name2 = (0, import_yaml4.isScalar)(pair2.key) ? String(pair2.key.value) : "service";
    checkService(pair2.value, name2, out);
  }
}
function checkService(service, name2, out) {
  const image = service.get("image", true);
  const imageName = (0, import_yaml4.isScalar)(image) && typeof image.value === "string" ? image.value.trim() : void 0;
  if (imageName && (0, import_yaml4.isScalar)(image)) checkImage(image, imageName, name2, out);
  const where = `compose service ${name2}`;
  const command = words(service.get("command", true));
  const entrypoint = words(service.get("entrypoint", true));
  const env = environment(service.get("environment", true));
  if (entrypoint.length > 0) {
    checkWords([...entrypoint, ...command], out, where);
  } else if (imageName) {
    checkServingImage(imageName, command, env, out, `${where} (${imageName})`);
  }
}
function checkImage(image, value, name2, out) {
  if (!value || value.includes("${") || DIGEST_RE.test(value)) return;
  const base = value.split("@")[0];
  const colon = base.indexOf(":", base.lastIndexOf("/") + 1);
  const tag = colon >= 0 ? base.slice(colon + 1) : void 0;
  out.hit({
    rule: DOCKER_UNPINNED_IMAGE,
    offset: scalarOffset(image),
    text: value,
    message: `compose service ${name2} image ${value} ${tag ? `uses the mutable tag ${tag}` : "has no tag (latest)"} and no @sha256 digest`,
    evidence: { image: value, tag: tag || void 0 }
  });
}
function words(node) {
  if ((0, import_yaml4.isSeq)(node)) {
    const out = [];
    for (const item of node.items) {
      if ((0, import_yaml4.isScalar)(item) && item.value !== null && item.value !== void 0)
        out.push({ value: String(item.value), at: scalarOffset(item) });
    }
    return out;
  }
  if ((0, import_yaml4.isScalar)(node) && typeof node.value === "string") {
    const at = scalarOffset(node);
    return splitCommands({ text: node.value, start: at }).flatMap((c) => c.words);
  }
  return [];
}
function environment(node) {
  const out = [];
  if ((0, import_yaml4.isMap)(node)) {
    for (const pair2 of node.items) {
      if (!(0, import_yaml4.isScalar)(pair2.key) || !(0, import_yaml4.isScalar)(pair2.value)) continue;
      const at = scalarOffset(pair2.value);
      const name2 = String(pair2.key.value);
      out.push({ value: `${name2}=${String(pair2.value.value ?? "")}`, at: at - name2.length - 1 });
    }
  } else if ((0, import_yaml4.isSeq)(node)) {
    for (const item of node.items)
      if ((0, import_yaml4.isScalar)(item) && typeof item.value === "string")
        out.push({ value: item.value, at: scalarOffset(item) });
  }
  return out;
}
function checkWords(list, out, where) {
  if (list.length === 0) return;
  const text = list.map((w) => /[\s'"]/.test(w.value) ? `'${w.value.replace(/'/g, `'\\''`)}'` : w.value).join(" ");
  const at = list[0].at;
  checkShell(
    text,
    remap(out, () => at),
    where
  );
}

// src/pins/config.ts
var TRUST_RE = /\btrust[_-]remote[_-]code\b["']?\s*[:=]\s*["']?(true|yes|on|1)\b/gi;
var MODEL_KEY_RE = /(?:^|[\s{,])["']?(base_model|model_name_or_path|pretrained_model_name_or_path|tokenizer_name|tokenizer_name_or_path|model_id)["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)["']?[ \t]*(?=[,}#\r\n]|$)/gm;
var REVISION_KEY_RE = /(?:^|[\s{,])["']?(revision|model_revision|revision_of_model|base_model_revision)["']?[ \t]*[:=][ \t]*["']?([^\s"',}#]+)/gm;
function checkConfig(text, out, name2) {
  checkTrust(text, out, name2);
  if (!/^adapter_config\.json$/i.test(name2)) checkModelKeys(text, out, name2);
  if (/^pip\.(conf|ini)$/i.test(name2)) checkPipConf(text, out, name2);
}
function checkTrust(text, out, name2) {
  for (const m of text.matchAll(TRUST_RE)) {
    out.hit({
      rule: TRUST_REMOTE_CODE,
      offset: m.index,
      text: m[0],
      message: `${name2} sets ${m[0].replace(/["'\s]/g, "")}: whatever loads with this config runs the repository's Python code`,
      evidence: { key: "trust_remote_code" }
    });
  }
}
function checkModelKeys(text, out, name2) {
  const revisions = [...text.matchAll(REVISION_KEY_RE)].map((m) => ({
    value: m[2],
    offset: m.index + m[0].lastIndexOf(m[2]),
    key: m[1]
  }));
  let k = 0;
  for (const m of text.matchAll(MODEL_KEY_RE)) {
    const id2 = m[2];
    const offset = m.index + m[0].lastIndexOf(id2);
    while (k + 1 < revisions.length && revisions[k + 1].offset < offset) k++;
    const before = revisions[k];
    const after = revisions[k + 1];
    const nearest = before && after ? Math.abs(before.offset - offset) <= Math.abs(after.offset - offset) ? before : after : before ?? after;
    checkModelRef(out, {
      id: id2,
      form: "hub-id",
      offset,
      where: `${name2} ${m[1]}:`,
      revision: nearest ? { value: nearest.value, offset: nearest.offset, name: nearest.key } : void 0,
      pin: `${m[1]}: ${id2} with a revision key set to the full commit (revision / model_revision / revision_of_model)`,
      evidence: { key: m[1] }
    });
  }
}
function checkPipConf(text, out, name2) {
  for (const m of text.matchAll(
    /^[ \t]*(extra-index-url|index-url|trusted-host|find-links)[ \t]*=[ \t]*(\S+)/gim
  )) {
    const key = m[1].toLowerCase();
    const value = m[2];
    const plain = /^http:\/\//i.test(value);
    const offset = m.index + m[0].length - m[0].trimStart().length;
    if (key === "extra-index-url") {
      out.hit({
        rule: EXTRA_INDEX_URL,
        offset,
        text: m[0].trim(),
        severity: plain ? "high" : void 0,
        message: `${name2}: extra-index-url ${value} lets a package of the same name on either index win (dependency confusion)`,
        evidence: { url: value }
      });
    } else if (!/^https:\/\/(pypi\.org|pypi\.python\.org)\/simple\/?$/i.test(value)) {
      out.hit({
        rule: CUSTOM_INDEX,
        offset,
        text: m[0].trim(),
        severity: plain || key === "trusted-host" ? "medium" : void 0,
        message: `${name2}: ${key} ${value} ${key === "trusted-host" ? "turns off TLS verification for that host" : "replaces the package source"}`,
        evidence: { [key]: value }
      });
    }
  }
}

// src/pins/dockerfile.ts
function instructions(text) {
  const lines = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === "") break;
    lines.push({ text: m[0].replace(/[\r\n]+$/, ""), start: m.index });
  }
  const escapeChar = /^#\s*escape\s*=\s*`/i.test(lines[0]?.text ?? "") ? "`" : "\\";
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    const lead = first.text.length - first.text.trimStart().length;
    const kw = /^([A-Za-z]+)(\s+|$)/.exec(first.text.slice(lead));
    if (!kw || /^\s*#/.test(first.text)) {
      i++;
      continue;
    }
    let args = "";
    const map = [];
    let startCol = lead + kw[0].length;
    let cont = true;
    while (cont && i < lines.length) {
      const line = lines[i];
      if (line !== first && (/^\s*#/.test(line.text) || line.text.trim() === "")) {
        i++;
        continue;
      }
      let body = line.text.slice(startCol);
      cont = body.trimEnd().endsWith(escapeChar);
      if (cont) body = body.trimEnd().slice(0, -1);
      for (let k = 0; k < body.length; k++) map.push(line.start + startCol + k);
      args += body;
      if (cont) {
        args += " ";
        map.push(line.start + startCol + body.length);
      }
      startCol = 0;
      i++;
    }
    const heredocs = [];
    const hd = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(args);
    if (hd) {
      let body = "";
      const hmap = [];
      while (i < lines.length && lines[i].text.trim() !== hd[1]) {
        const l = lines[i];
        for (let k = 0; k <= l.text.length; k++) hmap.push(l.start + k);
        body += `${l.text}
`;
        i++;
      }
      i++;
      heredocs.push({ text: body, map: hmap });
    }
    let keyword2 = kw[1].toUpperCase();
    const onbuild = keyword2 === "ONBUILD" ? /^\s*([A-Za-z]+)\s+/.exec(args) : null;
    if (onbuild) {
      keyword2 = onbuild[1].toUpperCase();
      args = args.slice(onbuild[0].length);
      map.splice(0, onbuild[0].length);
    }
    out.push({ keyword: keyword2, args, map, at: first.start + lead, heredocs });
  }
  return out;
}
function checkDockerfile(text, out, opts = {}) {
  const state = { args: /* @__PURE__ */ new Map(), stages: /* @__PURE__ */ new Set(), out, opts };
  for (const ins of instructions(text)) {
    if (ins.keyword === "ARG") readArg(ins, state);
    else if (ins.keyword === "FROM") checkFrom(ins, state);
    else if (ins.keyword === "RUN") checkRun(ins, state);
    else if (ins.keyword === "CMD" || ins.keyword === "ENTRYPOINT") checkCmd(ins, state);
    else if (ins.keyword === "ADD") checkAdd(ins, out.hit);
  }
}
var offsetIn = (ins) => (i) => ins.map[i] ?? ins.at;
function readArg(ins, state) {
  for (const m of ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)) {
    state.args.set(m[1], m[2].replace(/^["']|["']$/g, ""));
  }
}
function substitute(raw, args) {
  let resolved = raw;
  for (let pass = 0; pass < 4 && resolved.includes("$"); pass++) {
    resolved = resolved.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
      (all, a, def, b) => {
        const v = args.get(a ?? b) ?? def;
        return v === void 0 || v === "" ? all : v;
      }
    );
  }
  return resolved;
}
function checkFrom(ins, state) {
  const words2 = [...ins.args.matchAll(/\S+/g)];
  const imageIdx = words2.findIndex((w) => !w[0].startsWith("--"));
  const image = words2[imageIdx];
  if (!image) return;
  const asIdx = words2.findIndex((w, k) => k > imageIdx && w[0].toLowerCase() === "as");
  if (asIdx > 0 && words2[asIdx + 1]) state.stages.add(words2[asIdx + 1][0].toLowerCase());
  const raw = image[0];
  const resolved = substitute(raw, state.args);
  state.image = resolved;
  const unresolved = resolved.includes("$");
  const lower = resolved.toLowerCase();
  if (lower === "scratch" || state.stages.has(lower)) return;
  if (/@sha256:([0-9a-f]{64}|\$\{.*\}|\$[A-Za-z_])/.test(resolved)) return;
  const name2 = resolved.split("@")[0];
  const colon = name2.indexOf(":", name2.lastIndexOf("/") + 1);
  const tag = colon >= 0 ? name2.slice(colon + 1) : void 0;
  const shown = `FROM ${raw}${raw !== resolved ? ` (${resolved})` : ""}`;
  state.out.hit({
    rule: DOCKER_UNPINNED_IMAGE,
    offset: offsetIn(ins)(image.index),
    text: raw,
    severity: unresolved ? "low" : void 0,
    message: unresolved ? `${shown} depends on a build argument without a default and has no @sha256 digest` : `${shown} ${tag ? `uses the mutable tag ${tag}` : "has no tag (latest)"} and no @sha256 digest`,
    evidence: { image: resolved, tag: tag || void 0 }
  });
}
function execForm(body) {
  if (!body.startsWith("[")) return void 0;
  const parsed = readJson(body);
  if (parsed.error || !parsed.value || parsed.nonStandard.some((x) => x.kind === "non-finite"))
    return void 0;
  const argv = toPlain(parsed.value);
  return Array.isArray(argv) && argv.every((x) => typeof x === "string") ? argv : void 0;
}
function checkRun(ins, state) {
  const off = offsetIn(ins);
  const flags = /^(\s*--\S+)*\s*/.exec(ins.args)?.[0].length ?? 0;
  const body = ins.args.slice(flags);
  const argv = execForm(body);
  if (argv) {
    const joined = argv.map((x) => /\s/.test(x) ? `'${x}'` : x).join(" ");
    checkShell(
      joined,
      remap(state.out, () => off(flags)),
      "Dockerfile RUN",
      state.opts
    );
    return;
  }
  checkShell(
    body,
    remap(state.out, (o) => off(flags + o)),
    "Dockerfile RUN",
    state.opts
  );
  for (const hd of ins.heredocs) {
    checkShell(
      hd.text,
      remap(state.out, (o) => hd.map[o] ?? ins.at),
      "Dockerfile RUN",
      state.opts
    );
  }
}
function checkCmd(ins, state) {
  const off = offsetIn(ins);
  const argv = execForm(ins.args);
  const where = `Dockerfile ${ins.keyword}`;
  if (!argv) {
    checkShell(
      ins.args,
      remap(state.out, (o) => off(o)),
      where,
      state.opts
    );
    return;
  }
  const at = off(0);
  if (ins.keyword === "CMD" && state.image && !/^(python[0-9.]*|sh|bash|vllm|text-generation-launcher|llama-server)$/.test(argv[0] ?? "")) {
    checkServingImage(
      state.image,
      argv.map((value) => ({ value, at })),
      [],
      state.out,
      `${where} of ${state.image}`
    );
    return;
  }
  const joined = argv.map((x) => /\s/.test(x) ? `'${x}'` : x).join(" ");
  checkShell(
    joined,
    remap(state.out, () => at),
    where,
    state.opts
  );
}
function checkAdd(ins, hit) {
  if (/(^|\s)--checksum=/.test(ins.args)) return;
  for (const m of ins.args.matchAll(/(?:^|\s)(https?:\/\/\S+)/g)) {
    const url = m[1];
    if (/\.git(#|$)/.test(url)) continue;
    const idx = m.index + m[0].indexOf(url);
    hit({
      rule: UNPINNED_URL,
      offset: offsetIn(ins)(idx),
      text: url,
      message: `ADD ${url} downloads without --checksum=sha256:\u2026`,
      evidence: { url }
    });
  }
}

// src/pins/makefile.ts
function recipeText(text) {
  const out = [];
  let inRule = false;
  let continued = false;
  let inDefine = false;
  for (const line of text.split(/(?<=\n)/)) {
    const body = line.replace(/\r?\n$/, "");
    const eol = line.slice(body.length);
    if (/^\s*define\b/.test(body)) inDefine = true;
    const recipe = !inDefine && inRule && (body.startsWith("	") || continued);
    if (/^\s*endef\b/.test(body)) inDefine = false;
    if (recipe) {
      out.push(asShell(body, !continued) + eol);
      continued = body.endsWith("\\");
      continue;
    }
    continued = false;
    if (!inDefine && /^[^\t#=:][^=]*?::?(?!=)/.test(body)) inRule = true;
    else if (!inDefine && /^\S/.test(body) && !body.startsWith("#")) inRule = false;
    out.push(" ".repeat(body.length) + eol);
  }
  return out.join("");
}
function asShell(line, first) {
  let s = first ? line.replace(/^\t[@+\-\s]*/, (m) => " ".repeat(m.length)) : line;
  s = s.replace(/\$\$/g, "\\$");
  s = s.replace(/\$\((\w+)\)/g, (_m, name2) => `\${${name2}}`);
  return s;
}
function checkMakefile(text, out, opts = {}) {
  checkShell(
    recipeText(text),
    remap(out, (o) => o),
    "Makefile recipe",
    opts
  );
}

// src/pins/notebook.ts
function decodeJsonString(raw, base) {
  let text = "";
  const map = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < raw.length) {
      const e = raw[i + 1];
      if (e === "u" && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        text += String.fromCharCode(Number.parseInt(raw.slice(i + 2, i + 6), 16));
        map.push(base + i);
        i += 5;
        continue;
      }
      const simple = {
        n: "\n",
        t: "	",
        r: "\r",
        b: "\b",
        f: "\f",
        "/": "/",
        "\\": "\\",
        '"': '"'
      };
      text += simple[e] ?? e;
      map.push(base + i);
      i++;
      continue;
    }
    text += c;
    map.push(base + i);
  }
  return { text, map };
}
function cellNodesOf(root) {
  const cellNodes = [];
  const top = root?.t === "object" ? jsonGet(root, "cells") : void 0;
  if (top?.t === "array") cellNodes.push(...top.items);
  const worksheets = root?.t === "object" ? jsonGet(root, "worksheets") : void 0;
  for (const ws of worksheets?.t === "array" ? worksheets.items : []) {
    const cs = ws.t === "object" ? jsonGet(ws, "cells") : void 0;
    if (cs?.t === "array") cellNodes.push(...cs.items);
  }
  return cellNodes;
}
function cellSource(fileText, cell) {
  if (cell.t !== "object") return void 0;
  const cellType = jsonGet(cell, "cell_type");
  if (cellType?.t !== "string" || cellType.value !== "code") return void 0;
  const source = jsonGet(cell, "source") ?? jsonGet(cell, "input");
  const pieces = source?.t === "string" ? [source] : source?.t === "array" ? source.items.filter((n) => n.t === "string") : [];
  let code = "";
  const map = [];
  for (const piece of pieces) {
    const d = decodeJsonString(fileText.slice(piece.offset + 1, piece.end - 1), piece.offset + 1);
    code += d.text;
    for (const o of d.map) map.push(o);
  }
  return { code, map, first: pieces[0]?.offset ?? 0 };
}
function shellParts(code, out, where, opts) {
  if (/^\s*%%(bash|sh|script\s+(ba)?sh)\b/.test(code)) {
    checkShell(
      code.replace(/^[^\n]*/, (l) => " ".repeat(l.length)),
      out,
      where,
      opts
    );
    return code.replace(/[^\n]/g, " ");
  }
  const blanked = code.replace(
    /^([ \t]*)(!|%(?:pip|conda|system|sx|sc)\b)([^\n]*)/gm,
    (all, ws, magic, cmd, at) => {
      const prefix = magic === "!" ? "" : magic === "%pip" ? "pip" : magic === "%conda" ? "conda" : "";
      const start = at + ws.length + magic.length;
      checkShell(
        prefix + cmd,
        remap(out, (o) => Math.max(start, start + o - prefix.length)),
        where,
        opts
      );
      return " ".repeat(all.length);
    }
  );
  return blanked.replace(/^([ \t]*)%[^\n]*/gm, (all) => " ".repeat(all.length));
}
function checkNotebook(fileText, out, opts = {}) {
  const root = parseJsonReporting(fileText, out.hit, "notebook", "its cells may not all be checked");
  const cellNodes = cellNodesOf(root);
  if (cellNodes.length === 0) return;
  const parts = [];
  let length = 0;
  const pyMap = [];
  const cells = [];
  cellNodes.forEach((cell, i) => {
    const src = cellSource(fileText, cell);
    if (!src) return;
    const { map, first } = src;
    const toFile2 = remap(
      out,
      (o) => map[o] ?? first,
      () => ({ cell: i })
    );
    let code = shellParts(src.code, toFile2, `notebook cell ${i}`, opts);
    if (!code.endsWith("\n")) code += "\n";
    cells.push({ index: i, start: length });
    parts.push(code);
    length += code.length;
    for (let k = 0; k < code.length; k++) pyMap.push(map[k] ?? map.at(-1) ?? 0);
  });
  const python = parts.join("");
  const lines = new LineIndex(python);
  const toFile = remap(
    out,
    (o) => pyMap[o] ?? 0,
    (h) => {
      const cell = cellAt(cells, h.offset);
      const cellLine = cell ? lines.position(h.offset).line - lines.position(cell.start).line + 1 : void 0;
      return { cell: cell?.index, cellLine };
    }
  );
  checkPython(python, toFile, opts);
}
function cellAt(cells, offset) {
  let lo = 0;
  let hi = cells.length - 1;
  let found;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (cells[mid].start <= offset) {
      found = cells[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// node_modules/eslint-visitor-keys/lib/visitor-keys.js
var KEYS = {
  ArrayExpression: ["elements"],
  ArrayPattern: ["elements"],
  ArrowFunctionExpression: ["params", "body"],
  AssignmentExpression: ["left", "right"],
  AssignmentPattern: ["left", "right"],
  AwaitExpression: ["argument"],
  BinaryExpression: ["left", "right"],
  BlockStatement: ["body"],
  BreakStatement: ["label"],
  CallExpression: ["callee", "arguments"],
  CatchClause: ["param", "body"],
  ChainExpression: ["expression"],
  ClassBody: ["body"],
  ClassDeclaration: ["id", "superClass", "body"],
  ClassExpression: ["id", "superClass", "body"],
  ConditionalExpression: ["test", "consequent", "alternate"],
  ContinueStatement: ["label"],
  DebuggerStatement: [],
  DoWhileStatement: ["body", "test"],
  EmptyStatement: [],
  ExperimentalRestProperty: ["argument"],
  ExperimentalSpreadProperty: ["argument"],
  ExportAllDeclaration: ["exported", "source", "attributes"],
  ExportDefaultDeclaration: ["declaration"],
  ExportNamedDeclaration: [
    "declaration",
    "specifiers",
    "source",
    "attributes"
  ],
  ExportSpecifier: ["local", "exported"],
  ExpressionStatement: ["expression"],
  ForInStatement: ["left", "right", "body"],
  ForOfStatement: ["left", "right", "body"],
  ForStatement: ["init", "test", "update", "body"],
  FunctionDeclaration: ["id", "params", "body"],
  FunctionExpression: ["id", "params", "body"],
  Identifier: [],
  IfStatement: ["test", "consequent", "alternate"],
  ImportAttribute: ["key", "value"],
  ImportDeclaration: ["specifiers", "source", "attributes"],
  ImportDefaultSpecifier: ["local"],
  ImportExpression: ["source", "options"],
  ImportNamespaceSpecifier: ["local"],
  ImportSpecifier: ["imported", "local"],
  JSXAttribute: ["name", "value"],
  JSXClosingElement: ["name"],
  JSXClosingFragment: [],
  JSXElement: ["openingElement", "children", "closingElement"],
  JSXEmptyExpression: [],
  JSXExpressionContainer: ["expression"],
  JSXFragment: ["openingFragment", "children", "closingFragment"],
  JSXIdentifier: [],
  JSXMemberExpression: ["object", "property"],
  JSXNamespacedName: ["namespace", "name"],
  JSXOpeningElement: ["name", "attributes"],
  JSXOpeningFragment: [],
  JSXSpreadAttribute: ["argument"],
  JSXSpreadChild: ["expression"],
  JSXText: [],
  LabeledStatement: ["label", "body"],
  Literal: [],
  LogicalExpression: ["left", "right"],
  MemberExpression: ["object", "property"],
  MetaProperty: ["meta", "property"],
  MethodDefinition: ["key", "value"],
  NewExpression: ["callee", "arguments"],
  ObjectExpression: ["properties"],
  ObjectPattern: ["properties"],
  PrivateIdentifier: [],
  Program: ["body"],
  Property: ["key", "value"],
  PropertyDefinition: ["key", "value"],
  RestElement: ["argument"],
  ReturnStatement: ["argument"],
  SequenceExpression: ["expressions"],
  SpreadElement: ["argument"],
  StaticBlock: ["body"],
  Super: [],
  SwitchCase: ["test", "consequent"],
  SwitchStatement: ["discriminant", "cases"],
  TaggedTemplateExpression: ["tag", "quasi"],
  TemplateElement: [],
  TemplateLiteral: ["quasis", "expressions"],
  ThisExpression: [],
  ThrowStatement: ["argument"],
  TryStatement: ["block", "handler", "finalizer"],
  UnaryExpression: ["argument"],
  UpdateExpression: ["argument"],
  VariableDeclaration: ["declarations"],
  VariableDeclarator: ["id", "init"],
  WhileStatement: ["test", "body"],
  WithStatement: ["object", "body"],
  YieldExpression: ["argument"]
};
var NODE_TYPES = Object.keys(KEYS);
for (const type of NODE_TYPES) {
  Object.freeze(KEYS[type]);
}
Object.freeze(KEYS);
var visitor_keys_default = KEYS;

// node_modules/eslint-visitor-keys/lib/index.js
function unionWith(additionalKeys) {
  const retv = (
    /** @type {{ [type: string]: ReadonlyArray<string> }} */
    Object.assign({}, visitor_keys_default)
  );
  for (const type of Object.keys(additionalKeys)) {
    if (Object.hasOwn(retv, type)) {
      const keys = new Set(additionalKeys[type]);
      for (const key of retv[type]) {
        keys.add(key);
      }
      retv[type] = Object.freeze(Array.from(keys));
    } else {
      retv[type] = Object.freeze(Array.from(additionalKeys[type]));
    }
  }
  return Object.freeze(retv);
}

// node_modules/toml-eslint-parser/lib/index.mjs
function last(arr) {
  return arr[arr.length - 1] ?? null;
}
function toKeyName(node) {
  return node.type === "TOMLBare" ? node.name : node.value;
}
var TOMLVerImpl = class {
  constructor(major, minor) {
    this.major = major;
    this.minor = minor;
  }
  lt(major, minor) {
    return this.major < major || this.major === major && this.minor < minor;
  }
  gte(major, minor) {
    return this.major > major || this.major === major && this.minor >= minor;
  }
};
var TOML_VERSION_1_0 = new TOMLVerImpl(1, 0);
var TOML_VERSION_1_1 = new TOMLVerImpl(1, 1);
var DEFAULT_TOML_VERSION = TOML_VERSION_1_1;
var SUPPORTED_TOML_VERSIONS = {
  "1.0": TOML_VERSION_1_0,
  "1.0.0": TOML_VERSION_1_0,
  "1.1": TOML_VERSION_1_1,
  "1.1.0": TOML_VERSION_1_1,
  latest: TOML_VERSION_1_1,
  next: TOML_VERSION_1_1
};
function getTOMLVer(v) {
  return v && SUPPORTED_TOML_VERSIONS[v] || DEFAULT_TOML_VERSION;
}
var MESSAGES = {
  "unterminated-string": "Unterminated string constant",
  "unterminated-table-key": "Unterminated table-key",
  "unterminated-array": "Unterminated array",
  "unterminated-inline-table": "Unterminated inline table",
  "missing-key": "Empty bare keys are not allowed",
  "missing-newline": "Must be a newline",
  "missing-equals-sign": "Expected equal (=) token",
  "missing-value": "Unspecified values are invalid",
  "missing-comma": "Expected comma (,) token",
  "dupe-keys": "Defining a key multiple times is invalid",
  "unexpected-char": "Unexpected character",
  "unexpected-token": "Unexpected token",
  "invalid-control-character": "Control characters (codes < 0x1f and 0x7f) are not allowed",
  "invalid-comment-character": "Invalid code point {{cp}} within comments",
  "invalid-key-value-newline": "The key, equals sign, and value must be on the same line",
  "invalid-inline-table-newline": "No newlines are allowed between the curly braces unless they are valid within a value",
  "invalid-underscore": "Underscores are allowed between digits",
  "invalid-space": "Unexpected spaces",
  "invalid-three-quotes": "Three or more quotes are not permitted",
  "invalid-date": "Unexpected invalid date",
  "invalid-time": "Unexpected invalid time",
  "invalid-leading-zero": "Leading zeros are not allowed",
  "invalid-trailing-comma-in-inline-table": "Trailing comma is not permitted in an inline table",
  "invalid-char-in-escape-sequence": "Invalid character in escape sequence",
  "invalid-consecutive-dots-in-key": "Consecutive dots are not permitted in keys",
  "invalid-code-point": "Invalid code point {{cp}}",
  "invalid-trailing-dot-in-key": "Keys cannot end with a dot",
  "invalid-leading-dot-in-key": "Keys cannot start with a dot"
};
function getMessage(code, data) {
  if (data) return MESSAGES[code].replace(/\{\{(.*?)\}\}/gu, (_, name$2) => {
    if (name$2 in data) return data[name$2];
    return `{{${name$2}}}`;
  });
  return MESSAGES[code];
}
var ParseError = class extends SyntaxError {
  /**
  * Initialize this ParseError instance.
  *
  */
  constructor(code, offset, line, column, data) {
    super(getMessage(code, data));
    this.index = offset;
    this.lineNumber = line;
    this.column = column;
  }
};
var CodePoint = {
  EOF: -1,
  NULL: 0,
  BACKSPACE: 8,
  TABULATION: 9,
  LINE_FEED: 10,
  FORM_FEED: 12,
  CARRIAGE_RETURN: 13,
  ESCAPE: 27,
  US: 31,
  SPACE: 32,
  QUOTATION_MARK: 34,
  HASH: 35,
  SINGLE_QUOTE: 39,
  PLUS_SIGN: 43,
  COMMA: 44,
  DASH: 45,
  DOT: 46,
  DIGIT_0: 48,
  DIGIT_1: 49,
  DIGIT_7: 55,
  DIGIT_9: 57,
  COLON: 58,
  EQUALS_SIGN: 61,
  LATIN_CAPITAL_A: 65,
  LATIN_CAPITAL_E: 69,
  LATIN_CAPITAL_F: 70,
  LATIN_CAPITAL_T: 84,
  LATIN_CAPITAL_U: 85,
  LATIN_CAPITAL_Z: 90,
  LEFT_BRACKET: 91,
  BACKSLASH: 92,
  RIGHT_BRACKET: 93,
  UNDERSCORE: 95,
  LATIN_SMALL_A: 97,
  LATIN_SMALL_B: 98,
  LATIN_SMALL_E: 101,
  LATIN_SMALL_F: 102,
  LATIN_SMALL_I: 105,
  LATIN_SMALL_L: 108,
  LATIN_SMALL_N: 110,
  LATIN_SMALL_O: 111,
  LATIN_SMALL_R: 114,
  LATIN_SMALL_S: 115,
  LATIN_SMALL_T: 116,
  LATIN_SMALL_U: 117,
  LATIN_SMALL_X: 120,
  LATIN_SMALL_Z: 122,
  LEFT_BRACE: 123,
  RIGHT_BRACE: 125,
  TILDE: 126,
  DELETE: 127,
  PAD: 128,
  CP_D7FF: 55295,
  CP_E000: 57344,
  CP_10FFFF: 1114111
};
function isControl(cp) {
  return cp >= CodePoint.NULL && cp <= CodePoint.US;
}
function isWhitespace(cp) {
  return cp === CodePoint.TABULATION || cp === CodePoint.SPACE;
}
function isEOL(cp) {
  return cp === CodePoint.LINE_FEED || cp === CodePoint.CARRIAGE_RETURN;
}
function isUpperLetter(cp) {
  return cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_Z;
}
function isLowerLetter(cp) {
  return cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_Z;
}
function isLetter(cp) {
  return isLowerLetter(cp) || isUpperLetter(cp);
}
function isDigit(cp) {
  return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_9;
}
function isHexDig(cp) {
  return isDigit(cp) || cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_F || cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_F;
}
function isOctalDig(cp) {
  return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_7;
}
function isUnicodeScalarValue(cp) {
  return cp >= 0 && cp <= 55295 || cp >= 57344 && cp <= 1114111;
}
function sortedLastIndex(array, value) {
  let low = 0;
  let high = array.length;
  while (low < high) {
    const mid = low + high >>> 1;
    const val = array[mid];
    if (val === value) return mid + 1;
    if (val < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
var Locations = class {
  constructor() {
    this.offsets = [];
  }
  addOffset(offset) {
    for (let i = this.offsets.length - 1; i >= 0; i--) {
      const element = this.offsets[i];
      if (element === offset) return;
      if (element < offset) break;
    }
    this.offsets.push(offset);
  }
  /**
  * Calculate the location of the given index.
  * @param index The index to calculate their location.
  * @returns The location of the index.
  */
  getLocFromIndex(offset) {
    const line = sortedLastIndex(this.offsets, offset) + 1;
    return {
      line,
      column: offset - (line === 1 ? 0 : this.offsets[line - 2])
    };
  }
};
var CodePointIterator = class {
  /**
  * Initialize this char iterator.
  */
  constructor(text) {
    this.locs = new Locations();
    this.lastCodePoint = CodePoint.NULL;
    this.start = -1;
    this.end = 0;
    this.text = text;
  }
  next() {
    if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
    return this.lastCodePoint = this.moveAt(this.end);
  }
  getLocFromIndex(index) {
    return this.locs.getLocFromIndex(index);
  }
  eat(cp) {
    if (this.text.codePointAt(this.end) === cp) {
      this.next();
      return true;
    }
    return false;
  }
  moveAt(offset) {
    this.start = this.end = offset;
    const cp = this.text.codePointAt(this.start) ?? CodePoint.EOF;
    if (cp === CodePoint.EOF) {
      this.end = this.start;
      return cp;
    }
    this.end += cp >= 65536 ? 2 : 1;
    if (cp === CodePoint.LINE_FEED) this.locs.addOffset(this.end);
    else if (cp === CodePoint.CARRIAGE_RETURN) {
      if (this.text.codePointAt(this.end) === CodePoint.LINE_FEED) {
        this.end++;
        this.locs.addOffset(this.end);
      }
      return CodePoint.LINE_FEED;
    }
    return cp;
  }
};
var HAS_BIGINT = typeof BigInt !== "undefined";
var RADIX_PREFIXES = {
  16: "0x",
  10: "",
  8: "0o",
  2: "0b"
};
var ESCAPES_1_0 = {
  [CodePoint.QUOTATION_MARK]: CodePoint.QUOTATION_MARK,
  [CodePoint.BACKSLASH]: CodePoint.BACKSLASH,
  [CodePoint.LATIN_SMALL_B]: CodePoint.BACKSPACE,
  [CodePoint.LATIN_SMALL_F]: CodePoint.FORM_FEED,
  [CodePoint.LATIN_SMALL_N]: CodePoint.LINE_FEED,
  [CodePoint.LATIN_SMALL_R]: CodePoint.CARRIAGE_RETURN,
  [CodePoint.LATIN_SMALL_T]: CodePoint.TABULATION
};
var ESCAPES_LATEST = {
  ...ESCAPES_1_0,
  [CodePoint.LATIN_SMALL_E]: CodePoint.ESCAPE
};
var Tokenizer = class {
  /**
  * Initialize this tokenizer.
  */
  constructor(text, parserOptions) {
    this.backCode = false;
    this.lastCodePoint = CodePoint.NULL;
    this.state = "DATA";
    this.token = null;
    this.tokenStart = -1;
    this.valuesEnabled = false;
    this.text = text;
    this.parserOptions = parserOptions || {};
    this.codePointIterator = new CodePointIterator(text);
    this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
    this.ESCAPES = this.tomlVersion.gte(1, 1) ? ESCAPES_LATEST : ESCAPES_1_0;
  }
  get start() {
    return this.codePointIterator.start;
  }
  get end() {
    return this.codePointIterator.end;
  }
  getLocFromIndex(index) {
    return this.codePointIterator.getLocFromIndex(index);
  }
  /**
  * Report an invalid character error.
  */
  reportParseError(code, data) {
    const offset = this.codePointIterator.start;
    const loc = this.codePointIterator.getLocFromIndex(offset);
    throw new ParseError(code, offset, loc.line, loc.column, data);
  }
  /**
  * Get the next token.
  */
  nextToken() {
    let token = this.token;
    if (token != null) {
      this.token = null;
      return token;
    }
    let cp = this.lastCodePoint;
    while (cp !== CodePoint.EOF && !this.token) {
      cp = this.nextCode();
      const nextState = this[this.state](cp);
      if (!nextState) throw new Error(`Unknown error: pre state=${this.state}`);
      this.state = nextState;
    }
    token = this.token;
    this.token = null;
    return token;
  }
  /**
  * Get the next code point.
  */
  nextCode() {
    if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
    if (this.backCode) {
      this.backCode = false;
      return this.lastCodePoint;
    }
    return this.lastCodePoint = this.codePointIterator.next();
  }
  /**
  * Eat the next code point.
  */
  eatCode(cp) {
    if (this.lastCodePoint === CodePoint.EOF) return false;
    if (this.backCode) {
      if (this.lastCodePoint === cp) {
        this.backCode = false;
        return true;
      }
      return false;
    }
    return this.codePointIterator.eat(cp);
  }
  /**
  * Moves the character position to the given position.
  */
  moveAt(loc) {
    if (this.backCode) this.backCode = false;
    this.lastCodePoint = this.codePointIterator.moveAt(loc);
  }
  /**
  * Back the current code point as the given state.
  */
  back(state) {
    this.backCode = true;
    return state;
  }
  punctuatorToken() {
    this.startToken();
    this.endToken("Punctuator", "end");
  }
  startToken() {
    this.tokenStart = this.codePointIterator.start;
  }
  /**
  * Commit the current token.
  */
  endToken(type, pos, option1, option2) {
    const { tokenStart } = this;
    const end = this.codePointIterator[pos];
    const range = [tokenStart, end];
    const loc = {
      start: this.codePointIterator.getLocFromIndex(tokenStart),
      end: this.codePointIterator.getLocFromIndex(end)
    };
    if (type === "Block") this.token = {
      type,
      value: this.text.slice(tokenStart + 1, end),
      range,
      loc
    };
    else {
      let token;
      const value = this.text.slice(tokenStart, end);
      if (type === "BasicString" || type === "LiteralString" || type === "MultiLineBasicString" || type === "MultiLineLiteralString") token = {
        type,
        value,
        string: option1,
        range,
        loc
      };
      else if (type === "Integer") {
        const text = option1;
        token = {
          type,
          value,
          number: parseInt(text, option2),
          bigint: HAS_BIGINT ? BigInt(RADIX_PREFIXES[option2] + text) : null,
          range,
          loc
        };
      } else if (type === "Float") token = {
        type,
        value,
        number: option1,
        range,
        loc
      };
      else if (type === "Boolean") token = {
        type,
        value,
        boolean: option1,
        range,
        loc
      };
      else if (type === "LocalDate" || type === "LocalTime" || type === "LocalDateTime" || type === "OffsetDateTime") token = {
        type,
        value,
        date: option1,
        range,
        loc
      };
      else token = {
        type,
        value,
        range,
        loc
      };
      this.token = token;
    }
  }
  DATA(cp) {
    while (isWhitespace(cp) || isEOL(cp)) cp = this.nextCode();
    if (cp === CodePoint.HASH) {
      this.startToken();
      return "COMMENT";
    }
    if (cp === CodePoint.QUOTATION_MARK) {
      this.startToken();
      return "BASIC_STRING";
    }
    if (cp === CodePoint.SINGLE_QUOTE) {
      this.startToken();
      return "LITERAL_STRING";
    }
    if (cp === CodePoint.DOT || cp === CodePoint.EQUALS_SIGN || cp === CodePoint.LEFT_BRACKET || cp === CodePoint.RIGHT_BRACKET || cp === CodePoint.LEFT_BRACE || cp === CodePoint.RIGHT_BRACE || cp === CodePoint.COMMA) {
      this.punctuatorToken();
      return "DATA";
    }
    if (this.valuesEnabled) {
      if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
        this.startToken();
        return "SIGN";
      }
      if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) {
        this.startToken();
        return this.back("NAN_OR_INF");
      }
      if (isDigit(cp)) {
        this.startToken();
        return this.back("NUMBER");
      }
      if (cp === CodePoint.LATIN_SMALL_T || cp === CodePoint.LATIN_SMALL_F) {
        this.startToken();
        return this.back("BOOLEAN");
      }
    } else if (isUnquotedKeyChar(cp, this.tomlVersion)) {
      this.startToken();
      return "BARE";
    }
    if (cp === CodePoint.EOF) return "DATA";
    return this.reportParseError("unexpected-char");
  }
  COMMENT(cp) {
    const processCommentChar = this.tomlVersion.gte(1, 1) ? (c) => {
      if (!isNonEOL(c)) this.reportParseError("invalid-comment-character", { cp: JSON.stringify(String.fromCodePoint(c)).slice(1, -1) });
    } : (c) => {
      if (isControlOtherThanTab(c)) this.reportParseErrorControlChar();
    };
    while (!isEOL(cp) && cp !== CodePoint.EOF) {
      processCommentChar(cp);
      cp = this.nextCode();
    }
    this.endToken("Block", "start");
    return "DATA";
  }
  BARE(cp) {
    while (isUnquotedKeyChar(cp, this.tomlVersion)) cp = this.nextCode();
    this.endToken("Bare", "start");
    return this.back("DATA");
  }
  BASIC_STRING(cp) {
    if (cp === CodePoint.QUOTATION_MARK) {
      cp = this.nextCode();
      if (cp === CodePoint.QUOTATION_MARK) return "MULTI_LINE_BASIC_STRING";
      this.endToken("BasicString", "start", "");
      return this.back("DATA");
    }
    const out = [];
    while (cp !== CodePoint.QUOTATION_MARK && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
      if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.BACKSLASH) {
        cp = this.nextCode();
        const ecp = this.ESCAPES[cp];
        if (ecp) {
          out.push(ecp);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_U) {
          const code = this.parseUnicode(4);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_CAPITAL_U) {
          const code = this.parseUnicode(8);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
          const code = this.parseUnicode(2);
          out.push(code);
          cp = this.nextCode();
          continue;
        }
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      out.push(cp);
      cp = this.nextCode();
    }
    if (cp !== CodePoint.QUOTATION_MARK) return this.reportParseError("unterminated-string");
    this.endToken("BasicString", "end", String.fromCodePoint(...out));
    return "DATA";
  }
  MULTI_LINE_BASIC_STRING(cp) {
    const out = [];
    if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
    while (cp !== CodePoint.EOF) {
      if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.QUOTATION_MARK) {
        const startPos = this.codePointIterator.start;
        if (this.eatCode(CodePoint.QUOTATION_MARK) && this.eatCode(CodePoint.QUOTATION_MARK)) {
          if (this.eatCode(CodePoint.QUOTATION_MARK)) {
            out.push(CodePoint.QUOTATION_MARK);
            if (this.eatCode(CodePoint.QUOTATION_MARK)) {
              out.push(CodePoint.QUOTATION_MARK);
              if (this.eatCode(CodePoint.QUOTATION_MARK)) {
                this.moveAt(startPos);
                return this.reportParseError("invalid-three-quotes");
              }
            }
          }
          this.endToken("MultiLineBasicString", "end", String.fromCodePoint(...out));
          return "DATA";
        }
        this.moveAt(startPos);
      }
      if (cp === CodePoint.BACKSLASH) {
        cp = this.nextCode();
        const ecp = this.ESCAPES[cp];
        if (ecp) {
          out.push(ecp);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_U) {
          const code = this.parseUnicode(4);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_CAPITAL_U) {
          const code = this.parseUnicode(8);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
          const code = this.parseUnicode(2);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LINE_FEED) {
          cp = this.nextCode();
          while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
          continue;
        } else if (isWhitespace(cp)) {
          let valid = true;
          const startPos = this.codePointIterator.start;
          let nextCp;
          while ((nextCp = this.nextCode()) !== CodePoint.EOF) {
            if (nextCp === CodePoint.LINE_FEED) break;
            if (!isWhitespace(nextCp)) {
              this.moveAt(startPos);
              valid = false;
              break;
            }
          }
          if (valid) {
            cp = this.nextCode();
            while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
            continue;
          }
        }
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      out.push(cp);
      cp = this.nextCode();
    }
    return this.reportParseError("unterminated-string");
  }
  LITERAL_STRING(cp) {
    if (cp === CodePoint.SINGLE_QUOTE) {
      cp = this.nextCode();
      if (cp === CodePoint.SINGLE_QUOTE) return "MULTI_LINE_LITERAL_STRING";
      this.endToken("LiteralString", "start", "");
      return this.back("DATA");
    }
    const out = [];
    while (cp !== CodePoint.SINGLE_QUOTE && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
      if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      out.push(cp);
      cp = this.nextCode();
    }
    if (cp !== CodePoint.SINGLE_QUOTE) return this.reportParseError("unterminated-string");
    this.endToken("LiteralString", "end", String.fromCodePoint(...out));
    return "DATA";
  }
  MULTI_LINE_LITERAL_STRING(cp) {
    const out = [];
    if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
    while (cp !== CodePoint.EOF) {
      if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.SINGLE_QUOTE) {
        const startPos = this.codePointIterator.start;
        if (this.eatCode(CodePoint.SINGLE_QUOTE) && this.eatCode(CodePoint.SINGLE_QUOTE)) {
          if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
            out.push(CodePoint.SINGLE_QUOTE);
            if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
              out.push(CodePoint.SINGLE_QUOTE);
              if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
                this.moveAt(startPos);
                return this.reportParseError("invalid-three-quotes");
              }
            }
          }
          this.endToken("MultiLineLiteralString", "end", String.fromCodePoint(...out));
          return "DATA";
        }
        this.moveAt(startPos);
      }
      out.push(cp);
      cp = this.nextCode();
    }
    return this.reportParseError("unterminated-string");
  }
  SIGN(cp) {
    if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) return this.back("NAN_OR_INF");
    if (isDigit(cp)) return this.back("NUMBER");
    return this.reportParseError("unexpected-char");
  }
  NAN_OR_INF(cp) {
    if (cp === CodePoint.LATIN_SMALL_N) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_N)) {
        this.endToken("Float", "end", NaN);
        return "DATA";
      }
      this.moveAt(startPos);
    } else if (cp === CodePoint.LATIN_SMALL_I) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_N) && this.eatCode(CodePoint.LATIN_SMALL_F)) {
        this.endToken("Float", "end", this.text[this.tokenStart] === "-" ? -Infinity : Infinity);
        return "DATA";
      }
      this.moveAt(startPos);
    }
    return this.reportParseError("unexpected-char");
  }
  NUMBER(cp) {
    const start = this.text[this.tokenStart];
    const sign = start === "+" ? CodePoint.PLUS_SIGN : start === "-" ? CodePoint.DASH : CodePoint.NULL;
    if (cp === CodePoint.DIGIT_0) {
      if (sign === CodePoint.NULL) {
        const startPos = this.codePointIterator.start;
        const nextCp$1 = this.nextCode();
        if (isDigit(nextCp$1)) {
          const nextNextCp = this.nextCode();
          if (nextNextCp === CodePoint.COLON) {
            this.data = {
              hasDate: false,
              year: 0,
              month: 0,
              day: 0,
              hour: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1)),
              minute: 0,
              second: 0
            };
            return "TIME_MINUTE";
          }
          if (isDigit(nextNextCp)) {
            const nextNextNextCp = this.nextCode();
            if (isDigit(nextNextNextCp) && this.eatCode(CodePoint.DASH)) {
              this.data = {
                hasDate: true,
                year: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1, nextNextCp, nextNextNextCp)),
                month: 0,
                day: 0,
                hour: 0,
                minute: 0,
                second: 0
              };
              return "DATE_MONTH";
            }
          }
          this.moveAt(startPos);
          return this.reportParseError("invalid-leading-zero");
        }
        this.moveAt(startPos);
      }
      cp = this.nextCode();
      if (cp === CodePoint.LATIN_SMALL_X || cp === CodePoint.LATIN_SMALL_O || cp === CodePoint.LATIN_SMALL_B) {
        if (sign !== CodePoint.NULL) return this.reportParseError("unexpected-char");
        return cp === CodePoint.LATIN_SMALL_X ? "HEX" : cp === CodePoint.LATIN_SMALL_O ? "OCTAL" : "BINARY";
      }
      if (cp === CodePoint.LATIN_SMALL_E || cp === CodePoint.LATIN_CAPITAL_E) {
        this.data = {
          minus: sign === CodePoint.DASH,
          left: [CodePoint.DIGIT_0]
        };
        return "EXPONENT_RIGHT";
      }
      if (cp === CodePoint.DOT) {
        this.data = {
          minus: sign === CodePoint.DASH,
          absInt: [CodePoint.DIGIT_0]
        };
        return "FRACTIONAL_RIGHT";
      }
      this.endToken("Integer", "start", "0", 10);
      return this.back("DATA");
    }
    const { out, nextCp, hasUnderscore } = this.parseDigits(cp, isDigit);
    if (nextCp === CodePoint.DASH && sign === CodePoint.NULL && !hasUnderscore && out.length === 4) {
      this.data = {
        hasDate: true,
        year: Number(String.fromCodePoint(...out)),
        month: 0,
        day: 0,
        hour: 0,
        minute: 0,
        second: 0
      };
      return "DATE_MONTH";
    }
    if (nextCp === CodePoint.COLON && sign === CodePoint.NULL && !hasUnderscore && out.length === 2) {
      this.data = {
        hasDate: false,
        year: 0,
        month: 0,
        day: 0,
        hour: Number(String.fromCodePoint(...out)),
        minute: 0,
        second: 0
      };
      return "TIME_MINUTE";
    }
    if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
      this.data = {
        minus: sign === CodePoint.DASH,
        left: out
      };
      return "EXPONENT_RIGHT";
    }
    if (nextCp === CodePoint.DOT) {
      this.data = {
        minus: sign === CodePoint.DASH,
        absInt: out
      };
      return "FRACTIONAL_RIGHT";
    }
    this.endToken("Integer", "start", sign === CodePoint.DASH ? String.fromCodePoint(CodePoint.DASH, ...out) : String.fromCodePoint(...out), 10);
    return this.back("DATA");
  }
  HEX(cp) {
    const { out } = this.parseDigits(cp, isHexDig);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 16);
    return this.back("DATA");
  }
  OCTAL(cp) {
    const { out } = this.parseDigits(cp, isOctalDig);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 8);
    return this.back("DATA");
  }
  BINARY(cp) {
    const { out } = this.parseDigits(cp, (c) => c === CodePoint.DIGIT_0 || c === CodePoint.DIGIT_1);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 2);
    return this.back("DATA");
  }
  FRACTIONAL_RIGHT(cp) {
    const { minus, absInt } = this.data;
    const { out, nextCp } = this.parseDigits(cp, isDigit);
    const absNum = [
      ...absInt,
      CodePoint.DOT,
      ...out
    ];
    if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
      this.data = {
        minus,
        left: absNum
      };
      return "EXPONENT_RIGHT";
    }
    const value = Number(minus ? String.fromCodePoint(CodePoint.DASH, ...absNum) : String.fromCodePoint(...absNum));
    this.endToken("Float", "start", value);
    return this.back("DATA");
  }
  EXPONENT_RIGHT(cp) {
    const { left, minus: leftMinus } = this.data;
    let minus = false;
    if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
      minus = cp === CodePoint.DASH;
      cp = this.nextCode();
    }
    const { out } = this.parseDigits(cp, isDigit);
    const right = out;
    if (minus) right.unshift(CodePoint.DASH);
    const value = Number(leftMinus ? String.fromCodePoint(CodePoint.DASH, ...left, CodePoint.LATIN_SMALL_E, ...right) : String.fromCodePoint(...left, CodePoint.LATIN_SMALL_E, ...right));
    this.endToken("Float", "start", value);
    return this.back("DATA");
  }
  BOOLEAN(cp) {
    if (cp === CodePoint.LATIN_SMALL_T) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_R) && this.eatCode(CodePoint.LATIN_SMALL_U) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
        this.endToken("Boolean", "end", true);
        return "DATA";
      }
      this.moveAt(startPos);
    } else if (cp === CodePoint.LATIN_SMALL_F) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_L) && this.eatCode(CodePoint.LATIN_SMALL_S) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
        this.endToken("Boolean", "end", false);
        return "DATA";
      }
      this.moveAt(startPos);
    }
    return this.reportParseError("unexpected-char");
  }
  DATE_MONTH(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.DASH) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.start;
    const data = this.data;
    data.month = Number(this.text.slice(start, end));
    return "DATE_DAY";
  }
  DATE_DAY(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.day = Number(this.text.slice(start, end));
    if (!isValidDate(data.year, data.month, data.day)) return this.reportParseError("invalid-date");
    cp = this.nextCode();
    if (cp === CodePoint.LATIN_CAPITAL_T || cp === CodePoint.LATIN_SMALL_T) return "TIME_HOUR";
    if (cp === CodePoint.SPACE) {
      const startPos = this.codePointIterator.start;
      if (isDigit(this.nextCode()) && isDigit(this.nextCode())) {
        this.moveAt(startPos);
        return "TIME_HOUR";
      }
      this.moveAt(startPos);
    }
    const dateValue = getDateFromDateTimeData(data, "");
    this.endToken("LocalDate", "start", dateValue);
    return this.back("DATA");
  }
  TIME_HOUR(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.start;
    const data = this.data;
    data.hour = Number(this.text.slice(start, end));
    return "TIME_MINUTE";
  }
  TIME_MINUTE(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.minute = Number(this.text.slice(start, end));
    cp = this.nextCode();
    if (cp === CodePoint.COLON) return "TIME_SECOND";
    if (this.tomlVersion.lt(1, 1)) return this.reportParseError("unexpected-char");
    if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
    return this.processTimeEnd(cp, data);
  }
  TIME_SECOND(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.second = Number(this.text.slice(start, end));
    if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
    cp = this.nextCode();
    if (cp === CodePoint.DOT) return "TIME_SEC_FRAC";
    return this.processTimeEnd(cp, data);
  }
  TIME_SEC_FRAC(cp) {
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const start = this.codePointIterator.start;
    while (isDigit(cp)) cp = this.nextCode();
    const end = this.codePointIterator.start;
    const data = this.data;
    data.frac = this.text.slice(start, end);
    return this.processTimeEnd(cp, data);
  }
  processTimeEnd(cp, data) {
    if (data.hasDate) {
      if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
        data.offsetSign = cp;
        return "TIME_OFFSET";
      }
      if (cp === CodePoint.LATIN_CAPITAL_Z || cp === CodePoint.LATIN_SMALL_Z) {
        const dateValue$2 = getDateFromDateTimeData(data, "Z");
        this.endToken("OffsetDateTime", "end", dateValue$2);
        return "DATA";
      }
      const dateValue$1 = getDateFromDateTimeData(data, "");
      this.endToken("LocalDateTime", "start", dateValue$1);
      return this.back("DATA");
    }
    const dateValue = getDateFromDateTimeData(data, "");
    this.endToken("LocalTime", "start", dateValue);
    return this.back("DATA");
  }
  TIME_OFFSET(cp) {
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const hourStart = this.codePointIterator.start;
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
    const hourEnd = this.codePointIterator.start;
    cp = this.nextCode();
    const minuteStart = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const minuteEnd = this.codePointIterator.end;
    const hour = Number(this.text.slice(hourStart, hourEnd));
    const minute = Number(this.text.slice(minuteStart, minuteEnd));
    if (!isValidTime(hour, minute, 0)) return this.reportParseError("invalid-time");
    const data = this.data;
    const dateValue = getDateFromDateTimeData(data, `${String.fromCodePoint(data.offsetSign)}${padStart(hour, 2)}:${padStart(minute, 2)}`);
    this.endToken("OffsetDateTime", "end", dateValue);
    return "DATA";
  }
  parseDigits(cp, checkDigit) {
    if (cp === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
    if (!checkDigit(cp)) return this.reportParseError("unexpected-char");
    const out = [];
    let before = CodePoint.NULL;
    let hasUnderscore = false;
    while (checkDigit(cp) || cp === CodePoint.UNDERSCORE) {
      if (cp === CodePoint.UNDERSCORE) {
        hasUnderscore = true;
        if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
      } else out.push(cp);
      before = cp;
      cp = this.nextCode();
    }
    if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
    return {
      out,
      nextCp: cp,
      hasUnderscore
    };
  }
  parseUnicode(count) {
    const startLoc = this.codePointIterator.start;
    const start = this.codePointIterator.end;
    let charCount = 0;
    let cp;
    while ((cp = this.nextCode()) !== CodePoint.EOF) {
      if (!isHexDig(cp)) {
        this.moveAt(startLoc);
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      charCount++;
      if (charCount >= count) break;
    }
    const end = this.codePointIterator.end;
    const code = this.text.slice(start, end);
    const codePoint = parseInt(code, 16);
    if (!isUnicodeScalarValue(codePoint)) return this.reportParseError("invalid-code-point", { cp: code });
    return codePoint;
  }
  reportParseErrorControlChar() {
    return this.reportParseError("invalid-control-character");
  }
};
function isUnquotedKeyChar(cp, tomlVersion) {
  if (isLetter(cp) || isDigit(cp) || cp === CodePoint.UNDERSCORE || cp === CodePoint.DASH) return true;
  if (tomlVersion.lt(1, 1)) return false;
  return false;
}
function isControlOtherThanTab(cp) {
  return isControl(cp) && cp !== CodePoint.TABULATION || cp === CodePoint.DELETE;
}
function isNonEOL(cp) {
  return cp === CodePoint.TABULATION || CodePoint.SPACE <= cp && cp <= CodePoint.TILDE || isNonAscii(cp);
}
function isNonAscii(cp) {
  return CodePoint.PAD <= cp && cp <= CodePoint.CP_D7FF || CodePoint.CP_E000 <= cp && cp <= CodePoint.CP_10FFFF;
}
function isValidDate(y, m, d) {
  if (y >= 0 && m <= 12 && m >= 1 && d >= 1) return d <= (m === 2 ? y & 3 || !(y % 25) && y & 15 ? 28 : 29 : 30 + (m + (m >> 3) & 1));
  return false;
}
function isValidTime(h, m, s) {
  if (h >= 24 || h < 0 || m > 59 || m < 0 || s > 60 || s < 0) return false;
  return true;
}
function getDateFromDateTimeData(data, timeZone) {
  const year = padStart(data.year, 4);
  const month = data.month ? padStart(data.month, 2) : "01";
  const day = data.day ? padStart(data.day, 2) : "01";
  const hour = padStart(data.hour, 2);
  const minute = padStart(data.minute, 2);
  const second = padStart(data.second, 2);
  const textDate = `${year}-${month}-${day}`;
  const frac = data.frac ? `.${data.frac}` : "";
  const dateValue = /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:${second}${frac}${timeZone}`);
  if (!isNaN(dateValue.getTime()) || data.second !== 60) return dateValue;
  return /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:59${frac}${timeZone}`);
}
function padStart(num, maxLength) {
  return String(num).padStart(maxLength, "0");
}
var VALUE_KIND_VALUE = /* @__PURE__ */ Symbol("VALUE_KIND_VALUE");
var VALUE_KIND_INTERMEDIATE = /* @__PURE__ */ Symbol("VALUE_KIND_INTERMEDIATE");
var KeysResolver = class {
  constructor(ctx) {
    this.rootKeys = /* @__PURE__ */ new Map();
    this.tables = [];
    this.ctx = ctx;
  }
  applyResolveKeyForTable(node) {
    let keys = this.rootKeys;
    const peekKeyIndex = node.key.keys.length - 1;
    for (let index = 0; index < peekKeyIndex; index++) {
      const keyNode = node.key.keys[index];
      const keyName = toKeyName(keyNode);
      node.resolvedKey.push(keyName);
      let keyStore = keys.get(keyName);
      if (!keyStore) {
        keyStore = {
          node: keyNode,
          keys: /* @__PURE__ */ new Map()
        };
        keys.set(keyName, keyStore);
      } else if (keyStore.table === "array") {
        const peekIndex = keyStore.peekIndex;
        node.resolvedKey.push(peekIndex);
        keyStore = keyStore.keys.get(peekIndex);
      }
      keys = keyStore.keys;
    }
    const lastKeyNode = node.key.keys[peekKeyIndex];
    const lastKeyName = toKeyName(lastKeyNode);
    node.resolvedKey.push(lastKeyName);
    const lastKeyStore = keys.get(lastKeyName);
    if (!lastKeyStore) if (node.kind === "array") {
      node.resolvedKey.push(0);
      const newKeyStore = {
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(lastKeyName, {
        table: node.kind,
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map([[0, newKeyStore]]),
        peekIndex: 0
      });
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    } else {
      const newKeyStore = {
        table: node.kind,
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(lastKeyName, newKeyStore);
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    }
    else if (!lastKeyStore.table) if (node.kind === "array") this.ctx.reportParseError("dupe-keys", lastKeyNode);
    else {
      const transformKey = {
        table: node.kind,
        node: lastKeyNode,
        keys: lastKeyStore.keys
      };
      keys.set(lastKeyName, transformKey);
      this.tables.push({
        node,
        keys: transformKey.keys
      });
    }
    else if (lastKeyStore.table === "array") if (node.kind === "array") {
      const newKeyStore = {
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      const newIndex = lastKeyStore.peekIndex + 1;
      node.resolvedKey.push(newIndex);
      lastKeyStore.keys.set(newIndex, newKeyStore);
      lastKeyStore.peekIndex = newIndex;
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    } else this.ctx.reportParseError("dupe-keys", lastKeyNode);
    else this.ctx.reportParseError("dupe-keys", lastKeyNode);
  }
  verifyDuplicateKeys(node) {
    for (const body of node.body) if (body.type === "TOMLKeyValue") verifyDuplicateKeysForKeyValue(this.ctx, this.rootKeys, body);
    for (const { node: tableNode, keys } of this.tables) for (const body of tableNode.body) verifyDuplicateKeysForKeyValue(this.ctx, keys, body);
  }
};
function verifyDuplicateKeysForKeyValue(ctx, defineKeys, node) {
  let keys = defineKeys;
  const lastKey = last(node.key.keys);
  for (const keyNode of node.key.keys) {
    const key = toKeyName(keyNode);
    let defineKey = keys.get(key);
    if (defineKey) {
      if (defineKey.value === VALUE_KIND_VALUE) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      else if (lastKey === keyNode) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      else if (defineKey.table) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      defineKey.value = VALUE_KIND_INTERMEDIATE;
    } else {
      if (lastKey === keyNode) defineKey = {
        value: VALUE_KIND_VALUE,
        node: keyNode,
        keys: /* @__PURE__ */ new Map()
      };
      else defineKey = {
        value: VALUE_KIND_INTERMEDIATE,
        node: keyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(key, defineKey);
    }
    keys = defineKey.keys;
  }
  if (node.value.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, keys, node.value);
  else if (node.value.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, keys, node.value);
}
function verifyDuplicateKeysForInlineTable(ctx, defineKeys, node) {
  for (const body of node.body) verifyDuplicateKeysForKeyValue(ctx, defineKeys, body);
}
function verifyDuplicateKeysForArray(ctx, defineKeys, node) {
  const keys = defineKeys;
  for (let index = 0; index < node.elements.length; index++) {
    const element = node.elements[index];
    let defineKey = keys.get(index);
    if (defineKey) ctx.reportParseError("dupe-keys", getAfterNode(element, defineKey.node));
    else {
      defineKey = {
        value: VALUE_KIND_VALUE,
        node: element,
        keys: /* @__PURE__ */ new Map()
      };
      defineKeys.set(index, defineKey);
      if (element.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, defineKey.keys, element);
      else if (element.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, defineKey.keys, element);
    }
  }
}
function getAfterNode(a, b) {
  return a.range[0] <= b.range[0] ? b : a;
}
var Context2 = class {
  constructor(data) {
    this.tokens = [];
    this.comments = [];
    this.back = null;
    this.stateStack = [];
    this.needNewLine = false;
    this.needSameLine = false;
    this.currToken = null;
    this.prevToken = null;
    this.valueContainerStack = [];
    this.tokenizer = new Tokenizer(data.text, data.parserOptions);
    this.topLevelTable = data.topLevelTable;
    this.table = data.topLevelTable;
    this.keysResolver = new KeysResolver(this);
  }
  /**
  * Get the next token.
  */
  nextToken(option) {
    this.prevToken = this.currToken;
    if (this.back) {
      this.currToken = this.back;
      this.back = null;
    } else this.currToken = this._nextTokenFromTokenizer(option);
    if ((this.needNewLine || this.needSameLine || option?.needSameLine) && this.prevToken && this.currToken) if (this.prevToken.loc.end.line === this.currToken.loc.start.line) {
      if (this.needNewLine) return this.reportParseError("missing-newline", this.currToken);
    } else {
      const needSameLine = this.needSameLine || option?.needSameLine;
      if (needSameLine) return this.reportParseError(needSameLine, this.currToken);
    }
    this.needNewLine = false;
    this.needSameLine = false;
    return this.currToken;
  }
  _nextTokenFromTokenizer(option) {
    const valuesEnabled = this.tokenizer.valuesEnabled;
    if (option?.valuesEnabled) this.tokenizer.valuesEnabled = option.valuesEnabled;
    let token = this.tokenizer.nextToken();
    while (token && token.type === "Block") {
      this.comments.push(token);
      token = this.tokenizer.nextToken();
    }
    if (token) this.tokens.push(token);
    this.tokenizer.valuesEnabled = valuesEnabled;
    return token;
  }
  backToken() {
    if (this.back) throw new Error("Illegal state");
    this.back = this.currToken;
    this.currToken = this.prevToken;
  }
  addValueContainer(valueContainer) {
    this.valueContainerStack.push(valueContainer);
    this.tokenizer.valuesEnabled = true;
  }
  consumeValueContainer() {
    const valueContainer = this.valueContainerStack.pop();
    this.tokenizer.valuesEnabled = this.valueContainerStack.length > 0;
    return valueContainer;
  }
  applyResolveKeyForTable(node) {
    this.keysResolver.applyResolveKeyForTable(node);
  }
  verifyDuplicateKeys() {
    this.keysResolver.verifyDuplicateKeys(this.topLevelTable);
  }
  /**
  * Report an invalid token error.
  */
  reportParseError(code, token) {
    let offset, line, column;
    if (token) {
      offset = token.range[0];
      line = token.loc.start.line;
      column = token.loc.start.column;
    } else {
      offset = this.tokenizer.start;
      const startPos = this.tokenizer.getLocFromIndex(offset);
      line = startPos.line;
      column = startPos.column;
    }
    throw new ParseError(code, offset, line, column);
  }
};
var STATE_FOR_ERROR = { VALUE: "missing-value" };
var STRING_VALUE_STYLE_MAP = {
  BasicString: "basic",
  MultiLineBasicString: "basic",
  LiteralString: "literal",
  MultiLineLiteralString: "literal"
};
var STRING_KEY_STYLE_MAP = {
  BasicString: "basic",
  LiteralString: "literal"
};
var DATETIME_VALUE_KIND_MAP = {
  OffsetDateTime: "offset-date-time",
  LocalDateTime: "local-date-time",
  LocalDate: "local-date",
  LocalTime: "local-time"
};
var TOMLParser = class {
  /**
  * Initialize this parser.
  */
  constructor(text, parserOptions) {
    this.text = text;
    this.parserOptions = parserOptions || {};
    this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
  }
  /**
  * Parse TOML
  */
  parse() {
    const ast = {
      type: "Program",
      body: [],
      sourceType: "module",
      tokens: [],
      comments: [],
      parent: null,
      range: [0, 0],
      loc: {
        start: {
          line: 1,
          column: 0
        },
        end: {
          line: 1,
          column: 0
        }
      }
    };
    const node = {
      type: "TOMLTopLevelTable",
      body: [],
      parent: ast,
      range: cloneRange(ast.range),
      loc: cloneLoc(ast.loc)
    };
    ast.body = [node];
    const ctx = new Context2({
      text: this.text,
      parserOptions: this.parserOptions,
      topLevelTable: node
    });
    let token = ctx.nextToken();
    if (token) {
      node.range[0] = token.range[0];
      node.loc.start = clonePos(token.loc.start);
      while (token) {
        const state$1 = ctx.stateStack.pop() || "TABLE";
        ctx.stateStack.push(...this[state$1](token, ctx));
        token = ctx.nextToken();
      }
      const state = ctx.stateStack.pop() || "TABLE";
      if (state in STATE_FOR_ERROR) return ctx.reportParseError(STATE_FOR_ERROR[state], null);
      if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
      applyEndLoc(node, last(node.body));
    }
    ctx.verifyDuplicateKeys();
    ast.tokens = ctx.tokens;
    ast.comments = ctx.comments;
    const endOffset = ctx.tokenizer.end;
    const endPos = ctx.tokenizer.getLocFromIndex(endOffset);
    ast.range[1] = endOffset;
    ast.loc.end = {
      line: endPos.line,
      column: endPos.column
    };
    return ast;
  }
  TABLE(token, ctx) {
    if (isBare(token) || isString(token)) return this.processKeyValue(token, ctx.table, ctx);
    if (isLeftBracket(token)) return this.processTable(token, ctx.topLevelTable, ctx);
    return ctx.reportParseError("unexpected-token", token);
  }
  VALUE(token, ctx) {
    if (isString(token) || isMultiLineString(token)) return this.processStringValue(token, ctx);
    if (isNumber(token)) return this.processNumberValue(token, ctx);
    if (isBoolean(token)) return this.processBooleanValue(token, ctx);
    if (isDateTime(token)) return this.processDateTimeValue(token, ctx);
    if (isLeftBracket(token)) return this.processArray(token, ctx);
    if (isLeftBrace(token)) return this.processInlineTable(token, ctx);
    return ctx.reportParseError("unexpected-token", token);
  }
  processTable(token, topLevelTableNode, ctx) {
    const tableNode = {
      type: "TOMLTable",
      kind: "standard",
      key: null,
      resolvedKey: [],
      body: [],
      parent: topLevelTableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
    topLevelTableNode.body.push(tableNode);
    ctx.table = tableNode;
    let targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    if (isLeftBracket(targetToken)) {
      if (token.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
      tableNode.kind = "array";
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    }
    if (isRightBracket(targetToken)) return ctx.reportParseError("missing-key", targetToken);
    if (!targetToken) return ctx.reportParseError("unterminated-table-key", null);
    targetToken = this.processKeyNode(targetToken, tableNode, ctx).nextToken;
    if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
    if (tableNode.kind === "array") {
      const rightBracket = targetToken;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
      if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
      if (rightBracket.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
    }
    applyEndLoc(tableNode, targetToken);
    ctx.applyResolveKeyForTable(tableNode);
    ctx.needNewLine = true;
    return [];
  }
  processKeyValue(token, tableNode, ctx) {
    const keyValueNode = {
      type: "TOMLKeyValue",
      key: null,
      value: null,
      parent: tableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    tableNode.body.push(keyValueNode);
    const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
    if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
    ctx.addValueContainer({
      parent: keyValueNode,
      set: (valNode) => {
        keyValueNode.value = valNode;
        applyEndLoc(keyValueNode, valNode);
        ctx.needNewLine = true;
        return [];
      }
    });
    ctx.needSameLine = "invalid-key-value-newline";
    return ["VALUE"];
  }
  processKeyNode(token, parent, ctx) {
    if (isDot(token)) ctx.reportParseError("invalid-leading-dot-in-key", token);
    const keyNode = {
      type: "TOMLKey",
      keys: [],
      parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    parent.key = keyNode;
    let targetToken = token;
    let dotToken = null;
    do {
      if (isBare(targetToken)) this.processBareKey(targetToken, keyNode);
      else if (isString(targetToken)) this.processStringKey(targetToken, keyNode);
      else break;
      dotToken = null;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
      if (!isDot(targetToken)) break;
      dotToken = targetToken;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    } while (targetToken);
    if (dotToken) ctx.reportParseError(isDot(targetToken) ? "invalid-consecutive-dots-in-key" : "invalid-trailing-dot-in-key", dotToken);
    applyEndLoc(keyNode, last(keyNode.keys));
    return {
      keyNode,
      nextToken: targetToken
    };
  }
  processBareKey(token, keyNode) {
    const node = {
      type: "TOMLBare",
      name: token.value,
      parent: keyNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    keyNode.keys.push(node);
  }
  processStringKey(token, keyNode) {
    const node = {
      type: "TOMLQuoted",
      kind: "string",
      value: token.string,
      style: STRING_KEY_STYLE_MAP[token.type],
      multiline: false,
      parent: keyNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    keyNode.keys.push(node);
  }
  processStringValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: "string",
      value: token.string,
      style: STRING_VALUE_STYLE_MAP[token.type],
      multiline: isMultiLineString(token),
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processNumberValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const text = this.text;
    const [startRange, endRange] = token.range;
    let numberString = null;
    const getNumberText = () => {
      return numberString ?? (numberString = text.slice(startRange, endRange).replace(/_/g, ""));
    };
    let node;
    if (token.type === "Integer") node = {
      type: "TOMLValue",
      kind: "integer",
      value: token.number,
      bigint: token.bigint,
      get number() {
        return getNumberText();
      },
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    else node = {
      type: "TOMLValue",
      kind: "float",
      value: token.number,
      get number() {
        return getNumberText();
      },
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processBooleanValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: "boolean",
      value: token.boolean,
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processDateTimeValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: DATETIME_VALUE_KIND_MAP[token.type],
      value: token.date,
      datetime: token.value,
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processArray(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLArray",
      elements: [],
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    const nextToken = ctx.nextToken({ valuesEnabled: true });
    if (isRightBracket(nextToken)) {
      applyEndLoc(node, nextToken);
      return valueContainer.set(node);
    }
    ctx.backToken();
    return this.processArrayValue(node, valueContainer, ctx);
  }
  processArrayValue(node, valueContainer, ctx) {
    ctx.addValueContainer({
      parent: node,
      set: (valNode) => {
        node.elements.push(valNode);
        let nextToken = ctx.nextToken({ valuesEnabled: true });
        const hasComma = isComma(nextToken);
        if (hasComma) nextToken = ctx.nextToken({ valuesEnabled: true });
        if (isRightBracket(nextToken)) {
          applyEndLoc(node, nextToken);
          return valueContainer.set(node);
        }
        if (hasComma) {
          ctx.backToken();
          return this.processArrayValue(node, valueContainer, ctx);
        }
        return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-array", nextToken);
      }
    });
    return ["VALUE"];
  }
  processInlineTable(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLInlineTable",
      body: [],
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
    const nextToken = ctx.nextToken({ needSameLine });
    if (nextToken) {
      if (isBare(nextToken) || isString(nextToken)) return this.processInlineTableKeyValue(nextToken, node, valueContainer, ctx);
      if (isRightBrace(nextToken)) {
        applyEndLoc(node, nextToken);
        return valueContainer.set(node);
      }
    }
    return ctx.reportParseError("unexpected-token", nextToken);
  }
  processInlineTableKeyValue(token, inlineTableNode, valueContainer, ctx) {
    const keyValueNode = {
      type: "TOMLKeyValue",
      key: null,
      value: null,
      parent: inlineTableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    inlineTableNode.body.push(keyValueNode);
    const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
    if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
    const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
    ctx.addValueContainer({
      parent: keyValueNode,
      set: (valNode) => {
        keyValueNode.value = valNode;
        applyEndLoc(keyValueNode, valNode);
        let nextToken = ctx.nextToken({ needSameLine });
        if (isComma(nextToken)) {
          nextToken = ctx.nextToken({ needSameLine });
          if (nextToken && (isBare(nextToken) || isString(nextToken))) return this.processInlineTableKeyValue(nextToken, inlineTableNode, valueContainer, ctx);
          if (isRightBrace(nextToken)) {
            if (this.tomlVersion.lt(1, 1)) return ctx.reportParseError("invalid-trailing-comma-in-inline-table", nextToken);
          } else return ctx.reportParseError(nextToken ? "unexpected-token" : "unterminated-inline-table", nextToken);
        }
        if (isRightBrace(nextToken)) {
          applyEndLoc(inlineTableNode, nextToken);
          return valueContainer.set(inlineTableNode);
        }
        return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-inline-table", nextToken);
      }
    });
    ctx.needSameLine = "invalid-key-value-newline";
    return ["VALUE"];
  }
};
function isDot(token) {
  return isPunctuator(token) && token.value === ".";
}
function isEq(token) {
  return isPunctuator(token) && token.value === "=";
}
function isLeftBracket(token) {
  return isPunctuator(token) && token.value === "[";
}
function isRightBracket(token) {
  return isPunctuator(token) && token.value === "]";
}
function isLeftBrace(token) {
  return isPunctuator(token) && token.value === "{";
}
function isRightBrace(token) {
  return isPunctuator(token) && token.value === "}";
}
function isComma(token) {
  return isPunctuator(token) && token.value === ",";
}
function isPunctuator(token) {
  return Boolean(token && token.type === "Punctuator");
}
function isBare(token) {
  return token.type === "Bare";
}
function isString(token) {
  return token.type === "BasicString" || token.type === "LiteralString";
}
function isMultiLineString(token) {
  return token.type === "MultiLineBasicString" || token.type === "MultiLineLiteralString";
}
function isNumber(token) {
  return token.type === "Integer" || token.type === "Float";
}
function isBoolean(token) {
  return token.type === "Boolean";
}
function isDateTime(token) {
  return token.type === "OffsetDateTime" || token.type === "LocalDateTime" || token.type === "LocalDate" || token.type === "LocalTime";
}
function applyEndLoc(node, child) {
  if (child) {
    node.range[1] = child.range[1];
    node.loc.end = clonePos(child.loc.end);
  }
}
function cloneRange(range) {
  return [range[0], range[1]];
}
function cloneLoc(loc) {
  return {
    start: clonePos(loc.start),
    end: clonePos(loc.end)
  };
}
function clonePos(pos) {
  return {
    line: pos.line,
    column: pos.column
  };
}
var tomlKeys = {
  Program: ["body"],
  TOMLTopLevelTable: ["body"],
  TOMLTable: ["key", "body"],
  TOMLKeyValue: ["key", "value"],
  TOMLKey: ["keys"],
  TOMLArray: ["elements"],
  TOMLInlineTable: ["body"],
  TOMLBare: [],
  TOMLQuoted: [],
  TOMLValue: []
};
var KEYS2 = unionWith(tomlKeys);
function parseForESLint(code, options) {
  return {
    ast: new TOMLParser(code, options).parse(),
    visitorKeys: KEYS2,
    services: { isTOML: true }
  };
}
function parseTOML(code, options) {
  return parseForESLint(code, options).ast;
}

// src/pins/toml.ts
var MAX_STRING = 65536;
function parseOrSyntaxError(text) {
  try {
    return { program: parseTOML(text) };
  } catch (err) {
    const e = err;
    if (e?.name === "ParseError" && typeof e.index === "number" && typeof e.message === "string") {
      return { syntax: { offset: e.index, message: e.message.split("\n")[0].slice(0, 200) } };
    }
    throw err;
  }
}
function blankLongStrings(text, hit, what) {
  const spans = tomlLongStrings(text, MAX_STRING);
  if (spans.length === 0) return text;
  let out = "";
  let last2 = 0;
  for (const [from, to] of spans) {
    const q = text[from];
    out += text.slice(last2, from) + q + q + text.slice(from + 2, to).replace(/[^\n\r]/g, " ");
    last2 = to;
    hit({
      rule: UNPARSEABLE,
      severity: "low",
      offset: from,
      text: text.slice(from, from + 40),
      message: `${what}: a ${to - from}-character string was not read (longer than ${MAX_STRING}); if it names a dependency, that dependency was not checked`,
      evidence: { length: to - from }
    });
  }
  return out + text.slice(last2);
}
function readToml(text, hit, what, consequence) {
  const prepared = blankLongStrings(text, hit, what);
  const parsed = guardParse(prepared, parseOrSyntaxError, {
    what: "TOML",
    nesting: NESTING.toml,
    maxDepth: DEPTH_LIMITS.toml,
    maxLength: LENGTH_LIMITS.pinToml
  });
  if (!parsed.ok) {
    reportFailure(hit, text, parsed.failure, what, consequence);
    return void 0;
  }
  if ("syntax" in parsed.value) {
    reportSyntax(hit, text, parsed.value.syntax, "TOML", what, consequence);
    return void 0;
  }
  return parsed.value.program;
}

// src/pins/pyproject.ts
function keyNames(key) {
  return key.keys.map((k) => k.type === "TOMLBare" ? k.name : k.value);
}
function collect(prefix, node, out, depth = 0) {
  if (depth > 64) return;
  out.push({ path: prefix, node });
  if (node.type === "TOMLInlineTable") {
    for (const kv of node.body) collect([...prefix, ...keyNames(kv.key)], kv.value, out, depth + 1);
  } else if (node.type === "TOMLArray") {
    node.elements.forEach((el, i) => {
      collect([...prefix, i], el, out, depth + 1);
    });
  }
}
var eq = (p, pattern) => p.length === pattern.length && pattern.every((x, i) => x === null || x === p[i]);
var INLINE_LISTS = [
  { pattern: ["dependencies"], where: "inline script dependency" }
];
var PEP508_LISTS = [
  { pattern: ["project", "dependencies"], where: "dependency" },
  { pattern: ["project", "optional-dependencies", null], where: "optional dependency" },
  { pattern: ["dependency-groups", null], where: "dependency group entry" },
  { pattern: ["build-system", "requires"], where: "build requirement", build: true },
  { pattern: ["tool", "pdm", "dev-dependencies", null], where: "dev dependency" },
  { pattern: ["tool", "uv", "dev-dependencies"], where: "dev dependency" },
  { pattern: ["tool", "uv", "constraint-dependencies"], where: "constraint" },
  { pattern: ["tool", "uv", "override-dependencies"], where: "override" }
];
var PIPFILE_SECTIONS = [["packages"], ["dev-packages"]];
function pipfileConstraintPinned(c) {
  return /^\s*(===\s*\S+|==\s*[^*,;<>!~\s]+)\s*$/.test(c);
}
var POETRY_SECTIONS = [
  ["tool", "poetry", "dependencies"],
  ["tool", "poetry", "dev-dependencies"],
  ["tool", "poetry", "group", null, "dependencies"]
];
function poetryConstraintPinned(c) {
  return /^(==|=)?\s*v?\d[\w.+!-]*$/.test(c.trim()) && !/[*x]$|\.x\b/i.test(c.trim());
}
function checkPyproject(text, sink, opts = {}) {
  const what = opts.pipfile ? "Pipfile" : opts.inlineScript ? "inline script metadata" : "pyproject.toml";
  const program = readToml(text, sink, what, "its dependencies were not checked");
  if (!program) return;
  const leaves = [];
  for (const item of program.body[0].body) {
    if (item.type === "TOMLKeyValue") collect(keyNames(item.key), item.value, leaves);
    else for (const kv of item.body) collect([...item.resolvedKey, ...keyNames(kv.key)], kv.value, leaves);
  }
  const lockNote = opts.lockFile ? ` (${opts.lockFile} beside it pins the resolved versions)` : "";
  const severity = opts.lockFile ? "low" : void 0;
  for (const leaf of leaves) {
    if (leaf.node.type !== "TOMLValue" || leaf.node.kind !== "string") continue;
    const parent = leaf.path.slice(0, -1);
    const list = (opts.inlineScript ? INLINE_LISTS : PEP508_LISTS).find(
      (l) => typeof leaf.path.at(-1) === "number" && eq(parent, l.pattern)
    );
    if (!list) continue;
    const value = leaf.node.value;
    const raw = text.slice(leaf.node.range[0], leaf.node.range[1]);
    const quote = /^("""|'''|"|')/.exec(raw)?.[1]?.length ?? 1;
    checkRequirement(sink, {
      text: value,
      offset: leaf.node.range[0] + quote,
      hashed: false,
      hashRule: false,
      where: list.where,
      severity: list.build ? "low" : severity,
      evidence: { table: parent.join(".") },
      note: list.build ? void 0 : lockNote
    });
  }
  const sections = opts.pipfile ? PIPFILE_SECTIONS : POETRY_SECTIONS;
  const pinned = opts.pipfile ? pipfileConstraintPinned : poetryConstraintPinned;
  for (const leaf of leaves) {
    const sectionLen = sections.find(
      (s) => s.length === leaf.path.length - 1 && eq(leaf.path.slice(0, -1), s)
    ) ? leaf.path.length - 1 : sections.find((s) => s.length === leaf.path.length - 2 && eq(leaf.path.slice(0, -2), s)) && typeof leaf.path.at(-1) === "number" ? leaf.path.length - 2 : -1;
    if (sectionLen < 0) continue;
    const name2 = String(leaf.path[sectionLen]);
    if (name2 === "python") continue;
    const section = leaf.path.slice(0, sectionLen).join(".");
    checkPoetryDep(sink, text, name2, section, leaf.node, lockNote, severity, pinned);
  }
}
function checkPoetryDep(sink, text, name2, section, node, lockNote, severity, pinned) {
  const sev = severity ? { severity } : {};
  const evidence = { table: section, package: name2 };
  if (node.type === "TOMLValue" && node.kind === "string") {
    if (!pinned(node.value)) {
      sink({
        rule: UNPINNED_REQUIREMENT,
        offset: node.range[0],
        text: text.slice(node.range[0], node.range[1]),
        message: `${section}.${name2} = "${node.value}" is a range, not an exact version${lockNote}`,
        ...sev,
        evidence: { ...evidence, constraint: node.value }
      });
    }
    return;
  }
  if (node.type !== "TOMLInlineTable") return;
  const field = (k) => node.body.find((kv) => keyNames(kv.key).join(".") === k)?.value;
  const str = (k) => {
    const v = field(k);
    return v?.type === "TOMLValue" && v.kind === "string" ? v.value : void 0;
  };
  const git = str("git") ?? (str("github") !== void 0 ? `github:${str("github")}` : void 0);
  if (git !== void 0) {
    const rev = str("rev") ?? str("ref");
    if (rev && isCommit(rev)) return;
    const ref2 = rev ?? str("tag") ?? str("branch");
    const at = field("git") ?? field("github") ?? node;
    sink({
      rule: UNPINNED_VCS,
      offset: at.range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name2} comes from git ${git}${ref2 ? ` at ${ref2}` : " (default branch)"}, not a 40-hex rev${lockNote}`,
      ...sev,
      evidence: { ...evidence, git, ref: ref2 || void 0 }
    });
    return;
  }
  const url = str("url");
  if (url !== void 0) {
    sink({
      rule: UNPINNED_URL,
      offset: field("url").range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name2} is downloaded from ${url} without a hash${lockNote}`,
      ...sev,
      evidence: { ...evidence, url }
    });
    return;
  }
  if (str("path") !== void 0) return;
  const file = str("file");
  if (file !== void 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(file) && !/^file:/i.test(file)) {
    sink({
      rule: UNPINNED_URL,
      offset: field("file").range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name2} is downloaded from ${file} without a hash${lockNote}`,
      ...sev,
      evidence: { ...evidence, url: file }
    });
    return;
  }
  if (file !== void 0) return;
  const version = str("version");
  const vnode = field("version");
  if (version !== void 0 && vnode && !pinned(version)) {
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: vnode.range[0],
      text: text.slice(node.range[0], node.range[1]),
      message: `${section}.${name2} version "${version}" is a range, not an exact version${lockNote}`,
      ...sev,
      evidence: { ...evidence, constraint: version }
    });
  }
}
var PYTHON_LOCK_FILES = ["uv.lock", "poetry.lock", "pdm.lock", "pylock.toml", "Pipfile.lock"];
function checkInlineScriptMetadata(src, sink) {
  const block = /^# \/\/\/ script[ \t]*\r?\n((?:#(?:| .*)\r?\n)+)# \/\/\/[ \t]*$/m.exec(src);
  if (!block) return;
  const contentStart = block.index + block[0].indexOf("\n") + 1;
  let toml = "";
  const map = [];
  let at = contentStart;
  for (const line of block[1].split(/(?<=\n)/)) {
    const strip = line.startsWith("# ") ? 2 : 1;
    const body = line.slice(strip);
    for (let k = 0; k < body.length; k++) map.push(at + strip + k);
    toml += body;
    at += line.length;
  }
  checkPyproject(toml, (h) => sink({ ...h, offset: map[h.offset] ?? contentStart }), { inlineScript: true });
}

// src/pins/workflow.ts
var import_yaml6 = __toESM(require_dist());
var DIGEST_RE2 = /@sha256:[0-9a-f]{64}$/;
function runText(src, node) {
  if (typeof node.value !== "string" || !node.range) return void 0;
  const [start, end] = node.range;
  if (node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED") {
    const base = scalarOffset(node);
    const raw = src.slice(base, end);
    const text2 = node.value;
    const same = raw.startsWith(text2);
    const map2 = Array.from({ length: text2.length }, (_, i) => same ? base + i : base);
    return { text: text2, map: map2 };
  }
  const headerEnd = src.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= end) return { text: "", map: [] };
  const lines = [];
  let pos = headerEnd + 1;
  while (pos < end) {
    const nl = src.indexOf("\n", pos);
    const stop = nl < 0 || nl > end ? end : nl;
    lines.push({ text: src.slice(pos, stop), at: pos });
    pos = stop + 1;
  }
  let indent2 = Number.POSITIVE_INFINITY;
  for (const l of lines)
    if (l.text.trim() !== "") indent2 = Math.min(indent2, l.text.length - l.text.trimStart().length);
  if (!Number.isFinite(indent2)) indent2 = 0;
  let text = "";
  const map = [];
  for (const l of lines) {
    const body = l.text.slice(Math.min(indent2, l.text.length));
    for (let k = 0; k <= body.length; k++) map.push(l.at + Math.min(indent2, l.text.length) + k);
    text += `${body}
`;
  }
  return { text, map };
}
function checkWorkflow(src, out) {
  const sink = out.hit;
  const doc = readYaml(src, sink, "workflow", "its steps may not all be checked");
  const root = doc?.contents ?? null;
  if (!(0, import_yaml6.isMap)(root)) return;
  const checkUses = (node) => {
    if (!(0, import_yaml6.isScalar)(node) || typeof node.value !== "string") return;
    const uses = node.value.trim();
    const offset = scalarOffset(node);
    if (uses.startsWith("./") || uses.startsWith(".\\")) return;
    if (uses.startsWith("docker://")) {
      if (DIGEST_RE2.test(uses)) return;
      sink({
        rule: DOCKER_UNPINNED_IMAGE,
        offset,
        text: uses,
        message: `uses: ${uses} runs a container image by tag, not by @sha256 digest`,
        evidence: { uses }
      });
      return;
    }
    const at = uses.lastIndexOf("@");
    const ref2 = at >= 0 ? uses.slice(at + 1) : "";
    if (isCommit(ref2)) return;
    const owner = uses.split("/")[0].toLowerCase();
    const firstParty = owner === "actions" || owner === "github";
    sink({
      rule: UNPINNED_ACTION,
      offset,
      text: uses,
      severity: firstParty ? "low" : void 0,
      message: ref2 ? `uses: ${uses} names ${/^v?\d/.test(ref2) ? "the tag" : "the ref"} ${ref2}, which can be moved; pin the full commit SHA` : `uses: ${uses} has no ref at all`,
      evidence: { uses, ref: ref2 }
    });
  };
  const checkImage2 = (node, what) => {
    const image = (0, import_yaml6.isMap)(node) ? node.get("image", true) : node;
    if (!(0, import_yaml6.isScalar)(image) || typeof image.value !== "string") return;
    const value = image.value.trim();
    if (!value || value.includes("${{") || DIGEST_RE2.test(value)) return;
    sink({
      rule: DOCKER_UNPINNED_IMAGE,
      offset: scalarOffset(image),
      text: value,
      message: `${what} image ${value} has no @sha256 digest`,
      evidence: { image: value }
    });
  };
  const checkSteps = (steps, where) => {
    if (!(0, import_yaml6.isSeq)(steps)) return;
    for (const step of steps.items) {
      if (!(0, import_yaml6.isMap)(step)) continue;
      checkUses(step.get("uses", true));
      const run = step.get("run", true);
      if ((0, import_yaml6.isScalar)(run)) {
        const r = runText(src, run);
        if (r) {
          const text = r.text.replace(/\$\{\{[^}]*\}\}/g, (e) => e.replace(/[\s'"|;&()<>`]/g, "_"));
          checkShell(
            text,
            remap(out, (o) => r.map[o] ?? scalarOffset(run)),
            where
          );
        }
      }
    }
  };
  const jobs = root.get("jobs", true);
  if ((0, import_yaml6.isMap)(jobs)) {
    for (const pair2 of jobs.items) {
      const job = pair2.value;
      if (!(0, import_yaml6.isMap)(job)) continue;
      const name2 = (0, import_yaml6.isScalar)(pair2.key) ? String(pair2.key.value) : "job";
      checkUses(job.get("uses", true));
      checkImage2(job.get("container", true), `job ${name2} container`);
      const services = job.get("services", true);
      if ((0, import_yaml6.isMap)(services)) {
        for (const s of services.items) checkImage2(s.value, `job ${name2} service`);
      }
      checkSteps(job.get("steps", true), `workflow job ${name2}`);
    }
  }
  const runs = root.get("runs", true);
  if ((0, import_yaml6.isMap)(runs)) {
    checkSteps(runs.get("steps", true), "composite action");
    const image = runs.get("image", true);
    if ((0, import_yaml6.isScalar)(image) && typeof image.value === "string" && image.value.startsWith("docker://"))
      checkUses(image);
  }
}

// src/pins/check.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "site-packages",
  "dist-packages",
  ".venv",
  "venv",
  "__pycache__",
  ".tox"
]);
var TEXT_LIMIT = 8 * 1024 * 1024;
var NOTEBOOK_LIMIT = 64 * 1024 * 1024;
var CONFIG_LIMIT = 1024 * 1024;
function checkText(kind, input, ctx = {}) {
  const text = input.charCodeAt(0) === 65279 ? ` ${input.slice(1)}` : input;
  const out = collector();
  const ran = guardRun(() => runChecker(kind, text, out, ctx), `${kind} check`);
  if (!ran.ok) {
    out.hit({
      rule: UNPARSEABLE,
      offset: ran.failure.offset,
      text: text.slice(0, 40),
      message: `${ctx.name ?? kind}: ${ran.failure.message}; its pins were not all checked`,
      evidence: { reason: ran.failure.reason }
    });
  }
  summarizeOverflow(out, ctx.name ?? kind);
  return { hits: out.hits, refs: out.refs, includes: out.includes };
}
function summarizeOverflow(out, name2) {
  for (const [rule, { count, first }] of out.overflow.hits) {
    out.hits.push({
      ...first,
      message: `${count} more ${rule.id} findings in ${name2} are not listed (the first ${MAX_HITS_PER_RULE} are)`,
      evidence: { more: count }
    });
  }
  if (out.overflow.refsDropped > 0) {
    out.hits.push({
      rule: UNPARSEABLE,
      offset: 0,
      text: "",
      message: `${name2} names more than ${MAX_REFS_PER_FILE} distinct models; ${out.overflow.refsDropped} were not checked against the policy's sources`,
      evidence: { dropped: out.overflow.refsDropped }
    });
  }
}
var lockOf = (ctx) => ctx.lockFile ? { lockFile: ctx.lockFile } : {};
var localOf = (ctx) => ctx.isLocalPath ? { isLocalPath: ctx.isLocalPath } : {};
var includeAll = (out, list) => {
  for (const i of list) out.include(i);
};
var CHECKERS = {
  requirements: (t2, out, ctx) => includeAll(out, checkRequirementsText(t2, out.hit, ctx.lockFile ? { compiledTo: ctx.lockFile } : {})),
  constraints: (t2, out) => includeAll(out, checkRequirementsText(t2, out.hit, { constraints: true })),
  pyproject: (t2, out, ctx) => checkPyproject(t2, out.hit, lockOf(ctx)),
  pipfile: (t2, out, ctx) => checkPyproject(t2, out.hit, { pipfile: true, ...lockOf(ctx) }),
  conda: (t2, out) => includeAll(out, checkCondaEnv(t2, out.hit)),
  "package-json": (t2, out, ctx) => checkPackageJson(t2, out.hit, lockOf(ctx)),
  python: (t2, out, ctx) => {
    checkInlineScriptMetadata(t2, out.hit);
    checkPython(t2, out, localOf(ctx));
  },
  notebook: (t2, out, ctx) => checkNotebook(t2, out, localOf(ctx)),
  dockerfile: (t2, out, ctx) => checkDockerfile(t2, out, localOf(ctx)),
  shell: (t2, out, ctx) => checkShell(t2, out, "script", localOf(ctx)),
  makefile: (t2, out, ctx) => checkMakefile(t2, out, localOf(ctx)),
  workflow: (t2, out) => checkWorkflow(t2, out),
  compose: (t2, out) => checkCompose(t2, out),
  modelfile: (t2, out) => checkModelfile(t2, out),
  "adapter-config": (t2, out, ctx) => checkAdapterConfig(t2, out, localOf(ctx)),
  config: (t2, out, ctx) => checkConfig(t2, out, ctx.name ?? "config")
};
function runChecker(kind, text, out, ctx) {
  CHECKERS[kind](text, out, ctx);
}
function checkFile(kind, text, path, ctx = {}) {
  const { hits } = checkText(kind, text, ctx);
  return toFindings(hits, path, new LineIndex(text), () => ({ checker: kind }));
}
function checkFileFully(kind, text, path, ctx = {}) {
  const { hits, refs, includes } = checkText(kind, text, ctx);
  const index = new LineIndex(text);
  return {
    findings: toFindings(hits, path, index, () => ({ checker: kind })),
    references: toReferences(refs, path, index, kind),
    includes,
    index
  };
}
function decodeText(buf) {
  const le = buf[0] === 255 && buf[1] === 254;
  const be = buf[0] === 254 && buf[1] === 255;
  if (!le && !be) return buf.toString("utf8");
  return ` ${new TextDecoder(le ? "utf-16le" : "utf-16be").decode(buf.subarray(2))}`;
}
var PinTree = class {
  byRel = /* @__PURE__ */ new Map();
  dirs = /* @__PURE__ */ new Set();
  constructor(files) {
    for (const f of files) {
      if (f.rel.split("/").some((p) => SKIP_DIRS.has(p))) continue;
      this.byRel.set(f.rel, f);
      const parts = f.rel.split("/");
      for (let i = 1; i < parts.length; i++) this.dirs.add(parts.slice(0, i).join("/"));
    }
  }
  sibling(dir, names) {
    return names.find((n) => this.byRel.has(dir === "." ? n : `${dir}/${n}`));
  }
  isLocalPath(dir) {
    return (p) => {
      const clean = p.replace(/\\/g, "/").replace(/\/+$/, "");
      const fromDir = posix.normalize(posix.join(dir, clean));
      const fromRoot = posix.normalize(clean);
      return [fromDir, fromRoot].some((r) => this.dirs.has(r) || this.byRel.has(r));
    };
  }
};
async function initialQueue(tree, readHead) {
  const queue = [];
  const named = /* @__PURE__ */ new Set();
  for (const f of tree.byRel.values()) {
    const kind = kindByName(f.rel);
    if (!kind) continue;
    queue.push({ file: f, kind });
    named.add(pathKey(f.fsPath));
  }
  for (const f of tree.byRel.values()) {
    if (kindByName(f.rel) || named.has(pathKey(f.fsPath)) || !sniffableName(f.rel) || f.size === 0 || f.size > 1024 * 1024)
      continue;
    try {
      const kind = kindByContent(f.rel, (await readHead(f, 4096)).toString("utf8"));
      if (kind) queue.push({ file: f, kind });
    } catch {
    }
  }
  return queue;
}
async function analyzeTree(ctx) {
  const tree = new PinTree(ctx.files);
  const queue = await initialQueue(tree, (f, n) => ctx.readHead(f, n));
  const done = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const item = queue.shift();
    const key = `${item.kind === "constraints" ? "requirements" : item.kind}:${item.file.rel}`;
    if (done.has(key)) continue;
    done.add(key);
    for (const next of await checkTreeFile(item, tree, ctx)) queue.push(next);
  }
}
async function checkTreeFile({ file, kind }, tree, ctx) {
  if (kind === "config" && file.size > CONFIG_LIMIT) return [];
  const limit = kind === "notebook" ? NOTEBOOK_LIMIT : TEXT_LIMIT;
  if (file.size > limit) {
    ctx.report(
      finding(UNPARSEABLE, {
        path: file.display,
        severity: "low",
        message: `${file.display} is ${file.size} bytes, above the ${limit}-byte limit for ${kind} checks; not checked`,
        evidence: { size: file.size, checker: kind }
      })
    );
    return [];
  }
  let text;
  try {
    text = await readText(file, limit, ctx);
  } catch {
    return [];
  }
  const dir = posix.dirname(file.rel);
  const checkCtx = {
    ...await lockFor(kind, file, dir, tree, (f, n) => ctx.readHead(f, n)),
    isLocalPath: tree.isLocalPath(dir),
    name: posix.basename(file.rel)
  };
  const { findings, references, includes, index } = checkFileFully(kind, text, file.display, checkCtx);
  for (const f of findings) ctx.report(f);
  for (const r of references) ctx.reference?.(r);
  return followIncludes(includes, file, dir, tree, index, ctx);
}
async function readText(file, limit, ctx) {
  const bom = await ctx.readHead(file, 2);
  const utf16 = bom[0] === 255 && bom[1] === 254 || bom[0] === 254 && bom[1] === 255;
  if (!utf16) return ctx.readText(file, limit);
  if (ctx.openSource) return decodeText(await readAll(ctx.openSource(file), limit));
  const src = await FileSource.open(file.fsPath, file.display);
  try {
    return decodeText(await readAll(src, limit));
  } finally {
    await src.close();
  }
}
async function lockFor(kind, file, dir, tree, readHead) {
  if (kind === "package-json") return optional(tree.sibling(dir, NPM_LOCK_FILES));
  if (kind === "pyproject" || kind === "pipfile") return optional(tree.sibling(dir, PYTHON_LOCK_FILES));
  if (kind === "requirements" && file.rel.endsWith(".in"))
    return optional(await compiledFrom(file, dir, tree, readHead));
  return {};
}
var optional = (lockFile) => lockFile ? { lockFile } : {};
async function compiledFrom(source, dir, tree, readHead) {
  const base = posix.basename(source.rel);
  const stem = base.slice(0, -3);
  const candidates = [
    `${stem}.txt`,
    ...[...tree.byRel.keys()].filter((r) => posix.dirname(r) === dir && r.endsWith(".txt")).map((r) => posix.basename(r))
  ];
  for (const name2 of new Set(candidates)) {
    const f = tree.byRel.get(dir === "." ? name2 : `${dir}/${name2}`);
    if (!f) continue;
    try {
      const head = (await readHead(f, 4096)).toString("utf8");
      if (/^#.*\b(pip-compile|uv pip compile)\b/m.test(head) && head.includes(base)) return name2;
    } catch {
    }
  }
  return void 0;
}
function followIncludes(includes, file, dir, tree, index, ctx) {
  const next = [];
  for (const inc of includes) {
    const found = inc.soft ? findCommandFile(inc.target, dir, tree.byRel) : findInclude(inc.target, dir, tree.byRel);
    if (inc.soft && !found) continue;
    if (found) {
      next.push({ file: found, kind: inc.kind === "constraint" ? "constraints" : "requirements" });
      continue;
    }
    const { line, column } = index.position(inc.offset);
    ctx.report(
      finding(UNRESOLVED_INCLUDE, {
        path: file.display,
        line,
        column,
        message: `${inc.text} names a file that is not inside the scanned folder; it was not checked`,
        evidence: { text: inc.text, include: inc.target }
      })
    );
  }
  return next;
}
function findInclude(target, dir, byRel) {
  const clean = target.replace(/\\/g, "/");
  if (posix.isAbsolute(clean)) return void 0;
  const rel = posix.normalize(posix.join(dir, clean));
  return rel.startsWith("../") ? void 0 : byRel.get(rel);
}
function findCommandFile(target, dir, byRel) {
  const clean = target.replace(/\\/g, "/");
  const relative = findInclude(clean, dir, byRel) ?? findInclude(clean, ".", byRel);
  if (relative) return relative;
  const parts = clean.split("/").filter((p) => p && p !== "." && p !== "..");
  for (let i = 0; i < parts.length; i++) {
    const hit = byRel.get(parts.slice(i).join("/"));
    if (hit) return hit;
  }
  return void 0;
}
async function analyzeMember(ctx) {
  if (ctx.depth === 0) return;
  const kind = kindByName(ctx.name) ?? (sniffableName(ctx.name) ? kindByContent(ctx.name, ctx.head.toString("utf8")) : void 0);
  if (!kind) return;
  const limit = kind === "notebook" ? NOTEBOOK_LIMIT : TEXT_LIMIT;
  if (ctx.source.size > limit) return;
  if (kind === "config" && ctx.source.size > CONFIG_LIMIT) return;
  const text = decodeText(await readAll(ctx.source, limit));
  const { findings, references } = checkFileFully(kind, text, ctx.source.path, { name: ctx.name });
  for (const f of findings) {
    const { path: _p, ...rest } = f;
    ctx.report(rest);
  }
  for (const r of references)
    ctx.reference?.({ ...r, path: ctx.source.path, via: `${r.via} (archive member)` });
}

export { analyzeMember, analyzeTree, checkFile, checkFileFully, checkText, decodeText };
