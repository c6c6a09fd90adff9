import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  DANGLING_LINK,
  HASH_ERROR,
  INVALID_MANIFEST,
  SIDECAR_NAMES,
  STORE_ENTRY,
  append,
  blobPath,
  capFindings,
  checkLayers,
  diffFailed,
  diffFindings,
  diffResources,
  diffSummary,
  displayPathOf,
  invalidOutcome,
  isDirectory,
  isOllamaStore,
  layerKind,
  manifest_blobs_exports,
  manifest_check_exports,
  ollamaRoot,
  problemFindings,
  readManifestFile,
  readOllamaManifests,
  sidecarIgnore,
  verifyAgainstResources,
  verifyBlobDigests,
  verifyOllama
} from "./chunk-7ZPXJQW4.js";
import {
  OmsError,
  parseStatement
} from "./chunk-3D3TQCG7.js";
import {
  GIT_PATHS,
  computeManifest,
  enumerateModel,
  normalizeRelPath,
  statementJson
} from "./chunk-EPLVLO66.js";
import {
  NATIVE_EXECUTABLE_ANALYZER,
  OPAQUE_ARCHIVE_ANALYZER,
  opaque_exports
} from "./chunk-3YBL5H2K.js";
import {
  ONNX_CUSTOM_DOMAIN,
  ONNX_EXTERNAL_DATA_BAD,
  ONNX_EXTERNAL_DATA_ESCAPE,
  ONNX_EXTERNAL_DATA_MISSING,
  ONNX_MALFORMED,
  ONNX_PYTHON_OP
} from "./chunk-PZZDULOW.js";
import {
  GRAPHDEF_KIND,
  GRAPHDEF_SNIFFER,
  KERAS_METADATA_KIND,
  KERAS_METADATA_SNIFFER,
  SAVED_MODEL_KIND,
  SAVED_MODEL_SNIFFER,
  TF_ASSET_ESCAPE,
  TF_ASSET_READ,
  TF_CHECKPOINT_OP,
  TF_DATA_KIND,
  TF_DATA_NAME_SNIFFER,
  TF_DATA_SNIFFER,
  TF_IO_OP,
  TF_MALFORMED,
  TF_PY_FUNC,
  TF_TEXT_CHECKPOINT_OP,
  looksLikeGraphDef,
  looksLikeSavedModel
} from "./chunk-D7U44TQ6.js";
import {
  kindByName,
  sniffableName
} from "./chunk-C4YGHH3Y.js";
import {
  hfCacheSource,
  rules_exports as rules_exports2
} from "./chunk-SERLXDJN.js";
import {
  JOBLIB_ZLIB_SNIFFER
} from "./chunk-7IS2CWVM.js";
import {
  GGUF_BAD_TYPE,
  GGUF_DUPLICATE_KEY,
  GGUF_INVALID_OFFSETS,
  GGUF_INVALID_STRING,
  GGUF_INVALID_TENSOR,
  GGUF_INVALID_VALUE,
  GGUF_LIMIT,
  GGUF_PADDING,
  GGUF_TRAILING,
  GGUF_TRUNCATED,
  GGUF_VERSION
} from "./chunk-ZLDTHH75.js";
import {
  ST_DATA_SIZE,
  ST_DUPLICATE_KEY,
  ST_HEADER_TOO_LARGE,
  ST_INVALID_HEADER,
  ST_INVALID_METADATA,
  ST_INVALID_OFFSETS,
  ST_INVALID_SHAPE,
  ST_SIZE_MISMATCH,
  ST_TRUNCATED,
  ST_UNKNOWN_DTYPE,
  ST_UNKNOWN_FIELD
} from "./chunk-A3OMN6A2.js";
import {
  ANALYZER_ERROR,
  DEPTH_LIMIT,
  EVERY_KIND,
  UNSUPPORTED_FORMAT,
  WORK_LIMIT,
  analyzersFor,
  kindIsClaimed
} from "./chunk-6R2PKCIW.js";
import {
  H5_NAMES,
  MAX_KERAS_JSON,
  OTHER_KINDS,
  hdf5SuperblockAfterStart
} from "./chunk-K3TJFNAJ.js";
import {
  HDF5_MALFORMED,
  HDF5_POLYGLOT,
  HDF5_UNSUPPORTED,
  KERAS_BAD_CONFIG,
  KERAS_BYTECODE,
  KERAS_CUSTOM_OBJECT,
  KERAS_DANGEROUS_REFERENCE,
  KERAS_DUPLICATE_CONFIG,
  KERAS_EXTERNAL_MODULE,
  KERAS_FILE_ARGUMENT,
  KERAS_LAMBDA,
  KERAS_TORCH_WRAPPER,
  KERAS_ZIP_POLYGLOT
} from "./chunk-NW7BLDIQ.js";
import {
  JINJA_FILE,
  TEMPLATE_CONFIG_NAMES
} from "./chunk-PNIPDEE4.js";
import {
  rules_exports as rules_exports3
} from "./chunk-TYAZ6LGC.js";
import {
  TAR_AFTER_END,
  TAR_LONG_NAME_MISMATCH,
  TAR_MALFORMED,
  TAR_PAX_MISMATCH,
  TAR_SNIFFER,
  TAR_UNSUPPORTED_MEMBER,
  TORCH_LEGACY_TAR,
  tarChecksumValid
} from "./chunk-ZKNK5WLJ.js";
import {
  rules_exports
} from "./chunk-VWZB7IOT.js";
import {
  tailEndRecord
} from "./chunk-TSIZJZWS.js";
import {
  FIRST_EXTENSION,
  MODEL_FIELDS,
  PIECE_WIRE,
  SENTENCEPIECE_KIND,
  SENTENCEPIECE_MALFORMED,
  SENTENCEPIECE_SNIFFER,
  looksLikeSentencePiece
} from "./chunk-5F5QJPKB.js";
import {
  WIRE,
  headFields
} from "./chunk-CHHKVE24.js";
import {
  TORCH_PICKLE_NAME_SNIFFER
} from "./chunk-FSNNSRNN.js";
import {
  PICKLE_OPCODE_BYTES,
  mayStartPickle
} from "./chunk-4UQSOAQ4.js";
import {
  NPY_MALFORMED,
  NPY_OBJECT_ARRAY
} from "./chunk-IGWWP2DG.js";
import {
  BOUND_METHOD,
  COMPUTED_CALL,
  DANGEROUS_GLOBAL,
  EXTENSION_REGISTRY,
  LIMIT_EXCEEDED,
  MALFORMED,
  TRAILING_DATA,
  UNKNOWN_GLOBAL,
  UNKNOWN_GLOBAL_CALLED
} from "./chunk-YQEZEZS2.js";
import {
  HYDRA_CODE_RESOLVER,
  HYDRA_DANGEROUS_TARGET,
  HYDRA_UNKNOWN_TARGET,
  HYDRA_UNREADABLE,
  HYDRA_UNRESOLVED,
  HYDRA_UNRESOLVED_TARGET,
  YAML_PYTHON_TAG
} from "./chunk-PF4UP4U3.js";
import {
  jsonGet,
  jsonUint,
  readJson
} from "./chunk-5TYTPVJQ.js";
import {
  archive_rules_exports
} from "./chunk-L522SPEH.js";
import {
  lzmaAloneDecodes
} from "./chunk-NC2V7PEH.js";
import {
  algorithmForLength,
  algorithmForTag,
  parseSums
} from "./chunk-FBEN3PSM.js";
import {
  HashPool,
  defaultJobs
} from "./chunk-EYDS4DR2.js";
import {
  fsDecode,
  isWithin,
  joinBytes,
  nameEscapes,
  pathKey,
  relativeInside,
  suspiciousName,
  toFsPath
} from "./chunk-DRNDJL4J.js";
import {
  CORE_SNIFFERS,
  KINDS,
  byPriority
} from "./chunk-FY7H743B.js";
import {
  FileSource,
  defineRule,
  finding,
  label,
  readAll
} from "./chunk-GMZN3B2T.js";
import {
  loadChatTemplateAnalysis,
  loadCompressedAnalysis,
  loadGgufAnalysis,
  loadHydraAnalysis,
  loadJoblibAnalysis,
  loadKerasAnalysis,
  loadNumpyAnalysis,
  loadOmsVerify,
  loadOnnxAnalysis,
  loadPickleAnalysis,
  loadPickleLightWalks,
  loadPinCheckers,
  loadSafetensorsAnalysis,
  loadSentencePieceAnalysis,
  loadSevenZipAnalysis,
  loadTarAnalysis,
  loadTensorflowAnalysis,
  loadZipAnalysis
} from "./chunk-5OVHDXLO.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

// src/core/walk.ts
import { lstatSync } from "node:fs";
import { readdir, readlink, realpath, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
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

// src/verify/hf-cache.ts
import { lstat, readdir as readdir2, readFile, readlink as readlink2, realpath as realpath2 } from "node:fs/promises";
import { basename, dirname, join, resolve as resolve2, sep as sep2 } from "node:path";
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
  const name = basename(resolve2(path));
  if (!await isDir(path)) return false;
  const blobs = await isDir(join(path, "blobs"));
  const snapshots = await isDir(join(path, "snapshots"));
  return HF_REPO_DIR.test(name) && (blobs || snapshots) || blobs && snapshots && await isDir(join(path, "refs"));
}
async function enclosingHfRepo(path) {
  for (let dir = resolve2(path); ; dir = dirname(dir)) {
    if (await isHfCacheRepo(dir)) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
async function hfCacheRepos(path) {
  const around = await enclosingHfRepo(path);
  if (around) return [around];
  const names = await readdir2(path).catch(() => []);
  const repos = [];
  for (const n of names.sort())
    if (HF_REPO_DIR.test(n) && await isHfCacheRepo(join(path, n))) repos.push(join(path, n));
  return repos;
}
async function walkFiles(dir, rel = "") {
  const out = [];
  const names = await readdir2(dir).catch(() => []);
  for (const n of names.sort()) {
    const full = join(dir, n);
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
    const inside = relativeInside(resolve2(path), resolve2(repo));
    const rel = inside === void 0 ? "" : inside.split(sep2).join("/");
    const shown = inside === void 0 ? repo : displayPathOf(display, rel || ".");
    const under = (r2) => rel ? `${rel}/${r2}` : r2;
    const { knownSha256, knownDigest } = options;
    const r = await verifyRepo(repo, shown, {
      ...options,
      knownDigest: inside === void 0 ? void 0 : (r2, alg) => knownDigest?.(under(r2), alg) ?? (alg === "sha256" ? knownSha256?.(under(r2)) : void 0)
    });
    out.verifications.push(r.verification);
    append(out.findings, r.findings);
    const source = hfCacheSource(basename(resolve2(repo)), r.revision);
    if (source) out.references?.push({ source, pinned: true, path: shown, via: "hf-cache" });
  }
  return out;
}
async function checkBlobs(check, options) {
  const blobs = [];
  for (const b of await walkFiles(join(check.repo, "blobs"), "blobs")) {
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
    `${basename(resolve2(check.repo))} (Hugging Face cache)`,
    options
  );
  append(check.findings, hashed.findings);
  return hashed;
}
async function checkSnapshotLink(check, f, realBlobs) {
  const text = await readlink2(f.full).catch(() => "");
  const lexical = resolve2(dirname(f.full), text);
  const real = await realpath2(f.full).catch(() => void 0);
  const inBlobs = dirname(lexical) === resolve2(check.repo, "blobs") && real !== void 0 && realBlobs !== void 0 && dirname(real) === realBlobs;
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
  const snapshotsDir = join(check.repo, "snapshots");
  const realBlobs = await realpath2(join(check.repo, "blobs")).catch(() => void 0);
  const commits = (await readdir2(snapshotsDir).catch(() => [])).sort();
  let links = 0;
  let dangling = 0;
  for (const commit of commits) {
    if (!COMMIT.test(commit))
      check.entry(`snapshots/${commit}`, `snapshots/${commit} is not named by a 40-hex commit`);
    for (const f of await walkFiles(join(snapshotsDir, commit), `snapshots/${commit}`)) {
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
  for (const f of await walkFiles(join(check.repo, "refs"), "refs")) {
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

// src/verify/lock.ts
import { rename, rm, stat as stat2, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";
var LOCK_FILE_NAME = "modelvet.lock.json";
var MAX_LOCK_BYTES = 64 * 1024 * 1024;
async function defaultLockPath(modelPath) {
  return await isDirectory(modelPath) ? join2(modelPath, LOCK_FILE_NAME) : join2(dirname2(modelPath), LOCK_FILE_NAME);
}
async function lockManifest(modelPath, options = {}) {
  const st = await stat2(modelPath).catch((err) => {
    throw new ModelvetError("NOT_FOUND", describeError(err, modelPath), { path: modelPath });
  });
  const output = options.output ?? await defaultLockPath(modelPath);
  const root = st.isDirectory() ? modelPath : dirname2(modelPath);
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
    target = join2(modelPath, name);
  }
  return verifyAgainstResources(
    target,
    parsed,
    { kind: "lock", source, sourcePath: lockPath },
    { ...options, ...target !== modelPath ? { display: join2(display, parsed.modelName) } : {} }
  );
}

// src/verify/sums.ts
import { realpath as realpath3, stat as stat3 } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, join as join3, resolve as resolve3, sep as sep3 } from "node:path";
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
  const real = await realpath3(p).catch(() => void 0);
  return real !== void 0 && (real === realRoot || real.startsWith(`${realRoot}${sep3}`));
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
    { matched: 0, changed: [], missing: [], extra: [{ name: onlyName }], wrongShards: [] },
    { method: "files", hashType: "sha256", allowSymlinks: true, ignorePaths: [] },
    { display: dirname3(display), kind: "sums", source }
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
  const path = join3(base, e.name);
  const st = await stat3(path).catch(() => void 0);
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
  const realBase = await realpath3(base).catch(() => resolve3(base));
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
  const base = isDir3 ? modelPath : dirname3(modelPath);
  const onlyName = isDir3 ? void 0 : basename2(modelPath);
  const parsed = parseSums(read.bytes.toString("utf8"));
  const findings = [];
  const bad = (line, why) => findings.push(finding(INVALID_MANIFEST, { path: source, line, message: `${source}:${line}: ${why}` }));
  for (const line of parsed.malformed) bad(line, "not a checksum line");
  const expected = expectedResources(parsed, basename2(sumsPath), onlyName, bad);
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
  const ser = { method: "files", hashType: "sha256", allowSymlinks: true, ignorePaths: [] };
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
      isDir3 ? check : { ...check, display: dirname3(display) }
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
import { readdir as readdir3, stat as stat4 } from "node:fs/promises";
import { dirname as dirname4, join as join4 } from "node:path";
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
  return (await stat4(p).catch(() => void 0))?.isFile() ?? false;
}
async function verifySidecars(modelPath, options) {
  const dir = await isDirectory(modelPath) ? modelPath : dirname4(modelPath);
  const result = { verifications: [], findings: [], found: 0 };
  const names = new Set(await readdir3(dir).catch(() => []));
  if (names.has(LOCK_FILE_NAME) && await exists(join4(dir, LOCK_FILE_NAME))) {
    result.found++;
    push(result, await verifyLock(modelPath, join4(dir, LOCK_FILE_NAME), options));
  }
  for (const s of SUMS_NAMES)
    if (names.has(s) && await exists(join4(dir, s))) {
      result.found++;
      push(result, await verifySums(modelPath, join4(dir, s), options));
      break;
    }
  if (names.has(SIGNATURE_FILE) && await exists(join4(dir, SIGNATURE_FILE))) {
    result.found++;
    const sig = join4(dir, SIGNATURE_FILE);
    if (options.trust)
      push(result, await verifySignatureAny(modelPath, sig, signerList(options.trust), options));
    else {
      const shown = options.display ?? modelPath;
      result.findings.push(
        finding(SIGNATURE_UNVERIFIED, {
          path: displayPathOf(dir === modelPath ? shown : dirname4(shown), SIGNATURE_FILE),
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
  if (!await stat4(path).catch(() => void 0))
    throw new ModelvetError("NOT_FOUND", `${path}: no such file or directory`, { path });
  const result = { verifications: [], findings: [] };
  if (options.lock) push(result, await verifyLock(path, options.lock, options));
  if (options.sums) push(result, await verifySums(path, options.sums, options));
  const explicit = Boolean(options.lock || options.sums || options.signature || options.trust);
  if (options.signature || options.trust) {
    const sig = options.signature ?? join4(await isDirectory(path) ? path : dirname4(path), SIGNATURE_FILE);
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
  match: ({ head }) => head.length >= 13 && head[0] === 93 && head[1] === 0 && lzmaAloneDecodes(head)
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
import { posix } from "node:path";
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
import { posix as posix2 } from "node:path";
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
  const dir = posix2.dirname(index.rel);
  const file = byRel.get(posix2.normalize(dir === "." ? shard : `${dir}/${shard}`));
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
      if (!byRel.has(rel)) missing.push(posix2.basename(rel));
    }
    if (missing.length) {
      ctx.report(
        finding(SHARD_MISSING, {
          path: g.first.display,
          message: `split GGUF ${posix2.basename(g.prefix)} has ${g.count} parts but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing`,
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

// src/verify/stores.ts
import { lstat as lstat2, realpath as realpath4, stat as stat5 } from "node:fs/promises";
import { basename as basename3, dirname as dirname5, join as join5, posix as posix3, relative, resolve as resolve4, sep as sep4 } from "node:path";
var toPosix2 = (p) => sep4 === "/" ? p : p.split(sep4).join("/");
var isDir2 = async (p) => (await lstat2(p).catch(() => void 0))?.isDirectory() ?? false;
async function findEnclosingStore(path) {
  const real = await realpath4(resolve4(path)).catch(() => void 0);
  if (real === void 0) return void 0;
  for (let dir = await isDir2(real) ? real : dirname5(real); ; dir = dirname5(dir)) {
    if (await isHfCacheRepo(dir)) return { kind: "hf-cache", root: dir };
    if (await isOllamaStore(dir)) return { kind: "ollama", root: dir };
    if (dirname5(dir) === dir) return void 0;
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
    const abs = join5(target.root, prefix);
    const ok = kind === "hf-cache" ? await isHfCacheRepo(abs) : await isOllamaStore(abs);
    if (!ok) continue;
    const root = await realpath4(abs).catch(() => abs);
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
  if (store.inside !== void 0) return store.inside === "" ? file.rel : posix3.join(store.inside, file.rel);
  const p = `${store.prefix}/`;
  return file.rel.startsWith(p) ? file.rel.slice(p.length) : void 0;
}
function annotateHf(store, files) {
  const blobsDir = join5(store.root, "blobs");
  for (const f of files) {
    const p = pathInStore(store, f);
    if (p === void 0) continue;
    const snapshot = /^snapshots\/[^/]+\/(.+)$/.exec(p);
    let name;
    if (/^blobs\/[^/]+$/.test(p)) name = p.slice("blobs/".length);
    else if (snapshot && f.symlinkTarget !== void 0 && typeof f.fsPath === "string" && dirname5(f.fsPath) === blobsDir)
      name = basename3(f.fsPath);
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
      const st = await stat5(abs).catch(() => void 0);
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
  const source = store.kind === "hf-cache" ? `${basename3(store.root)} (Hugging Face cache)` : `Ollama store ${store.root}`;
  const hashed = await verifyBlobDigests(checks, source, base);
  append(findings, hashed.findings);
  let problems = hashed.mismatched;
  if (store.kind === "ollama") {
    const { models } = await readOllamaManifests(store.root);
    const inTarget = new Set(target.files.map((f) => pathInStore(store, f)));
    const named = models.filter((m) => inTarget.has(m.manifest));
    const layers = await checkLayers(store.root, named, (rel) => join5(store.root, rel), findings);
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
  rules_exports3,
  gguf_exports,
  unknown_exports,
  lfs_pointer_exports,
  rules_exports2,
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

export {
  discoverTarget,
  FORMAT_NOT_ALLOWED,
  SOURCE_NOT_ALLOWED,
  VERIFICATION_REQUIRED,
  IGNORE_EXPIRED,
  UNTRUSTED_POLICY,
  UNUSED_IGNORE,
  INVALID_POLICY,
  createScanner,
  verifyHfCache,
  lockManifest,
  writeLock,
  verifyLock,
  verifySums,
  verifyPath,
  findEnclosingStore,
  annotateStores,
  BUILTIN_PARTS,
  defaultScanner,
  allRules,
  getRule
};
