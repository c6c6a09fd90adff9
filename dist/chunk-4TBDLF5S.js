import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ANALYZER_ERROR,
  CORE_SNIFFERS,
  DANGLING_LINK,
  DEPTH_LIMIT,
  EVERY_KIND,
  HASH_ERROR,
  INVALID_MANIFEST,
  KINDS,
  SIDECAR_NAMES,
  STORE_ENTRY,
  UNSUPPORTED_FORMAT,
  WORK_LIMIT,
  analyzersFor,
  append,
  blobPath,
  byPriority,
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
  isText,
  kindIsClaimed,
  layerKind,
  manifest_blobs_exports,
  manifest_check_exports,
  ollamaRoot,
  problemFindings,
  readManifestFile,
  readOllamaManifests,
  scanTrailingBytes,
  sidecarIgnore,
  verifyAgainstResources,
  verifyBlobDigests,
  verifyOllama
} from "./chunk-YSPX3B5J.js";
import {
  OmsError,
  parseStatement
} from "./chunk-CHSPD2H6.js";
import {
  DocumentError,
  GIT_PATHS,
  HashPool,
  computeManifest,
  defaultJobs,
  enumerateModel,
  normalizeRelPath,
  statementJson
} from "./chunk-FI7WJMRJ.js";
import {
  DEPTH_LIMITS,
  LENGTH_LIMITS,
  YAML_ALIAS_LIMITS,
  kindByName,
  require_dist,
  sniffableName,
  withoutStackTraces
} from "./chunk-2U53SUVQ.js";
import {
  BufferSource,
  FileSource,
  MAX_READ,
  SliceSource,
  defineRule,
  finding,
  hfCacheSource,
  label,
  readAll,
  rules_exports
} from "./chunk-2EGIYGX7.js";
import {
  jsonGet,
  jsonUint,
  readJson,
  readJsonBytes,
  toPlain
} from "./chunk-5TYTPVJQ.js";
import {
  fsDecode,
  isRootedName,
  isWithin,
  joinBytes,
  lexicalEscape,
  nameEscapes,
  pathKey,
  relativeInside,
  suspiciousName,
  toFsPath,
  unsafeMemberPath
} from "./chunk-DRNDJL4J.js";
import {
  load7zWasm,
  loadBzip2Wasm,
  loadJinja,
  loadOmsVerify,
  loadPinCheckers,
  loadXzWasm
} from "./chunk-4JKOCVCT.js";
import {
  BaseError,
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  __export,
  __toESM
} from "./chunk-YKEYWHWZ.js";

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
  const walk4 = new TargetWalk(target, displayBase, options.skipDirs ?? [".git"]);
  await walk4.folder({
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
    const inside2 = relativeInside(resolve2(path), resolve2(repo));
    const rel = inside2 === void 0 ? "" : inside2.split(sep2).join("/");
    const shown = inside2 === void 0 ? repo : displayPathOf(display, rel || ".");
    const under = (r2) => rel ? `${rel}/${r2}` : r2;
    const { knownSha256, knownDigest } = options;
    const r = await verifyRepo(repo, shown, {
      ...options,
      knownDigest: inside2 === void 0 ? void 0 : (r2, alg) => knownDigest?.(under(r2), alg) ?? (alg === "sha256" ? knownSha256?.(under(r2)) : void 0)
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
      ...known ? { knownDigest: known } : {}
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
      evidence: { link: text, ...real ? { resolved: real } : {} }
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
    ...revision ? { revision } : {}
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
  const single2 = parsed.resources.length > 0 && parsed.resources.every((r) => r.name === "." || r.name.startsWith(".:"));
  const name = parsed.modelName;
  if (single2 && /^[^/\\]+$/.test(name) && name !== "." && name !== ".." && await isDirectory(modelPath)) {
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

// src/core/hash/sums.ts
var TAG_ALGORITHMS = {
  sha256: "sha256",
  sha512: "sha512",
  sha1: "sha1",
  blake2b: "blake2b512",
  "blake2b-512": "blake2b512",
  blake3: "blake3",
  md5: null
};
function algorithmForTag(tag) {
  return TAG_ALGORITHMS[tag] ?? null;
}
function algorithmForLength(hexLength) {
  return hexLength === 64 ? "sha256" : hexLength === 128 ? "sha512" : hexLength === 40 ? "sha1" : null;
}
function unescapeName(name) {
  return name.replace(/\\(\\|n|r)/g, (_m, c) => c === "n" ? "\n" : c === "r" ? "\r" : "\\");
}
function parseSums(text) {
  const entries = [];
  const malformed = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    let line2 = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line2.trim() === "" || line2.startsWith("#")) return;
    const escaped2 = line2.startsWith("\\");
    if (escaped2) line2 = line2.slice(1);
    const bsd = /^([A-Za-z0-9-]+) \((.*)\) = ([0-9a-fA-F]+)$/.exec(line2);
    if (bsd) {
      entries.push({
        line: lineNo,
        tag: bsd[1].toLowerCase(),
        name: escaped2 ? unescapeName(bsd[2]) : bsd[2],
        hex: bsd[3].toLowerCase()
      });
      return;
    }
    const gnu = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line2);
    if (gnu && gnu[1].length % 2 === 0 && gnu[1].length >= 32) {
      entries.push({
        line: lineNo,
        hex: gnu[1].toLowerCase(),
        name: escaped2 ? unescapeName(gnu[2]) : gnu[2]
      });
      return;
    }
    malformed.push(lineNo);
  });
  return { entries, malformed };
}
function formatSumsLine(hex, name) {
  if (/[\\\n\r]/.test(name)) {
    return `\\${hex}  ${name.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}`;
  }
  return `${hex}  ${name}`;
}

// src/verify/sums.ts
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
  const none2 = { matched: 0, changed: [], missing: [], wrongShards: [] };
  return diffFindings({ ...none2, extra: unlisted }, ser, check).map((f) => ({
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
      ...options.onProgress ? { onProgress: options.onProgress } : {}
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
  const bad = (line2, why) => findings.push(finding(INVALID_MANIFEST, { path: source, line: line2, message: `${source}:${line2}: ${why}` }));
  for (const line2 of parsed.malformed) bad(line2, "not a checksum line");
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
    ...signed.warnings.length ? { warnings: signed.warnings } : {}
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

// src/core/policy-keys.ts
var definitions = policy_schema_default.definitions ?? {};
function collect(node, prefix, into, depth = 0) {
  if (!node || depth > 16) return;
  if (node.$ref?.startsWith("#/definitions/"))
    collect(definitions[node.$ref.slice(14)], prefix, into, depth + 1);
  for (const [key, child2] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    into.add(path);
    collect(child2, path, into, depth + 1);
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
function reportBomb(ctx, member2, limit, message, evidence = {}) {
  ctx.report(
    finding(ARCHIVE_BOMB, {
      message: `${label({ path: ctx.source.path, member: member2 })}: ${message}; not scanned past the limit`,
      member: [...member2],
      evidence: { limit, ...evidence }
    })
  );
}
function reportFailedExpansion(ctx, member2, result, stream, kind) {
  if (result.reason === "limit") {
    reportBomb(
      ctx,
      member2,
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

// src/formats/compressed/lzma.ts
var MAX_SYMBOL_BYTES = 64;
var BATCH = 4096;
var YIELD_AT = 256 * 1024;
var PROB_INIT = 1024;
var STATES = 12;
var POS_BITS_MAX = 4;
var END_POS_MODEL = 14;
var FULL_DISTANCES = 128;
var ALIGN_BITS = 4;
var MATCH_MIN = 2;
var UNKNOWN_SIZE = 0xffffffffffffffffn;
var LzmaError = class extends BaseError {
  constructor(message) {
    super("LZMA_INVALID", message);
    this.name = "LzmaError";
  }
};
function lzmaProperties(props, dictSize) {
  if (props >= 9 * 5 * 5) throw new LzmaError(`invalid LZMA properties byte 0x${props.toString(16)}`);
  const lc = props % 9;
  const lp = Math.floor(props / 9) % 5;
  const pb = Math.floor(props / 45);
  if (lc + lp > 4) throw new LzmaError(`LZMA lc + lp = ${lc + lp} is over 4`);
  return { lc, lp, pb, dictSize: Math.max(dictSize >>> 0, 4096) };
}
var Input = class {
  buf = Buffer.alloc(0);
  pos = 0;
  done = false;
  it;
  constructor(source) {
    this.it = source[Symbol.asyncIterator]();
  }
  available() {
    return this.buf.length - this.pos;
  }
  /** Buffers at least `n` bytes when the input has them. */
  async fill(n) {
    if (this.done || this.available() >= n) return;
    const parts = [this.buf.subarray(this.pos)];
    let have = this.available();
    while (have < n) {
      const next = await this.it.next();
      if (next.done) {
        this.done = true;
        break;
      }
      parts.push(next.value);
      have += next.value.length;
    }
    this.buf = Buffer.concat(parts, have);
    this.pos = 0;
  }
  /** Stops the underlying iterator (the decoder gave up or finished early). */
  async close() {
    await this.it.return?.();
  }
};
var IS_MATCH = 0;
var IS_REP = IS_MATCH + (STATES << POS_BITS_MAX);
var IS_REP_G0 = IS_REP + STATES;
var IS_REP_G1 = IS_REP_G0 + STATES;
var IS_REP_G2 = IS_REP_G1 + STATES;
var IS_REP0_LONG = IS_REP_G2 + STATES;
var POS_SLOT = IS_REP0_LONG + (STATES << POS_BITS_MAX);
var POS_SPECIAL = POS_SLOT + (4 << 6);
var ALIGN = POS_SPECIAL + 1 + FULL_DISTANCES - END_POS_MODEL;
var LEN_SIZE = 2 + (16 << 3) * 2 + 256;
var LEN = ALIGN + (1 << ALIGN_BITS);
var REP_LEN = LEN + LEN_SIZE;
var LITERAL = REP_LEN + LEN_SIZE;
var LzmaStream = class {
  probs;
  lc;
  lpMask;
  pbMask;
  dictSize;
  // Range decoder over the input buffer.
  in = Buffer.alloc(0);
  ip = 0;
  range = 4294967295;
  code = 0;
  // Window: the last `full` bytes produced (at most dictSize), growing with the output and wrapping
  // once it reaches the dictionary size.
  win = new Uint8Array(64 * 1024);
  wpos = 0;
  full = 0;
  total = 0;
  flushed = 0;
  pieces = [];
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  /** Bytes still to produce when the size is known; -1 when the stream ends with a marker. */
  remaining;
  finished = false;
  constructor(p, size) {
    this.probs = new Uint16Array(LITERAL + (768 << p.lc + p.lp)).fill(PROB_INIT);
    this.lc = p.lc;
    this.lpMask = (1 << p.lp) - 1;
    this.pbMask = (1 << p.pb) - 1;
    this.dictSize = p.dictSize;
    this.remaining = size;
  }
  /** Points the range decoder at the buffered input (between batches). */
  attach(input) {
    this.in = input.buf;
    this.ip = input.pos;
  }
  detach(input) {
    input.pos = this.ip;
  }
  nextByte() {
    if (this.ip >= this.in.length) throw new LzmaError("compressed data is truncated");
    return this.in[this.ip++];
  }
  initRange() {
    if (this.nextByte() !== 0) throw new LzmaError("range coder does not start with a zero byte");
    for (let i = 0; i < 4; i++) this.code = (this.code << 8 | this.nextByte()) >>> 0;
    if (this.code === this.range) throw new LzmaError("range coder starts corrupted");
  }
  bit(i) {
    const probs = this.probs;
    const p = probs[i];
    const bound = (this.range >>> 11) * p;
    let b = 0;
    if (this.code < bound) {
      this.range = bound;
      probs[i] = p + (2048 - p >>> 5);
    } else {
      this.range -= bound;
      this.code -= bound;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (this.range < 16777216) {
      this.range = this.range << 8 >>> 0;
      this.code = (this.code << 8 | this.nextByte()) >>> 0;
    }
    return b;
  }
  direct(count) {
    let res = 0;
    for (let i = 0; i < count; i++) {
      this.range >>>= 1;
      let b = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b = 1;
      }
      if (this.range < 16777216) {
        this.range = this.range << 8 >>> 0;
        this.code = (this.code << 8 | this.nextByte()) >>> 0;
      }
      res = (res << 1 | b) >>> 0;
    }
    return res;
  }
  tree(base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = m << 1 | this.bit(base + m);
    return m - (1 << bits);
  }
  reverseTree(base, bits) {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(base + m);
      m = m << 1 | b;
      sym |= b << i;
    }
    return sym;
  }
  put(b) {
    if (this.wpos === this.win.length) this.wrapOrGrow();
    this.win[this.wpos++] = b;
    this.total++;
    if (this.full < this.dictSize) this.full++;
  }
  wrapOrGrow() {
    if (this.win.length < this.dictSize) {
      const next = new Uint8Array(Math.min(this.dictSize, this.win.length * 2));
      next.set(this.win);
      this.win = next;
      return;
    }
    if (this.wpos > this.flushed) this.pieces.push(this.win.slice(this.flushed, this.wpos));
    this.wpos = 0;
    this.flushed = 0;
  }
  /** The byte `dist` positions back (1 = the last byte produced). */
  back(dist) {
    const i = this.wpos - dist;
    return this.win[i >= 0 ? i : i + this.win.length];
  }
  /** Output produced since the last call. */
  take() {
    if (this.wpos > this.flushed) this.pieces.push(this.win.slice(this.flushed, this.wpos));
    this.flushed = this.wpos;
    const out = this.pieces;
    this.pieces = [];
    return out;
  }
  pending() {
    let n = this.wpos - this.flushed;
    for (const p of this.pieces) n += p.length;
    return n;
  }
  length(base, posState) {
    if (this.bit(base) === 0) return this.tree(base + 2 + (posState << 3), 3);
    if (this.bit(base + 1) === 0) return 8 + this.tree(base + 2 + (16 << 3) + (posState << 3), 3);
    return 16 + this.tree(base + 2 + (16 << 3) * 2, 8);
  }
  /**
   * A literal byte. The hottest path (incompressible tensor data is nearly all literals), so the range
   * decoder's registers live in locals here instead of fields: the same bit decoding as `bit()`.
   */
  literal() {
    const prev = this.total > 0 ? this.back(1) : 0;
    const base = LITERAL + 768 * (((this.total & this.lpMask) << this.lc) + (prev >>> 8 - this.lc));
    const probs = this.probs;
    const inb = this.in;
    let range = this.range;
    let code = this.code;
    let ip = this.ip;
    let symbol = 1;
    let matchByte = this.state >= 7 ? this.back(this.rep0 + 1) : -1;
    while (symbol < 256) {
      const matchBit = matchByte >= 0 ? matchByte >>> 7 & 1 : 0;
      const i = matchByte >= 0 ? base + (1 + matchBit << 8) + symbol : base + symbol;
      const p = probs[i];
      const bound = (range >>> 11) * p;
      let b = 0;
      if (code < bound) {
        range = bound;
        probs[i] = p + (2048 - p >>> 5);
      } else {
        range -= bound;
        code -= bound;
        probs[i] = p - (p >>> 5);
        b = 1;
      }
      if (range < 16777216) {
        if (ip >= inb.length) throw new LzmaError("compressed data is truncated");
        range = range << 8 >>> 0;
        code = (code << 8 | inb[ip++]) >>> 0;
      }
      symbol = symbol << 1 | b;
      if (matchByte >= 0) matchByte = matchBit === b ? matchByte << 1 & 255 : -1;
    }
    this.range = range;
    this.code = code;
    this.ip = ip;
    this.put(symbol - 256);
    this.state = this.state < 4 ? 0 : this.state < 10 ? this.state - 3 : this.state - 6;
  }
  distance(len) {
    const slot = this.tree(POS_SLOT + (Math.min(len, 3) << 6), 6);
    if (slot < 4) return slot;
    const direct = (slot >>> 1) - 1;
    let dist = (2 | slot & 1) << direct >>> 0;
    if (slot < END_POS_MODEL) return dist + this.reverseTree(POS_SPECIAL + dist - slot, direct) >>> 0;
    dist = dist + (this.direct(direct - ALIGN_BITS) << ALIGN_BITS >>> 0) >>> 0;
    return dist + this.reverseTree(ALIGN, ALIGN_BITS) >>> 0;
  }
  /** A rep match: its length, or 0 after a one-byte "short rep". */
  repMatch(posState) {
    if (this.total === 0) throw new LzmaError("a repeated match before any output");
    if (this.bit(IS_REP_G0 + this.state) === 0) {
      if (this.bit(IS_REP0_LONG + (this.state << POS_BITS_MAX) + posState) === 0) {
        this.state = this.state < 7 ? 9 : 11;
        this.put(this.back(this.rep0 + 1));
        return 0;
      }
    } else {
      let dist;
      if (this.bit(IS_REP_G1 + this.state) === 0) dist = this.rep1;
      else {
        if (this.bit(IS_REP_G2 + this.state) === 0) dist = this.rep2;
        else {
          dist = this.rep3;
          this.rep3 = this.rep2;
        }
        this.rep2 = this.rep1;
      }
      this.rep1 = this.rep0;
      this.rep0 = dist;
    }
    const len = this.length(REP_LEN, posState);
    this.state = this.state < 7 ? 8 : 11;
    return len + MATCH_MIN;
  }
  /** A new match: its length, or -1 for the end marker. */
  newMatch(posState) {
    this.rep3 = this.rep2;
    this.rep2 = this.rep1;
    this.rep1 = this.rep0;
    const len = this.length(LEN, posState);
    this.state = this.state < 7 ? 7 : 10;
    this.rep0 = this.distance(len);
    if (this.rep0 === 4294967295) {
      if (this.code !== 0) throw new LzmaError("end marker with the range coder not at its end");
      return -1;
    }
    if (this.remaining === 0) throw new LzmaError("data after the declared size");
    if (this.rep0 >= this.full) {
      throw new LzmaError(`match distance ${this.rep0 + 1} reaches before the start of the data`);
    }
    return len + MATCH_MIN;
  }
  /** Copies `len` bytes from `dist` back, byte by byte (a match may overlap what it writes). */
  copyMatch(dist, len) {
    let win = this.win;
    let wpos = this.wpos;
    for (let i = 0; i < len; i++) {
      if (wpos === win.length) {
        this.wpos = wpos;
        this.wrapOrGrow();
        win = this.win;
        wpos = this.wpos;
      }
      const from = wpos - dist;
      win[wpos++] = win[from >= 0 ? from : from + win.length];
    }
    this.wpos = wpos;
    this.total += len;
    this.full = Math.min(this.dictSize, this.full + len);
  }
  /** Decodes up to `count` symbols (a literal, a match, or the end). */
  run(count) {
    for (let n = 0; n < count && !this.finished; n++) {
      if (this.remaining === 0 && this.code === 0) {
        this.finished = true;
        return;
      }
      const posState = this.total & this.pbMask;
      if (this.bit(IS_MATCH + (this.state << POS_BITS_MAX) + posState) === 0) {
        if (this.remaining === 0) throw new LzmaError("data after the declared size");
        this.literal();
        if (this.remaining > 0) this.remaining--;
        continue;
      }
      let len;
      if (this.bit(IS_REP + this.state) !== 0) {
        if (this.remaining === 0) throw new LzmaError("data after the declared size");
        len = this.repMatch(posState);
        if (len === 0) {
          if (this.remaining > 0) this.remaining--;
          continue;
        }
      } else {
        len = this.newMatch(posState);
        if (len < 0) {
          this.finished = true;
          return;
        }
      }
      const cut = this.remaining >= 0 && this.remaining < len;
      this.copyMatch(this.rep0 + 1, cut ? this.remaining : len);
      if (this.remaining > 0) this.remaining -= cut ? this.remaining : len;
      if (cut) throw new LzmaError("a match runs past the declared size");
    }
  }
};
async function* decodeStream(input, o) {
  await input.fill(5);
  const stream = new LzmaStream(o.props, o.size);
  stream.attach(input);
  stream.initRange();
  stream.detach(input);
  while (!stream.finished) {
    await input.fill(BATCH * MAX_SYMBOL_BYTES);
    const safe = input.done ? BATCH : Math.min(BATCH, Math.floor(input.available() / MAX_SYMBOL_BYTES));
    stream.attach(input);
    try {
      stream.run(safe);
    } catch (err) {
      stream.detach(input);
      yield* stream.take();
      if (err instanceof LzmaError && o.truncatedIsEnd && input.available() === 0 && input.done) return;
      throw err;
    }
    stream.detach(input);
    if (stream.pending() >= YIELD_AT || stream.finished) yield* stream.take();
  }
}
async function header(input, n) {
  await input.fill(n);
  if (input.available() < n) throw new LzmaError("LZMA header is truncated");
  const out = Buffer.from(input.buf.subarray(input.pos, input.pos + n));
  input.pos += n;
  return out;
}
function parseAloneHeader(h) {
  const props = lzmaProperties(h[0], h.readUInt32LE(1));
  const raw = h.readBigUInt64LE(5);
  if (raw !== UNKNOWN_SIZE && raw > BigInt(Number.MAX_SAFE_INTEGER))
    throw new LzmaError(`declared size ${raw} is out of range`);
  return { props, size: raw === UNKNOWN_SIZE ? -1 : Number(raw) };
}
var XZ_MAGIC = Buffer.from([253, 55, 122, 88, 90, 0]);
var lzmaAloneDecoder = (source) => (async function* () {
  const input = new Input(source);
  try {
    for (let first = true; ; first = false) {
      await input.fill(13);
      if (input.available() === 0) return;
      if (!first && input.buf.subarray(input.pos, input.pos + 6).equals(XZ_MAGIC)) {
        throw new LzmaError("an xz stream follows the LZMA-alone stream");
      }
      let produced = 0;
      try {
        const h = parseAloneHeader(await header(input, 13));
        for await (const piece of decodeStream(input, { ...h, truncatedIsEnd: false })) {
          produced += piece.length;
          yield piece;
        }
      } catch (err) {
        if (first || produced > 0 || !(err instanceof LzmaError)) throw err;
        return;
      }
    }
  } finally {
    await input.close();
  }
})();
var zipLzmaDecoder = (source) => (async function* () {
  const input = new Input(source);
  try {
    const h = await header(input, 4);
    const propsLen = h.readUInt16LE(2);
    if (propsLen < 5) throw new LzmaError(`zip LZMA properties of ${propsLen} bytes`);
    const p = await header(input, propsLen);
    const props = lzmaProperties(p[0], p.readUInt32LE(1));
    yield* decodeStream(input, { props, size: -1, truncatedIsEnd: true });
  } finally {
    await input.close();
  }
})();
async function lzmaAloneDecodes(head) {
  try {
    const it = lzmaAloneDecoder(
      (async function* () {
        yield head;
      })()
    )[Symbol.asyncIterator]();
    const first = await it.next();
    await it.return?.();
    return !first.done && first.value.length > 0;
  } catch {
    return false;
  }
}

// src/formats/compressed/expand.ts
import { Readable } from "node:stream";
import zlib from "node:zlib";

// src/formats/compressed/lz4.ts
var FRAME_MAGIC = 407708164;
var SKIPPABLE_MASK = 4294967280;
var SKIPPABLE_MAGIC = 407710288;
var HISTORY = 64 * 1024;
var BLOCK_MAX = [0, 0, 0, 0, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];
var Lz4Error = class extends BaseError {
  constructor(message) {
    super("LZ4_INVALID", message);
    this.name = "Lz4Error";
  }
};
var Input2 = class {
  buf = Buffer.alloc(0);
  pos = 0;
  done = false;
  it;
  constructor(source) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** True when at least `n` bytes are buffered after waiting for the input. */
  async has(n) {
    if (this.buf.length - this.pos >= n) return true;
    const parts = [this.buf.subarray(this.pos)];
    let have = this.buf.length - this.pos;
    while (!this.done && have < n) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else {
        parts.push(next.value);
        have += next.value.length;
      }
    }
    this.buf = Buffer.concat(parts, have);
    this.pos = 0;
    return have >= n;
  }
  async atEnd() {
    return !await this.has(1);
  }
  async take(n, what) {
    if (!await this.has(n)) throw new Lz4Error(`${what} is truncated`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  /** Skips `n` bytes without keeping them (a skippable frame may declare up to 4 GiB). */
  async skip(n, what) {
    let left = n;
    while (left > 0) {
      if (!await this.has(1)) throw new Lz4Error(`${what} is truncated`);
      const step = Math.min(left, this.buf.length - this.pos);
      this.pos += step;
      left -= step;
    }
  }
  async close() {
    await this.it.return?.();
  }
};
async function frameHeader(input) {
  const fd = await input.take(2, "LZ4 frame descriptor");
  const flg = fd[0];
  const bd = fd[1];
  if (flg >> 6 !== 1) throw new Lz4Error(`LZ4 frame version ${flg >> 6}`);
  if (flg & 2 || bd & 143) throw new Lz4Error("LZ4 frame descriptor has reserved bits set");
  const blockMax = BLOCK_MAX[bd >> 4 & 7];
  if (!blockMax) throw new Lz4Error(`LZ4 block maximum size code ${bd >> 4 & 7}`);
  await input.take((flg & 8 ? 8 : 0) + (flg & 1 ? 4 : 0) + 1, "LZ4 frame descriptor");
  if (flg & 1) throw new Lz4Error("LZ4 frame needs an external dictionary");
  return {
    independent: (flg & 32) !== 0,
    blockChecksum: (flg & 16) !== 0,
    contentChecksum: (flg & 4) !== 0,
    blockMax
  };
}
function decodeBlock(src, out, start, limit) {
  let ip = 0;
  let op2 = start;
  const end = src.length;
  for (; ; ) {
    if (ip >= end) throw new Lz4Error("LZ4 block ends inside a sequence");
    const token = src[ip++];
    let lit2 = token >>> 4;
    if (lit2 === 15) {
      let b;
      do {
        if (ip >= end) throw new Lz4Error("LZ4 literal length is truncated");
        b = src[ip++];
        lit2 += b;
      } while (b === 255);
    }
    if (ip + lit2 > end) throw new Lz4Error("LZ4 literals run past the block");
    if (op2 + lit2 > limit) throw new Lz4Error("LZ4 block decodes past its maximum size");
    out.set(src.subarray(ip, ip + lit2), op2);
    ip += lit2;
    op2 += lit2;
    if (ip === end) return op2;
    if (ip + 2 > end) throw new Lz4Error("LZ4 match offset is truncated");
    const offset = src[ip] | src[ip + 1] << 8;
    ip += 2;
    if (offset === 0 || offset > op2) throw new Lz4Error(`LZ4 match offset ${offset} reaches before the data`);
    let len = token & 15;
    if (len === 15) {
      let b;
      do {
        if (ip >= end) throw new Lz4Error("LZ4 match length is truncated");
        b = src[ip++];
        len += b;
      } while (b === 255);
    }
    len += 4;
    if (op2 + len > limit) throw new Lz4Error("LZ4 block decodes past its maximum size");
    let from = op2 - offset;
    if (offset >= len) {
      out.copyWithin(op2, from, from + len);
      op2 += len;
    } else {
      for (let i = 0; i < len; i++) out[op2++] = out[from++];
    }
  }
}
async function* frameBlocks(input, h) {
  const work = new Uint8Array((h.independent ? 0 : HISTORY) + h.blockMax);
  let history = 0;
  for (; ; ) {
    const size = (await input.take(4, "LZ4 block size")).readUInt32LE(0);
    if (size === 0) break;
    const raw = (size & 2147483648) !== 0;
    const n = size & 2147483647;
    if (n > h.blockMax) throw new Lz4Error(`LZ4 block of ${n} bytes is over the frame's ${h.blockMax}`);
    const data = await input.take(n, "LZ4 block");
    let end;
    if (raw) {
      work.set(data, history);
      end = history + n;
    } else {
      end = decodeBlock(data, work, history, history + h.blockMax);
    }
    yield work.slice(history, end);
    if (h.blockChecksum) await input.take(4, "LZ4 block checksum");
    if (!h.independent) {
      const keep = Math.min(HISTORY, end);
      work.copyWithin(0, end - keep, end);
      history = keep;
    }
  }
  if (h.contentChecksum) await input.take(4, "LZ4 content checksum");
}
var lz4FrameDecoder = (source) => (async function* () {
  const input = new Input2(source);
  try {
    for (let first = true; first || !await input.atEnd(); first = false) {
      if (!first && !await input.has(4)) return;
      const magic = (await input.take(4, "LZ4 frame magic")).readUInt32LE(0);
      if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
        const n = (await input.take(4, "LZ4 skippable frame size")).readUInt32LE(0);
        await input.skip(n, "LZ4 skippable frame");
        continue;
      }
      if (magic !== FRAME_MAGIC && !first) return;
      if (magic !== FRAME_MAGIC) throw new Lz4Error(`not an LZ4 frame (magic 0x${magic.toString(16)})`);
      yield* frameBlocks(input, await frameHeader(input));
    }
  } finally {
    await input.close();
  }
})();

// src/formats/compressed/expand.ts
var RATIO_FLOOR = 4 * 1024 * 1024;
var CHUNK = 1024 * 1024;
var viaTransform = (make) => (input) => {
  const decoder = make();
  const readable = Readable.from(input);
  readable.on("error", (err) => decoder.destroy(err));
  return readable.pipe(decoder);
};
var zlibCodecs = {
  deflateRaw: viaTransform(() => zlib.createInflateRaw()),
  gzip: viaTransform(() => zlib.createGunzip()),
  zlib: viaTransform(() => zlib.createInflate()),
  zstd: viaTransform(() => zlib.createZstdDecompress())
};
var ownCodecs = {
  lzmaAlone: lzmaAloneDecoder,
  zipLzma: zipLzmaDecoder,
  lz4: lz4FrameDecoder
};
function expansionCap(compressed, opts) {
  const candidates = [[opts.limits.maxMemberBytes, "member"]];
  if (opts.budget) candidates.push([Math.max(0, opts.budget.limit - opts.budget.used), "total"]);
  candidates.push([Math.max(RATIO_FLOOR, compressed * opts.limits.maxRatio), "ratio"]);
  let best = candidates[0];
  for (const c of candidates) if (c[0] < best[0]) best = c;
  return { cap: best[0], limit: best[1] };
}
async function* chunks(source, start, length2) {
  let pos = start;
  const end = start + length2;
  while (pos < end) {
    const n = Math.min(CHUNK, end - pos);
    const buf = await source.read(pos, n);
    if (buf.length === 0) return;
    yield Buffer.from(buf);
    pos += buf.length;
  }
}
var FIRST_PASS_KEEP = 16 * 1024 * 1024;
async function firstPass(source, start, length2, decode, cap2, peek) {
  const pass = { produced: 0, crc: 0, kept: [], end: "done" };
  for await (const piece of decodeChunks(source, start, length2, decode, (err) => {
    pass.end = { corrupt: err?.message ?? String(err) };
  })) {
    pass.produced += piece.length;
    if (pass.produced > cap2) {
      pass.end = "limit";
      return pass;
    }
    pass.crc = zlib.crc32(piece, pass.crc);
    if (pass.kept && (peek !== void 0 || pass.produced <= FIRST_PASS_KEEP)) pass.kept.push(piece);
    else pass.kept = void 0;
    if (peek !== void 0 && pass.produced >= peek) {
      pass.end = "peek";
      return pass;
    }
  }
  return pass;
}
async function* decodeChunks(source, start, length2, decode, onCorrupt) {
  let ioError;
  async function* input() {
    try {
      yield* chunks(source, start, length2);
    } catch (err) {
      ioError = err;
      throw err;
    }
  }
  try {
    for await (const piece of decode(input()))
      yield Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
  } catch (err) {
    if (ioError) throw ioError;
    onCorrupt(err);
    return;
  }
  if (ioError) throw ioError;
}
async function secondPass(source, start, length2, decode, produced) {
  const out = Buffer.allocUnsafe(produced);
  let at = 0;
  for await (const piece of decodeChunks(source, start, length2, decode, () => {
  })) {
    const n = Math.min(piece.length, produced - at);
    piece.copy(out, at, 0, n);
    at += n;
    if (at >= produced) break;
  }
  if (at < produced) {
    throw new ModelvetError(
      "CHANGED_WHILE_READING",
      `${label(source)}: the compressed data decoded differently the second time (it changed while being read)`,
      { path: source.path }
    );
  }
  return out;
}
async function expand(source, start, length2, decode, opts) {
  const { cap: cap2, limit } = expansionCap(length2, opts);
  const pass = await firstPass(source, start, length2, decode, cap2, opts.peek);
  opts.budget?.charge(pass.produced);
  const { produced, crc: crc32, end } = pass;
  if (end === "limit") return { ok: false, reason: "limit", limit, cap: cap2, produced, compressed: length2 };
  const data = pass.kept ? Buffer.concat(pass.kept, produced) : await secondPass(source, start, length2, decode, produced);
  if (end === "peek") return { ok: true, data: data.subarray(0, opts.peek), crc32, partial: true };
  if (end !== "done") return { ok: false, reason: "corrupt", message: end.corrupt, produced, data };
  return { ok: true, data, crc32 };
}

// src/formats/compressed/segments.ts
import zlib2 from "node:zlib";
var BZ_OUTBUFF_FULL = -8;
var BZ_STREAM = /BZh[1-9]1AY&SY/g;
var ZSTD_FRAME = /\x28\xb5\x2f\xfd/g;
function streamStarts(input, pattern) {
  const starts = [0];
  for (const m of input.toString("latin1").matchAll(pattern)) if (m.index > 0) starts.push(m.index);
  return starts;
}
var bzip2Module;
var bzip2Segment = async (input, cap2) => {
  bzip2Module ??= loadBzip2Wasm().then((m) => m.default.init());
  const bz = await bzip2Module;
  let size = Math.min(cap2, Math.max(1024 * 1024, input.length * 8));
  for (; ; ) {
    try {
      return { ok: true, data: bz.decompress(input, size) };
    } catch (err) {
      const raw = err.message ?? String(err);
      const code = /\((BZ_[A-Z_]+)\)/.exec(raw)?.[1];
      const message = `libbz2 refuses the stream${code ? ` (${code})` : ""}`;
      if (!raw.includes(`failed: ${BZ_OUTBUFF_FULL} `)) return { ok: false, full: false, message };
      if (size >= cap2) return { ok: false, full: true, message };
      size = Math.min(cap2, size * 4);
    }
  }
};
function zstdExceeds(input, cap2) {
  return new Promise((resolve6) => {
    const decoder = zlib2.createZstdDecompress();
    let produced = 0;
    let settled = false;
    const settle = (over) => {
      if (settled) return;
      settled = true;
      resolve6(over);
      decoder.destroy();
    };
    decoder.on("data", (piece) => {
      produced += piece.length;
      if (produced > cap2) settle(true);
    });
    decoder.on("end", () => settle(false));
    decoder.on("error", () => settle(false));
    decoder.end(input);
  });
}
var zstdSegment = async (input, cap2) => {
  if (await zstdExceeds(input, cap2))
    return { ok: false, full: true, message: "zstd refuses the stream (ERR_BUFFER_TOO_LARGE)" };
  try {
    return { ok: true, data: zlib2.zstdDecompressSync(input, { maxOutputLength: Math.max(1, cap2) }) };
  } catch (err) {
    const e = err;
    const message = `zstd refuses the stream${e.code ? ` (${e.code})` : ""}`;
    return { ok: false, full: e.code === "ERR_BUFFER_TOO_LARGE", message };
  }
};
async function expandSegments(source, start, length2, o) {
  const { cap: cap2, limit } = expansionCap(length2, o);
  if (length2 > MAX_READ) {
    return { ok: false, reason: "corrupt", message: `stream over ${MAX_READ} bytes`, produced: 0 };
  }
  const input = await source.read(start, length2);
  const starts = o.multiStream ? streamStarts(input, o.pattern) : [0];
  const parts = [];
  let produced = 0;
  for (let i = 0; i < starts.length; ) {
    let j = i + 1;
    let seg;
    for (; ; ) {
      const end = j < starts.length ? starts[j] : input.length;
      seg = await o.decode(input.subarray(starts[i], end), cap2 - produced);
      if (seg.ok || seg.full || j >= starts.length) break;
      j++;
    }
    if (!seg.ok) {
      if (seg.full) {
        o.budget?.charge(cap2);
        return { ok: false, reason: "limit", limit, cap: cap2, produced: cap2 + 1, compressed: length2 };
      }
      o.budget?.charge(produced);
      const data2 = Buffer.concat(parts, produced);
      return { ok: false, reason: "corrupt", message: seg.message, produced, data: data2 };
    }
    parts.push(seg.data);
    produced += seg.data.length;
    i = j;
  }
  o.budget?.charge(produced);
  const data = Buffer.concat(parts, produced);
  return { ok: true, data, crc32: zlib2.crc32(data) };
}

// src/formats/compressed/analyzer.ts
var xzDecoder = (input) => (async function* () {
  const { XzReadableStream } = (await loadXzWasm()).default;
  yield* new XzReadableStream(
    ReadableStream.from(input)
  );
})();
var LZMA_ALONE_SNIFFER = {
  kind: KINDS.lzmaAlone,
  priority: 60,
  match: ({ head }) => head.length >= 13 && head[0] === 93 && head[1] === 0 && lzmaAloneDecodes(head)
};
var SUFFIXES = {
  [KINDS.gzip]: /\.(gz|tgz|gzip)$/i,
  [KINDS.bzip2]: /\.(bz2|tbz2?|bzip2)$/i,
  [KINDS.xz]: /\.(xz|txz)$/i,
  [KINDS.zstd]: /\.(zst|zstd|tzst)$/i,
  [KINDS.lz4]: /\.(lz4|tlz4)$/i,
  [KINDS.lzmaAlone]: /\.(lzma|tlz)$/i
};
function innerName(name, kind) {
  const re = SUFFIXES[kind];
  if (re?.test(name)) {
    const stripped = name.replace(re, "");
    return /\.t(gz|bz2?|xz|zst|lz4|lz)$/i.test(name) ? `${stripped}.tar` : stripped || `${name}[decompressed]`;
  }
  return `${name}[decompressed]`;
}
var STREAMING = {
  [KINDS.gzip]: zlibCodecs.gzip,
  [KINDS.xz]: xzDecoder,
  [KINDS.lz4]: ownCodecs.lz4,
  [KINDS.lzmaAlone]: ownCodecs.lzmaAlone
};
async function expandKind(ctx) {
  const { source } = ctx;
  const opts = { limits: ctx.limits, budget: ctx.budget };
  if (ctx.kind === KINDS.bzip2 || ctx.kind === KINDS.zstd) {
    const bz = ctx.kind === KINDS.bzip2;
    return expandSegments(source, 0, source.size, {
      ...opts,
      pattern: bz ? BZ_STREAM : ZSTD_FRAME,
      decode: bz ? bzip2Segment : zstdSegment,
      multiStream: true
    });
  }
  return expand(source, 0, source.size, STREAMING[ctx.kind], opts);
}
async function scanExpanded(ctx, result, name, stream) {
  const member2 = [...ctx.source.member, name];
  if (!result.ok) reportFailedExpansion(ctx, member2, result, stream, ctx.kind);
  const data = result.ok ? result.data : result.reason === "corrupt" ? result.data : void 0;
  if (data && data.length > 0) await ctx.scanMember(new BufferSource(data, ctx.source.path, member2), name);
}
var COMPRESSED_KINDS = [KINDS.gzip, KINDS.bzip2, KINDS.xz, KINDS.zstd, KINDS.lz4, KINDS.lzmaAlone];
var COMPRESSED_STREAM_ANALYZER = {
  id: "compressed-stream",
  kinds: COMPRESSED_KINDS,
  claims: COMPRESSED_KINDS,
  async analyze(ctx) {
    const result = await expandKind(ctx);
    await scanExpanded(ctx, result, innerName(ctx.name, ctx.kind), `${ctx.kind} stream`);
  }
};

// src/formats/gguf/index.ts
var gguf_exports = {};
__export(gguf_exports, {
  GGML_TYPES: () => GGML_TYPES,
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
  GGUF_VERSION: () => GGUF_VERSION,
  readGguf: () => readGguf
});
import { isUtf8 } from "node:buffer";

// src/formats/chat-template/fold.ts
var FoldedDict = class {
  entries;
  constructor(entries) {
    this.entries = entries;
  }
};
var OPAQUE = /* @__PURE__ */ Symbol("opaque");
var MAX_FOLD = 4096;
var cap = (s) => s.length <= MAX_FOLD ? s : void 0;
var clip = (s) => s.length > 60 ? `${s.slice(0, 57)}...` : s;
function pyRepr(v) {
  if (typeof v === "string") return `'${v.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
  return pyStr(v);
}
function pyStr(v) {
  if (v === OPAQUE) return void 0;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === null) return "None";
  const parts = [];
  const items = Array.isArray(v) ? v.map((x) => pyRepr(x)) : v.entries.map(([k, x]) => pair(k, x));
  for (const p of items) {
    if (p === void 0) return void 0;
    parts.push(p);
  }
  return cap(Array.isArray(v) ? `[${parts.join(", ")}]` : `{${parts.join(", ")}}`);
}
var pair = (k, v) => {
  const a = pyRepr(k);
  const b = pyRepr(v);
  return a === void 0 || b === void 0 ? void 0 : `${a}: ${b}`;
};
function iterate(v) {
  if (typeof v === "string") return [...v];
  if (Array.isArray(v)) return v;
  if (v instanceof FoldedDict) return v.entries.map(([k]) => k);
  return void 0;
}
function pySlice(xs, start, stop2, step = 1) {
  if (step === 0 || !Number.isInteger(step)) return void 0;
  const n = xs.length;
  const norm = (v, dflt) => v === void 0 ? dflt : v < 0 ? Math.max(v + n, step < 0 ? -1 : 0) : Math.min(v, step < 0 ? n - 1 : n);
  const out = [];
  if (step > 0) for (let i = norm(start, 0); i < norm(stop2, n); i += step) out.push(xs[i]);
  else for (let i = norm(start, n - 1); i > norm(stop2, -1); i += step) out.push(xs[i]);
  return out.length > MAX_FOLD ? void 0 : out;
}
function foldItem(obj, key) {
  if (obj instanceof FoldedDict) {
    const hit = obj.entries.findLast(([k]) => k === key);
    return hit && hit[1] !== OPAQUE ? hit[1] : void 0;
  }
  if (typeof key !== "number" || !Number.isInteger(key)) return void 0;
  const items = typeof obj === "string" ? [...obj] : Array.isArray(obj) ? obj : void 0;
  const v = items?.[key < 0 ? items.length + key : key];
  return v === OPAQUE ? void 0 : v;
}
function foldFilter(name, v, args) {
  if (v === OPAQUE || args.includes(OPAQUE)) return void 0;
  const s = typeof v === "string" ? v : void 0;
  const items = iterate(v);
  switch (name) {
    case "string":
      return pyStr(v);
    case "lower":
      return s?.toLowerCase();
    case "upper":
      return s?.toUpperCase();
    case "trim":
    case "strip":
      return s?.trim();
    case "title":
      return s?.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
    case "capitalize":
      return s === void 0 ? void 0 : s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    case "reverse":
      return s !== void 0 ? [...s].reverse().join("") : items ? [...items].reverse() : void 0;
    case "list":
      return items;
    case "sort":
      return items?.every((x) => typeof x === "string") ? [...items].sort(
        (a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0
      ) : items?.every((x) => typeof x === "number") ? [...items].sort((a, b) => a - b) : void 0;
    case "unique": {
      if (!items) return void 0;
      const seen = /* @__PURE__ */ new Set();
      return items.filter((x) => {
        const k = typeof x === "string" ? x.toLowerCase() : x;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    }
    case "first":
      return items?.[0];
    case "last":
      return items?.at(-1);
    case "length":
    case "count":
      return items?.length;
    case "items":
      return v instanceof FoldedDict ? v.entries.map(([k, x]) => [k, x]) : void 0;
    case "keys":
      return v instanceof FoldedDict ? v.entries.map(([k]) => k) : void 0;
    case "values":
      return v instanceof FoldedDict ? v.entries.map(([, x]) => x) : void 0;
    case "join":
      return join5(items, args[0] ?? "");
    case "map": {
      if (!items || typeof args[0] !== "string" || args[0] === "map") return void 0;
      const out = [];
      for (const x of items) {
        const r = foldFilter(args[0], x, args.slice(1));
        if (r === void 0) return void 0;
        out.push(r);
      }
      return out;
    }
    case "replace":
      return s !== void 0 && typeof args[0] === "string" && typeof args[1] === "string" ? cap(s.split(args[0]).join(args[1])) : void 0;
    case "format":
      return s === void 0 ? void 0 : printf(s, args);
    case "int":
      return typeof v === "number" ? Math.trunc(v) : s !== void 0 && /^\s*-?\d+\s*$/.test(s) ? Number(s) : 0;
    default:
      return void 0;
  }
}
function join5(items, sep6) {
  if (!items || typeof sep6 !== "string") return void 0;
  const parts = [];
  for (const x of items) {
    const p = pyStr(x);
    if (p === void 0) return void 0;
    parts.push(p);
  }
  return cap(parts.join(sep6));
}
function foldMethod(self, method, args) {
  if (typeof self !== "string") {
    if (self instanceof FoldedDict && (method === "items" || method === "keys" || method === "values"))
      return foldFilter(method, self, []);
    if (self instanceof FoldedDict && method === "get") {
      const hit = self.entries.findLast(([k]) => k === args[0]);
      return hit ? hit[1] === OPAQUE ? void 0 : hit[1] : args[1] ?? null;
    }
    return void 0;
  }
  if (method === "join") return join5(iterate(args[0] ?? OPAQUE), self);
  if (method === "format") return pyFormat(self, args);
  if (method === "split" && (args.length === 0 || typeof args[0] === "string"))
    return args.length ? self.split(args[0]) : self.trim().split(/\s+/);
  if (method === "startswith" || method === "endswith")
    return typeof args[0] === "string" ? self[method === "startswith" ? "startsWith" : "endsWith"](args[0]) : void 0;
  if (method === "lstrip") return self.trimStart();
  if (method === "rstrip") return self.trimEnd();
  return foldFilter(method, self, args);
}
var PRINTF = /%(?:\((\w*)\))?([-#0 +]*)(\d*)(?:\.(\d+))?([diouxXcrsa%])/;
function printf(fmt, args) {
  const named = args.length === 1 && args[0] instanceof FoldedDict ? args[0] : void 0;
  let i = 0;
  let bad = false;
  let consumed = 0;
  const out = fmt.replace(
    new RegExp(PRINTF.source, "g"),
    (m, key, flags, width, _prec, conv, at) => {
      if (at !== consumed && fmt.slice(consumed, at).includes("%")) bad = true;
      consumed = at + m.length;
      if (conv === "%") return "%";
      const a = key !== void 0 ? named ? foldItem(named, key) : void 0 : args[i++];
      const r = a === void 0 || a === OPAQUE ? void 0 : convert(conv, a);
      if (r === void 0) {
        bad = true;
        return "";
      }
      const w = Number(width || 0);
      return r.length >= w ? r : flags.includes("-") ? r.padEnd(w) : r.padStart(w, flags.includes("0") && /[dioxX]/.test(conv) ? "0" : " ");
    }
  );
  if (fmt.slice(consumed).includes("%")) bad = true;
  return bad ? void 0 : cap(out);
}
function convert(conv, a) {
  if (conv === "c") {
    if (typeof a === "number" && Number.isInteger(a) && a >= 0 && a <= 1114111)
      return String.fromCodePoint(a);
    return typeof a === "string" && [...a].length === 1 ? a : void 0;
  }
  if ("diouxX".includes(conv)) {
    if (typeof a !== "number" && typeof a !== "boolean") return void 0;
    const n = Math.trunc(Number(a));
    return conv === "x" ? n.toString(16) : conv === "X" ? n.toString(16).toUpperCase() : conv === "o" ? n.toString(8) : String(n);
  }
  return conv === "r" || conv === "a" ? pyRepr(a) : pyStr(a);
}
function pyFormat(fmt, args) {
  if (/[{}]/.test(fmt.replace(/\{\d*\}/g, ""))) return void 0;
  let i = 0;
  let bad = false;
  const out = fmt.replace(/\{(\d*)\}/g, (_m, idx) => {
    const a = args[idx === "" ? i++ : Number(idx)];
    const s = a === void 0 ? void 0 : pyStr(a);
    if (s === void 0) bad = true;
    return s ?? "";
  });
  return bad ? void 0 : cap(out);
}
function decodeEscapes(s) {
  const NAMED = { "LOW LINE": "_", "FULL STOP": ".", "SPACING UNDERSCORE": "_" };
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[A-Z -]+\}|.)/g,
    (_m, e) => {
      if (e.length > 1 && "xuU".includes(e[0])) return safeCodePoint(Number.parseInt(e.slice(1), 16));
      if (/^[0-7]+$/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
      if (e.startsWith("N{")) return NAMED[e.slice(2, -1)] ?? e;
      return e;
    }
  );
}
function safeCodePoint(n) {
  return n >= 0 && n <= 1114111 ? String.fromCodePoint(n) : "";
}

// src/formats/chat-template/rules.ts
var rules_exports2 = {};
__export(rules_exports2, {
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
var tags = ["chat-template", "code-execution"];
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
  tags,
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
  tags,
  explain: `The template reads an attribute whose name starts with "_" (for example
self._TemplateReference__context). Jinja's sandbox forbids these because they reach the renderer's
internals; chat templates never need them. ${WHY}

${FIX}`
});
var TEMPLATE_GLOBAL_CALLABLE = defineRule({
  id: "template/global-callable-access",
  severity: "critical",
  title: "Chat template walks attributes of a Jinja global function",
  tags,
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
  tags,
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
  tags,
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
  tags,
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
  tags,
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
  tags,
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

// src/formats/chat-template/backdoor.ts
var TRIGGER_METHODS = /* @__PURE__ */ new Set([
  "startswith",
  "endswith",
  "find",
  "rfind",
  "count",
  "index",
  "split",
  "search",
  "match"
]);
var COMPARISONS = /* @__PURE__ */ new Set(["in", "==", "!=", "not in"]);
var SYSTEM_MARKER_RE = /<\|im_start\|>\s*system|<\|start_header_id\|>\s*system|<\|system\|>|<<SYS>>|\[SYSTEM_PROMPT\]|<start_of_turn>system|<\|begin_of_system\|>|\bsystem[ -](?:level )?(?:instruction|override|prompt)s?\b/i;
var CONCEALMENT_RE = /\b(?:do not|don't|never) (?:mention|disclose|reveal|tell|explain|acknowledge)\b|\b(?:hidden|secret) instructions?\b|\bwithout (?:mentioning|telling|revealing)\b/i;
var INJECTED_RE = /\bhttps?:\/\/[^\s'"<>]+|<\s*(?:script|iframe)\b[^>]*>|\b(?:pip3?|npm|pnpm|yarn|gem|cargo|go) (?:install|add|get)\b[^\n]{0,80}|\bcurl\b[^\n|]{0,120}\|\s*(?:ba|z)?sh\b|\bwget\b[^\n]{0,80}|\bignore (?:all |any )?(?:previous|prior|above) instructions\b|\byou must always follow these instructions\b/i;
function checkBackdoors(program, report2) {
  const facts = collectFacts(program);
  let reported = false;
  walk(program, (n) => {
    if (n.type === "If") reported = triggeredBranch(n.test, n.body, facts, report2) || reported;
    if (n.type === "Ternary")
      reported = triggeredBranch(
        n.condition,
        [
          { type: "Expr", value: n.trueExpr },
          { type: "Expr", value: n.falseExpr }
        ],
        facts,
        report2
      ) || reported;
  });
  if (reported) return;
  const m = INJECTED_RE.exec(emittedText(program.body, 0, facts));
  if (m) report2(TEMPLATE_INJECTED_CONTENT, `adds "${clip(m[0])}" to the prompt`, { text: clip(m[0]) });
}
function walk(root, visit2) {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    if (n instanceof Map) {
      for (const [k, v] of n) stack.push(k, v);
      continue;
    }
    if (typeof n.type === "string" && visit2(n) === false) continue;
    for (const k of Object.keys(n))
      if (k !== "operator" && n[k] && typeof n[k] === "object") stack.push(n[k]);
  }
}
function collectFacts(program) {
  const facts = {
    contentAliases: /* @__PURE__ */ new Set(),
    consts: /* @__PURE__ */ new Map(),
    setStrings: /* @__PURE__ */ new Map(),
    macros: /* @__PURE__ */ new Map()
  };
  walk(program, (n) => {
    if (n.type === "Macro" && n.name?.value) facts.macros.set(n.name.value, n.body ?? []);
    if (n.type !== "Set" || n.assignee?.type !== "Identifier" || !n.value) return;
    const name = n.assignee.value;
    if (readsContent(n.value, facts)) facts.contentAliases.add(name);
    if (n.value.type === "StringLiteral") facts.consts.set(name, n.value.value);
    const strings = collectStrings(n.value);
    if (strings)
      facts.setStrings.set(name, `${facts.setStrings.get(name) ?? ""} ${strings}`.slice(0, 2e4));
  });
  return facts;
}
function readsContent(node, facts) {
  let found = false;
  walk(node, (n) => {
    if (n.type === "Identifier" && facts.contentAliases.has(n.value)) found = true;
    if (n.type === "MemberExpression" && n.property?.value === "content" && (!n.computed || n.property.type === "StringLiteral"))
      found = true;
  });
  return found;
}
function triggerIn(test, facts) {
  let trigger;
  const literal = (n) => n?.type === "StringLiteral" && n.value.trim() ? n.value : n?.type === "Identifier" && facts.consts.get(n.value)?.trim() ? facts.consts.get(n.value) : void 0;
  walk(test, (n) => {
    if (trigger !== void 0) return;
    if (n.type === "BinaryExpression" && COMPARISONS.has(n.operator?.value)) {
      const [l, r] = [n.left, n.right];
      if (readsContent(r, facts)) trigger = literal(l);
      if (trigger === void 0 && readsContent(l, facts)) trigger = literal(r);
    } else if (n.type === "CallExpression" && TRIGGER_METHODS.has(n.callee?.property?.value)) {
      if (readsContent(n.callee.object, facts))
        trigger = (n.args ?? []).map(literal).find((x) => x !== void 0);
    }
  });
  return trigger;
}
function triggeredBranch(test, body, facts, report2) {
  if (!body) return false;
  const trigger = triggerIn(test, facts);
  if (trigger === void 0) return false;
  const text = emittedText(body, 0, facts);
  const marker = SYSTEM_MARKER_RE.exec(text) ?? CONCEALMENT_RE.exec(text) ?? INJECTED_RE.exec(text);
  if (!marker) return false;
  report2(
    TEMPLATE_HIDDEN_INSTRUCTIONS,
    `writes "${clip(marker[0])}" only when a message contains "${clip(trigger)}"`,
    {
      trigger: clip(trigger),
      text: clip(text.trim())
    }
  );
  return true;
}
function emittedText(list2, depth, facts, seen = /* @__PURE__ */ new Set()) {
  if (depth > 40) return "";
  let out = "";
  for (const s of list2 ?? []) {
    if (!s || typeof s !== "object") continue;
    if (s.type === "StringLiteral") out += s.value;
    else if (s.type === "If")
      out += emittedText(s.body, depth + 1, facts, seen) + emittedText(s.alternate, depth + 1, facts, seen);
    else if (s.type === "For") out += emittedText(s.body, depth + 1, facts, seen);
    else if (s.type !== "Set" && s.type !== "Macro" && s.type !== "Comment")
      out += expressionText(s, depth, facts, seen);
    if (out.length > 2e4) break;
  }
  return out;
}
function expressionText(s, depth, facts, seen) {
  let out = "";
  walk(s, (n) => {
    if (n.type === "StringLiteral") out += ` ${n.value}`;
    if (n.type === "Identifier" && facts.setStrings.has(n.value)) out += ` ${facts.setStrings.get(n.value)}`;
    if (n.type === "CallExpression" && n.callee?.type === "Identifier") {
      const name = n.callee.value;
      if (name === "raise_exception") return false;
      const body = facts.macros.get(name);
      if (body && !seen.has(name)) {
        seen.add(name);
        out += emittedText(body, depth + 1, facts, seen);
      }
    }
    return void 0;
  });
  return out;
}
function collectStrings(node) {
  let out = "";
  walk(node, (n) => {
    if (n.type === "StringLiteral" && out.length < 2e4) out += ` ${n.value}`;
  });
  return out;
}

// src/formats/chat-template/names.ts
var INTERNAL_ATTRS = /* @__PURE__ */ new Set([
  "func_code",
  "func_globals",
  "func_closure",
  "func_defaults",
  "func_dict",
  "im_class",
  "im_func",
  "im_self",
  "gi_frame",
  "gi_code",
  "gi_yieldfrom",
  "cr_frame",
  "cr_code",
  "cr_await",
  "ag_frame",
  "ag_code",
  "ag_await",
  "f_globals",
  "f_locals",
  "f_builtins",
  "f_back",
  "f_code",
  "tb_frame",
  "tb_next",
  "co_code",
  "mro"
]);
var CALLABLE_GLOBALS = /* @__PURE__ */ new Set([
  "cycler",
  "joiner",
  "namespace",
  "lipsum",
  "range",
  "dict",
  "self",
  "url_for",
  "get_flashed_messages",
  "config",
  "request",
  "session",
  "g",
  "raise_exception",
  "strftime_now"
]);
var CALLABLE_OK = /* @__PURE__ */ new Set([
  "lipsum",
  "namespace",
  "range",
  "dict",
  "raise_exception",
  "strftime_now",
  "cycler",
  "joiner"
]);
var PAYLOAD_GLOBALS = /* @__PURE__ */ new Set([
  "lipsum",
  "self",
  "config",
  "request",
  "session",
  "url_for",
  "get_flashed_messages",
  "application",
  "builtins",
  "os",
  "sys",
  "subprocess",
  "importlib",
  "eval",
  "exec",
  "getattr",
  "setattr"
]);
var DANGEROUS_METHODS = /* @__PURE__ */ new Set([
  "system",
  "popen",
  "popen2",
  "popen3",
  "spawn",
  "spawnl",
  "spawnv",
  "execl",
  "execv",
  "execve",
  "execvp",
  "eval",
  "exec",
  "compile",
  "import_module",
  "__import__",
  "getattr",
  "setattr",
  "delattr",
  "globals",
  "locals",
  "vars",
  "open",
  "read",
  "readlines",
  "write",
  "load",
  "loads",
  "check_output",
  "check_call",
  "getoutput",
  "getstatusoutput",
  "communicate",
  "run",
  "Popen",
  "from_pyfile",
  "from_object",
  "fork",
  "kill",
  "remove",
  "unlink",
  "rmtree"
]);
var OS_ATTRS = /* @__PURE__ */ new Set([
  "os",
  "popen",
  "system",
  "subprocess",
  "builtins",
  "import_module",
  "check_output",
  "getoutput",
  "Popen",
  "spawnv",
  "execv",
  "execve"
]);
var ATTRIBUTE_ARGS = /* @__PURE__ */ new Map([
  ["map", { kw: "attribute" }],
  ["selectattr", { kw: "attribute", pos: 0 }],
  ["rejectattr", { kw: "attribute", pos: 0 }],
  ["sort", { kw: "attribute", pos: 2 }],
  ["groupby", { kw: "attribute", pos: 0 }],
  ["sum", { kw: "attribute", pos: 0 }],
  ["unique", { kw: "attribute", pos: 1 }],
  ["min", { kw: "attribute", pos: 1 }],
  ["max", { kw: "attribute", pos: 1 }]
]);
var NUMERIC_FILTERS = /* @__PURE__ */ new Set(["length", "count", "int", "float", "abs", "round", "wordcount"]);
var DATA_PRESERVING = /* @__PURE__ */ new Set([
  "lower",
  "upper",
  "trim",
  "strip",
  "lstrip",
  "rstrip",
  "title",
  "capitalize",
  "string",
  "e",
  "escape",
  "safe",
  "first",
  "last",
  "list",
  "reverse",
  "sort",
  "unique",
  "items",
  "dictsort",
  "default",
  "d",
  "tojson",
  "split",
  "rsplit",
  "splitlines",
  "keys",
  "values",
  "get",
  "batch",
  "slice",
  "selectattr",
  "rejectattr",
  "select",
  "reject",
  "map",
  "groupby",
  "min",
  "max",
  "random"
]);
var LITERAL_NAMES = /* @__PURE__ */ new Map([
  ["true", true],
  ["True", true],
  ["false", false],
  ["False", false],
  ["none", null],
  ["None", null]
]);
var DUNDER_RE = /__[A-Za-z][A-Za-z0-9_]*?__/;
var isDunder = (s) => /^__[A-Za-z][A-Za-z0-9_]*__$/.test(s);

// src/formats/chat-template/fallback.ts
function fallbackScan(text, report2) {
  const blocks2 = text.match(/\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?(?:%\}|$)/g) ?? [];
  for (const block of blocks2.slice(0, 1e4)) {
    const strings = stringLiterals(block);
    for (const lit2 of strings) {
      const s = decodeEscapes(lit2.body);
      const d = DUNDER_RE.exec(s);
      if (d)
        report2(TEMPLATE_DUNDER_STRING, `string "${clip(s)}" names "${d[0]}" (seen without parsing)`, {
          string: clip(s),
          fallback: true
        });
    }
    const code = withoutStrings(block, strings);
    for (const m of code.matchAll(/(\.|\b)([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const name = m[2];
      if (isDunder(name) || m[1] === "." && INTERNAL_ATTRS.has(name)) {
        report2(TEMPLATE_DUNDER, `reads "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true
        });
      } else if (m[1] === "." && name.startsWith("_")) {
        report2(TEMPLATE_PRIVATE, `reads the private attribute "${name}" (seen without parsing)`, {
          attribute: name,
          fallback: true
        });
      } else if (m[1] !== "." && PAYLOAD_GLOBALS.has(name)) {
        report2(TEMPLATE_GADGET_GLOBAL, `refers to "${name}" (seen without parsing)`, {
          name,
          fallback: true
        });
      } else if (m[1] === "." && DANGEROUS_METHODS.has(name)) {
        report2(TEMPLATE_DANGEROUS_CALL, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true
        });
      } else if (m[1] === "." && (name === "format" || name === "format_map")) {
        report2(TEMPLATE_FORMAT_METHOD, `uses .${name} (seen without parsing)`, {
          method: name,
          fallback: true
        });
      }
    }
    if (/\|\s*attr\b/.test(code)) {
      report2(TEMPLATE_COMPUTED_ATTRIBUTE, "uses the |attr filter (seen without parsing)", { fallback: true });
    }
  }
}
function stringLiterals(block) {
  const out = [];
  let i = 0;
  while (i < block.length) {
    const q = block[i];
    if (q !== "'" && q !== '"') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < block.length && block[j] !== q) j += block[j] === "\\" ? 2 : 1;
    const end = Math.min(j, block.length);
    out.push({
      start: i,
      end: Math.min(end + 1, block.length),
      body: block.slice(i + 1, end),
      closed: end < block.length
    });
    i = end + 1;
  }
  return out;
}
function withoutStrings(block, strings) {
  let code = "";
  let at = 0;
  for (const lit2 of strings) {
    if (!lit2.closed) break;
    code += `${block.slice(at, lit2.start)}""`;
    at = lit2.end;
  }
  return code + block.slice(at);
}

// src/formats/chat-template/parse.ts
var TemplateSyntaxError = class extends BaseError {
  constructor(message) {
    super("TEMPLATE_SYNTAX", message);
    this.name = "TemplateSyntaxError";
  }
};
async function loadTemplateParser() {
  const jinja = await loadJinja();
  return { parse: (text) => parseWith(jinja, text) };
}
function parseWith(jinja, original) {
  const text = shortenWhitespace(original);
  try {
    return jinja.parse(jinja.tokenize(text));
  } catch (err) {
    const rewritten = text.replace(/(?<![\w)\]'"])\(\s*\)/g, "[]").replace(/\\([0-7]{1,3}|N\{[A-Z -]+\})/g, (m) => {
      const c = decodeEscapes(m);
      return /^[\w.\- ]$/.test(c) ? c : m;
    });
    if (rewritten !== text) {
      try {
        return jinja.parse(jinja.tokenize(rewritten));
      } catch {
      }
    }
    throw new TemplateSyntaxError(
      err instanceof RangeError ? "template nests too deep to parse" : describeParseFailure(text)
    );
  }
}
var MAX_WHITESPACE_RUN = 64;
function shortenWhitespace(text) {
  return text.replace(/\s{65,}/g, (run2) => run2.slice(0, MAX_WHITESPACE_RUN));
}
var UNSUPPORTED = /* @__PURE__ */ new Set([
  "with",
  "include",
  "import",
  "from",
  "extends",
  "block",
  "raw",
  "autoescape",
  "trans",
  "do"
]);
var BLOCKS = /* @__PURE__ */ new Set(["if", "for", "macro", "call", "filter", "set", "generation", ...UNSUPPORTED]);
var MIDDLE = /* @__PURE__ */ new Set(["elif", "else"]);
function describeParseFailure(text) {
  const open = [];
  const lineAt = lineCounter(text);
  for (const m of text.matchAll(/\{%[-+]?\s*([A-Za-z_]\w*)([^%]*?)[-+]?%\}/g)) {
    const tag = m[1];
    const line2 = lineAt(m.index);
    if (UNSUPPORTED.has(tag))
      return `uses {% ${tag} %} (line ${line2}), which the chat-template parser does not read`;
    if (tag === "set" && /=/.test(m[2])) continue;
    if (BLOCKS.has(tag)) open.push({ tag, line: line2 });
    else if (tag.startsWith("end")) {
      const top = open.pop();
      if (!top) return `{% ${tag} %} at line ${line2} closes no block`;
      if (top.tag !== tag.slice(3))
        return `{% ${tag} %} at line ${line2} closes {% ${top.tag} %} opened at line ${top.line}`;
    } else if (MIDDLE.has(tag) && open.at(-1)?.tag !== "if" && open.at(-1)?.tag !== "for") {
      return `{% ${tag} %} at line ${line2} is outside an if or for block`;
    }
  }
  const unclosed = open.pop();
  if (unclosed) return `{% ${unclosed.tag} %} opened at line ${unclosed.line} is never closed`;
  const last = text.lastIndexOf("}}");
  const braces = text.indexOf("{{", last < 0 ? 0 : Math.max(0, last - 1));
  if (braces >= 0 && (last < 0 || braces + 2 > last)) return `{{ at line ${lineAt(braces)} is never closed`;
  return "template is not Jinja syntax the chat-template parser reads";
}
function lineCounter(text) {
  let at = 0;
  let line2 = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line2 = 1;
    }
    for (let i = text.indexOf("\n", at); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line2++;
    at = offset;
    return line2;
  };
}

// src/formats/chat-template/run.ts
var MAX_STEPS = 4e5;
var MAX_DEPTH = 400;
var MAX_MACRO_RUNS = 400;
var MAX_UNROLL = 64;
var TooComplex = class extends BaseError {
  why;
  constructor(why) {
    super("TEMPLATE_TOO_COMPLEX", why);
    this.name = "TooComplex";
    this.why = why;
  }
};
function newRun(report2) {
  return {
    report: report2,
    steps: MAX_STEPS,
    depth: 0,
    nextNamespace: 0,
    macroMemo: /* @__PURE__ */ new Map(),
    macroStack: /* @__PURE__ */ new Set(),
    macroRuns: 0
  };
}
function tick(run2) {
  if (--run2.steps < 0) throw new TooComplex(`template needs more than ${MAX_STEPS} analysis steps`);
}

// src/formats/chat-template/access.ts
function checkName(report2, name, how, opts = {}) {
  for (const part of opts.dotted ? name.split(".") : [name]) {
    if (isDunder(part) || INTERNAL_ATTRS.has(part)) {
      report2(TEMPLATE_DUNDER, `reads the attribute "${clip(part)}"${how}`, { attribute: part });
    } else if (part.startsWith("_")) {
      report2(TEMPLATE_PRIVATE, `reads the private attribute "${clip(part)}"${how}`, { attribute: part });
    } else if (opts.viaAttr && OS_ATTRS.has(part)) {
      report2(TEMPLATE_DANGEROUS_CALL, `reads the attribute "${part}"${how}`, { attribute: part });
    }
  }
}
function checkKnownNames(report2, key, how, opts) {
  for (const k of key.known) {
    if (typeof k === "string") checkName(report2, k, how, opts);
  }
}
function checkSubscript(report2, obj, key, literal) {
  const how = literal ? " by item access" : " by item access (name built at render time)";
  checkKnownNames(report2, key, how, {});
  if (key.open === void 0 || key.open === "number") return;
  if (key.open === "computed") {
    report2(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      "looks up an attribute by item access whose name is computed at render time",
      {}
    );
  } else if (obj.dyn) {
    report2(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      "walks attributes whose names come from render-time data, one after another",
      {}
    );
  } else if (obj.obj) {
    report2(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      `looks up an attribute of ${describeObj(obj.obj)} by a name from render-time data`,
      {}
    );
  }
}
function checkAttributeArgument(report2, name, filter) {
  const how = ` through |${filter}`;
  checkKnownNames(report2, name, how, { dotted: filter !== "attr", viaAttr: filter === "attr" });
  if (name.open !== void 0 && name.open !== "number") {
    report2(TEMPLATE_COMPUTED_ATTRIBUTE, `passes an attribute name decided at render time to |${filter}`, {});
  }
}
function checkFilterName(report2, name, filter) {
  if (name.open !== void 0 && name.open !== "number") {
    report2(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      `applies a filter or test named at render time through |${filter}`,
      {}
    );
  }
}
function checkCall(report2, callee) {
  const via = callee.via;
  if (via === "format" || via === "format_map") {
    report2(TEMPLATE_FORMAT_METHOD, `calls the string method .${via}()`, { method: via });
  } else if (via && DANGEROUS_METHODS.has(via)) {
    report2(TEMPLATE_DANGEROUS_CALL, `calls .${via}()`, { method: via });
  }
  if (callee.dyn) {
    report2(TEMPLATE_COMPUTED_ATTRIBUTE, "calls a method whose name comes from render-time data", {});
  }
}
function describeObj(obj) {
  return obj.startsWith("global:") ? `the global "${obj.slice(7)}"` : `a renderer object (${obj})`;
}

// src/formats/chat-template/value.ts
var Scope = class _Scope {
  vars = /* @__PURE__ */ new Map();
  parent;
  /** Names read anywhere in this scope tree while a loop body is checked for loop-carried values. */
  reads;
  constructor(parent) {
    this.parent = parent;
    this.reads = parent?.reads ?? {};
  }
  get(name) {
    this.reads.names?.add(name);
    for (let s = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v) return v;
    }
    return void 0;
  }
  set(name, v) {
    this.vars.set(name, v);
  }
  child() {
    return new _Scope(this);
  }
  /** What this layer itself wrote. */
  writes() {
    return this.vars;
  }
  /** The visible variables whose names start with `prefix`, nearest layer first (not logged as reads). */
  visible(prefix) {
    const out = /* @__PURE__ */ new Map();
    for (let s = this; s; s = s.parent) {
      for (const [k, v] of s.vars) if (k.startsWith(prefix) && !out.has(k)) out.set(k, v);
    }
    return out;
  }
};
var MAX_KNOWN = 64;
var RANK = { number: 0, input: 1, computed: 2 };
var constant = (v) => ({ known: [v] });
var NUMBER = { known: [], open: "number" };
var INPUT = { known: [], open: "input", item: { known: [], open: "input" } };
var COMPUTED = { known: [], open: "computed" };
function maxOpen(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return RANK[a] >= RANK[b] ? a : b;
}
function join6(a, b) {
  if (a === b) return a;
  const known = mergeKnown(a.known, b.known);
  const overflow = known.length > MAX_KNOWN;
  const out = {
    known: overflow ? keepSuspicious(known) : known,
    open: overflow ? "computed" : maxOpen(a.open, b.open)
  };
  if (a.dyn || b.dyn) out.dyn = true;
  const obj = a.obj ?? b.obj;
  if (obj) out.obj = obj;
  if (a.globalFn || b.globalFn) out.globalFn = true;
  if (a.ns !== void 0 && a.ns === b.ns) out.ns = a.ns;
  if (a.macro && a.macro === b.macro) out.macro = a.macro;
  if (a.caller && a.caller === b.caller) out.caller = a.caller;
  if (a.item || b.item) out.item = a.item && b.item ? join6(a.item, b.item) : a.item ?? b.item;
  if (a.via && a.via === b.via) out.via = a.via;
  return out;
}
var joinAll = (vals) => vals.length ? vals.reduce(join6) : constant(null);
function single(v) {
  return v.open === void 0 && v.known.length === 1 ? v.known[0] : void 0;
}
function sameVal(a, b) {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.open === b.open && !!a.dyn === !!b.dyn && a.obj === b.obj && a.ns === b.ns && a.known.length === b.known.length && a.known.every((x, i) => keyOf(x) === keyOf(b.known[i]));
}
function mergeKnown(a, b) {
  if (!b.length) return [...a];
  if (!a.length) return [...b];
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const x of b) {
    const k = keyOf(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}
function keepSuspicious(known) {
  const risky = known.filter((x) => typeof x === "string" && x.startsWith("_"));
  const rest = known.filter((x) => !(typeof x === "string" && x.startsWith("_")));
  return [...risky, ...rest].slice(0, MAX_KNOWN);
}
function keyOf(v) {
  if (v === OPAQUE) return "\0opaque";
  if (v instanceof FoldedDict) return `d${JSON.stringify(v.entries.map(([k, x]) => [keyOf(k), keyOf(x)]))}`;
  if (Array.isArray(v)) return `l${JSON.stringify(v.map(keyOf))}`;
  return `${typeof v}:${String(v)}`;
}
function mergeLayers(into, a, b, skip) {
  const names = /* @__PURE__ */ new Set([...a.writes().keys(), ...b.writes().keys()]);
  for (const name of names) {
    if (skip?.has(name)) continue;
    const x = a.get(name);
    const y = b.get(name);
    into.set(name, x && y ? join6(x, y) : x ?? y);
  }
}

// src/formats/chat-template/filters.ts
function evalArgs(run2, nodes, scope, filter) {
  const args = { pos: [], kw: /* @__PURE__ */ new Map() };
  const spec = filter === void 0 ? void 0 : ATTRIBUTE_ARGS.get(filter);
  const first = nodes[0]?.type === "StringLiteral" ? nodes[0].value : void 0;
  for (const n of nodes) {
    if (n?.type === "SpreadExpression" || n?.type === "KeywordSpreadExpression") {
      spread(run2, n, scope, args);
    } else if (n?.type === "KeywordArgumentExpression") {
      const key = n.key?.value ?? "";
      args.kw.set(key, evalExpr(run2, n.value, scope, { inName: !!spec && key === spec.kw }));
    } else {
      const i = args.pos.length;
      const inName = filter === "attr" && i === 0 || spec?.pos === i || filter === "map" && first === "attr" && i === 1;
      args.pos.push(evalExpr(run2, n, scope, { inName }));
    }
  }
  return args;
}
function applyFilter(run2, name, operand, args) {
  checkFilterArguments(run2, name, args);
  if (name === "attr") {
    const attr = single(args.pos[0] ?? COMPUTED);
    const out = { known: [], open: operand.open === "input" ? "input" : "computed" };
    if (typeof attr === "string") out.via = attr;
    else out.dyn = true;
    if (operand.obj) out.obj = operand.obj;
    return out;
  }
  return filterResult(name, operand, args);
}
function spread(run2, n, scope, args) {
  const v = single(evalExpr(run2, n.argument, scope));
  if (n.type === "SpreadExpression" && Array.isArray(v)) {
    for (const x of v) args.pos.push(x === OPAQUE ? COMPUTED : constant(x));
  } else if (n.type === "KeywordSpreadExpression" && v instanceof FoldedDict) {
    for (const [k, x] of v.entries) {
      if (typeof k === "string") args.kw.set(k, x === OPAQUE ? COMPUTED : constant(x));
      else args.opaque = true;
    }
  } else {
    args.opaque = true;
  }
}
function checkFilterArguments(run2, name, args) {
  if (name === "attr") {
    if (args.pos[0]) checkAttributeArgument(run2.report, args.pos[0], "attr");
    return;
  }
  const spec = ATTRIBUTE_ARGS.get(name);
  const kw = args.kw.get("attribute");
  if (spec && kw) checkAttributeArgument(run2.report, kw, name);
  if (spec?.pos !== void 0 && args.pos[spec.pos]) {
    checkAttributeArgument(run2.report, args.pos[spec.pos], name);
  }
  if ((name === "map" || name === "select" || name === "reject") && args.pos[0] && !kw) {
    checkFilterName(run2.report, args.pos[0], name);
    if (name === "map" && single(args.pos[0]) === "attr" && args.pos[1])
      checkAttributeArgument(run2.report, args.pos[1], "map");
  }
  if ((name === "selectattr" || name === "rejectattr") && args.pos[1])
    checkFilterName(run2.report, args.pos[1], name);
}
function filterResult(name, operand, args) {
  const folded = foldAll(operand, (v) => foldFilter(name, v, args.pos.map(single)), args);
  if (folded) return folded;
  if (NUMERIC_FILTERS.has(name)) return NUMBER;
  if (name === "default" || name === "d") return join6(operand, args.pos[0] ?? constant(""));
  const item = itemOf(operand);
  const data = operand.open === "input" || operand.open === "number";
  if (data && DATA_PRESERVING.has(name) && args.pos.every((a) => a.open === void 0)) {
    if (name === "first" || name === "last" || name === "random") return keepTaint(operand, item ?? INPUT);
    const out = { known: [], open: operand.open === "number" ? "number" : "input" };
    if (item) out.item = item;
    return keepTaint(operand, out);
  }
  return keepTaint(operand, item ? { ...COMPUTED, item } : COMPUTED);
}
function keepTaint(from, v) {
  if (!from.dyn && !from.obj) return v;
  const out = { ...v };
  if (from.dyn) out.dyn = true;
  if (from.obj) out.obj = from.obj;
  return out;
}
function methodResult(obj, method, args) {
  const folded = foldAll(obj, (v) => foldMethod(v, method, args.pos.map(single)), args);
  if (folded) return folded;
  if (method === "startswith" || method === "endswith" || method === "find" || method === "count" || method === "index" || method === "isdigit")
    return NUMBER;
  if (method === "get")
    return keepTaint(obj, join6(obj.open === "input" ? INPUT : COMPUTED, args.pos[1] ?? constant(null)));
  if (obj.open === "input" && DATA_PRESERVING.has(method) && args.pos.every((a) => a.open === void 0)) {
    return keepTaint(obj, { known: [], open: "input", item: INPUT });
  }
  const item = itemOf(obj);
  return keepTaint(obj, item && method !== "join" ? { ...COMPUTED, item } : COMPUTED);
}
function foldAll(v, f, args) {
  if (v.open !== void 0 || !v.known.length || args.pos.some((a) => single(a) === void 0))
    return void 0;
  if (args.kw.size || args.opaque) return void 0;
  const out = [];
  for (const x of v.known) {
    const r = f(x);
    if (r === void 0) return void 0;
    out.push(constant(r));
  }
  return joinAll(out);
}
function itemOf(v) {
  const parts = [];
  for (const k of v.known) {
    const items = iterate(k);
    if (items) parts.push(items.length ? joinAll(items.map(constant)) : constant(null));
  }
  if (v.item) parts.push(v.item);
  else if (v.open === "input") parts.push(INPUT);
  else if (v.open === "computed") parts.push(v.obj ? { ...COMPUTED, obj: v.obj } : COMPUTED);
  return parts.length ? joinAll(parts) : void 0;
}

// src/formats/chat-template/calls.ts
function evalCall(run2, node, scope, ctx) {
  const callee = node.callee;
  const args = evalArgs(run2, node.args ?? [], scope);
  if (callee?.type === "Identifier") return callName(run2, callee.value, args, scope, ctx);
  if (callee?.type === "MemberExpression") return callMethod(run2, callee, args, scope, ctx);
  const fn = evalExpr(run2, callee, scope, ctx);
  checkCall(run2.report, fn);
  return callValue(run2, fn, args, scope);
}
function callName(run2, name, args, scope, ctx) {
  const fn = scope.get(name) ?? identifier(run2, name, scope, "callee");
  if (fn.macro || fn.caller) return callValue(run2, fn, args, scope);
  if (!fn.globalFn) return callValue(run2, fn, args, scope);
  switch (name) {
    case "namespace":
      return newNamespace(run2, args, scope);
    case "dict":
      return { ...builtString(run2, dictCall(run2, args), ctx), obj: "dict" };
    case "lipsum":
      return { ...COMPUTED, obj: "lipsum" };
    case "range":
      return { known: [], open: "number", obj: "range", item: NUMBER };
    case "cycler":
    case "joiner":
      return { known: [], open: "computed", obj: name, item: joinArgs(args) };
    default:
      return COMPUTED;
  }
}
function callMethod(run2, callee, args, scope, ctx) {
  const obj = objectOf(run2, callee.object, scope, ctx);
  if (obj.globalFn) {
    const g = obj.obj.slice(7);
    run2.report(TEMPLATE_GLOBAL_CALLABLE, `reads attributes of the global "${g}"`, { global: g });
  }
  let method;
  if (!callee.computed && callee.property?.type === "Identifier") {
    method = String(callee.property.value ?? "");
    checkName(run2.report, method, "");
  } else if (callee.property?.type !== "SliceExpression") {
    const key = evalExpr(run2, callee.property, scope, { inName: true });
    const literal = callee.property?.type === "StringLiteral";
    checkSubscript(run2.report, obj, key, literal);
    const k = single(key);
    if (typeof k === "string") method = k;
    else if (key.open !== void 0 && key.open !== "number") {
      checkCall(run2.report, { ...COMPUTED, dyn: true });
      return COMPUTED;
    }
  }
  if (method === void 0) return COMPUTED;
  const fn = readAttr(obj, method, scope);
  checkCall(run2.report, fn);
  if (obj.obj === "loop" && method === "cycle") return joinArgs(args);
  if (fn.macro || fn.caller) return callValue(run2, fn, args, scope);
  return builtString(run2, methodResult(obj, method, args), ctx);
}
function callValue(run2, fn, args, scope) {
  if (fn.macro) return callMacro(run2, fn.macro, args, scope);
  if (fn.caller) return callCaller(run2, fn.caller, args);
  checkCall(run2.report, fn);
  return callResult(fn);
}
function newNamespace(run2, args, scope) {
  const id = run2.nextNamespace++;
  for (const [k, v] of args.kw) {
    dunderString(run2, k, `namespace() keyword "${k}"`);
    scope.set(`#${id}.${k}`, v);
  }
  const first = single(args.pos[0] ?? constant(null));
  if (first instanceof FoldedDict) {
    for (const [k, v] of first.entries)
      if (typeof k === "string" && v !== OPAQUE) scope.set(`#${id}.${k}`, constant(v));
  }
  return { known: [], open: "computed", obj: "namespace", ns: id };
}
function dictCall(run2, args) {
  if (args.opaque) return COMPUTED;
  const entries = [];
  for (const [k, v] of args.kw) entries.push([k, single(v) ?? OPAQUE]);
  for (const k of args.kw.keys()) dunderString(run2, k, `dict() keyword "${k}"`);
  const base = single(args.pos[0] ?? constant(null));
  if (args.pos.length && !(base instanceof FoldedDict)) return COMPUTED;
  return constant(new FoldedDict([...base instanceof FoldedDict ? base.entries : [], ...entries]));
}
function joinArgs(args) {
  return joinAll([...args.pos, ...args.kw.values()]);
}

// src/formats/chat-template/expressions.ts
function evalExpr(run2, node, scope, ctx = {}) {
  if (!node || typeof node !== "object") return COMPUTED;
  tick(run2);
  if (++run2.depth > MAX_DEPTH) throw new TooComplex(`template nests deeper than ${MAX_DEPTH} levels`);
  try {
    return evalNode(run2, node, scope, ctx);
  } finally {
    run2.depth--;
  }
}
function evalNode(run2, node, scope, ctx) {
  switch (node.type) {
    case "StringLiteral":
      if (!ctx.inName) dunderString(run2, node.value, `string "${clip(node.value)}"`);
      return constant(node.value);
    case "IntegerLiteral":
    case "FloatLiteral":
      return constant(node.value);
    case "Identifier":
      return identifier(run2, node.value, scope, "value");
    case "ArrayLiteral":
    case "TupleLiteral":
      return list(run2, node.value ?? [], scope, ctx);
    case "ObjectLiteral":
      return dict(run2, node.value, scope, ctx);
    case "MemberExpression":
      return member(run2, node, scope, ctx);
    case "CallExpression":
      return evalCall(run2, node, scope, ctx);
    case "FilterExpression": {
      const operand = evalExpr(run2, node.operand, scope, ctx);
      return filterOf(run2, node.filter, operand, scope, ctx);
    }
    case "TestExpression":
      if (node.operand?.type !== "Identifier") evalExpr(run2, node.operand, scope, ctx);
      return NUMBER;
    case "UnaryExpression":
      return unary(run2, node, scope, ctx);
    case "BinaryExpression":
      return binary(run2, node, scope, ctx);
    case "Ternary":
      evalExpr(run2, node.condition, scope);
      return join6(evalExpr(run2, node.trueExpr, scope, ctx), evalExpr(run2, node.falseExpr, scope, ctx));
    case "SelectExpression":
      evalExpr(run2, node.test, scope);
      return join6(evalExpr(run2, node.lhs, scope, ctx), constant(null));
    case "KeywordArgumentExpression":
      return evalExpr(run2, node.value, scope, ctx);
    case "SpreadExpression":
    case "KeywordSpreadExpression":
      evalExpr(run2, node.argument, scope, ctx);
      return COMPUTED;
    case "SliceExpression":
      for (const k of ["start", "stop", "step"]) if (node[k]) evalExpr(run2, node[k], scope);
      return COMPUTED;
    default:
      return COMPUTED;
  }
}
function dunderString(run2, s, what) {
  const m = DUNDER_RE.exec(s);
  if (m) run2.report(TEMPLATE_DUNDER_STRING, `${what} names "${m[0]}"`, { string: clip(s) });
}
function builtString(run2, v, ctx) {
  if (ctx.inName) return v;
  for (const k of v.known)
    if (typeof k === "string") dunderString(run2, k, `builds the string "${clip(k)}" that`);
  return v;
}
function identifier(run2, name, scope, use) {
  const local = scope.get(name);
  if (local) return local;
  const literal = LITERAL_NAMES.get(name);
  if (literal !== void 0) return constant(literal);
  if (isDunder(name)) run2.report(TEMPLATE_DUNDER, `refers to the Python internal "${name}"`, { name });
  const isGlobal = CALLABLE_GLOBALS.has(name);
  const callOk = use === "callee" && CALLABLE_OK.has(name);
  const payload = PAYLOAD_GLOBALS.has(name) && !(isGlobal && use === "object");
  if (!callOk && (payload || isGlobal && use !== "object")) {
    run2.report(
      TEMPLATE_GADGET_GLOBAL,
      use === "callee" ? `calls the global "${name}"` : `refers to the global "${name}" as a value`,
      { name }
    );
  }
  if (isGlobal || PAYLOAD_GLOBALS.has(name))
    return { known: [], open: "computed", obj: `global:${name}`, globalFn: true };
  return INPUT;
}
function list(run2, items, scope, ctx) {
  const vals = items.map((n) => evalExpr(run2, n, scope, ctx));
  const folded = vals.map(single);
  if (folded.every((x) => x !== void 0)) return constant(folded);
  return { known: [], open: "computed", item: vals.length ? vals.reduce(join6) : constant(null) };
}
function dict(run2, map, scope, ctx) {
  const entries = [];
  let keysKnown = true;
  const keys = [];
  for (const [k, v] of map ?? []) {
    const key = evalExpr(run2, k, scope, ctx);
    keys.push(key);
    const value = single(evalExpr(run2, v, scope, ctx));
    const fk = single(key);
    if (fk === void 0) keysKnown = false;
    else entries.push([fk, value ?? OPAQUE]);
  }
  if (keysKnown) return constant(new FoldedDict(entries));
  return { known: [], open: "computed", item: keys.length ? keys.reduce(join6) : constant(null) };
}
function member(run2, node, scope, ctx) {
  const obj = objectOf(run2, node.object, scope, ctx);
  if (obj.globalFn) {
    run2.report(TEMPLATE_GLOBAL_CALLABLE, `reads attributes of the global "${obj.obj.slice(7)}"`, {
      global: obj.obj.slice(7)
    });
  }
  if (!node.computed && node.property?.type === "Identifier") {
    const name = node.property.value ?? "";
    checkName(run2.report, name, "");
    return readAttr(obj, name, scope);
  }
  const p = node.property;
  if (p?.type === "SliceExpression") return slice(run2, obj, p, scope);
  const key = evalExpr(run2, p, scope, { inName: true });
  checkSubscript(run2.report, obj, key, p?.type === "StringLiteral" || p?.type === "IntegerLiteral");
  return readItem(obj, key, scope);
}
function objectOf(run2, node, scope, ctx) {
  if (node?.type === "Identifier") return identifier(run2, node.value, scope, "object");
  return evalExpr(run2, node, scope, ctx);
}
function readAttr(obj, name, scope) {
  if (obj.ns !== void 0) {
    const v = scope.get(`#${obj.ns}.${name}`);
    if (v) return { ...v, via: name };
  }
  if (obj.obj === "loop") {
    if (/^(index0?|revindex0?|length|depth0?|first|last)$/.test(name)) return NUMBER;
    if (name === "previtem" || name === "nextitem") return obj.item ?? INPUT;
  }
  const folded = single(obj);
  if (folded instanceof FoldedDict) {
    const v = foldItem(folded, name);
    if (v !== void 0) return { ...constant(v), via: name };
  }
  const out = { known: [], open: obj.open === "input" && !obj.obj ? "input" : "computed", via: name };
  if (obj.obj) out.obj = obj.obj;
  if (obj.dyn) out.dyn = true;
  if (obj.open === "input") out.item = INPUT;
  return out;
}
function readItem(obj, key, scope) {
  const k = single(key);
  const o = single(obj);
  if (o !== void 0 && key.open === void 0 && key.known.length) {
    const values = key.known.map((x) => foldItem(o, x));
    if (values.every((v) => v !== void 0)) return joinAll(values.map((v) => constant(v)));
  }
  if (typeof k === "string") return readAttr(obj, k, scope);
  const dataKey = key.open === "input" || key.open === "computed";
  const out = obj.open === "input" && !obj.obj ? { ...INPUT } : { known: [], open: "computed" };
  if (obj.item && !dataKey) return obj.item;
  if (dataKey || obj.dyn) out.dyn = true;
  if (obj.obj) out.obj = obj.obj;
  return out;
}
function slice(run2, obj, p, scope) {
  const part = (n) => n ? single(evalExpr(run2, n, scope)) : void 0;
  const [a, b, c] = [part(p.start), part(p.stop), part(p.step)];
  const o = single(obj);
  const nums = [a, b, c].every((x) => x === void 0 || typeof x === "number");
  if ((typeof o === "string" || Array.isArray(o)) && nums) {
    const items = typeof o === "string" ? [...o] : o;
    const r = pySlice(items, a, b, c);
    if (r) return constant(typeof o === "string" ? r.join("") : r);
  }
  const out = { known: [], open: obj.open === "input" ? "input" : "computed" };
  if (obj.item) out.item = obj.item;
  if (obj.obj) out.obj = obj.obj;
  return out;
}
function filterOf(run2, filter, operand, scope, ctx) {
  if (filter?.type === "CallExpression" && filter.callee?.type === "CallExpression") {
    const applied = filterOf(run2, filter.callee, operand, scope, ctx);
    evalArgs(run2, filter.args ?? [], scope);
    checkCall(run2.report, applied);
    return callResult(applied);
  }
  const name = filter?.type === "Identifier" ? filter.value : filter?.callee?.value ?? "";
  const args = evalArgs(run2, filter?.type === "CallExpression" ? filter.args ?? [] : [], scope, name);
  return builtString(run2, applyFilter(run2, name, operand, args), ctx);
}
function callResult(callee) {
  const out = { known: [], open: "computed" };
  if (callee.obj) out.obj = callee.obj;
  return out;
}
function unary(run2, node, scope, ctx) {
  const v = evalExpr(run2, node.argument, scope, ctx);
  const op2 = node.operator?.value;
  if (op2 === "-" || op2 === "+") {
    const n = single(v);
    return typeof n === "number" ? constant(op2 === "-" ? -n : n) : NUMBER;
  }
  return NUMBER;
}
function binary(run2, node, scope, ctx) {
  const op2 = node.operator?.value;
  const l = evalExpr(run2, node.left, scope, ctx);
  const r = evalExpr(run2, node.right, scope, ctx);
  if (op2 === "and" || op2 === "or") return join6(l, r);
  if (["==", "!=", "<", ">", "<=", ">=", "in", "not in", "is", "is not"].includes(op2)) return NUMBER;
  const arithmetic = op2 === "-" || op2 === "/" || op2 === "//" || op2 === "**";
  const folded = crossFold(l, r, (a, b) => foldBinary(op2, a, b));
  if (folded) return builtString(run2, folded, ctx);
  const numeric = (v) => v.open === "number" || v.open === void 0 && v.known.every((x) => typeof x === "number" || typeof x === "boolean");
  if (arithmetic || op2 === "+" && (numeric(l) || numeric(r)) || numeric(l) && numeric(r) && op2 !== "~")
    return NUMBER;
  if (op2 === "*" && (numeric(l) || numeric(r)) && (l.open === "input" || r.open === "input"))
    return { known: [], open: "input" };
  const out = { known: [], open: "computed" };
  if (op2 === "+" && (l.item || r.item))
    out.item = l.item && r.item ? join6(l.item, r.item) : l.item ?? r.item;
  return out;
}
function crossFold(l, r, f) {
  if (l.open !== void 0 || r.open !== void 0 || l.known.length * r.known.length > 64) return void 0;
  let out;
  for (const a of l.known) {
    for (const b of r.known) {
      const v = f(a, b);
      if (v === void 0) return void 0;
      out = out ? join6(out, constant(v)) : constant(v);
    }
  }
  return out;
}
function foldBinary(op2, l, r) {
  if (op2 === "~") {
    const a = pyStr(l);
    const b = pyStr(r);
    return a === void 0 || b === void 0 ? void 0 : (a + b).length <= 4096 ? a + b : void 0;
  }
  if (typeof l === "number" && typeof r === "number") {
    if (op2 === "+") return l + r;
    if (op2 === "-") return l - r;
    if (op2 === "*") return l * r;
    if (op2 === "//" && r !== 0) return Math.floor(l / r);
    if (op2 === "%" && r !== 0) return (l % r + r) % r;
    if (op2 === "/" && r !== 0) return l / r;
    return void 0;
  }
  if (op2 === "+" && typeof l === "string" && typeof r === "string")
    return l.length + r.length <= 4096 ? l + r : void 0;
  if (op2 === "+" && Array.isArray(l) && Array.isArray(r)) return [...l, ...r];
  if (op2 === "*") {
    const [s, k] = typeof l === "string" ? [l, r] : [r, l];
    if (typeof s === "string" && typeof k === "number" && k >= 0 && s.length * k <= 4096)
      return s.repeat(Math.floor(k));
    return void 0;
  }
  if (op2 === "%" && typeof l === "string") return printf(l, Array.isArray(r) ? r : [r]);
  return void 0;
}

// src/formats/chat-template/statements.ts
function execBody(run2, list2, scope) {
  let out = constant("");
  for (const s of list2 ?? []) out = concat(out, execStatement(run2, s, scope));
  return out;
}
function execStatement(run2, s, scope) {
  tick(run2);
  switch (s?.type) {
    case "StringLiteral":
      return constant(s.value);
    // template text
    case "Comment":
    case "Break":
    case "Continue":
      return constant("");
    case "Set":
      execSet(run2, s, scope);
      return constant("");
    case "If":
      return execIf(run2, s, scope);
    case "For":
      return execFor(run2, s, scope);
    case "Macro":
      defineMacro(run2, s, scope);
      return constant("");
    case "CallStatement":
      return execCallBlock(run2, s, scope);
    case "FilterStatement": {
      const body = execBody(run2, s.body, scope);
      const f = s.filter;
      const name = f?.type === "Identifier" ? f.value : f?.callee?.value ?? "";
      return applyFilter(
        run2,
        name,
        body,
        evalArgs(run2, f?.type === "CallExpression" ? f.args ?? [] : [], scope)
      );
    }
    default:
      return stringOf(evalExpr(run2, s, scope));
  }
}
function stringOf(v) {
  const parts = v.known.map(pyStr);
  if (v.open === void 0 && parts.every((p) => p !== void 0)) return { known: parts };
  return COMPUTED;
}
function concat(a, b) {
  if (a.open !== void 0 || b.open !== void 0 || a.known.length * b.known.length > 16) return COMPUTED;
  const known = [];
  for (const x of a.known) for (const y of b.known) known.push(`${String(x)}${String(y)}`);
  return known.every((k) => k.length <= 4096) ? { known } : COMPUTED;
}
function execSet(run2, s, scope) {
  const value = s.value ? evalExpr(run2, s.value, scope) : blockSet(run2, s, scope);
  assign(run2, s.assignee, value, scope);
}
function blockSet(run2, s, scope) {
  const v = execBody(run2, s.body, scope);
  for (const k of v.known) {
    if (typeof k === "string")
      dunderString(run2, k, `block set "${clip(s.assignee?.value ?? "")}" holds "${clip(k)}" that`);
  }
  return v;
}
function assign(run2, target, value, scope) {
  if (target?.type === "Identifier") {
    scope.set(target.value, value);
  } else if (target?.type === "TupleLiteral" || target?.type === "ArrayLiteral") {
    const parts = target.value ?? [];
    const tuple2 = single(value);
    parts.forEach((t, i) => {
      const v = Array.isArray(tuple2) && tuple2[i] !== void 0 ? constant(tuple2[i]) : itemOf(value) ?? INPUT;
      assign(run2, t, v, scope);
    });
  } else if (target?.type === "MemberExpression" && !target.computed) {
    const obj = objectOf(run2, target.object, scope, {});
    const name = target.property?.value ?? "";
    checkName(run2.report, name, " (assigned)");
    if (obj.ns !== void 0) scope.set(`#${obj.ns}.${name}`, value);
  } else {
    evalExpr(run2, target, scope);
  }
}
function execIf(run2, s, scope) {
  evalExpr(run2, s.test, scope);
  const a = scope.child();
  const b = scope.child();
  const outA = execBody(run2, s.body, a);
  const outB = execBody(run2, s.alternate, b);
  mergeLayers(scope, a, b);
  return join6(outA, outB);
}
var LOOP_ONLY = /* @__PURE__ */ new Set(["loop"]);
function execFor(run2, s, scope) {
  const iterable = evalExpr(run2, s.iterable, scope);
  const item = itemOf(iterable) ?? COMPUTED;
  const loopObj = (it) => ({ known: [], open: "computed", obj: "loop", item: it });
  const whole = single(iterable);
  const items = whole !== void 0 ? iterate(whole) : iterable.open === void 0 && item.open === void 0 ? item.known : void 0;
  const body = scope.child();
  let out = constant("");
  const otherwise = scope.child();
  if (items && items.length <= MAX_UNROLL) {
    for (const x of items) {
      body.set("loop", loopObj(constant(x)));
      assign(run2, s.loopvar, constant(x), body);
      out = concat(out, execBody(run2, s.body, body));
    }
    if (!items.length) out = execBody(run2, s.defaultBlock, otherwise);
  } else {
    const each = loopToFixpoint(run2, s, body, item, loopObj(item));
    const empty2 = execBody(run2, s.defaultBlock, otherwise);
    out = each.open === void 0 && each.known.every((k) => k === "") ? empty2 : COMPUTED;
  }
  mergeLayers(scope, body, otherwise, LOOP_ONLY);
  return out;
}
function loopToFixpoint(run2, s, body, item, loop) {
  let out = constant("");
  const perPass = /* @__PURE__ */ new Set(["loop", ...targetNames(s.loopvar)]);
  for (let pass = 0; pass < 4; pass++) {
    const start = new Map(body.writes());
    const outer = body.reads.names;
    const reads = /* @__PURE__ */ new Set();
    body.reads.names = reads;
    try {
      body.set("loop", loop);
      assign(run2, s.loopvar, item, body);
      out = join6(out, execBody(run2, s.body, body));
    } finally {
      body.reads.names = outer;
      if (outer) for (const r of reads) outer.add(r);
    }
    let stable = true;
    for (const [k, v] of body.writes()) {
      if (perPass.has(k)) continue;
      const before = start.get(k);
      const merged = before ? join6(before, v) : v;
      if (reads.has(k) && !sameVal(merged, before)) stable = false;
      body.set(k, merged);
    }
    if (stable) return out;
  }
  for (const [k, v] of body.writes())
    if (v.open !== "number" && v.known.length) body.set(k, { ...v, open: "computed" });
  return COMPUTED;
}
function targetNames(target) {
  if (target?.type === "Identifier") return [target.value];
  if (target?.type === "TupleLiteral" || target?.type === "ArrayLiteral")
    return (target.value ?? []).flatMap(targetNames);
  return [];
}
function defineMacro(run2, s, scope) {
  const name = s.name?.value ?? "";
  const def = { name, node: s };
  scope.set(name, { known: [], open: "computed", obj: "macro", macro: def });
  callMacro(run2, def, { pos: [], kw: /* @__PURE__ */ new Map() }, scope.child(), true);
}
function callMacro(run2, def, args, scope, unknownArgs = false, caller) {
  if (run2.macroRuns >= MAX_MACRO_RUNS)
    throw new TooComplex(`template needs more than ${MAX_MACRO_RUNS} macro evaluations`);
  const sig = unknownArgs ? "*" : signature(args);
  const key = `${def.name}\0${sig}\0${caller ? "caller" : ""}\0${namespaceState(scope)}`;
  const memo = run2.macroMemo.get(key);
  if (memo) return applyWrites(memo, scope);
  if (run2.macroStack.has(def.name)) return COMPUTED;
  run2.macroRuns++;
  run2.macroStack.add(def.name);
  try {
    const body = scope.child();
    bindParams(run2, def.node.args ?? [], sig === "*" ? void 0 : args, body);
    if (caller) body.set("caller", { known: [], open: "computed", obj: "caller", caller });
    const out = execBody(run2, def.node.body, body);
    const writes = new Map(
      [...body.writes()].filter(([k, v]) => k.startsWith("#") && !sameVal(v, scope.get(k)))
    );
    const result = { out, writes };
    run2.macroMemo.set(key, result);
    return applyWrites(result, scope);
  } finally {
    run2.macroStack.delete(def.name);
  }
}
function applyWrites(r, scope) {
  for (const [k, v] of r.writes) scope.set(k, v);
  return r.out;
}
function bindParams(run2, params, args, into) {
  const names = /* @__PURE__ */ new Set();
  params.forEach((p, i) => {
    const isKw = p?.type === "KeywordArgumentExpression";
    const name = isKw ? p.key?.value : p?.value;
    names.add(name);
    const dflt = isKw ? evalExpr(run2, p.value, into) : constant(null);
    const given = args?.kw.get(name) ?? args?.pos[i];
    into.set(name, !args ? join6(INPUT, dflt) : args.opaque ? join6(COMPUTED, dflt) : given ?? dflt);
  });
  if (!args) {
    into.set("varargs", INPUT);
    into.set("kwargs", INPUT);
    return;
  }
  const extraPos = args.pos.slice(params.length).map((v) => single(v) ?? OPAQUE);
  const extraKw = [...args.kw].filter(([k]) => !names.has(k)).map(([k, v]) => [k, single(v) ?? OPAQUE]);
  into.set("varargs", args.opaque ? COMPUTED : constant(extraPos));
  into.set("kwargs", args.opaque ? COMPUTED : constant(new FoldedDict(extraKw)));
}
function signature(args) {
  return [...args.pos.map(describeVal), ...[...args.kw].map(([k, v]) => `${k}=${describeVal(v)}`)].join(";");
}
function namespaceState(scope) {
  return [...scope.visible("#")].map(([k, v]) => `${k}=${describeVal(v)}`).join(";");
}
function describeVal(v) {
  const known = v.known.map((k) => JSON.stringify(k) ?? "?").join(",");
  return `${v.open ?? ""}|${v.dyn ? "d" : ""}|${v.obj ?? ""}|${v.ns ?? ""}|${v.macro?.name ?? ""}|${known}`;
}
function execCallBlock(run2, s, scope) {
  const call2 = s.call;
  const callee = call2?.callee;
  const args = evalArgs(run2, call2?.args ?? [], scope);
  const caller = { body: s.body ?? [], params: s.callerArgs ?? [], scope };
  const fn = callee?.type === "Identifier" ? scope.get(callee.value) : void 0;
  if (fn?.macro) return callMacro(run2, fn.macro, args, scope, false, caller);
  evalExpr(run2, call2, scope);
  return callCaller(run2, caller, { pos: [], kw: /* @__PURE__ */ new Map() });
}
function callCaller(run2, caller, args) {
  const body = caller.scope.child();
  bindParams(run2, caller.params, args, body);
  return builtString(run2, execBody(run2, caller.body, body), {});
}

// src/formats/chat-template/check.ts
var MAX_TEMPLATE_CHARS = 256 * 1024;
var MAX_TEMPLATE_READ = 4 * 1024 * 1024;
var MAX_FINDINGS = 50;
function checkChatTemplate(text, origin, parser) {
  const findings = [];
  const report2 = reporter(text, origin, findings);
  if (text.length > MAX_TEMPLATE_CHARS) {
    report2(
      TEMPLATE_UNPARSEABLE,
      `template is ${text.length} characters, over the ${MAX_TEMPLATE_CHARS} limit`,
      {
        length: text.length
      }
    );
    fallbackScan(text, report2);
    return findings;
  }
  const program = parseOrReport(parser, text, report2);
  if (program === void 0) {
    fallbackScan(text, report2);
    return findings;
  }
  try {
    execBody(newRun(report2), program.body, new Scope());
    checkBackdoors(program, report2);
  } catch (err) {
    report2(
      TEMPLATE_UNPARSEABLE,
      err instanceof TooComplex ? err.why : "template could not be analysed completely",
      {}
    );
    fallbackScan(text, report2);
  }
  return findings;
}
async function vetChatTemplate(text, origin) {
  return checkChatTemplate(text, origin, await loadTemplateParser());
}
function parseOrReport(parser, text, report2) {
  try {
    return parser.parse(text);
  } catch (err) {
    const reason = err instanceof TemplateSyntaxError ? err.message : "template does not parse";
    report2(TEMPLATE_UNPARSEABLE, `template does not parse: ${reason}`, {});
    return void 0;
  }
}
function reporter(text, origin, findings) {
  const seen = /* @__PURE__ */ new Set();
  return (rule, message, evidence) => {
    const key = `${rule.id}\0${message}`;
    if (seen.has(key) || findings.length >= MAX_FINDINGS) return;
    seen.add(key);
    findings.push(
      finding(rule, {
        message: origin.where ? `${origin.where}: ${message}` : message,
        evidence,
        ...origin.offset !== void 0 ? { offset: origin.offset } : {},
        ...origin.line !== void 0 ? { line: origin.line } : {},
        ...locate(text, origin, evidence)
      })
    );
  };
}
function locate(text, origin, evidence) {
  if (origin.line === void 0) return {};
  const needle = [evidence.attribute, evidence.name, evidence.method, evidence.global].find(
    (v) => typeof v === "string"
  );
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return {};
  const before = text.slice(0, at);
  const nl = before.lastIndexOf("\n");
  return { line: origin.line + (before.match(/\n/g)?.length ?? 0), column: at - nl };
}

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
        ...name?.t === "string" ? { name: name.value } : {},
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

// src/formats/chat-template/index.ts
var MAX_CONFIG_BYTES = 64 * 1024 * 1024;
async function analyzeTemplateFile(ctx) {
  const text = (await readAll(ctx.source, MAX_TEMPLATE_READ)).toString("utf8");
  const parser = await loadTemplateParser();
  for (const f of checkChatTemplate(text, { where: "", line: 1 }, parser)) ctx.report(f);
}
async function analyzeConfig(ctx) {
  if (ctx.source.size > MAX_CONFIG_BYTES) {
    ctx.report(
      finding(TEMPLATE_UNPARSEABLE, {
        message: `${ctx.source.size} bytes, too large to look for chat templates in`,
        evidence: { size: ctx.source.size }
      })
    );
    return;
  }
  const parsed = readJsonBytes(await readAll(ctx.source, MAX_CONFIG_BYTES));
  const unreadable = parsed.error ?? parsed.pythonRejects[0];
  if (unreadable && ctx.name.toLowerCase() === "chat_template.json") {
    ctx.report(
      finding(TEMPLATE_UNPARSEABLE, {
        message: `Python's json cannot read it (${unreadable.message}); the templates before that point were vetted`,
        offset: unreadable.offset,
        evidence: { json: unreadable.kind }
      })
    );
  }
  for (const d of templateDuplicates(parsed.duplicates)) {
    ctx.report(
      finding(TEMPLATE_DUPLICATE_KEY, {
        message: `"${d.key}" appears more than once${d.where ? ` in ${d.where}` : ""}; loaders disagree on which is used`,
        offset: d.offset,
        evidence: { key: d.key }
      })
    );
  }
  const templates = parsed.value ? templatesInConfig(parsed.value) : [];
  if (!templates.length) return;
  const parser = await loadTemplateParser();
  for (const t of templates) {
    const where = `chat_template${t.name !== void 0 ? ` "${t.name}"` : ""}${t.duplicate ? " (one of several copies)" : ""}`;
    for (const f of checkChatTemplate(t.text, { where }, parser)) ctx.report(f);
  }
}
var CHAT_TEMPLATE_ANALYZER = {
  id: "chat-template-file",
  // A template file is rendered as text and a config is read by name, whatever their bytes look like.
  kinds: [KINDS.text, KINDS.json, KINDS.script, KINDS.unknown],
  async analyze(ctx) {
    const name = ctx.name.toLowerCase();
    if (JINJA_FILE.test(name)) return analyzeTemplateFile(ctx);
    if (TEMPLATE_CONFIG_NAMES.has(name)) return analyzeConfig(ctx);
  }
};

// src/formats/gguf/index.ts
var tags2 = ["gguf", "integrity"];
var FIX2 = `Fix: re-download the model from its publisher or re-convert it with llama.cpp's
convert scripts; a file that fails these checks was not written by them.`;
var GGUF_TRUNCATED = defineRule({
  id: "gguf/truncated",
  severity: "high",
  title: "GGUF structure runs past the end of the file",
  tags: tags2,
  explain: `A count or length in the GGUF header (metadata entries, a string, an array, tensor infos)
needs more bytes than the file has. The file is truncated, or the number is forged to make readers
allocate huge buffers or read out of bounds (several llama.cpp GGUF parsing CVEs were exactly this).
${FIX2}`
});
var GGUF_VERSION = defineRule({
  id: "gguf/unsupported-version",
  severity: "high",
  title: "GGUF version modelvet cannot read",
  tags: tags2,
  explain: `GGUF versions 2 and 3 are current (version 1 is obsolete and refused by llama.cpp). A
different version cannot be parsed, so its metadata (including any chat template) was not vetted.
${FIX2}`
});
var GGUF_BAD_TYPE = defineRule({
  id: "gguf/invalid-value-type",
  severity: "high",
  title: "Unknown GGUF metadata value type",
  tags: tags2,
  explain: `A metadata value has a type outside the spec (0-12), or an array nests arrays, which
llama.cpp refuses. Nothing after it can be read reliably. ${FIX2}`
});
var GGUF_DUPLICATE_KEY = defineRule({
  id: "gguf/duplicate-key",
  severity: "high",
  title: "Duplicate GGUF metadata key",
  tags: tags2,
  explain: `The same metadata key appears twice. llama.cpp refuses such files; other readers keep the
first or the last value, so two tools see different metadata (for example two different chat
templates: one reviewed, one rendered). ${FIX2}`
});
var GGUF_INVALID_STRING = defineRule({
  id: "gguf/invalid-string",
  severity: "medium",
  title: "GGUF key or string is not valid UTF-8",
  tags: tags2,
  explain: `GGUF strings are UTF-8. An invalid sequence is decoded differently by different readers
(replacement characters, errors), a classic way to make a scanner and a loader disagree. ${FIX2}`
});
var GGUF_INVALID_VALUE = defineRule({
  id: "gguf/invalid-value",
  severity: "medium",
  title: "GGUF metadata value outside its domain",
  tags: tags2,
  explain: `A metadata value is malformed for its key: a bool other than 0/1, general.alignment that
is not a power of two, or a chat template that is not a string. Loaders handle these inconsistently.
${FIX2}`
});
var GGUF_INVALID_TENSOR = defineRule({
  id: "gguf/invalid-tensor",
  severity: "high",
  title: "Invalid GGUF tensor info",
  tags: tags2,
  explain: `A tensor info is malformed: more than 4 dimensions, a dimension that overflows, an
unknown or removed ggml type, a first dimension that is not a multiple of the type's block size, a
name longer than 63 bytes, or a duplicate name. llama.cpp refuses such tensors; readers that do not
check compute wrong sizes and read out of bounds. ${FIX2}`
});
var GGUF_INVALID_OFFSETS = defineRule({
  id: "gguf/invalid-offsets",
  severity: "high",
  title: "GGUF tensor data misplaced (misaligned, overlapping, out of order or out of bounds)",
  tags: tags2,
  explain: `Tensor data must follow the tensor infos at the alignment, in order, each tensor padded to
the alignment, all within the file. Overlapping tensors alias bytes, gaps hide bytes no tensor
accounts for, and a range past the end makes readers fault or read other memory. ${FIX2}`
});
var GGUF_TRAILING = defineRule({
  id: "gguf/trailing-data",
  severity: "medium",
  title: "Bytes after the last GGUF tensor",
  tags: tags2,
  explain: `The file goes on after the last tensor's padded data. Nothing in GGUF describes those
bytes: an appended payload or a polyglot file. modelvet scans them as content of their own. ${FIX2}`
});
var GGUF_PADDING = defineRule({
  id: "gguf/padding-data",
  severity: "medium",
  title: "Non-zero bytes in GGUF alignment padding",
  tags: tags2,
  explain: `The bytes between the tensor infos and the tensor data are alignment padding, which
writers fill with zeros. Here they hold data that no structure describes: a place to hide a payload
in a file that otherwise validates. ${FIX2}`
});
var GGUF_LIMIT = defineRule({
  id: "gguf/limit-exceeded",
  severity: "high",
  title: "GGUF header larger than modelvet reads",
  tags: [...tags2, "fail-closed"],
  explain: `The file declares as many metadata entries, tensors, array elements or header bytes as
modelvet's limits, or more, which no real model has (limits: 1,000,000 entries or tensors, 16,000,000
array elements, 512 MiB of header; reaching a limit counts). Such counts make readers spend minutes
or gigabytes; modelvet stops and reports the file instead of passing what it did not read. ${FIX2}`
});
var T = {
  U8: 0,
  I8: 1,
  U16: 2,
  I16: 3,
  U32: 4,
  I32: 5,
  F32: 6,
  BOOL: 7,
  STRING: 8,
  ARRAY: 9,
  U64: 10,
  I64: 11,
  F64: 12
};
var FIXED_SIZE = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8
};
var TYPE_NAMES = [
  "u8",
  "i8",
  "u16",
  "i16",
  "u32",
  "i32",
  "f32",
  "bool",
  "string",
  "array",
  "u64",
  "i64",
  "f64"
];
var GGML_TYPES = {
  0: ["F32", 1, 4],
  1: ["F16", 1, 2],
  2: ["Q4_0", 32, 18],
  3: ["Q4_1", 32, 20],
  6: ["Q5_0", 32, 22],
  7: ["Q5_1", 32, 24],
  8: ["Q8_0", 32, 34],
  9: ["Q8_1", 32, 36],
  10: ["Q2_K", 256, 84],
  11: ["Q3_K", 256, 110],
  12: ["Q4_K", 256, 144],
  13: ["Q5_K", 256, 176],
  14: ["Q6_K", 256, 210],
  15: ["Q8_K", 256, 292],
  16: ["IQ2_XXS", 256, 66],
  17: ["IQ2_XS", 256, 74],
  18: ["IQ3_XXS", 256, 98],
  19: ["IQ1_S", 256, 50],
  20: ["IQ4_NL", 32, 18],
  21: ["IQ3_S", 256, 110],
  22: ["IQ2_S", 256, 82],
  23: ["IQ4_XS", 256, 136],
  24: ["I8", 1, 1],
  25: ["I16", 1, 2],
  26: ["I32", 1, 4],
  27: ["I64", 1, 8],
  28: ["F64", 1, 8],
  29: ["IQ1_M", 256, 56],
  30: ["BF16", 1, 2],
  34: ["TQ1_0", 256, 54],
  35: ["TQ2_0", 256, 66],
  39: ["MXFP4", 32, 17]
};
var MAX_DIMS = 4;
var MAX_NAME = 64;
var INT64_MAX = (1n << 63n) - 1n;
var KEEP_STRING = MAX_TEMPLATE_READ;
var MAX_KEY = 65535;
var FIRST_WINDOW = 64 * 1024;
var MAX_WINDOW = 1024 * 1024;
var KEEP_SHORT = 1024;
var ENTRY_TAIL = 4 + 8 + KEEP_SHORT + 12;
var PADDING_WINDOW = 64 * 1024;
var MAX_ENTRIES = 1000000n;
var MAX_ARRAY = 16000000n;
var MAX_HEADER_BYTES = 512 * 1024 * 1024;
var MAX_SANE_ALIGNMENT = 4096;
var Truncated = class extends BaseError {
  at;
  constructor(message, at) {
    super("GGUF_TRUNCATED", message);
    this.name = "Truncated";
    this.at = at;
  }
};
var Fatal = class extends BaseError {
  rule;
  constructor(message, rule = GGUF_BAD_TYPE) {
    super("GGUF_INVALID", message);
    this.name = "Fatal";
    this.rule = rule;
  }
};
var Cursor = class {
  pos = 0;
  le = true;
  wide = true;
  // u64 counts (v2+); v1 used u32
  buf = Buffer.alloc(0);
  bufStart = 0;
  windowSize = FIRST_WINDOW;
  source;
  constructor(source) {
    this.source = source;
  }
  get left() {
    return this.source.size - this.pos;
  }
  /** Bytes of the window at and after `pos`. */
  get ahead() {
    return this.pos < this.bufStart ? 0 : this.bufStart + this.buf.length - this.pos;
  }
  get lenSize() {
    return this.wide ? 8 : 4;
  }
  /** True when the next `n` bytes (or the rest of the file, if shorter) are in the window. */
  fits(n) {
    return this.ahead >= Math.min(n, this.left);
  }
  /** Makes the next `n` bytes (or the rest of the file) readable without waiting. */
  async ensure(n) {
    if (this.fits(n)) return;
    this.bufStart = this.pos;
    this.buf = await this.source.read(this.pos, Math.min(Math.max(n, this.windowSize), this.left));
    this.windowSize = Math.min(this.windowSize * 2, MAX_WINDOW);
  }
  /** A length prefix at window offset `at` as a number (lengths past 2^53 become MAX_SAFE_INTEGER: past any file). */
  lengthAt(at) {
    const b = this.buf;
    if (!this.wide) return this.le ? b.readUInt32LE(at) : b.readUInt32BE(at);
    const lo = this.le ? b.readUInt32LE(at) : b.readUInt32BE(at + 4);
    const hi = this.le ? b.readUInt32LE(at + 4) : b.readUInt32BE(at);
    return hi < 2 ** 21 ? hi * 2 ** 32 + lo : Number.MAX_SAFE_INTEGER;
  }
  /** The length prefix at `pos`, without moving, or undefined when it is not in the window. */
  peekLength() {
    return this.ahead < this.lenSize ? void 0 : this.lengthAt(this.pos - this.bufStart);
  }
  /** A length prefix (string or key length), as a number. */
  length(what) {
    return this.lengthAt(this.advance(this.lenSize, what));
  }
  /** The window and where the next `n` bytes start in it, moving past them (for reads without a view). */
  span(n, what) {
    const at = this.advance(n, what);
    return { buf: this.buf, at };
  }
  /** Moves past `n` bytes of the window and returns where they start in it. */
  advance(n, what) {
    if (n > this.left)
      throw new Truncated(`${what} needs ${n} bytes at offset ${this.pos}, ${this.left} left`, this.pos);
    if (n > this.ahead) {
      throw new ModelvetError("INTERNAL", `GGUF reader: ${what} at offset ${this.pos} is outside the window`);
    }
    const at = this.pos - this.bufStart;
    this.pos += n;
    return at;
  }
  /** The next `n` bytes, as a view of the window (no copy). */
  view(n, what) {
    const at = this.advance(n, what);
    return this.buf.subarray(at, at + n);
  }
  /**
   * Skips `n` length-prefixed strings (token lists: hundreds of thousands), checking every length,
   * refilling the window only when the next length prefix is not in it.
   */
  async skipStrings(n, what) {
    const count = Number(n);
    for (let i = this.skipStringsInWindow(0, count, what); i < count; i = this.skipStringsInWindow(i, count, what))
      await this.ensure(this.lenSize);
  }
  /** Skips strings from index `from` while their length prefixes are in the window; returns the next index. */
  skipStringsInWindow(from, count, what) {
    const lenSize = this.lenSize;
    let i = from;
    for (; i < count && this.ahead >= lenSize; i++) {
      const at = this.advance(lenSize, what);
      const b = this.buf;
      const lo = this.le ? b.readUInt32LE(at) : b.readUInt32BE(at + lenSize - 4);
      const hi = lenSize === 4 ? 0 : this.le ? b.readUInt32LE(at + 4) : b.readUInt32BE(at);
      const len = hi * 2 ** 32 + lo;
      if (hi >= 2 ** 21 || len > this.left) {
        const at2 = this.pos - lenSize;
        throw new Truncated(
          `${what}[${i}] of ${BigInt(hi) * 2n ** 32n + BigInt(lo)} bytes at offset ${at2}, ${this.left} left`,
          at2
        );
      }
      this.pos += len;
    }
    if (i < count && lenSize > this.left)
      throw new Truncated(
        `${what}[${i}] needs ${lenSize} bytes at offset ${this.pos}, ${this.left} left`,
        this.pos
      );
    return i;
  }
  skip(n, what) {
    if (n > BigInt(this.left))
      throw new Truncated(`${what} needs ${n} bytes at offset ${this.pos}, ${this.left} left`, this.pos);
    this.pos += Number(n);
  }
  u32(what) {
    const at = this.advance(4, what);
    return this.le ? this.buf.readUInt32LE(at) : this.buf.readUInt32BE(at);
  }
  u64(what) {
    const at = this.advance(8, what);
    return this.le ? this.buf.readBigUInt64LE(at) : this.buf.readBigUInt64BE(at);
  }
  count(what) {
    return this.wide ? this.u64(what) : BigInt(this.u32(what));
  }
  bytes(n, what) {
    return Buffer.from(this.view(n, what));
  }
  scalar(type, what) {
    const at = this.advance(FIXED_SIZE[type], what);
    const b = this.buf;
    const le = this.le;
    switch (type) {
      case T.U8:
        return b.readUInt8(at);
      case T.I8:
        return b.readInt8(at);
      case T.U16:
        return le ? b.readUInt16LE(at) : b.readUInt16BE(at);
      case T.I16:
        return le ? b.readInt16LE(at) : b.readInt16BE(at);
      case T.U32:
        return le ? b.readUInt32LE(at) : b.readUInt32BE(at);
      case T.I32:
        return le ? b.readInt32LE(at) : b.readInt32BE(at);
      case T.F32:
        return le ? b.readFloatLE(at) : b.readFloatBE(at);
      case T.BOOL:
        return b.readUInt8(at);
      case T.U64:
        return le ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at);
      case T.I64:
        return le ? b.readBigInt64LE(at) : b.readBigInt64BE(at);
      default:
        return le ? b.readDoubleLE(at) : b.readDoubleBE(at);
    }
  }
};
var KeySet = class {
  hi;
  lo;
  mask;
  constructor(expected) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.mask = size - 1;
  }
  /** Adds the key `buf[start, start + length)`; false when it was there already. */
  add(buf, start, length2) {
    let a = 2166136261;
    let b = 2654435769 ^ length2;
    for (let i = start; i < start + length2; i++) {
      const x = buf[i];
      a = Math.imul(a ^ x, 16777619);
      b = Math.imul(b ^ x, 1540483477);
      b ^= b >>> 15;
    }
    const hi = (b | 1) >>> 0;
    const lo = a >>> 0;
    for (let slot = lo & this.mask; ; slot = slot + 1 & this.mask) {
      if (this.hi[slot] === 0) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        return true;
      }
      if (this.hi[slot] === hi && this.lo[slot] === lo) return false;
    }
  }
};
var TEMPLATE_KEY = Buffer.from("tokenizer.chat_template");
var GENERAL_KEY = Buffer.from("general.");
function startsWithAt(buf, at, length2, prefix) {
  if (length2 < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}
function isAsciiAt(buf, at, length2) {
  for (let i = at; i < at + length2; i++) if (buf[i] >= 128) return false;
  return true;
}
var MAX_KEPT_VALUES = 4096;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var Out = class {
  list = [];
  counts = /* @__PURE__ */ new Map();
  add(rule, message, offset, evidence, severity) {
    const c = (this.counts.get(rule.id) ?? 0) + 1;
    this.counts.set(rule.id, c);
    if (c > 20) return;
    this.list.push(
      finding(rule, {
        message,
        offset,
        ...evidence ? { evidence } : {},
        ...severity ? { severity } : {}
      })
    );
  }
  finish() {
    for (const [id, c] of this.counts) {
      if (c > 20) {
        const rule = [
          GGUF_INVALID_TENSOR,
          GGUF_INVALID_OFFSETS,
          GGUF_DUPLICATE_KEY,
          GGUF_INVALID_STRING,
          GGUF_INVALID_VALUE
        ].find((r) => r.id === id);
        if (rule)
          this.list.push(
            finding(rule, { message: `${c - 20} more ${id} problems not listed`, evidence: { total: c } })
          );
      }
    }
  }
};
async function readGguf(source) {
  const out = new Out();
  const result = { metadata: /* @__PURE__ */ new Map(), tensors: [], alignment: 32, findings: out.list };
  const c = new Cursor(source);
  try {
    await c.ensure(24);
    if (!readPreamble(c, result, out)) return result;
    await readMetadata(c, result, out);
    await readTensorInfos(c, result, out);
    const a = BigInt(result.alignment);
    const dataStart = (BigInt(c.pos) + a - 1n) / a * a;
    result.dataStart = Number(dataStart);
    await checkPadding(source, c.pos, result.dataStart, out);
    checkLayout(result, BigInt(source.size), out);
  } catch (err) {
    if (err instanceof Truncated) {
      out.add(GGUF_TRUNCATED, `${err.message}`, err.at);
    } else if (err instanceof Fatal) {
      out.add(err.rule, err.message, c.pos);
    } else {
      throw err;
    }
  }
  out.finish();
  return result;
}
function readPreamble(c, result, out) {
  const magic = c.bytes(4, "magic");
  if (magic.toString("latin1") !== "GGUF") {
    throw new Fatal(`no GGUF magic (found ${magic.toString("hex")})`);
  }
  const vb = c.bytes(4, "version");
  let version = vb.readUInt32LE(0);
  if (version > 65535 && vb.readUInt32BE(0) <= 65535) {
    c.le = false;
    version = vb.readUInt32BE(0);
  }
  result.version = version;
  result.bigEndian = !c.le;
  if (version < 1 || version > 3) {
    out.add(GGUF_VERSION, `GGUF version ${version} is not 1, 2 or 3; not parsed`, 4, { version });
    return false;
  }
  if (version === 1) {
    c.wide = false;
    out.add(GGUF_VERSION, `obsolete GGUF version 1 (llama.cpp refuses it)`, 4, { version }, "low");
  }
  return true;
}
var TENSOR_TAIL = 4 + MAX_DIMS * 8 + 4 + 8;
function fitsEntry(c, tail) {
  const len = c.peekLength();
  if (len === void 0) return c.fits(c.lenSize);
  return c.fits(c.lenSize + (len > MAX_KEY ? 0 : len) + tail);
}
async function ensureEntry(c, tail) {
  await c.ensure(c.lenSize);
  const len = c.peekLength() ?? 0;
  await c.ensure(c.lenSize + (len > MAX_KEY ? 0 : len) + tail);
}
function checkCount(c, count, minBytes, what, at) {
  if (count * BigInt(minBytes) > BigInt(c.left)) {
    throw new Truncated(
      `${what} ${count} needs at least ${count * BigInt(minBytes)} bytes, ${c.left} left`,
      at
    );
  }
  if (count >= MAX_ENTRIES) throw new Fatal(`${count} ${what} (limit ${MAX_ENTRIES})`, GGUF_LIMIT);
}
async function readMetadata(c, result, out) {
  result.tensorCount = c.count("tensor_count");
  const kvCount = c.count("metadata_kv_count");
  checkCount(c, kvCount, (c.wide ? 8 : 4) + 4 + 1, "metadata entries", 16);
  const n = Number(kvCount);
  const reader = new MetadataReader(c, result, out, n);
  for (let i = 0; i < n; i++) {
    if (!fitsEntry(c, ENTRY_TAIL)) await ensureEntry(c, ENTRY_TAIL);
    const rest = reader.entry();
    if (rest) await rest;
    if (c.pos >= MAX_HEADER_BYTES)
      throw new Fatal(`metadata runs past ${MAX_HEADER_BYTES} bytes`, GGUF_LIMIT);
  }
}
async function readTensorInfos(c, result, out) {
  const tensorCount = result.tensorCount ?? 0n;
  checkCount(c, tensorCount, (c.wide ? 8 : 4) + 4 + 4 + 8, "tensors", c.pos);
  checkAlignment(result, out);
  const names = /* @__PURE__ */ new Set();
  const n = Number(tensorCount);
  for (let i = 0; i < n; i++) {
    if (!fitsEntry(c, TENSOR_TAIL)) await ensureEntry(c, TENSOR_TAIL);
    result.tensors.push(readTensorInfo(c, out, names));
    if (c.pos >= MAX_HEADER_BYTES)
      throw new Fatal(`tensor infos run past ${MAX_HEADER_BYTES} bytes`, GGUF_LIMIT);
  }
}
function stringLength(c, what) {
  const at = c.pos;
  const n = c.length(`${what} length`);
  if (n > c.left) throw new Truncated(`${what} of ${n} bytes at offset ${at}, ${c.left} left`, at);
  return n;
}
function decodeString(c, n, at, what, out) {
  const bytes = c.bytes(n, what);
  try {
    return utf8.decode(bytes);
  } catch {
    out.add(GGUF_INVALID_STRING, `${what} at offset ${at} is not valid UTF-8`, at, {
      hex: bytes.subarray(0, 32).toString("hex")
    });
    return bytes.toString("utf8");
  }
}
function readString(c, what, keep, out) {
  const at = c.pos;
  const n = stringLength(c, what);
  if (n > keep) {
    c.skip(BigInt(n), what);
    return void 0;
  }
  return decodeString(c, n, at, what, out);
}
var MetadataReader = class {
  c;
  result;
  out;
  keys;
  keyAt = 0;
  /** The key as text, or '' when it was not decoded (then messages name the entry by offset). */
  key = "";
  fresh = true;
  important = false;
  kept = false;
  constructor(c, result, out, count) {
    this.c = c;
    this.result = result;
    this.out = out;
    this.keys = new KeySet(count);
  }
  get label() {
    return this.key || `the entry at offset ${this.keyAt}`;
  }
  readKey() {
    const c = this.c;
    this.keyAt = c.pos;
    const n = stringLength(c, "metadata key");
    if (n > MAX_KEY) throw new Fatal(`metadata key at offset ${this.keyAt} longer than ${MAX_KEY} bytes`);
    const { buf, at } = c.span(n, "metadata key");
    this.important = startsWithAt(buf, at, n, TEMPLATE_KEY) || startsWithAt(buf, at, n, GENERAL_KEY);
    this.fresh = this.keys.add(buf, at, n);
    const valid = isAsciiAt(buf, at, n) || isUtf8(buf.subarray(at, at + n));
    this.kept = this.important || this.fresh && this.result.metadata.size < MAX_KEPT_VALUES;
    this.key = this.kept || !this.fresh || !valid ? buf.toString("utf8", at, at + n) : "";
    if (!valid) {
      this.out.add(
        GGUF_INVALID_STRING,
        `metadata key at offset ${this.keyAt} is not valid UTF-8`,
        this.keyAt,
        {
          hex: buf.subarray(at, at + Math.min(n, 32)).toString("hex")
        }
      );
    }
  }
  record(value) {
    const { key, result } = this;
    if (!this.fresh) {
      this.out.add(GGUF_DUPLICATE_KEY, `metadata key "${key}" appears more than once`, this.keyAt, { key });
      if (key.startsWith("tokenizer.chat_template")) result.metadata.set(`${key}\0${this.keyAt}`, value);
    } else if (this.kept) {
      result.metadata.set(key, value);
    }
  }
  /** One entry; an array, or a string longer than the window, is finished by the promise returned. */
  entry() {
    const c = this.c;
    this.readKey();
    const typeAt = c.pos;
    const type = c.u32("value type");
    const value = { type, offset: c.pos };
    if (type === T.ARRAY) {
      const key = this.label;
      return readArray(c, key, value, this.out, 0).then(() => this.record(value));
    }
    if (type === T.STRING) return this.stringValue(value);
    if (FIXED_SIZE[type] === void 0) {
      throw new Fatal(
        `metadata ${this.label} at offset ${typeAt} has unknown value type ${type}; the rest cannot be read`
      );
    }
    const v = c.scalar(type, "value");
    if (type === T.BOOL) {
      if (v !== 0 && v !== 1)
        this.out.add(GGUF_INVALID_VALUE, `bool ${this.label} holds ${v}, not 0 or 1`, value.offset, {
          key: this.label
        });
      value.value = v !== 0;
    } else {
      value.value = v;
    }
    this.record(value);
    return void 0;
  }
  /**
   * A string value: kept up to KEEP_STRING for templates and `general.*`, KEEP_SHORT for the other
   * kept keys; the short strings of the rest are checked for UTF-8 and not decoded.
   */
  stringValue(value) {
    const c = this.c;
    const at = c.pos;
    const n = stringLength(c, "value");
    const keep = this.important ? KEEP_STRING : this.kept || !this.fresh ? KEEP_SHORT : 0;
    if (keep === 0 && n <= KEEP_SHORT && c.fits(n)) {
      if (!isUtf8(c.view(n, "value")))
        this.out.add(GGUF_INVALID_STRING, `value of ${this.label} at offset ${at} is not valid UTF-8`, at);
      this.record(value);
      return void 0;
    }
    if (n > keep) {
      c.skip(BigInt(n), "value");
      this.record(value);
      return void 0;
    }
    const what = `value of ${this.label}`;
    if (c.fits(n)) {
      value.value = decodeString(c, n, at, what, this.out);
      this.record(value);
      return void 0;
    }
    return c.ensure(n).then(() => {
      value.value = decodeString(c, n, at, what, this.out);
      this.record(value);
    });
  }
};
async function readArray(c, key, value, out, depth) {
  await c.ensure(12);
  const at = c.pos;
  const et = c.u32(`element type of ${key}`);
  const n = c.count(`length of ${key}`);
  value.arrayType = et;
  value.length = n;
  if (n >= MAX_ARRAY)
    throw new Fatal(`array ${key} at offset ${at} has ${n} elements (limit ${MAX_ARRAY})`, GGUF_LIMIT);
  if (et === T.ARRAY) {
    if (depth > 0) throw new Fatal(`array ${key} at offset ${at} nests arrays more than two deep`);
    out.add(GGUF_BAD_TYPE, `array ${key} holds arrays (llama.cpp refuses nested arrays)`, at, {
      key
    });
    if (n * 12n > BigInt(c.left))
      throw new Truncated(`array ${key} of ${n} arrays, ${c.left} bytes left`, at);
    for (let i = 0n; i < n; i++) await readArray(c, key, { type: T.ARRAY, offset: c.pos }, out, depth + 1);
    return;
  }
  if (et === T.STRING) {
    const min = BigInt(c.wide ? 8 : 4);
    if (n * min > BigInt(c.left))
      throw new Truncated(`array ${key} of ${n} strings needs at least ${n * min} bytes, ${c.left} left`, at);
    await c.skipStrings(n, key);
    return;
  }
  const size = FIXED_SIZE[et];
  if (size === void 0) {
    throw new Fatal(`array ${key} at offset ${at} has unknown element type ${et}; the rest cannot be read`);
  }
  c.skip(n * BigInt(size), `array ${key} of ${n} ${TYPE_NAMES[et]}`);
}
function checkAlignment(result, out) {
  const a = result.metadata.get("general.alignment");
  if (!a) return;
  const v = a.value;
  if (a.type !== T.U32 || typeof v !== "number" || v === 0 || !Number.isInteger(Math.log2(v))) {
    out.add(
      GGUF_INVALID_VALUE,
      `general.alignment is ${String(v)} (${TYPE_NAMES[a.type] ?? a.type}); it must be a non-zero power-of-two u32`,
      a.offset,
      { value: String(v) }
    );
    return;
  }
  result.alignment = v;
  if (v > MAX_SANE_ALIGNMENT) {
    out.add(
      GGUF_INVALID_VALUE,
      `general.alignment is ${v}; padding of up to ${v - 1} bytes per tensor can hide data (llama.cpp writes 32)`,
      a.offset,
      { value: v }
    );
  }
}
function readTensorInfo(c, out, names) {
  const at = c.pos;
  const name = readString(c, "tensor name", MAX_KEY, out) ?? "";
  const nDims = c.u32(`dimensions of ${name}`);
  if (nDims > MAX_DIMS) {
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" has ${nDims} dimensions (at most ${MAX_DIMS})`, at, {
      tensor: name,
      nDims
    });
    throw new Fatal(
      `tensor "${name}" at offset ${at} has ${nDims} dimensions; the rest cannot be read`,
      GGUF_INVALID_TENSOR
    );
  }
  const dims = [];
  for (let i = 0; i < nDims; i++) dims.push(c.count(`dimension ${i} of ${name}`));
  const type = c.u32(`type of ${name}`);
  const offset = c.u64(`offset of ${name}`);
  const info = GGML_TYPES[type];
  const t = { name, dims, type, typeName: info?.[0] ?? `type-${type}`, offset };
  if (Buffer.byteLength(name) >= MAX_NAME) {
    out.add(
      GGUF_INVALID_TENSOR,
      `tensor name "${name.slice(0, 40)}\u2026" is ${Buffer.byteLength(name)} bytes (ggml allows ${MAX_NAME - 1})`,
      at,
      {
        tensor: name.slice(0, 80)
      }
    );
  }
  if (names.has(name))
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" is defined more than once`, at, {
      tensor: name
    });
  names.add(name);
  if (!info) {
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" has unknown or removed ggml type ${type}`, at, {
      tensor: name,
      type
    });
    return t;
  }
  let elements = 1n;
  for (const d of dims) {
    if (d > INT64_MAX) {
      out.add(GGUF_INVALID_TENSOR, `tensor "${name}" dimension ${d} overflows int64`, at, {
        tensor: name
      });
      return t;
    }
    elements *= d;
  }
  if (elements > INT64_MAX) {
    out.add(GGUF_INVALID_TENSOR, `tensor "${name}" has ${elements} elements, which overflows int64`, at, {
      tensor: name,
      dims: dims.map(String)
    });
    return t;
  }
  const [, block, bytes] = info;
  const first = dims[0] ?? 1n;
  if (first % BigInt(block) !== 0n) {
    const shown = dims.length === 0 ? "1 (it has no dimensions)" : String(first);
    out.add(
      GGUF_INVALID_TENSOR,
      `tensor "${name}" first dimension ${shown} is not a multiple of the ${info[0]} block size ${block}`,
      at,
      { tensor: name, type: info[0] }
    );
    return t;
  }
  t.size = elements / BigInt(block) * BigInt(bytes);
  return t;
}
async function checkPadding(source, from, to, out) {
  const end = Math.min(to, source.size, from + PADDING_WINDOW);
  if (end <= from) return;
  const pad = await source.read(from, end - from);
  const nonZero = pad.findIndex((b) => b !== 0);
  if (nonZero >= 0) {
    out.add(
      GGUF_PADDING,
      `the alignment padding before the tensor data holds non-zero bytes`,
      from + nonZero,
      {
        start: from,
        end: to
      }
    );
  }
}
function checkLayout(result, fileSize, out) {
  const a = BigInt(result.alignment);
  const dataStart = BigInt(result.dataStart ?? 0);
  const pad = (n) => (n + a - 1n) / a * a;
  let expected = 0n;
  let sized = true;
  for (const t of result.tensors) {
    const at = Number(dataStart + (t.offset < fileSize ? t.offset : 0n));
    if (t.offset % a !== 0n) {
      out.add(
        GGUF_INVALID_OFFSETS,
        `tensor "${t.name}" offset ${t.offset} is not a multiple of the alignment ${a}`,
        at,
        {
          tensor: t.name
        }
      );
    } else if (t.offset !== expected && sized) {
      out.add(
        GGUF_INVALID_OFFSETS,
        `tensor "${t.name}" starts at data offset ${t.offset}, expected ${expected} (${t.offset < expected ? "overlaps the previous tensor" : "leaves a gap"})`,
        at,
        { tensor: t.name, offset: t.offset.toString(), expected: expected.toString() }
      );
    }
    if (t.size === void 0) {
      sized = false;
      continue;
    }
    if (dataStart + t.offset + t.size > fileSize) {
      out.add(
        GGUF_INVALID_OFFSETS,
        `tensor "${t.name}" data [${t.offset}, ${t.offset + t.size}) runs past the end of the file`,
        at,
        { tensor: t.name, end: (dataStart + t.offset + t.size).toString(), size: fileSize.toString() }
      );
    }
    const end2 = pad(t.offset + t.size);
    expected = end2 > expected ? end2 : expected;
  }
  if (!sized) return;
  const end = result.tensors.length ? dataStart + expected : BigInt(result.dataStart ?? 0);
  if (result.tensors.length && dataStart > fileSize) {
    out.add(
      GGUF_TRUNCATED,
      `tensor data would start at ${dataStart}, past the end of the file (${fileSize})`,
      Number(fileSize)
    );
  } else if (end < fileSize) {
    out.add(GGUF_TRAILING, `${fileSize - end} bytes after the last tensor belong to no tensor`, Number(end), {
      start: end.toString(),
      size: fileSize.toString()
    });
    result.trailingAt = Number(end);
  }
}
var GGUF_SNIFFER = {
  kind: KINDS.gguf,
  priority: 9,
  // Name hint below every content sniffer, so a .gguf file with a damaged magic is still reported.
  match: ({ name, size }) => name.endsWith(".gguf") && size > 0
};
var GGUF_ANALYZER = {
  id: "gguf",
  kinds: [KINDS.gguf],
  async analyze(ctx) {
    const r = await readGguf(ctx.source);
    for (const f of r.findings) ctx.report(f);
    for (const [rawKey, v] of r.metadata) {
      const key = rawKey.split("\0")[0];
      if (key !== "tokenizer.chat_template" && !key.startsWith("tokenizer.chat_template.")) continue;
      if (v.type !== T.STRING) {
        ctx.report(
          finding(GGUF_INVALID_VALUE, {
            message: `${key} is a ${TYPE_NAMES[v.type] ?? v.type}, not a string`,
            offset: v.offset,
            evidence: { key }
          })
        );
        continue;
      }
      if (typeof v.value !== "string") {
        ctx.report(
          finding(TEMPLATE_UNPARSEABLE, {
            message: `${key}: template longer than ${KEEP_STRING} bytes; not vetted`,
            offset: v.offset,
            evidence: { key }
          })
        );
        continue;
      }
      for (const f of await vetChatTemplate(v.value, { where: key, offset: v.offset })) ctx.report(f);
    }
    if (r.trailingAt !== void 0) await scanTrailingBytes(ctx, r.trailingAt);
  }
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

// src/core/python-json.ts
function parsePythonJson(text) {
  const r = readJson(text);
  if (r.error || !r.value) throw new DocumentError("INVALID_JSON", "", r.error?.message ?? "empty document");
  return toPlain(r.value);
}
function decodeJsonBytes(b) {
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 254 && b[3] === 255)
    return utf32(b.subarray(4), false);
  if (b.length >= 4 && b[0] === 255 && b[1] === 254 && b[2] === 0 && b[3] === 0)
    return utf32(b.subarray(4), true);
  if (b.length >= 2 && b[0] === 255 && b[1] === 254) return b.subarray(2).toString("utf16le");
  if (b.length >= 2 && b[0] === 254 && b[1] === 255) return swap16(b.subarray(2)).toString("utf16le");
  if (b.length >= 3 && b[0] === 239 && b[1] === 187 && b[2] === 191) return b.subarray(3).toString("utf8");
  if (b.length >= 4) {
    if (b[0] === 0 && b[1] === 0 && b[2] === 0) return utf32(b, false);
    if (b[1] === 0 && b[2] === 0 && b[3] === 0) return utf32(b, true);
    if (b[0] === 0) return swap16(b).toString("utf16le");
    if (b[1] === 0) return b.toString("utf16le");
  }
  return b.toString("utf8");
}
function swap16(b) {
  const c = Buffer.from(b.subarray(0, b.length - b.length % 2));
  return c.swap16();
}
function utf32(b, le) {
  let out = "";
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const cp = le ? b.readUInt32LE(i) : b.readUInt32BE(i);
    out += cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
  }
  return out;
}

// src/formats/pickle/allowlist.ts
var DERIVED_ALLOWLIST = [
  "_codecs.encode",
  // checkpoint data classes
  "argparse.Namespace",
  // checkpoint argparse
  // checkpoint data classes
  "builtins.Ellipsis",
  "builtins.NotImplemented",
  "builtins.bool",
  "builtins.bytearray",
  "builtins.bytes",
  "builtins.complex",
  "builtins.dict",
  "builtins.float",
  "builtins.frozenset",
  "builtins.int",
  "builtins.list",
  "builtins.object",
  "builtins.range",
  "builtins.set",
  "builtins.slice",
  "builtins.str",
  "builtins.tuple",
  "builtins.type",
  "collections.ChainMap",
  "collections.Counter",
  "collections.OrderedDict",
  // checkpoint argparse
  // checkpoint data classes
  "collections.defaultdict",
  "collections.deque",
  "copyreg._reconstructor",
  // data classes
  // checkpoint data classes
  "datetime.date",
  "datetime.datetime",
  "datetime.time",
  "datetime.timedelta",
  "datetime.timezone",
  "dateutil.relativedelta.relativedelta",
  // pandas scalars
  // checkpoint data classes
  "decimal.Decimal",
  "fractions.Fraction",
  "functools.partial",
  // qat prepared
  "joblib.numpy_pickle.NumpyArrayWrapper",
  // sklearn ARDRegression regression
  // numpy scalar types
  "numpy.bool_",
  "numpy.bytes_",
  "numpy.chararray",
  // numpy chararray
  // numpy scalar types
  "numpy.complex128",
  "numpy.complex256",
  "numpy.complex64",
  // numpy ufuncs
  "numpy.core._multiarray_umath.absolute",
  "numpy.core._multiarray_umath.add",
  "numpy.core._multiarray_umath.arccos",
  "numpy.core._multiarray_umath.arccosh",
  "numpy.core._multiarray_umath.arcsin",
  "numpy.core._multiarray_umath.arcsinh",
  "numpy.core._multiarray_umath.arctan",
  "numpy.core._multiarray_umath.arctan2",
  "numpy.core._multiarray_umath.arctanh",
  "numpy.core._multiarray_umath.bitwise_and",
  "numpy.core._multiarray_umath.bitwise_or",
  "numpy.core._multiarray_umath.bitwise_xor",
  "numpy.core._multiarray_umath.cbrt",
  "numpy.core._multiarray_umath.ceil",
  "numpy.core._multiarray_umath.conjugate",
  "numpy.core._multiarray_umath.copysign",
  "numpy.core._multiarray_umath.cos",
  "numpy.core._multiarray_umath.cosh",
  "numpy.core._multiarray_umath.deg2rad",
  "numpy.core._multiarray_umath.degrees",
  "numpy.core._multiarray_umath.divide",
  "numpy.core._multiarray_umath.divmod",
  "numpy.core._multiarray_umath.equal",
  "numpy.core._multiarray_umath.exp",
  "numpy.core._multiarray_umath.exp2",
  "numpy.core._multiarray_umath.expm1",
  "numpy.core._multiarray_umath.fabs",
  "numpy.core._multiarray_umath.float_power",
  "numpy.core._multiarray_umath.floor",
  "numpy.core._multiarray_umath.floor_divide",
  "numpy.core._multiarray_umath.fmax",
  "numpy.core._multiarray_umath.fmin",
  "numpy.core._multiarray_umath.fmod",
  "numpy.core._multiarray_umath.frexp",
  "numpy.core._multiarray_umath.gcd",
  "numpy.core._multiarray_umath.greater",
  "numpy.core._multiarray_umath.greater_equal",
  "numpy.core._multiarray_umath.heaviside",
  "numpy.core._multiarray_umath.hypot",
  "numpy.core._multiarray_umath.invert",
  "numpy.core._multiarray_umath.isfinite",
  "numpy.core._multiarray_umath.isinf",
  "numpy.core._multiarray_umath.isnan",
  "numpy.core._multiarray_umath.isnat",
  "numpy.core._multiarray_umath.lcm",
  "numpy.core._multiarray_umath.ldexp",
  "numpy.core._multiarray_umath.left_shift",
  "numpy.core._multiarray_umath.less",
  "numpy.core._multiarray_umath.less_equal",
  "numpy.core._multiarray_umath.log",
  "numpy.core._multiarray_umath.log10",
  "numpy.core._multiarray_umath.log1p",
  "numpy.core._multiarray_umath.log2",
  "numpy.core._multiarray_umath.logaddexp",
  "numpy.core._multiarray_umath.logaddexp2",
  "numpy.core._multiarray_umath.logical_and",
  "numpy.core._multiarray_umath.logical_not",
  "numpy.core._multiarray_umath.logical_or",
  "numpy.core._multiarray_umath.logical_xor",
  "numpy.core._multiarray_umath.matmul",
  "numpy.core._multiarray_umath.maximum",
  "numpy.core._multiarray_umath.minimum",
  "numpy.core._multiarray_umath.modf",
  "numpy.core._multiarray_umath.multiply",
  "numpy.core._multiarray_umath.negative",
  "numpy.core._multiarray_umath.nextafter",
  "numpy.core._multiarray_umath.not_equal",
  "numpy.core._multiarray_umath.positive",
  "numpy.core._multiarray_umath.power",
  "numpy.core._multiarray_umath.rad2deg",
  "numpy.core._multiarray_umath.radians",
  "numpy.core._multiarray_umath.reciprocal",
  "numpy.core._multiarray_umath.remainder",
  "numpy.core._multiarray_umath.right_shift",
  "numpy.core._multiarray_umath.rint",
  "numpy.core._multiarray_umath.sign",
  "numpy.core._multiarray_umath.signbit",
  "numpy.core._multiarray_umath.sin",
  "numpy.core._multiarray_umath.sinh",
  "numpy.core._multiarray_umath.spacing",
  "numpy.core._multiarray_umath.sqrt",
  "numpy.core._multiarray_umath.square",
  "numpy.core._multiarray_umath.subtract",
  "numpy.core._multiarray_umath.tan",
  "numpy.core._multiarray_umath.tanh",
  "numpy.core._multiarray_umath.trunc",
  "numpy.core.getlimits.MachArLike",
  // numpy finfo
  "numpy.core.multiarray._reconstruct",
  // numpy 0-d
  "numpy.core.multiarray.scalar",
  // numpy finfo
  "numpy.core.numeric._frombuffer",
  // numpy 0-d
  "numpy.datetime64",
  // numpy scalar types
  "numpy.dtype",
  // numpy 0-d
  "numpy.finfo",
  // numpy finfo
  // numpy scalar types
  "numpy.float128",
  "numpy.float16",
  "numpy.float32",
  // numpy finfo
  "numpy.float64",
  // numpy scalar types
  "numpy.iinfo",
  // numpy finfo
  "numpy.int16",
  // numpy scalar types
  "numpy.int32",
  // numpy finfo
  // numpy scalar types
  "numpy.int64",
  "numpy.int8",
  "numpy.longlong",
  // numpy masked array
  "numpy.ma.core.MaskedArray",
  "numpy.ma.core._mareconstruct",
  "numpy.matrix",
  // numpy matrix
  "numpy.mean",
  // sklearn FeatureAgglomeration binary
  "numpy.ndarray",
  // numpy 0-d
  "numpy.object_",
  // numpy scalar types
  "numpy.poly1d",
  // numpy poly
  "numpy.polynomial.Polynomial",
  // same object as numpy.polynomial.polynomial.Polynomial
  // numpy poly
  "numpy.polynomial.chebyshev.Chebyshev",
  "numpy.polynomial.hermite.Hermite",
  "numpy.polynomial.hermite_e.HermiteE",
  "numpy.polynomial.laguerre.Laguerre",
  "numpy.polynomial.legendre.Legendre",
  "numpy.polynomial.polynomial.Polynomial",
  "numpy.random._pickle.__bit_generator_ctor",
  // numpy BitGenerator MT19937
  "numpy.random._pickle.__generator_ctor",
  // numpy Generator MT19937
  "numpy.random._pickle.__randomstate_ctor",
  // numpy RandomState
  // numpy SeedSequence
  "numpy.random.bit_generator.SeedSequence",
  "numpy.random.bit_generator.__pyx_unpickle_SeedSequence",
  // numpy recarray
  "numpy.recarray",
  "numpy.record",
  // numpy scalar types
  "numpy.str_",
  "numpy.timedelta64",
  "numpy.uint16",
  "numpy.uint32",
  "numpy.uint64",
  "numpy.uint8",
  "numpy.ulonglong",
  "numpy.void",
  // checkpoint omegaconf
  "omegaconf.base.ContainerMetadata",
  "omegaconf.base.Metadata",
  "omegaconf.dictconfig.DictConfig",
  "omegaconf.listconfig.ListConfig",
  "omegaconf.nodes.AnyNode",
  // checkpoint omegaconf structured
  "omegaconf.nodes.FloatNode",
  "omegaconf.nodes.IntegerNode",
  "omegaconf.nodes.StringNode",
  // pandas DataFrame
  "pandas._libs.arrays.__pyx_unpickle_NDArrayBacked",
  "pandas._libs.internals._unpickle_block",
  "pandas._libs.interval.Interval",
  // pandas scalars
  // pandas DataFrame
  "pandas._libs.interval.__pyx_unpickle_IntervalMixin",
  "pandas._libs.missing.NA",
  "pandas._libs.sparse.IntIndex",
  // pandas scalars
  "pandas._libs.tslibs.nattype.__nat_unpickle",
  "pandas._libs.tslibs.offsets.BusinessDay",
  "pandas._libs.tslibs.offsets.DateOffset",
  "pandas._libs.tslibs.offsets.Day",
  // pandas indexes
  "pandas._libs.tslibs.offsets.Hour",
  // pandas scalars
  "pandas._libs.tslibs.offsets.MonthEnd",
  // pandas DataFrame
  // pandas scalars
  "pandas._libs.tslibs.period.Period",
  "pandas._libs.tslibs.timedeltas._timedelta_unpickle",
  "pandas._libs.tslibs.timestamps._unpickle_timestamp",
  // pandas DataFrame
  "pandas.core.arrays.boolean.BooleanArray",
  "pandas.core.arrays.boolean.BooleanDtype",
  "pandas.core.arrays.categorical.Categorical",
  "pandas.core.arrays.datetimes.DatetimeArray",
  "pandas.core.arrays.floating.Float32Dtype",
  // pandas dtypes
  // pandas DataFrame
  "pandas.core.arrays.floating.Float64Dtype",
  "pandas.core.arrays.floating.FloatingArray",
  "pandas.core.arrays.integer.Int64Dtype",
  "pandas.core.arrays.integer.IntegerArray",
  "pandas.core.arrays.interval.Interval",
  // same object as pandas._libs.interval.Interval
  "pandas.core.arrays.interval.IntervalArray",
  // pandas DataFrame
  "pandas.core.arrays.period.Period",
  // same object as pandas._libs.tslibs.period.Period
  "pandas.core.arrays.period.PeriodArray",
  // pandas DataFrame
  "pandas.core.arrays.sparse.IntIndex",
  // same object as pandas._libs.sparse.IntIndex
  // pandas DataFrame
  "pandas.core.arrays.sparse.array.SparseArray",
  "pandas.core.arrays.sparse.dtype.SparseDtype",
  "pandas.core.arrays.string_.StringArray",
  "pandas.core.arrays.string_.StringDtype",
  "pandas.core.arrays.timedeltas.TimedeltaArray",
  "pandas.core.dtypes.dtypes.CategoricalDtype",
  "pandas.core.dtypes.dtypes.DatetimeTZDtype",
  "pandas.core.dtypes.dtypes.IntervalDtype",
  "pandas.core.dtypes.dtypes.PeriodDtype",
  "pandas.core.frame.DataFrame",
  "pandas.core.groupby.categorical.Categorical",
  // same object as pandas.core.arrays.categorical.Categorical
  // pandas DataFrame
  "pandas.core.indexes.base.Index",
  "pandas.core.indexes.base._new_Index",
  "pandas.core.indexes.category.CategoricalIndex",
  // pandas indexes
  "pandas.core.indexes.datetimes.DatetimeArray",
  // same object as pandas.core.arrays.datetimes.DatetimeArray
  // pandas indexes
  "pandas.core.indexes.datetimes.DatetimeIndex",
  "pandas.core.indexes.datetimes._new_DatetimeIndex",
  "pandas.core.indexes.interval.Interval",
  // same object as pandas._libs.interval.Interval
  "pandas.core.indexes.interval.IntervalArray",
  // same object as pandas.core.arrays.interval.IntervalArray
  // pandas indexes
  "pandas.core.indexes.interval.IntervalIndex",
  "pandas.core.indexes.interval._new_IntervalIndex",
  "pandas.core.indexes.multi.MultiIndex",
  // pandas MultiIndex
  "pandas.core.indexes.numeric.Float64Index",
  // pandas indexes
  "pandas.core.indexes.numeric.Int64Index",
  // pandas MultiIndex
  "pandas.core.indexes.numeric.UInt64Index",
  // pandas indexes
  "pandas.core.indexes.period.Period",
  // same object as pandas._libs.tslibs.period.Period
  "pandas.core.indexes.period.PeriodArray",
  // same object as pandas.core.arrays.period.PeriodArray
  "pandas.core.indexes.period.PeriodIndex",
  // pandas indexes
  "pandas.core.indexes.range.RangeIndex",
  // pandas DataFrame
  "pandas.core.indexes.timedeltas.TimedeltaArray",
  // same object as pandas.core.arrays.timedeltas.TimedeltaArray
  "pandas.core.indexes.timedeltas.TimedeltaIndex",
  // pandas indexes
  "pandas.core.internals.base.Index",
  // same object as pandas.core.indexes.base.Index
  "pandas.core.internals.managers.BlockManager",
  // pandas DataFrame
  // pandas MultiIndex
  "pandas.core.internals.managers.SingleBlockManager",
  "pandas.core.series.Series",
  "pandas.core.tools.datetimes.DatetimeArray",
  // same object as pandas.core.arrays.datetimes.DatetimeArray
  "pandas.core.tools.datetimes.DatetimeIndex",
  // same object as pandas.core.indexes.datetimes.DatetimeIndex
  "pandas.tseries.offsets.BusinessDay",
  // same object as pandas._libs.tslibs.offsets.BusinessDay
  "pandas.tseries.offsets.DateOffset",
  // same object as pandas._libs.tslibs.offsets.DateOffset
  "pandas.tseries.offsets.Day",
  // same object as pandas._libs.tslibs.offsets.Day
  "pandas.tseries.offsets.Hour",
  // same object as pandas._libs.tslibs.offsets.Hour
  "pandas.tseries.offsets.MonthEnd",
  // same object as pandas._libs.tslibs.offsets.MonthEnd
  // checkpoint argparse
  "pathlib.PosixPath",
  "pathlib.PurePosixPath",
  "pathlib.PureWindowsPath",
  // checkpoint data classes
  "pytz._UTC",
  // pandas DataFrame
  "scipy.interpolate.PPoly",
  // same object as scipy.interpolate._interpolate.PPoly
  // scipy interpolate
  "scipy.interpolate._bsplines.BSpline",
  "scipy.interpolate._cubic.CubicSpline",
  "scipy.interpolate._cubic.PchipInterpolator",
  "scipy.interpolate._interpolate.PPoly",
  "scipy.sparse._arrays.bsr_array",
  // scipy sparse bsr_array
  "scipy.sparse._arrays.coo_array",
  // scipy sparse coo_array
  "scipy.sparse._arrays.csc_array",
  // scipy sparse csc_array
  "scipy.sparse._arrays.csr_array",
  // scipy sparse csr_array
  "scipy.sparse._arrays.dia_array",
  // scipy sparse dia_array
  "scipy.sparse._arrays.dok_array",
  // scipy sparse dok_array
  "scipy.sparse._arrays.lil_array",
  // scipy sparse lil_array
  "scipy.sparse._bsr.bsr_matrix",
  // scipy sparse bsr_matrix
  "scipy.sparse._coo.coo_matrix",
  // scipy sparse coo_matrix
  "scipy.sparse._csc.csc_matrix",
  // scipy sparse csc_matrix
  "scipy.sparse._csr.csr_matrix",
  // scipy sparse csr_matrix
  "scipy.sparse._dia.dia_matrix",
  // scipy sparse dia_matrix
  "scipy.sparse._dok.dok_matrix",
  // scipy sparse dok_matrix
  "scipy.sparse._lil.lil_matrix",
  // scipy sparse lil_matrix
  // scipy spatial
  "scipy.spatial._ckdtree.cKDTree",
  "scipy.spatial._kdtree.KDTree",
  "scipy.spatial.transform._rotation.Rotation",
  // scipy rotation
  "sklearn._loss.AbsoluteError",
  // same object as sklearn._loss.loss.AbsoluteError
  "sklearn._loss.HalfBinomialLoss",
  // same object as sklearn._loss.loss.HalfBinomialLoss
  "sklearn._loss.HalfGammaLoss",
  // same object as sklearn._loss.loss.HalfGammaLoss
  "sklearn._loss.HalfMultinomialLoss",
  // same object as sklearn._loss.loss.HalfMultinomialLoss
  "sklearn._loss.HalfPoissonLoss",
  // same object as sklearn._loss.loss.HalfPoissonLoss
  "sklearn._loss.HalfSquaredError",
  // same object as sklearn._loss.loss.HalfSquaredError
  "sklearn._loss.HalfTweedieLoss",
  // same object as sklearn._loss.loss.HalfTweedieLoss
  "sklearn._loss.HalfTweedieLossIdentity",
  // same object as sklearn._loss.loss.HalfTweedieLossIdentity
  "sklearn._loss.PinballLoss",
  // same object as sklearn._loss.loss.PinballLoss
  "sklearn._loss._loss.CyAbsoluteError",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  "sklearn._loss._loss.CyHalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss._loss.CyHalfGammaLoss",
  // sklearn GammaRegressor regression
  "sklearn._loss._loss.CyHalfMultinomialLoss",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss._loss.CyHalfPoissonLoss",
  // sklearn HistGradientBoostingRegressor loss=poisson
  "sklearn._loss._loss.CyHalfSquaredError",
  // sklearn HistGradientBoostingRegressor loss=squared_error
  "sklearn._loss._loss.CyHalfTweedieLoss",
  // sklearn TweedieRegressor power=0 log
  "sklearn._loss._loss.CyHalfTweedieLossIdentity",
  // sklearn TweedieRegressor power=0
  "sklearn._loss._loss.CyPinballLoss",
  // sklearn HistGradientBoostingRegressor loss=quantile
  "sklearn._loss._loss.__pyx_unpickle_CyAbsoluteError",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  "sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss",
  // sklearn GammaRegressor regression
  "sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss",
  // sklearn HistGradientBoostingRegressor loss=poisson
  "sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError",
  // sklearn HistGradientBoostingRegressor loss=squared_error
  "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLoss",
  // sklearn TweedieRegressor power=0 log
  "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity",
  // sklearn TweedieRegressor power=0
  "sklearn._loss._loss.__pyx_unpickle_CyPinballLoss",
  // sklearn HistGradientBoostingRegressor loss=quantile
  "sklearn._loss.link.IdentityLink",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  // sklearn GammaRegressor regression
  "sklearn._loss.link.Interval",
  "sklearn._loss.link.LogLink",
  "sklearn._loss.link.LogitLink",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss.link.MultinomialLogit",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss.loss.AbsoluteError",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "sklearn._loss.loss.CyAbsoluteError",
  "sklearn._loss.loss.CyHalfBinomialLoss",
  "sklearn._loss.loss.CyHalfGammaLoss",
  "sklearn._loss.loss.CyHalfMultinomialLoss",
  "sklearn._loss.loss.CyHalfPoissonLoss",
  "sklearn._loss.loss.CyHalfSquaredError",
  "sklearn._loss.loss.CyHalfTweedieLoss",
  "sklearn._loss.loss.CyHalfTweedieLossIdentity",
  "sklearn._loss.loss.CyPinballLoss",
  "sklearn._loss.loss.HalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn._loss.loss.HalfGammaLoss",
  // sklearn GammaRegressor regression
  "sklearn._loss.loss.HalfMultinomialLoss",
  // sklearn HistGradientBoostingClassifier multiclass
  "sklearn._loss.loss.HalfPoissonLoss",
  // sklearn HistGradientBoostingRegressor loss=poisson
  "sklearn._loss.loss.HalfSquaredError",
  // sklearn HistGradientBoostingRegressor loss=squared_error
  "sklearn._loss.loss.HalfTweedieLoss",
  // sklearn TweedieRegressor power=0 log
  "sklearn._loss.loss.HalfTweedieLossIdentity",
  // sklearn TweedieRegressor power=0
  "sklearn._loss.loss.PinballLoss",
  // sklearn HistGradientBoostingRegressor loss=quantile
  // sklearn CalibratedClassifierCV binary
  "sklearn.calibration.CalibratedClassifierCV",
  "sklearn.calibration._CalibratedClassifier",
  "sklearn.calibration._SigmoidCalibration",
  "sklearn.cluster._affinity_propagation.AffinityPropagation",
  // sklearn AffinityPropagation binary
  "sklearn.cluster._agglomerative.AgglomerativeClustering",
  // sklearn AgglomerativeClustering binary
  "sklearn.cluster._agglomerative.FeatureAgglomeration",
  // sklearn FeatureAgglomeration binary
  "sklearn.cluster._bicluster.SpectralBiclustering",
  // sklearn SpectralBiclustering binary
  "sklearn.cluster._bicluster.SpectralCoclustering",
  // sklearn SpectralCoclustering binary
  // sklearn Birch
  "sklearn.cluster._birch.Birch",
  "sklearn.cluster._birch._CFNode",
  "sklearn.cluster._birch._CFSubcluster",
  // sklearn BisectingKMeans binary
  "sklearn.cluster._bisect_k_means.BisectingKMeans",
  "sklearn.cluster._bisect_k_means._BisectingTree",
  "sklearn.cluster._dbscan.DBSCAN",
  // sklearn DBSCAN binary
  "sklearn.cluster._kmeans.KMeans",
  // sklearn KMeans binary
  "sklearn.cluster._kmeans.MiniBatchKMeans",
  // sklearn MiniBatchKMeans binary
  "sklearn.cluster._kmeans._kmeans_single_lloyd",
  // sklearn BisectingKMeans binary
  "sklearn.cluster._mean_shift.MeanShift",
  // sklearn MeanShift binary
  "sklearn.cluster._optics.OPTICS",
  // sklearn OPTICS binary
  "sklearn.cluster._spectral.SpectralClustering",
  // sklearn SpectralClustering binary
  "sklearn.compose._column_transformer.ColumnTransformer",
  // sklearn ColumnTransformer
  "sklearn.compose._target.TransformedTargetRegressor",
  // sklearn TransformedTargetRegressor
  "sklearn.covariance._elliptic_envelope.EllipticEnvelope",
  // sklearn EllipticEnvelope binary
  "sklearn.covariance._empirical_covariance.EmpiricalCovariance",
  // sklearn EmpiricalCovariance binary
  "sklearn.covariance._graph_lasso.GraphicalLasso",
  // sklearn GraphicalLasso binary
  "sklearn.covariance._graph_lasso.GraphicalLassoCV",
  // sklearn GraphicalLassoCV binary
  "sklearn.covariance._robust_covariance.MinCovDet",
  // sklearn MinCovDet binary
  "sklearn.covariance._shrunk_covariance.LedoitWolf",
  // sklearn LedoitWolf binary
  "sklearn.covariance._shrunk_covariance.OAS",
  // sklearn OAS binary
  "sklearn.covariance._shrunk_covariance.ShrunkCovariance",
  // sklearn ShrunkCovariance binary
  "sklearn.cross_decomposition._pls.CCA",
  // sklearn CCA multioutput
  "sklearn.cross_decomposition._pls.PLSCanonical",
  // sklearn PLSCanonical multioutput
  "sklearn.cross_decomposition._pls.PLSRegression",
  // sklearn PLSRegression multioutput
  "sklearn.cross_decomposition._pls.PLSSVD",
  // sklearn PLSSVD
  "sklearn.decomposition._dict_learning.DictionaryLearning",
  // sklearn DictionaryLearning binary
  "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
  // sklearn MiniBatchDictionaryLearning binary
  "sklearn.decomposition._dict_learning.SparseCoder",
  // sklearn SparseCoder
  "sklearn.decomposition._factor_analysis.FactorAnalysis",
  // sklearn FactorAnalysis binary
  "sklearn.decomposition._fastica.FastICA",
  // sklearn FastICA binary
  "sklearn.decomposition._incremental_pca.IncrementalPCA",
  // sklearn IncrementalPCA binary
  "sklearn.decomposition._kernel_pca.KernelPCA",
  // sklearn Isomap binary
  "sklearn.decomposition._lda.LatentDirichletAllocation",
  // sklearn LatentDirichletAllocation binary
  "sklearn.decomposition._nmf.MiniBatchNMF",
  // sklearn MiniBatchNMF binary
  "sklearn.decomposition._nmf.NMF",
  // sklearn NMF binary
  "sklearn.decomposition._pca.PCA",
  // sklearn FeatureUnion
  "sklearn.decomposition._sparse_pca.MiniBatchSparsePCA",
  // sklearn MiniBatchSparsePCA binary
  "sklearn.decomposition._sparse_pca.SparsePCA",
  // sklearn SparsePCA binary
  "sklearn.decomposition._truncated_svd.TruncatedSVD",
  // sklearn TruncatedSVD binary
  "sklearn.discriminant_analysis.LinearDiscriminantAnalysis",
  // sklearn LinearDiscriminantAnalysis binary
  "sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis",
  // sklearn QuadraticDiscriminantAnalysis binary
  "sklearn.dummy.DummyClassifier",
  // sklearn DummyClassifier binary
  "sklearn.dummy.DummyRegressor",
  // sklearn DummyRegressor multioutput
  "sklearn.ensemble._bagging.BaggingClassifier",
  // sklearn BaggingClassifier
  "sklearn.ensemble._bagging.BaggingRegressor",
  // sklearn BaggingRegressor multioutput
  "sklearn.ensemble._forest.ExtraTreesClassifier",
  // sklearn ExtraTreesClassifier
  "sklearn.ensemble._forest.ExtraTreesRegressor",
  // sklearn ExtraTreesRegressor multioutput
  "sklearn.ensemble._forest.RandomForestClassifier",
  // sklearn RandomForestClassifier binary
  "sklearn.ensemble._forest.RandomForestRegressor",
  // sklearn RandomForestRegressor multioutput
  "sklearn.ensemble._forest.RandomTreesEmbedding",
  // sklearn RandomTreesEmbedding binary
  "sklearn.ensemble._gb.GradientBoostingClassifier",
  // sklearn GradientBoostingClassifier binary
  "sklearn.ensemble._gb.GradientBoostingRegressor",
  // sklearn GradientBoostingRegressor loss=absolute_error
  "sklearn.ensemble._gb_losses.BinomialDeviance",
  // sklearn GradientBoostingClassifier binary
  "sklearn.ensemble._gb_losses.ExponentialLoss",
  // sklearn GradientBoostingClassifier loss=exponential
  "sklearn.ensemble._gb_losses.HuberLossFunction",
  // sklearn GradientBoostingRegressor loss=huber
  "sklearn.ensemble._gb_losses.LeastAbsoluteError",
  // sklearn GradientBoostingRegressor loss=absolute_error
  "sklearn.ensemble._gb_losses.LeastSquaresError",
  // sklearn GradientBoostingRegressor loss=squared_error
  "sklearn.ensemble._gb_losses.MultinomialDeviance",
  // sklearn GradientBoostingClassifier multiclass
  "sklearn.ensemble._gb_losses.QuantileLossFunction",
  // sklearn GradientBoostingRegressor loss=quantile
  // sklearn HistGradientBoostingClassifier binary
  "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
  "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
  "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
  // sklearn HistGradientBoostingRegressor loss=absolute_error
  "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
  // sklearn HistGradientBoostingClassifier binary
  "sklearn.ensemble._iforest.IsolationForest",
  // sklearn IsolationForest
  "sklearn.ensemble._stacking.StackingClassifier",
  // sklearn StackingClassifier
  "sklearn.ensemble._stacking.StackingRegressor",
  // sklearn StackingRegressor
  "sklearn.ensemble._voting.VotingClassifier",
  // sklearn VotingClassifier
  "sklearn.ensemble._voting.VotingRegressor",
  // sklearn VotingRegressor
  "sklearn.ensemble._weight_boosting.AdaBoostClassifier",
  // sklearn AdaBoostClassifier SAMME
  "sklearn.ensemble._weight_boosting.AdaBoostRegressor",
  // sklearn AdaBoostRegressor regression
  "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
  // sklearn DictVectorizer
  "sklearn.feature_extraction._hash.FeatureHasher",
  // sklearn FeatureHasher
  "sklearn.feature_extraction.image.PatchExtractor",
  // sklearn PatchExtractor binary
  "sklearn.feature_extraction.text.CountVectorizer",
  // sklearn text CountVectorizer
  "sklearn.feature_extraction.text.HashingVectorizer",
  // sklearn HashingVectorizer binary
  "sklearn.feature_extraction.text.TfidfTransformer",
  // sklearn TfidfTransformer
  "sklearn.feature_extraction.text.TfidfVectorizer",
  // sklearn text TfidfVectorizer
  "sklearn.feature_selection._from_model.SelectFromModel",
  // sklearn SelectFromModel
  "sklearn.feature_selection._rfe.RFE",
  // sklearn RFE
  "sklearn.feature_selection._rfe.RFECV",
  // sklearn RFECV
  "sklearn.feature_selection._sequential.SequentialFeatureSelector",
  // sklearn SequentialFeatureSelector
  "sklearn.feature_selection._univariate_selection.GenericUnivariateSelect",
  // sklearn GenericUnivariateSelect binary
  "sklearn.feature_selection._univariate_selection.SelectFdr",
  // sklearn SelectFdr binary
  "sklearn.feature_selection._univariate_selection.SelectFpr",
  // sklearn SelectFpr binary
  "sklearn.feature_selection._univariate_selection.SelectFwe",
  // sklearn SelectFwe binary
  "sklearn.feature_selection._univariate_selection.SelectKBest",
  // sklearn SelectKBest
  "sklearn.feature_selection._univariate_selection.SelectPercentile",
  // sklearn SelectPercentile binary
  "sklearn.feature_selection._univariate_selection.f_classif",
  // sklearn GenericUnivariateSelect binary
  "sklearn.feature_selection._variance_threshold.VarianceThreshold",
  // sklearn VarianceThreshold binary
  // sklearn GaussianProcessClassifier binary
  "sklearn.gaussian_process._gpc.GaussianProcessClassifier",
  "sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace",
  "sklearn.gaussian_process._gpr.GaussianProcessRegressor",
  // sklearn GaussianProcessRegressor kernel 0
  "sklearn.gaussian_process.kernels.ConstantKernel",
  // sklearn GaussianProcessClassifier binary
  "sklearn.gaussian_process.kernels.DotProduct",
  // sklearn GaussianProcessRegressor kernel 4
  "sklearn.gaussian_process.kernels.Exponentiation",
  // sklearn GaussianProcessRegressor kernel 7
  "sklearn.gaussian_process.kernels.Matern",
  // sklearn GaussianProcessRegressor kernel 1
  "sklearn.gaussian_process.kernels.PairwiseKernel",
  // sklearn GaussianProcessRegressor kernel 8
  // sklearn GaussianProcessClassifier binary
  "sklearn.gaussian_process.kernels.Product",
  "sklearn.gaussian_process.kernels.RBF",
  "sklearn.gaussian_process.kernels.RationalQuadratic",
  // sklearn GaussianProcessRegressor kernel 2
  "sklearn.gaussian_process.kernels.Sum",
  // sklearn GaussianProcessRegressor kernel 6
  "sklearn.gaussian_process.kernels.WhiteKernel",
  // sklearn GaussianProcessRegressor kernel 5
  "sklearn.impute._base.MissingIndicator",
  // sklearn MissingIndicator binary
  // sklearn IterativeImputer
  "sklearn.impute._base.SimpleImputer",
  "sklearn.impute._iterative.IterativeImputer",
  "sklearn.impute._iterative._ImputerTriplet",
  "sklearn.impute._knn.KNNImputer",
  // sklearn KNNImputer
  "sklearn.isotonic.IsotonicRegression",
  // sklearn CalibratedClassifierCV method=isotonic
  "sklearn.kernel_approximation.AdditiveChi2Sampler",
  // sklearn AdditiveChi2Sampler binary
  "sklearn.kernel_approximation.Nystroem",
  // sklearn Nystroem binary
  "sklearn.kernel_approximation.PolynomialCountSketch",
  // sklearn PolynomialCountSketch binary
  "sklearn.kernel_approximation.RBFSampler",
  // sklearn RBFSampler binary
  "sklearn.kernel_approximation.SkewedChi2Sampler",
  // sklearn SkewedChi2Sampler binary
  "sklearn.kernel_ridge.KernelRidge",
  // sklearn KernelRidge multioutput
  "sklearn.linear_model._base.LinearRegression",
  // sklearn LinearRegression multioutput
  "sklearn.linear_model._bayes.ARDRegression",
  // sklearn ARDRegression regression
  "sklearn.linear_model._bayes.BayesianRidge",
  // sklearn BayesianRidge regression
  "sklearn.linear_model._coordinate_descent.ElasticNet",
  // sklearn ElasticNet multioutput
  "sklearn.linear_model._coordinate_descent.ElasticNetCV",
  // sklearn ElasticNetCV regression
  "sklearn.linear_model._coordinate_descent.Lasso",
  // sklearn Lasso multioutput
  "sklearn.linear_model._coordinate_descent.LassoCV",
  // sklearn LassoCV regression
  "sklearn.linear_model._coordinate_descent.MultiTaskElasticNet",
  // sklearn MultiTaskElasticNet multioutput
  "sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV",
  // sklearn MultiTaskElasticNetCV multioutput
  "sklearn.linear_model._coordinate_descent.MultiTaskLasso",
  // sklearn MultiTaskLasso multioutput
  "sklearn.linear_model._coordinate_descent.MultiTaskLassoCV",
  // sklearn MultiTaskLassoCV multioutput
  "sklearn.linear_model._glm.GammaRegressor",
  // same object as sklearn.linear_model._glm.glm.GammaRegressor
  "sklearn.linear_model._glm.PoissonRegressor",
  // same object as sklearn.linear_model._glm.glm.PoissonRegressor
  "sklearn.linear_model._glm.TweedieRegressor",
  // same object as sklearn.linear_model._glm.glm.TweedieRegressor
  "sklearn.linear_model._glm.glm.GammaRegressor",
  // sklearn GammaRegressor regression
  "sklearn.linear_model._glm.glm.PoissonRegressor",
  // sklearn PoissonRegressor regression
  "sklearn.linear_model._glm.glm.TweedieRegressor",
  // sklearn TweedieRegressor power=0
  "sklearn.linear_model._huber.HuberRegressor",
  // sklearn HuberRegressor regression
  "sklearn.linear_model._least_angle.Lars",
  // sklearn Lars multioutput
  "sklearn.linear_model._least_angle.LarsCV",
  // sklearn LarsCV regression
  "sklearn.linear_model._least_angle.LassoLars",
  // sklearn LassoLars multioutput
  "sklearn.linear_model._least_angle.LassoLarsCV",
  // sklearn LassoLarsCV regression
  "sklearn.linear_model._least_angle.LassoLarsIC",
  // sklearn LassoLarsIC regression
  "sklearn.linear_model._logistic.LogisticRegression",
  // sklearn ClassifierChain
  "sklearn.linear_model._logistic.LogisticRegressionCV",
  // sklearn LogisticRegressionCV
  "sklearn.linear_model._omp.OrthogonalMatchingPursuit",
  // sklearn OrthogonalMatchingPursuit multioutput
  "sklearn.linear_model._omp.OrthogonalMatchingPursuitCV",
  // sklearn OrthogonalMatchingPursuitCV regression
  "sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier",
  // sklearn PassiveAggressiveClassifier binary
  "sklearn.linear_model._passive_aggressive.PassiveAggressiveRegressor",
  // sklearn PassiveAggressiveRegressor regression
  "sklearn.linear_model._perceptron.Perceptron",
  // sklearn Perceptron binary
  "sklearn.linear_model._quantile.QuantileRegressor",
  // sklearn QuantileRegressor regression
  "sklearn.linear_model._ransac.RANSACRegressor",
  // sklearn RANSACRegressor multioutput
  "sklearn.linear_model._ridge.Ridge",
  // sklearn MultiOutputRegressor
  "sklearn.linear_model._ridge.RidgeCV",
  // sklearn RidgeCV multioutput
  "sklearn.linear_model._ridge.RidgeClassifier",
  // sklearn RidgeClassifier binary
  "sklearn.linear_model._ridge.RidgeClassifierCV",
  // sklearn RidgeClassifierCV binary
  "sklearn.linear_model._sgd_fast.EpsilonInsensitive",
  // sklearn SGDClassifier loss=epsilon_insensitive
  "sklearn.linear_model._sgd_fast.Hinge",
  // sklearn PassiveAggressiveClassifier binary
  "sklearn.linear_model._sgd_fast.Huber",
  // sklearn SGDClassifier loss=huber
  "sklearn.linear_model._sgd_fast.Log",
  // sklearn SGDClassifier loss=log_loss
  "sklearn.linear_model._sgd_fast.ModifiedHuber",
  // sklearn SGDClassifier loss=modified_huber
  "sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive",
  // sklearn SGDClassifier loss=squared_epsilon_insensitive
  "sklearn.linear_model._sgd_fast.SquaredHinge",
  // sklearn SGDClassifier loss=squared_hinge
  "sklearn.linear_model._sgd_fast.SquaredLoss",
  // sklearn SGDClassifier loss=squared_error
  "sklearn.linear_model._stochastic_gradient.SGDClassifier",
  // sklearn SGDClassifier binary
  "sklearn.linear_model._stochastic_gradient.SGDOneClassSVM",
  // sklearn SGDOneClassSVM binary
  "sklearn.linear_model._stochastic_gradient.SGDRegressor",
  // sklearn SGDRegressor loss=epsilon_insensitive
  "sklearn.linear_model._theil_sen.TheilSenRegressor",
  // sklearn TheilSenRegressor regression
  "sklearn.manifold._isomap.Isomap",
  // sklearn Isomap binary
  "sklearn.manifold._locally_linear.LocallyLinearEmbedding",
  // sklearn LocallyLinearEmbedding binary
  "sklearn.manifold._mds.MDS",
  // sklearn MDS binary
  "sklearn.manifold._spectral_embedding.SpectralEmbedding",
  // sklearn SpectralEmbedding binary
  "sklearn.manifold._t_sne.TSNE",
  // sklearn TSNE binary
  "sklearn.metrics._dist_metrics.BrayCurtisDistance",
  // sklearn BallTree metric=braycurtis
  "sklearn.metrics._dist_metrics.BrayCurtisDistance32",
  // sklearn DistanceMetric32 braycurtis
  "sklearn.metrics._dist_metrics.CanberraDistance",
  // sklearn BallTree metric=canberra
  "sklearn.metrics._dist_metrics.CanberraDistance32",
  // sklearn DistanceMetric32 canberra
  "sklearn.metrics._dist_metrics.ChebyshevDistance",
  // sklearn BallTree metric=chebyshev
  "sklearn.metrics._dist_metrics.ChebyshevDistance32",
  // sklearn DistanceMetric32 chebyshev
  "sklearn.metrics._dist_metrics.DiceDistance",
  // sklearn BallTree metric=dice
  "sklearn.metrics._dist_metrics.DiceDistance32",
  // sklearn DistanceMetric32 dice
  "sklearn.metrics._dist_metrics.EuclideanDistance",
  // sklearn BallTree metric=euclidean
  "sklearn.metrics._dist_metrics.EuclideanDistance32",
  // sklearn DistanceMetric32 euclidean
  "sklearn.metrics._dist_metrics.HammingDistance",
  // sklearn BallTree metric=hamming
  "sklearn.metrics._dist_metrics.HammingDistance32",
  // sklearn DistanceMetric32 hamming
  "sklearn.metrics._dist_metrics.HaversineDistance",
  // sklearn BallTree metric=haversine
  "sklearn.metrics._dist_metrics.HaversineDistance32",
  // sklearn DistanceMetric32 haversine
  "sklearn.metrics._dist_metrics.JaccardDistance",
  // sklearn BallTree metric=jaccard
  "sklearn.metrics._dist_metrics.JaccardDistance32",
  // sklearn DistanceMetric32 jaccard
  "sklearn.metrics._dist_metrics.MahalanobisDistance",
  // sklearn BallTree metric=mahalanobis
  "sklearn.metrics._dist_metrics.MahalanobisDistance32",
  // sklearn DistanceMetric32 mahalanobis
  "sklearn.metrics._dist_metrics.ManhattanDistance",
  // sklearn BallTree metric=manhattan
  "sklearn.metrics._dist_metrics.ManhattanDistance32",
  // sklearn DistanceMetric32 manhattan
  "sklearn.metrics._dist_metrics.MatchingDistance",
  // sklearn BallTree metric=matching
  "sklearn.metrics._dist_metrics.MatchingDistance32",
  // sklearn DistanceMetric32 matching
  "sklearn.metrics._dist_metrics.RogersTanimotoDistance",
  // sklearn BallTree metric=rogerstanimoto
  "sklearn.metrics._dist_metrics.RogersTanimotoDistance32",
  // sklearn DistanceMetric32 rogerstanimoto
  "sklearn.metrics._dist_metrics.RussellRaoDistance",
  // sklearn BallTree metric=russellrao
  "sklearn.metrics._dist_metrics.RussellRaoDistance32",
  // sklearn DistanceMetric32 russellrao
  "sklearn.metrics._dist_metrics.SEuclideanDistance",
  // sklearn BallTree metric=seuclidean
  "sklearn.metrics._dist_metrics.SEuclideanDistance32",
  // sklearn DistanceMetric32 seuclidean
  "sklearn.metrics._dist_metrics.SokalMichenerDistance",
  // sklearn BallTree metric=sokalmichener
  "sklearn.metrics._dist_metrics.SokalMichenerDistance32",
  // sklearn DistanceMetric32 sokalmichener
  "sklearn.metrics._dist_metrics.SokalSneathDistance",
  // sklearn BallTree metric=sokalsneath
  "sklearn.metrics._dist_metrics.SokalSneathDistance32",
  // sklearn DistanceMetric32 sokalsneath
  "sklearn.metrics._dist_metrics.WMinkowskiDistance",
  // sklearn BallTree metric=wminkowski
  "sklearn.metrics._dist_metrics.WMinkowskiDistance32",
  // sklearn DistanceMetric32 wminkowski
  "sklearn.metrics._dist_metrics.newObj",
  // sklearn BallTree metric=braycurtis
  "sklearn.metrics._scorer._passthrough_scorer",
  // sklearn GridSearchCV
  "sklearn.mixture._bayesian_mixture.BayesianGaussianMixture",
  // sklearn BayesianGaussianMixture binary
  "sklearn.mixture._gaussian_mixture.GaussianMixture",
  // sklearn GaussianMixture binary
  "sklearn.model_selection._search.GridSearchCV",
  // sklearn GridSearchCV
  "sklearn.model_selection._search.RandomizedSearchCV",
  // sklearn RandomizedSearchCV
  // sklearn HalvingGridSearchCV
  "sklearn.model_selection._search_successive_halving.HalvingGridSearchCV",
  "sklearn.model_selection._split.StratifiedKFold",
  "sklearn.multiclass.OneVsOneClassifier",
  // sklearn OneVsOneClassifier
  "sklearn.multiclass.OneVsRestClassifier",
  // sklearn GaussianProcessClassifier multiclass
  // sklearn OutputCodeClassifier
  "sklearn.multiclass.OutputCodeClassifier",
  "sklearn.multiclass._ConstantPredictor",
  "sklearn.multioutput.ClassifierChain",
  // sklearn ClassifierChain
  "sklearn.multioutput.MultiOutputClassifier",
  // sklearn MultiOutputClassifier
  "sklearn.multioutput.MultiOutputRegressor",
  // sklearn MultiOutputRegressor
  "sklearn.multioutput.RegressorChain",
  // sklearn RegressorChain
  "sklearn.naive_bayes.BernoulliNB",
  // sklearn BernoulliNB binary
  "sklearn.naive_bayes.CategoricalNB",
  // sklearn CategoricalNB binary
  "sklearn.naive_bayes.ComplementNB",
  // sklearn ComplementNB binary
  "sklearn.naive_bayes.GaussianNB",
  // sklearn GaussianNB binary
  "sklearn.naive_bayes.MultinomialNB",
  // sklearn MultinomialNB binary
  // sklearn BallTree metric=braycurtis
  "sklearn.neighbors._ball_tree.BallTree",
  "sklearn.neighbors._ball_tree.newObj",
  "sklearn.neighbors._classification.KNeighborsClassifier",
  // sklearn KNeighborsClassifier ball_tree chebyshev
  "sklearn.neighbors._classification.RadiusNeighborsClassifier",
  // sklearn RadiusNeighborsClassifier ball_tree
  "sklearn.neighbors._graph.KNeighborsTransformer",
  // sklearn KNeighborsTransformer binary
  "sklearn.neighbors._graph.RadiusNeighborsTransformer",
  // sklearn RadiusNeighborsTransformer binary
  // sklearn Isomap binary
  "sklearn.neighbors._kd_tree.KDTree",
  "sklearn.neighbors._kd_tree.newObj",
  "sklearn.neighbors._kde.KernelDensity",
  // sklearn KernelDensity binary
  "sklearn.neighbors._lof.LocalOutlierFactor",
  // sklearn LocalOutlierFactor binary
  "sklearn.neighbors._nca.NeighborhoodComponentsAnalysis",
  // sklearn NeighborhoodComponentsAnalysis binary
  "sklearn.neighbors._nearest_centroid.NearestCentroid",
  // sklearn NearestCentroid binary
  "sklearn.neighbors._regression.KNeighborsRegressor",
  // sklearn KNeighborsRegressor ball_tree
  "sklearn.neighbors._regression.RadiusNeighborsRegressor",
  // sklearn RadiusNeighborsRegressor multioutput
  "sklearn.neighbors._unsupervised.NearestNeighbors",
  // sklearn Isomap binary
  "sklearn.neural_network._multilayer_perceptron.MLPClassifier",
  // sklearn MLPClassifier binary
  "sklearn.neural_network._multilayer_perceptron.MLPRegressor",
  // sklearn MLPRegressor multioutput
  "sklearn.neural_network._rbm.BernoulliRBM",
  // sklearn BernoulliRBM binary
  "sklearn.neural_network._stochastic_optimizers.AdamOptimizer",
  // sklearn MLPClassifier binary
  "sklearn.neural_network._stochastic_optimizers.SGDOptimizer",
  // sklearn MLPClassifier solver=sgd
  "sklearn.pipeline.FeatureUnion",
  // sklearn FeatureUnion
  "sklearn.pipeline.Pipeline",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._data.Binarizer",
  // sklearn Binarizer binary
  "sklearn.preprocessing._data.KernelCenterer",
  // sklearn Isomap binary
  "sklearn.preprocessing._data.MaxAbsScaler",
  // sklearn MaxAbsScaler binary
  "sklearn.preprocessing._data.MinMaxScaler",
  // sklearn MinMaxScaler binary
  "sklearn.preprocessing._data.Normalizer",
  // sklearn Normalizer binary
  "sklearn.preprocessing._data.PowerTransformer",
  // sklearn PowerTransformer binary
  "sklearn.preprocessing._data.QuantileTransformer",
  // sklearn QuantileTransformer binary
  "sklearn.preprocessing._data.RobustScaler",
  // sklearn RobustScaler binary
  "sklearn.preprocessing._data.StandardScaler",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._discretization.KBinsDiscretizer",
  // sklearn KBinsDiscretizer binary
  "sklearn.preprocessing._encoders.OneHotEncoder",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._encoders.OrdinalEncoder",
  // sklearn OrdinalEncoder
  "sklearn.preprocessing._function_transformer.FunctionTransformer",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._label.LabelBinarizer",
  // sklearn GaussianProcessClassifier multiclass
  "sklearn.preprocessing._label.LabelEncoder",
  // sklearn LabelEncoder
  "sklearn.preprocessing._label.MultiLabelBinarizer",
  // sklearn MultiLabelBinarizer
  "sklearn.preprocessing._polynomial.PolynomialFeatures",
  // sklearn PolynomialFeatures binary
  "sklearn.preprocessing._polynomial.SplineTransformer",
  // sklearn SplineTransformer binary
  "sklearn.random_projection.GaussianRandomProjection",
  // sklearn GaussianRandomProjection
  "sklearn.random_projection.SparseRandomProjection",
  // sklearn SparseRandomProjection
  "sklearn.semi_supervised._label_propagation.LabelPropagation",
  // sklearn LabelPropagation binary
  "sklearn.semi_supervised._label_propagation.LabelSpreading",
  // sklearn LabelSpreading binary
  "sklearn.semi_supervised._self_training.SelfTrainingClassifier",
  // sklearn SelfTrainingClassifier
  "sklearn.svm._classes.LinearSVC",
  // sklearn CalibratedClassifierCV binary
  "sklearn.svm._classes.LinearSVR",
  // sklearn LinearSVR regression
  "sklearn.svm._classes.NuSVC",
  // sklearn NuSVC binary
  "sklearn.svm._classes.NuSVR",
  // sklearn NuSVR regression
  "sklearn.svm._classes.OneClassSVM",
  // sklearn OneClassSVM binary
  "sklearn.svm._classes.SVC",
  // sklearn SVC binary
  "sklearn.svm._classes.SVR",
  // sklearn SVR kernel=linear
  "sklearn.tree._classes.DecisionTreeClassifier",
  // sklearn AdaBoostClassifier SAMME
  "sklearn.tree._classes.DecisionTreeRegressor",
  // sklearn AdaBoostRegressor regression
  "sklearn.tree._classes.ExtraTreeClassifier",
  // sklearn ExtraTreeClassifier binary
  "sklearn.tree._classes.ExtraTreeRegressor",
  // sklearn ExtraTreeRegressor multioutput
  "sklearn.tree._tree.Tree",
  // sklearn AdaBoostClassifier SAMME
  "sklearn.utils._bunch.Bunch",
  // sklearn Bunch
  // torch tensors
  "torch.BFloat16Storage",
  "torch.BoolStorage",
  "torch.ByteStorage",
  // torch misc
  // torch tensors
  "torch.CharStorage",
  "torch.ComplexDoubleStorage",
  "torch.ComplexFloatStorage",
  "torch.DoubleStorage",
  // quantized static onednn
  "torch.FloatStorage",
  // checkpoint argparse
  "torch.HalfStorage",
  // torch tensors
  "torch.IntStorage",
  // qat prepared state_dict
  "torch.LongStorage",
  // qat prepared
  "torch.QInt32Storage",
  // torch quantized tensors
  "torch.QInt8Storage",
  // quantized dynamic onednn
  "torch.QUInt4x2Storage",
  // torch quantized tensors
  "torch.QUInt8Storage",
  // quantized embeddings
  "torch.ScriptObject",
  // quantized dynamic onednn
  "torch.ShortStorage",
  // torch tensors
  "torch.Size",
  // torch misc
  "torch._utils._rebuild_parameter",
  // qat prepared
  "torch._utils._rebuild_qtensor",
  // quantized dynamic onednn
  // torch sparse
  "torch._utils._rebuild_sparse_csr_tensor",
  "torch._utils._rebuild_sparse_tensor",
  "torch._utils._rebuild_tensor_v2",
  // checkpoint argparse
  // torch.nn: each class written by its own sample
  "torch.ao.nn.intrinsic.modules.fused.BNReLU2d",
  "torch.ao.nn.intrinsic.modules.fused.BNReLU3d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBn1d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBn2d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBn3d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBnReLU1d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBnReLU2d",
  "torch.ao.nn.intrinsic.modules.fused.ConvBnReLU3d",
  "torch.ao.nn.intrinsic.modules.fused.ConvReLU1d",
  "torch.ao.nn.intrinsic.modules.fused.ConvReLU2d",
  "torch.ao.nn.intrinsic.modules.fused.ConvReLU3d",
  "torch.ao.nn.intrinsic.modules.fused.LinearBn1d",
  "torch.ao.nn.intrinsic.modules.fused.LinearReLU",
  "torch.ao.nn.intrinsic.modules.fused._FusedModule",
  "torch.ao.nn.qat.dynamic.modules.linear.Linear",
  "torch.ao.nn.qat.modules.conv.Conv1d",
  "torch.ao.nn.qat.modules.conv.Conv2d",
  "torch.ao.nn.qat.modules.conv.Conv3d",
  "torch.ao.nn.qat.modules.embedding_ops.Embedding",
  "torch.ao.nn.qat.modules.embedding_ops.EmbeddingBag",
  "torch.ao.nn.qat.modules.linear.Linear",
  "torch.ao.nn.quantizable.modules.activation.MultiheadAttention",
  "torch.ao.nn.quantizable.modules.rnn.LSTM",
  // torch.nn torch.ao.nn.quantizable.modules.rnn.LSTM
  "torch.ao.nn.quantizable.modules.rnn.LSTMCell",
  "torch.ao.nn.quantizable.modules.rnn._LSTMLayer",
  "torch.ao.nn.quantizable.modules.rnn._LSTMSingleLayer",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.dynamic.modules.conv.Conv1d",
  "torch.ao.nn.quantized.dynamic.modules.conv.Conv2d",
  "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose1d",
  "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose2d",
  // quantized dynamic onednn
  "torch.ao.nn.quantized.dynamic.modules.linear.Linear",
  "torch.ao.nn.quantized.dynamic.modules.rnn.GRU",
  "torch.ao.nn.quantized.dynamic.modules.rnn.GRUCell",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.dynamic.modules.rnn.LSTM",
  // quantized dynamic onednn
  "torch.ao.nn.quantized.dynamic.modules.rnn.LSTMCell",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.dynamic.modules.rnn.PackedParameter",
  // quantized dynamic onednn
  "torch.ao.nn.quantized.dynamic.modules.rnn.RNNCell",
  // torch.nn: each class written by its own sample
  // quantized static onednn
  "torch.ao.nn.quantized.modules.DeQuantize",
  "torch.ao.nn.quantized.modules.Quantize",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.activation.ELU",
  "torch.ao.nn.quantized.modules.activation.Hardswish",
  "torch.ao.nn.quantized.modules.activation.LeakyReLU",
  "torch.ao.nn.quantized.modules.activation.MultiheadAttention",
  "torch.ao.nn.quantized.modules.activation.PReLU",
  "torch.ao.nn.quantized.modules.activation.ReLU6",
  "torch.ao.nn.quantized.modules.activation.Sigmoid",
  "torch.ao.nn.quantized.modules.activation.Softmax",
  "torch.ao.nn.quantized.modules.batchnorm.BatchNorm2d",
  "torch.ao.nn.quantized.modules.batchnorm.BatchNorm3d",
  "torch.ao.nn.quantized.modules.conv.Conv1d",
  "torch.ao.nn.quantized.modules.conv.Conv2d",
  "torch.ao.nn.quantized.modules.conv.ConvTranspose1d",
  "torch.ao.nn.quantized.modules.conv.ConvTranspose2d",
  "torch.ao.nn.quantized.modules.dropout.Dropout",
  // quantized embeddings
  "torch.ao.nn.quantized.modules.embedding_ops.Embedding",
  "torch.ao.nn.quantized.modules.embedding_ops.EmbeddingBag",
  "torch.ao.nn.quantized.modules.embedding_ops.EmbeddingPackedParams",
  "torch.ao.nn.quantized.modules.functional_modules.FXFloatFunctional",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.functional_modules.FloatFunctional",
  // torch.nn torch.ao.nn.quantizable.modules.activation.MultiheadAttention
  "torch.ao.nn.quantized.modules.functional_modules.QFunctional",
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.linear.Linear",
  // quantized static onednn
  "torch.ao.nn.quantized.modules.linear.LinearPackedParams",
  // quantized dynamic onednn
  // torch.nn: each class written by its own sample
  "torch.ao.nn.quantized.modules.normalization.GroupNorm",
  "torch.ao.nn.quantized.modules.normalization.InstanceNorm1d",
  "torch.ao.nn.quantized.modules.normalization.InstanceNorm2d",
  "torch.ao.nn.quantized.modules.normalization.InstanceNorm3d",
  "torch.ao.nn.quantized.modules.normalization.LayerNorm",
  "torch.ao.nn.quantized.modules.rnn.LSTM",
  "torch.ao.nn.quantized.reference.modules.conv.Conv1d",
  "torch.ao.nn.quantized.reference.modules.conv.Conv2d",
  "torch.ao.nn.quantized.reference.modules.conv.Conv3d",
  "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose1d",
  "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose2d",
  "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose3d",
  "torch.ao.nn.quantized.reference.modules.linear.Linear",
  "torch.ao.nn.quantized.reference.modules.rnn.GRUCell",
  "torch.ao.nn.quantized.reference.modules.rnn.LSTM",
  "torch.ao.nn.quantized.reference.modules.rnn.LSTMCell",
  "torch.ao.nn.quantized.reference.modules.rnn.RNNCell",
  "torch.ao.nn.quantized.reference.modules.sparse.Embedding",
  "torch.ao.nn.quantized.reference.modules.sparse.EmbeddingBag",
  "torch.ao.quantization.fake_quantize.FakeQuantize",
  // torch.nn torch.ao.nn.qat.dynamic.modules.linear.Linear
  // qat prepared
  "torch.ao.quantization.fake_quantize.FusedMovingAvgObsFakeQuantize",
  "torch.ao.quantization.observer.MovingAverageMinMaxObserver",
  // torch.nn torch.ao.nn.qat.modules.embedding_ops.Embedding
  "torch.ao.quantization.observer.PerChannelMinMaxObserver",
  "torch.ao.quantization.observer.PlaceholderObserver",
  // qat prepared
  "torch.ao.quantization.observer._PartialWrapper",
  "torch.ao.quantization.qconfig.QConfig",
  "torch.ao.quantization.qconfig.add_module_to_qconfig_obs_ctr.<locals>.get_factory_kwargs_based_on_module_device",
  "torch.ao.quantization.quantize._observer_forward_hook",
  // torch.nn torch.ao.nn.quantizable.modules.activation.MultiheadAttention
  "torch.ao.quantization.stubs.DeQuantStub",
  "torch.ao.quantization.stubs.QuantStub",
  // torch dtypes
  "torch.bfloat16",
  "torch.bool",
  "torch.complex128",
  "torch.complex32",
  "torch.complex64",
  "torch.device",
  // torch layouts
  // torch dtypes
  "torch.float16",
  "torch.float32",
  "torch.float64",
  "torch.int16",
  "torch.int32",
  "torch.int64",
  "torch.int8",
  // torchscript scripted attributes data.pkl
  "torch.jit._pickle.build_boollist",
  "torch.jit._pickle.build_doublelist",
  "torch.jit._pickle.build_intlist",
  "torch.jit._pickle.build_tensorlist",
  "torch.jit._pickle.restore_type_tag",
  "torch.nn.functional.relu",
  // torch.nn torch.nn.modules.transformer.Transformer
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.nn.intrinsic.modules.fused.BNReLU2d",
  "torch.nn.intrinsic.modules.fused.BNReLU3d",
  "torch.nn.intrinsic.modules.fused.ConvBn1d",
  "torch.nn.intrinsic.modules.fused.ConvBn2d",
  "torch.nn.intrinsic.modules.fused.ConvBn3d",
  "torch.nn.intrinsic.modules.fused.ConvBnReLU1d",
  "torch.nn.intrinsic.modules.fused.ConvBnReLU2d",
  "torch.nn.intrinsic.modules.fused.ConvBnReLU3d",
  "torch.nn.intrinsic.modules.fused.ConvReLU1d",
  "torch.nn.intrinsic.modules.fused.ConvReLU2d",
  "torch.nn.intrinsic.modules.fused.ConvReLU3d",
  "torch.nn.intrinsic.modules.fused.LinearBn1d",
  "torch.nn.intrinsic.modules.fused.LinearReLU",
  "torch.nn.intrinsic.modules.fused._FusedModule",
  "torch.nn.intrinsic.qat.modules.conv_fused.ConvBnReLU2d",
  // qat prepared
  // torch.nn: each class written by its own sample
  "torch.nn.intrinsic.quantized.dynamic.modules.linear_relu.LinearReLU",
  "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU2d",
  "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU3d",
  "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU1d",
  "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU2d",
  // quantized static onednn
  // torch.nn: each class written by its own sample
  "torch.nn.intrinsic.quantized.modules.linear_relu.LinearReLU",
  "torch.nn.modules.activation.CELU",
  "torch.nn.modules.activation.ELU",
  "torch.nn.modules.activation.GELU",
  "torch.nn.modules.activation.GLU",
  "torch.nn.modules.activation.Hardshrink",
  "torch.nn.modules.activation.Hardsigmoid",
  "torch.nn.modules.activation.Hardswish",
  "torch.nn.modules.activation.Hardtanh",
  "torch.nn.modules.activation.LeakyReLU",
  "torch.nn.modules.activation.LogSigmoid",
  "torch.nn.modules.activation.LogSoftmax",
  "torch.nn.modules.activation.Mish",
  "torch.nn.modules.activation.MultiheadAttention",
  "torch.nn.modules.activation.PReLU",
  "torch.nn.modules.activation.RReLU",
  "torch.nn.modules.activation.ReLU",
  // torch containers
  // torch.nn: each class written by its own sample
  "torch.nn.modules.activation.ReLU6",
  "torch.nn.modules.activation.SELU",
  "torch.nn.modules.activation.SiLU",
  "torch.nn.modules.activation.Sigmoid",
  "torch.nn.modules.activation.Softmax",
  "torch.nn.modules.activation.Softmax2d",
  "torch.nn.modules.activation.Softmin",
  "torch.nn.modules.activation.Softplus",
  "torch.nn.modules.activation.Softshrink",
  "torch.nn.modules.activation.Softsign",
  "torch.nn.modules.activation.Tanh",
  // torch containers
  // torch.nn: each class written by its own sample
  "torch.nn.modules.activation.Tanhshrink",
  "torch.nn.modules.activation.Threshold",
  "torch.nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss",
  "torch.nn.modules.batchnorm.BatchNorm1d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.ConvBn1d
  "torch.nn.modules.batchnorm.BatchNorm2d",
  // qat prepared
  "torch.nn.modules.batchnorm.BatchNorm3d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.BNReLU3d
  // torch.nn: each class written by its own sample
  "torch.nn.modules.batchnorm.LazyBatchNorm1d",
  "torch.nn.modules.batchnorm.LazyBatchNorm2d",
  "torch.nn.modules.batchnorm.LazyBatchNorm3d",
  "torch.nn.modules.batchnorm.SyncBatchNorm",
  "torch.nn.modules.channelshuffle.ChannelShuffle",
  "torch.nn.modules.container.Container",
  "torch.nn.modules.container.ModuleDict",
  // torch containers
  "torch.nn.modules.container.ModuleList",
  // quantized dynamic onednn
  // torch containers
  "torch.nn.modules.container.ParameterDict",
  "torch.nn.modules.container.ParameterList",
  "torch.nn.modules.container.Sequential",
  // qat prepared
  "torch.nn.modules.conv.Conv1d",
  // torch weight_norm
  "torch.nn.modules.conv.Conv2d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.ConvBn2d
  "torch.nn.modules.conv.Conv3d",
  // torch.nn torch.ao.nn.intrinsic.modules.fused.ConvBn3d
  // torch.nn: each class written by its own sample
  "torch.nn.modules.conv.ConvTranspose1d",
  "torch.nn.modules.conv.ConvTranspose2d",
  "torch.nn.modules.conv.ConvTranspose3d",
  "torch.nn.modules.conv.LazyConv1d",
  "torch.nn.modules.conv.LazyConv2d",
  "torch.nn.modules.conv.LazyConv3d",
  "torch.nn.modules.conv.LazyConvTranspose1d",
  "torch.nn.modules.conv.LazyConvTranspose2d",
  "torch.nn.modules.conv.LazyConvTranspose3d",
  "torch.nn.modules.distance.CosineSimilarity",
  "torch.nn.modules.distance.PairwiseDistance",
  "torch.nn.modules.dropout.AlphaDropout",
  "torch.nn.modules.dropout.Dropout",
  "torch.nn.modules.dropout.Dropout1d",
  "torch.nn.modules.dropout.Dropout2d",
  "torch.nn.modules.dropout.Dropout3d",
  "torch.nn.modules.dropout.FeatureAlphaDropout",
  "torch.nn.modules.flatten.Flatten",
  // quantized static onednn
  // torch.nn: each class written by its own sample
  "torch.nn.modules.flatten.Unflatten",
  "torch.nn.modules.fold.Fold",
  "torch.nn.modules.fold.Unfold",
  "torch.nn.modules.instancenorm.InstanceNorm1d",
  "torch.nn.modules.instancenorm.InstanceNorm2d",
  "torch.nn.modules.instancenorm.InstanceNorm3d",
  "torch.nn.modules.instancenorm.LazyInstanceNorm1d",
  "torch.nn.modules.instancenorm.LazyInstanceNorm2d",
  "torch.nn.modules.instancenorm.LazyInstanceNorm3d",
  "torch.nn.modules.linear.Bilinear",
  "torch.nn.modules.linear.Identity",
  // quantized static onednn
  "torch.nn.modules.linear.LazyLinear",
  // torch.nn: each class written by its own sample
  "torch.nn.modules.linear.Linear",
  // torch DataParallel
  "torch.nn.modules.linear.NonDynamicallyQuantizableLinear",
  // torch.nn torch.nn.modules.activation.MultiheadAttention
  // torch.nn: each class written by its own sample
  "torch.nn.modules.loss.BCELoss",
  "torch.nn.modules.loss.BCEWithLogitsLoss",
  "torch.nn.modules.loss.CTCLoss",
  "torch.nn.modules.loss.CosineEmbeddingLoss",
  "torch.nn.modules.loss.CrossEntropyLoss",
  "torch.nn.modules.loss.GaussianNLLLoss",
  "torch.nn.modules.loss.HingeEmbeddingLoss",
  "torch.nn.modules.loss.HuberLoss",
  "torch.nn.modules.loss.KLDivLoss",
  "torch.nn.modules.loss.L1Loss",
  "torch.nn.modules.loss.MSELoss",
  "torch.nn.modules.loss.MarginRankingLoss",
  "torch.nn.modules.loss.MultiLabelMarginLoss",
  "torch.nn.modules.loss.MultiLabelSoftMarginLoss",
  "torch.nn.modules.loss.MultiMarginLoss",
  "torch.nn.modules.loss.NLLLoss",
  "torch.nn.modules.loss.NLLLoss2d",
  "torch.nn.modules.loss.PoissonNLLLoss",
  "torch.nn.modules.loss.SmoothL1Loss",
  "torch.nn.modules.loss.SoftMarginLoss",
  "torch.nn.modules.loss.TripletMarginLoss",
  "torch.nn.modules.loss.TripletMarginWithDistanceLoss",
  "torch.nn.modules.module._WrappedHook",
  // torch spectral_norm
  // torch.nn: each class written by its own sample
  "torch.nn.modules.normalization.CrossMapLRN2d",
  "torch.nn.modules.normalization.GroupNorm",
  "torch.nn.modules.normalization.LayerNorm",
  "torch.nn.modules.normalization.LocalResponseNorm",
  "torch.nn.modules.padding.ConstantPad1d",
  "torch.nn.modules.padding.ConstantPad2d",
  "torch.nn.modules.padding.ConstantPad3d",
  "torch.nn.modules.padding.ReflectionPad1d",
  "torch.nn.modules.padding.ReflectionPad2d",
  "torch.nn.modules.padding.ReflectionPad3d",
  "torch.nn.modules.padding.ReplicationPad1d",
  "torch.nn.modules.padding.ReplicationPad2d",
  "torch.nn.modules.padding.ReplicationPad3d",
  "torch.nn.modules.padding.ZeroPad2d",
  "torch.nn.modules.pixelshuffle.PixelShuffle",
  "torch.nn.modules.pixelshuffle.PixelUnshuffle",
  "torch.nn.modules.pooling.AdaptiveAvgPool1d",
  "torch.nn.modules.pooling.AdaptiveAvgPool2d",
  // quantized static onednn
  // torch.nn: each class written by its own sample
  "torch.nn.modules.pooling.AdaptiveAvgPool3d",
  "torch.nn.modules.pooling.AdaptiveMaxPool1d",
  "torch.nn.modules.pooling.AdaptiveMaxPool2d",
  "torch.nn.modules.pooling.AdaptiveMaxPool3d",
  "torch.nn.modules.pooling.AvgPool1d",
  "torch.nn.modules.pooling.AvgPool2d",
  "torch.nn.modules.pooling.AvgPool3d",
  "torch.nn.modules.pooling.FractionalMaxPool2d",
  "torch.nn.modules.pooling.FractionalMaxPool3d",
  "torch.nn.modules.pooling.LPPool1d",
  "torch.nn.modules.pooling.LPPool2d",
  "torch.nn.modules.pooling.MaxPool1d",
  "torch.nn.modules.pooling.MaxPool2d",
  "torch.nn.modules.pooling.MaxPool3d",
  "torch.nn.modules.pooling.MaxUnpool1d",
  "torch.nn.modules.pooling.MaxUnpool2d",
  "torch.nn.modules.pooling.MaxUnpool3d",
  "torch.nn.modules.rnn.GRU",
  "torch.nn.modules.rnn.GRUCell",
  "torch.nn.modules.rnn.LSTM",
  "torch.nn.modules.rnn.LSTMCell",
  "torch.nn.modules.rnn.RNN",
  "torch.nn.modules.rnn.RNNBase",
  "torch.nn.modules.rnn.RNNCell",
  "torch.nn.modules.rnn.RNNCellBase",
  "torch.nn.modules.sparse.Embedding",
  "torch.nn.modules.sparse.EmbeddingBag",
  "torch.nn.modules.transformer.Transformer",
  // torch.nn torch.nn.modules.transformer.Transformer
  "torch.nn.modules.transformer.TransformerDecoder",
  "torch.nn.modules.transformer.TransformerDecoderLayer",
  "torch.nn.modules.transformer.TransformerEncoder",
  "torch.nn.modules.transformer.TransformerEncoderLayer",
  // torch.nn: each class written by its own sample
  "torch.nn.modules.upsampling.Upsample",
  "torch.nn.modules.upsampling.UpsamplingBilinear2d",
  "torch.nn.modules.upsampling.UpsamplingNearest2d",
  "torch.nn.parallel.data_parallel.DataParallel",
  // torch DataParallel
  // torch.nn state_dict torch.nn.modules.batchnorm.LazyBatchNorm1d
  "torch.nn.parameter.UninitializedBuffer",
  "torch.nn.parameter.UninitializedParameter",
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.nn.qat.dynamic.modules.linear.Linear",
  "torch.nn.qat.modules.conv.Conv1d",
  "torch.nn.qat.modules.conv.Conv2d",
  "torch.nn.qat.modules.conv.Conv3d",
  "torch.nn.qat.modules.embedding_ops.Embedding",
  "torch.nn.qat.modules.embedding_ops.EmbeddingBag",
  "torch.nn.qat.modules.linear.Linear",
  "torch.nn.quantizable.modules.activation.MultiheadAttention",
  "torch.nn.quantizable.modules.rnn.LSTM",
  "torch.nn.quantizable.modules.rnn.LSTMCell",
  "torch.nn.quantized._reference.modules.conv.Conv1d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.Conv1d
  "torch.nn.quantized._reference.modules.conv.Conv2d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.Conv2d
  "torch.nn.quantized._reference.modules.conv.Conv3d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.Conv3d
  "torch.nn.quantized._reference.modules.conv.ConvTranspose1d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.ConvTranspose1d
  "torch.nn.quantized._reference.modules.conv.ConvTranspose2d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.ConvTranspose2d
  "torch.nn.quantized._reference.modules.conv.ConvTranspose3d",
  // same object as torch.ao.nn.quantized.reference.modules.conv.ConvTranspose3d
  "torch.nn.quantized._reference.modules.linear.Linear",
  // same object as torch.ao.nn.quantized.reference.modules.linear.Linear
  "torch.nn.quantized._reference.modules.rnn.GRUCell",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.GRUCell
  "torch.nn.quantized._reference.modules.rnn.LSTM",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.LSTM
  "torch.nn.quantized._reference.modules.rnn.LSTMCell",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.LSTMCell
  "torch.nn.quantized._reference.modules.rnn.RNNCell",
  // same object as torch.ao.nn.quantized.reference.modules.rnn.RNNCell
  "torch.nn.quantized._reference.modules.sparse.Embedding",
  // same object as torch.ao.nn.quantized.reference.modules.sparse.Embedding
  "torch.nn.quantized._reference.modules.sparse.EmbeddingBag",
  // same object as torch.ao.nn.quantized.reference.modules.sparse.EmbeddingBag
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.nn.quantized.dynamic.modules.conv.Conv1d",
  "torch.nn.quantized.dynamic.modules.conv.Conv2d",
  "torch.nn.quantized.dynamic.modules.conv.ConvTranspose1d",
  "torch.nn.quantized.dynamic.modules.conv.ConvTranspose2d",
  "torch.nn.quantized.dynamic.modules.linear.Linear",
  "torch.nn.quantized.dynamic.modules.rnn.GRU",
  "torch.nn.quantized.dynamic.modules.rnn.GRUCell",
  "torch.nn.quantized.dynamic.modules.rnn.LSTM",
  "torch.nn.quantized.dynamic.modules.rnn.LSTMCell",
  "torch.nn.quantized.dynamic.modules.rnn.PackedParameter",
  "torch.nn.quantized.dynamic.modules.rnn.RNNCell",
  "torch.nn.quantized.modules.DeQuantize",
  "torch.nn.quantized.modules.Quantize",
  "torch.nn.quantized.modules.activation.ELU",
  "torch.nn.quantized.modules.activation.Hardswish",
  "torch.nn.quantized.modules.activation.LeakyReLU",
  "torch.nn.quantized.modules.activation.MultiheadAttention",
  "torch.nn.quantized.modules.activation.PReLU",
  "torch.nn.quantized.modules.activation.ReLU6",
  "torch.nn.quantized.modules.activation.Sigmoid",
  "torch.nn.quantized.modules.activation.Softmax",
  "torch.nn.quantized.modules.batchnorm.BatchNorm2d",
  "torch.nn.quantized.modules.batchnorm.BatchNorm3d",
  "torch.nn.quantized.modules.conv.Conv1d",
  "torch.nn.quantized.modules.conv.Conv2d",
  "torch.nn.quantized.modules.conv.ConvTranspose1d",
  "torch.nn.quantized.modules.conv.ConvTranspose2d",
  "torch.nn.quantized.modules.dropout.Dropout",
  "torch.nn.quantized.modules.embedding_ops.Embedding",
  "torch.nn.quantized.modules.embedding_ops.EmbeddingBag",
  "torch.nn.quantized.modules.embedding_ops.EmbeddingPackedParams",
  "torch.nn.quantized.modules.functional_modules.FXFloatFunctional",
  "torch.nn.quantized.modules.functional_modules.FloatFunctional",
  "torch.nn.quantized.modules.functional_modules.QFunctional",
  "torch.nn.quantized.modules.linear.Linear",
  "torch.nn.quantized.modules.linear.LinearPackedParams",
  "torch.nn.quantized.modules.normalization.GroupNorm",
  "torch.nn.quantized.modules.normalization.InstanceNorm1d",
  "torch.nn.quantized.modules.normalization.InstanceNorm2d",
  "torch.nn.quantized.modules.normalization.InstanceNorm3d",
  "torch.nn.quantized.modules.normalization.LayerNorm",
  "torch.nn.quantized.modules.rnn.LSTM",
  // torch spectral_norm
  "torch.nn.utils.spectral_norm.SpectralNorm",
  "torch.nn.utils.spectral_norm.SpectralNormLoadStateDictPreHook",
  "torch.nn.utils.spectral_norm.SpectralNormStateDictHook",
  "torch.nn.utils.weight_norm.WeightNorm",
  // torch weight_norm
  "torch.optim.adadelta.Adadelta",
  // torch whole optimizer Adadelta
  "torch.optim.adagrad.Adagrad",
  // torch whole optimizer Adagrad
  "torch.optim.adam.Adam",
  // torch whole optimizer Adam
  "torch.optim.adamax.Adamax",
  // torch whole optimizer Adamax
  "torch.optim.adamw.AdamW",
  // torch whole optimizer AdamW
  "torch.optim.asgd.ASGD",
  // torch whole optimizer ASGD
  "torch.optim.lbfgs.LBFGS",
  // torch whole optimizer LBFGS
  "torch.optim.lr_scheduler.OneCycleLR",
  // torch scheduler OneCycleLR
  "torch.optim.nadam.NAdam",
  // torch whole optimizer NAdam
  "torch.optim.radam.RAdam",
  // torch whole optimizer RAdam
  "torch.optim.rmsprop.RMSprop",
  // torch whole optimizer RMSprop
  "torch.optim.rprop.Rprop",
  // torch whole optimizer Rprop
  "torch.optim.sgd.SGD",
  // torch scheduler OneCycleLR
  "torch.per_channel_affine",
  // quantized embeddings
  // torch dtypes
  "torch.per_channel_affine_float_qparams",
  "torch.per_channel_symmetric",
  "torch.per_tensor_affine",
  // quantized dynamic onednn
  // torch dtypes
  "torch.per_tensor_symmetric",
  "torch.qint32",
  "torch.qint8",
  // quantized dynamic onednn
  // same object as its twin under the module path it re-exports (MODULE_ALIASES)
  "torch.quantization.fake_quantize.FakeQuantize",
  "torch.quantization.fake_quantize.FusedMovingAvgObsFakeQuantize",
  "torch.quantization.observer.MovingAverageMinMaxObserver",
  "torch.quantization.observer.PerChannelMinMaxObserver",
  "torch.quantization.observer.PlaceholderObserver",
  "torch.quantization.observer._PartialWrapper",
  "torch.quantization.qconfig.QConfig",
  "torch.quantization.quantize._observer_forward_hook",
  "torch.quantization.stubs.DeQuantStub",
  "torch.quantization.stubs.QuantStub",
  // torch dtypes
  "torch.quint2x4",
  "torch.quint4x2",
  "torch.quint8",
  // quantized embeddings
  "torch.serialization._get_layout",
  // torch layouts
  "torch.torch_version.TorchVersion",
  // torch misc
  "torch.uint8",
  // torch dtypes
  "torch.utils.hooks.RemovableHandle",
  // torch.nn torch.nn.modules.batchnorm.LazyBatchNorm1d
  "torchvision.models._utils.IntermediateLayerGetter",
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.models.alexnet.AlexNet",
  // torchvision alexnet
  // torchvision convnext_base
  "torchvision.models.convnext.CNBlock",
  "torchvision.models.convnext.ConvNeXt",
  "torchvision.models.convnext.LayerNorm2d",
  // torchvision densenet121
  "torchvision.models.densenet.DenseNet",
  "torchvision.models.densenet._DenseBlock",
  "torchvision.models.densenet._DenseLayer",
  "torchvision.models.densenet._Transition",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection._utils.BalancedPositiveNegativeSampler",
  "torchvision.models.detection._utils.BoxCoder",
  "torchvision.models.detection._utils.BoxLinearCoder",
  // torchvision fcos_resnet50_fpn
  "torchvision.models.detection._utils.Matcher",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection._utils.SSDMatcher",
  // torchvision ssd300_vgg16
  "torchvision.models.detection.anchor_utils.AnchorGenerator",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.anchor_utils.DefaultBoxGenerator",
  // torchvision ssd300_vgg16
  "torchvision.models.detection.backbone_utils.BackboneWithFPN",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.faster_rcnn.FastRCNNConvFCHead",
  // torchvision fasterrcnn_resnet50_fpn_v2
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.faster_rcnn.FastRCNNPredictor",
  "torchvision.models.detection.faster_rcnn.FasterRCNN",
  "torchvision.models.detection.faster_rcnn.TwoMLPHead",
  // torchvision fcos_resnet50_fpn
  "torchvision.models.detection.fcos.FCOS",
  "torchvision.models.detection.fcos.FCOSClassificationHead",
  "torchvision.models.detection.fcos.FCOSHead",
  "torchvision.models.detection.fcos.FCOSRegressionHead",
  // torchvision keypointrcnn_resnet50_fpn
  "torchvision.models.detection.keypoint_rcnn.KeypointRCNN",
  "torchvision.models.detection.keypoint_rcnn.KeypointRCNNHeads",
  "torchvision.models.detection.keypoint_rcnn.KeypointRCNNPredictor",
  // torchvision maskrcnn_resnet50_fpn
  "torchvision.models.detection.mask_rcnn.MaskRCNN",
  "torchvision.models.detection.mask_rcnn.MaskRCNNHeads",
  "torchvision.models.detection.mask_rcnn.MaskRCNNPredictor",
  // torchvision retinanet_resnet50_fpn
  "torchvision.models.detection.retinanet.RetinaNet",
  "torchvision.models.detection.retinanet.RetinaNetClassificationHead",
  "torchvision.models.detection.retinanet.RetinaNetHead",
  "torchvision.models.detection.retinanet.RetinaNetRegressionHead",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.detection.roi_heads.RoIHeads",
  "torchvision.models.detection.rpn.RPNHead",
  "torchvision.models.detection.rpn.RegionProposalNetwork",
  // torchvision ssd300_vgg16
  "torchvision.models.detection.ssd.SSD",
  "torchvision.models.detection.ssd.SSDClassificationHead",
  "torchvision.models.detection.ssd.SSDFeatureExtractorVGG",
  "torchvision.models.detection.ssd.SSDHead",
  "torchvision.models.detection.ssd.SSDRegressionHead",
  // torchvision ssdlite320_mobilenet_v3_large
  "torchvision.models.detection.ssdlite.SSDLiteClassificationHead",
  "torchvision.models.detection.ssdlite.SSDLiteFeatureExtractorMobileNet",
  "torchvision.models.detection.ssdlite.SSDLiteHead",
  "torchvision.models.detection.ssdlite.SSDLiteRegressionHead",
  "torchvision.models.detection.transform.GeneralizedRCNNTransform",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.models.efficientnet.EfficientNet",
  // torchvision efficientnet_b0
  "torchvision.models.efficientnet.FusedMBConv",
  // torchvision efficientnet_v2_l
  "torchvision.models.efficientnet.MBConv",
  // torchvision efficientnet_b0
  // torchvision googlenet
  "torchvision.models.googlenet.BasicConv2d",
  "torchvision.models.googlenet.GoogLeNet",
  "torchvision.models.googlenet.Inception",
  "torchvision.models.googlenet.InceptionAux",
  // torchvision inception_v3
  "torchvision.models.inception.BasicConv2d",
  "torchvision.models.inception.Inception3",
  "torchvision.models.inception.InceptionA",
  "torchvision.models.inception.InceptionAux",
  "torchvision.models.inception.InceptionB",
  "torchvision.models.inception.InceptionC",
  "torchvision.models.inception.InceptionD",
  "torchvision.models.inception.InceptionE",
  // torchvision maxvit_t
  "torchvision.models.maxvit.MBConv",
  "torchvision.models.maxvit.MaxVit",
  "torchvision.models.maxvit.MaxVitBlock",
  "torchvision.models.maxvit.MaxVitLayer",
  "torchvision.models.maxvit.PartitionAttentionLayer",
  "torchvision.models.maxvit.RelativePositionalMultiHeadAttention",
  "torchvision.models.maxvit.SwapAxes",
  "torchvision.models.maxvit.WindowDepartition",
  "torchvision.models.maxvit.WindowPartition",
  // torchvision mnasnet0_5
  "torchvision.models.mnasnet.MNASNet",
  "torchvision.models.mnasnet._InvertedResidual",
  // torchvision mobilenet_v2
  "torchvision.models.mobilenetv2.InvertedResidual",
  "torchvision.models.mobilenetv2.MobileNetV2",
  "torchvision.models.mobilenetv3.InvertedResidual",
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.models.mobilenetv3.MobileNetV3",
  // torchvision mobilenet_v3_large
  "torchvision.models.optical_flow.raft.BottleneckBlock",
  // torchvision raft_small
  // torchvision raft_large
  "torchvision.models.optical_flow.raft.ConvGRU",
  "torchvision.models.optical_flow.raft.CorrBlock",
  "torchvision.models.optical_flow.raft.FeatureEncoder",
  "torchvision.models.optical_flow.raft.FlowHead",
  "torchvision.models.optical_flow.raft.MaskPredictor",
  "torchvision.models.optical_flow.raft.MotionEncoder",
  "torchvision.models.optical_flow.raft.RAFT",
  "torchvision.models.optical_flow.raft.RecurrentBlock",
  "torchvision.models.optical_flow.raft.ResidualBlock",
  "torchvision.models.optical_flow.raft.UpdateBlock",
  "torchvision.models.optical_flow.raft._pass_through_h",
  // torchvision raft_small
  "torchvision.models.quantization.googlenet.BasicConv2d",
  // same object as torchvision.models.googlenet.BasicConv2d
  "torchvision.models.quantization.googlenet.GoogLeNet",
  // same object as torchvision.models.googlenet.GoogLeNet
  "torchvision.models.quantization.googlenet.Inception",
  // same object as torchvision.models.googlenet.Inception
  "torchvision.models.quantization.googlenet.InceptionAux",
  // same object as torchvision.models.googlenet.InceptionAux
  // torchvision quantized_googlenet
  "torchvision.models.quantization.googlenet.QuantizableBasicConv2d",
  "torchvision.models.quantization.googlenet.QuantizableGoogLeNet",
  "torchvision.models.quantization.googlenet.QuantizableInception",
  "torchvision.models.quantization.googlenet.QuantizableInceptionAux",
  // torchvision quantized_inception_v3
  "torchvision.models.quantization.inception.QuantizableBasicConv2d",
  "torchvision.models.quantization.inception.QuantizableInception3",
  "torchvision.models.quantization.inception.QuantizableInceptionA",
  "torchvision.models.quantization.inception.QuantizableInceptionAux",
  "torchvision.models.quantization.inception.QuantizableInceptionB",
  "torchvision.models.quantization.inception.QuantizableInceptionC",
  "torchvision.models.quantization.inception.QuantizableInceptionD",
  "torchvision.models.quantization.inception.QuantizableInceptionE",
  "torchvision.models.quantization.mobilenetv2.InvertedResidual",
  // same object as torchvision.models.mobilenetv2.InvertedResidual
  "torchvision.models.quantization.mobilenetv2.MobileNetV2",
  // same object as torchvision.models.mobilenetv2.MobileNetV2
  // torchvision quantized_mobilenet_v2
  "torchvision.models.quantization.mobilenetv2.QuantizableInvertedResidual",
  "torchvision.models.quantization.mobilenetv2.QuantizableMobileNetV2",
  "torchvision.models.quantization.mobilenetv3.InvertedResidual",
  // same object as torchvision.models.mobilenetv3.InvertedResidual
  "torchvision.models.quantization.mobilenetv3.MobileNetV3",
  // same object as torchvision.models.mobilenetv3.MobileNetV3
  // torchvision quantized_mobilenet_v3_large
  "torchvision.models.quantization.mobilenetv3.QuantizableInvertedResidual",
  "torchvision.models.quantization.mobilenetv3.QuantizableMobileNetV3",
  "torchvision.models.quantization.mobilenetv3.QuantizableSqueezeExcitation",
  "torchvision.models.quantization.resnet.BasicBlock",
  // same object as torchvision.models.resnet.BasicBlock
  "torchvision.models.quantization.resnet.Bottleneck",
  // same object as torchvision.models.resnet.Bottleneck
  "torchvision.models.quantization.resnet.QuantizableBasicBlock",
  // torchvision quantized_resnet18
  "torchvision.models.quantization.resnet.QuantizableBottleneck",
  // torchvision quantized_resnet50
  "torchvision.models.quantization.resnet.QuantizableResNet",
  // torchvision quantized_resnet18
  "torchvision.models.quantization.resnet.ResNet",
  // same object as torchvision.models.resnet.ResNet
  // torchvision quantized_shufflenet_v2_x0_5
  "torchvision.models.quantization.shufflenetv2.QuantizableInvertedResidual",
  "torchvision.models.quantization.shufflenetv2.QuantizableShuffleNetV2",
  // torchvision regnet_x_16gf
  "torchvision.models.regnet.AnyStage",
  "torchvision.models.regnet.BottleneckTransform",
  "torchvision.models.regnet.RegNet",
  "torchvision.models.regnet.ResBottleneckBlock",
  "torchvision.models.regnet.SimpleStemIN",
  "torchvision.models.resnet.BasicBlock",
  // torchvision resnet18
  "torchvision.models.resnet.Bottleneck",
  // torchvision deeplabv3_resnet101
  "torchvision.models.resnet.ResNet",
  // torchvision resnet101
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.models.segmentation.deeplabv3.ASPP",
  "torchvision.models.segmentation.deeplabv3.ASPPConv",
  "torchvision.models.segmentation.deeplabv3.ASPPPooling",
  "torchvision.models.segmentation.deeplabv3.DeepLabHead",
  "torchvision.models.segmentation.deeplabv3.DeepLabV3",
  // torchvision fcn_resnet101
  "torchvision.models.segmentation.fcn.FCN",
  "torchvision.models.segmentation.fcn.FCNHead",
  // torchvision lraspp_mobilenet_v3_large
  "torchvision.models.segmentation.lraspp.LRASPP",
  "torchvision.models.segmentation.lraspp.LRASPPHead",
  // torchvision shufflenet_v2_x0_5
  "torchvision.models.shufflenetv2.InvertedResidual",
  "torchvision.models.shufflenetv2.ShuffleNetV2",
  // torchvision squeezenet1_0
  "torchvision.models.squeezenet.Fire",
  "torchvision.models.squeezenet.SqueezeNet",
  "torchvision.models.swin_transformer.PatchMerging",
  // torchvision swin_b
  "torchvision.models.swin_transformer.PatchMergingV2",
  // torchvision swin_v2_b
  "torchvision.models.swin_transformer.ShiftedWindowAttention",
  // torchvision swin_b
  "torchvision.models.swin_transformer.ShiftedWindowAttentionV2",
  // torchvision swin_v2_b
  // torchvision swin_b
  "torchvision.models.swin_transformer.SwinTransformer",
  "torchvision.models.swin_transformer.SwinTransformerBlock",
  "torchvision.models.swin_transformer.SwinTransformerBlockV2",
  // torchvision swin_v2_b
  "torchvision.models.vgg.VGG",
  // torchvision vgg11
  // torchvision mvit_v1_b
  "torchvision.models.video.mvit.MViT",
  "torchvision.models.video.mvit.MultiscaleAttention",
  "torchvision.models.video.mvit.MultiscaleBlock",
  "torchvision.models.video.mvit.Pool",
  "torchvision.models.video.mvit.PositionalEncoding",
  // torchvision mc3_18
  "torchvision.models.video.resnet.BasicBlock",
  "torchvision.models.video.resnet.BasicStem",
  "torchvision.models.video.resnet.Conv2Plus1D",
  // torchvision r2plus1d_18
  // torchvision mc3_18
  "torchvision.models.video.resnet.Conv3DNoTemporal",
  "torchvision.models.video.resnet.Conv3DSimple",
  "torchvision.models.video.resnet.R2Plus1dStem",
  // torchvision r2plus1d_18
  "torchvision.models.video.resnet.VideoResNet",
  // torchvision mc3_18
  // torchvision s3d
  "torchvision.models.video.s3d.S3D",
  "torchvision.models.video.s3d.SepInceptionBlock3D",
  "torchvision.models.video.s3d.TemporalSeparableConv",
  // torchvision vit_b_16
  "torchvision.models.vision_transformer.Encoder",
  "torchvision.models.vision_transformer.EncoderBlock",
  "torchvision.models.vision_transformer.MLPBlock",
  "torchvision.models.vision_transformer.VisionTransformer",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.ops.boxes.box_iou",
  "torchvision.ops.feature_pyramid_network.FeaturePyramidNetwork",
  "torchvision.ops.feature_pyramid_network.LastLevelMaxPool",
  "torchvision.ops.feature_pyramid_network.LastLevelP6P7",
  // torchvision fcos_resnet50_fpn
  "torchvision.ops.misc.Conv2dNormActivation",
  // torchvision convnext_base
  "torchvision.ops.misc.Conv3dNormActivation",
  // torchvision s3d
  "torchvision.ops.misc.MLP",
  // torchvision mvit_v1_b
  "torchvision.ops.misc.Permute",
  // torchvision convnext_base
  "torchvision.ops.misc.SqueezeExcitation",
  // torchvision deeplabv3_mobilenet_v3_large
  "torchvision.ops.poolers.MultiScaleRoIAlign",
  // torchvision fasterrcnn_mobilenet_v3_large_320_fpn
  "torchvision.ops.stochastic_depth.StochasticDepth",
  // torchvision convnext_base
  "typing.Any",
  // checkpoint omegaconf
  "uuid.UUID",
  // checkpoint data classes
  "xgboost.core.Booster",
  // xgboost Booster
  "xgboost.sklearn.XGBClassifier",
  // xgboost XGBClassifier
  "xgboost.sklearn.XGBRFClassifier",
  // xgboost XGBRFClassifier
  "xgboost.sklearn.XGBRFRegressor",
  // xgboost XGBRFRegressor
  "xgboost.sklearn.XGBRanker",
  // xgboost XGBRanker
  "xgboost.sklearn.XGBRegressor"
  // xgboost XGBRegressor
];

// src/formats/pickle/compat-names.ts
var IMPORT_MAPPING = /* @__PURE__ */ new Map([
  ["BaseHTTPServer", "http.server"],
  ["CGIHTTPServer", "http.server"],
  ["ConfigParser", "configparser"],
  ["Cookie", "http.cookies"],
  ["Dialog", "tkinter.dialog"],
  ["DocXMLRPCServer", "xmlrpc.server"],
  ["FileDialog", "tkinter.filedialog"],
  ["HTMLParser", "html.parser"],
  ["Queue", "queue"],
  ["ScrolledText", "tkinter.scrolledtext"],
  ["SimpleDialog", "tkinter.simpledialog"],
  ["SimpleHTTPServer", "http.server"],
  ["SimpleXMLRPCServer", "xmlrpc.server"],
  ["SocketServer", "socketserver"],
  ["StringIO", "io"],
  ["Tix", "tkinter.tix"],
  ["Tkconstants", "tkinter.constants"],
  ["Tkdnd", "tkinter.dnd"],
  ["Tkinter", "tkinter"],
  ["UserDict", "collections"],
  ["UserList", "collections"],
  ["UserString", "collections"],
  ["__builtin__", "builtins"],
  ["_abcoll", "collections.abc"],
  ["_elementtree", "xml.etree.ElementTree"],
  ["_winreg", "winreg"],
  ["anydbm", "dbm"],
  ["cPickle", "pickle"],
  ["cStringIO", "io"],
  ["commands", "subprocess"],
  ["cookielib", "http.cookiejar"],
  ["copy_reg", "copyreg"],
  ["dbhash", "dbm.bsd"],
  ["dbm", "dbm.ndbm"],
  ["dumbdbm", "dbm.dumb"],
  ["dummy_thread", "_dummy_thread"],
  ["gdbm", "dbm.gnu"],
  ["htmlentitydefs", "html.entities"],
  ["httplib", "http.client"],
  ["markupbase", "_markupbase"],
  ["repr", "reprlib"],
  ["robotparser", "urllib.robotparser"],
  ["test.test_support", "test.support"],
  ["thread", "_thread"],
  ["tkColorChooser", "tkinter.colorchooser"],
  ["tkCommonDialog", "tkinter.commondialog"],
  ["tkFileDialog", "tkinter.filedialog"],
  ["tkFont", "tkinter.font"],
  ["tkMessageBox", "tkinter.messagebox"],
  ["tkSimpleDialog", "tkinter.simpledialog"],
  ["ttk", "tkinter.ttk"],
  ["urllib2", "urllib.request"],
  ["urlparse", "urllib.parse"],
  ["whichdb", "dbm"],
  ["xmlrpclib", "xmlrpc.client"]
]);
var NAME_ROWS = [
  ["UserDict", "IterableUserDict", "collections", "UserDict"],
  ["UserDict", "UserDict", "collections", "UserDict"],
  ["UserList", "UserList", "collections", "UserList"],
  ["UserString", "UserString", "collections", "UserString"],
  ["__builtin__", "basestring", "builtins", "str"],
  ["__builtin__", "intern", "sys", "intern"],
  ["__builtin__", "long", "builtins", "int"],
  ["__builtin__", "reduce", "functools", "reduce"],
  ["__builtin__", "unichr", "builtins", "chr"],
  ["__builtin__", "unicode", "builtins", "str"],
  ["__builtin__", "xrange", "builtins", "range"],
  ["_multiprocessing", "Connection", "multiprocessing.connection", "Connection"],
  ["_socket", "fromfd", "socket", "fromfd"],
  ["exceptions", "ArithmeticError", "builtins", "ArithmeticError"],
  ["exceptions", "AssertionError", "builtins", "AssertionError"],
  ["exceptions", "AttributeError", "builtins", "AttributeError"],
  ["exceptions", "BaseException", "builtins", "BaseException"],
  ["exceptions", "BufferError", "builtins", "BufferError"],
  ["exceptions", "BytesWarning", "builtins", "BytesWarning"],
  ["exceptions", "DeprecationWarning", "builtins", "DeprecationWarning"],
  ["exceptions", "EOFError", "builtins", "EOFError"],
  ["exceptions", "EnvironmentError", "builtins", "EnvironmentError"],
  ["exceptions", "Exception", "builtins", "Exception"],
  ["exceptions", "FloatingPointError", "builtins", "FloatingPointError"],
  ["exceptions", "FutureWarning", "builtins", "FutureWarning"],
  ["exceptions", "GeneratorExit", "builtins", "GeneratorExit"],
  ["exceptions", "IOError", "builtins", "IOError"],
  ["exceptions", "ImportError", "builtins", "ImportError"],
  ["exceptions", "ImportWarning", "builtins", "ImportWarning"],
  ["exceptions", "IndentationError", "builtins", "IndentationError"],
  ["exceptions", "IndexError", "builtins", "IndexError"],
  ["exceptions", "KeyError", "builtins", "KeyError"],
  ["exceptions", "KeyboardInterrupt", "builtins", "KeyboardInterrupt"],
  ["exceptions", "LookupError", "builtins", "LookupError"],
  ["exceptions", "MemoryError", "builtins", "MemoryError"],
  ["exceptions", "NameError", "builtins", "NameError"],
  ["exceptions", "NotImplementedError", "builtins", "NotImplementedError"],
  ["exceptions", "OSError", "builtins", "OSError"],
  ["exceptions", "OverflowError", "builtins", "OverflowError"],
  ["exceptions", "PendingDeprecationWarning", "builtins", "PendingDeprecationWarning"],
  ["exceptions", "ReferenceError", "builtins", "ReferenceError"],
  ["exceptions", "RuntimeError", "builtins", "RuntimeError"],
  ["exceptions", "RuntimeWarning", "builtins", "RuntimeWarning"],
  ["exceptions", "StandardError", "builtins", "Exception"],
  ["exceptions", "StopIteration", "builtins", "StopIteration"],
  ["exceptions", "SyntaxError", "builtins", "SyntaxError"],
  ["exceptions", "SyntaxWarning", "builtins", "SyntaxWarning"],
  ["exceptions", "SystemError", "builtins", "SystemError"],
  ["exceptions", "SystemExit", "builtins", "SystemExit"],
  ["exceptions", "TabError", "builtins", "TabError"],
  ["exceptions", "TypeError", "builtins", "TypeError"],
  ["exceptions", "UnboundLocalError", "builtins", "UnboundLocalError"],
  ["exceptions", "UnicodeDecodeError", "builtins", "UnicodeDecodeError"],
  ["exceptions", "UnicodeEncodeError", "builtins", "UnicodeEncodeError"],
  ["exceptions", "UnicodeError", "builtins", "UnicodeError"],
  ["exceptions", "UnicodeTranslateError", "builtins", "UnicodeTranslateError"],
  ["exceptions", "UnicodeWarning", "builtins", "UnicodeWarning"],
  ["exceptions", "UserWarning", "builtins", "UserWarning"],
  ["exceptions", "ValueError", "builtins", "ValueError"],
  ["exceptions", "Warning", "builtins", "Warning"],
  ["exceptions", "ZeroDivisionError", "builtins", "ZeroDivisionError"],
  ["itertools", "ifilter", "builtins", "filter"],
  ["itertools", "ifilterfalse", "itertools", "filterfalse"],
  ["itertools", "imap", "builtins", "map"],
  ["itertools", "izip", "builtins", "zip"],
  ["itertools", "izip_longest", "itertools", "zip_longest"],
  ["multiprocessing", "AuthenticationError", "multiprocessing.context", "AuthenticationError"],
  ["multiprocessing", "BufferTooShort", "multiprocessing.context", "BufferTooShort"],
  ["multiprocessing", "ProcessError", "multiprocessing.context", "ProcessError"],
  ["multiprocessing", "TimeoutError", "multiprocessing.context", "TimeoutError"],
  ["multiprocessing.forking", "Popen", "multiprocessing.popen_fork", "Popen"],
  ["multiprocessing.process", "Process", "multiprocessing.context", "Process"],
  ["socket", "_socketobject", "socket", "SocketType"],
  ["urllib", "ContentTooShortError", "urllib.error", "ContentTooShortError"],
  ["urllib", "getproxies", "urllib.request", "getproxies"],
  ["urllib", "pathname2url", "urllib.request", "pathname2url"],
  ["urllib", "quote", "urllib.parse", "quote"],
  ["urllib", "quote_plus", "urllib.parse", "quote_plus"],
  ["urllib", "unquote", "urllib.parse", "unquote"],
  ["urllib", "unquote_plus", "urllib.parse", "unquote_plus"],
  ["urllib", "url2pathname", "urllib.request", "url2pathname"],
  ["urllib", "urlcleanup", "urllib.request", "urlcleanup"],
  ["urllib", "urlencode", "urllib.parse", "urlencode"],
  ["urllib", "urlopen", "urllib.request", "urlopen"],
  ["urllib", "urlretrieve", "urllib.request", "urlretrieve"],
  ["urllib2", "HTTPError", "urllib.error", "HTTPError"],
  ["urllib2", "URLError", "urllib.error", "URLError"],
  ["whichdb", "whichdb", "dbm", "whichdb"]
];
var NAME_MAPPING = new Map(
  NAME_ROWS.map(([m, n, tm, tn]) => [`${m}\0${n}`, [tm, tn]])
);

// src/formats/pickle/gadgets.ts
var GADGETS = [
  {
    global: "_bootsubprocess.check_output",
    category: "process",
    via: "call",
    sink: "os.system",
    where: "cpython Lib/_bootsubprocess.py:80"
  },
  {
    global: "_pyio.FileIO",
    category: "filesystem",
    via: "__init__",
    sink: "os.open",
    where: "cpython Lib/_pyio.py:1576"
  },
  {
    global: "aifc.Aifc_read",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:356"
  },
  {
    global: "aifc.Aifc_write",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:581"
  },
  {
    global: "aifc.open",
    category: "filesystem",
    via: "call \u2192 Aifc_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:356"
  },
  {
    global: "argparse.FileType",
    category: "filesystem",
    via: "__call__",
    sink: "builtins.open",
    where: "cpython Lib/argparse.py:1301"
  },
  {
    global: "bz2.BZ2File",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "bz2.open",
    category: "filesystem",
    via: "call \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "calendar.main",
    category: "filesystem",
    via: "call \u2192 ArgumentParser.parse_args \u2192 ArgumentParser.parse_known_args \u2192 ArgumentParser._parse_known_args \u2192 ArgumentParser._read_args_from_files",
    sink: "builtins.open",
    where: "cpython Lib/argparse.py:2180"
  },
  {
    global: "cgi.FieldStorage",
    category: "filesystem",
    via: "__init__ \u2192 FieldStorage.read_single \u2192 FieldStorage.read_binary \u2192 FieldStorage.make_file \u2192 TemporaryFile",
    sink: "os.open",
    where: "cpython Lib/tempfile.py:774"
  },
  {
    global: "cgitb.Hook",
    category: "filesystem",
    via: "__call__ \u2192 Hook.handle",
    sink: "tempfile.mkstemp",
    where: "cpython Lib/cgitb.py:307"
  },
  {
    global: "cgitb.html",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "cgitb.text",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "collections.namedtuple",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "cpython Lib/collections/__init__.py:434"
  },
  {
    global: "dataclasses._create_fn",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "cpython Lib/dataclasses.py:433"
  },
  {
    global: "encodings.search_function",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "cpython Lib/encodings/__init__.py:99"
  },
  {
    global: "gettext.GNUTranslations",
    category: "code-execution",
    via: "__init__ \u2192 GNUTranslations._parse \u2192 c2py",
    sink: "builtins.exec",
    where: "cpython Lib/gettext.py:204"
  },
  {
    global: "gettext.c2py",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "cpython Lib/gettext.py:204"
  },
  {
    global: "gettext.dgettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.dngettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.dnpgettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.dpgettext",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.gettext",
    category: "filesystem",
    via: "call \u2192 dgettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.install",
    category: "filesystem",
    via: "call \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.ngettext",
    category: "filesystem",
    via: "call \u2192 dngettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.npgettext",
    category: "filesystem",
    via: "call \u2192 dnpgettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.pgettext",
    category: "filesystem",
    via: "call \u2192 dpgettext \u2192 translation",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gettext.translation",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/gettext.py:540"
  },
  {
    global: "gzip.GzipFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "gzip.open",
    category: "filesystem",
    via: "call \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "imaplib.IMAP4",
    category: "network",
    via: "__init__ \u2192 IMAP4.open \u2192 IMAP4._create_socket",
    sink: "socket.create_connection",
    where: "cpython Lib/imaplib.py:301"
  },
  {
    global: "imghdr.testall",
    category: "filesystem",
    via: "call \u2192 testall \u2192 testall \u2192 testall \u2192 what",
    sink: "builtins.open",
    where: "cpython Lib/imghdr.py:21"
  },
  {
    global: "imghdr.what",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/imghdr.py:21"
  },
  {
    global: "joblib._deprecated_format_stack._fixed_getframes",
    category: "filesystem",
    via: "call \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "joblib._deprecated_format_stack.format_exc",
    category: "code-execution",
    via: "call \u2192 format_records",
    sink: "builtins.eval",
    where: "joblib/_deprecated_format_stack.py:288"
  },
  {
    global: "joblib._deprecated_format_stack.format_outer_frames",
    category: "code-execution",
    via: "call \u2192 format_records",
    sink: "builtins.eval",
    where: "joblib/_deprecated_format_stack.py:288"
  },
  {
    global: "joblib._deprecated_format_stack.format_records",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "joblib/_deprecated_format_stack.py:288"
  },
  {
    global: "joblib._memmapping_reducer.ArrayMemmapForwardReducer",
    category: "nested-loader",
    via: "__call__",
    sink: "joblib.load",
    where: "joblib/_memmapping_reducer.py:455"
  },
  {
    global: "joblib._memmapping_reducer.TemporaryResourcesManager",
    category: "filesystem",
    via: "__init__ \u2192 TemporaryResourcesManager.set_current_context \u2192 TemporaryResourcesManager.register_new_context \u2192 _get_temp_dir",
    sink: "os.makedirs",
    where: "joblib/_memmapping_reducer.py:217"
  },
  {
    global: "joblib._memmapping_reducer._get_temp_dir",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "joblib/_memmapping_reducer.py:217"
  },
  {
    global: "joblib._memmapping_reducer._strided_from_memmap",
    category: "filesystem",
    via: "call \u2192 make_memmap",
    sink: "numpy.memmap",
    where: "joblib/backports.py:146"
  },
  {
    global: "joblib._memmapping_reducer.unlink_file",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "joblib/_memmapping_reducer.py:91"
  },
  {
    global: "joblib.backports.make_memmap",
    category: "filesystem",
    via: "call",
    sink: "numpy.memmap",
    where: "joblib/backports.py:146"
  },
  {
    global: "joblib.compressor.BinaryGzipFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "joblib/compressor.py:287"
  },
  {
    global: "joblib.compressor.BinaryZlibFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "joblib/compressor.py:287"
  },
  {
    global: "joblib.disk.delete_folder",
    category: "filesystem",
    via: "call",
    sink: "shutil.rmtree",
    where: "joblib/disk.py:109"
  },
  {
    global: "joblib.disk.mkdirp",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "joblib/disk.py:61"
  },
  {
    global: "joblib.disk.rm_subdirs",
    category: "filesystem",
    via: "call \u2192 delete_folder",
    sink: "shutil.rmtree",
    where: "joblib/disk.py:109"
  },
  {
    global: "joblib.func_inspect.get_func_code",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "joblib.logger.PrintTime",
    category: "filesystem",
    via: "__init__ \u2192 mkdirp",
    sink: "os.makedirs",
    where: "joblib/disk.py:61"
  },
  {
    global: "joblib.memory.MemorizedFunc",
    category: "filesystem",
    via: "__call__ \u2192 MemorizedFunc._cached_call \u2192 MemorizedFunc._check_previous_func_code \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.read",
    category: "nested-loader",
    via: "call \u2192 NumpyArrayWrapper.read_array",
    sink: "pickle.load",
    where: "joblib/numpy_pickle.py:152"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.read_array",
    category: "nested-loader",
    via: "call",
    sink: "pickle.load",
    where: "joblib/numpy_pickle.py:152"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.read_mmap",
    category: "filesystem",
    via: "call \u2192 make_memmap",
    sink: "numpy.memmap",
    where: "joblib/backports.py:146"
  },
  {
    global: "joblib.numpy_pickle.NumpyArrayWrapper.write_array",
    category: "filesystem",
    via: "call",
    sink: "pickle.dump",
    where: "joblib/numpy_pickle.py:109"
  },
  {
    global: "joblib.numpy_pickle.dump",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "joblib/numpy_pickle.py:552"
  },
  {
    global: "joblib.numpy_pickle.load",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "joblib/numpy_pickle.py:650"
  },
  {
    global: "joblib.numpy_pickle.load_temporary_memmap",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "joblib/numpy_pickle.py:597"
  },
  {
    global: "joblib.pool.MemmappingPool",
    category: "filesystem",
    via: "__init__ \u2192 TemporaryResourcesManager.__init__ \u2192 TemporaryResourcesManager.set_current_context \u2192 TemporaryResourcesManager.register_new_context \u2192 _get_temp_dir",
    sink: "os.makedirs",
    where: "joblib/_memmapping_reducer.py:217"
  },
  {
    global: "joblib.test.data.create_numpy_pickle.write_test_pickle",
    category: "filesystem",
    via: "call",
    sink: "joblib.dump",
    where: "joblib/test/data/create_numpy_pickle.py:60"
  },
  {
    global: "lzma.LZMAFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/lzma.py:120"
  },
  {
    global: "lzma.open",
    category: "filesystem",
    via: "call \u2192 LZMAFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/lzma.py:120"
  },
  {
    global: "mailbox.Babyl",
    category: "filesystem",
    via: "__init__ \u2192 _singlefileMailbox.__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox.MH",
    category: "filesystem",
    via: "__init__",
    sink: "os.mkdir",
    where: "cpython Lib/mailbox.py:943"
  },
  {
    global: "mailbox.MMDF",
    category: "filesystem",
    via: "__init__ \u2192 _singlefileMailbox.__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox.Maildir",
    category: "filesystem",
    via: "__init__",
    sink: "os.mkdir",
    where: "cpython Lib/mailbox.py:282"
  },
  {
    global: "mailbox._create_carefully",
    category: "filesystem",
    via: "call",
    sink: "os.open",
    where: "cpython Lib/mailbox.py:2114"
  },
  {
    global: "mailbox._create_temporary",
    category: "filesystem",
    via: "call \u2192 _create_carefully",
    sink: "os.open",
    where: "cpython Lib/mailbox.py:2114"
  },
  {
    global: "mailbox._lock_file",
    category: "filesystem",
    via: "call",
    sink: "os.link",
    where: "cpython Lib/mailbox.py:2087"
  },
  {
    global: "mailbox._mboxMMDF",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox._singlefileMailbox",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailbox._unlock_file",
    category: "filesystem",
    via: "call",
    sink: "os.remove",
    where: "cpython Lib/mailbox.py:2110"
  },
  {
    global: "mailbox.mbox",
    category: "filesystem",
    via: "__init__ \u2192 _singlefileMailbox.__init__",
    sink: "builtins.open",
    where: "cpython Lib/mailbox.py:584"
  },
  {
    global: "mailcap.findmatch",
    category: "process",
    via: "call",
    sink: "os.system",
    where: "cpython Lib/mailcap.py:191"
  },
  {
    global: "mimetypes.MimeTypes",
    category: "filesystem",
    via: "__init__ \u2192 MimeTypes.read",
    sink: "builtins.open",
    where: "cpython Lib/mimetypes.py:209"
  },
  {
    global: "mimetypes.init",
    category: "filesystem",
    via: "call \u2192 MimeTypes.read",
    sink: "builtins.open",
    where: "cpython Lib/mimetypes.py:209"
  },
  {
    global: "mimetypes.read_mime_types",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/mimetypes.py:390"
  },
  {
    global: "netrc.netrc",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/netrc.py:74"
  },
  {
    global: "numpy.DataSource",
    category: "filesystem",
    via: "__del__",
    sink: "shutil.rmtree",
    where: "numpy/lib/_datasource.py:261"
  },
  {
    global: "numpy._typing.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.array_api.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.compat.py3k.npy_load_module",
    category: "importer",
    via: "call",
    sink: "importlib.machinery.SourceFileLoader",
    where: "numpy/compat/py3k.py:133"
  },
  {
    global: "numpy.compat.py3k.open_latin1",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/compat/py3k.py:53"
  },
  {
    global: "numpy.compat.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.core._add_newdocs_scalars.add_newdoc_for_scalar_type",
    category: "importer",
    via: "call \u2192 add_newdoc",
    sink: "builtins.__import__",
    where: "numpy/core/function_base.py:529"
  },
  {
    global: "numpy.core._methods._dump",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/core/_methods.py:292"
  },
  {
    global: "numpy.core._ufunc_reconstruct",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/core/__init__.py:126"
  },
  {
    global: "numpy.core.function_base.add_newdoc",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/core/function_base.py:529"
  },
  {
    global: "numpy.fft.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.fromregex",
    category: "network",
    via: "call \u2192 open \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.genfromtxt",
    category: "network",
    via: "call \u2192 open \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.info",
    category: "importer",
    via: "call \u2192 _makenamedict",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:477"
  },
  {
    global: "numpy.lib._datasource.Repository",
    category: "filesystem",
    via: "__del__ \u2192 DataSource.__del__",
    sink: "shutil.rmtree",
    where: "numpy/lib/_datasource.py:261"
  },
  {
    global: "numpy.lib._datasource.open",
    category: "network",
    via: "call \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.lib.format.open_memmap",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/lib/format.py:911"
  },
  {
    global: "numpy.lib.format.read_array",
    category: "nested-loader",
    via: "call",
    sink: "pickle.load",
    where: "numpy/lib/format.py:792"
  },
  {
    global: "numpy.lib.format.write_array",
    category: "filesystem",
    via: "call",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.lib.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.lib.utils._lookfor_generate_cache",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:913"
  },
  {
    global: "numpy.lib.utils._makenamedict",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:477"
  },
  {
    global: "numpy.linalg.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.load",
    category: "nested-loader",
    via: "call \u2192 read_array",
    sink: "pickle.load",
    where: "numpy/lib/format.py:792"
  },
  {
    global: "numpy.loadtxt",
    category: "filesystem",
    via: "call",
    sink: "numpy.loadtxt",
    where: "numpy/lib/npyio.py:1333"
  },
  {
    global: "numpy.lookfor",
    category: "importer",
    via: "call \u2192 _lookfor_generate_cache",
    sink: "builtins.__import__",
    where: "numpy/lib/utils.py:913"
  },
  {
    global: "numpy.ma.bench.compare_functions_1v",
    category: "code-execution",
    via: "call \u2192 timer \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.bench.compare_functions_2v",
    category: "code-execution",
    via: "call \u2192 timer \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.bench.compare_methods",
    category: "code-execution",
    via: "call \u2192 timer \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.bench.timer",
    category: "code-execution",
    via: "call \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "numpy.ma.mrecords.fromtextfile",
    category: "filesystem",
    via: "call \u2192 openfile",
    sink: "builtins.open",
    where: "numpy/ma/mrecords.py:659"
  },
  {
    global: "numpy.ma.mrecords.openfile",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/ma/mrecords.py:659"
  },
  {
    global: "numpy.ma.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.matrixlib.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.memmap",
    category: "filesystem",
    via: "__new__",
    sink: "builtins.open",
    where: "numpy/core/memmap.py:228"
  },
  {
    global: "numpy.ndarray.dump",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/core/_add_newdocs.py:3439"
  },
  {
    global: "numpy.ndarray.tofile",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "numpy/core/_add_newdocs.py:4344"
  },
  {
    global: "numpy.polynomial.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.random.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.save",
    category: "filesystem",
    via: "call \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.savetxt",
    category: "network",
    via: "call \u2192 open \u2192 DataSource.open \u2192 DataSource._findfile \u2192 DataSource._cache",
    sink: "urllib.request.urlopen",
    where: "numpy/lib/_datasource.py:337"
  },
  {
    global: "numpy.savez",
    category: "filesystem",
    via: "call \u2192 _savez \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.savez_compressed",
    category: "filesystem",
    via: "call \u2192 _savez \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "numpy.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "numpy.typing.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "omegaconf._utils._get_class",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils._resolve_forward",
    category: "importer",
    via: "call \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.extract_dict_subclass_data",
    category: "importer",
    via: "call \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.get_attr_data",
    category: "importer",
    via: "call \u2192 extract_dict_subclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.get_dataclass_data",
    category: "importer",
    via: "call \u2192 extract_dict_subclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf._utils.get_structured_config_data",
    category: "importer",
    via: "call \u2192 get_dataclass_data \u2192 extract_dict_subclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf.basecontainer.BaseContainer.merge_with_cli",
    category: "nested-loader",
    via: "call \u2192 BaseContainer.merge_with_dotlist",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.basecontainer.BaseContainer.merge_with_dotlist",
    category: "nested-loader",
    via: "call",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.basecontainer._create_structured_with_missing_fields",
    category: "importer",
    via: "call \u2192 get_structured_config_data \u2192 get_dataclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf.dictconfig.DictConfig._set_value_impl",
    category: "importer",
    via: "call \u2192 get_structured_config_data \u2192 get_dataclass_data \u2192 _resolve_forward \u2192 _get_class",
    sink: "importlib.import_module",
    where: "omegaconf/_utils.py:187"
  },
  {
    global: "omegaconf.dictconfig.DictConfig.merge_with_cli",
    category: "nested-loader",
    via: "call \u2192 BaseContainer.merge_with_dotlist",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.dictconfig.DictConfig.merge_with_dotlist",
    category: "nested-loader",
    via: "call",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.listconfig.ListConfig.merge_with_cli",
    category: "nested-loader",
    via: "call \u2192 BaseContainer.merge_with_dotlist",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "omegaconf.listconfig.ListConfig.merge_with_dotlist",
    category: "nested-loader",
    via: "call",
    sink: "yaml.load",
    where: "omegaconf/basecontainer.py:209"
  },
  {
    global: "pandas._testing._io.can_connect",
    category: "network",
    via: "call \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas._testing._io.network",
    category: "network",
    via: "call \u2192 can_connect \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas._testing._io.round_trip_localpath",
    category: "filesystem",
    via: "call \u2192 ensure_clean",
    sink: "builtins.open",
    where: "pandas/_testing/contexts.py:118"
  },
  {
    global: "pandas._testing._io.round_trip_pathlib",
    category: "filesystem",
    via: "call \u2192 ensure_clean",
    sink: "builtins.open",
    where: "pandas/_testing/contexts.py:118"
  },
  {
    global: "pandas._testing._io.round_trip_pickle",
    category: "nested-loader",
    via: "call",
    sink: "pandas.read_pickle",
    where: "pandas/_testing/_io.py:310"
  },
  {
    global: "pandas._testing.contexts.decompress_file",
    category: "network",
    via: "call \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas._testing.contexts.ensure_clean",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "pandas/_testing/contexts.py:118"
  },
  {
    global: "pandas.compat._optional.import_optional_dependency",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.config_init.register_plotting_backend_cb",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.frame.DataFrame._repr_html_",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_html \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame._repr_latex_",
    category: "filesystem",
    via: "call \u2192 NDFrame.to_latex \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame.boxplot",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.frame.DataFrame.eval",
    category: "code-execution",
    via: "call",
    sink: "pandas.eval",
    where: "pandas/core/frame.py:4612"
  },
  {
    global: "pandas.core.frame.DataFrame.hist",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.frame.DataFrame.query",
    category: "code-execution",
    via: "call \u2192 DataFrame.eval",
    sink: "pandas.eval",
    where: "pandas/core/frame.py:4612"
  },
  {
    global: "pandas.core.frame.DataFrame.to_csv",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_csv \u2192 CSVFormatter.save \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.frame.DataFrame.to_excel",
    category: "filesystem",
    via: "call \u2192 ExcelFormatter.write \u2192 ExcelWriter.__init__ \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.frame.DataFrame.to_feather",
    category: "network",
    via: "call \u2192 to_feather \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_html",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_html \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame.to_json",
    category: "network",
    via: "call \u2192 to_json \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_latex",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.frame.DataFrame.to_markdown",
    category: "network",
    via: "call \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_orc",
    category: "importer",
    via: "call \u2192 to_orc \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.frame.DataFrame.to_pickle",
    category: "network",
    via: "call \u2192 to_pickle \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_stata",
    category: "network",
    via: "call \u2192 StataWriter.write_file \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.frame.DataFrame.to_string",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_string \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.generic.NDFrame._repr_latex_",
    category: "filesystem",
    via: "call \u2192 NDFrame.to_latex \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.generic.NDFrame.to_csv",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_csv \u2192 CSVFormatter.save \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.generic.NDFrame.to_excel",
    category: "filesystem",
    via: "call \u2192 ExcelFormatter.write \u2192 ExcelWriter.__init__ \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.generic.NDFrame.to_json",
    category: "network",
    via: "call \u2192 to_json \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.generic.NDFrame.to_latex",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.generic.NDFrame.to_pickle",
    category: "network",
    via: "call \u2192 to_pickle \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.missing._interpolate_1d",
    category: "importer",
    via: "call \u2192 _interpolate_scipy_wrapper \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.missing._interpolate_2d_with_fill",
    category: "importer",
    via: "call \u2192 _interpolate_1d \u2192 _interpolate_scipy_wrapper \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.missing._interpolate_scipy_wrapper",
    category: "importer",
    via: "call \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.missing.interpolate_array_2d",
    category: "importer",
    via: "call \u2192 _interpolate_2d_with_fill \u2192 _interpolate_1d \u2192 _interpolate_scipy_wrapper \u2192 import_optional_dependency",
    sink: "importlib.import_module",
    where: "pandas/compat/_optional.py:146"
  },
  {
    global: "pandas.core.series.Series._repr_latex_",
    category: "filesystem",
    via: "call \u2192 NDFrame.to_latex \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.series.Series.hist",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.core.series.Series.to_csv",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_csv \u2192 CSVFormatter.save \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.series.Series.to_excel",
    category: "filesystem",
    via: "call \u2192 ExcelFormatter.write \u2192 ExcelWriter.__init__ \u2192 get_handle \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "pandas.core.series.Series.to_json",
    category: "network",
    via: "call \u2192 to_json \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.series.Series.to_latex",
    category: "filesystem",
    via: "call \u2192 DataFrameRenderer.to_latex \u2192 save_to_buffer \u2192 get_buffer",
    sink: "builtins.open",
    where: "pandas/io/formats/format.py:1238"
  },
  {
    global: "pandas.core.series.Series.to_pickle",
    category: "network",
    via: "call \u2192 to_pickle \u2192 get_handle \u2192 _get_filepath_or_buffer \u2192 urlopen",
    sink: "urllib.request.urlopen",
    where: "pandas/io/common.py:265"
  },
  {
    global: "pandas.core.series.Series.to_string",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "pandas/core/series.py:1707"
  },
  {
    global: "pandas.plotting._core.PlotAccessor",
    category: "importer",
    via: "__call__ \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core._get_plot_backend",
    category: "importer",
    via: "call \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core._load_backend",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.boxplot_frame",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.boxplot_frame_groupby",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.hist_frame",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pandas.plotting._core.hist_series",
    category: "importer",
    via: "call \u2192 _get_plot_backend \u2192 _load_backend",
    sink: "importlib.import_module",
    where: "pandas/plotting/_core.py:1843"
  },
  {
    global: "pathlib.Path.chmod",
    category: "filesystem",
    via: "call",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.Path.hardlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.link",
    where: "cpython Lib/pathlib.py:1209"
  },
  {
    global: "pathlib.Path.lchmod",
    category: "filesystem",
    via: "call \u2192 Path.chmod",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.Path.mkdir",
    category: "filesystem",
    via: "call",
    sink: "os.mkdir",
    where: "cpython Lib/pathlib.py:1117"
  },
  {
    global: "pathlib.Path.open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.read_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.read_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.rename",
    category: "filesystem",
    via: "call",
    sink: "os.rename",
    where: "cpython Lib/pathlib.py:1176"
  },
  {
    global: "pathlib.Path.replace",
    category: "filesystem",
    via: "call",
    sink: "os.replace",
    where: "cpython Lib/pathlib.py:1189"
  },
  {
    global: "pathlib.Path.rmdir",
    category: "filesystem",
    via: "call",
    sink: "os.rmdir",
    where: "cpython Lib/pathlib.py:1157"
  },
  {
    global: "pathlib.Path.symlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.symlink",
    where: "cpython Lib/pathlib.py:1199"
  },
  {
    global: "pathlib.Path.touch",
    category: "filesystem",
    via: "call",
    sink: "os.open",
    where: "cpython Lib/pathlib.py:1109"
  },
  {
    global: "pathlib.Path.unlink",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "cpython Lib/pathlib.py:1148"
  },
  {
    global: "pathlib.Path.write_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.Path.write_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.chmod",
    category: "filesystem",
    via: "call",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.PosixPath.hardlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.link",
    where: "cpython Lib/pathlib.py:1209"
  },
  {
    global: "pathlib.PosixPath.lchmod",
    category: "filesystem",
    via: "call \u2192 Path.chmod",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "pathlib.PosixPath.mkdir",
    category: "filesystem",
    via: "call",
    sink: "os.mkdir",
    where: "cpython Lib/pathlib.py:1117"
  },
  {
    global: "pathlib.PosixPath.open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.read_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.read_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.rename",
    category: "filesystem",
    via: "call",
    sink: "os.rename",
    where: "cpython Lib/pathlib.py:1176"
  },
  {
    global: "pathlib.PosixPath.replace",
    category: "filesystem",
    via: "call",
    sink: "os.replace",
    where: "cpython Lib/pathlib.py:1189"
  },
  {
    global: "pathlib.PosixPath.rmdir",
    category: "filesystem",
    via: "call",
    sink: "os.rmdir",
    where: "cpython Lib/pathlib.py:1157"
  },
  {
    global: "pathlib.PosixPath.symlink_to",
    category: "filesystem",
    via: "call",
    sink: "os.symlink",
    where: "cpython Lib/pathlib.py:1199"
  },
  {
    global: "pathlib.PosixPath.touch",
    category: "filesystem",
    via: "call",
    sink: "os.open",
    where: "cpython Lib/pathlib.py:1109"
  },
  {
    global: "pathlib.PosixPath.unlink",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "cpython Lib/pathlib.py:1148"
  },
  {
    global: "pathlib.PosixPath.write_bytes",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "pathlib.PosixPath.write_text",
    category: "filesystem",
    via: "call \u2192 Path.open",
    sink: "builtins.open",
    where: "cpython Lib/pathlib.py:1045"
  },
  {
    global: "platform._syscmd_file",
    category: "process",
    via: "call",
    sink: "subprocess.check_output",
    where: "cpython Lib/platform.py:625"
  },
  {
    global: "platform.architecture",
    category: "process",
    via: "call \u2192 _syscmd_file",
    sink: "subprocess.check_output",
    where: "cpython Lib/platform.py:625"
  },
  {
    global: "platform.libc_ver",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/platform.py:198"
  },
  {
    global: "pstats.Stats",
    category: "nested-loader",
    via: "__init__ \u2192 Stats.init \u2192 Stats.load_stats",
    sink: "marshal.load",
    where: "cpython Lib/pstats.py:143"
  },
  {
    global: "scipy.__getattr__",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "scipy/__init__.py:200"
  },
  {
    global: "scipy._lib._bunch._make_tuple_bunch",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "scipy/_lib/_bunch.py:161"
  },
  {
    global: "scipy._lib._uarray._backend.pickle_function",
    category: "importer",
    via: "call \u2192 unpickle_function",
    sink: "importlib.import_module",
    where: "scipy/_lib/_uarray/_backend.py:53"
  },
  {
    global: "scipy._lib._uarray._backend.unpickle_function",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "scipy/_lib/_uarray/_backend.py:53"
  },
  {
    global: "scipy._lib.decorator.FunctionMaker",
    category: "code-execution",
    via: "__init__ \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "scipy._lib.decorator.dispatch_on",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "scipy._lib.decorator.getargspec",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "scipy.datasets._utils._clear_cache",
    category: "filesystem",
    via: "call",
    sink: "shutil.rmtree",
    where: "scipy/datasets/_utils.py:30"
  },
  {
    global: "scipy.datasets._utils.clear_cache",
    category: "filesystem",
    via: "call \u2192 _clear_cache",
    sink: "shutil.rmtree",
    where: "scipy/datasets/_utils.py:30"
  },
  {
    global: "scipy.io._fortran.FortranFile",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "scipy/io/_fortran.py:123"
  },
  {
    global: "scipy.io._harwell_boeing.hb.hb_read",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/_harwell_boeing/hb.py:513"
  },
  {
    global: "scipy.io._harwell_boeing.hb.hb_write",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/_harwell_boeing/hb.py:569"
  },
  {
    global: "scipy.io._idl.readsav",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/_idl.py:752"
  },
  {
    global: "scipy.io._mmio.mmread",
    category: "filesystem",
    via: "call \u2192 MMFile.read \u2192 MMFile._open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "scipy.io._mmio.mmwrite",
    category: "filesystem",
    via: "call \u2192 MMFile.write \u2192 MMFile._open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "scipy.io._netcdf.netcdf_file",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "scipy/io/_netcdf.py:246"
  },
  {
    global: "scipy.io.arff._arffread.loadarff",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/arff/_arffread.py:800"
  },
  {
    global: "scipy.io.arff._arffread.test_weka",
    category: "filesystem",
    via: "call \u2192 loadarff",
    sink: "builtins.open",
    where: "scipy/io/arff/_arffread.py:800"
  },
  {
    global: "scipy.io.matlab._mio._open_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio._open_file_context",
    category: "filesystem",
    via: "call \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.loadmat",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.mat_reader_factory",
    category: "filesystem",
    via: "call \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.savemat",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._mio.whosmat",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.matlab._miobase.matfile_version",
    category: "filesystem",
    via: "call \u2192 _open_file_context \u2192 _open_file",
    sink: "builtins.open",
    where: "scipy/io/matlab/_mio.py:39"
  },
  {
    global: "scipy.io.wavfile._read_data_chunk",
    category: "filesystem",
    via: "call",
    sink: "numpy.fromfile",
    where: "scipy/io/wavfile.py:462"
  },
  {
    global: "scipy.io.wavfile.read",
    category: "filesystem",
    via: "call \u2192 _read_data_chunk",
    sink: "numpy.fromfile",
    where: "scipy/io/wavfile.py:462"
  },
  {
    global: "scipy.io.wavfile.write",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/io/wavfile.py:767"
  },
  {
    global: "scipy.odr._odrpack.ODR",
    category: "filesystem",
    via: "__init__",
    sink: "os.remove",
    where: "scipy/odr/_odrpack.py:756"
  },
  {
    global: "scipy.optimize._nonlin._nonlin_wrapper",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "scipy/optimize/_nonlin.py:1553"
  },
  {
    global: "scipy.optimize._optimize.show_options",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "scipy/optimize/_optimize.py:3937"
  },
  {
    global: "scipy.signal._signaltools._timeit_fast",
    category: "code-execution",
    via: "call \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.choose_conv_method",
    category: "code-execution",
    via: "call \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.convolve",
    category: "code-execution",
    via: "call \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.correlate",
    category: "code-execution",
    via: "call \u2192 convolve \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._signaltools.deconvolve",
    category: "code-execution",
    via: "call \u2192 convolve \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.signal._wavelets.cwt",
    category: "code-execution",
    via: "call \u2192 convolve \u2192 choose_conv_method \u2192 _timeit_fast \u2192 Timer.__init__",
    sink: "builtins.exec",
    where: "cpython Lib/timeit.py:134"
  },
  {
    global: "scipy.sparse._matrix_io.load_npz",
    category: "nested-loader",
    via: "call",
    sink: "numpy.load",
    where: "scipy/sparse/_matrix_io.py:125"
  },
  {
    global: "scipy.sparse._matrix_io.save_npz",
    category: "filesystem",
    via: "call \u2192 savez_compressed \u2192 _savez \u2192 write_array",
    sink: "pickle.dump",
    where: "numpy/lib/format.py:711"
  },
  {
    global: "scipy.sparse.csgraph.setup.configuration",
    category: "code-execution",
    via: "call \u2192 Configuration.__init__ \u2192 get_path_from_frame",
    sink: "builtins.eval",
    where: "numpy/distutils/misc_util.py:157"
  },
  {
    global: "scipy.special._precompute.expn_asy.generate_A",
    category: "code-execution",
    via: "call \u2192 Poly.__new__ \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "scipy.special._precompute.gammainc_data.gammainc",
    category: "code-execution",
    via: "call \u2192 hypercomb \u2192 hyper \u2192 MPContext.hypsum \u2192 make_hyp_summator",
    sink: "builtins.exec",
    where: "mpmath/libmp/libhyper.py:304"
  },
  {
    global: "scipy.special._precompute.gammainc_data.gammaincc",
    category: "code-execution",
    via: "call \u2192 hypercomb \u2192 hyper \u2192 MPContext.hypsum \u2192 make_hyp_summator",
    sink: "builtins.exec",
    where: "mpmath/libmp/libhyper.py:304"
  },
  {
    global: "scipy.stats._continuous_distns.alpha_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.anglit_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.arcsine_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.argus_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.beta_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.betaprime_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.bradford_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.burr12_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.burr_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.cauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.chi2_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.chi_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.cosine_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.crystalball_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.dgamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.dweibull_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.erlang_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.expon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.exponnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.exponpow_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.exponweib_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.f_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.fatiguelife_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.fisk_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.foldcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.foldnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gausshyper_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genexpon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genextreme_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gengamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genhalflogistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genhyperbolic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.geninvgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genlogistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gennorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.genpareto_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gibrat_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gilbrat_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gompertz_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gumbel_l_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.gumbel_r_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halfcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halfgennorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halflogistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.halfnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.hypsecant_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.invgamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.invgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.invweibull_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.johnsonsb_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.johnsonsu_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kappa3_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kappa4_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.ksone_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kstwo_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.kstwobign_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.laplace_asymmetric_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.laplace_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.levy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.levy_l_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.loggamma_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.logistic_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.loglaplace_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.lognorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.lomax_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.maxwell_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.mielke_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.moyal_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.nakagami_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.ncf_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.nct_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.ncx2_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.norm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.norminvgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.pareto_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.pearson3_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.powerlaw_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.powerlognorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.powernorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rayleigh_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rdist_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.recipinvgauss_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.reciprocal_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rice_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.rv_histogram",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.semicircular_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.skew_norm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.skewcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.studentized_range_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.t_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.trapezoid_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.triang_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncexpon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncnorm_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncpareto_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.truncweibull_min_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.tukeylambda_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.uniform_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.vonmises_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.wald_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.weibull_max_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.weibull_min_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._continuous_distns.wrapcauchy_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns._nchypergeom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.bernoulli_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.betabinom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.binom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.boltzmann_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.dlaplace_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.geom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.hypergeom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.logser_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nbinom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nchypergeom_fisher_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nchypergeom_wallenius_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.nhypergeom_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.planck_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.poisson_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.randint_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.skellam_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.yulesimon_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.zipf_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._discrete_distns.zipfian_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._distn_infrastructure.rv_continuous",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._distn_infrastructure.rv_discrete",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_discrete._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._distn_infrastructure.rv_sample",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_sample._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "scipy.stats._generate_pyx.make_biasedurn",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/stats/_generate_pyx.py:25"
  },
  {
    global: "scipy.stats._generate_pyx.make_boost",
    category: "process",
    via: "call",
    sink: "subprocess.run",
    where: "scipy/stats/_generate_pyx.py:44"
  },
  {
    global: "scipy.stats._generate_pyx.make_unuran",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "scipy/stats/_generate_pyx.py:32"
  },
  {
    global: "scipy.stats._levy_stable.levy_stable_gen",
    category: "code-execution",
    via: "__setstate__ \u2192 rv_continuous._attach_methods \u2192 rv_generic._attach_argparser_methods",
    sink: "builtins.exec",
    where: "scipy/stats/_distn_infrastructure.py:669"
  },
  {
    global: "sklearn._build_utils.gen_from_templates",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/_build_utils/__init__.py:118"
  },
  {
    global: "sklearn.datasets._base._fetch_remote",
    category: "network",
    via: "call",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._base._sha256",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/datasets/_base.py:1292"
  },
  {
    global: "sklearn.datasets._base.clear_data_home",
    category: "filesystem",
    via: "call \u2192 get_data_home",
    sink: "os.makedirs",
    where: "sklearn/datasets/_base.py:66"
  },
  {
    global: "sklearn.datasets._base.get_data_home",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "sklearn/datasets/_base.py:66"
  },
  {
    global: "sklearn.datasets._base.load_csv_data",
    category: "importer",
    via: "call \u2192 _open_text \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.datasets._base.load_descr",
    category: "importer",
    via: "call \u2192 _read_text \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.datasets._base.load_gzip_compressed_csv_data",
    category: "importer",
    via: "call \u2192 _open_binary \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.datasets._california_housing.fetch_california_housing",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_california_housing.py:153"
  },
  {
    global: "sklearn.datasets._covtype.fetch_covtype",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_covtype.py:181"
  },
  {
    global: "sklearn.datasets._kddcup99._fetch_brute_kddcup99",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_kddcup99.py:332"
  },
  {
    global: "sklearn.datasets._kddcup99._mkdirp",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "sklearn/datasets/_kddcup99.py:384"
  },
  {
    global: "sklearn.datasets._kddcup99.fetch_kddcup99",
    category: "nested-loader",
    via: "call \u2192 _fetch_brute_kddcup99",
    sink: "joblib.load",
    where: "sklearn/datasets/_kddcup99.py:332"
  },
  {
    global: "sklearn.datasets._lfw._check_fetch_lfw",
    category: "network",
    via: "call \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._lfw._fetch_lfw_pairs",
    category: "filesystem",
    via: "call \u2192 _load_imgs \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "sklearn.datasets._lfw._fetch_lfw_people",
    category: "filesystem",
    via: "call \u2192 _load_imgs \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "sklearn.datasets._lfw._load_imgs",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "sklearn.datasets._lfw.fetch_lfw_pairs",
    category: "network",
    via: "call \u2192 _check_fetch_lfw \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._lfw.fetch_lfw_people",
    category: "network",
    via: "call \u2192 _check_fetch_lfw \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._olivetti_faces.fetch_olivetti_faces",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_olivetti_faces.py:126"
  },
  {
    global: "sklearn.datasets._openml._download_data_to_bunch",
    category: "filesystem",
    via: "call \u2192 _retry_with_clean_cache",
    sink: "os.unlink",
    where: "sklearn/datasets/_openml.py:59"
  },
  {
    global: "sklearn.datasets._openml._get_data_description_by_id",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_data_features",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_data_info_by_name",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_data_qualities",
    category: "filesystem",
    via: "call \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._get_json_content_from_openml_api",
    category: "filesystem",
    via: "call \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._load_arff_response",
    category: "filesystem",
    via: "call \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._open_openml_url",
    category: "filesystem",
    via: "call \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._openml._retry_with_clean_cache",
    category: "filesystem",
    via: "call",
    sink: "os.unlink",
    where: "sklearn/datasets/_openml.py:59"
  },
  {
    global: "sklearn.datasets._openml.fetch_openml",
    category: "filesystem",
    via: "call \u2192 _get_data_description_by_id \u2192 _get_json_content_from_openml_api \u2192 _open_openml_url \u2192 GzipFile.__init__",
    sink: "builtins.open",
    where: "cpython Lib/gzip.py:174"
  },
  {
    global: "sklearn.datasets._rcv1.fetch_rcv1",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/datasets/_rcv1.py:199"
  },
  {
    global: "sklearn.datasets._species_distributions._load_coverage",
    category: "filesystem",
    via: "call",
    sink: "numpy.loadtxt",
    where: "sklearn/datasets/_species_distributions.py:86"
  },
  {
    global: "sklearn.datasets._species_distributions._load_csv",
    category: "filesystem",
    via: "call",
    sink: "numpy.loadtxt",
    where: "sklearn/datasets/_species_distributions.py:108"
  },
  {
    global: "sklearn.datasets._species_distributions.fetch_species_distributions",
    category: "nested-loader",
    via: "call",
    sink: "numpy.load",
    where: "sklearn/datasets/_species_distributions.py:232"
  },
  {
    global: "sklearn.datasets._svmlight_format_io._gen_open",
    category: "filesystem",
    via: "call \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._svmlight_format_io._open_and_load",
    category: "filesystem",
    via: "call \u2192 _gen_open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._svmlight_format_io.dump_svmlight_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/datasets/_svmlight_format_io.py:527"
  },
  {
    global: "sklearn.datasets._svmlight_format_io.load_svmlight_file",
    category: "filesystem",
    via: "call \u2192 load_svmlight_files \u2192 _open_and_load \u2192 _gen_open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._svmlight_format_io.load_svmlight_files",
    category: "filesystem",
    via: "call \u2192 _open_and_load \u2192 _gen_open \u2192 BZ2File.__init__",
    sink: "builtins.open",
    where: "cpython Lib/bz2.py:81"
  },
  {
    global: "sklearn.datasets._twenty_newsgroups._download_20newsgroups",
    category: "network",
    via: "call \u2192 _fetch_remote",
    sink: "urllib.request.urlretrieve",
    where: "sklearn/datasets/_base.py:1326"
  },
  {
    global: "sklearn.datasets._twenty_newsgroups.fetch_20newsgroups",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "sklearn/datasets/_twenty_newsgroups.py:259"
  },
  {
    global: "sklearn.datasets._twenty_newsgroups.fetch_20newsgroups_vectorized",
    category: "nested-loader",
    via: "call \u2192 fetch_20newsgroups",
    sink: "pickle.loads",
    where: "sklearn/datasets/_twenty_newsgroups.py:259"
  },
  {
    global: "sklearn.feature_extraction.text.CountVectorizer.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.feature_extraction.text.HashingVectorizer.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.feature_extraction.text.TfidfVectorizer.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.feature_extraction.text._VectorizerMixin.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/feature_extraction/text.py:229"
  },
  {
    global: "sklearn.tree._export.export_graphviz",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "sklearn/tree/_export.py:864"
  },
  {
    global: "sklearn.utils._testing._create_aligned_memmap_backed_arrays",
    category: "filesystem",
    via: "call \u2192 _create_memmap_backed_array",
    sink: "numpy.memmap",
    where: "sklearn/utils/_testing.py:477"
  },
  {
    global: "sklearn.utils._testing._create_memmap_backed_array",
    category: "filesystem",
    via: "call",
    sink: "numpy.memmap",
    where: "sklearn/utils/_testing.py:477"
  },
  {
    global: "sklearn.utils._testing._delete_folder",
    category: "filesystem",
    via: "call",
    sink: "shutil.rmtree",
    where: "sklearn/utils/_testing.py:447"
  },
  {
    global: "sklearn.utils._testing.assert_run_python_script",
    category: "process",
    via: "call",
    sink: "subprocess.check_output",
    where: "sklearn/utils/_testing.py:786"
  },
  {
    global: "sklearn.utils._testing.create_memmap_backed_data",
    category: "nested-loader",
    via: "call",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_classifiers_train",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_estimators_fit_returns_self",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_estimators_pickle",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "sklearn/utils/estimator_checks.py:1892"
  },
  {
    global: "sklearn.utils.estimator_checks.check_regressors_train",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.estimator_checks.check_sparsify_coefficients",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "sklearn/utils/estimator_checks.py:3133"
  },
  {
    global: "sklearn.utils.estimator_checks.check_transformer_general",
    category: "nested-loader",
    via: "call \u2192 create_memmap_backed_data",
    sink: "joblib.load",
    where: "sklearn/utils/_testing.py:541"
  },
  {
    global: "sklearn.utils.fixes._is_resource",
    category: "importer",
    via: "call \u2192 is_resource \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._open_binary",
    category: "importer",
    via: "call \u2192 open_binary \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._open_text",
    category: "importer",
    via: "call \u2192 open_text \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._path",
    category: "importer",
    via: "call \u2192 path \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "sklearn.utils.fixes._read_text",
    category: "importer",
    via: "call \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  },
  {
    global: "smtpd.DebuggingServer",
    category: "network",
    via: "__init__ \u2192 dispatcher.create_socket",
    sink: "socket.socket",
    where: "cpython Lib/asyncore.py:287"
  },
  {
    global: "smtpd.PureProxy",
    category: "network",
    via: "__init__ \u2192 SMTPServer.__init__ \u2192 dispatcher.create_socket",
    sink: "socket.socket",
    where: "cpython Lib/asyncore.py:287"
  },
  {
    global: "smtpd.SMTPServer",
    category: "network",
    via: "__init__ \u2192 dispatcher.create_socket",
    sink: "socket.socket",
    where: "cpython Lib/asyncore.py:287"
  },
  {
    global: "sndhdr.test_aifc",
    category: "filesystem",
    via: "call \u2192 open \u2192 Aifc_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/aifc.py:356"
  },
  {
    global: "sndhdr.test_wav",
    category: "filesystem",
    via: "call \u2192 open \u2192 Wave_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:280"
  },
  {
    global: "sndhdr.testall",
    category: "filesystem",
    via: "call \u2192 testall \u2192 testall \u2192 what \u2192 whathdr",
    sink: "builtins.open",
    where: "cpython Lib/sndhdr.py:64"
  },
  {
    global: "sndhdr.what",
    category: "filesystem",
    via: "call \u2192 whathdr",
    sink: "builtins.open",
    where: "cpython Lib/sndhdr.py:64"
  },
  {
    global: "sndhdr.whathdr",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/sndhdr.py:64"
  },
  {
    global: "sunau.Au_read",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/sunau.py:165"
  },
  {
    global: "sunau.Au_write",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/sunau.py:317"
  },
  {
    global: "sunau.open",
    category: "filesystem",
    via: "call \u2192 Au_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/sunau.py:165"
  },
  {
    global: "sysconfig._parse_makefile",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/sysconfig.py:365"
  },
  {
    global: "tabnanny.check",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "tokenize.open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "torch._decomp.decompositions_for_jvp._register_jit_decomposition_for_jvp",
    category: "code-execution",
    via: "call",
    sink: "torch.jit.CompilationUnit",
    where: "torch/_decomp/decompositions_for_jvp.py:81"
  },
  {
    global: "torch._deploy._get_package",
    category: "nested-loader",
    via: "call",
    sink: "torch.package.PackageImporter",
    where: "torch/_deploy.py:98"
  },
  {
    global: "torch._deploy._load_storages",
    category: "nested-loader",
    via: "call \u2192 _get_package",
    sink: "torch.package.PackageImporter",
    where: "torch/_deploy.py:98"
  },
  {
    global: "torch._jit_internal._get_named_tuple_properties",
    category: "code-execution",
    via: "call \u2192 get_annotations",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:277"
  },
  {
    global: "torch._lazy.save",
    category: "filesystem",
    via: "call",
    sink: "torch.save",
    where: "torch/_lazy/__init__.py:55"
  },
  {
    global: "torch._prims.context._is_func_unsupported_nvfuser",
    category: "code-execution",
    via: "call \u2192 get_isolated_graphmodule \u2192 make_fx \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch._prims.executor.make_traced",
    category: "code-execution",
    via: "call \u2192 make_fx \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch._subclasses.fake_tensor.constructors",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.index_put_",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.non_kwarg_to",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.run_and_return_new_tensor_of_input_device",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._subclasses.fake_tensor.to_copy",
    category: "code-execution",
    via: "call \u2192 normalize_function \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch._utils._import_dotted_name",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch._utils._type",
    category: "importer",
    via: "call \u2192 _import_dotted_name",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch._utils_internal.get_writable_path",
    category: "filesystem",
    via: "call",
    sink: "tempfile.mkdtemp",
    where: "torch/_utils_internal.py:34"
  },
  {
    global: "torch.ao.__getattr__",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/ao/__init__.py:15"
  },
  {
    global: "torch.ao.nn.__getattr__",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/ao/nn/__init__.py:18"
  },
  {
    global: "torch.ao.ns._numeric_suite_fx.add_loggers",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.ns._numeric_suite_fx.add_shadow_loggers",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.ns._numeric_suite_fx.extract_weights",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.fx._equalize.get_layer_sqnr_dict",
    category: "code-execution",
    via: "call \u2192 add_loggers \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.FusedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.ObservedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.ObservedStandaloneGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.fx.graph_module.QuantizedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.ao.quantization.quantize_fx._prepare_fx",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx._prepare_standalone_module_fx",
    category: "code-execution",
    via: "call \u2192 _prepare_fx \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx.fuse_fx",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx.prepare_fx",
    category: "code-execution",
    via: "call \u2192 _prepare_fx \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.quantize_fx.prepare_qat_fx",
    category: "code-execution",
    via: "call \u2192 _prepare_fx \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.ao.quantization.utils._get_num_pos_args",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "torch.autograd.profiler.load_nvprof",
    category: "filesystem",
    via: "call \u2192 parse_nvprof_trace",
    sink: "sqlite3.connect",
    where: "torch/autograd/profiler.py:728"
  },
  {
    global: "torch.autograd.profiler.parse_nvprof_trace",
    category: "filesystem",
    via: "call",
    sink: "sqlite3.connect",
    where: "torch/autograd/profiler.py:728"
  },
  {
    global: "torch.backends.xeon.run_cpu.main",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "torch/backends/xeon/run_cpu.py:613"
  },
  {
    global: "torch.cuda._memory_viz.format_flamegraph",
    category: "process",
    via: "call",
    sink: "subprocess.run",
    where: "torch/cuda/_memory_viz.py:23"
  },
  {
    global: "torch.cuda.memory._save_memory_usage",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/cuda/memory.py:615"
  },
  {
    global: "torch.cuda.memory._save_segment_usage",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/cuda/memory.py:609"
  },
  {
    global: "torch.distributed.distributed_c10d._tensor_to_object",
    category: "nested-loader",
    via: "call",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.all_gather_object",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.broadcast_object_list",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.gather_object",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.distributed_c10d.scatter_object_list",
    category: "nested-loader",
    via: "call \u2192 _tensor_to_object",
    sink: "pickle.Unpickler",
    where: "torch/distributed/distributed_c10d.py:1804"
  },
  {
    global: "torch.distributed.launcher.api.elastic_launch",
    category: "filesystem",
    via: "__call__ \u2192 launch_agent \u2192 LocalElasticAgent.__init__ \u2192 LocalElasticAgent._make_log_dir",
    sink: "os.makedirs",
    where: "torch/distributed/elastic/agent/server/local_elastic_agent.py:142"
  },
  {
    global: "torch.distributed.launcher.api.launch_agent",
    category: "filesystem",
    via: "call \u2192 LocalElasticAgent.__init__ \u2192 LocalElasticAgent._make_log_dir",
    sink: "os.makedirs",
    where: "torch/distributed/elastic/agent/server/local_elastic_agent.py:142"
  },
  {
    global: "torch.distributed.nn.api.remote_module.RemoteModule",
    category: "importer",
    via: "__init__ \u2192 _RemoteModule.__init__ \u2192 _RemoteModule._init_template \u2192 instantiate_scriptable_remote_module_template \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.api.remote_module._RemoteModule",
    category: "importer",
    via: "__init__ \u2192 _RemoteModule._init_template \u2192 instantiate_scriptable_remote_module_template \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.api.remote_module._instantiate_template",
    category: "importer",
    via: "call \u2192 instantiate_scriptable_remote_module_template \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.api.remote_module._recursive_script_module_receiver",
    category: "nested-loader",
    via: "call",
    sink: "torch.jit.load",
    where: "torch/distributed/nn/api/remote_module.py:724"
  },
  {
    global: "torch.distributed.nn.jit.instantiator._do_instantiate_remote_module_template",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.nn.jit.instantiator._write",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/distributed/nn/jit/instantiator.py:70"
  },
  {
    global: "torch.distributed.nn.jit.instantiator.instantiate_scriptable_remote_module_template",
    category: "importer",
    via: "call \u2192 _do_instantiate_remote_module_template",
    sink: "importlib.import_module",
    where: "torch/distributed/nn/jit/instantiator.py:99"
  },
  {
    global: "torch.distributed.optim.zero_redundancy_optimizer._broadcast_object",
    category: "nested-loader",
    via: "call",
    sink: "torch.load",
    where: "torch/distributed/optim/zero_redundancy_optimizer.py:109"
  },
  {
    global: "torch.distributed.run.run_script_path",
    category: "code-execution",
    via: "call",
    sink: "runpy.run_path",
    where: "torch/distributed/run.py:735"
  },
  {
    global: "torch.fx._symbolic_trace._patch_function",
    category: "code-execution",
    via: "call",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx._symbolic_trace.symbolic_trace",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.const_fold.FoldedGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.experimental.const_fold.split_const_subgraphs",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.merge_matmul.merge_matmul",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.meta_tracer.symbolic_trace",
    category: "code-execution",
    via: "call \u2192 MetaTracer.trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.optimization.fuse",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.optimization.remove_dropout",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.fx.experimental.proxy_tensor.fake_signature",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch.fx.experimental.proxy_tensor.get_isolated_graphmodule",
    category: "code-execution",
    via: "call \u2192 make_fx \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch.fx.experimental.proxy_tensor.make_fx",
    category: "code-execution",
    via: "call \u2192 fake_signature",
    sink: "builtins.eval",
    where: "torch/fx/experimental/proxy_tensor.py:42"
  },
  {
    global: "torch.fx.experimental.rewriter._rewrite",
    category: "code-execution",
    via: "call \u2192 AST_Rewriter.rewrite",
    sink: "builtins.exec",
    where: "torch/fx/experimental/rewriter.py:40"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.Ceil",
    category: "code-execution",
    via: "__new__ \u2192 _sympify \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.FloorDiv",
    category: "code-execution",
    via: "__new__ \u2192 _sympify \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.PySymFloat",
    category: "code-execution",
    via: "add \u2192 expand \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes.PySymInt",
    category: "code-execution",
    via: "add \u2192 expand \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.symbolic_shapes._make_magic",
    category: "code-execution",
    via: "call \u2192 expand \u2192 sympify \u2192 parse_expr",
    sink: "builtins.exec",
    where: "sympy/parsing/sympy_parser.py:1050"
  },
  {
    global: "torch.fx.experimental.unification.multipledispatch.core.ismethod",
    category: "code-execution",
    via: "call \u2192 getfullargspec \u2192 _signature_from_callable \u2192 _signature_from_function \u2192 _signature_fromstr",
    sink: "builtins.eval",
    where: "cpython Lib/inspect.py:2213"
  },
  {
    global: "torch.fx.graph_module.GraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module._exec_with_source",
    category: "code-execution",
    via: "call",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module._forward_from_src",
    category: "code-execution",
    via: "call \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module.reduce_deploy_graph_module",
    category: "code-execution",
    via: "call \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.graph_module.reduce_graph_module",
    category: "code-execution",
    via: "call \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torch.fx.operator_schemas._torchscript_schema_to_signature",
    category: "code-execution",
    via: "call \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas._torchscript_type_to_python_type",
    category: "code-execution",
    via: "call",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas.check_for_mutable_operation",
    category: "code-execution",
    via: "call \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas.get_signature_for_torch_op",
    category: "code-execution",
    via: "call \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.operator_schemas.normalize_function",
    category: "code-execution",
    via: "call \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.fx.subgraph_rewriter.replace_pattern",
    category: "code-execution",
    via: "call \u2192 symbolic_trace \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torch.jit._decompositions.register_decomposition",
    category: "code-execution",
    via: "call \u2192 get_signature_for_torch_op \u2192 _torchscript_schema_to_signature \u2192 _torchscript_type_to_python_type",
    sink: "builtins.eval",
    where: "torch/fx/operator_schemas.py:61"
  },
  {
    global: "torch.jit._recursive._check_no_signature",
    category: "code-execution",
    via: "call \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit._recursive.make_stubs_for_overloads",
    category: "code-execution",
    via: "call \u2192 _check_no_signature \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit._script._compile_function_with_overload",
    category: "code-execution",
    via: "call \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit._script._get_overloads",
    category: "code-execution",
    via: "call \u2192 _compile_function_with_overload \u2192 get_signature \u2192 parse_type_line \u2192 _eval_no_call",
    sink: "builtins.eval",
    where: "torch/jit/annotations.py:154"
  },
  {
    global: "torch.jit.mobile._load_for_lite_interpreter",
    category: "nested-loader",
    via: "call",
    sink: "torch._C._load_for_lite_interpreter",
    where: "torch/jit/mobile/__init__.py:48"
  },
  {
    global: "torch.multiprocessing.reductions.reduce_storage",
    category: "network",
    via: "call \u2192 DupFd \u2192 DupFd.__init__ \u2192 send_handle \u2192 fromfd",
    sink: "socket.socket",
    where: "cpython Lib/socket.py:547"
  },
  {
    global: "torch.nn.utils._deprecation_utils.lazy_deprecated_import",
    category: "importer",
    via: "call",
    sink: "importlib.import_module",
    where: "torch/nn/utils/_deprecation_utils.py:42"
  },
  {
    global: "torch.onnx._export",
    category: "filesystem",
    via: "call \u2192 _export",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.onnx.utils._export",
    category: "filesystem",
    via: "call",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.onnx.utils.export",
    category: "filesystem",
    via: "call \u2192 _export",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.onnx.verification.verify",
    category: "filesystem",
    via: "call \u2192 _export",
    sink: "zipfile.ZipFile",
    where: "torch/onnx/utils.py:1616"
  },
  {
    global: "torch.profiler._pattern_matcher.report_all_anti_patterns",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/profiler/_pattern_matcher.py:639"
  },
  {
    global: "torch.profiler.profiler.tensorboard_trace_handler",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "torch/profiler/profiler.py:265"
  },
  {
    global: "torch.serialization._legacy_load",
    category: "filesystem",
    via: "call",
    sink: "tarfile.open",
    where: "torch/serialization.py:881"
  },
  {
    global: "torch.serialization._open_file",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torch/serialization.py:251"
  },
  {
    global: "torch.serialization._open_file_like",
    category: "filesystem",
    via: "call \u2192 _open_file.__init__",
    sink: "builtins.open",
    where: "torch/serialization.py:251"
  },
  {
    global: "torch.serialization.load",
    category: "nested-loader",
    via: "call",
    sink: "torch.jit.load",
    where: "torch/serialization.py:783"
  },
  {
    global: "torch.serialization.save",
    category: "filesystem",
    via: "call \u2192 _open_file_like \u2192 _open_file.__init__",
    sink: "builtins.open",
    where: "torch/serialization.py:251"
  },
  {
    global: "torch.serialization.storage_to_tensor_type",
    category: "importer",
    via: "call \u2192 _import_dotted_name",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch.set_default_tensor_type",
    category: "importer",
    via: "call \u2192 _import_dotted_name",
    sink: "builtins.__import__",
    where: "torch/_utils.py:322"
  },
  {
    global: "torch.storage._load_from_bytes",
    category: "nested-loader",
    via: "call",
    sink: "torch.load",
    where: "torch/storage.py:240"
  },
  {
    global: "torch.utils._cpp_extension_versioner.hash_source_files",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/_cpp_extension_versioner.py:15"
  },
  {
    global: "torch.utils._crash_handler.enable_minidumps",
    category: "filesystem",
    via: "call \u2192 Path.mkdir",
    sink: "os.mkdir",
    where: "cpython Lib/pathlib.py:1117"
  },
  {
    global: "torch.utils.data.communication.eventloop.SpawnThreadForDataPipeline",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "torch/utils/data/communication/eventloop.py:57"
  },
  {
    global: "torch.utils.data.dataloader_experimental.DataLoader2",
    category: "nested-loader",
    via: "__new__ \u2192 _ThreadingDataLoader2.__init__ \u2192 SpawnThreadForDataPipeline",
    sink: "pickle.loads",
    where: "torch/utils/data/communication/eventloop.py:57"
  },
  {
    global: "torch.utils.data.dataloader_experimental._ThreadingDataLoader2",
    category: "nested-loader",
    via: "__init__ \u2192 SpawnThreadForDataPipeline",
    sink: "pickle.loads",
    where: "torch/utils/data/communication/eventloop.py:57"
  },
  {
    global: "torch.utils.data.datapipes.datapipe._DataPipeSerializationWrapper",
    category: "nested-loader",
    via: "__setstate__",
    sink: "dill.loads",
    where: "torch/utils/data/datapipes/datapipe.py:336"
  },
  {
    global: "torch.utils.data.datapipes.datapipe._IterDataPipeSerializationWrapper",
    category: "nested-loader",
    via: "__setstate__",
    sink: "dill.loads",
    where: "torch/utils/data/datapipes/datapipe.py:336"
  },
  {
    global: "torch.utils.data.datapipes.datapipe._MapDataPipeSerializationWrapper",
    category: "nested-loader",
    via: "__setstate__",
    sink: "dill.loads",
    where: "torch/utils/data/datapipes/datapipe.py:336"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.gen_from_template",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:21"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.get_method_definitions",
    category: "filesystem",
    via: "call \u2192 parse_datapipe_files \u2192 parse_datapipe_file",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:72"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.parse_datapipe_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:72"
  },
  {
    global: "torch.utils.data.datapipes.gen_pyi.parse_datapipe_files",
    category: "filesystem",
    via: "call \u2192 parse_datapipe_file",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/gen_pyi.py:72"
  },
  {
    global: "torch.utils.data.datapipes.utils.common.get_file_binaries_from_pathnames",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/data/datapipes/utils/common.py:212"
  },
  {
    global: "torch.utils.hipify.hipify_python.file_add_header",
    category: "filesystem",
    via: "call \u2192 openf",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:68"
  },
  {
    global: "torch.utils.hipify.hipify_python.file_specific_replacement",
    category: "filesystem",
    via: "call \u2192 openf",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:68"
  },
  {
    global: "torch.utils.hipify.hipify_python.hipify",
    category: "filesystem",
    via: "call",
    sink: "shutil.copytree",
    where: "torch/utils/hipify/hipify_python.py:1013"
  },
  {
    global: "torch.utils.hipify.hipify_python.openf",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:68"
  },
  {
    global: "torch.utils.hipify.hipify_python.preprocess_file_and_save_result",
    category: "filesystem",
    via: "call \u2192 preprocessor",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:752"
  },
  {
    global: "torch.utils.hipify.hipify_python.preprocessor",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/hipify/hipify_python.py:752"
  },
  {
    global: "torch.utils.jit.log_extract.extract_ir",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/jit/log_extract.py:14"
  },
  {
    global: "torch.utils.model_dump.get_info_and_burn_skeleton",
    category: "nested-loader",
    via: "call \u2192 get_model_info",
    sink: "pickle.loads",
    where: "torch/utils/model_dump/__init__.py:262"
  },
  {
    global: "torch.utils.model_dump.get_model_info",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "torch/utils/model_dump/__init__.py:262"
  },
  {
    global: "torch.utils.model_dump.main",
    category: "nested-loader",
    via: "call \u2192 get_model_info",
    sink: "pickle.loads",
    where: "torch/utils/model_dump/__init__.py:262"
  },
  {
    global: "torch.utils.show_pickle.main",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torch/utils/show_pickle.py:123"
  },
  {
    global: "torchvision.datasets._optical_flow.FlyingChairs",
    category: "filesystem",
    via: "__init__",
    sink: "numpy.loadtxt",
    where: "torchvision/datasets/_optical_flow.py:264"
  },
  {
    global: "torchvision.datasets._optical_flow._read_flo",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/_optical_flow.py:454"
  },
  {
    global: "torchvision.datasets._stereo_matching.Middlebury2014Stereo",
    category: "network",
    via: "__init__ \u2192 Middlebury2014Stereo._download_dataset \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.caltech.Caltech101",
    category: "network",
    via: "__init__ \u2192 Caltech101.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.caltech.Caltech256",
    category: "network",
    via: "__init__ \u2192 Caltech256.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.celeba.CelebA",
    category: "filesystem",
    via: "__init__ \u2192 CelebA._load_csv",
    sink: "builtins.open",
    where: "torchvision/datasets/celeba.py:117"
  },
  {
    global: "torchvision.datasets.cifar.CIFAR10",
    category: "nested-loader",
    via: "__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/cifar.py:82"
  },
  {
    global: "torchvision.datasets.cifar.CIFAR100",
    category: "nested-loader",
    via: "__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/cifar.py:82"
  },
  {
    global: "torchvision.datasets.cityscapes.Cityscapes",
    category: "filesystem",
    via: "__init__ \u2192 extract_archive \u2192 _decompress",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.clevr.CLEVRClassification",
    category: "network",
    via: "__init__ \u2192 CLEVRClassification._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.country211.Country211",
    category: "network",
    via: "__init__ \u2192 Country211._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.dtd.DTD",
    category: "network",
    via: "__init__ \u2192 DTD._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.eurosat.EuroSAT",
    category: "network",
    via: "__init__ \u2192 EuroSAT.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.fer2013.FER2013",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torchvision/datasets/fer2013.py:50"
  },
  {
    global: "torchvision.datasets.fgvc_aircraft.FGVCAircraft",
    category: "network",
    via: "__init__ \u2192 FGVCAircraft._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.flickr.Flickr30k",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torchvision/datasets/flickr.py:135"
  },
  {
    global: "torchvision.datasets.flickr.Flickr8k",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "torchvision/datasets/flickr.py:79"
  },
  {
    global: "torchvision.datasets.flowers102.Flowers102",
    category: "network",
    via: "__init__ \u2192 Flowers102.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.folder.accimage_loader",
    category: "filesystem",
    via: "call \u2192 pil_loader \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.folder.default_loader",
    category: "filesystem",
    via: "call \u2192 accimage_loader \u2192 pil_loader \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.folder.pil_loader",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.food101.Food101",
    category: "network",
    via: "__init__ \u2192 Food101._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.gtsrb.GTSRB",
    category: "network",
    via: "__init__ \u2192 GTSRB.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.hmdb51.HMDB51",
    category: "filesystem",
    via: "__init__ \u2192 HMDB51._select_fold",
    sink: "builtins.open",
    where: "torchvision/datasets/hmdb51.py:125"
  },
  {
    global: "torchvision.datasets.imagenet.ImageNet",
    category: "nested-loader",
    via: "__init__ \u2192 ImageNet.parse_archives \u2192 parse_val_archive \u2192 load_meta_file",
    sink: "torch.load",
    where: "torchvision/datasets/imagenet.py:81"
  },
  {
    global: "torchvision.datasets.imagenet._verify_archive",
    category: "filesystem",
    via: "call \u2192 check_integrity \u2192 check_md5 \u2192 calculate_md5",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.imagenet.load_meta_file",
    category: "nested-loader",
    via: "call",
    sink: "torch.load",
    where: "torchvision/datasets/imagenet.py:81"
  },
  {
    global: "torchvision.datasets.imagenet.parse_devkit_archive",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/imagenet.py:123"
  },
  {
    global: "torchvision.datasets.imagenet.parse_train_archive",
    category: "filesystem",
    via: "call \u2192 extract_archive \u2192 _decompress",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.imagenet.parse_val_archive",
    category: "nested-loader",
    via: "call \u2192 load_meta_file",
    sink: "torch.load",
    where: "torchvision/datasets/imagenet.py:81"
  },
  {
    global: "torchvision.datasets.inaturalist.INaturalist",
    category: "network",
    via: "__init__ \u2192 INaturalist.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.kinetics.Kinetics",
    category: "network",
    via: "__init__ \u2192 Kinetics.download_and_process_videos \u2192 Kinetics._download_videos \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.kinetics._dl_wrap",
    category: "network",
    via: "call \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.kitti.Kitti",
    category: "network",
    via: "__init__ \u2192 Kitti.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lfw.LFWPairs",
    category: "network",
    via: "__init__ \u2192 _LFW.__init__ \u2192 _LFW.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lfw.LFWPeople",
    category: "network",
    via: "__init__ \u2192 _LFW.__init__ \u2192 _LFW.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lfw._LFW",
    category: "network",
    via: "__init__ \u2192 _LFW.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.lsun.LSUN",
    category: "nested-loader",
    via: "__init__ \u2192 LSUNClass.__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/lsun.py:27"
  },
  {
    global: "torchvision.datasets.lsun.LSUNClass",
    category: "nested-loader",
    via: "__init__",
    sink: "pickle.load",
    where: "torchvision/datasets/lsun.py:27"
  },
  {
    global: "torchvision.datasets.mnist.EMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST.__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.FashionMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.KMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.MNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.QMNIST",
    category: "nested-loader",
    via: "__init__ \u2192 MNIST.__init__ \u2192 MNIST._load_legacy_data",
    sink: "torch.load",
    where: "torchvision/datasets/mnist.py:119"
  },
  {
    global: "torchvision.datasets.mnist.read_image_file",
    category: "filesystem",
    via: "call \u2192 read_sn3_pascalvincent_tensor",
    sink: "builtins.open",
    where: "torchvision/datasets/mnist.py:511"
  },
  {
    global: "torchvision.datasets.mnist.read_label_file",
    category: "filesystem",
    via: "call \u2192 read_sn3_pascalvincent_tensor",
    sink: "builtins.open",
    where: "torchvision/datasets/mnist.py:511"
  },
  {
    global: "torchvision.datasets.mnist.read_sn3_pascalvincent_tensor",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/mnist.py:511"
  },
  {
    global: "torchvision.datasets.omniglot.Omniglot",
    category: "network",
    via: "__init__ \u2192 Omniglot.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.oxford_iiit_pet.OxfordIIITPet",
    category: "network",
    via: "__init__ \u2192 OxfordIIITPet._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.pcam.PCAM",
    category: "filesystem",
    via: "__init__ \u2192 PCAM._download \u2192 download_file_from_google_drive",
    sink: "os.makedirs",
    where: "torchvision/datasets/utils.py:235"
  },
  {
    global: "torchvision.datasets.phototour.PhotoTour",
    category: "nested-loader",
    via: "__init__",
    sink: "torch.load",
    where: "torchvision/datasets/phototour.py:109"
  },
  {
    global: "torchvision.datasets.phototour.read_image_file",
    category: "filesystem",
    via: "call \u2192 open",
    sink: "builtins.open",
    where: "PIL/Image.py:3227"
  },
  {
    global: "torchvision.datasets.phototour.read_info_file",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/phototour.py:213"
  },
  {
    global: "torchvision.datasets.phototour.read_matches_files",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/phototour.py:224"
  },
  {
    global: "torchvision.datasets.places365.Places365",
    category: "network",
    via: "__init__ \u2192 Places365.download_images \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.rendered_sst2.RenderedSST2",
    category: "network",
    via: "__init__ \u2192 RenderedSST2._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.sbd.SBDataset",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.sbu.SBU",
    category: "network",
    via: "__init__ \u2192 SBU.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.semeion.SEMEION",
    category: "network",
    via: "__init__ \u2192 SEMEION.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.stanford_cars.StanfordCars",
    category: "network",
    via: "__init__ \u2192 StanfordCars.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.stl10.STL10",
    category: "network",
    via: "__init__ \u2192 STL10.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.sun397.SUN397",
    category: "network",
    via: "__init__ \u2192 SUN397._download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.svhn.SVHN",
    category: "network",
    via: "__init__ \u2192 SVHN.download \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.ucf101.UCF101",
    category: "filesystem",
    via: "__init__ \u2192 UCF101._select_fold",
    sink: "builtins.open",
    where: "torchvision/datasets/ucf101.py:112"
  },
  {
    global: "torchvision.datasets.usps.USPS",
    category: "network",
    via: "__init__ \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils._decompress",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.utils._extract_tar",
    category: "filesystem",
    via: "call",
    sink: "tarfile.open",
    where: "torchvision/datasets/utils.py:289"
  },
  {
    global: "torchvision.datasets.utils._extract_zip",
    category: "filesystem",
    via: "call",
    sink: "zipfile.ZipFile",
    where: "torchvision/datasets/utils.py:300"
  },
  {
    global: "torchvision.datasets.utils._get_redirect_url",
    category: "network",
    via: "call",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:95"
  },
  {
    global: "torchvision.datasets.utils._read_pfm",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:498"
  },
  {
    global: "torchvision.datasets.utils._save_response_content",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:36"
  },
  {
    global: "torchvision.datasets.utils._urlretrieve",
    category: "network",
    via: "call",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils.calculate_md5",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.utils.check_integrity",
    category: "filesystem",
    via: "call \u2192 check_md5 \u2192 calculate_md5",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.utils.check_md5",
    category: "filesystem",
    via: "call \u2192 calculate_md5",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:72"
  },
  {
    global: "torchvision.datasets.utils.download_and_extract_archive",
    category: "network",
    via: "call \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils.download_file_from_google_drive",
    category: "filesystem",
    via: "call",
    sink: "os.makedirs",
    where: "torchvision/datasets/utils.py:235"
  },
  {
    global: "torchvision.datasets.utils.download_url",
    category: "network",
    via: "call \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.utils.extract_archive",
    category: "filesystem",
    via: "call \u2192 _decompress",
    sink: "builtins.open",
    where: "torchvision/datasets/utils.py:388"
  },
  {
    global: "torchvision.datasets.voc.VOCDetection",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.voc.VOCSegmentation",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.voc._VOCBase",
    category: "network",
    via: "__init__ \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.datasets.widerface.WIDERFace",
    category: "network",
    via: "__init__ \u2192 WIDERFace.download \u2192 download_and_extract_archive \u2192 download_url \u2192 _urlretrieve",
    sink: "urllib.request.urlopen",
    where: "torchvision/datasets/utils.py:47"
  },
  {
    global: "torchvision.extension._load_library",
    category: "importer",
    via: "call \u2192 _Ops.load_library",
    sink: "ctypes.CDLL",
    where: "torch/_ops.py:573"
  },
  {
    global: "torchvision.models.feature_extraction.DualGraphModule",
    category: "code-execution",
    via: "__reduce__ \u2192 GraphModule.recompile \u2192 _forward_from_src \u2192 _exec_with_source",
    sink: "builtins.exec",
    where: "torch/fx/graph_module.py:71"
  },
  {
    global: "torchvision.models.feature_extraction.create_feature_extractor",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torchvision.models.feature_extraction.get_graph_node_names",
    category: "code-execution",
    via: "call \u2192 Tracer.trace \u2192 Tracer.create_args_for_root \u2192 _patch_function",
    sink: "types.CodeType",
    where: "torch/fx/_symbolic_trace.py:159"
  },
  {
    global: "torchvision.utils.draw_bounding_boxes",
    category: "filesystem",
    via: "call \u2192 truetype \u2192 FreeTypeFont.__init__",
    sink: "builtins.open",
    where: "PIL/ImageFont.py:263"
  },
  {
    global: "uu.decode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/uu.py:112"
  },
  {
    global: "uu.encode",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/uu.py:62"
  },
  {
    global: "uuid._find_mac_near_keyword",
    category: "process",
    via: "call \u2192 _get_command_stdout",
    sink: "subprocess.Popen",
    where: "cpython Lib/uuid.py:379"
  },
  {
    global: "uuid._find_mac_under_heading",
    category: "process",
    via: "call \u2192 _get_command_stdout",
    sink: "subprocess.Popen",
    where: "cpython Lib/uuid.py:379"
  },
  {
    global: "uuid._get_command_stdout",
    category: "process",
    via: "call",
    sink: "subprocess.Popen",
    where: "cpython Lib/uuid.py:379"
  },
  {
    global: "warnings._formatwarnmsg_impl",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "warnings._getcategory",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "cpython Lib/warnings.py:260"
  },
  {
    global: "warnings._processoptions",
    category: "importer",
    via: "call \u2192 _setoption \u2192 _getcategory",
    sink: "builtins.__import__",
    where: "cpython Lib/warnings.py:260"
  },
  {
    global: "warnings._setoption",
    category: "importer",
    via: "call \u2192 _getcategory",
    sink: "builtins.__import__",
    where: "cpython Lib/warnings.py:260"
  },
  {
    global: "warnings._warn_unawaited_coroutine",
    category: "filesystem",
    via: "call \u2192 getline \u2192 getlines \u2192 updatecache \u2192 open",
    sink: "builtins.open",
    where: "cpython Lib/tokenize.py:396"
  },
  {
    global: "wave.Wave_read",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:280"
  },
  {
    global: "wave.Wave_write",
    category: "filesystem",
    via: "__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:425"
  },
  {
    global: "wave.open",
    category: "filesystem",
    via: "call \u2192 Wave_read.__init__",
    sink: "builtins.open",
    where: "cpython Lib/wave.py:280"
  },
  {
    global: "xgboost.collective.broadcast",
    category: "nested-loader",
    via: "call",
    sink: "pickle.loads",
    where: "xgboost/collective.py:166"
  },
  {
    global: "xgboost.compat.LazyLoader",
    category: "importer",
    via: "__getattr__ \u2192 LazyLoader._load",
    sink: "importlib.import_module",
    where: "xgboost/compat.py:195"
  },
  {
    global: "xgboost.core.Booster.dump_model",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "xgboost/core.py:2499"
  },
  {
    global: "xgboost.dask._start_tracker",
    category: "network",
    via: "call \u2192 _try_start_tracker \u2192 RabitTracker.__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xgboost.dask._try_start_tracker",
    category: "network",
    via: "call \u2192 RabitTracker.__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xgboost.rabit.broadcast",
    category: "nested-loader",
    via: "call \u2192 broadcast",
    sink: "pickle.loads",
    where: "xgboost/collective.py:166"
  },
  {
    global: "xgboost.tracker.RabitTracker",
    category: "network",
    via: "__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xgboost.tracker.start_rabit_tracker",
    category: "network",
    via: "call \u2192 RabitTracker.__init__",
    sink: "socket.socket",
    where: "xgboost/tracker.py:208"
  },
  {
    global: "xml.dom.domreg.getDOMImplementation",
    category: "importer",
    via: "call",
    sink: "builtins.__import__",
    where: "cpython Lib/xml/dom/domreg.py:56"
  },
  {
    global: "xml.dom.expatbuilder.parse",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/expatbuilder.py:910"
  },
  {
    global: "xml.dom.expatbuilder.parseFragment",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/expatbuilder.py:941"
  },
  {
    global: "xml.dom.minidom.parse",
    category: "filesystem",
    via: "call \u2192 parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/expatbuilder.py:910"
  },
  {
    global: "xml.dom.pulldom.parse",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/dom/pulldom.py:322"
  },
  {
    global: "xml.etree.ElementInclude.default_loader",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementInclude.py:89"
  },
  {
    global: "xml.etree.ElementTree.ElementTree",
    category: "filesystem",
    via: "__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree._get_writer",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:762"
  },
  {
    global: "xml.etree.ElementTree.canonicalize",
    category: "filesystem",
    via: "call \u2192 parse \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.dump",
    category: "filesystem",
    via: "call \u2192 ElementTree.__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.iterparse",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:1245"
  },
  {
    global: "xml.etree.ElementTree.parse",
    category: "filesystem",
    via: "call \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.tostring",
    category: "filesystem",
    via: "call \u2192 ElementTree.__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "xml.etree.ElementTree.tostringlist",
    category: "filesystem",
    via: "call \u2192 ElementTree.__init__ \u2192 ElementTree.parse",
    sink: "builtins.open",
    where: "cpython Lib/xml/etree/ElementTree.py:569"
  },
  {
    global: "zipapp._copy_archive",
    category: "filesystem",
    via: "call \u2192 _maybe_open",
    sink: "builtins.open",
    where: "cpython Lib/zipapp.py:40"
  },
  {
    global: "zipapp._maybe_open",
    category: "filesystem",
    via: "call",
    sink: "builtins.open",
    where: "cpython Lib/zipapp.py:40"
  },
  {
    global: "zipapp.create_archive",
    category: "filesystem",
    via: "call \u2192 Path.chmod",
    sink: "os.chmod",
    where: "cpython Lib/pathlib.py:1133"
  },
  {
    global: "zipapp.get_interpreter",
    category: "filesystem",
    via: "call \u2192 _maybe_open",
    sink: "builtins.open",
    where: "cpython Lib/zipapp.py:40"
  },
  {
    global: "zipapp.main",
    category: "filesystem",
    via: "call \u2192 ArgumentParser.parse_args \u2192 ArgumentParser.parse_known_args \u2192 ArgumentParser._parse_known_args \u2192 ArgumentParser._read_args_from_files",
    sink: "builtins.open",
    where: "cpython Lib/argparse.py:2180"
  },
  {
    global: "zoneinfo._common.load_tzdata",
    category: "importer",
    via: "call \u2192 files \u2192 get_package \u2192 resolve",
    sink: "importlib.import_module",
    where: "cpython Lib/importlib/resources/_common.py:44"
  }
];

// src/formats/pickle/denylist.ts
var REASONS = {
  "code-execution": "runs or compiles arbitrary Python code",
  process: "starts processes or controls the interpreter",
  filesystem: "reads, writes or deletes files",
  network: "opens network connections",
  resolver: "reaches any other function by name, hiding what is really called",
  "nested-loader": "loads another serialized object (a second, unscanned pickle or model)",
  importer: "imports modules or loads native code",
  "extension-registry": "edits the copyreg extension registry that EXT opcodes read",
  "scanner-evasion": "tampers with model scanners",
  "side-effect": "has side effects no model needs (signals, exit hooks, threads, terminal, debugger)"
};
var GROUPS = {
  "code-execution": [
    "builtins.eval",
    "builtins.exec",
    "builtins.execfile",
    "builtins.compile",
    "builtins.breakpoint",
    "builtins.apply",
    "builtins.__build_class__",
    "code",
    "codeop",
    "compileall",
    "py_compile",
    "runpy",
    "types.CodeType",
    "types.FunctionType",
    "types.MethodType",
    "types.LambdaType",
    "types.ModuleType",
    "cloudpickle",
    "dill",
    "timeit",
    "cProfile",
    "profile",
    "trace",
    "doctest",
    "pdb",
    "bdb",
    "idlelib",
    "lib2to3",
    "pydoc",
    "test",
    "unittest",
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
    "numpy.core._internal",
    "numpy._core._internal",
    "pandas.eval",
    "pandas.core.computation",
    "torch._dynamo",
    "torch._inductor",
    "torch.compile",
    "torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression",
    "torch.jit.unsupported_tensor_ops",
    "torch.jit.annotations",
    "torch.jit.frontend",
    "torch.utils._config_module",
    "torch.utils.bottleneck",
    "torch.utils.collect_env",
    "torch.utils.cpp_extension",
    "torch.utils.data.datapipes.utils.decoder",
    "torch.ops",
    "yaml.load",
    "yaml.unsafe_load",
    "yaml.full_load",
    "yaml.load_all",
    "yaml.unsafe_load_all",
    "jsonpickle",
    "jinja2"
  ],
  process: [
    "os",
    "posix",
    "nt",
    "subprocess",
    "_posixsubprocess",
    "pty",
    "pexpect",
    "commands",
    "popen2",
    "platform.popen",
    "platform.system",
    "sys",
    "multiprocessing",
    "concurrent",
    "asyncio",
    "_osx_support",
    "_aix_support",
    "_pyrepl",
    "uuid._get_command_stdout",
    "uuid._popen",
    "imaplib.IMAP4_stream",
    "pipes",
    "ensurepip",
    "pip",
    "venv",
    "site",
    "distutils",
    "setuptools",
    "webbrowser",
    "pydoc.pipepager"
  ],
  filesystem: [
    "builtins.open",
    "builtins.file",
    "io.open",
    "io.open_code",
    "io.FileIO",
    "_io",
    // pathlib's classes only build paths (checkpoints carry PosixPath); the methods that touch files
    // (PosixPath.write_text, ...) are derived into gadgets.ts.
    "posixpath",
    "ntpath",
    "shutil",
    "tempfile",
    "glob",
    "fileinput",
    "filecmp",
    "linecache",
    "zipfile",
    "tarfile",
    "gzip.open",
    "gzip.GzipFile",
    "bz2.open",
    "bz2.BZ2File",
    "lzma.open",
    "lzma.LZMAFile",
    "dbm",
    "shelve",
    "sqlite3",
    "_sqlite3",
    "mmap",
    "logging",
    "numpy.fromfile",
    "numpy.tofile",
    "numpy.memmap",
    "numpy.savetxt",
    "numpy.save",
    "numpy.savez",
    "numpy.loadtxt",
    "numpy.genfromtxt",
    "numpy.lib.npyio",
    "numpy.ctypeslib",
    "xml.dom.minidom.parse",
    "xml.etree.ElementTree.parse",
    "xml.sax",
    "pandas.io",
    "pandas.read_csv",
    "pandas.read_json",
    "pandas.read_html",
    "pandas.read_excel",
    "pandas.read_sql",
    "pandas.read_parquet",
    "pandas.read_hdf"
  ],
  network: [
    "socket",
    "_socket",
    "ssl",
    "_ssl",
    "socketserver",
    "http",
    "httplib",
    "urllib",
    "urllib2",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "wsgiref",
    "select",
    "selectors",
    "torch.distributed.rpc",
    "torch.distributed.elastic",
    "huggingface_hub",
    "transformers.AutoModel"
  ],
  resolver: [
    "builtins.getattr",
    "builtins.setattr",
    "builtins.delattr",
    "builtins.globals",
    "builtins.locals",
    "builtins.vars",
    "builtins.dir",
    "builtins.__import__",
    "builtins.reload",
    "operator",
    "_operator",
    // functools.partial only stores a function and its arguments (torchvision models keep
    // partial(nn.LayerNorm, eps=...) as a module attribute): it is allowed, and forwarders.ts makes the
    // function it wraps count as called. The rest of functools calls or rewrites what it is given.
    "functools.reduce",
    "functools.update_wrapper",
    "functools.wraps",
    "functools.total_ordering",
    "functools.singledispatch",
    "functools.singledispatchmethod",
    "functools.cmp_to_key",
    "functools.partialmethod",
    "functools.lru_cache",
    "functools.cache",
    "functools.cached_property",
    "functools._lru_cache_wrapper",
    "_functools",
    "itertools.starmap",
    "inspect",
    "pkgutil",
    "importlib",
    "gc",
    "weakref",
    "ctypes",
    "_ctypes",
    "cffi"
  ],
  "nested-loader": [
    "pickle",
    "_pickle",
    "cPickle",
    "pickletools",
    "marshal",
    "torch.load",
    "torch.serialization.load",
    "torch.serialization._load",
    "torch.serialization._legacy_load",
    "torch.storage._load_from_bytes",
    "torch.hub",
    "torch.package",
    "torch.jit.load",
    "torch.jit._serialization",
    "torch.jit._load_for_lite_interpreter",
    "numpy.load",
    "numpy.lib.format.read_array",
    "joblib.load",
    "joblib.numpy_pickle.load",
    "joblib.numpy_pickle.NumpyUnpickler",
    "joblib.numpy_pickle_compat",
    "joblib.externals",
    "joblib.Parallel",
    "joblib.parallel",
    "pandas.read_pickle",
    "keras.models.load_model",
    "keras.saving.load_model",
    "tensorflow.keras.models.load_model",
    "tf_keras.models.load_model",
    "tensorflow.saved_model.load",
    "skops.io.load"
  ],
  importer: ["imp", "_imp", "_frozen_importlib", "_frozen_importlib_external", "zipimport"],
  "extension-registry": [
    "copyreg.add_extension",
    "copyreg.remove_extension",
    "copyreg.clear_extension_cache",
    "copyreg._extension_registry",
    "copyreg._inverted_registry",
    "copyreg._extension_cache",
    "copyreg.dispatch_table",
    "copyreg.pickle",
    "copyreg.constructor"
  ],
  "scanner-evasion": ["fickling", "picklescan", "modelscan", "modelaudit", "model_unpickler", "saferpickle"],
  "side-effect": [
    "atexit",
    "signal",
    "_signal",
    "threading",
    "_thread",
    "_interpreters",
    "_xxsubinterpreters",
    "resource",
    "syslog",
    "getpass",
    "pwd",
    "grp",
    "spwd",
    "crypt",
    "fcntl",
    "termios",
    "tty",
    "curses",
    "readline",
    "rlcompleter",
    "winreg",
    "_winreg",
    "builtins.input",
    "builtins.exit",
    "builtins.quit",
    "builtins.help",
    "builtins.copyright",
    "builtins.credits",
    "builtins.license"
  ]
};
function buildDenylist(groups, generated) {
  const table = /* @__PURE__ */ new Map();
  for (const [category, keys] of Object.entries(groups))
    for (const key of keys) table.set(key, { key, category, reason: REASONS[category] });
  for (const g of generated) {
    if (table.has(g.global)) continue;
    table.set(g.global, {
      key: g.global,
      category: g.category,
      reason: `${REASONS[g.category]} (${g.via} \u2192 ${g.sink}, ${g.where})`
    });
  }
  return table;
}
var DENYLIST = buildDenylist(GROUPS, GADGETS);
var DENYLIST_MAX_PARTS = Math.max(...[...DENYLIST.keys()].map((k) => k.split(".").length));
var DANGEROUS_ATTRIBUTES = /* @__PURE__ */ new Set([
  "system",
  "popen",
  "popen2",
  "popen3",
  "popen4",
  "eval",
  "exec",
  "execfile",
  "__import__",
  "import_module",
  "load_module",
  "exec_module",
  "run_path",
  "run_module",
  "check_output",
  "check_call",
  "getoutput",
  "getstatusoutput",
  "spawnl",
  "spawnle",
  "spawnlp",
  "spawnlpe",
  "spawnv",
  "spawnve",
  "spawnvp",
  "spawnvpe",
  "execl",
  "execle",
  "execlp",
  "execlpe",
  "execv",
  "execve",
  "execvp",
  "execvpe",
  "resolve_name",
  "getattr_static",
  "attrgetter",
  "methodcaller"
]);

// src/formats/pickle/torchscript.ts
var NATIVE = /* @__PURE__ */ new Set([
  "__main__.TensorID",
  "__main__.IntList",
  "torch.jit._pickle.build_tensor_from_id",
  "torch.jit._pickle.restore_type_tag",
  "torch.jit._pickle.build_intlist",
  "torch.jit._pickle.build_tensorlist",
  "torch.jit._pickle.build_doublelist",
  "torch.jit._pickle.build_boollist",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_qtensor",
  "torch._utils._rebuild_sparse_tensor",
  "torch._tensor._rebuild_from_type_v2",
  "builtins.complex",
  "collections.OrderedDict",
  "torch.device"
]);
function isTorchScriptNative(module, name) {
  if (module === "torch" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return true;
  return NATIVE.has(`${module}.${name}`);
}

// src/formats/pickle/globals.ts
function withNumpy2Spellings(names) {
  return names.flatMap((n) => n.startsWith("numpy.core.") ? [n, `numpy._core.${n.slice(11)}`] : [n]);
}
var ALLOW = new Set(withNumpy2Spellings(DERIVED_ALLOWLIST));
var TORCHSCRIPT_NAMESPACE = "__torch__";
var LEGIT_DUNDERS = /* @__PURE__ */ new Set(["__newobj__", "__newobj_ex__", "__main__"]);
var RANK2 = { allowed: 0, unknown: 1, dangerous: 2 };
function denyPrefix(parts, start = 0, head = parts[start]) {
  if (head === void 0) return null;
  let path = head;
  const end = Math.min(parts.length, start + DENYLIST_MAX_PARTS);
  for (let i = start; i < end; i++) {
    if (i > start) path = `${path}.${parts[i]}`;
    const hit = DENYLIST.get(path);
    if (hit) return hit;
  }
  return null;
}
function loaderName(module, name, protocol) {
  if (protocol !== void 0 && protocol >= 3) return [module, name];
  const pair2 = NAME_MAPPING.get(`${module}\0${name}`);
  if (pair2) return [pair2[0], pair2[1]];
  return [IMPORT_MAPPING.get(module) ?? module, name];
}
function splitGlobal(module, name) {
  return [...module.split("."), ...name.split(".")].filter((p) => p.length > 0);
}
function classifyGlobal(module, name, extraAllow, opts = {}) {
  const [m, n] = loaderName(module, name, opts.protocol);
  let result = classifyOne(m, n, extraAllow);
  if (m !== module || n !== name) {
    if (result.verdict === "dangerous")
      result = { ...result, reason: `is ${m}.${n} for the unpickler; ${result.reason}` };
  }
  const nul = m.indexOf("\0");
  if (nul >= 0) {
    const cut = classifyOne(m.slice(0, nul), n, extraAllow);
    if (RANK2[cut.verdict] > RANK2[result.verdict])
      result = {
        ...cut,
        reason: `the module name stops at a NUL byte for the importer (${m.slice(0, nul)}); ${cut.reason ?? ""}`
      };
  }
  if (opts.loader === "torchscript" && result.verdict === "unknown" && isTorchScriptNative(module, name))
    return { verdict: "allowed" };
  return result;
}
function classifyOne(module, name, extraAllow) {
  const moduleParts = module.split(".").filter((p) => p.length > 0);
  const parts = splitGlobal(module, name);
  const full = `${module}.${name}`;
  if (parts.length === 0) return { verdict: "dangerous", reason: "empty global name", category: "resolver" };
  const direct = denyPrefix(parts);
  if (direct)
    return { verdict: "dangerous", reason: direct.reason, category: direct.category, matched: direct.key };
  const dunder = dunderIn(parts);
  if (dunder) return dunder;
  if (parts[0] === TORCHSCRIPT_NAMESPACE && parts.length > 1) return { verdict: "allowed" };
  if (ALLOW.has(full) || extraAllow?.has(full) === true) return { verdict: "allowed" };
  return reRooted(parts, aliasStart(moduleParts)) ?? attributeIn(parts) ?? { verdict: "unknown" };
}
function dunderIn(parts) {
  const from = parts[0] === TORCHSCRIPT_NAMESPACE ? 1 : 0;
  for (const p of parts.slice(from)) {
    if (/^__\w+__$/.test(p) && !LEGIT_DUNDERS.has(p)) {
      return {
        verdict: "dangerous",
        reason: `walks the dunder attribute ${p}, which reaches interpreter internals (builtins, globals, classes)`,
        category: "dunder",
        matched: p
      };
    }
  }
  return null;
}
function aliasStart(moduleParts) {
  const moves = moduleParts.indexOf("moves");
  return moves >= 0 && moves < moduleParts.length - 1 ? moves + 1 : Math.max(1, moduleParts.length);
}
function reRooted(parts, from) {
  for (let k = from; k < parts.length; k++) {
    const head = parts[k];
    const stripped = head.replace(/^_+/, "");
    const heads = stripped && stripped !== head ? [head, stripped] : [head];
    for (const h of heads) {
      const hit = denyPrefix(parts, k, h);
      if (hit) {
        return {
          verdict: "dangerous",
          reason: `reaches ${hit.key} through an attribute alias; ${hit.reason}`,
          category: hit.category,
          matched: hit.key
        };
      }
    }
  }
  return null;
}
function attributeIn(parts) {
  for (const p of parts.slice(1)) {
    if (DANGEROUS_ATTRIBUTES.has(p))
      return {
        verdict: "dangerous",
        reason: `names the code-running attribute ${p}`,
        category: "attribute",
        matched: p
      };
  }
  return null;
}

// src/formats/hydra/read.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlNestingBound(text) {
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
var PYYAML_TRUE = /* @__PURE__ */ new Set(["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
function pyyamlTags(tags5) {
  const kept = tags5.filter(
    (t) => typeof t === "string" ? t !== "timestamp" && t !== "bool" : t.tag !== "tag:yaml.org,2002:timestamp" && t.tag !== "tag:yaml.org,2002:bool"
  );
  return [
    ...kept,
    {
      tag: "tag:yaml.org,2002:bool",
      default: true,
      test: PYYAML_BOOL,
      resolve: (s) => PYYAML_TRUE.has(s)
    }
  ];
}
var PYTHON_TAG = "tag:yaml.org,2002:python/";
function decodeTag(tag) {
  try {
    return decodeURIComponent(tag);
  } catch {
    return tag;
  }
}
function pythonTagsOf(doc, lines) {
  const pythonTags = [];
  (0, import_yaml.visit)(doc, {
    Node(_, n) {
      const tag = n.tag ? decodeTag(n.tag) : "";
      if (!tag.startsWith(PYTHON_TAG) || pythonTags.length >= 100) return;
      const rest = tag.slice(PYTHON_TAG.length);
      const colon = rest.indexOf(":");
      pythonTags.push({
        tag,
        callable: colon >= 0 ? rest.slice(colon + 1) : "",
        line: lines.linePos(n.range?.[0] ?? 0).line
      });
    }
  });
  return pythonTags;
}
function parseYamlGuarded(text) {
  if (text.length > LENGTH_LIMITS.configYaml)
    return { ok: false, reason: `longer than ${LENGTH_LIMITS.configYaml} characters; not parsed` };
  const depth = yamlNestingBound(text);
  if (depth > DEPTH_LIMITS.hydraYaml)
    return { ok: false, reason: `nested ${depth} levels deep (limit ${DEPTH_LIMITS.hydraYaml})` };
  try {
    const lines = new import_yaml.LineCounter();
    const doc = withoutStackTraces(
      () => (0, import_yaml.parseDocument)(text, {
        lineCounter: lines,
        version: "1.1",
        merge: true,
        uniqueKeys: false,
        customTags: pyyamlTags,
        // The prettifier copies the text around every error: quadratic for a file full of them.
        prettyErrors: false
      })
    );
    const err = doc.errors[0];
    if (err)
      return {
        ok: false,
        reason: `not valid YAML (${err.code.toLowerCase().replace(/_/g, " ")} at line ${lines.linePos(err.pos[0]).line || "?"})`
      };
    const value = doc.toJS({ maxAliasCount: YAML_ALIAS_LIMITS.hydra });
    return { ok: true, value, pythonTags: pythonTagsOf(doc, lines) };
  } catch (err) {
    return {
      ok: false,
      reason: err instanceof RangeError ? "too deeply nested or too large to read" : "not readable as YAML"
    };
  }
}
function parseJsonGuarded(text) {
  try {
    return { ok: true, value: parsePythonJson(text), pythonTags: [] };
  } catch {
    return { ok: false, reason: "not valid JSON" };
  }
}

// src/formats/hydra/resolve.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/formats/hydra/grammar.ts
var GrammarError = class extends BaseError {
  constructor(message) {
    super("HYDRA_GRAMMAR", message);
    this.name = "GrammarError";
  }
};
var WS_CHARS = " 	";
var isWs = (c) => c !== void 0 && WS_CHARS.includes(c);
var isLetter = (c) => c !== void 0 && /[a-zA-Z]/.test(c);
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function wsRun(s, i) {
  let j = i;
  while (isWs(s[j])) j++;
  return j - i;
}
function lit(text, wsBefore = false, wsAfter = false) {
  return (s, i) => {
    let j = i;
    if (wsBefore) j += wsRun(s, j);
    if (!s.startsWith(text, j)) return 0;
    j += text.length;
    if (wsAfter) j += wsRun(s, j);
    return j - i;
  };
}
function backslashes(s, i) {
  let j = i;
  while (s[j] === "\\") j++;
  return j - i;
}
function strRun(stop2) {
  return (s, i) => {
    let j = i;
    while (j < s.length && !stop2.includes(s[j])) j++;
    while (j > i && s[j - 1] === "\\") j--;
    return j - i;
  };
}
function escaped(tail) {
  return (s, i) => {
    const n = backslashes(s, i);
    if (n === 0) return 0;
    const odd = n % 2 === 1 ? n : n - 1;
    return odd > 0 && s.startsWith(tail, i + n) && n === odd ? n + tail.length : 0;
  };
}
var evenBackslashes = (s, i) => {
  const n = backslashes(s, i);
  return n - n % 2;
};
var anyBackslashes = (s, i) => backslashes(s, i);
var oneChar = (set) => (s, i) => i < s.length && set.includes(s[i]) ? 1 : 0;
function idMatch(s, i) {
  if (!(isLetter(s[i]) || s[i] === "_")) return 0;
  let j = i + 1;
  while (isLetter(s[j]) || isDigit(s[j]) || s[j] === "_" || s[j] === "-") j++;
  return j - i;
}
function intUnsigned(s, i) {
  if (s[i] === "0") return 1;
  if (!isDigit(s[i])) return 0;
  let j = i + 1;
  for (; ; ) {
    if (isDigit(s[j])) j++;
    else if (s[j] === "_" && isDigit(s[j + 1])) j += 2;
    else return j - i;
  }
}
function digitsUnderscore(s, i) {
  if (!isDigit(s[i])) return 0;
  let j = i + 1;
  for (; ; ) {
    if (isDigit(s[j])) j++;
    else if (s[j] === "_" && isDigit(s[j + 1])) j += 2;
    else return j - i;
  }
}
function pointFloat(s, i) {
  const a = intUnsigned(s, i);
  if (s[i + a] !== ".") return 0;
  const frac = digitsUnderscore(s, i + a + 1);
  if (frac) return a + 1 + frac;
  return a ? a + 1 : 0;
}
function floatMatch(s, i) {
  let j = i;
  if (s[j] === "+" || s[j] === "-") j++;
  const word = s.slice(j, j + 3).toLowerCase();
  if (word === "inf" || word === "nan") return j + 3 - i;
  const base = Math.max(pointFloat(s, j), intUnsigned(s, j));
  const p = pointFloat(s, j);
  if (base && (s[j + base] === "e" || s[j + base] === "E")) {
    let k = j + base + 1;
    if (s[k] === "+" || s[k] === "-") k++;
    const e = digitsUnderscore(s, k);
    if (e) return k + e - i;
  }
  return p ? j + p - i : 0;
}
function intMatch(s, i) {
  const sign = s[i] === "+" || s[i] === "-" ? 1 : 0;
  const n = intUnsigned(s, i + sign);
  return n ? sign + n : 0;
}
function wordMatch(word) {
  return (s, i) => s.slice(i, i + word.length).toLowerCase() === word ? word.length : 0;
}
var ESC_PAIRS = ["\\\\", "\\(", "\\)", "\\[", "\\]", "\\{", "\\}", "\\:", "\\=", "\\,", "\\ ", "\\	"];
function escMatch(s, i) {
  let j = i;
  while (ESC_PAIRS.some((p) => s.startsWith(p, j))) j += 2;
  return j - i;
}
function interKey(s, i) {
  let j = i;
  while (j < s.length && !`\\{}()[]:. 	'"`.includes(s[j])) j++;
  return j - i;
}
var RULES = {
  top: [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "ANY_STR", match: strRun("$") },
    { type: "ESC_INTER", match: escaped("${") },
    { type: "TOP_ESC", match: evenBackslashes },
    { type: "ANY_STR", match: anyBackslashes },
    { type: "ANY_STR", match: oneChar("$") }
  ],
  value: [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "BRACE_OPEN", match: lit("{", false, true), action: "push-value" },
    { type: "BRACE_CLOSE", match: lit("}", true), action: "pop" },
    { type: "QUOTE_OPEN", match: lit("'"), action: "push-single" },
    { type: "QUOTE_OPEN", match: lit('"'), action: "push-double" },
    { type: "COMMA", match: lit(",", true, true) },
    { type: "BRACKET_OPEN", match: lit("[", false, true) },
    { type: "BRACKET_CLOSE", match: lit("]", true) },
    { type: "COLON", match: lit(":", true, true) },
    { type: "FLOAT", match: floatMatch },
    { type: "INT", match: intMatch },
    { type: "BOOL", match: (s, i) => wordMatch("true")(s, i) || wordMatch("false")(s, i) },
    { type: "NULL", match: wordMatch("null") },
    { type: "UNQUOTED_CHAR", match: oneChar("/-\\+.$%*@?|") },
    { type: "ID", match: idMatch },
    { type: "ESC", match: escMatch },
    { type: "WS", match: wsRun }
  ],
  inter: [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "COLON", match: lit(":", true, true), action: "to-value" },
    { type: "INTER_CLOSE", match: lit("}", true), action: "pop" },
    { type: "DOT", match: lit(".") },
    { type: "BRACKET_OPEN", match: lit("[") },
    { type: "BRACKET_CLOSE", match: lit("]") },
    { type: "ID", match: idMatch },
    { type: "INTER_KEY", match: interKey }
  ],
  single: quotedRules("'"),
  double: quotedRules('"')
};
function quotedRules(q) {
  return [
    { type: "INTER_OPEN", match: lit("${", false, true), action: "push-inter" },
    { type: "MATCHING_QUOTE_CLOSE", match: lit(q), action: "pop" },
    { type: "ANY_STR", match: strRun(`${q}$`) },
    { type: "ESC_INTER", match: escaped("${") },
    { type: "ESC", match: escaped(q) },
    { type: "QUOTED_ESC", match: evenBackslashes },
    { type: "ANY_STR", match: anyBackslashes },
    { type: "ANY_STR", match: oneChar("$") }
  ];
}
function tokenize(s, start = "top") {
  const out = [];
  const modes = [start];
  let i = 0;
  while (i < s.length) {
    const mode = modes.at(-1) ?? "top";
    let best;
    let bestLen = 0;
    for (const r of RULES[mode]) {
      const n = r.match(s, i);
      if (n > bestLen) {
        best = r;
        bestLen = n;
      }
    }
    if (!best) throw new GrammarError(`unexpected character ${JSON.stringify(s[i])} at ${i}`);
    out.push({ type: best.type, text: s.slice(i, i + bestLen) });
    applyAction(modes, best.action);
    i += bestLen;
  }
  return out;
}
function applyAction(modes, action) {
  if (action === "push-inter") modes.push("inter");
  else if (action === "push-value") modes.push("value");
  else if (action === "push-single") modes.push("single");
  else if (action === "push-double") modes.push("double");
  else if (action === "to-value") modes[modes.length - 1] = "value";
  else if (action === "pop") {
    if (modes.length <= 1) throw new GrammarError("unbalanced closing brace");
    modes.pop();
  }
}
var MAX_NESTING = 200;
var Parser = class {
  pos = 0;
  depth = 0;
  /** Interpolations already parsed, by start token: a resolver-name attempt re-reads them otherwise. */
  parsed = /* @__PURE__ */ new Map();
  toks;
  constructor(toks) {
    this.toks = toks;
  }
  peek(offset = 0) {
    return this.toks[this.pos + offset];
  }
  take(type) {
    const t = this.toks[this.pos];
    if (!t || type && t.type !== type) throw new GrammarError(`expected ${type ?? "a token"}`);
    this.pos++;
    return t;
  }
  is(type) {
    return this.peek()?.type === type;
  }
  enter() {
    if (++this.depth > MAX_NESTING) throw new GrammarError("interpolation nested too deep");
  }
  done() {
    return this.pos >= this.toks.length;
  }
  /** text: (interpolation | ANY_STR | ESC | ESC_INTER | TOP_ESC | QUOTED_ESC)+ */
  text() {
    const raw = [];
    for (; ; ) {
      const t = this.peek();
      if (!t) break;
      if (t.type === "INTER_OPEN") raw.push(this.interpolation());
      else if (["ANY_STR", "ESC", "ESC_INTER", "TOP_ESC", "QUOTED_ESC"].includes(t.type))
        raw.push(this.take());
      else break;
    }
    if (raw.length === 0) throw new GrammarError("empty text");
    const first = raw[0];
    if (raw.length === 1 && !("type" in first))
      return { kind: "text", pieces: [{ inter: first }], single: true };
    return { kind: "text", pieces: unescapeRun(raw), single: false };
  }
  interpolation() {
    const start = this.pos;
    const known = this.parsed.get(start);
    if (known) {
      this.pos = known.end;
      return known.value;
    }
    const value = this.interpolationAt();
    this.parsed.set(start, { value, end: this.pos });
    return value;
  }
  interpolationAt() {
    this.enter();
    this.take("INTER_OPEN");
    const save = this.pos;
    const name = this.tryResolverName();
    if (name && this.is("COLON")) {
      this.take("COLON");
      const args = this.is("BRACE_CLOSE") ? [] : this.sequence();
      this.take("BRACE_CLOSE");
      this.depth--;
      return { kind: "resolver", name, args };
    }
    this.pos = save;
    let dots = 0;
    while (this.is("DOT")) {
      this.take();
      dots++;
    }
    const keys = [this.keyOrBracket()];
    while (!this.is("INTER_CLOSE")) {
      if (this.is("DOT")) {
        this.take();
        keys.push(this.configKey());
      } else if (this.is("BRACKET_OPEN")) keys.push(this.keyOrBracket());
      else throw new GrammarError('expected "." or "[" in an interpolation key');
    }
    this.take("INTER_CLOSE");
    this.depth--;
    return { kind: "node", dots, keys };
  }
  tryResolverName() {
    const parts = [];
    for (; ; ) {
      if (this.is("ID")) parts.push(this.take().text);
      else if (this.is("INTER_OPEN")) parts.push(this.interpolation());
      else return void 0;
      if (!this.is("DOT")) return parts;
      this.take();
    }
  }
  keyOrBracket() {
    if (this.is("BRACKET_OPEN")) {
      this.take();
      const k = this.configKey();
      this.take("BRACKET_CLOSE");
      return k;
    }
    return this.configKey();
  }
  /** configKey: interpolation | ID | INTER_KEY */
  configKey() {
    if (this.is("INTER_OPEN")) return this.interpolation();
    const t = this.peek();
    if (t && (t.type === "ID" || t.type === "INTER_KEY")) return this.take().text;
    throw new GrammarError("expected a config key");
  }
  /** sequence: (element (COMMA element?)*) | (COMMA element?)+ ; a missing element is "". */
  sequence() {
    const out = [];
    let afterComma = true;
    while (!this.done() && !this.is("BRACE_CLOSE") && !this.is("BRACKET_CLOSE")) {
      if (this.is("COMMA")) {
        this.take();
        if (afterComma) out.push({ kind: "primitive", value: "" });
        afterComma = true;
        continue;
      }
      if (!afterComma) throw new GrammarError("expected a comma");
      out.push(this.element());
      afterComma = false;
    }
    if (afterComma && out.length) out.push({ kind: "primitive", value: "" });
    return out;
  }
  /** element: primitive | quotedValue | listContainer | dictContainer */
  element() {
    const t = this.peek();
    if (!t) throw new GrammarError("expected a value");
    if (t.type === "BRACKET_OPEN") {
      this.enter();
      this.take();
      const items = this.is("BRACKET_CLOSE") ? [] : this.sequence();
      this.take("BRACKET_CLOSE");
      this.depth--;
      return { kind: "list", items };
    }
    if (t.type === "BRACE_OPEN") return this.dict();
    if (t.type === "QUOTE_OPEN") {
      this.take();
      if (this.is("MATCHING_QUOTE_CLOSE")) {
        this.take();
        return { kind: "primitive", value: "" };
      }
      const inner = this.text();
      this.take("MATCHING_QUOTE_CLOSE");
      return inner.kind === "text" && inner.single ? { ...inner, single: false } : inner;
    }
    return this.primitive(true);
  }
  dict() {
    this.enter();
    this.take("BRACE_OPEN");
    const entries = [];
    while (!this.is("BRACE_CLOSE")) {
      const key = this.primitive(false);
      this.take("COLON");
      entries.push([key.kind === "primitive" ? key.value : "", this.element()]);
      if (!this.is("COMMA")) break;
      this.take();
    }
    this.take("BRACE_CLOSE");
    this.depth--;
    return { kind: "dict", entries };
  }
  /** primitive / dictKey: a run of simple tokens (and interpolations, for values). */
  primitive(value) {
    const simple = ["ID", "NULL", "INT", "FLOAT", "BOOL", "UNQUOTED_CHAR", "ESC", "WS"];
    if (value) simple.push("COLON");
    const raw = [];
    for (; ; ) {
      const t = this.peek();
      if (!t) break;
      if (value && t.type === "INTER_OPEN") raw.push(this.interpolation());
      else if (simple.includes(t.type)) raw.push(this.take());
      else break;
    }
    if (raw.length === 0) throw new GrammarError("expected a value");
    const first = raw[0];
    if (raw.length === 1) {
      if (!("type" in first)) return { kind: "interpolation", inter: first };
      return { kind: "primitive", value: primitiveValue(first) };
    }
    return { kind: "text", pieces: unescapeRun(raw), single: false };
  }
};
function primitiveValue(t) {
  switch (t.type) {
    case "NULL":
      return null;
    case "BOOL":
      return t.text.toLowerCase() === "true";
    case "INT":
      return Number(t.text.replace(/_/g, ""));
    case "FLOAT": {
      const x = t.text.replace(/_/g, "").toLowerCase();
      return x.endsWith("inf") ? x.startsWith("-") ? -Infinity : Infinity : x.endsWith("nan") ? NaN : Number(x);
    }
    case "ESC":
      return unescapePairs(t.text);
    default:
      return t.text;
  }
}
var unescapePairs = (s) => [...s].filter((_, i) => i % 2 === 1).join("");
function unescapeRun(seq) {
  const out = [];
  for (let i = 0; i < seq.length; i++) {
    const node = seq[i];
    if (!("type" in node)) {
      out.push({ inter: node });
      continue;
    }
    const next = seq[i + 1];
    const nextIsInter = next !== void 0 && !("type" in next);
    let text;
    if (node.type === "ESC_INTER") text = node.text.slice(-(Math.floor(node.text.length / 2) + 1));
    else if (node.type === "ESC" || node.type === "TOP_ESC" && nextIsInter || node.type === "QUOTED_ESC" && (next === void 0 || nextIsInter))
      text = unescapePairs(node.text);
    else text = node.text;
    const last = out.at(-1);
    if (last && "lit" in last) last.lit += text;
    else out.push({ lit: text });
  }
  return out;
}
var isInterpolation = (s) => s.includes("${");
function parseConfigValue(s) {
  const p = new Parser(tokenize(s, "top"));
  const e = p.text();
  if (!p.done()) throw new GrammarError("unexpected text after the interpolation");
  return e;
}
function parseSingleElement(s) {
  const p = new Parser(tokenize(s, "value"));
  const e = p.element();
  if (!p.done()) throw new GrammarError("unexpected text after the value");
  return e;
}

// src/formats/hydra/resolve.ts
var RESOLVE_LIMITS = { steps: 2e5, depth: 200, length: 64 * 1024 };
var MACHINE_RESOLVERS = /* @__PURE__ */ new Set(["oc.env", "env", "hydra", "now"]);
var Budget = class {
  steps = 0;
  check(depth) {
    if (++this.steps > RESOLVE_LIMITS.steps)
      throw new HydraLimitError("RESOLVE_LIMIT", "too many interpolation steps");
    if (depth > RESOLVE_LIMITS.depth)
      throw new HydraLimitError("RESOLVE_LIMIT", "interpolations nested too deep");
  }
};
var HydraLimitError = class extends BaseError {
  constructor(code, message) {
    super(code, message);
    this.name = "HydraLimitError";
  }
};
function buildTree(root, maxNodes = 1e6) {
  let count = 0;
  const make = (v, parent) => {
    if (++count > maxNodes) throw new HydraLimitError("TOO_MANY_VALUES", `more than ${maxNodes} values`);
    if (Array.isArray(v)) return { kind: "list", items: [], parent };
    if (v !== null && typeof v === "object" && !(v instanceof Date))
      return { kind: "map", entries: /* @__PURE__ */ new Map(), parent };
    return { kind: "scalar", value: toScalar(v), parent };
  };
  const top = make(root, void 0);
  const work = [[root, top]];
  while (work.length) {
    const [v, n] = work.pop();
    if (n.kind === "list") {
      for (const item of v) {
        const c = make(item, n);
        n.items.push(c);
        if (c.kind !== "scalar") work.push([item, c]);
      }
    } else if (n.kind === "map") {
      const o = v;
      for (const k in o) {
        if (!Object.hasOwn(o, k)) continue;
        const c = make(o[k], n);
        n.entries.set(k, c);
        if (c.kind !== "scalar") work.push([o[k], c]);
      }
    }
  }
  return top;
}
function toScalar(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
var MAX_ALTERNATIVES = 8;
function addWhy(into, more) {
  for (const w of more) {
    if (into.length >= MAX_ALTERNATIVES) return;
    if (!into.some((x) => x.kind === w.kind && x.name === w.name)) into.push(w);
  }
}
var unknown = (why, prefix = "", candidates = []) => ({
  t: "unknown",
  why,
  prefix,
  candidates
});
function pyStr2(v) {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return pyNumber(v);
  return v;
}
function pyNumber(n) {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [m = "", e = "0"] = n.toExponential().split("e");
    const exp = Number(e);
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return String(n);
}
var Resolver = class {
  budget = new Budget();
  active = /* @__PURE__ */ new Set();
  /** Resolved values by node (resolution is a pure function of the tree), and parse trees by text. */
  done = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  root;
  constructor(root) {
    this.root = root;
  }
  /** The value a scalar node has when OmegaConf reads it (interpolations resolved). */
  valueOf(node, depth = 0) {
    this.budget.check(depth);
    if (node.kind !== "scalar") return { t: "node", n: node };
    if (node.unresolved) return node.unresolved;
    const v = node.value;
    if (typeof v !== "string" || !isInterpolation(v)) return { t: "scalar", v };
    if (v.length > RESOLVE_LIMITS.length) return unknown([{ kind: "limit", name: "string length" }]);
    if (this.active.has(node)) return unknown([{ kind: "cycle", name: "recursive interpolation" }]);
    const known = this.done.get(node);
    if (known) return known;
    this.active.add(node);
    try {
      const tree = this.parse(v);
      const value = tree instanceof GrammarError ? unknown([{ kind: "syntax", name: tree.message }]) : this.element(tree, node.parent, depth + 1);
      this.done.set(node, value);
      return value;
    } catch (err) {
      if (err instanceof HydraLimitError && err.code === "RESOLVE_LIMIT")
        return unknown([{ kind: "limit", name: err.message }]);
      throw err;
    } finally {
      this.active.delete(node);
    }
  }
  parse(text) {
    let tree = this.parsed.get(text);
    if (!tree) {
      try {
        tree = parseConfigValue(text);
      } catch (err) {
        if (!(err instanceof GrammarError)) throw err;
        tree = err;
      }
      this.parsed.set(text, tree);
    }
    return tree;
  }
  /** Evaluates a syntax tree element in the context of `parent` (the container of the value). */
  element(e, parent, depth) {
    this.budget.check(depth);
    switch (e.kind) {
      case "primitive":
        return { t: "scalar", v: e.value };
      case "interpolation":
        return this.interpolation(e.inter, parent, depth + 1);
      case "text":
        if (e.single) {
          const only = e.pieces[0];
          if (only && "inter" in only) return this.interpolation(only.inter, parent, depth + 1);
        }
        return this.concat(e.pieces, parent, depth);
      case "list":
      case "dict":
        return { t: "node", n: this.structure(e, parent, depth + 1) };
    }
  }
  concat(pieces, parent, depth) {
    let text = "";
    const why = [];
    let prefix;
    const alternatives = [];
    for (const p of pieces) {
      if ("lit" in p) {
        text += p.lit;
        for (const a of alternatives) a.push(p.lit);
        continue;
      }
      const v = this.interpolation(p.inter, parent, depth + 1);
      const s = this.asString(v);
      if (s.t === "scalar") {
        text += s.v;
        for (const a of alternatives) a.push(String(s.v));
      } else {
        if (prefix === void 0) prefix = text;
        addWhy(why, s.why);
        for (const c of s.candidates)
          if (alternatives.length < MAX_ALTERNATIVES) alternatives.push([text, c]);
      }
      if (text.length > RESOLVE_LIMITS.length) return unknown([{ kind: "limit", name: "string length" }]);
    }
    if (prefix === void 0) return { t: "scalar", v: text };
    return unknown(
      why,
      prefix,
      alternatives.map((a) => a.join(""))
    );
  }
  /** A value as the string OmegaConf would splice into text. */
  asString(v) {
    if (v.t === "scalar") return { t: "scalar", v: pyStr2(v.v) };
    if (v.t === "unknown") return v;
    if (v.n.kind === "scalar") return this.asString(this.valueOf(v.n));
    return unknown([{ kind: "container", name: "a container used as text" }]);
  }
  key(k, parent, depth) {
    if (typeof k === "string") return k;
    const v = this.asString(this.interpolation(k, parent, depth + 1));
    return v.t === "scalar" ? v.v : v;
  }
  interpolation(i, parent, depth) {
    this.budget.check(depth);
    if (i.kind === "resolver") return this.resolver(i, parent, depth);
    const keys = [];
    for (const k of i.keys) {
      const r = this.key(k, parent, depth);
      if (typeof r !== "string") return r;
      keys.push(r);
    }
    let start = this.root;
    if (i.dots > 0) {
      start = parent;
      for (let d = 1; d < i.dots && start; d++) start = start.parent;
    }
    if (!start) return unknown([{ kind: "missing", name: `${".".repeat(i.dots)}${keys.join(".")}` }]);
    return this.select(start, keys, depth);
  }
  /** `_select_impl`: walks keys, dereferencing interpolations met on the way. */
  select(start, keys, depth) {
    let cur = start;
    for (const k of keys.flatMap(splitKey)) {
      const deref = this.valueOf(cur, depth + 1);
      if (deref.t === "unknown") return deref;
      if (deref.t !== "node" || deref.n.kind === "scalar")
        return unknown([{ kind: "missing", name: keys.join(".") }]);
      const next = child(deref.n, k);
      if (!next) return unknown([{ kind: "missing", name: keys.join(".") }]);
      cur = next;
    }
    return this.valueOf(cur, depth + 1);
  }
  resolver(i, parent, depth) {
    const nameParts = [];
    for (const k of i.name) {
      const r = this.key(k, parent, depth);
      if (typeof r !== "string")
        return unknown([{ kind: "resolver", name: "(computed name)" }, ..."why" in r ? r.why : []]);
      nameParts.push(r);
    }
    const name = nameParts.join(".");
    const args = i.args.map((a) => this.element(a, parent, depth + 1));
    return this.callResolver(name, args, parent, depth);
  }
  callResolver(name, args, parent, depth) {
    const text = (n) => {
      const a = args[n];
      return a ? this.asString(a) : void 0;
    };
    switch (name) {
      case "oc.env":
      case "env": {
        const key = text(0);
        const def = text(1);
        const candidates = def?.t === "scalar" ? [def.v] : def?.candidates ?? [];
        return unknown([{ kind: "env", name: key?.t === "scalar" ? key.v : "(computed)" }], "", candidates);
      }
      case "oc.select":
      case "oc.deprecated": {
        const key = text(0);
        if (key?.t !== "scalar") return key ?? unknown([{ kind: "syntax", name: `${name} without a key` }]);
        const dots = key.v.length - key.v.replace(/^\.+/, "").length;
        let start = this.root;
        if (dots) {
          start = parent;
          for (let d = 1; d < dots && start; d++) start = start.parent;
        }
        const found = start ? this.select(start, [key.v.slice(dots)], depth + 1) : void 0;
        const missing = !found || found.t === "unknown" && found.why.every((w) => w.kind === "missing");
        if (missing && name === "oc.select" && args[1]) return args[1];
        return found ?? unknown([{ kind: "missing", name: key.v }]);
      }
      case "oc.decode": {
        const s = text(0);
        if (s?.t !== "scalar") return s ?? { t: "scalar", v: null };
        try {
          return this.element(parseSingleElement(s.v), parent, depth + 1);
        } catch (err) {
          if (err instanceof GrammarError) return unknown([{ kind: "syntax", name: err.message }]);
          throw err;
        }
      }
      case "oc.create": {
        const a = args[0];
        if (!a || a.t === "unknown") return a ?? { t: "scalar", v: null };
        if (a.t === "scalar" && typeof a.v === "string")
          return { t: "node", n: this.createFromYaml(a.v, parent) };
        return a;
      }
      case "oc.dict.keys":
      case "oc.dict.values":
        return this.dictView(name, args[0], parent, depth);
      default:
        return unknown([{ kind: "resolver", name }]);
    }
  }
  createFromYaml(text, parent) {
    let parsed;
    try {
      parsed = (0, import_yaml2.parse)(text.slice(0, RESOLVE_LIMITS.length), {
        version: "1.1",
        maxAliasCount: YAML_ALIAS_LIMITS.hydraInterpolation
      });
    } catch {
      parsed = text;
    }
    const n = buildTree(parsed, 1e5);
    if (parent) n.parent = parent;
    return n;
  }
  dictView(name, arg, parent, depth) {
    let target = arg;
    if (arg?.t === "scalar" && typeof arg.v === "string") target = this.select(this.root, [arg.v], depth + 1);
    if (target?.t !== "node" || target.n.kind !== "map")
      return target?.t === "unknown" ? target : unknown([{ kind: "missing", name }]);
    const items = [];
    const out = { kind: "list", items, ...parent ? { parent } : {} };
    for (const [k, v] of target.n.entries)
      items.push(name === "oc.dict.keys" ? { kind: "scalar", value: k, parent: out } : v);
    return { t: "node", n: out };
  }
  /** A list or dict literal from the grammar, as config nodes (their strings still resolvable). */
  structure(e, parent, depth) {
    if (e.kind === "list") {
      const n2 = { kind: "list", items: [], ...parent ? { parent } : {} };
      for (const item of e.items) n2.items.push(this.literalNode(item, n2, depth));
      return n2;
    }
    const n = { kind: "map", entries: /* @__PURE__ */ new Map(), ...parent ? { parent } : {} };
    for (const [k, item] of e.entries) n.entries.set(pyStr2(k), this.literalNode(item, n, depth));
    return n;
  }
  literalNode(e, parent, depth) {
    const v = this.element(e, parent, depth + 1);
    if (v.t === "node") return v.n;
    if (v.t === "scalar") return { kind: "scalar", value: v.v, parent };
    return { kind: "scalar", value: v.prefix, parent, unresolved: v };
  }
};
function child(c, key) {
  if (c.kind === "map") return c.entries.get(key);
  if (!/^-?\d+$/.test(key)) return void 0;
  const i = Number(key);
  return c.items[i < 0 ? c.items.length + i : i];
}
function splitKey(key) {
  const out = [];
  for (const part of key.split(".")) {
    const m = /^([^[]*)((?:\[[^\]]*\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const b of m[2].matchAll(/\[([^\]]*)\]/g)) out.push(b[1]);
  }
  return out.filter((p, _i, all) => p !== "" || all.length === 1);
}
var CODE_RESOLVERS = /* @__PURE__ */ new Set(["eval", "exec", "python", "py", "lambda", "call", "import", "locate"]);

// src/formats/hydra/targets.ts
var NAME_RESOLVERS = /* @__PURE__ */ new Set([
  "hydra.utils.get_method",
  "hydra.utils.get_class",
  "hydra.utils.get_object",
  "hydra.utils.get_static_method",
  "hydra.utils._locate",
  "hydra._internal.utils._locate",
  "hydra.utils.instantiate",
  "hydra.utils.call",
  "hydra._internal.instantiate._instantiate2.instantiate",
  "nemo.utils.model_utils.import_class_by_path",
  "nemo.core.classes.common.safe_instantiate",
  "pydoc.locate"
]);
var HYDRA_DENY = /* @__PURE__ */ new Map([
  [
    "omegaconf.OmegaConf.register_new_resolver",
    "registers a resolver: later interpolations call the function it names"
  ],
  [
    "omegaconf.OmegaConf.register_resolver",
    "registers a resolver: later interpolations call the function it names"
  ],
  [
    "omegaconf.OmegaConf.legacy_register_resolver",
    "registers a resolver: later interpolations call the function it names"
  ],
  ["hydra.core.global_hydra", "reinitialises Hydra with another config search path"],
  ["hydra.initialize", "reinitialises Hydra with another config search path"],
  ["hydra.compose", "loads and composes further configs from disk"]
]);
var MODEL_LIBRARY_PREFIXES = [
  "nemo.collections.",
  "nemo.core.",
  "nemo.lightning.",
  "nemo_text_processing.text_normalization.normalize.Normalizer",
  "torch.nn.",
  "torch.distributed.fsdp.",
  "torch.optim.",
  "torch.utils.data.",
  "torchmetrics.",
  "lightning.pytorch.callbacks.",
  "lightning.pytorch.loggers.",
  "lightning.pytorch.strategies.",
  "lightning.pytorch.accelerators.",
  "pytorch_lightning.callbacks.",
  "pytorch_lightning.loggers.",
  "pytorch_lightning.strategies.",
  "pytorch_lightning.accelerators.",
  "megatron.core."
];
var PYREF_ALLOWED_PREFIXES = [
  "fiddle._src.config.",
  "fiddle._src.experimental.serialization.",
  "fiddle.config."
];
var PYREF_ALLOWED_BUILTINS = /* @__PURE__ */ new Set([
  "dict",
  "list",
  "tuple",
  "set",
  "frozenset",
  "int",
  "float",
  "str",
  "bool",
  "bytes",
  "complex",
  "slice",
  "range",
  "NoneType"
]);
function classifyPyref(module, name, extraAllow) {
  const path = `${module}.${name}`;
  if (module === "builtins" && PYREF_ALLOWED_BUILTINS.has(name)) return { verdict: "allowed" };
  if (PYREF_ALLOWED_PREFIXES.some((p) => path.startsWith(p))) return { verdict: "allowed" };
  return classifyTarget(path, extraAllow);
}
function classifyTarget(path, extraAllow) {
  const parts = path.split(".");
  if (path === "" || parts.some((p) => p === ""))
    return { verdict: "invalid", reason: "Hydra cannot locate it" };
  if (NAME_RESOLVERS.has(path))
    return { verdict: "dangerous", reason: "looks up another callable by name", resolver: true };
  for (const [key, reason] of HYDRA_DENY) {
    if (path === key || path.startsWith(`${key}.`)) return { verdict: "dangerous", reason };
  }
  const module = parts.length > 1 ? parts.slice(0, -1).join(".") : parts[0];
  const name = parts.length > 1 ? parts.at(-1) : "";
  const c = classifyGlobal(module, name, extraAllow);
  if (c.verdict === "dangerous") return { verdict: "dangerous", reason: c.reason ?? "denied" };
  if (c.verdict === "allowed") return { verdict: "allowed" };
  if (MODEL_LIBRARY_PREFIXES.some((p) => p.endsWith(".") ? path.startsWith(p) : path === p))
    return { verdict: "allowed" };
  return { verdict: "unknown" };
}
function classifyPrefix(prefix) {
  const dot = prefix.lastIndexOf(".");
  if (dot <= 0) return void 0;
  const c = classifyTarget(`${prefix.slice(0, dot)}.x`);
  return c.verdict === "dangerous" ? c : void 0;
}

// src/formats/hydra/index.ts
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
var LEGACY_KEYS = ["target", "cls", "class"];
var DOTTED_PATH = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/;
var LOOKUP_ARG = "path";
var MAX_CONFIG = 16 * 1024 * 1024;
var MAX_FINDINGS2 = 200;
var YAML_NAME = /\.(ya?ml)$/;
var JSON_NAME = /\.json$/;
var YAML_TRIGGER = /target|cls|class|pyref|\\|\$\{|!!|!<|%TAG/;
var JSON_TRIGGER = /_target_|"pyref"|\$\{/;
var ESCAPED_JSON_STRING = /"((?:[^"\\\n]|\\.){0,48}\\(?:[^"\\\n]|\\.){0,48})"/g;
var MARKERS = /* @__PURE__ */ new Set(["_target_", "pyref"]);
function jsonMayHoldTargets(text) {
  if (JSON_TRIGGER.test(text)) return true;
  for (const m of text.matchAll(ESCAPED_JSON_STRING)) {
    if (m[1].length > 48 || !/^[_targepyfu0-9a-fA-F\\/]+$/.test(m[1])) continue;
    try {
      if (MARKERS.has(JSON.parse(`"${m[1]}"`))) return true;
    } catch {
    }
  }
  return false;
}
function report(s, f) {
  if (s.reported++ < MAX_FINDINGS2) s.ctx.report(f);
}
var pathOf = (at, key) => typeof key === "number" ? `${at}[${key}]` : at === "$" ? key : `${at}.${key}`;
function walkTree(s, root) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ n: root, at: "$" }];
  while (stack.length) {
    const { n, at } = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.kind === "map") {
      for (const [k, c] of n.entries) {
        if (k === "_target_" || LEGACY_KEYS.includes(k)) {
          s.targetNodes.add(c);
          checkSite(s, { at, key: k, node: c, map: n });
        }
        if (k === "type" && c.kind === "scalar" && c.value === "pyref") checkPyref(s, n, at);
        stack.push({ n: c, at: pathOf(at, k) });
      }
    } else if (n.kind === "list") {
      n.items.forEach((c, i) => {
        stack.push({ n: c, at: pathOf(at, i) });
      });
    } else if (typeof n.value === "string" && n.value.includes("${")) {
      noteInterpolation(s, n, at, stack);
    }
  }
}
function noteInterpolation(s, n, at, stack) {
  const v = s.resolver.valueOf(n);
  const raw = n.kind === "scalar" ? String(n.value) : "";
  for (const m of raw.matchAll(/\$\{\s*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*:/g)) {
    if (CODE_RESOLVERS.has(m[1])) s.codeResolvers.add(m[1]);
  }
  if (v.t === "unknown" && !s.targetNodes.has(n)) s.unresolved.push({ at, why: v.why });
  else if (v.t === "node") stack.push({ n: v.n, at: `${at}(resolved)` });
}
function checkPyref(s, map, at) {
  const module = map.entries.get("module");
  const name = map.entries.get("name");
  if (module?.kind !== "scalar" || name?.kind !== "scalar") return;
  if (typeof module.value !== "string" || typeof name.value !== "string") return;
  const target = `${module.value}.${name.value}`;
  const c = classifyPyref(module.value, name.value, allowSet(s.ctx));
  if (c.verdict === "allowed" || c.verdict === "invalid") return;
  reportClass(s, `${at} (fiddle pyref)`, target, c, { at, key: "type", node: map, map });
}
function targetValue(s, site) {
  return s.resolver.valueOf(site.node);
}
function checkSite(s, site) {
  const v = targetValue(s, site);
  const at = pathOf(site.at, site.key);
  if (v.t === "unknown") {
    reportUnresolved(s, at, v);
    return;
  }
  if (v.t !== "scalar" || typeof v.v !== "string") return;
  const target = v.v;
  if (site.key !== "_target_" && !DOTTED_PATH.test(target)) return;
  const c = classifyTarget(target, allowSet(s.ctx));
  if (c.verdict === "invalid" || c.verdict === "allowed") return;
  if (c.resolver) reportLookup(s, site, at, target);
  else reportClass(s, at, target, c, site);
}
function allowSet(ctx) {
  return ctx.options.pickleAllow?.length ? new Set(ctx.options.pickleAllow) : void 0;
}
function reportClass(s, at, target, c, site, via = "") {
  const partial = s.resolver.valueOf(site.map.entries.get("_partial_") ?? { kind: "scalar", value: false });
  const evidence = {
    key: at,
    target,
    ...via ? { via } : {},
    ...partial.t === "scalar" && partial.v === true ? { partial: true } : {}
  };
  const what = via ? `${via} looks up ${target}` : target;
  if (c.verdict === "dangerous") {
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        message: `${s.where}: ${at} instantiates ${what}, which ${c.reason}`,
        evidence
      })
    );
  } else {
    report(s, finding(HYDRA_UNKNOWN_TARGET, { message: `${s.where}: ${at} instantiates ${what}`, evidence }));
  }
}
function reportLookup(s, site, at, helper) {
  const argNode = site.map.entries.get(LOOKUP_ARG) ?? firstArg(site.map);
  const arg = argNode ? s.resolver.valueOf(argNode) : void 0;
  if (arg?.t === "scalar" && typeof arg.v === "string") {
    const inner = classifyTarget(arg.v, allowSet(s.ctx));
    if (inner.verdict === "dangerous" || inner.verdict === "unknown") {
      reportClass(s, at, arg.v, inner, site, helper);
      return;
    }
    const severity = "low";
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        severity,
        message: `${s.where}: ${at} uses ${helper} to look up ${arg.v}`,
        evidence: { key: at, target: helper, lookup: arg.v }
      })
    );
    return;
  }
  report(
    s,
    finding(HYDRA_DANGEROUS_TARGET, {
      message: `${s.where}: ${at} instantiates ${helper}, which looks up a callable computed at load time`,
      evidence: { key: at, target: helper }
    })
  );
}
function firstArg(map) {
  const args = map.entries.get("_args_");
  return args?.kind === "list" ? args.items[0] : void 0;
}
function describeWhy(why) {
  const parts = why.slice(0, 4).map(
    (w) => w.kind === "env" ? `environment variable ${w.name}` : w.kind === "resolver" ? `resolver ${w.name}` : w.kind === "missing" ? `missing key ${w.name}` : w.kind === "syntax" ? "an interpolation OmegaConf cannot parse" : w.name
  );
  return [...new Set(parts)].join(", ");
}
function reportUnresolved(s, at, v) {
  const options = v.candidates.map((c) => ({ c, k: classifyTarget(c) }));
  const bad = options.find((o) => o.k.verdict === "dangerous");
  const prefixBad = v.prefix ? classifyPrefix(v.prefix) : void 0;
  const evidence = {
    key: at,
    unresolved: describeWhy(v.why),
    prefix: v.prefix,
    candidates: v.candidates.slice(0, 8)
  };
  if (bad || prefixBad) {
    const what = bad ? `falls back to ${bad.c}, which ${bad.k.reason}` : `starts with ${v.prefix}, under a module that ${prefixBad.reason}`;
    report(
      s,
      finding(HYDRA_DANGEROUS_TARGET, {
        message: `${s.where}: ${at} depends on ${evidence.unresolved} and ${what}`,
        evidence
      })
    );
    return;
  }
  report(
    s,
    finding(HYDRA_UNRESOLVED_TARGET, {
      message: `${s.where}: ${at} depends on ${evidence.unresolved}${v.candidates.length ? ` (falls back to ${v.candidates.slice(0, 3).join(", ")})` : ""}`,
      evidence
    })
  );
}
function reportLeftovers(s) {
  for (const name of s.codeResolvers) {
    report(
      s,
      finding(HYDRA_CODE_RESOLVER, {
        message: `${s.where}: interpolation calls the "${name}" resolver`,
        evidence: { resolver: name }
      })
    );
  }
  if (!s.unresolved.length) return;
  const machineOnly = s.unresolved.every(
    (u) => u.why.every((w) => w.kind === "env" || w.kind === "resolver" && MACHINE_RESOLVERS.has(w.name))
  );
  const sample = s.unresolved.slice(0, 5).map((u) => `${u.at} (${describeWhy(u.why)})`);
  report(
    s,
    finding(HYDRA_UNRESOLVED, {
      ...machineOnly ? { severity: "info" } : {},
      message: `${s.where}: ${s.unresolved.length} value(s) depend on the loading machine: ${sample.join("; ")}`,
      evidence: { count: s.unresolved.length, keys: s.unresolved.slice(0, 20).map((u) => u.at) }
    })
  );
}
function reportPythonTags(ctx, tags5) {
  const where = label(ctx.source);
  for (const t of tags5) {
    const dot = t.callable.lastIndexOf(".");
    const c = t.callable ? classifyGlobal(
      dot > 0 ? t.callable.slice(0, dot) : t.callable,
      dot > 0 ? t.callable.slice(dot + 1) : ""
    ) : void 0;
    const severity = c?.verdict === "dangerous" ? "critical" : "high";
    ctx.report(
      finding(YAML_PYTHON_TAG, {
        severity,
        line: t.line,
        message: `${where}: YAML tag !!${t.tag.slice("tag:yaml.org,2002:".length)}${c?.verdict === "dangerous" ? ` (${c.reason})` : ""}`,
        evidence: { tag: t.tag, callable: t.callable }
      })
    );
  }
}
function readerFor(ctx, text) {
  const yamlName = YAML_NAME.test(ctx.name);
  const jsonLike = ctx.kind === KINDS.json || JSON_NAME.test(ctx.name);
  if (jsonLike && !yamlName) return jsonMayHoldTargets(text) ? parseJsonGuarded : void 0;
  if (yamlName) return YAML_TRIGGER.test(text) ? parseYamlGuarded : void 0;
  return text.includes("_target_") ? parseYamlGuarded : void 0;
}
async function analyzeConfig2(ctx) {
  const where = label(ctx.source);
  if (ctx.source.size > MAX_CONFIG) {
    const head = ctx.head.toString("utf8");
    if (YAML_NAME.test(ctx.name) && head.includes("_target_"))
      ctx.report(
        finding(HYDRA_UNREADABLE, {
          message: `${where}: ${ctx.source.size} bytes, over the ${MAX_CONFIG} byte limit for configs`
        })
      );
    return;
  }
  const text = decodeJsonBytes(await readAll(ctx.source, MAX_CONFIG));
  const read = readerFor(ctx, text);
  if (!read) return;
  const parsed = read(text);
  if (!parsed.ok) {
    if (/_target_|\\/.test(text))
      ctx.report(
        finding(HYDRA_UNREADABLE, {
          message: `${where}: ${parsed.reason}`,
          evidence: { reason: parsed.reason }
        })
      );
    return;
  }
  reportPythonTags(ctx, parsed.pythonTags);
  let root;
  try {
    root = buildTree(parsed.value);
  } catch {
    if (text.includes("_target_"))
      ctx.report(finding(HYDRA_UNREADABLE, { message: `${where}: too many values to read` }));
    return;
  }
  const state = {
    ctx,
    resolver: new Resolver(root),
    where,
    reported: 0,
    unresolved: [],
    codeResolvers: /* @__PURE__ */ new Set(),
    targetNodes: /* @__PURE__ */ new Set()
  };
  try {
    walkTree(state, root);
  } catch (err) {
    if (!(err instanceof HydraLimitError) && !(err instanceof RangeError)) throw err;
    ctx.report(
      finding(HYDRA_UNREADABLE, {
        message: `${where}: interpolations too deep or too many to resolve; the rest was not vetted`
      })
    );
  }
  reportLeftovers(state);
}
var HYDRA_CONFIG_ANALYZER = {
  id: "hydra-config",
  kinds: [KINDS.json, KINDS.text],
  analyze: analyzeConfig2
};

// src/formats/joblib.ts
import { createInflate, constants as zlibConstants } from "node:zlib";

// src/formats/pickle/table-build.ts
function withModuleAliases(table, aliases, allowed) {
  const out = new Map(table);
  for (const name of allowed) {
    if (out.has(name)) continue;
    for (const [alias, target] of aliases) {
      if (!name.startsWith(`${alias}.`)) continue;
      const twin = table.get(`${target}${name.slice(alias.length)}`);
      if (twin !== void 0) out.set(name, twin);
    }
  }
  return new Map([...out].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function keysWith(base, ...extra) {
  return [...base, ...extra].sort();
}

// src/formats/pickle/forwarders.ts
var AUDITED = /* @__PURE__ */ new Map([
  ["builtins.type", [1]],
  // CPython Objects/typeobject.c type_new: type(name, bases, dict) calls the metaclass of the bases and their __init_subclass__
  ["collections.defaultdict", [0]],
  // CPython Modules/_collectionsmodule.c defdict_missing: default_factory is called for every missing key
  ["copyreg._reconstructor", [0, 1]],
  // _reconstructor (ast)
  [
    "dateutil.relativedelta.relativedelta",
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
  ],
  // relativedelta constructor (ast)
  ["fractions.Fraction", [0, 1]],
  // Fraction constructor (ast)
  ["functools.partial", [0]],
  // CPython Modules/_functoolsmodule.c partial_call: calling the partial calls argument 0 (its state, set by BUILD, holds the same function)
  ["numpy.core.getlimits.MachArLike", [0]],
  // MachArLike constructor (ast)
  ["numpy.core.multiarray._reconstruct", [0]],
  // numpy numpy/_core/src/multiarray/multiarraymodule.c array__reconstruct (numpy@1f90bbb55e, lines 3178-3189): PyArray_NewFromDescr(subtype, ...) instantiates argument 0
  ["numpy.finfo", [0]],
  // finfo constructor (ast)
  ["numpy.ma.core.MaskedArray", [0, 1, 3, 6, 8]],
  // MaskedArray constructor (ast)
  ["numpy.ma.core._mareconstruct", [0, 1]],
  // numpy/ma/core.py _mareconstruct: ndarray.__new__(baseclass, ...) and subtype.__new__(subtype, ...)
  ["numpy.mean", [0, 1, 2, 3]],
  // mean (ast)
  ["numpy.poly1d", [0]],
  // poly1d constructor (ast)
  ["numpy.random._pickle.__bit_generator_ctor", [0]],
  // numpy/random/_pickle.py (NumPy 2): a type argument is instantiated
  ["numpy.random._pickle.__generator_ctor", [0, 1]],
  // numpy/random/_pickle.py: bit_generator_ctor(name) is called; NumPy 2 instantiates a type argument
  ["numpy.random._pickle.__randomstate_ctor", [0, 1]],
  // numpy/random/_pickle.py: bit_generator_ctor(name) is called; NumPy 2 instantiates a type argument
  ["numpy.random.bit_generator.__pyx_unpickle_SeedSequence", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["omegaconf.dictconfig.DictConfig", [0, 1, 3, 4, 5, 6]],
  // DictConfig constructor (ast)
  ["omegaconf.listconfig.ListConfig", [0, 1, 3, 4, 5]],
  // ListConfig constructor (ast)
  ["pandas._libs.arrays.__pyx_unpickle_NDArrayBacked", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["pandas._libs.interval.Interval", [-1]],
  // compiled class without source: not audited
  ["pandas._libs.interval.__pyx_unpickle_IntervalMixin", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["pandas._libs.sparse.IntIndex", [-1]],
  // compiled class without source: not audited
  ["pandas._libs.tslibs.period.Period", [-1]],
  // compiled class without source: not audited
  ["pandas._libs.tslibs.timestamps._unpickle_timestamp", [0, 2, 3]],
  // timestamps.pyx:_unpickle_timestamp (ast of the shipped .pyx)
  ["pandas.core.arrays.categorical.Categorical", [0, 1, 2, 3]],
  // Categorical constructor (ast)
  ["pandas.core.arrays.datetimes.DatetimeArray", [0, 1, 2]],
  // DatetimeArray constructor (ast)
  ["pandas.core.arrays.interval.Interval", [-1]],
  // compiled class without source: not audited
  ["pandas.core.arrays.interval.IntervalArray", [0]],
  // IntervalArray constructor (ast)
  ["pandas.core.arrays.period.Period", [-1]],
  // compiled class without source: not audited
  ["pandas.core.arrays.period.PeriodArray", [0, 1, 2]],
  // PeriodArray constructor (ast)
  ["pandas.core.arrays.sparse.IntIndex", [-1]],
  // compiled class without source: not audited
  ["pandas.core.arrays.sparse.array.SparseArray", [0, 1, 2, 3, 5]],
  // SparseArray constructor (ast)
  ["pandas.core.arrays.sparse.dtype.SparseDtype", [0, 1]],
  // SparseDtype constructor (ast)
  ["pandas.core.arrays.string_.StringArray", [0]],
  // StringArray constructor (ast)
  ["pandas.core.arrays.timedeltas.TimedeltaArray", [0, 1, 2]],
  // TimedeltaArray constructor (ast)
  ["pandas.core.dtypes.dtypes.DatetimeTZDtype", [0, 1]],
  // DatetimeTZDtype constructor (ast)
  ["pandas.core.dtypes.dtypes.IntervalDtype", [0, 1]],
  // IntervalDtype constructor (ast)
  ["pandas.core.dtypes.dtypes.PeriodDtype", [0]],
  // PeriodDtype constructor (ast)
  ["pandas.core.frame.DataFrame", [0, 1, 2, 3, 4]],
  // DataFrame constructor (ast)
  ["pandas.core.groupby.categorical.Categorical", [0, 1, 2, 3]],
  // Categorical constructor (ast)
  ["pandas.core.indexes.base.Index", [-1]],
  // Index constructor (ast)
  ["pandas.core.indexes.base._new_Index", [0]],
  // _new_Index (ast)
  ["pandas.core.indexes.category.CategoricalIndex", [0, 1, 2, 3]],
  // CategoricalIndex constructor (ast)
  ["pandas.core.indexes.datetimes.DatetimeArray", [0, 1, 2]],
  // DatetimeArray constructor (ast)
  ["pandas.core.indexes.datetimes.DatetimeIndex", [0, 8]],
  // DatetimeIndex constructor (ast)
  ["pandas.core.indexes.datetimes._new_DatetimeIndex", [0, 1]],
  // _new_DatetimeIndex (ast)
  ["pandas.core.indexes.interval.Interval", [-1]],
  // compiled class without source: not audited
  ["pandas.core.indexes.interval.IntervalArray", [0]],
  // IntervalArray constructor (ast)
  ["pandas.core.indexes.interval.IntervalIndex", [0]],
  // IntervalIndex constructor (ast)
  ["pandas.core.indexes.interval._new_IntervalIndex", [0]],
  // _new_IntervalIndex (ast)
  ["pandas.core.indexes.multi.MultiIndex", [0, 2]],
  // MultiIndex constructor (ast)
  ["pandas.core.indexes.period.Period", [-1]],
  // compiled class without source: not audited
  ["pandas.core.indexes.period.PeriodArray", [0, 1, 2]],
  // PeriodArray constructor (ast)
  ["pandas.core.indexes.period.PeriodIndex", [-1]],
  // PeriodIndex constructor (ast)
  ["pandas.core.indexes.timedeltas.TimedeltaArray", [0, 1, 2]],
  // TimedeltaArray constructor (ast)
  ["pandas.core.indexes.timedeltas.TimedeltaIndex", [0]],
  // TimedeltaIndex constructor (ast)
  ["pandas.core.internals.base.Index", [-1]],
  // Index constructor (ast)
  ["pandas.core.series.Series", [0, 1, 2, 3, 4]],
  // Series constructor (ast)
  ["pandas.core.tools.datetimes.DatetimeArray", [0, 1, 2]],
  // DatetimeArray constructor (ast)
  ["pandas.core.tools.datetimes.DatetimeIndex", [0, 8]],
  // DatetimeIndex constructor (ast)
  ["scipy.interpolate.PPoly", [0, 1, 2, 3]],
  // PPoly constructor (ast)
  ["scipy.interpolate._bsplines.BSpline", [0, 1, 2, 3, 4]],
  // BSpline constructor (ast)
  ["scipy.interpolate._cubic.CubicSpline", [0, 1, 2, 3]],
  // CubicSpline constructor (ast)
  ["scipy.interpolate._cubic.PchipInterpolator", [0, 1, 2]],
  // PchipInterpolator constructor (ast)
  ["scipy.interpolate._interpolate.PPoly", [0, 1, 2, 3]],
  // PPoly constructor (ast)
  ["scipy.sparse._arrays.bsr_array", [0, 1, 2, 4]],
  // bsr_array constructor (ast)
  ["scipy.sparse._arrays.coo_array", [0, 1, 2]],
  // coo_array constructor (ast)
  ["scipy.sparse._arrays.csc_array", [0, 1, 2]],
  // csc_array constructor (ast)
  ["scipy.sparse._arrays.csr_array", [0, 1, 2]],
  // csr_array constructor (ast)
  ["scipy.sparse._arrays.dia_array", [0, 1, 2]],
  // dia_array constructor (ast)
  ["scipy.sparse._arrays.dok_array", [0, 2]],
  // dok_array constructor (ast)
  ["scipy.sparse._arrays.lil_array", [0, 2]],
  // lil_array constructor (ast)
  ["scipy.sparse._bsr.bsr_matrix", [0, 1, 2, 4]],
  // bsr_matrix constructor (ast)
  ["scipy.sparse._coo.coo_matrix", [0, 1, 2]],
  // coo_matrix constructor (ast)
  ["scipy.sparse._csc.csc_matrix", [0, 1, 2]],
  // csc_matrix constructor (ast)
  ["scipy.sparse._csr.csr_matrix", [0, 1, 2]],
  // csr_matrix constructor (ast)
  ["scipy.sparse._dia.dia_matrix", [0, 1, 2]],
  // dia_matrix constructor (ast)
  ["scipy.sparse._dok.dok_matrix", [0, 2]],
  // dok_matrix constructor (ast)
  ["scipy.sparse._lil.lil_matrix", [0, 2]],
  // lil_matrix constructor (ast)
  ["scipy.spatial._ckdtree.cKDTree", [-1]],
  // compiled class without source: not audited
  ["scipy.spatial.transform._rotation.Rotation", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyAbsoluteError", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfBinomialLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfGammaLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfMultinomialLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfPoissonLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfSquaredError", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfTweedieLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyHalfTweedieLossIdentity", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.CyPinballLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn._loss._loss.__pyx_unpickle_CyAbsoluteError", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn._loss._loss.__pyx_unpickle_CyPinballLoss", [0]],
  // Cython's generated __pyx_unpickle_: Class.__new__(argument 0)
  ["sklearn.feature_selection._univariate_selection.f_classif", [0, 1]],
  // f_classif (ast)
  ["sklearn.linear_model._sgd_fast.EpsilonInsensitive", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.Hinge", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.Huber", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.Log", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.ModifiedHuber", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.SquaredHinge", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._sgd_fast.SquaredLoss", [-1]],
  // compiled class without source: not audited
  ["sklearn.linear_model._stochastic_gradient.SGDOneClassSVM", [0]],
  // SGDOneClassSVM constructor (ast)
  ["sklearn.metrics._dist_metrics.BrayCurtisDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.BrayCurtisDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.CanberraDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.CanberraDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ChebyshevDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ChebyshevDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.DiceDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.DiceDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.EuclideanDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.EuclideanDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HammingDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HammingDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HaversineDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.HaversineDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.JaccardDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.JaccardDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MahalanobisDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MahalanobisDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ManhattanDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.ManhattanDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MatchingDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.MatchingDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RogersTanimotoDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RogersTanimotoDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RussellRaoDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.RussellRaoDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SEuclideanDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SEuclideanDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalMichenerDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalMichenerDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalSneathDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.SokalSneathDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.WMinkowskiDistance", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.WMinkowskiDistance32", [-1]],
  // compiled class without source: not audited
  ["sklearn.metrics._dist_metrics.newObj", [-1]],
  // compiled without source: not audited
  ["sklearn.metrics._scorer._passthrough_scorer", [0]],
  // _passthrough_scorer (ast)
  ["sklearn.neighbors._ball_tree.BallTree", [-1]],
  // compiled class without source: not audited
  ["sklearn.neighbors._ball_tree.newObj", [-1]],
  // compiled without source: not audited
  ["sklearn.neighbors._kd_tree.KDTree", [-1]],
  // compiled class without source: not audited
  ["sklearn.neighbors._kd_tree.newObj", [-1]],
  // compiled without source: not audited
  ["sklearn.tree._tree.Tree", [-1]],
  // compiled class without source: not audited
  ["torch.BFloat16Storage", [-1]],
  // BFloat16Storage constructor (ast)
  ["torch.BoolStorage", [-1]],
  // BoolStorage constructor (ast)
  ["torch.ByteStorage", [-1]],
  // ByteStorage constructor (ast)
  ["torch.CharStorage", [-1]],
  // CharStorage constructor (ast)
  ["torch.ComplexDoubleStorage", [-1]],
  // ComplexDoubleStorage constructor (ast)
  ["torch.ComplexFloatStorage", [-1]],
  // ComplexFloatStorage constructor (ast)
  ["torch.DoubleStorage", [-1]],
  // DoubleStorage constructor (ast)
  ["torch.FloatStorage", [-1]],
  // FloatStorage constructor (ast)
  ["torch.HalfStorage", [-1]],
  // HalfStorage constructor (ast)
  ["torch.IntStorage", [-1]],
  // IntStorage constructor (ast)
  ["torch.LongStorage", [-1]],
  // LongStorage constructor (ast)
  ["torch.QInt32Storage", [-1]],
  // QInt32Storage constructor (ast)
  ["torch.QInt8Storage", [-1]],
  // QInt8Storage constructor (ast)
  ["torch.QUInt4x2Storage", [-1]],
  // QUInt4x2Storage constructor (ast)
  ["torch.QUInt8Storage", [-1]],
  // QUInt8Storage constructor (ast)
  ["torch.ShortStorage", [-1]],
  // ShortStorage constructor (ast)
  ["torch._tensor._rebuild_from_type", [0, 1]],
  // torch/_tensor.py: func(*args).as_subclass(type)
  ["torch._tensor._rebuild_from_type_v2", [0, 1]],
  // torch/_tensor.py: func(*args), then as_subclass(new_type) and new_type.__setstate__(state)
  ["torch._utils._rebuild_parameter", [2]],
  // torch/_utils.py: backward_hooks becomes param._backward_hooks
  ["torch._utils._rebuild_parameter_with_state", [2]],
  // torch/_utils.py: backward_hooks becomes param._backward_hooks
  ["torch._utils._rebuild_qtensor", [6]],
  // torch/_utils.py: backward_hooks becomes tensor._backward_hooks
  ["torch._utils._rebuild_tensor_v2", [5]],
  // torch/_utils.py: backward_hooks becomes tensor._backward_hooks; autograd calls every hook in it (torch/csrc/autograd/python_hook.cpp)
  ["torch.ao.nn.intrinsic.modules.fused.BNReLU2d", [0, 1]],
  // BNReLU2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.BNReLU3d", [0, 1]],
  // BNReLU3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBn1d", [0, 1]],
  // ConvBn1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBn2d", [0, 1]],
  // ConvBn2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBn3d", [0, 1]],
  // ConvBn3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBnReLU1d", [0, 1, 2]],
  // ConvBnReLU1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBnReLU2d", [0, 1, 2]],
  // ConvBnReLU2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvBnReLU3d", [0, 1, 2]],
  // ConvBnReLU3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvReLU1d", [0, 1]],
  // ConvReLU1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvReLU2d", [0, 1]],
  // ConvReLU2d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.ConvReLU3d", [0, 1]],
  // ConvReLU3d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.LinearBn1d", [0, 1]],
  // LinearBn1d constructor (ast)
  ["torch.ao.nn.intrinsic.modules.fused.LinearReLU", [0, 1]],
  // LinearReLU constructor (ast)
  ["torch.ao.nn.qat.dynamic.modules.linear.Linear", [3]],
  // Linear constructor (ast)
  ["torch.ao.nn.qat.modules.embedding_ops.Embedding", [10]],
  // Embedding constructor (ast)
  ["torch.ao.nn.qat.modules.embedding_ops.EmbeddingBag", [10]],
  // EmbeddingBag constructor (ast)
  ["torch.ao.nn.qat.modules.linear.Linear", [3]],
  // Linear constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn.LSTM", [0, 1, 2, 3, 4, 5, 6]],
  // LSTM constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn.LSTMCell", [0, 1]],
  // LSTMCell constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn._LSTMLayer", [0, 1]],
  // _LSTMLayer constructor (ast)
  ["torch.ao.nn.quantizable.modules.rnn._LSTMSingleLayer", [0, 1]],
  // _LSTMSingleLayer constructor (ast)
  ["torch.ao.nn.quantized.dynamic.modules.rnn.PackedParameter", [0]],
  // PackedParameter constructor (ast)
  ["torch.ao.nn.quantized.dynamic.modules.rnn.RNNCell", [3]],
  // RNNCell constructor (ast)
  ["torch.ao.nn.quantized.modules.Quantize", [2]],
  // Quantize constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.ELU", [0, 1]],
  // ELU constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.Hardswish", [0, 1]],
  // Hardswish constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.PReLU", [0, 1, 2]],
  // PReLU constructor (ast)
  ["torch.ao.nn.quantized.modules.activation.ReLU6", [0]],
  // ReLU6 constructor (ast)
  ["torch.ao.nn.quantized.modules.dropout.Dropout", [0, 1]],
  // Dropout constructor (ast)
  ["torch.ao.nn.quantized.modules.embedding_ops.Embedding", [0, 1, 8]],
  // Embedding constructor (ast)
  ["torch.ao.nn.quantized.modules.embedding_ops.EmbeddingBag", [5, 8, 9]],
  // EmbeddingBag constructor (ast)
  ["torch.ao.nn.quantized.modules.embedding_ops.EmbeddingPackedParams", [2]],
  // EmbeddingPackedParams constructor (ast)
  ["torch.ao.nn.quantized.modules.linear.Linear", [0, 1, 3]],
  // Linear constructor (ast)
  ["torch.ao.nn.quantized.modules.linear.LinearPackedParams", [0]],
  // LinearPackedParams constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.GroupNorm", [2, 3]],
  // GroupNorm constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.InstanceNorm1d", [1, 2]],
  // InstanceNorm1d constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.InstanceNorm2d", [1, 2]],
  // InstanceNorm2d constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.InstanceNorm3d", [1, 2]],
  // InstanceNorm3d constructor (ast)
  ["torch.ao.nn.quantized.modules.normalization.LayerNorm", [1, 2]],
  // LayerNorm constructor (ast)
  ["torch.ao.nn.quantized.modules.rnn.LSTM", [0, 1, 2, 3, 4, 5, 6]],
  // LSTM constructor (ast)
  ["torch.ao.quantization.fake_quantize.FakeQuantize", [0]],
  // FakeQuantize constructor (ast)
  ["torch.ao.quantization.observer.MovingAverageMinMaxObserver", [0]],
  // MovingAverageMinMaxObserver constructor (ast)
  ["torch.ao.quantization.observer.PerChannelMinMaxObserver", [0]],
  // PerChannelMinMaxObserver constructor (ast)
  ["torch.ao.quantization.observer.PlaceholderObserver", [0, 1, 2]],
  // PlaceholderObserver constructor (ast)
  ["torch.ao.quantization.quantize._observer_forward_hook", [0]],
  // _observer_forward_hook (ast)
  ["torch.ao.quantization.stubs.DeQuantStub", [0]],
  // DeQuantStub constructor (ast)
  ["torch.ao.quantization.stubs.QuantStub", [0]],
  // QuantStub constructor (ast)
  ["torch.nn.functional.relu", [0]],
  // relu (ast)
  ["torch.nn.modules.activation.CELU", [0, 1]],
  // CELU constructor (ast)
  ["torch.nn.modules.activation.ELU", [0, 1]],
  // ELU constructor (ast)
  ["torch.nn.modules.activation.GELU", [0]],
  // GELU constructor (ast)
  ["torch.nn.modules.activation.GLU", [0]],
  // GLU constructor (ast)
  ["torch.nn.modules.activation.Hardshrink", [0]],
  // Hardshrink constructor (ast)
  ["torch.nn.modules.activation.Hardsigmoid", [0]],
  // Hardsigmoid constructor (ast)
  ["torch.nn.modules.activation.Hardswish", [0]],
  // Hardswish constructor (ast)
  ["torch.nn.modules.activation.Hardtanh", [0, 1, 2, 3, 4]],
  // Hardtanh constructor (ast)
  ["torch.nn.modules.activation.LeakyReLU", [0, 1]],
  // LeakyReLU constructor (ast)
  ["torch.nn.modules.activation.LogSoftmax", [0]],
  // LogSoftmax constructor (ast)
  ["torch.nn.modules.activation.Mish", [0]],
  // Mish constructor (ast)
  ["torch.nn.modules.activation.MultiheadAttention", [0, 1, 2, 5, 6, 7, 8]],
  // MultiheadAttention constructor (ast)
  ["torch.nn.modules.activation.PReLU", [0, 1]],
  // PReLU constructor (ast)
  ["torch.nn.modules.activation.RReLU", [0, 1, 2]],
  // RReLU constructor (ast)
  ["torch.nn.modules.activation.ReLU", [0]],
  // ReLU constructor (ast)
  ["torch.nn.modules.activation.SELU", [0]],
  // SELU constructor (ast)
  ["torch.nn.modules.activation.SiLU", [0]],
  // SiLU constructor (ast)
  ["torch.nn.modules.activation.Softmax", [0]],
  // Softmax constructor (ast)
  ["torch.nn.modules.activation.Softmin", [0]],
  // Softmin constructor (ast)
  ["torch.nn.modules.activation.Softplus", [0, 1]],
  // Softplus constructor (ast)
  ["torch.nn.modules.activation.Softshrink", [0]],
  // Softshrink constructor (ast)
  ["torch.nn.modules.activation.Threshold", [0, 1, 2]],
  // Threshold constructor (ast)
  ["torch.nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss", [0, 1, 2, 3, 4]],
  // AdaptiveLogSoftmaxWithLoss constructor (ast)
  ["torch.nn.modules.batchnorm.LazyBatchNorm1d", [2, 3]],
  // LazyBatchNorm1d constructor (ast)
  ["torch.nn.modules.batchnorm.LazyBatchNorm2d", [2, 3]],
  // LazyBatchNorm2d constructor (ast)
  ["torch.nn.modules.batchnorm.LazyBatchNorm3d", [2, 3]],
  // LazyBatchNorm3d constructor (ast)
  ["torch.nn.modules.batchnorm.SyncBatchNorm", [5]],
  // SyncBatchNorm constructor (ast)
  ["torch.nn.modules.channelshuffle.ChannelShuffle", [0]],
  // ChannelShuffle constructor (ast)
  ["torch.nn.modules.container.ModuleList", [0]],
  // ModuleList constructor (ast)
  ["torch.nn.modules.container.ParameterList", [0]],
  // ParameterList constructor (ast)
  ["torch.nn.modules.distance.CosineSimilarity", [0, 1]],
  // CosineSimilarity constructor (ast)
  ["torch.nn.modules.distance.PairwiseDistance", [0, 1, 2]],
  // PairwiseDistance constructor (ast)
  ["torch.nn.modules.dropout.AlphaDropout", [0, 1]],
  // AlphaDropout constructor (ast)
  ["torch.nn.modules.dropout.Dropout", [0, 1]],
  // Dropout constructor (ast)
  ["torch.nn.modules.dropout.Dropout1d", [0, 1]],
  // Dropout1d constructor (ast)
  ["torch.nn.modules.dropout.Dropout2d", [0, 1]],
  // Dropout2d constructor (ast)
  ["torch.nn.modules.dropout.Dropout3d", [0, 1]],
  // Dropout3d constructor (ast)
  ["torch.nn.modules.dropout.FeatureAlphaDropout", [0, 1]],
  // FeatureAlphaDropout constructor (ast)
  ["torch.nn.modules.flatten.Flatten", [0, 1]],
  // Flatten constructor (ast)
  ["torch.nn.modules.flatten.Unflatten", [0, 1]],
  // Unflatten constructor (ast)
  ["torch.nn.modules.fold.Fold", [0, 1, 2, 3, 4]],
  // Fold constructor (ast)
  ["torch.nn.modules.fold.Unfold", [0, 1, 2, 3]],
  // Unfold constructor (ast)
  ["torch.nn.modules.instancenorm.LazyInstanceNorm1d", [2, 3]],
  // LazyInstanceNorm1d constructor (ast)
  ["torch.nn.modules.instancenorm.LazyInstanceNorm2d", [2, 3]],
  // LazyInstanceNorm2d constructor (ast)
  ["torch.nn.modules.instancenorm.LazyInstanceNorm3d", [2, 3]],
  // LazyInstanceNorm3d constructor (ast)
  ["torch.nn.modules.linear.Bilinear", [0, 1, 2]],
  // Bilinear constructor (ast)
  ["torch.nn.modules.linear.Linear", [0, 1]],
  // Linear constructor (ast)
  ["torch.nn.modules.loss.CTCLoss", [0, 2]],
  // CTCLoss constructor (ast)
  ["torch.nn.modules.loss.CosineEmbeddingLoss", [0]],
  // CosineEmbeddingLoss constructor (ast)
  ["torch.nn.modules.loss.CrossEntropyLoss", [2, 5]],
  // CrossEntropyLoss constructor (ast)
  ["torch.nn.modules.loss.HingeEmbeddingLoss", [0]],
  // HingeEmbeddingLoss constructor (ast)
  ["torch.nn.modules.loss.KLDivLoss", [3]],
  // KLDivLoss constructor (ast)
  ["torch.nn.modules.loss.MarginRankingLoss", [0]],
  // MarginRankingLoss constructor (ast)
  ["torch.nn.modules.loss.MultiMarginLoss", [0, 1]],
  // MultiMarginLoss constructor (ast)
  ["torch.nn.modules.loss.NLLLoss", [2]],
  // NLLLoss constructor (ast)
  ["torch.nn.modules.loss.PoissonNLLLoss", [0, 1, 3]],
  // PoissonNLLLoss constructor (ast)
  ["torch.nn.modules.loss.SmoothL1Loss", [3]],
  // SmoothL1Loss constructor (ast)
  ["torch.nn.modules.loss.TripletMarginLoss", [0, 1, 2, 3]],
  // TripletMarginLoss constructor (ast)
  ["torch.nn.modules.module._WrappedHook", [0, 1]],
  // _WrappedHook constructor (ast)
  ["torch.nn.modules.normalization.CrossMapLRN2d", [0, 1, 2, 3]],
  // CrossMapLRN2d constructor (ast)
  ["torch.nn.modules.normalization.GroupNorm", [0, 1, 2, 3]],
  // GroupNorm constructor (ast)
  ["torch.nn.modules.normalization.LayerNorm", [0, 1, 2]],
  // LayerNorm constructor (ast)
  ["torch.nn.modules.normalization.LocalResponseNorm", [0, 1, 2, 3]],
  // LocalResponseNorm constructor (ast)
  ["torch.nn.modules.padding.ConstantPad1d", [0]],
  // ConstantPad1d constructor (ast)
  ["torch.nn.modules.padding.ConstantPad2d", [0]],
  // ConstantPad2d constructor (ast)
  ["torch.nn.modules.padding.ConstantPad3d", [0]],
  // ConstantPad3d constructor (ast)
  ["torch.nn.modules.padding.ReflectionPad1d", [0]],
  // ReflectionPad1d constructor (ast)
  ["torch.nn.modules.padding.ReflectionPad2d", [0]],
  // ReflectionPad2d constructor (ast)
  ["torch.nn.modules.padding.ReflectionPad3d", [0]],
  // ReflectionPad3d constructor (ast)
  ["torch.nn.modules.padding.ReplicationPad1d", [0]],
  // ReplicationPad1d constructor (ast)
  ["torch.nn.modules.padding.ReplicationPad2d", [0]],
  // ReplicationPad2d constructor (ast)
  ["torch.nn.modules.padding.ReplicationPad3d", [0]],
  // ReplicationPad3d constructor (ast)
  ["torch.nn.modules.pixelshuffle.PixelShuffle", [0]],
  // PixelShuffle constructor (ast)
  ["torch.nn.modules.pixelshuffle.PixelUnshuffle", [0]],
  // PixelUnshuffle constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveAvgPool1d", [0]],
  // AdaptiveAvgPool1d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveAvgPool2d", [0]],
  // AdaptiveAvgPool2d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveAvgPool3d", [0]],
  // AdaptiveAvgPool3d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveMaxPool1d", [0, 1]],
  // AdaptiveMaxPool1d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveMaxPool2d", [0, 1]],
  // AdaptiveMaxPool2d constructor (ast)
  ["torch.nn.modules.pooling.AdaptiveMaxPool3d", [0, 1]],
  // AdaptiveMaxPool3d constructor (ast)
  ["torch.nn.modules.pooling.AvgPool1d", [0, 1, 2, 3, 4]],
  // AvgPool1d constructor (ast)
  ["torch.nn.modules.pooling.AvgPool2d", [0, 1, 2, 3, 4, 5]],
  // AvgPool2d constructor (ast)
  ["torch.nn.modules.pooling.AvgPool3d", [0, 1, 2, 3, 4, 5]],
  // AvgPool3d constructor (ast)
  ["torch.nn.modules.pooling.FractionalMaxPool2d", [0, 1, 2, 3]],
  // FractionalMaxPool2d constructor (ast)
  ["torch.nn.modules.pooling.FractionalMaxPool3d", [0, 1, 2, 3]],
  // FractionalMaxPool3d constructor (ast)
  ["torch.nn.modules.pooling.LPPool1d", [0, 1, 2, 3]],
  // LPPool1d constructor (ast)
  ["torch.nn.modules.pooling.LPPool2d", [0, 1, 2, 3]],
  // LPPool2d constructor (ast)
  ["torch.nn.modules.pooling.MaxPool1d", [0, 1, 2, 3, 4, 5]],
  // MaxPool1d constructor (ast)
  ["torch.nn.modules.pooling.MaxPool2d", [0, 1, 2, 3, 4, 5]],
  // MaxPool2d constructor (ast)
  ["torch.nn.modules.pooling.MaxPool3d", [0, 1, 2, 3, 4, 5]],
  // MaxPool3d constructor (ast)
  ["torch.nn.modules.pooling.MaxUnpool1d", [0, 1, 2]],
  // MaxUnpool1d constructor (ast)
  ["torch.nn.modules.pooling.MaxUnpool2d", [0, 1, 2]],
  // MaxUnpool2d constructor (ast)
  ["torch.nn.modules.pooling.MaxUnpool3d", [0, 1, 2]],
  // MaxUnpool3d constructor (ast)
  ["torch.nn.modules.rnn.RNN", [-1]],
  // RNN constructor (ast)
  ["torch.nn.modules.rnn.RNNBase", [0, 1, 2, 3, 4, 5, 6, 7, 8]],
  // RNNBase constructor (ast)
  ["torch.nn.modules.rnn.RNNCell", [3]],
  // RNNCell constructor (ast)
  ["torch.nn.modules.rnn.RNNCellBase", [0, 1, 2, 3]],
  // RNNCellBase constructor (ast)
  ["torch.nn.modules.sparse.Embedding", [0, 1, 2, 3, 4, 5, 6, 7]],
  // Embedding constructor (ast)
  ["torch.nn.modules.sparse.EmbeddingBag", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  // EmbeddingBag constructor (ast)
  ["torch.nn.modules.transformer.Transformer", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
  // Transformer constructor (ast)
  ["torch.nn.modules.transformer.TransformerDecoder", [0, 1, 2]],
  // TransformerDecoder constructor (ast)
  ["torch.nn.modules.transformer.TransformerDecoderLayer", [0, 1, 2, 3, 4, 5, 6, 7]],
  // TransformerDecoderLayer constructor (ast)
  ["torch.nn.modules.transformer.TransformerEncoder", [0, 1, 2, 3, 4]],
  // TransformerEncoder constructor (ast)
  ["torch.nn.modules.transformer.TransformerEncoderLayer", [0, 1, 2, 3, 4, 5, 6, 7]],
  // TransformerEncoderLayer constructor (ast)
  ["torch.nn.modules.upsampling.Upsample", [0, 1, 2, 3, 4]],
  // Upsample constructor (ast)
  ["torch.nn.parallel.data_parallel.DataParallel", [0, 1, 2, 3]],
  // DataParallel constructor (ast)
  ["torch.optim.lr_scheduler.OneCycleLR", [0, 2, 3, 4, 5, 7]],
  // OneCycleLR constructor (ast)
  ["torchvision.models._utils.IntermediateLayerGetter", [0]],
  // IntermediateLayerGetter constructor (ast)
  ["torchvision.models.alexnet.AlexNet", [0, 1]],
  // AlexNet constructor (ast)
  ["torchvision.models.convnext.CNBlock", [0, 3]],
  // CNBlock constructor (ast)
  ["torchvision.models.convnext.ConvNeXt", [0, 3, 4, 5]],
  // ConvNeXt constructor (ast)
  ["torchvision.models.convnext.LayerNorm2d", [0, 1, 2]],
  // LayerNorm2d constructor (ast)
  ["torchvision.models.densenet.DenseNet", [0, 1, 2, 5]],
  // DenseNet constructor (ast)
  ["torchvision.models.detection.anchor_utils.AnchorGenerator", [0, 1]],
  // AnchorGenerator constructor (ast)
  ["torchvision.models.detection.anchor_utils.DefaultBoxGenerator", [0, 1, 2, 3, 4, 5]],
  // DefaultBoxGenerator constructor (ast)
  ["torchvision.models.detection.backbone_utils.BackboneWithFPN", [0, 4]],
  // BackboneWithFPN constructor (ast)
  ["torchvision.models.detection.faster_rcnn.FastRCNNConvFCHead", [0, 1, 2]],
  // FastRCNNConvFCHead constructor (ast)
  ["torchvision.models.detection.faster_rcnn.FastRCNNPredictor", [0, 1]],
  // FastRCNNPredictor constructor (ast)
  ["torchvision.models.detection.faster_rcnn.FasterRCNN", [0, 1, 6, 18]],
  // FasterRCNN constructor (ast)
  ["torchvision.models.detection.faster_rcnn.TwoMLPHead", [0, 1]],
  // TwoMLPHead constructor (ast)
  ["torchvision.models.detection.fcos.FCOS", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  // FCOS constructor (ast)
  ["torchvision.models.detection.fcos.FCOSClassificationHead", [0, 1, 2, 5]],
  // FCOSClassificationHead constructor (ast)
  ["torchvision.models.detection.fcos.FCOSHead", [0, 1, 2]],
  // FCOSHead constructor (ast)
  ["torchvision.models.detection.fcos.FCOSRegressionHead", [0, 1, 3]],
  // FCOSRegressionHead constructor (ast)
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNN", [32]],
  // KeypointRCNN constructor (ast)
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNNPredictor", [0, 1]],
  // KeypointRCNNPredictor constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNet", [0, 1, 6]],
  // RetinaNet constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNetClassificationHead", [0, 1, 2]],
  // RetinaNetClassificationHead constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNetHead", [0, 1, 2]],
  // RetinaNetHead constructor (ast)
  ["torchvision.models.detection.retinanet.RetinaNetRegressionHead", [0, 1]],
  // RetinaNetRegressionHead constructor (ast)
  ["torchvision.models.detection.rpn.RPNHead", [0, 1]],
  // RPNHead constructor (ast)
  ["torchvision.models.detection.ssd.SSD", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  // SSD constructor (ast)
  ["torchvision.models.detection.ssdlite.SSDLiteFeatureExtractorMobileNet", [0, 2]],
  // SSDLiteFeatureExtractorMobileNet constructor (ast)
  ["torchvision.models.efficientnet.EfficientNet", [0, 1, 3, 5]],
  // EfficientNet constructor (ast)
  ["torchvision.models.efficientnet.FusedMBConv", [0]],
  // FusedMBConv constructor (ast)
  ["torchvision.models.efficientnet.MBConv", [0, 3]],
  // MBConv constructor (ast)
  ["torchvision.models.googlenet.GoogLeNet", [0, 1, 2, 4, 5]],
  // GoogLeNet constructor (ast)
  ["torchvision.models.googlenet.Inception", [7]],
  // Inception constructor (ast)
  ["torchvision.models.googlenet.InceptionAux", [1, 2, 3]],
  // InceptionAux constructor (ast)
  ["torchvision.models.inception.Inception3", [0, 1, 2, 3, 5]],
  // Inception3 constructor (ast)
  ["torchvision.models.inception.InceptionA", [2]],
  // InceptionA constructor (ast)
  ["torchvision.models.inception.InceptionAux", [1, 2]],
  // InceptionAux constructor (ast)
  ["torchvision.models.inception.InceptionB", [1]],
  // InceptionB constructor (ast)
  ["torchvision.models.inception.InceptionC", [2]],
  // InceptionC constructor (ast)
  ["torchvision.models.inception.InceptionD", [1]],
  // InceptionD constructor (ast)
  ["torchvision.models.inception.InceptionE", [1]],
  // InceptionE constructor (ast)
  ["torchvision.models.maxvit.MBConv", [4, 6]],
  // MBConv constructor (ast)
  ["torchvision.models.maxvit.MaxVit", [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14]],
  // MaxVit constructor (ast)
  ["torchvision.models.maxvit.MaxVitBlock", [1, 4, 5, 6, 7, 8, 9, 10, 13]],
  // MaxVitBlock constructor (ast)
  ["torchvision.models.maxvit.MaxVitLayer", [1, 4, 5, 6, 7, 8, 9, 10, 12]],
  // MaxVitLayer constructor (ast)
  ["torchvision.models.maxvit.PartitionAttentionLayer", [0, 1, 2, 5, 6, 7, 8, 9]],
  // PartitionAttentionLayer constructor (ast)
  ["torchvision.models.maxvit.RelativePositionalMultiHeadAttention", [0, 1, 2]],
  // RelativePositionalMultiHeadAttention constructor (ast)
  ["torchvision.models.mnasnet.MNASNet", [0, 1, 2]],
  // MNASNet constructor (ast)
  ["torchvision.models.mobilenetv2.InvertedResidual", [4]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.mobilenetv2.MobileNetV2", [0, 1, 2, 3, 4, 6]],
  // MobileNetV2 constructor (ast)
  ["torchvision.models.mobilenetv3.InvertedResidual", [2]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.mobilenetv3.MobileNetV3", [0, 1, 2, 3, 5]],
  // MobileNetV3 constructor (ast)
  ["torchvision.models.quantization.googlenet.GoogLeNet", [0, 1, 2, 4, 5]],
  // GoogLeNet constructor (ast)
  ["torchvision.models.quantization.googlenet.Inception", [7]],
  // Inception constructor (ast)
  ["torchvision.models.quantization.googlenet.InceptionAux", [1, 2, 3]],
  // InceptionAux constructor (ast)
  ["torchvision.models.quantization.mobilenetv2.InvertedResidual", [4]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.quantization.mobilenetv2.MobileNetV2", [0, 1, 2, 3, 4, 6]],
  // MobileNetV2 constructor (ast)
  ["torchvision.models.quantization.mobilenetv3.InvertedResidual", [2]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.quantization.mobilenetv3.MobileNetV3", [0, 1, 2, 3, 5]],
  // MobileNetV3 constructor (ast)
  ["torchvision.models.quantization.resnet.BasicBlock", [7]],
  // BasicBlock constructor (ast)
  ["torchvision.models.quantization.resnet.Bottleneck", [7]],
  // Bottleneck constructor (ast)
  ["torchvision.models.quantization.resnet.ResNet", [0, 1, 2, 4, 5, 7]],
  // ResNet constructor (ast)
  ["torchvision.models.regnet.AnyStage", [4]],
  // AnyStage constructor (ast)
  ["torchvision.models.regnet.BottleneckTransform", [4]],
  // BottleneckTransform constructor (ast)
  ["torchvision.models.regnet.RegNet", [0, 1, 2, 3, 4, 5, 6]],
  // RegNet constructor (ast)
  ["torchvision.models.regnet.ResBottleneckBlock", [4]],
  // ResBottleneckBlock constructor (ast)
  ["torchvision.models.resnet.BasicBlock", [7]],
  // BasicBlock constructor (ast)
  ["torchvision.models.resnet.Bottleneck", [7]],
  // Bottleneck constructor (ast)
  ["torchvision.models.resnet.ResNet", [0, 1, 2, 4, 5, 7]],
  // ResNet constructor (ast)
  ["torchvision.models.shufflenetv2.InvertedResidual", [0, 1, 2]],
  // InvertedResidual constructor (ast)
  ["torchvision.models.shufflenetv2.ShuffleNetV2", [0, 1, 2, 3]],
  // ShuffleNetV2 constructor (ast)
  ["torchvision.models.squeezenet.SqueezeNet", [1, 2]],
  // SqueezeNet constructor (ast)
  ["torchvision.models.swin_transformer.PatchMerging", [0, 1]],
  // PatchMerging constructor (ast)
  ["torchvision.models.swin_transformer.PatchMergingV2", [0, 1]],
  // PatchMergingV2 constructor (ast)
  ["torchvision.models.swin_transformer.ShiftedWindowAttention", [0, 1, 2, 3, 6, 7]],
  // ShiftedWindowAttention constructor (ast)
  ["torchvision.models.swin_transformer.ShiftedWindowAttentionV2", [3]],
  // ShiftedWindowAttentionV2 constructor (ast)
  ["torchvision.models.swin_transformer.SwinTransformer", [1, 2, 9, 10, 11, 12]],
  // SwinTransformer constructor (ast)
  ["torchvision.models.swin_transformer.SwinTransformerBlock", [0, 1, 2, 3, 4, 5, 7, 8, 9]],
  // SwinTransformerBlock constructor (ast)
  ["torchvision.models.vgg.VGG", [0, 1, 3]],
  // VGG constructor (ast)
  ["torchvision.models.video.mvit.MViT", [2, 7, 10, 11, 12]],
  // MViT constructor (ast)
  ["torchvision.models.video.mvit.MultiscaleAttention", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]],
  // MultiscaleAttention constructor (ast)
  ["torchvision.models.video.mvit.MultiscaleBlock", [0, 1, 2, 3, 5, 6, 8]],
  // MultiscaleBlock constructor (ast)
  ["torchvision.models.video.resnet.BasicBlock", [2]],
  // BasicBlock constructor (ast)
  ["torchvision.models.video.resnet.VideoResNet", [0, 1, 2, 3, 4]],
  // VideoResNet constructor (ast)
  ["torchvision.models.video.s3d.S3D", [1]],
  // S3D constructor (ast)
  ["torchvision.models.vision_transformer.Encoder", [0, 2, 3, 5, 6, 7]],
  // Encoder constructor (ast)
  ["torchvision.models.vision_transformer.EncoderBlock", [0, 1, 3, 4, 5]],
  // EncoderBlock constructor (ast)
  ["torchvision.models.vision_transformer.VisionTransformer", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  // VisionTransformer constructor (ast)
  ["torchvision.ops.boxes.box_iou", [0, 1]],
  // box_iou (ast)
  ["torchvision.ops.feature_pyramid_network.FeaturePyramidNetwork", [2]],
  // FeaturePyramidNetwork constructor (ast)
  ["torchvision.ops.feature_pyramid_network.LastLevelP6P7", [0, 1]],
  // LastLevelP6P7 constructor (ast)
  ["torchvision.ops.misc.MLP", [0, 1, 2, 3, 6]],
  // MLP constructor (ast)
  ["torchvision.ops.misc.SqueezeExcitation", [2, 3]],
  // SqueezeExcitation constructor (ast)
  ["xgboost.core.Booster", [1, 2]]
  // Booster constructor (ast)
]);
var MODULE_ALIASES = [
  ["sklearn._loss.loss", "sklearn._loss._loss"],
  ["torch.nn.intrinsic", "torch.ao.nn.intrinsic"],
  ["torch.nn.qat", "torch.ao.nn.qat"],
  ["torch.nn.quantizable", "torch.ao.nn.quantizable"],
  ["torch.nn.quantized", "torch.ao.nn.quantized"],
  ["torch.quantization", "torch.ao.quantization"]
];
var FORWARDERS = withModuleAliases(
  AUDITED,
  MODULE_ALIASES,
  DERIVED_ALLOWLIST
);
var passiveAggressiveClassifierState = ["classes_", "loss", "random_state"];
var shiftedWindowAttentionState = ["num_heads", "relative_position_bias_table", "window_size"];
var timedeltaArrayState = ["_assert_tzawareness_compat", "_require_matching_freq", "tz_localize"];
var fractionalMaxPool2dState = ["kernel_size", "output_ratio", "output_size", "return_indices"];
var inceptionBState = ["branch3x3", "branch3x3dbl_1", "branch3x3dbl_2", "branch3x3dbl_3"];
var instanceNorm1dState = ["bias", "running_mean", "running_var", "weight"];
var quantizableMobileNetV2State = ["classifier", "dequant", "features", "quant"];
var residualBlockState = ["convnormrelu1", "convnormrelu2", "downsample", "relu"];
var gradientBoostingClassifierState = [
  "_rng",
  "estimators_",
  "oob_improvement_",
  "train_score_",
  "validation_fraction"
];
var gridSearchCVState = ["_parameter_constraints", "cv", "estimator", "scorer_", "scoring"];
var mLPRegressorState = ["_random_state", "batch_size", "coefs_", "intercepts_", "validation_fraction"];
var quantizableSqueezeExcitationState = ["activation", "avgpool", "fc1", "fc2", "scale_activation"];
var retinaNetState = ["anchor_generator", "backbone", "head", "proposal_matcher", "transform"];
var swinTransformerBlockState = ["attn", "mlp", "norm1", "norm2", "stochastic_depth"];
var basicBlockState = ["bn1", "bn2", "conv1", "conv2", "downsample", "relu"];
var ellipticEnvelopeState = [
  "T",
  "covariance_",
  "dist_",
  "raw_covariance_",
  "support_",
  "support_fraction"
];
var embeddingState = [
  "weight",
  "weight_axis",
  "weight_dtype",
  "weight_qscheme",
  "weight_scale",
  "weight_zero_point"
];
var inceptionDState = [
  "branch3x3_1",
  "branch3x3_2",
  "branch7x7x3_1",
  "branch7x7x3_2",
  "branch7x7x3_3",
  "branch7x7x3_4"
];
var conv1dState = keysWith(embeddingState, "bias");
var histGradientBoostingRegressorState = [
  "_loss",
  "_predictors",
  "_random_seed",
  "_scorer",
  "monotonic_cst",
  "scoring",
  "validation_fraction"
];
var inceptionAState = [
  "branch1x1",
  "branch3x3dbl_1",
  "branch3x3dbl_2",
  "branch3x3dbl_3",
  "branch5x5_1",
  "branch5x5_2",
  "branch_pool"
];
var shuffleNetV2State = ["conv1", "conv5", "fc", "maxpool", "stage2", "stage3", "stage4"];
var bottleneckState = keysWith(basicBlockState, "bn3", "conv3");
var multiheadAttentionState2 = [
  "bias_k",
  "bias_v",
  "in_proj_bias",
  "in_proj_weight",
  "k_proj_weight",
  "num_heads",
  "q_proj_weight",
  "v_proj_weight"
];
var inceptionEState = [
  "branch1x1",
  "branch3x3_1",
  "branch3x3_2a",
  "branch3x3_2b",
  "branch3x3dbl_1",
  "branch3x3dbl_2",
  "branch3x3dbl_3a",
  "branch3x3dbl_3b",
  "branch_pool"
];
var transformerEncoderLayerState = [
  "activation",
  "dropout",
  "dropout1",
  "dropout2",
  "linear1",
  "linear2",
  "norm1",
  "norm2",
  "self_attn"
];
var inceptionCState = [
  "branch1x1",
  "branch7x7_1",
  "branch7x7_2",
  "branch7x7_3",
  "branch7x7dbl_1",
  "branch7x7dbl_2",
  "branch7x7dbl_3",
  "branch7x7dbl_4",
  "branch7x7dbl_5",
  "branch_pool"
];
var resNetState = [
  "avgpool",
  "bn1",
  "conv1",
  "fc",
  "layer1",
  "layer2",
  "layer3",
  "layer4",
  "maxpool",
  "relu"
];
var multiheadAttentionState = keysWith(
  multiheadAttentionState2,
  "dequant_k",
  "dequant_q",
  "dequant_v",
  "linear_K",
  "linear_Q",
  "linear_V",
  "out_proj",
  "quant_attn_output",
  "quant_attn_output_weights"
);
var googLeNetState = [
  "aux1",
  "aux2",
  "avgpool",
  "conv1",
  "conv2",
  "conv3",
  "dropout",
  "fc",
  "inception3a",
  "inception3b",
  "inception4a",
  "inception4b",
  "inception4c",
  "inception4d",
  "inception4e",
  "inception5a",
  "inception5b",
  "maxpool1",
  "maxpool2",
  "maxpool3",
  "maxpool4"
];
var inception3State = [
  "AuxLogits",
  "Conv2d_1a_3x3",
  "Conv2d_2a_3x3",
  "Conv2d_2b_3x3",
  "Conv2d_3b_1x1",
  "Conv2d_4a_3x3",
  "Mixed_5b",
  "Mixed_5c",
  "Mixed_5d",
  "Mixed_6a",
  "Mixed_6b",
  "Mixed_6c",
  "Mixed_6d",
  "Mixed_6e",
  "Mixed_7a",
  "Mixed_7b",
  "Mixed_7c",
  "avgpool",
  "dropout",
  "fc",
  "maxpool1",
  "maxpool2"
];
var GROUPED_BUILD = [
  [
    ["*"],
    [
      "functools.partial",
      "pandas._libs.interval.Interval",
      "pandas._libs.sparse.IntIndex",
      "pandas._libs.tslibs.period.Period",
      "pandas.core.arrays.interval.Interval",
      "pandas.core.arrays.period.Period",
      "pandas.core.arrays.sparse.IntIndex",
      "pandas.core.indexes.interval.Interval",
      "pandas.core.indexes.period.Period",
      "scipy.spatial._ckdtree.cKDTree",
      "scipy.spatial.transform._rotation.Rotation",
      "sklearn._loss._loss.CyAbsoluteError",
      "sklearn._loss._loss.CyHalfBinomialLoss",
      "sklearn._loss._loss.CyHalfGammaLoss",
      "sklearn._loss._loss.CyHalfMultinomialLoss",
      "sklearn._loss._loss.CyHalfPoissonLoss",
      "sklearn._loss._loss.CyHalfSquaredError",
      "sklearn._loss._loss.CyHalfTweedieLoss",
      "sklearn._loss._loss.CyHalfTweedieLossIdentity",
      "sklearn._loss._loss.CyPinballLoss",
      "sklearn.linear_model._sgd_fast.EpsilonInsensitive",
      "sklearn.linear_model._sgd_fast.Hinge",
      "sklearn.linear_model._sgd_fast.Huber",
      "sklearn.linear_model._sgd_fast.Log",
      "sklearn.linear_model._sgd_fast.ModifiedHuber",
      "sklearn.linear_model._sgd_fast.SquaredEpsilonInsensitive",
      "sklearn.linear_model._sgd_fast.SquaredHinge",
      "sklearn.linear_model._sgd_fast.SquaredLoss",
      "sklearn.metrics._dist_metrics.BrayCurtisDistance",
      "sklearn.metrics._dist_metrics.BrayCurtisDistance32",
      "sklearn.metrics._dist_metrics.CanberraDistance",
      "sklearn.metrics._dist_metrics.CanberraDistance32",
      "sklearn.metrics._dist_metrics.ChebyshevDistance",
      "sklearn.metrics._dist_metrics.ChebyshevDistance32",
      "sklearn.metrics._dist_metrics.DiceDistance",
      "sklearn.metrics._dist_metrics.DiceDistance32",
      "sklearn.metrics._dist_metrics.EuclideanDistance",
      "sklearn.metrics._dist_metrics.EuclideanDistance32",
      "sklearn.metrics._dist_metrics.HammingDistance",
      "sklearn.metrics._dist_metrics.HammingDistance32",
      "sklearn.metrics._dist_metrics.HaversineDistance",
      "sklearn.metrics._dist_metrics.HaversineDistance32",
      "sklearn.metrics._dist_metrics.JaccardDistance",
      "sklearn.metrics._dist_metrics.JaccardDistance32",
      "sklearn.metrics._dist_metrics.MahalanobisDistance",
      "sklearn.metrics._dist_metrics.MahalanobisDistance32",
      "sklearn.metrics._dist_metrics.ManhattanDistance",
      "sklearn.metrics._dist_metrics.ManhattanDistance32",
      "sklearn.metrics._dist_metrics.MatchingDistance",
      "sklearn.metrics._dist_metrics.MatchingDistance32",
      "sklearn.metrics._dist_metrics.RogersTanimotoDistance",
      "sklearn.metrics._dist_metrics.RogersTanimotoDistance32",
      "sklearn.metrics._dist_metrics.RussellRaoDistance",
      "sklearn.metrics._dist_metrics.RussellRaoDistance32",
      "sklearn.metrics._dist_metrics.SEuclideanDistance",
      "sklearn.metrics._dist_metrics.SEuclideanDistance32",
      "sklearn.metrics._dist_metrics.SokalMichenerDistance",
      "sklearn.metrics._dist_metrics.SokalMichenerDistance32",
      "sklearn.metrics._dist_metrics.SokalSneathDistance",
      "sklearn.metrics._dist_metrics.SokalSneathDistance32",
      "sklearn.metrics._dist_metrics.WMinkowskiDistance",
      "sklearn.metrics._dist_metrics.WMinkowskiDistance32",
      "sklearn.neighbors._ball_tree.BallTree",
      "sklearn.neighbors._kd_tree.KDTree",
      "sklearn.tree._tree.Tree",
      "torch.ao.nn.quantized.dynamic.modules.conv.Conv1d",
      "torch.ao.nn.quantized.dynamic.modules.conv.Conv2d",
      "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose1d",
      "torch.ao.nn.quantized.dynamic.modules.conv.ConvTranspose2d",
      "torch.ao.nn.quantized.modules.conv.Conv1d",
      "torch.ao.nn.quantized.modules.conv.Conv2d",
      "torch.ao.nn.quantized.modules.conv.ConvTranspose1d",
      "torch.ao.nn.quantized.modules.conv.ConvTranspose2d",
      "torch.ao.nn.quantized.reference.modules.rnn.LSTM",
      "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU1d",
      "torch.nn.intrinsic.quantized.modules.conv_relu.ConvReLU2d",
      "torch.nn.modules.rnn.GRU",
      "torch.nn.modules.rnn.LSTM",
      "torch.nn.modules.rnn.RNN",
      "torch.nn.modules.rnn.RNNBase",
      "torch.nn.parameter.UninitializedBuffer",
      "torch.nn.parameter.UninitializedParameter",
      "torch.nn.quantized._reference.modules.rnn.LSTM",
      "xgboost.core.Booster"
    ]
  ],
  [
    ["_storage"],
    [
      "torch.BFloat16Storage",
      "torch.BoolStorage",
      "torch.ByteStorage",
      "torch.CharStorage",
      "torch.ComplexDoubleStorage",
      "torch.ComplexFloatStorage",
      "torch.DoubleStorage",
      "torch.FloatStorage",
      "torch.HalfStorage",
      "torch.IntStorage",
      "torch.LongStorage",
      "torch.QInt32Storage",
      "torch.QInt8Storage",
      "torch.QUInt4x2Storage",
      "torch.QUInt8Storage",
      "torch.ShortStorage"
    ]
  ],
  [
    instanceNorm1dState,
    [
      "torch.ao.nn.quantized.modules.normalization.InstanceNorm1d",
      "torch.ao.nn.quantized.modules.normalization.InstanceNorm2d",
      "torch.ao.nn.quantized.modules.normalization.InstanceNorm3d",
      "torch.nn.modules.instancenorm.InstanceNorm1d",
      "torch.nn.modules.instancenorm.InstanceNorm2d",
      "torch.nn.modules.instancenorm.InstanceNorm3d",
      "torch.nn.modules.instancenorm.LazyInstanceNorm1d",
      "torch.nn.modules.instancenorm.LazyInstanceNorm2d",
      "torch.nn.modules.instancenorm.LazyInstanceNorm3d"
    ]
  ],
  [
    ["bias", "weight"],
    [
      "torch.ao.nn.quantized.modules.batchnorm.BatchNorm2d",
      "torch.ao.nn.quantized.modules.batchnorm.BatchNorm3d",
      "torch.ao.nn.quantized.modules.normalization.GroupNorm",
      "torch.ao.nn.quantized.modules.normalization.LayerNorm",
      "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU2d",
      "torch.nn.intrinsic.quantized.modules.bn_relu.BNReLU3d",
      "torch.nn.modules.batchnorm.BatchNorm1d",
      "torch.nn.modules.batchnorm.BatchNorm2d",
      "torch.nn.modules.batchnorm.BatchNorm3d",
      "torch.nn.modules.batchnorm.LazyBatchNorm1d",
      "torch.nn.modules.batchnorm.LazyBatchNorm2d",
      "torch.nn.modules.batchnorm.LazyBatchNorm3d",
      "torch.nn.modules.batchnorm.SyncBatchNorm",
      "torch.nn.modules.conv.Conv1d",
      "torch.nn.modules.conv.Conv2d",
      "torch.nn.modules.conv.Conv3d",
      "torch.nn.modules.conv.ConvTranspose1d",
      "torch.nn.modules.conv.ConvTranspose2d",
      "torch.nn.modules.conv.ConvTranspose3d",
      "torch.nn.modules.conv.LazyConv1d",
      "torch.nn.modules.conv.LazyConv2d",
      "torch.nn.modules.conv.LazyConv3d",
      "torch.nn.modules.conv.LazyConvTranspose1d",
      "torch.nn.modules.conv.LazyConvTranspose2d",
      "torch.nn.modules.conv.LazyConvTranspose3d",
      "torch.nn.modules.linear.Bilinear",
      "torch.nn.modules.linear.LazyLinear",
      "torch.nn.modules.linear.Linear",
      "torch.nn.modules.linear.NonDynamicallyQuantizableLinear",
      "torch.nn.modules.normalization.GroupNorm",
      "torch.nn.modules.normalization.LayerNorm",
      "torchvision.models.convnext.LayerNorm2d",
      "torchvision.models.video.resnet.Conv3DNoTemporal",
      "torchvision.models.video.resnet.Conv3DSimple"
    ]
  ],
  [
    conv1dState,
    [
      "torch.ao.nn.quantized.reference.modules.conv.Conv1d",
      "torch.ao.nn.quantized.reference.modules.conv.Conv2d",
      "torch.ao.nn.quantized.reference.modules.conv.Conv3d",
      "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose1d",
      "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose2d",
      "torch.ao.nn.quantized.reference.modules.conv.ConvTranspose3d",
      "torch.ao.nn.quantized.reference.modules.linear.Linear",
      "torch.nn.quantized._reference.modules.conv.Conv1d",
      "torch.nn.quantized._reference.modules.conv.Conv2d",
      "torch.nn.quantized._reference.modules.conv.Conv3d",
      "torch.nn.quantized._reference.modules.conv.ConvTranspose1d",
      "torch.nn.quantized._reference.modules.conv.ConvTranspose2d",
      "torch.nn.quantized._reference.modules.conv.ConvTranspose3d",
      "torch.nn.quantized._reference.modules.linear.Linear"
    ]
  ],
  [
    ["weight"],
    [
      "torch.nn.modules.loss.BCELoss",
      "torch.nn.modules.loss.CrossEntropyLoss",
      "torch.nn.modules.loss.MultiLabelSoftMarginLoss",
      "torch.nn.modules.loss.MultiMarginLoss",
      "torch.nn.modules.loss.NLLLoss",
      "torch.nn.modules.loss.NLLLoss2d",
      "torch.nn.modules.sparse.Embedding",
      "torch.nn.modules.sparse.EmbeddingBag"
    ]
  ]
];
var AUDITED_BUILD = new Map([
  ["joblib.numpy_pickle.NumpyArrayWrapper", ["dtype", "order", "shape"]],
  ["numpy.core.getlimits.MachArLike", ["ftype"]],
  ["numpy.ma.core.MaskedArray", ["*", "_mask"]],
  ["numpy.polynomial.Polynomial", ["coef"]],
  ["numpy.polynomial.chebyshev.Chebyshev", ["astype", "coef"]],
  ["numpy.polynomial.hermite.Hermite", ["astype", "coef"]],
  ["numpy.polynomial.hermite_e.HermiteE", ["astype", "coef"]],
  ["numpy.polynomial.laguerre.Laguerre", ["astype", "coef"]],
  ["numpy.polynomial.legendre.Legendre", ["astype", "coef"]],
  ["numpy.polynomial.polynomial.Polynomial", ["coef"]],
  ["omegaconf.dictconfig.DictConfig", ["*", "__set_impl"]],
  ["omegaconf.listconfig.ListConfig", ["*", "_to_object", "_validate_merge", "keys"]],
  ["omegaconf.nodes.AnyNode", ["_metadata"]],
  ["omegaconf.nodes.FloatNode", ["_metadata"]],
  ["omegaconf.nodes.IntegerNode", ["_metadata"]],
  ["omegaconf.nodes.StringNode", ["_metadata"]],
  ["pandas.core.arrays.boolean.BooleanArray", ["_data", "_mask"]],
  ["pandas.core.arrays.datetimes.DatetimeArray", ["_require_matching_freq"]],
  ["pandas.core.arrays.floating.FloatingArray", ["_data", "_mask"]],
  ["pandas.core.arrays.integer.IntegerArray", ["_data", "_mask"]],
  ["pandas.core.arrays.interval.IntervalArray", ["_left", "_right"]],
  ["pandas.core.arrays.period.PeriodArray", ["_assert_tzawareness_compat"]],
  ["pandas.core.arrays.sparse.array.SparseArray", ["*", "_dtype"]],
  ["pandas.core.arrays.timedeltas.TimedeltaArray", timedeltaArrayState],
  [
    "pandas.core.frame.DataFrame",
    ["_convert_dtypes", "_mgr", "_reindex_indexer", "_replace_single", "dtype", "to_frame"]
  ],
  ["pandas.core.indexes.base.Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.category.CategoricalIndex", ["_data", "tz_convert"]],
  ["pandas.core.indexes.datetimes.DatetimeArray", ["_require_matching_freq"]],
  ["pandas.core.indexes.datetimes.DatetimeIndex", ["_data", "categories"]],
  ["pandas.core.indexes.interval.IntervalArray", ["_left", "_right"]],
  ["pandas.core.indexes.interval.IntervalIndex", ["_data", "categories", "tz_convert"]],
  ["pandas.core.indexes.multi.MultiIndex", ["categories", "tz_convert"]],
  ["pandas.core.indexes.numeric.Float64Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.numeric.Int64Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.numeric.UInt64Index", ["categories", "tz_convert"]],
  ["pandas.core.indexes.period.PeriodArray", ["_assert_tzawareness_compat"]],
  ["pandas.core.indexes.period.PeriodIndex", ["_data", "categories", "tz_convert"]],
  ["pandas.core.indexes.range.RangeIndex", ["categories", "tz_convert"]],
  ["pandas.core.indexes.timedeltas.TimedeltaArray", timedeltaArrayState],
  ["pandas.core.indexes.timedeltas.TimedeltaIndex", ["_data", "categories", "tz_convert"]],
  ["pandas.core.internals.base.Index", ["categories", "tz_convert"]],
  ["pandas.core.internals.managers.SingleBlockManager", ["*", "_rebuild_blknos_and_blklocs"]],
  ["pandas.core.series.Series", ["_constructor_sliced", "_mgr", "_replace_columnwise", "columns"]],
  ["pandas.core.tools.datetimes.DatetimeArray", ["_require_matching_freq"]],
  ["pandas.core.tools.datetimes.DatetimeIndex", ["_data", "categories"]],
  ["scipy.interpolate._bsplines.BSpline", ["c", "t"]],
  ["scipy.sparse._arrays.bsr_array", ["_swap", "indices", "indptr"]],
  ["scipy.sparse._arrays.coo_array", ["col", "row"]],
  ["scipy.sparse._arrays.csc_array", ["indices", "indptr"]],
  ["scipy.sparse._arrays.csr_array", ["indices", "indptr"]],
  ["scipy.sparse._arrays.dia_array", ["offsets", "sum_duplicates"]],
  ["scipy.sparse._arrays.lil_array", ["data", "rows"]],
  ["scipy.sparse._bsr.bsr_matrix", ["_swap", "indices", "indptr"]],
  ["scipy.sparse._coo.coo_matrix", ["col", "row"]],
  ["scipy.sparse._csc.csc_matrix", ["indices", "indptr"]],
  ["scipy.sparse._csr.csr_matrix", ["indices", "indptr"]],
  ["scipy.sparse._dia.dia_matrix", ["offsets", "sum_duplicates"]],
  ["scipy.sparse._lil.lil_matrix", ["data", "rows"]],
  ["sklearn.calibration.CalibratedClassifierCV", ["classes_", "cv", "estimator"]],
  ["sklearn.calibration._CalibratedClassifier", ["estimator"]],
  ["sklearn.calibration._SigmoidCalibration", ["_parameter_constraints"]],
  [
    "sklearn.cluster._affinity_propagation.AffinityPropagation",
    ["affinity_matrix_", "cluster_centers_", "convergence_iter", "damping"]
  ],
  ["sklearn.cluster._agglomerative.AgglomerativeClustering", ["children_", "connectivity", "memory"]],
  [
    "sklearn.cluster._agglomerative.FeatureAgglomeration",
    ["children_", "connectivity", "labels_", "memory", "pooling_func"]
  ],
  ["sklearn.cluster._bicluster.SpectralBiclustering", ["n_svd_vecs", "random_state"]],
  ["sklearn.cluster._bicluster.SpectralCoclustering", ["n_clusters", "n_svd_vecs", "random_state"]],
  ["sklearn.cluster._birch.Birch", ["root_", "subcluster_centers_"]],
  [
    "sklearn.cluster._bisect_k_means.BisectingKMeans",
    ["_bisecting_tree", "_kmeans_single", "_random_state", "cluster_centers_", "init"]
  ],
  ["sklearn.cluster._kmeans.KMeans", ["cluster_centers_", "init"]],
  ["sklearn.cluster._kmeans.MiniBatchKMeans", ["_counts", "_random_state", "cluster_centers_", "init"]],
  ["sklearn.cluster._mean_shift.MeanShift", ["cluster_centers_"]],
  ["sklearn.cluster._optics.OPTICS", ["core_distances_", "memory", "ordering_", "reachability_", "xi"]],
  [
    "sklearn.cluster._spectral.SpectralClustering",
    ["affinity", "affinity_matrix_", "eigen_tol", "n_clusters", "n_components"]
  ],
  ["sklearn.compose._column_transformer.ColumnTransformer", ["_parameter_constraints"]],
  ["sklearn.compose._target.TransformedTargetRegressor", ["regressor", "transformer"]],
  ["sklearn.covariance._elliptic_envelope.EllipticEnvelope", ellipticEnvelopeState],
  ["sklearn.covariance._empirical_covariance.EmpiricalCovariance", ["covariance_"]],
  ["sklearn.covariance._graph_lasso.GraphicalLasso", ["alpha", "covariance_", "enet_tol", "max_iter"]],
  ["sklearn.covariance._graph_lasso.GraphicalLassoCV", ["covariance_", "cv", "enet_tol", "max_iter"]],
  ["sklearn.covariance._robust_covariance.MinCovDet", ellipticEnvelopeState],
  ["sklearn.covariance._shrunk_covariance.LedoitWolf", ["covariance_"]],
  ["sklearn.covariance._shrunk_covariance.OAS", ["covariance_"]],
  ["sklearn.covariance._shrunk_covariance.ShrunkCovariance", ["covariance_"]],
  [
    "sklearn.decomposition._dict_learning.DictionaryLearning",
    ["code_init", "components_", "dict_init", "transform_n_nonzero_coefs"]
  ],
  [
    "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
    ["_random_state", "alpha", "callback", "components_", "transform_n_nonzero_coefs"]
  ],
  [
    "sklearn.decomposition._dict_learning.SparseCoder",
    ["_parameter_constraints", "components_", "transform_n_nonzero_coefs"]
  ],
  ["sklearn.decomposition._fastica.FastICA", ["components_", "fun"]],
  ["sklearn.decomposition._incremental_pca.IncrementalPCA", ["n_samples_seen_", "noise_variance_"]],
  [
    "sklearn.decomposition._kernel_pca.KernelPCA",
    [
      "X_fit_",
      "X_transformed_fit_",
      "eigenvalues_",
      "eigenvectors_",
      "kernel",
      "max_iter",
      "random_state",
      "tol"
    ]
  ],
  ["sklearn.decomposition._lda.LatentDirichletAllocation", ["total_samples"]],
  [
    "sklearn.decomposition._nmf.MiniBatchNMF",
    [
      "_beta_loss",
      "_components_denominator",
      "_components_numerator",
      "_gamma",
      "_rho",
      "components_",
      "random_state"
    ]
  ],
  ["sklearn.decomposition._nmf.NMF", ["_beta_loss", "components_", "random_state"]],
  ["sklearn.decomposition._pca.PCA", ["noise_variance_", "tol"]],
  ["sklearn.decomposition._sparse_pca.MiniBatchSparsePCA", ["components_", "ridge_alpha"]],
  ["sklearn.decomposition._sparse_pca.SparsePCA", ["components_", "ridge_alpha"]],
  ["sklearn.decomposition._truncated_svd.TruncatedSVD", ["n_components", "tol"]],
  [
    "sklearn.discriminant_analysis.LinearDiscriminantAnalysis",
    ["covariance_", "covariance_estimator", "shrinkage"]
  ],
  ["sklearn.dummy.DummyClassifier", ["constant", "random_state"]],
  ["sklearn.dummy.DummyRegressor", ["constant", "constant_"]],
  ["sklearn.ensemble._bagging.BaggingClassifier", ["max_samples", "n_estimators", "n_jobs"]],
  ["sklearn.ensemble._bagging.BaggingRegressor", ["max_samples", "n_estimators", "n_jobs"]],
  ["sklearn.ensemble._forest.ExtraTreesClassifier", ["n_estimators", "n_jobs", "oob_decision_function_"]],
  ["sklearn.ensemble._forest.ExtraTreesRegressor", ["n_estimators", "n_jobs", "oob_prediction_"]],
  ["sklearn.ensemble._forest.RandomForestClassifier", ["n_estimators", "n_jobs", "oob_decision_function_"]],
  ["sklearn.ensemble._forest.RandomForestRegressor", ["n_estimators", "n_jobs", "oob_prediction_"]],
  ["sklearn.ensemble._forest.RandomTreesEmbedding", ["_get_oob_predictions"]],
  ["sklearn.ensemble._gb.GradientBoostingClassifier", gradientBoostingClassifierState],
  ["sklearn.ensemble._gb.GradientBoostingRegressor", gradientBoostingClassifierState],
  ["sklearn.ensemble._gb_losses.QuantileLossFunction", ["percentile"]],
  [
    "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
    ["_parameter_constraints", "is_categorical_"]
  ],
  [
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
    keysWith(histGradientBoostingRegressorState, "class_weight")
  ],
  [
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
    histGradientBoostingRegressorState
  ],
  ["sklearn.ensemble._iforest.IsolationForest", ["max_samples", "n_jobs"]],
  ["sklearn.ensemble._stacking.StackingClassifier", ["cv", "final_estimator", "final_estimator_"]],
  ["sklearn.ensemble._stacking.StackingRegressor", ["cv", "final_estimator", "final_estimator_"]],
  ["sklearn.feature_extraction._dict_vectorizer.DictVectorizer", ["dtype"]],
  ["sklearn.feature_extraction.image.PatchExtractor", ["random_state"]],
  ["sklearn.feature_extraction.text.CountVectorizer", ["token_pattern"]],
  ["sklearn.feature_extraction.text.HashingVectorizer", ["token_pattern"]],
  ["sklearn.feature_extraction.text.TfidfVectorizer", ["token_pattern"]],
  [
    "sklearn.feature_selection._from_model.SelectFromModel",
    ["estimator", "estimator_", "importance_getter", "max_features"]
  ],
  ["sklearn.feature_selection._rfe.RFE", ["estimator", "importance_getter"]],
  ["sklearn.feature_selection._rfe.RFECV", ["cv", "estimator", "importance_getter", "scoring"]],
  ["sklearn.feature_selection._sequential.SequentialFeatureSelector", ["cv", "estimator", "scoring"]],
  ["sklearn.feature_selection._univariate_selection.GenericUnivariateSelect", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectFdr", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectFpr", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectFwe", ["score_func"]],
  ["sklearn.feature_selection._univariate_selection.SelectKBest", ["score_func", "scores_"]],
  ["sklearn.feature_selection._univariate_selection.SelectPercentile", ["score_func", "scores_"]],
  [
    "sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace",
    ["L_", "_parameter_constraints", "kernel", "kernel_", "optimizer"]
  ],
  [
    "sklearn.gaussian_process._gpr.GaussianProcessRegressor",
    ["L_", "alpha", "kernel", "kernel_", "optimizer", "y_train_"]
  ],
  ["sklearn.gaussian_process.kernels.Exponentiation", ["kernel"]],
  ["sklearn.gaussian_process.kernels.Matern", ["length_scale"]],
  ["sklearn.gaussian_process.kernels.PairwiseKernel", ["metric"]],
  ["sklearn.gaussian_process.kernels.Product", ["k1", "k2"]],
  ["sklearn.gaussian_process.kernels.RBF", ["length_scale"]],
  ["sklearn.gaussian_process.kernels.Sum", ["k1", "k2"]],
  ["sklearn.impute._base.MissingIndicator", ["features_"]],
  ["sklearn.impute._base.SimpleImputer", ["missing_values", "statistics_"]],
  ["sklearn.impute._iterative.IterativeImputer", ["_estimator", "estimator", "max_value", "min_value"]],
  ["sklearn.impute._knn.KNNImputer", ["_fit_X", "_mask_fit_X", "metric", "weights"]],
  ["sklearn.isotonic.IsotonicRegression", ["X_thresholds_", "f_", "y_thresholds_"]],
  ["sklearn.kernel_approximation.Nystroem", ["components_", "kernel"]],
  ["sklearn.kernel_approximation.RBFSampler", ["random_weights_"]],
  ["sklearn.kernel_approximation.SkewedChi2Sampler", ["random_weights_"]],
  ["sklearn.kernel_ridge.KernelRidge", ["X_fit_", "kernel"]],
  ["sklearn.linear_model._coordinate_descent.ElasticNet", ["precompute"]],
  ["sklearn.linear_model._coordinate_descent.ElasticNetCV", ["cv", "eps", "fit_intercept", "n_alphas"]],
  ["sklearn.linear_model._coordinate_descent.Lasso", ["precompute"]],
  ["sklearn.linear_model._coordinate_descent.LassoCV", ["cv", "eps", "fit_intercept", "n_alphas"]],
  ["sklearn.linear_model._coordinate_descent.MultiTaskElasticNet", ["precompute"]],
  [
    "sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV",
    ["cv", "eps", "fit_intercept", "n_alphas"]
  ],
  ["sklearn.linear_model._coordinate_descent.MultiTaskLasso", ["precompute"]],
  ["sklearn.linear_model._coordinate_descent.MultiTaskLassoCV", ["cv", "eps", "fit_intercept", "n_alphas"]],
  ["sklearn.linear_model._glm.GammaRegressor", ["solver"]],
  ["sklearn.linear_model._glm.PoissonRegressor", ["solver"]],
  ["sklearn.linear_model._glm.TweedieRegressor", ["solver"]],
  ["sklearn.linear_model._glm.glm.GammaRegressor", ["solver"]],
  ["sklearn.linear_model._glm.glm.PoissonRegressor", ["solver"]],
  ["sklearn.linear_model._glm.glm.TweedieRegressor", ["solver"]],
  ["sklearn.linear_model._huber.HuberRegressor", ["coef_"]],
  ["sklearn.linear_model._least_angle.Lars", ["eps", "precompute"]],
  ["sklearn.linear_model._least_angle.LarsCV", ["cv", "eps", "max_iter", "precompute"]],
  ["sklearn.linear_model._least_angle.LassoLars", ["eps", "precompute"]],
  ["sklearn.linear_model._least_angle.LassoLarsCV", ["cv", "eps", "max_iter", "precompute"]],
  ["sklearn.linear_model._least_angle.LassoLarsIC", ["criterion_", "eps", "max_iter", "precompute"]],
  ["sklearn.linear_model._logistic.LogisticRegression", ["random_state"]],
  [
    "sklearn.linear_model._logistic.LogisticRegressionCV",
    ["C_", "cv", "fit_intercept", "l1_ratio_", "max_iter", "n_iter_", "penalty", "random_state", "tol"]
  ],
  ["sklearn.linear_model._omp.OrthogonalMatchingPursuit", ["n_nonzero_coefs_", "precompute", "tol"]],
  ["sklearn.linear_model._omp.OrthogonalMatchingPursuitCV", ["cv"]],
  ["sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier", passiveAggressiveClassifierState],
  ["sklearn.linear_model._perceptron.Perceptron", passiveAggressiveClassifierState],
  ["sklearn.linear_model._ransac.RANSACRegressor", ["estimator", "is_data_valid", "is_model_valid"]],
  ["sklearn.linear_model._ridge.Ridge", ["alpha", "max_iter", "random_state", "tol"]],
  [
    "sklearn.linear_model._ridge.RidgeClassifier",
    ["alpha", "class_weight", "max_iter", "random_state", "tol"]
  ],
  ["sklearn.linear_model._ridge.RidgeClassifierCV", ["class_weight"]],
  ["sklearn.linear_model._stochastic_gradient.SGDClassifier", passiveAggressiveClassifierState],
  ["sklearn.linear_model._stochastic_gradient.SGDOneClassSVM", ["loss"]],
  ["sklearn.manifold._isomap.Isomap", ["nbrs_"]],
  [
    "sklearn.manifold._locally_linear.LocallyLinearEmbedding",
    ["max_iter", "n_components", "n_neighbors", "nbrs_", "reg", "tol"]
  ],
  ["sklearn.manifold._mds.MDS", ["dissimilarity_matrix_", "n_components", "random_state"]],
  ["sklearn.manifold._spectral_embedding.SpectralEmbedding", ["affinity", "eigen_tol", "n_components"]],
  ["sklearn.manifold._t_sne.TSNE", ["metric", "perplexity", "verbose"]],
  [
    "sklearn.mixture._bayesian_mixture.BayesianGaussianMixture",
    [
      "covariance_prior",
      "covariance_prior_",
      "covariances_",
      "degrees_of_freedom_",
      "mean_prior",
      "means_",
      "n_components",
      "precisions_cholesky_",
      "weight_concentration_",
      "weights_"
    ]
  ],
  [
    "sklearn.mixture._gaussian_mixture.GaussianMixture",
    [
      "covariances_",
      "means_",
      "means_init",
      "n_components",
      "precisions_cholesky_",
      "precisions_init",
      "weights_init"
    ]
  ],
  ["sklearn.model_selection._search.GridSearchCV", gridSearchCVState],
  ["sklearn.model_selection._search.RandomizedSearchCV", gridSearchCVState],
  [
    "sklearn.model_selection._search_successive_halving.HalvingGridSearchCV",
    keysWith(gridSearchCVState, "_checked_cv_orig")
  ],
  ["sklearn.multiclass.OneVsOneClassifier", ["estimator"]],
  ["sklearn.multiclass.OneVsRestClassifier", ["estimator"]],
  ["sklearn.multiclass.OutputCodeClassifier", ["code_book_"]],
  ["sklearn.multiclass._ConstantPredictor", ["_parameter_constraints", "y_"]],
  ["sklearn.multioutput.ClassifierChain", ["base_estimator", "cv"]],
  ["sklearn.multioutput.RegressorChain", ["base_estimator", "cv"]],
  ["sklearn.naive_bayes.BernoulliNB", ["classes_"]],
  ["sklearn.naive_bayes.CategoricalNB", ["classes_", "max"]],
  ["sklearn.naive_bayes.ComplementNB", ["classes_"]],
  ["sklearn.naive_bayes.MultinomialNB", ["classes_"]],
  ["sklearn.neighbors._classification.KNeighborsClassifier", ["_fit_X", "effective_metric_", "weights"]],
  [
    "sklearn.neighbors._classification.RadiusNeighborsClassifier",
    ["_fit_X", "effective_metric_", "outlier_label", "weights"]
  ],
  ["sklearn.neighbors._graph.KNeighborsTransformer", ["_fit_X", "effective_metric_"]],
  ["sklearn.neighbors._graph.RadiusNeighborsTransformer", ["_fit_X", "effective_metric_"]],
  [
    "sklearn.neighbors._lof.LocalOutlierFactor",
    ["_distances_fit_X_", "_fit_X", "effective_metric_", "n_neighbors_", "negative_outlier_factor_"]
  ],
  ["sklearn.neighbors._nca.NeighborhoodComponentsAnalysis", ["callback"]],
  ["sklearn.neighbors._nearest_centroid.NearestCentroid", ["centroids_", "metric"]],
  ["sklearn.neighbors._regression.KNeighborsRegressor", ["_fit_X", "effective_metric_", "weights"]],
  ["sklearn.neighbors._regression.RadiusNeighborsRegressor", ["_fit_X", "effective_metric_", "weights"]],
  ["sklearn.neighbors._unsupervised.NearestNeighbors", ["_fit_X", "effective_metric_"]],
  ["sklearn.neural_network._multilayer_perceptron.MLPClassifier", keysWith(mLPRegressorState, "classes_")],
  ["sklearn.neural_network._multilayer_perceptron.MLPRegressor", mLPRegressorState],
  ["sklearn.neural_network._rbm.BernoulliRBM", ["intercept_visible_", "random_state_"]],
  ["sklearn.pipeline.FeatureUnion", ["_parameter_constraints"]],
  ["sklearn.pipeline.Pipeline", ["_parameter_constraints", "memory"]],
  ["sklearn.preprocessing._data.KernelCenterer", ["_parameter_constraints"]],
  ["sklearn.preprocessing._data.MaxAbsScaler", ["scale_"]],
  ["sklearn.preprocessing._data.QuantileTransformer", ["n_quantiles_", "quantiles_", "references_"]],
  ["sklearn.preprocessing._data.RobustScaler", ["quantile_range", "scale_"]],
  ["sklearn.preprocessing._data.StandardScaler", ["n_samples_seen_", "scale_"]],
  ["sklearn.preprocessing._encoders.OneHotEncoder", ["_n_features_outs"]],
  [
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
    ["accept_sparse", "func", "inverse_func"]
  ],
  ["sklearn.preprocessing._label.LabelBinarizer", ["classes_", "neg_label"]],
  ["sklearn.preprocessing._label.LabelEncoder", ["_parameter_constraints", "classes_"]],
  ["sklearn.preprocessing._polynomial.PolynomialFeatures", ["interaction_only"]],
  ["sklearn.preprocessing._polynomial.SplineTransformer", ["knots", "n_knots"]],
  ["sklearn.random_projection.GaussianRandomProjection", ["eps"]],
  ["sklearn.random_projection.SparseRandomProjection", ["density_", "eps"]],
  ["sklearn.semi_supervised._label_propagation.LabelPropagation", ["X_", "kernel", "label_distributions_"]],
  ["sklearn.semi_supervised._label_propagation.LabelSpreading", ["X_", "kernel", "label_distributions_"]],
  ["sklearn.semi_supervised._self_training.SelfTrainingClassifier", ["base_estimator"]],
  ["sklearn.svm._classes.LinearSVC", ["random_state"]],
  ["sklearn.svm._classes.LinearSVR", ["random_state"]],
  ["sklearn.svm._classes.NuSVC", ["_dual_coef_", "_n_support", "dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.NuSVR", ["_dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.OneClassSVM", ["_dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.SVC", ["_dual_coef_", "_n_support", "dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.svm._classes.SVR", ["_dual_coef_", "kernel", "support_vectors_"]],
  ["sklearn.tree._classes.DecisionTreeClassifier", ["class_weight"]],
  ["sklearn.tree._classes.DecisionTreeRegressor", ["class_weight"]],
  ["sklearn.tree._classes.ExtraTreeClassifier", ["class_weight"]],
  ["sklearn.tree._classes.ExtraTreeRegressor", ["class_weight"]],
  ["torch.ao.nn.qat.dynamic.modules.linear.Linear", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.conv.Conv1d", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.conv.Conv2d", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.conv.Conv3d", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.embedding_ops.Embedding", ["weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.embedding_ops.EmbeddingBag", ["weight", "weight_fake_quant"]],
  ["torch.ao.nn.qat.modules.linear.Linear", ["bias", "weight", "weight_fake_quant"]],
  ["torch.ao.nn.quantizable.modules.activation.MultiheadAttention", multiheadAttentionState],
  ["torch.ao.nn.quantizable.modules.rnn.LSTMCell", ["hgates", "igates"]],
  ["torch.ao.nn.quantizable.modules.rnn._LSTMLayer", ["layer_bw", "layer_fw"]],
  ["torch.ao.nn.quantizable.modules.rnn._LSTMSingleLayer", ["cell"]],
  ["torch.ao.nn.quantized.modules.activation.MultiheadAttention", multiheadAttentionState],
  ["torch.ao.nn.quantized.modules.functional_modules.FloatFunctional", ["activation_post_process"]],
  ["torch.ao.nn.quantized.modules.functional_modules.QFunctional", ["activation_post_process"]],
  ["torch.ao.nn.quantized.reference.modules.sparse.Embedding", embeddingState],
  ["torch.ao.nn.quantized.reference.modules.sparse.EmbeddingBag", embeddingState],
  ["torch.ao.quantization.fake_quantize.FakeQuantize", ["activation_post_process"]],
  ["torch.ao.quantization.fake_quantize.FusedMovingAvgObsFakeQuantize", ["activation_post_process"]],
  ["torch.ao.quantization.observer.MovingAverageMinMaxObserver", ["max_val", "min_val"]],
  ["torch.ao.quantization.observer.PerChannelMinMaxObserver", ["max_val", "min_val"]],
  ["torch.ao.quantization.observer._PartialWrapper", ["p"]],
  ["torch.nn.intrinsic.qat.modules.conv_fused.ConvBnReLU2d", ["bias", "bn", "weight", "weight_fake_quant"]],
  ["torch.nn.modules.activation.MultiheadAttention", multiheadAttentionState2],
  ["torch.nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss", ["head"]],
  ["torch.nn.modules.dropout.Dropout1d", ["inplace", "p", "training"]],
  ["torch.nn.modules.dropout.Dropout3d", ["inplace", "p", "training"]],
  ["torch.nn.modules.loss.BCEWithLogitsLoss", ["pos_weight", "weight"]],
  ["torch.nn.modules.loss.TripletMarginWithDistanceLoss", ["distance_function"]],
  ["torch.nn.modules.module._WrappedHook", ["hook", "module"]],
  ["torch.nn.modules.normalization.LocalResponseNorm", ["alpha", "beta", "k", "size"]],
  ["torch.nn.modules.pooling.AdaptiveMaxPool1d", ["output_size", "return_indices"]],
  ["torch.nn.modules.pooling.AdaptiveMaxPool2d", ["output_size", "return_indices"]],
  ["torch.nn.modules.pooling.AdaptiveMaxPool3d", ["output_size", "return_indices"]],
  ["torch.nn.modules.pooling.FractionalMaxPool2d", fractionalMaxPool2dState],
  ["torch.nn.modules.pooling.FractionalMaxPool3d", fractionalMaxPool2dState],
  ["torch.nn.modules.pooling.LPPool1d", ["ceil_mode", "kernel_size", "stride"]],
  ["torch.nn.modules.pooling.LPPool2d", ["ceil_mode", "kernel_size", "stride"]],
  ["torch.nn.modules.pooling.MaxPool1d", ["dilation", "kernel_size", "padding", "stride"]],
  ["torch.nn.modules.pooling.MaxPool2d", ["dilation", "kernel_size", "padding", "stride"]],
  ["torch.nn.modules.pooling.MaxPool3d", ["dilation", "kernel_size", "padding", "stride"]],
  ["torch.nn.modules.transformer.Transformer", ["decoder", "encoder"]],
  ["torch.nn.modules.transformer.TransformerDecoder", ["norm"]],
  [
    "torch.nn.modules.transformer.TransformerDecoderLayer",
    keysWith(transformerEncoderLayerState, "dropout3", "multihead_attn", "norm3")
  ],
  ["torch.nn.modules.transformer.TransformerEncoder", ["norm"]],
  ["torch.nn.modules.transformer.TransformerEncoderLayer", transformerEncoderLayerState],
  ["torch.nn.modules.upsampling.Upsample", ["scale_factor"]],
  ["torch.nn.modules.upsampling.UpsamplingBilinear2d", ["scale_factor"]],
  ["torch.nn.modules.upsampling.UpsamplingNearest2d", ["scale_factor"]],
  ["torch.nn.parallel.data_parallel.DataParallel", ["module"]],
  ["torch.nn.quantized._reference.modules.sparse.Embedding", embeddingState],
  ["torch.nn.quantized._reference.modules.sparse.EmbeddingBag", embeddingState],
  [
    "torch.nn.utils.spectral_norm.SpectralNorm",
    [
      "_register_load_state_dict_pre_hook",
      "_register_state_dict_hook",
      "eps",
      "register_buffer",
      "register_forward_pre_hook",
      "register_parameter"
    ]
  ],
  ["torch.nn.utils.weight_norm.WeightNorm", ["register_forward_pre_hook", "register_parameter"]],
  ["torch.optim.lr_scheduler.OneCycleLR", ["_get_closed_form_lr", "anneal_func"]],
  ["torch.utils.hooks.RemovableHandle", ["hooks_dict_ref"]],
  ["torchvision.models.alexnet.AlexNet", ["avgpool", "classifier", "features"]],
  ["torchvision.models.convnext.CNBlock", ["block", "stochastic_depth"]],
  ["torchvision.models.convnext.ConvNeXt", ["avgpool", "classifier", "features"]],
  ["torchvision.models.densenet.DenseNet", ["classifier", "features"]],
  ["torchvision.models.densenet._DenseLayer", ["conv1", "conv2", "norm1", "norm2", "relu1", "relu2"]],
  ["torchvision.models.detection.backbone_utils.BackboneWithFPN", ["body", "fpn"]],
  ["torchvision.models.detection.faster_rcnn.FastRCNNPredictor", ["bbox_pred", "cls_score"]],
  ["torchvision.models.detection.faster_rcnn.FasterRCNN", ["backbone", "roi_heads", "rpn", "transform"]],
  ["torchvision.models.detection.faster_rcnn.TwoMLPHead", ["fc6", "fc7"]],
  ["torchvision.models.detection.fcos.FCOS", ["anchor_generator", "backbone", "head", "transform"]],
  ["torchvision.models.detection.fcos.FCOSClassificationHead", ["cls_logits", "conv"]],
  ["torchvision.models.detection.fcos.FCOSHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.fcos.FCOSRegressionHead", ["bbox_ctrness", "bbox_reg", "conv"]],
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNN", ["backbone", "roi_heads", "rpn", "transform"]],
  ["torchvision.models.detection.keypoint_rcnn.KeypointRCNNPredictor", ["kps_score_lowres"]],
  ["torchvision.models.detection.mask_rcnn.MaskRCNN", ["backbone", "roi_heads", "rpn", "transform"]],
  ["torchvision.models.detection.retinanet.RetinaNet", retinaNetState],
  ["torchvision.models.detection.retinanet.RetinaNetClassificationHead", ["cls_logits", "conv"]],
  ["torchvision.models.detection.retinanet.RetinaNetHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.retinanet.RetinaNetRegressionHead", ["bbox_reg", "box_coder", "conv"]],
  [
    "torchvision.models.detection.roi_heads.RoIHeads",
    [
      "box_head",
      "box_predictor",
      "box_roi_pool",
      "fg_bg_sampler",
      "keypoint_head",
      "keypoint_predictor",
      "keypoint_roi_pool",
      "mask_head",
      "mask_predictor",
      "mask_roi_pool",
      "proposal_matcher"
    ]
  ],
  ["torchvision.models.detection.rpn.RPNHead", ["bbox_pred", "cls_logits", "conv"]],
  [
    "torchvision.models.detection.rpn.RegionProposalNetwork",
    ["anchor_generator", "box_similarity", "fg_bg_sampler", "head", "proposal_matcher"]
  ],
  ["torchvision.models.detection.ssd.SSD", retinaNetState],
  ["torchvision.models.detection.ssd.SSDFeatureExtractorVGG", ["features"]],
  ["torchvision.models.detection.ssd.SSDHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.ssdlite.SSDLiteHead", ["classification_head", "regression_head"]],
  ["torchvision.models.detection.transform.GeneralizedRCNNTransform", ["size_divisible"]],
  ["torchvision.models.efficientnet.EfficientNet", ["avgpool", "classifier", "features"]],
  ["torchvision.models.efficientnet.FusedMBConv", ["block", "stochastic_depth"]],
  ["torchvision.models.efficientnet.MBConv", ["block", "stochastic_depth"]],
  ["torchvision.models.googlenet.BasicConv2d", ["bn", "conv"]],
  ["torchvision.models.googlenet.GoogLeNet", googLeNetState],
  ["torchvision.models.googlenet.Inception", ["branch1", "branch2", "branch3", "branch4"]],
  ["torchvision.models.googlenet.InceptionAux", ["conv", "dropout", "fc1", "fc2"]],
  ["torchvision.models.inception.BasicConv2d", ["bn", "conv"]],
  ["torchvision.models.inception.Inception3", inception3State],
  ["torchvision.models.inception.InceptionA", inceptionAState],
  ["torchvision.models.inception.InceptionAux", ["conv0", "conv1", "fc"]],
  ["torchvision.models.inception.InceptionB", inceptionBState],
  ["torchvision.models.inception.InceptionC", inceptionCState],
  ["torchvision.models.inception.InceptionD", inceptionDState],
  ["torchvision.models.inception.InceptionE", inceptionEState],
  ["torchvision.models.maxvit.MBConv", ["layers", "proj", "stochastic_depth"]],
  ["torchvision.models.maxvit.MaxVit", ["classifier", "stem"]],
  ["torchvision.models.maxvit.MaxVitLayer", ["layers"]],
  [
    "torchvision.models.maxvit.PartitionAttentionLayer",
    [
      "attn_layer",
      "departition_op",
      "departition_swap",
      "mlp_layer",
      "partition_op",
      "partition_swap",
      "stochastic_dropout"
    ]
  ],
  [
    "torchvision.models.maxvit.RelativePositionalMultiHeadAttention",
    ["merge", "relative_position_bias_table", "size", "to_qkv"]
  ],
  ["torchvision.models.mnasnet.MNASNet", ["classifier", "layers"]],
  ["torchvision.models.mnasnet._InvertedResidual", ["layers"]],
  ["torchvision.models.mobilenetv2.InvertedResidual", ["conv"]],
  ["torchvision.models.mobilenetv2.MobileNetV2", ["classifier", "features"]],
  ["torchvision.models.mobilenetv3.InvertedResidual", ["block"]],
  ["torchvision.models.mobilenetv3.MobileNetV3", ["avgpool", "classifier", "features"]],
  ["torchvision.models.optical_flow.raft.BottleneckBlock", keysWith(residualBlockState, "convnormrelu3")],
  ["torchvision.models.optical_flow.raft.ConvGRU", ["convq", "convr", "convz"]],
  [
    "torchvision.models.optical_flow.raft.FeatureEncoder",
    ["conv", "convnormrelu", "layer1", "layer2", "layer3"]
  ],
  ["torchvision.models.optical_flow.raft.FlowHead", ["conv1", "conv2", "relu"]],
  ["torchvision.models.optical_flow.raft.MaskPredictor", ["conv", "convrelu"]],
  [
    "torchvision.models.optical_flow.raft.MotionEncoder",
    ["conv", "convcorr1", "convcorr2", "convflow1", "convflow2"]
  ],
  [
    "torchvision.models.optical_flow.raft.RAFT",
    ["context_encoder", "feature_encoder", "mask_predictor", "update_block"]
  ],
  ["torchvision.models.optical_flow.raft.RecurrentBlock", ["convgru1", "convgru2"]],
  ["torchvision.models.optical_flow.raft.ResidualBlock", residualBlockState],
  ["torchvision.models.optical_flow.raft.UpdateBlock", ["flow_head", "motion_encoder", "recurrent_block"]],
  ["torchvision.models.quantization.googlenet.BasicConv2d", ["bn", "conv"]],
  ["torchvision.models.quantization.googlenet.GoogLeNet", googLeNetState],
  ["torchvision.models.quantization.googlenet.Inception", ["branch1", "branch2", "branch3", "branch4"]],
  ["torchvision.models.quantization.googlenet.InceptionAux", ["conv", "dropout", "fc1", "fc2"]],
  ["torchvision.models.quantization.googlenet.QuantizableBasicConv2d", ["bn", "conv", "relu"]],
  [
    "torchvision.models.quantization.googlenet.QuantizableGoogLeNet",
    keysWith(googLeNetState, "dequant", "quant")
  ],
  [
    "torchvision.models.quantization.googlenet.QuantizableInception",
    ["branch1", "branch2", "branch3", "branch4"]
  ],
  [
    "torchvision.models.quantization.googlenet.QuantizableInceptionAux",
    ["conv", "dropout", "fc1", "fc2", "relu"]
  ],
  ["torchvision.models.quantization.inception.QuantizableBasicConv2d", ["bn", "conv", "relu"]],
  [
    "torchvision.models.quantization.inception.QuantizableInception3",
    keysWith(inception3State, "dequant", "quant")
  ],
  ["torchvision.models.quantization.inception.QuantizableInceptionA", inceptionAState],
  ["torchvision.models.quantization.inception.QuantizableInceptionAux", ["conv0", "conv1", "fc"]],
  ["torchvision.models.quantization.inception.QuantizableInceptionB", inceptionBState],
  ["torchvision.models.quantization.inception.QuantizableInceptionC", inceptionCState],
  ["torchvision.models.quantization.inception.QuantizableInceptionD", inceptionDState],
  ["torchvision.models.quantization.inception.QuantizableInceptionE", inceptionEState],
  ["torchvision.models.quantization.mobilenetv2.InvertedResidual", ["conv"]],
  ["torchvision.models.quantization.mobilenetv2.MobileNetV2", ["classifier", "features"]],
  ["torchvision.models.quantization.mobilenetv2.QuantizableInvertedResidual", ["conv"]],
  ["torchvision.models.quantization.mobilenetv2.QuantizableMobileNetV2", quantizableMobileNetV2State],
  ["torchvision.models.quantization.mobilenetv3.InvertedResidual", ["block"]],
  ["torchvision.models.quantization.mobilenetv3.MobileNetV3", ["avgpool", "classifier", "features"]],
  ["torchvision.models.quantization.mobilenetv3.QuantizableInvertedResidual", ["block"]],
  [
    "torchvision.models.quantization.mobilenetv3.QuantizableMobileNetV3",
    keysWith(quantizableMobileNetV2State, "avgpool")
  ],
  [
    "torchvision.models.quantization.mobilenetv3.QuantizableSqueezeExcitation",
    quantizableSqueezeExcitationState
  ],
  ["torchvision.models.quantization.resnet.BasicBlock", basicBlockState],
  ["torchvision.models.quantization.resnet.Bottleneck", bottleneckState],
  ["torchvision.models.quantization.resnet.QuantizableBasicBlock", basicBlockState],
  [
    "torchvision.models.quantization.resnet.QuantizableBottleneck",
    keysWith(bottleneckState, "relu1", "relu2")
  ],
  ["torchvision.models.quantization.resnet.QuantizableResNet", keysWith(resNetState, "dequant", "quant")],
  ["torchvision.models.quantization.resnet.ResNet", resNetState],
  ["torchvision.models.quantization.shufflenetv2.QuantizableInvertedResidual", ["branch1", "branch2"]],
  [
    "torchvision.models.quantization.shufflenetv2.QuantizableShuffleNetV2",
    keysWith(shuffleNetV2State, "dequant", "quant")
  ],
  ["torchvision.models.regnet.RegNet", ["avgpool", "fc", "stem", "trunk_output"]],
  ["torchvision.models.regnet.ResBottleneckBlock", ["activation", "f", "proj"]],
  ["torchvision.models.resnet.BasicBlock", basicBlockState],
  ["torchvision.models.resnet.Bottleneck", bottleneckState],
  ["torchvision.models.resnet.ResNet", resNetState],
  ["torchvision.models.segmentation.deeplabv3.ASPP", ["project"]],
  ["torchvision.models.segmentation.deeplabv3.DeepLabV3", ["aux_classifier", "backbone", "classifier"]],
  ["torchvision.models.segmentation.fcn.FCN", ["aux_classifier", "backbone", "classifier"]],
  ["torchvision.models.segmentation.lraspp.LRASPP", ["backbone", "classifier"]],
  [
    "torchvision.models.segmentation.lraspp.LRASPPHead",
    ["cbr", "high_classifier", "low_classifier", "scale"]
  ],
  ["torchvision.models.shufflenetv2.InvertedResidual", ["branch1", "branch2"]],
  ["torchvision.models.shufflenetv2.ShuffleNetV2", shuffleNetV2State],
  [
    "torchvision.models.squeezenet.Fire",
    [
      "expand1x1",
      "expand1x1_activation",
      "expand3x3",
      "expand3x3_activation",
      "squeeze",
      "squeeze_activation"
    ]
  ],
  ["torchvision.models.squeezenet.SqueezeNet", ["classifier", "features"]],
  ["torchvision.models.swin_transformer.PatchMerging", ["norm", "reduction"]],
  ["torchvision.models.swin_transformer.PatchMergingV2", ["norm", "reduction"]],
  ["torchvision.models.swin_transformer.ShiftedWindowAttention", shiftedWindowAttentionState],
  [
    "torchvision.models.swin_transformer.ShiftedWindowAttentionV2",
    keysWith(shiftedWindowAttentionState, "cpb_mlp", "logit_scale")
  ],
  [
    "torchvision.models.swin_transformer.SwinTransformer",
    ["avgpool", "features", "flatten", "head", "norm", "permute"]
  ],
  ["torchvision.models.swin_transformer.SwinTransformerBlock", swinTransformerBlockState],
  ["torchvision.models.swin_transformer.SwinTransformerBlockV2", swinTransformerBlockState],
  ["torchvision.models.vgg.VGG", ["avgpool", "classifier", "features"]],
  ["torchvision.models.video.mvit.MViT", ["conv_proj", "head", "norm", "pos_encoding"]],
  [
    "torchvision.models.video.mvit.MultiscaleAttention",
    ["pool_k", "pool_q", "pool_v", "project", "qkv", "rel_pos_h", "rel_pos_t", "rel_pos_w"]
  ],
  [
    "torchvision.models.video.mvit.MultiscaleBlock",
    keysWith(swinTransformerBlockState, "pool_skip", "project")
  ],
  ["torchvision.models.video.mvit.Pool", ["norm_act", "pool"]],
  ["torchvision.models.video.resnet.BasicBlock", ["conv1", "conv2", "downsample", "relu"]],
  [
    "torchvision.models.video.resnet.VideoResNet",
    ["avgpool", "fc", "layer1", "layer2", "layer3", "layer4", "stem"]
  ],
  ["torchvision.models.video.s3d.S3D", ["avgpool", "classifier", "features"]],
  ["torchvision.models.video.s3d.SepInceptionBlock3D", ["branch0", "branch1", "branch2", "branch3"]],
  ["torchvision.models.vision_transformer.Encoder", ["dropout", "layers", "ln"]],
  [
    "torchvision.models.vision_transformer.EncoderBlock",
    ["dropout", "ln_1", "ln_2", "mlp", "self_attention"]
  ],
  ["torchvision.models.vision_transformer.VisionTransformer", ["conv_proj", "encoder", "heads"]],
  ["torchvision.ops.feature_pyramid_network.FeaturePyramidNetwork", ["extra_blocks"]],
  ["torchvision.ops.feature_pyramid_network.LastLevelP6P7", ["p6", "p7"]],
  ["torchvision.ops.misc.SqueezeExcitation", quantizableSqueezeExcitationState],
  ["torchvision.ops.poolers.MultiScaleRoIAlign", ["map_levels"]],
  ["torchvision.ops.stochastic_depth.StochasticDepth", ["p"]],
  ["xgboost.sklearn.XGBClassifier", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRFClassifier", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRFRegressor", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRanker", ["_parameter_constraints", "objective"]],
  ["xgboost.sklearn.XGBRegressor", ["_parameter_constraints", "objective"]],
  ...GROUPED_BUILD.flatMap(([keys, names]) => names.map((name) => [name, keys]))
]);
var BUILD_FORWARDERS = withModuleAliases(
  AUDITED_BUILD,
  MODULE_ALIASES,
  DERIVED_ALLOWLIST
);

// src/formats/pickle/handlers-calls.ts
import { isUtf8 as isUtf82 } from "node:buffer";

// src/formats/pickle/errors.ts
var PickleError = class extends BaseError {
  offset;
  limit;
  constructor(message, offset, limit, code) {
    super(code ?? (limit !== void 0 ? "limit" : "content"), message);
    this.name = "PickleError";
    this.offset = offset;
    if (limit !== void 0) this.limit = limit;
  }
};

// src/formats/pickle/values.ts
var SMALL_INTS = new Array(65536);
function intValue(n) {
  if (n < 0 || n >= 65536) return { t: "int", v: BigInt(n) };
  let v = SMALL_INTS[n];
  if (v === void 0) {
    v = { t: "int", v: BigInt(n) };
    SMALL_INTS[n] = v;
  }
  return v;
}
var NONE = { t: "none" };
var FLOAT = { t: "float" };
var TRUE = { t: "bool", v: true };
var FALSE = { t: "bool", v: false };
var BUFFER = { t: "buffer" };
function strValue(s, bytes, len, trunc) {
  return { t: "str", s, bytes, len, trunc };
}
function objValue(callee, via, args) {
  const root = callee.t === "global" ? callee.site : callee.t === "obj" ? callee.root : void 0;
  const depth = callee.t === "obj" ? callee.depth + 1 : 1;
  const o = { t: "obj", callee, via, depth };
  if (args !== void 0) o.args = args;
  if (root !== void 0) o.root = root;
  return o;
}
var MAX_DESCRIPTION = 200;
function globalName(site) {
  const name = `${site.module}.${site.name}`;
  return name.length > MAX_DESCRIPTION ? `${name.slice(0, MAX_DESCRIPTION)}\u2026` : name;
}
function describe(v) {
  if (!v) return "nothing";
  switch (v.t) {
    case "global":
      return globalName(v.site);
    case "obj": {
      const root = v.root ? globalName(v.root) : v.callee.t === "obj" ? "a computed value" : v.callee.t;
      return v.depth > 1 ? `result of ${root} (${v.depth} calls deep)` : `result of ${root}`;
    }
    case "str":
      return v.bytes ? "bytes" : "str";
    case "ext":
      return `extension ${v.site.code}`;
    case "pers":
      return "persistent id";
    default:
      return v.t;
  }
}
function rootGlobal(v) {
  if (v?.t === "global") return v.site;
  return v?.t === "obj" ? v.root : void 0;
}
function dictField(d, key) {
  if (d?.t !== "dict") return void 0;
  for (const [k, v] of d.items) if (k.t === "str" && !k.bytes && k.s === key) return v;
  return void 0;
}
function mayBeCallable(v) {
  return v.t === "global" || v.t === "ext" || v.t === "obj" || v.t === "pers";
}

// src/formats/pickle/handlers-calls.ts
function unimportable(module, name) {
  if (module.length === 0) return "empty module name";
  if (name.length === 0) return "empty global name";
  return null;
}
function pushGlobal(st, module, name, opcode) {
  const why = unimportable(module, name);
  if (why) {
    st.fail(`${opcode} with an ${why} (the unpickler raises here)`);
    return;
  }
  st.push({ t: "global", site: st.newGlobal(module, name, opcode) });
}
function nameLines(st, lines, ascii, opcode) {
  const [m, n] = lines;
  const ok = (b) => ascii ? b.every((c) => c < 128) : isUtf82(b);
  if (!ok(m.text) || !ok(n.text)) {
    st.fail(`${opcode} name is not ${ascii ? "ASCII" : "UTF-8"} (the unpickler raises UnicodeDecodeError)`);
    return null;
  }
  const long2 = m.length > m.text.length || n.length > n.text.length;
  return { module: m.text.toString("utf8"), name: n.text.toString("utf8"), long: long2 };
}
function global(st, lines) {
  const names = nameLines(st, lines, false, "GLOBAL");
  if (!names) return;
  if (names.long) {
    const site = st.newGlobal(
      names.module,
      names.name,
      "GLOBAL",
      `a name longer than ${st.limits.maxString} bytes`
    );
    st.push({ t: "global", site });
    return;
  }
  pushGlobal(st, names.module, names.name, "GLOBAL");
}
var isText2 = (v) => v.t === "str" && !v.bytes;
function stackGlobal(st) {
  const name = st.pop();
  const module = st.pop();
  if (st.error) return;
  if (isText2(module) && isText2(name) && !module.trunc && !name.trunc) {
    pushGlobal(st, module.s, name.s, "STACK_GLOBAL");
    return;
  }
  const computed = (v) => isText2(v) || v.t === "obj" || v.t === "pers" || v.t === "ext" || v.t === "global";
  if (!computed(module) || !computed(name)) {
    st.fail(
      `STACK_GLOBAL operands are ${describe(module)} and ${describe(name)}, not str (the unpickler raises)`
    );
    return;
  }
  const part = (v) => `${describe(v)}${v.t === "str" && v.trunc ? " (too long)" : ""}`;
  const show = (v) => isText2(v) ? v.s.slice(0, 200) : "?";
  const why = `module is ${part(module)}, name is ${part(name)}`;
  st.push({ t: "global", site: st.newGlobal(show(module), show(name), "STACK_GLOBAL", why) });
}
function inst(st, lines) {
  const names = nameLines(st, lines, true, "INST");
  if (!names) return;
  const why = names.long ? null : unimportable(names.module, names.name);
  if (why) {
    st.fail(`INST with an ${why} (the unpickler raises here)`);
    return;
  }
  const long2 = names.long ? `a name longer than ${st.limits.maxString} bytes` : void 0;
  const site = st.newGlobal(names.module, names.name, "INST", long2);
  const args = st.popMark();
  if (st.error) return;
  site.calledBy ??= "INST";
  const callee = { t: "global", site };
  const obj = objValue(callee, "INST", tuple(st, args));
  forward(st, callee, obj);
  st.push(obj);
}
function tuple(st, items) {
  const t = { t: "tuple", items: [], dropped: 0 };
  t.dropped = st.keep(items, t.items);
  return t;
}
function call(st, callee, opcode) {
  if (callee.t === "global" || callee.t === "ext") callee.site.calledBy ??= opcode;
  else if (mayBeCallable(callee)) {
    if (callee.t === "obj" && callee.bound && callee.callee.t === "global")
      callee.callee.site.calledBy ??= `${opcode} of the method it returned`;
    st.computedCall(opcode, callee);
  } else {
    st.fail(`${opcode} calls ${describe(callee)}, which is not callable (the unpickler raises TypeError)`);
    return false;
  }
  return true;
}
function instantiate(site, obj, how) {
  site.unbuilt = (site.unbuilt ?? 0) + 1;
  site.instantiatedBy ??= how;
  obj.classes ??= [];
  obj.classes.push(site);
}
function forward(st, callee, obj) {
  if (callee.t !== "global" || !st.hooks.forwarders) return;
  const positions = st.hooks.forwarders.get(`${callee.site.module}.${callee.site.name}`);
  if (!positions) return;
  const how = `${obj.via} via ${globalName(callee.site)}`;
  const args = obj.args;
  if (args?.t !== "tuple" && args?.t !== "list") {
    if (args) st.markCalled(args, how);
    return;
  }
  const every = positions.includes(-1);
  for (let i = 0; i < args.items.length; i++) {
    if (!every && !positions.includes(i)) continue;
    const v = args.items[i];
    if (v.t === "global") instantiate(v.site, obj, how);
    else st.markCalled(v, how);
  }
}
function useTimeArgs(st, callee, obj) {
  if (callee.t !== "global" || !st.hooks.useTime || obj.args?.t !== "tuple") return;
  const params = st.hooks.useTime.get(`${callee.site.module}.${callee.site.name}`);
  for (const [key, position] of params ?? []) {
    const v = position >= 0 ? obj.args.items[position] : void 0;
    if (v) st.markCalled(v, `${callee.site.name}.${key} (called when the object is used)`);
  }
}
var MAX_BOUND = 64;
var PLAIN_ATTRIBUTE = /^(?!__)[A-Za-z_][A-Za-z0-9_]*$/;
function boundMethod(callee, args) {
  if (callee.t !== "global" || args.t !== "tuple" || args.items.length !== 2 || args.dropped > 0) return null;
  const [target, attr] = args.items;
  if (target.t !== "obj" || !isText2(attr) || attr.trunc || !PLAIN_ATTRIBUTE.test(attr.s)) return null;
  const [m, n] = loaderName(callee.site.module, callee.site.name, callee.site.protocol);
  if (m !== "builtins" || n !== "getattr" || callee.site.unresolved) return null;
  callee.site.bound ??= { uses: 0, classes: [], attrs: [] };
  const bound = callee.site.bound;
  const classes = [...target.root ? [target.root] : [], ...target.classes ?? []];
  if (classes.length === 0) return null;
  for (const c of classes) if (!bound.classes.includes(c)) bound.classes.push(c);
  if (!bound.attrs.includes(attr.s)) bound.attrs.push(attr.s);
  if (bound.classes.length > MAX_BOUND || bound.attrs.length > MAX_BOUND) return null;
  bound.uses++;
  const obj = objValue(callee, "REDUCE", args);
  obj.bound = true;
  return obj;
}
function reduce(st) {
  const args = st.pop();
  const callee = st.pop();
  if (st.error) return;
  const method = boundMethod(callee, args);
  if (method) {
    st.push(method);
    return;
  }
  if (!call(st, callee, "REDUCE")) return;
  const obj = objValue(callee, "REDUCE", args);
  forward(st, callee, obj);
  useTimeArgs(st, callee, obj);
  st.push(obj);
}
function objOp(st) {
  const items = st.popMark();
  if (st.error) return;
  const cls = items[0];
  if (cls === void 0) {
    st.fail("OBJ without a class");
    return;
  }
  if (!call(st, cls, "OBJ")) return;
  const obj = objValue(cls, "OBJ", tuple(st, items.slice(1)));
  forward(st, cls, obj);
  useTimeArgs(st, cls, obj);
  st.push(obj);
}
function newObj(opcode) {
  return (st) => {
    if (opcode === "NEWOBJ_EX") st.pop();
    const args = st.pop();
    const cls = st.pop();
    if (st.error) return;
    const obj = objValue(cls, opcode, args);
    if (cls.t === "global") instantiate(cls.site, obj, opcode);
    else if (!call(st, cls, opcode)) return;
    st.push(obj);
  };
}
function stateDict(state) {
  if (state.t === "dict") return state;
  return state.t === "tuple" && state.items.length === 2 ? state.items[0] : void 0;
}
function build(st) {
  const state = st.pop();
  const obj = st.top();
  if (st.error) return;
  if (obj.t === "global") obj.site.mutatedBy ??= "BUILD";
  if (obj.t === "obj") {
    obj.state = state;
    if (obj.classes && !obj.built) {
      obj.built = true;
      for (const site of obj.classes) {
        site.unbuilt = (site.unbuilt ?? 1) - 1;
        site.constructedBy ??= `${site.instantiatedBy ?? obj.via} + BUILD`;
      }
    }
    useTimeState(st, obj, state);
  }
  const hook = st.hooks.afterBuild;
  if (!hook) return;
  return hook(obj, st.reader, st.result, st.walkNested).catch((err) => {
    if (!(err instanceof PickleError)) throw err;
    st.at = err.offset;
    st.fail(err.message, err.limit, err.code);
  });
}
function useTimeState(st, obj, state) {
  if (!st.hooks.useTime) return;
  const classes = obj.classes ?? (obj.callee.t === "global" ? [obj.callee.site] : []);
  const dict3 = stateDict(state);
  for (const cls of classes) {
    for (const [key] of st.hooks.useTime.get(`${cls.module}.${cls.name}`) ?? []) {
      const v = dictField(dict3, key);
      if (v) st.markCalled(v, `${cls.name}.${key} (called when the object is used)`);
    }
  }
}
function ext(st, code) {
  st.push({ t: "ext", site: st.newExt(code) });
}
function persistent(st, pid) {
  const load = st.hooks.persistentLoad;
  if (load === "none") {
    st.fail(`${st.opName} without a persistent_load (the unpickler raises UnpicklingError)`);
    return;
  }
  if (st.result.persistentIds++ < 1e5) st.result.persistent.push(pid);
  st.push(load?.(pid) ?? { t: "pers", pid });
}
function persId(st, l) {
  persistent(st, strValue(l.text.toString("latin1"), false, l.length, l.length > l.text.length));
}
function binPersId(st) {
  const pid = st.pop();
  if (!st.error) persistent(st, pid);
}
var nextBuffer = (st) => st.push(BUFFER);
var readonlyBuffer = (st) => void st.top();
function stop(st) {
  const v = st.pop();
  if (st.error) return;
  st.result.value = v;
  st.result.end = st.reader.pos;
  st.stopped = true;
}

// src/formats/pickle/embedded-kind.ts
var MAGICS = [
  "PK",
  "PK",
  "\x8B",
  "BZh",
  "\xFD7zXZ\0",
  "(\xB5/\xFD",
  '"M',
  "7z\xBC\xAF'",
  "Rar!",
  "\x93NUMPY",
  "\x89HDF\r\n\n",
  "]\0\0",
  "ZF0x"
].map((m) => Buffer.from(m, "latin1"));
var PICKLE_START = [..."(NIJKLFGSTUVXBC]})ciP"].map((c) => c.charCodeAt(0)).concat([128, 140, 141, 142, 149, 150]);
var MAGICS_BY_FIRST = new Array(256);
var CANDIDATE_FIRST = new Uint8Array(256);
for (const m of MAGICS) {
  const list2 = MAGICS_BY_FIRST[m[0]] ?? [];
  list2.push(m);
  MAGICS_BY_FIRST[m[0]] = list2;
  CANDIDATE_FIRST[m[0]] = 1;
}
for (const b of [...PICKLE_START, 120]) CANDIDATE_FIRST[b] = 1;
var USTAR = Buffer.from("ustar", "latin1");
function mayEmbed(first, length2) {
  return length2 >= 512 || first < 256 && CANDIDATE_FIRST[first] === 1;
}
function startsWith(head, magic, at = 0) {
  if (head.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[at + i] !== magic[i]) return false;
  return true;
}
function embeddedKind(head, length2) {
  const b0 = head[0];
  if (b0 === void 0) return null;
  if (MAGICS_BY_FIRST[b0]?.some((m) => startsWith(head, m))) return "container";
  if (b0 === 120 && head.length > 1 && (b0 * 256 + head[1]) % 31 === 0) return "container";
  if (length2 >= 512 && startsWith(head, USTAR, 257)) return "container";
  if (b0 === 128) return (head[1] ?? 9) <= 5 ? "pickle" : null;
  if (!PICKLE_START.includes(b0)) return null;
  for (const c of head) if (c < 32 || c >= 127) return "pickle";
  return null;
}

// src/formats/pickle/operand-readers.ts
var EMPTY = Buffer.alloc(0);
var EMBED_HEAD = 512;
var NUMBER_KEEP = 1024 * 1024;
async function need(st, n) {
  if (await st.reader.need(n)) return true;
  st.truncated(`pickle truncated: ${n} bytes needed, ${st.reader.remaining()} left`);
  return false;
}
var noOperand = () => void 0;
function fixed(n, read, placeholder) {
  return (st) => st.reader.has(n) ? read(st) : need(st, n).then((ok) => ok ? read(st) : placeholder);
}
var u1 = fixed(1, (st) => st.reader.byte(), 0);
var u2 = fixed(2, (st) => st.reader.u16(), 0);
var u4 = fixed(4, (st) => st.reader.u32(), 0);
var i4 = fixed(4, (st) => st.reader.i32(), 0);
var skip8 = fixed(8, (st) => st.reader.skip(8), void 0);
function lengthValue(st, n, signed) {
  const b = st.reader.take(n);
  const v = n === 1 ? b[0] : n === 2 ? b.readUInt16LE(0) : n === 4 ? signed ? b.readInt32LE(0) : b.readUInt32LE(0) : Number(b.readBigUInt64LE(0));
  if (v < 0) return st.fail(`negative length ${v}`) ?? 0;
  if (v > st.reader.remaining()) {
    const inSource = st.reader.source.size - st.reader.pos;
    const message = `length ${v} exceeds the ${st.reader.remaining()} bytes left`;
    return (v > inSource ? st.fail(message) : st.truncated(message)) ?? 0;
  }
  return v;
}
function length(n, signed) {
  return fixed(n, (st) => lengthValue(st, n, signed), 0);
}
function counted(n, signed, keep) {
  const body = (st, len) => {
    const start = st.reader.pos;
    if (st.error) return { start, len: 0, data: EMPTY };
    const k = Math.min(len, keep(st));
    if (st.reader.has(k)) {
      const data = st.reader.take(k);
      st.reader.skip(len - k);
      return { start, len, data };
    }
    return st.reader.bytes(len, k).then((data) => ({ start, len, data }));
  };
  return (st) => st.reader.has(n) ? body(st, lengthValue(st, n, signed)) : need(st, n).then(
    (ok) => ok ? body(st, lengthValue(st, n, signed)) : { start: 0, len: 0, data: EMPTY }
  );
}
function countedText(n, signed, encoding) {
  const body = (st, len) => {
    st.operandStart = st.reader.pos;
    if (st.error) return strValue("", false, 0, false);
    const k = Math.min(len, textKeep(st));
    st.budget.text -= k;
    if (st.reader.has(k)) {
      const s = st.reader.takeText(k, encoding);
      st.reader.skip(len - k);
      return strValue(s, false, len, k < len);
    }
    return st.reader.bytes(len, k).then((data) => strValue(data.toString(encoding), false, len, k < len));
  };
  return (st) => st.reader.has(n) ? body(st, lengthValue(st, n, signed)) : need(st, n).then((ok) => ok ? body(st, lengthValue(st, n, signed)) : strValue("", false, 0, false));
}
var textKeep = (st) => st.budget.text > 0 ? st.limits.maxString : Math.min(256, st.limits.maxString);
var bytesKeep = (st) => st.hooks.embedded ? EMBED_HEAD : 0;
function readLine(st, keep, rest, reject) {
  const start = st.reader.pos;
  const fast = st.reader.bufferedLine(keep);
  if (fast) return { text: fast.text, length: fast.length, start };
  return st.reader.line(keep, rest, reject).then((l) => {
    if (l?.rejected) {
      st.fail("invalid number: the operand holds bytes int() and float() reject (the unpickler raises)");
      return { text: EMPTY, length: 0, start };
    }
    if (l !== null) return { text: l.text, length: l.length, start };
    st.truncated("pickle truncated: newline expected");
    return { text: EMPTY, length: 0, start };
  });
}
var line = (st) => readLine(st, st.limits.maxString);
var NUMBER_TAIL = /^[0-9a-fA-F_\t\v\f\r L]*$/;
var NOT_NUMBER = /[^0-9A-Za-z_+\-. \t\v\f\r]/;
var numberLine = (st) => {
  let badTail = false;
  const l = readLine(
    st,
    NUMBER_KEEP,
    (piece) => {
      if (!badTail && !NUMBER_TAIL.test(piece.toString("latin1"))) badTail = true;
    },
    (piece) => NOT_NUMBER.test(piece.toString("latin1"))
  );
  if (!(l instanceof Promise)) return l;
  return l.then((full) => {
    if (badTail) st.fail("invalid number: a long operand holds something other than digits");
    return full;
  });
};

// src/formats/pickle/operands.ts
var MAX_DIGITS = 4096;
var isSpace = (c) => c === 32 || c >= 9 && c <= 13;
function trimSpace(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
function cString(line2) {
  const nul = line2.indexOf("\0");
  return nul < 0 ? line2 : line2.slice(0, nul);
}
var PY_INT_BASE0 = /^([+-]?)(?:0[xX]((?:_?[0-9a-fA-F])+)|0[oO]((?:_?[0-7])+)|0[bB]((?:_?[01])+)|(0(?:_?0)*)|([1-9](?:_?[0-9])*))$/;
var PY_INT_BASE10 = /^([+-]?)([0-9](?:_?[0-9])*)$/;
function toBigInt(sign, digits, radix) {
  const clean = digits.replaceAll("_", "");
  if (clean.length > MAX_DIGITS) return null;
  const prefix = radix === 16 ? "0x" : radix === 8 ? "0o" : radix === 2 ? "0b" : "";
  const v = BigInt(prefix + clean);
  return sign === "-" ? -v : v;
}
function pyIntBase0(text) {
  const m = PY_INT_BASE0.exec(trimSpace(text));
  if (!m) return void 0;
  const sign = m[1];
  if (m[2] !== void 0) return toBigInt(sign, m[2], 16);
  if (m[3] !== void 0) return toBigInt(sign, m[3], 8);
  if (m[4] !== void 0) return toBigInt(sign, m[4], 2);
  return toBigInt(sign, m[5] ?? m[6], 10);
}
function pyIntBase10(text) {
  const m = PY_INT_BASE10.exec(trimSpace(text));
  return m ? toBigInt(m[1], m[2], 10) : void 0;
}
function cStrtol(s) {
  const m = /^[\t\n\v\f\r ]*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(s);
  if (!m) return void 0;
  const sign = m[1];
  const v = m[2] !== void 0 ? toBigInt(sign, m[2], 16) : m[3] !== void 0 ? toBigInt(sign, m[3], 8) : toBigInt(sign, m[4], 10);
  if (v === null || v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return void 0;
  return v;
}
function parseIntOperand(line2) {
  if (line2 === "00") return { value: 0n, bool: false };
  if (line2 === "01") return { value: 1n, bool: true };
  const c = cString(line2);
  const viaStrtol = c.length === line2.length ? cStrtol(c) : void 0;
  if (viaStrtol !== void 0) {
    const bool = line2.length === 2 && (viaStrtol === 0n || viaStrtol === 1n);
    return bool ? { value: viaStrtol, bool: viaStrtol === 1n } : { value: viaStrtol };
  }
  const value = pyIntBase0(c);
  return value === void 0 ? void 0 : { value };
}
function parseLongOperand(line2) {
  const value = pyIntBase0(cString(line2.endsWith("L") ? line2.slice(0, -1) : line2));
  return value === void 0 ? void 0 : { value };
}
function parseMemoKey(line2) {
  return pyIntBase10(cString(line2));
}
var C_FLOAT = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)$/i;
var PY_FLOAT = /^[+-]?(?:(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)$/i;
function isFloatOperand(line2) {
  const c = cString(line2);
  if (C_FLOAT.test(c) && (Number.isFinite(Number(c)) || /^[+-]?(inf|infinity|nan)$/i.test(c))) return true;
  return !line2.includes("\0") && PY_FLOAT.test(trimSpace(line2));
}
function decodeReprString(raw) {
  const q = raw[0];
  if (raw.length < 2 || q !== "'" && q !== '"' || raw[raw.length - 1] !== q) return null;
  const body = raw.slice(1, -1);
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === void 0) return null;
    const simple = REPR_ESCAPES[n];
    if (simple !== void 0) out += simple;
    else if (n === "x") {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
    } else if (n >= "0" && n <= "7") {
      const m = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))[0];
      out += String.fromCharCode(Number.parseInt(m, 8));
      i += m.length - 1;
    } else out += `\\${n}`;
  }
  return out;
}
var REPR_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\n": ""
};
function decodeRawUnicodeEscape(raw) {
  const s = raw.toString("latin1");
  if (!s.includes("\\")) return s;
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a, b) => {
    const cp = Number.parseInt(a ?? b, 16);
    return cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
  });
}
function decodeLong(bytes) {
  if (bytes.length === 0) return 0n;
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = v << 8n | BigInt(bytes[i]);
  if (bytes[bytes.length - 1] & 128) v -= 1n << BigInt(bytes.length * 8);
  return v;
}

// src/formats/pickle/state.ts
var DEFAULT_WALK_LIMITS = {
  maxOpcodes: 5e7,
  maxStack: 1e6,
  // A 200k-word vocabulary with its merges (protocol 2 or 4) is 800k memo entries and 1.2M items and
  // peaks near 100 MiB of heap: these limits leave room for twice that, and bound the worst case.
  maxMemo: 2e6,
  maxRetained: 3e6,
  maxString: 64 * 1024,
  maxEmbedded: 1e4
};
var MAX_SITES = 1e6;
function newBudget() {
  return {
    opcodes: 0,
    retained: 0,
    text: 64 * 1024 * 1024,
    retainedHit: false,
    embeddedHit: false,
    sites: /* @__PURE__ */ new Map(),
    extSites: /* @__PURE__ */ new Map(),
    computed: /* @__PURE__ */ new Map()
  };
}
var MEMO_ARRAY_KEYS = 1 << 24;
var WalkState = class {
  reader;
  limits;
  result;
  hooks;
  budget;
  stack = [];
  metastack = [];
  /** Offset and name of the opcode being run, and where its length-prefixed operand's bytes start. */
  at;
  opName = "";
  operandStart = 0;
  /** The PROTO in effect (the unpickler keeps the last one, not the highest). */
  proto = 0;
  /** Set by `fail`: the walk stops after the opcode that set it. */
  error;
  /** Set by STOP. */
  stopped = false;
  /** Walks one nested plain pickle at the reader's position into the same result (set by the walker). */
  walkNested = async () => {
  };
  memoSmall = [];
  memoLarge = /* @__PURE__ */ new Map();
  memoCount = 0;
  dropped;
  constructor(reader, limits, result, hooks, budget) {
    this.reader = reader;
    this.limits = limits;
    this.result = result;
    this.hooks = hooks;
    this.budget = budget;
    this.at = reader.pos;
  }
  /**
   * Records why the walk stops (the first error wins) and returns undefined: handlers `return st.fail(..)`
   * and the loop stops after the handler. No exception is thrown on this path: text files the sniffer
   * tries are rejected without one.
   */
  fail(message, limit, code) {
    if (this.error) return void 0;
    this.error = { message, offset: this.at, code: code ?? (limit !== void 0 ? "limit" : "content") };
    if (limit !== void 0) this.error.limit = limit;
    return void 0;
  }
  truncated(message) {
    return this.fail(message, void 0, "truncated");
  }
  push(v) {
    if (this.stack.length + this.metastack.length >= this.limits.maxStack) {
      this.fail(`stack deeper than ${this.limits.maxStack}`, "stack");
      return;
    }
    if (v.t === "global") v.site.pushes = (v.site.pushes ?? 0) + 1;
    this.stack.push(v);
  }
  /** The popped value, or NONE after recording an underflow (the loop stops after this opcode). */
  pop() {
    const v = this.stack.pop();
    if (v !== void 0) return v;
    this.fail("stack underflow");
    return NONE;
  }
  top() {
    const v = this.stack[this.stack.length - 1];
    if (v !== void 0) return v;
    this.fail("stack underflow");
    return NONE;
  }
  mark() {
    if (this.metastack.length + this.stack.length >= this.limits.maxStack) {
      this.fail(`stack deeper than ${this.limits.maxStack}`, "stack");
      return;
    }
    this.metastack.push(this.stack);
    this.stack = [];
  }
  popMark() {
    const prev = this.metastack.pop();
    if (prev === void 0) {
      this.fail("MARK missing");
      return [];
    }
    const items = this.stack;
    this.stack = prev;
    return items;
  }
  /**
   * Keeps items of a collection within the retained budget; returns how many were dropped. Globals in
   * dropped items count as called (a later use could no longer be seen), and the first drop is a limit hit.
   */
  keep(items, into) {
    const room = Math.max(0, Math.min(items.length, this.limits.maxRetained - this.budget.retained));
    for (let i = 0; i < room; i++) into.push(items[i]);
    this.budget.retained += room;
    if (room < items.length) this.drop(items, room);
    return items.length - room;
  }
  drop(items, from) {
    if (!this.budget.retainedHit) {
      this.budget.retainedHit = true;
      this.noteLimit(
        "retained",
        `more than ${this.limits.maxRetained} collection items; globals in the items past it count as called`
      );
    }
    for (let i = from; i < items.length; i++) {
      const it = items[i];
      if (Array.isArray(it)) {
        this.markCalled(it[0], "past the retained-items limit");
        this.markCalled(it[1], "past the retained-items limit");
      } else this.markCalled(it, "past the retained-items limit");
    }
  }
  noteLimit(limit, message) {
    this.result.limitsHit.push({ limit, message, offset: this.at });
  }
  /** Marks every global reachable from `v` (itself, container items, an object's args and items) as called. */
  markCalled(v, how) {
    if (v.t !== "global" && v.t !== "ext" && v.t !== "obj" && !("items" in v)) return;
    this.dropped ??= /* @__PURE__ */ new Set();
    const seen = this.dropped;
    const todo = [v];
    for (let x = todo.pop(); x !== void 0; x = todo.pop()) {
      if (x.t === "global" || x.t === "ext") {
        x.site.calledBy ??= how;
        continue;
      }
      if (seen.has(x)) continue;
      if (x.t === "obj") {
        seen.add(x);
        if (x.bound && x.callee.t === "global") x.callee.site.calledBy ??= how;
        if (x.items) for (const it of x.items) todo.push(it);
        if (x.args) todo.push(x.args);
      } else if (x.t === "dict") {
        seen.add(x);
        for (const [k, val] of x.items) todo.push(k, val);
      } else if ("items" in x) {
        seen.add(x);
        for (const it of x.items) todo.push(it);
      }
    }
  }
  memoPut(key, v) {
    if (typeof key === "number" && key < MEMO_ARRAY_KEYS) {
      if (this.memoSmall[key] === void 0 && !this.countMemo()) return;
      this.memoSmall[key] = v;
      return;
    }
    if (!this.memoLarge.has(key) && !this.countMemo()) return;
    this.memoLarge.set(key, v);
  }
  countMemo() {
    if (this.memoCount >= this.limits.maxMemo) {
      this.fail(`memo larger than ${this.limits.maxMemo} entries`, "memo");
      return false;
    }
    this.memoCount++;
    return true;
  }
  /** MEMOIZE stores at len(memo), the number of entries (not the highest key). */
  memoize(v) {
    this.memoPut(this.memoCount, v);
  }
  memoGet(key) {
    const v = typeof key === "number" && key < MEMO_ARRAY_KEYS ? this.memoSmall[key] : this.memoLarge.get(key);
    if (v !== void 0) return v;
    this.fail(`memo key ${key} was never stored`);
    return NONE;
  }
  /** The site of a global (shared by every occurrence of the same name under the same protocol). */
  newGlobal(module, name, opcode, unresolved) {
    const key = `${module}\0${name}\0${this.proto < 3 ? 2 : 3}\0${unresolved ?? ""}`;
    const seen = this.budget.sites.get(key);
    if (seen) {
      seen.count++;
      return seen;
    }
    const site = { module, name, offset: this.at, opcode, protocol: this.proto, count: 1 };
    if (unresolved !== void 0) site.unresolved = unresolved;
    if (this.budget.sites.size >= MAX_SITES) this.fail(`more than ${MAX_SITES} distinct globals`, "globals");
    else this.budget.sites.set(key, site);
    this.result.globals.push(site);
    return site;
  }
  /**
   * A call of something that is not a named global. Calls of the same kind (the result of the same
   * global, a persistent id...) collapse into one entry with a count and the deepest chain seen.
   */
  computedCall(opcode, callee) {
    const root = callee.t === "obj" ? callee.root : void 0;
    const kind = callee.t === "obj" ? `result of ${root ? globalName(root) : "a computed value"}` : describe(callee);
    const depth = callee.t === "obj" ? callee.depth : 0;
    const key = `${opcode}\0${kind}`;
    const seen = this.budget.computed.get(key);
    if (seen) {
      seen.count++;
      seen.depth = Math.max(seen.depth, depth);
      return;
    }
    const c = { offset: this.at, opcode, callee: kind, depth, count: 1 };
    this.budget.computed.set(key, c);
    this.result.computedCalls.push(c);
  }
  newExt(code) {
    const key = `${this.opName}\0${code}`;
    const seen = this.budget.extSites.get(key);
    if (seen) {
      seen.count++;
      return seen;
    }
    const site = { code, offset: this.at, opcode: this.opName, count: 1 };
    this.budget.extSites.set(key, site);
    this.result.exts.push(site);
    return site;
  }
};
function memoKey(v) {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

// src/formats/pickle/handlers-data.ts
var MIN_EMBEDDED = 8;
function int(st, l) {
  const parsed = parseIntOperand(l.text.toString("latin1"));
  if (parsed === void 0) {
    st.fail(`invalid INT ${JSON.stringify(l.text.subarray(0, 40).toString("latin1"))}`);
    return;
  }
  if (parsed.bool !== void 0) st.push(parsed.bool ? TRUE : FALSE);
  else st.push({ t: "int", v: parsed.value ?? 0n });
}
function long(st, l) {
  const parsed = parseLongOperand(l.text.toString("latin1"));
  if (parsed === void 0) {
    st.fail(`invalid LONG ${JSON.stringify(l.text.subarray(0, 40).toString("latin1"))}`);
    return;
  }
  st.push({ t: "int", v: parsed.value ?? 0n });
}
function float(st, l) {
  if (!isFloatOperand(l.text.toString("latin1"))) {
    st.fail("invalid FLOAT");
    return;
  }
  st.push(FLOAT);
}
var smallInt = (st, n) => st.push(intValue(n));
function longBytes(st, c) {
  st.push({ t: "int", v: c.len <= 64 ? decodeLong(c.data) : 0n });
}
var longPayload = (st) => Math.min(64, st.limits.maxString);
function sniffEmbedded(st, head, start, length2, encoding) {
  if (length2 < MIN_EMBEDDED || !mayEmbed(head[0] ?? 0, length2)) return;
  const kind = embeddedKind(head, length2);
  if (kind === null) return;
  const max = st.limits.maxEmbedded ?? 1e4;
  if (st.result.embedded.length >= max) {
    if (!st.budget.embeddedHit) {
      st.budget.embeddedHit = true;
      st.noteLimit("embedded", `more than ${max} embedded pickles or archives; the rest were not scanned`);
    }
    return;
  }
  st.result.embedded.push({ offset: st.at, opcode: st.opName, start, length: length2, encoding, kind });
}
function latin1Head(s) {
  const head = s.slice(0, EMBED_HEAD);
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) > 255) return null;
  return Buffer.from(head, "latin1");
}
function textMayEmbed(st, s, length2) {
  return st.hooks.embedded === true && length2 >= MIN_EMBEDDED && s.length > 0 && mayEmbed(s.charCodeAt(0), length2);
}
function binString(st, v) {
  st.push(v);
  if (textMayEmbed(st, v.s, v.len))
    sniffEmbedded(st, Buffer.from(v.s.slice(0, EMBED_HEAD), "latin1"), st.operandStart, v.len, "raw");
}
function binUnicode(st, v) {
  st.push(v);
  if (!textMayEmbed(st, v.s, v.len)) return;
  const head = latin1Head(v.s);
  const raw = head ?? Buffer.from(v.s.slice(0, EMBED_HEAD), "utf8");
  sniffEmbedded(st, raw, st.operandStart, v.len, head ? "utf8" : "raw");
}
function binBytes(st, c) {
  if (st.hooks.embedded) sniffEmbedded(st, c.data, c.start, c.len, "raw");
  st.push(strValue("", true, c.len, false));
}
function reprString(st, l) {
  if (l.length > l.text.length) {
    st.push(strValue("", false, l.length, true));
    return;
  }
  const s = decodeReprString(l.text.toString("latin1"));
  if (s === null) {
    st.fail("STRING argument is not a quoted string");
    return;
  }
  if (textMayEmbed(st, s, s.length))
    sniffEmbedded(st, Buffer.from(s.slice(0, EMBED_HEAD), "latin1"), l.start, l.length, "repr");
  st.push(strValue(s, false, s.length, false));
}
function rawUnicode(st, l) {
  const s = decodeRawUnicodeEscape(l.text);
  const head = textMayEmbed(st, s, s.length) ? latin1Head(s) : null;
  if (head) sniffEmbedded(st, head, l.start, l.length, "raw-unicode-escape");
  st.push(strValue(s, false, l.length, l.length > l.text.length));
}
function mutate(target, opcode) {
  if (target.t === "global") target.site.mutatedBy ??= opcode;
}
function keepIn(st, o, items) {
  o.items ??= [];
  st.keep(items, o.items);
}
function collection(t) {
  return (st) => {
    const items = st.popMark();
    const v = { t, items: [], dropped: 0 };
    v.dropped = st.keep(items, v.items);
    st.push(v);
  };
}
function empty(t) {
  return (st) => st.push({ t, items: [], dropped: 0 });
}
function smallTuple(n) {
  return (st) => {
    if (st.stack.length < n) {
      st.fail("stack underflow");
      return;
    }
    st.push({ t: "tuple", items: st.stack.splice(st.stack.length - n, n), dropped: 0 });
  };
}
function pairs(st, items, opcode) {
  if (items.length % 2) {
    st.fail(`${opcode} with an odd number of items`);
    return [];
  }
  const out = [];
  for (let i = 0; i + 1 < items.length; i += 2) out.push([items[i], items[i + 1]]);
  return out;
}
function dict2(st) {
  const d = { t: "dict", items: [], dropped: 0 };
  d.dropped = st.keep(pairs(st, st.popMark(), "DICT"), d.items);
  st.push(d);
}
function append2(st) {
  const v = st.pop();
  addItems(st, st.top(), [v], "APPEND");
}
function appends(st) {
  const items = st.popMark();
  addItems(st, st.top(), items, "APPENDS");
}
function addItems(st, target, items, opcode) {
  mutate(target, opcode);
  if (target.t === "list") target.dropped += st.keep(items, target.items);
  else if (target.t === "obj") keepIn(st, target, items);
}
function addSetItems(st) {
  const items = st.popMark();
  const set = st.top();
  mutate(set, "ADDITEMS");
  if (set.t === "set") set.dropped += st.keep(items, set.items);
}
function setItem(st) {
  const v = st.pop();
  const k = st.pop();
  const d = st.top();
  mutate(d, "SETITEM");
  if (d.t === "dict") d.dropped += st.keep([[k, v]], d.items);
  else if (d.t === "obj") keepIn(st, d, [v]);
}
function setItems(st) {
  const items = st.popMark();
  if (items.length % 2) {
    st.fail("SETITEMS with an odd number of items");
    return;
  }
  const d = st.top();
  mutate(d, "SETITEMS");
  if (d.t === "obj") keepIn(st, d, items);
  else if (d.t === "dict") d.dropped += st.keep(pairs(st, items, "SETITEMS"), d.items);
}
function pop(st) {
  if (st.stack.length) st.stack.pop();
  else st.popMark();
}
var dup = (st) => st.push(st.top());
function get(st, l) {
  const key = parseMemoKey(l.text.toString("latin1"));
  if (key === void 0 || key === null) {
    st.fail("invalid GET argument");
    return;
  }
  st.push(st.memoGet(memoKey(key)));
}
function put(st, l) {
  const key = parseMemoKey(l.text.toString("latin1"));
  if (key === void 0 || key === null) {
    st.fail("invalid PUT argument");
    return;
  }
  if (key < 0n) {
    st.fail("negative PUT argument");
    return;
  }
  st.memoPut(memoKey(key), st.top());
}
var binGet = (st, key) => st.push(st.memoGet(key));
var binPut = (st, key) => st.memoPut(key, st.top());
var memoize = (st) => st.memoize(st.top());
function proto(st, p) {
  if (p > 5) {
    st.fail(`unsupported pickle protocol ${p}`);
    return;
  }
  st.proto = p;
  st.result.protocol = Math.max(st.result.protocol, p);
}
var none = (st) => st.push(NONE);
var newTrue = (st) => st.push(TRUE);
var newFalse = (st) => st.push(FALSE);
var binFloat = (st) => st.push(FLOAT);

// src/formats/pickle/opcodes.ts
function op(code, name, operand, effect, run2) {
  const byte = typeof code === "number" ? code : code.charCodeAt(0);
  return { code: byte, name, operand, effect, run: run2 };
}
var twoLines = (st) => {
  const first = line(st);
  const second = (m) => {
    const n = line(st);
    return n instanceof Promise ? n.then((x) => [m, x]) : [m, n];
  };
  return first instanceof Promise ? first.then(second) : second(first);
};
var OPCODES = [
  // Stack and memo bookkeeping.
  op("(", "MARK", noOperand, "-> mark", (st) => st.mark()),
  op(".", "STOP", noOperand, "any ->", stop),
  op("0", "POP", noOperand, "any ->", pop),
  op("1", "POP_MARK", noOperand, "mark stackslice ->", (st) => void st.popMark()),
  op("2", "DUP", noOperand, "any -> any any", dup),
  op("g", "GET", numberLine, "-> any", get),
  op("h", "BINGET", u1, "-> any", binGet),
  op("j", "LONG_BINGET", u4, "-> any", binGet),
  op("p", "PUT", numberLine, "->", put),
  op("q", "BINPUT", u1, "->", binPut),
  op("r", "LONG_BINPUT", u4, "->", binPut),
  op(148, "MEMOIZE", noOperand, "any -> any", memoize),
  op(128, "PROTO", u1, "->", proto),
  op(149, "FRAME", length(8, false), "->", () => {
  }),
  // Numbers and constants.
  op("I", "INT", numberLine, "-> int_or_bool", int),
  op("J", "BININT", i4, "-> int", smallInt),
  op("K", "BININT1", u1, "-> int", smallInt),
  op("M", "BININT2", u2, "-> int", smallInt),
  op("L", "LONG", numberLine, "-> int", long),
  op(138, "LONG1", counted(1, false, longPayload), "-> int", longBytes),
  op(139, "LONG4", counted(4, true, longPayload), "-> int", longBytes),
  op("F", "FLOAT", numberLine, "-> float", float),
  op("G", "BINFLOAT", skip8, "-> float", binFloat),
  op("N", "NONE", noOperand, "-> None", none),
  op(136, "NEWTRUE", noOperand, "-> bool", newTrue),
  op(137, "NEWFALSE", noOperand, "-> bool", newFalse),
  // Strings and bytes.
  op("S", "STRING", line, "-> bytes_or_str", reprString),
  op("T", "BINSTRING", countedText(4, true, "latin1"), "-> bytes_or_str", binString),
  op("U", "SHORT_BINSTRING", countedText(1, false, "latin1"), "-> bytes_or_str", binString),
  op("V", "UNICODE", line, "-> str", rawUnicode),
  op("X", "BINUNICODE", countedText(4, false, "utf8"), "-> str", binUnicode),
  op(140, "SHORT_BINUNICODE", countedText(1, false, "utf8"), "-> str", binUnicode),
  op(141, "BINUNICODE8", countedText(8, false, "utf8"), "-> str", binUnicode),
  op("B", "BINBYTES", counted(4, false, bytesKeep), "-> bytes", binBytes),
  op("C", "SHORT_BINBYTES", counted(1, false, bytesKeep), "-> bytes", binBytes),
  op(142, "BINBYTES8", counted(8, false, bytesKeep), "-> bytes", binBytes),
  op(150, "BYTEARRAY8", counted(8, false, bytesKeep), "-> bytearray", binBytes),
  op(151, "NEXT_BUFFER", noOperand, "-> buffer", nextBuffer),
  op(152, "READONLY_BUFFER", noOperand, "buffer -> buffer", readonlyBuffer),
  // Containers.
  op(")", "EMPTY_TUPLE", noOperand, "-> tuple", empty("tuple")),
  op(133, "TUPLE1", noOperand, "any -> tuple", smallTuple(1)),
  op(134, "TUPLE2", noOperand, "any any -> tuple", smallTuple(2)),
  op(135, "TUPLE3", noOperand, "any any any -> tuple", smallTuple(3)),
  op("t", "TUPLE", noOperand, "mark stackslice -> tuple", collection("tuple")),
  op("]", "EMPTY_LIST", noOperand, "-> list", empty("list")),
  op("l", "LIST", noOperand, "mark stackslice -> list", collection("list")),
  op("a", "APPEND", noOperand, "list any -> list", append2),
  op("e", "APPENDS", noOperand, "list mark stackslice -> list", appends),
  op("}", "EMPTY_DICT", noOperand, "-> dict", empty("dict")),
  op("d", "DICT", noOperand, "mark stackslice -> dict", dict2),
  op("s", "SETITEM", noOperand, "dict any any -> dict", setItem),
  op("u", "SETITEMS", noOperand, "dict mark stackslice -> dict", setItems),
  op(143, "EMPTY_SET", noOperand, "-> set", empty("set")),
  op(144, "ADDITEMS", noOperand, "set mark stackslice -> set", addSetItems),
  op(145, "FROZENSET", noOperand, "mark stackslice -> frozenset", collection("frozenset")),
  // Imports, calls and object construction.
  op("c", "GLOBAL", twoLines, "-> any", global),
  op(147, "STACK_GLOBAL", noOperand, "str str -> any", stackGlobal),
  op("i", "INST", twoLines, "mark stackslice -> any", inst),
  op("o", "OBJ", noOperand, "mark any stackslice -> any", objOp),
  op("R", "REDUCE", noOperand, "any any -> any", reduce),
  op(129, "NEWOBJ", noOperand, "any any -> any", newObj("NEWOBJ")),
  op(146, "NEWOBJ_EX", noOperand, "any any any -> any", newObj("NEWOBJ_EX")),
  op("b", "BUILD", noOperand, "any any -> any", build),
  op(130, "EXT1", u1, "-> any", ext),
  op(131, "EXT2", u2, "-> any", ext),
  op(132, "EXT4", i4, "-> any", ext),
  op("P", "PERSID", line, "-> any", persId),
  op("Q", "BINPERSID", noOperand, "any -> any", binPersId)
];
var OPCODE_TABLE = (() => {
  const t = new Array(256).fill(void 0);
  for (const o of OPCODES) t[o.code] = o;
  return t;
})();
var OPCODE_NAMES = Object.fromEntries(
  OPCODES.map((o) => [o.code, o.name])
);

// src/formats/pickle/use-time.ts
var BY_PARAMETER = [
  [
    "affinity",
    -1,
    [
      "sklearn.cluster._agglomerative.AgglomerativeClustering",
      "sklearn.cluster._agglomerative.FeatureAgglomeration",
      "sklearn.cluster._spectral.SpectralClustering",
      "sklearn.manifold._spectral_embedding.SpectralEmbedding"
    ]
  ],
  [
    "analyzer",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "callback",
    -1,
    [
      "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
      "sklearn.decomposition._sparse_pca.MiniBatchSparsePCA",
      "sklearn.neighbors._nca.NeighborhoodComponentsAnalysis"
    ]
  ],
  [
    "connectivity",
    -1,
    [
      "sklearn.cluster._agglomerative.AgglomerativeClustering",
      "sklearn.cluster._agglomerative.FeatureAgglomeration"
    ]
  ],
  ["feature_names_out", -1, ["sklearn.preprocessing._function_transformer.FunctionTransformer"]],
  ["fun", -1, ["sklearn.decomposition._fastica.FastICA"]],
  ["func", -1, ["sklearn.compose._target.TransformedTargetRegressor"]],
  ["func", 0, ["sklearn.preprocessing._function_transformer.FunctionTransformer"]],
  [
    "importance_getter",
    -1,
    [
      "sklearn.feature_selection._from_model.SelectFromModel",
      "sklearn.feature_selection._rfe.RFE",
      "sklearn.feature_selection._rfe.RFECV"
    ]
  ],
  [
    "init",
    -1,
    [
      "sklearn.cluster._bisect_k_means.BisectingKMeans",
      "sklearn.cluster._kmeans.KMeans",
      "sklearn.cluster._kmeans.MiniBatchKMeans"
    ]
  ],
  ["inverse_func", -1, ["sklearn.compose._target.TransformedTargetRegressor"]],
  ["inverse_func", 1, ["sklearn.preprocessing._function_transformer.FunctionTransformer"]],
  ["is_data_valid", -1, ["sklearn.linear_model._ransac.RANSACRegressor"]],
  ["is_model_valid", -1, ["sklearn.linear_model._ransac.RANSACRegressor"]],
  [
    "kernel",
    -1,
    [
      "sklearn.decomposition._kernel_pca.KernelPCA",
      "sklearn.kernel_ridge.KernelRidge",
      "sklearn.svm._classes.NuSVC",
      "sklearn.svm._classes.NuSVR",
      "sklearn.svm._classes.OneClassSVM",
      "sklearn.svm._classes.SVC",
      "sklearn.svm._classes.SVR"
    ]
  ],
  [
    "kernel",
    0,
    [
      "sklearn.kernel_approximation.Nystroem",
      "sklearn.semi_supervised._label_propagation.LabelPropagation",
      "sklearn.semi_supervised._label_propagation.LabelSpreading"
    ]
  ],
  ["loss", -1, ["sklearn.linear_model._ransac.RANSACRegressor"]],
  ["max_features", -1, ["sklearn.feature_selection._from_model.SelectFromModel"]],
  [
    "metric",
    -1,
    [
      "sklearn.cluster._agglomerative.AgglomerativeClustering",
      "sklearn.cluster._agglomerative.FeatureAgglomeration",
      "sklearn.cluster._dbscan.DBSCAN",
      "sklearn.cluster._optics.OPTICS",
      "sklearn.impute._knn.KNNImputer",
      "sklearn.manifold._isomap.Isomap",
      "sklearn.manifold._t_sne.TSNE",
      "sklearn.neighbors._classification.KNeighborsClassifier",
      "sklearn.neighbors._classification.RadiusNeighborsClassifier",
      "sklearn.neighbors._graph.KNeighborsTransformer",
      "sklearn.neighbors._graph.RadiusNeighborsTransformer",
      "sklearn.neighbors._lof.LocalOutlierFactor",
      "sklearn.neighbors._regression.KNeighborsRegressor",
      "sklearn.neighbors._regression.RadiusNeighborsRegressor",
      "sklearn.neighbors._unsupervised.NearestNeighbors"
    ]
  ],
  ["metric", 0, ["sklearn.neighbors._nearest_centroid.NearestCentroid"]],
  [
    "optimizer",
    -1,
    [
      "sklearn.gaussian_process._gpc.GaussianProcessClassifier",
      "sklearn.gaussian_process._gpr.GaussianProcessRegressor"
    ]
  ],
  ["pooling_func", -1, ["sklearn.cluster._agglomerative.FeatureAgglomeration"]],
  [
    "preprocessor",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "score_func",
    0,
    [
      "sklearn.feature_selection._univariate_selection.GenericUnivariateSelect",
      "sklearn.feature_selection._univariate_selection.SelectFdr",
      "sklearn.feature_selection._univariate_selection.SelectFpr",
      "sklearn.feature_selection._univariate_selection.SelectFwe",
      "sklearn.feature_selection._univariate_selection.SelectKBest",
      "sklearn.feature_selection._univariate_selection.SelectPercentile"
    ]
  ],
  [
    "scoring",
    -1,
    [
      "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
      "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
      "sklearn.feature_selection._rfe.RFECV",
      "sklearn.feature_selection._sequential.SequentialFeatureSelector",
      "sklearn.linear_model._logistic.LogisticRegressionCV",
      "sklearn.linear_model._ridge.RidgeCV",
      "sklearn.linear_model._ridge.RidgeClassifierCV"
    ]
  ],
  [
    "strip_accents",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "tokenizer",
    -1,
    [
      "sklearn.feature_extraction.text.CountVectorizer",
      "sklearn.feature_extraction.text.HashingVectorizer",
      "sklearn.feature_extraction.text.TfidfVectorizer"
    ]
  ],
  [
    "weights",
    -1,
    [
      "sklearn.impute._knn.KNNImputer",
      "sklearn.neighbors._classification.KNeighborsClassifier",
      "sklearn.neighbors._classification.RadiusNeighborsClassifier",
      "sklearn.neighbors._regression.KNeighborsRegressor",
      "sklearn.neighbors._regression.RadiusNeighborsRegressor"
    ]
  ]
];
var USE_TIME_CALLABLES = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const [key, position, classes] of BY_PARAMETER)
    for (const cls of classes) m.set(cls, [...m.get(cls) ?? [], [key, position]]);
  return m;
})();

// src/formats/pickle/walker.ts
var MAX_NESTED = 64;
function emptyResult(start) {
  return {
    start,
    end: start,
    protocol: 0,
    globals: [],
    exts: [],
    computedCalls: [],
    persistentIds: 0,
    persistent: [],
    opcodes: 0,
    limitsHit: [],
    embedded: []
  };
}
var BASE_HOOKS = { forwarders: FORWARDERS, useTime: USE_TIME_CALLABLES };
var SCAN_HOOKS = { ...BASE_HOOKS, embedded: true };
async function walkPickle(reader, limits = DEFAULT_WALK_LIMITS, hooks = BASE_HOOKS) {
  const h = typeof hooks === "function" ? { ...BASE_HOOKS, afterBuild: hooks } : hooks;
  const result = emptyResult(reader.pos);
  const st = new WalkState(reader, limits, result, h, newBudget());
  await run(st, 0);
  finish(st);
  return result;
}
async function run(st, nesting) {
  const { reader, limits, budget } = st;
  st.walkNested = (r) => walkNested(st, r, nesting + 1);
  for (; ; ) {
    st.at = reader.pos;
    if (++budget.opcodes > limits.maxOpcodes)
      return void st.fail(`more than ${limits.maxOpcodes} opcodes`, "opcodes");
    if (!reader.has(1) && !await reader.need(1))
      return void st.truncated("pickle truncated: no STOP opcode");
    const code = reader.byte();
    const op2 = OPCODE_TABLE[code];
    if (op2 === void 0) return void st.fail(`invalid opcode 0x${code.toString(16).padStart(2, "0")}`);
    st.result.opcodes++;
    st.opName = op2.name;
    let operand = op2.operand(st);
    if (operand instanceof Promise) operand = await operand;
    if (st.error) return;
    const done = op2.run(st, operand);
    if (done !== void 0) await done;
    if (st.error || st.stopped) return;
  }
}
async function walkNested(parent, reader, nesting) {
  if (nesting > MAX_NESTED) return void parent.fail(`pickles nested more than ${MAX_NESTED} deep`, "nesting");
  const { afterBuild: _joblibFraming, ...hooks } = parent.hooks;
  const st = new WalkState(reader, parent.limits, parent.result, hooks, parent.budget);
  await run(st, nesting);
  if (st.error) {
    parent.at = st.error.offset;
    parent.fail(`in the nested pickle: ${st.error.message}`, st.error.limit, st.error.code);
  }
}
function finish(st) {
  const { result } = st;
  if (st.error) {
    result.error = st.error;
    result.end = Math.max(st.error.offset, result.start);
  }
  for (const site of result.globals) {
    if ((site.unbuilt ?? 0) > 0) site.calledBy ??= site.instantiatedBy ?? "NEWOBJ";
  }
}

// src/formats/numpy/dtype.ts
var NUMPY_TYPE_SIZES = {
  "?": 1,
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  g: 16,
  F: 8,
  D: 16,
  G: 32
};
var DTYPE_MODULE = /^numpy(\.(core|_core))?(\.(multiarray|_multiarray_umath))?$/;
var FLEXIBLE = /* @__PURE__ */ new Set(["S", "U", "V", "a"]);
var HASOBJECT = 1n;
function intOf(v) {
  return v?.t === "int" ? v.v : v?.t === "bool" ? v.v ? 1n : 0n : void 0;
}
function dtypeFlags(v) {
  const raw = intOf(v);
  if (raw === void 0) return void 0;
  let s = BigInt.asIntN(64, raw);
  if (s < 0n && s >= -128n) s += 128n;
  return s < 0n ? void 0 : s;
}
function readState(items) {
  const n = items.length;
  if (n < 5 || n > 9) return void 0;
  const version = n === 5 ? 0 : Number(intOf(items[0]) ?? -1n);
  if (version < 0 || version > 4) return void 0;
  const at = (i) => items[n === 5 ? i - 1 : i];
  const fields = n === 6 || n === 5 ? at(3) : items[4];
  const elsize = intOf(n === 6 || n === 5 ? at(4) : items[5]);
  const flags = n >= 8 ? dtypeFlags(items[7]) : 0n;
  if (flags === void 0) return void 0;
  return { version, fields, elsize, flags };
}
function fieldHasObject(entry, depth) {
  if (entry.t !== "tuple" || entry.items.length < 2 || entry.items.length > 3) return void 0;
  if (intOf(entry.items[1]) === void 0) return void 0;
  const sub = pickledDtype(entry.items[0], depth + 1);
  return sub?.hasObject ?? false;
}
function findObject(kind, state, depth) {
  if (state.flags !== 0n || kind === "O") return true;
  if (state.fields?.t !== "dict") return false;
  for (const [key, entry] of state.fields.items) {
    if (state.version <= 1 && key.t === "int" && key.v === -1n) continue;
    if (entry.t === "tuple" && entry.items.length === 3 && sameStr(entry.items[2], key)) continue;
    const has = fieldHasObject(entry, depth);
    if (has === void 0) return false;
    if (has) return true;
  }
  return false;
}
function sameStr(a, b) {
  return a?.t === "str" && b.t === "str" && a.s === b.s;
}
function pickledDtype(v, depth = 0) {
  if (depth > 32 || v?.t !== "obj" || v.args?.t !== "tuple") return null;
  const g = rootGlobal(v.callee);
  if (g?.name !== "dtype" || !DTYPE_MODULE.test(g.module)) return null;
  const code = v.args.items[0];
  if (code?.t !== "str" || code.trunc) return null;
  const m = /^([a-zA-Z?])(\d*)$/.exec(code.s.replace(/^[<>|=]/, ""));
  if (!m) return null;
  const kind = m[1];
  const digits = m[2] ? Number(m[2]) : void 0;
  const fromCode = kind === "U" ? (digits ?? 0) * 4 : digits ?? NUMPY_TYPE_SIZES[kind] ?? (kind === "O" ? 8 : -1);
  if (v.state === void 0) return fromCode >= 0 ? { itemsize: fromCode, hasObject: kind === "O" } : null;
  if (v.state.t !== "tuple") return null;
  const state = readState(v.state.items);
  if (!state) return null;
  const hasObject = state.version >= 3 ? (state.flags & HASOBJECT) === HASOBJECT : findObject(kind, state, depth);
  const itemsize = FLEXIBLE.has(kind) ? Number(state.elsize ?? -1n) : fromCode;
  return itemsize >= 0 ? { itemsize, hasObject } : null;
}

// src/formats/py-int.ts
var WHITESPACE = "[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f ]*";
var DIGITS = { 2: "[01]", 8: "[0-7]", 10: "[0-9]", 16: "[0-9a-fA-F]" };
var PREFIX = { 2: "0[bB]", 8: "0[oO]", 16: "0[xX]" };
function build2(base) {
  const d = DIGITS[base];
  const prefix = PREFIX[base] ? `(?:${PREFIX[base]}_?)?` : "";
  return new RegExp(`^${WHITESPACE}([+-]?)${prefix}(${d}+(?:_${d}+)*)${WHITESPACE}$`);
}
var PATTERNS = { 2: build2(2), 8: build2(8), 10: build2(10), 16: build2(16) };
function pyInt(text, base) {
  const m = PATTERNS[base].exec(text);
  if (!m) return void 0;
  const digits = m[2].replaceAll("_", "");
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "";
  const v = BigInt(`${prefix}${digits}`);
  return m[1] === "-" ? -v : v;
}

// src/formats/pickle/reader.ts
var CHUNK2 = 256 * 1024;
var NO_BYTES = Buffer.alloc(0);
var PickleReader = class {
  source;
  /** Absolute offset of the next byte. */
  pos;
  end;
  buf = NO_BYTES;
  bufStart = 0;
  /** Next read size: starts small (sniffing and probing usually stop within bytes) and doubles. */
  chunk = 4096;
  constructor(source, start = 0, end = source.size) {
    this.source = source;
    this.pos = start;
    this.end = Math.min(end, source.size);
  }
  remaining() {
    return this.end - this.pos;
  }
  buffered() {
    return this.bufStart + this.buf.length - this.pos;
  }
  /** Makes `n` bytes (n ≤ CHUNK) available synchronously; false when fewer than `n` are left. */
  async need(n) {
    if (this.buffered() >= n) return true;
    if (this.remaining() < n) return false;
    const len = Math.min(Math.max(n, this.chunk), this.remaining());
    this.chunk = Math.min(this.chunk * 2, CHUNK2);
    this.buf = await this.source.read(this.pos, len);
    this.bufStart = this.pos;
    return this.buf.length >= n;
  }
  /** True when `n` bytes are already buffered (the fast path that avoids an await). */
  has(n) {
    return this.buffered() >= n;
  }
  byte() {
    return this.buf[this.pos++ - this.bufStart];
  }
  /** Little-endian integers at the current position (caller ensured they are buffered). */
  u16() {
    const v = this.buf.readUInt16LE(this.pos - this.bufStart);
    this.pos += 2;
    return v;
  }
  u32() {
    const v = this.buf.readUInt32LE(this.pos - this.bufStart);
    this.pos += 4;
    return v;
  }
  i32() {
    const v = this.buf.readInt32LE(this.pos - this.bufStart);
    this.pos += 4;
    return v;
  }
  /** Decodes `n` buffered bytes at the current position without copying them first. */
  takeText(n, encoding) {
    const at = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.toString(encoding, at, at + n);
  }
  take(n) {
    const at = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.subarray(at, at + n);
  }
  /** Moves forward `n` bytes without reading them (caller checked `remaining()`). */
  skip(n) {
    this.pos += n;
  }
  /**
   * Reads `n` bytes keeping at most `keep` of them; the rest is skipped unread.
   * Caller checked `n <= remaining()`.
   */
  async bytes(n, keep) {
    const k = Math.min(n, keep);
    let out;
    if (k <= CHUNK2) {
      await this.need(k);
      out = Buffer.from(this.take(k));
    } else {
      out = await this.source.read(this.pos, k);
      this.pos += k;
    }
    this.skip(n - k);
    return out;
  }
  /**
   * The next line when it is already buffered and at most `keep` bytes long (the synchronous fast path
   * of `line`); undefined otherwise. The text is a view of the buffer: use it before the next read.
   */
  bufferedLine(keep) {
    const at = this.pos - this.bufStart;
    const nl = this.buf.indexOf(10, at);
    if (nl < 0 || nl - at > keep) return void 0;
    this.pos += nl - at + 1;
    return { text: this.buf.subarray(at, nl), length: nl - at };
  }
  /**
   * Reads up to and including the next `\n` (protocol 0 arguments). Returns the line without the
   * newline, keeping at most `keep` bytes of it, plus its full length; null when no newline is left.
   * `rest` sees every piece past the kept prefix (a long number is validated without being kept).
   */
  /**
   * The line at the reader's position. `rest` sees the bytes past `keep`; `reject` sees every piece and
   * stops the read when it returns true (the line can no longer be valid): the result is then the
   * line so far, marked `rejected`, and the reader stands after it.
   */
  async line(keep, rest, reject) {
    const parts = [];
    let kept = 0;
    let length2 = 0;
    for (; ; ) {
      if (!this.has(1) && !await this.need(1)) return null;
      const at = this.pos - this.bufStart;
      const nl = this.buf.indexOf(10, at);
      const stop2 = nl < 0 ? this.buf.length : nl;
      const piece = this.buf.subarray(at, stop2);
      if (reject?.(piece)) {
        this.pos += piece.length;
        return { text: parts.length === 1 ? parts[0] : Buffer.concat(parts), length: length2, rejected: true };
      }
      const part = kept < keep ? piece.subarray(0, keep - kept) : piece.subarray(0, 0);
      if (part.length) {
        parts.push(Buffer.from(part));
        kept += part.length;
      }
      if (rest && part.length < piece.length) rest(piece.subarray(part.length));
      length2 += piece.length;
      this.pos += piece.length;
      if (nl >= 0) {
        this.pos += 1;
        return { text: parts.length === 1 ? parts[0] : Buffer.concat(parts), length: length2 };
      }
    }
  }
};

// src/formats/joblib.ts
var WRAPPERS = /* @__PURE__ */ new Set([
  "joblib.numpy_pickle.NumpyArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper"
]);
function classOf(v) {
  if (v.t !== "obj") return void 0;
  const g = rootGlobal(v.callee);
  if (!g) return void 0;
  const name = `${g.module}.${g.name}`;
  if ((name === "copyreg._reconstructor" || name === "copyreg.__newobj__") && v.args?.t === "tuple") {
    const cls = v.args.items[0];
    const c = cls?.t === "global" ? cls.site : void 0;
    return c ? `${c.module}.${c.name}` : void 0;
  }
  return v.callee.t === "global" ? name : void 0;
}
function field(state, key) {
  if (state?.t !== "dict") return void 0;
  for (const [k, v] of state.items) if (k.t === "str" && !k.bytes && k.s === key) return v;
  return void 0;
}
var dtypeInfo = pickledDtype;
var joblibAfterBuild = async (top, reader, result, walkNested2) => {
  const cls = classOf(top);
  if (!cls || !WRAPPERS.has(cls) || top.t !== "obj") return;
  const where = reader.pos;
  const subclass = field(top.state, "subclass");
  if (subclass?.t === "global") subclass.site.calledBy ??= "joblib NumpyArrayWrapper subclass";
  const dtype = dtypeInfo(field(top.state, "dtype"));
  const shape = field(top.state, "shape");
  if (!dtype || shape?.t !== "tuple" || shape.dropped) {
    throw new PickleError(
      `joblib array wrapper with an unreadable dtype or shape (${describe(field(top.state, "dtype"))}): the array data that follows cannot be delimited`,
      where
    );
  }
  if (dtype.hasObject) {
    await walkNested2(reader);
    return;
  }
  let count = 1n;
  for (const d of shape.items) {
    if (d.t !== "int" || d.v < 0n) throw new PickleError("joblib array wrapper with an invalid shape", where);
    count *= d.v;
  }
  const align = field(top.state, "numpy_array_alignment_bytes");
  if (align && align.t !== "none") {
    if (!await reader.need(1)) throw new PickleError("joblib array padding truncated", where);
    const pad = reader.byte();
    if (pad > reader.remaining()) throw new PickleError("joblib array padding exceeds the bytes left", where);
    reader.skip(pad);
  }
  const nbytes = count * BigInt(dtype.itemsize);
  if (nbytes > BigInt(reader.remaining())) {
    throw new PickleError(
      `joblib array of ${nbytes} bytes exceeds the ${reader.remaining()} bytes left`,
      where
    );
  }
  const shadow = await walkPickle(
    new PickleReader(reader.source, reader.pos, reader.pos + Number(nbytes)),
    SHADOW_LIMITS
  );
  for (const site of shadow.globals) result.globals.push({ ...site, shadow: true });
  reader.skip(Number(nbytes));
};
var SHADOW_LIMITS = {
  maxOpcodes: 1e5,
  maxStack: 1e4,
  maxMemo: 1e4,
  maxRetained: 1e4,
  maxString: 4096
};
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
  return new Promise((resolve6) => {
    const inflate = createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH });
    let got = 0;
    inflate.on("data", (chunk) => {
      got += chunk.length;
    });
    inflate.on("error", () => resolve6(got > 0));
    inflate.on("end", () => resolve6(got > 0));
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
var JOBLIB_ZLIB_ANALYZER = {
  id: "joblib-zlib",
  kinds: [KINDS.zlib],
  claims: [KINDS.zlib],
  async analyze(ctx) {
    const { source } = ctx;
    const start = ctx.head[0] === 120 ? 0 : Math.max(0, zfileDataStart(ctx.head));
    const result = await expand(source, start, source.size - start, zlibCodecs.zlib, {
      limits: ctx.limits,
      budget: ctx.budget
    });
    await scanExpanded(ctx, result, `${ctx.name}[zlib]`, "zlib stream");
  }
};

// src/formats/keras/index.ts
var keras_exports = {};
__export(keras_exports, {
  HDF5_MALFORMED: () => HDF5_MALFORMED,
  HDF5_POLYGLOT: () => HDF5_POLYGLOT,
  HDF5_UNSUPPORTED: () => HDF5_UNSUPPORTED,
  KERAS_DUPLICATE_CONFIG: () => KERAS_DUPLICATE_CONFIG,
  KERAS_H5_ANALYZER: () => KERAS_H5_ANALYZER,
  KERAS_H5_POLYGLOT_ANALYZER: () => KERAS_H5_POLYGLOT_ANALYZER,
  KERAS_JSON_ANALYZER: () => KERAS_JSON_ANALYZER,
  KERAS_ZIP_ANALYZER: () => KERAS_ZIP_ANALYZER,
  KERAS_ZIP_POLYGLOT: () => KERAS_ZIP_POLYGLOT,
  hdf5SuperblockAfterStart: () => hdf5SuperblockAfterStart,
  isKerasModelJson: () => isKerasModelJson
});

// src/formats/hdf5-dense.ts
var Hdf5Unsupported = class extends BaseError {
  constructor(message) {
    super("HDF5_UNSUPPORTED", message);
    this.name = "Hdf5Unsupported";
  }
};
var MAX_RECORDS = 1e5;
var encSize = (n) => Math.floor(Math.log2(Math.max(1, n)) / 8) + 1;
async function readHeap(c, addr) {
  const { so, sl } = c;
  const size = 4 + 1 + 2 + 2 + 1 + 4 + sl + so + sl + so + 8 * sl + 2 + sl + sl + 2 + 2 + so + 2;
  const b = await c.read(addr, size, "fractal heap header");
  if (b.subarray(0, 4).toString("latin1") !== "FRHP")
    throw new Hdf5Unsupported("fractal heap without FRHP signature");
  let at = 5;
  const idLen = c.uint(b, at, 2);
  const filtersLen = c.uint(b, at + 2, 2);
  const flags = b[at + 4];
  const maxManaged = c.uint(b, at + 5, 4);
  at += 9 + sl;
  const hugeBtree = c.undefinedAddr(b, at) ? void 0 : c.uint(b, at, so);
  at += so + sl + so + 8 * sl;
  const width = c.uint(b, at, 2);
  const startBlock = c.uint(b, at + 2, sl);
  const maxDirect = c.uint(b, at + 2 + sl, sl);
  const maxHeapBits = c.uint(b, at + 2 + 2 * sl, 2);
  at += 2 + 2 * sl + 2 + 2;
  const rootAddr = c.undefinedAddr(b, at) ? void 0 : c.uint(b, at, so);
  const rootRows = c.uint(b, at + so, 2);
  if (width < 1 || width > 1024 || startBlock < 16 || maxDirect < startBlock || maxDirect > 2 ** 31) {
    throw new Hdf5Unsupported("fractal heap with an implausible doubling table");
  }
  const offsetSize = Math.ceil(maxHeapBits / 8);
  const lengthSize = Math.min(Math.ceil(Math.log2(maxDirect) / 8), encSize(maxManaged));
  return {
    idLen,
    flags,
    filtersLen,
    hugeBtree,
    width,
    startBlock,
    maxDirect,
    offsetSize,
    lengthSize,
    rootAddr,
    rootRows
  };
}
async function directBlocks(c, h) {
  if (h.rootAddr === void 0) return [];
  if (h.rootRows === 0) return [[0, h.rootAddr, h.startBlock]];
  const maxDirectRows = Math.log2(h.maxDirect) - Math.log2(h.startBlock) + 2;
  if (h.rootRows > maxDirectRows) throw new Hdf5Unsupported("fractal heap with nested indirect blocks");
  const entries = h.rootRows * h.width;
  const head = 4 + 1 + c.so + h.offsetSize;
  const b = await c.read(h.rootAddr, head + entries * c.so, "fractal heap indirect block");
  if (b.subarray(0, 4).toString("latin1") !== "FHIB")
    throw new Hdf5Unsupported("indirect block without FHIB");
  const out = [];
  let offset = 0;
  for (let r = 0; r < h.rootRows; r++) {
    const size = r === 0 ? h.startBlock : h.startBlock * 2 ** (r - 1);
    for (let col = 0; col < h.width; col++) {
      const at = head + (r * h.width + col) * c.so;
      if (!c.undefinedAddr(b, at)) out.push([offset, c.uint(b, at, c.so), size]);
      offset += size;
    }
  }
  return out;
}
async function btreeRecords(c, addr, type) {
  const { so, sl } = c;
  const h = await c.read(addr, 4 + 1 + 1 + 4 + 2 + 2 + 1 + 1 + so + 2 + sl, "v2 B-tree header");
  if (h.subarray(0, 4).toString("latin1") !== "BTHD" || h[5] !== type) {
    throw new Hdf5Unsupported(`v2 B-tree of type ${h[5]} where type ${type} was expected`);
  }
  const nodeSize = c.uint(h, 6, 4);
  const recordSize = c.uint(h, 10, 2);
  const depth = c.uint(h, 12, 2);
  const root = c.uint(h, 16, so);
  const rootRecords = c.uint(h, 16 + so, 2);
  if (recordSize < 1 || nodeSize < 16 || nodeSize > 1 << 20)
    throw new Hdf5Unsupported("implausible v2 B-tree");
  if (depth > 8) throw new Hdf5Unsupported(`v2 B-tree of depth ${depth}`);
  if (c.undefinedAddr(h, 16) || rootRecords === 0) return [];
  const PREFIX2 = 10;
  const maxRecs = [Math.floor((nodeSize - PREFIX2) / recordSize)];
  const cumMax = [maxRecs[0]];
  const countSize = encSize(maxRecs[0]);
  const pointerSize = (d) => so + countSize + (d > 1 ? encSize(cumMax[d - 1]) : 0);
  for (let d = 1; d <= depth; d++) {
    const p = pointerSize(d);
    maxRecs.push(Math.floor((nodeSize - PREFIX2 - p) / (recordSize + p)));
    cumMax.push((maxRecs[d] + 1) * cumMax[d - 1] + maxRecs[d]);
  }
  const records = [];
  let nodes = 0;
  const visit2 = async (at, n, d) => {
    if (++nodes > MAX_RECORDS || n > maxRecs[d])
      throw new Hdf5Unsupported("v2 B-tree node with too many records");
    const b = await c.read(at, nodeSize, "v2 B-tree node");
    const sig = b.subarray(0, 4).toString("latin1");
    if (sig !== (d === 0 ? "BTLF" : "BTIN"))
      throw new Hdf5Unsupported(`v2 B-tree node with signature ${sig}`);
    const rec = (i) => b.subarray(6 + i * recordSize, 6 + (i + 1) * recordSize);
    if (d === 0) {
      for (let i = 0; i < n; i++) records.push(rec(i));
      return;
    }
    let p = 6 + n * recordSize;
    const totalSize = d > 1 ? encSize(cumMax[d - 1]) : 0;
    for (let i = 0; i <= n; i++) {
      if (p + pointerSize(d) > b.length) throw new Hdf5Unsupported("v2 B-tree child pointers overflow");
      const child2 = c.uint(b, p, so);
      const childRecords = c.uint(b, p + so, countSize);
      p += so + countSize + totalSize;
      await visit2(child2, childRecords, d - 1);
      if (i < n) records.push(rec(i));
      if (records.length > MAX_RECORDS) throw new Hdf5Unsupported("v2 B-tree with too many records");
    }
  };
  await visit2(root, rootRecords, depth);
  return records;
}
async function denseAttributeMessages(c, heapAddr, nameIndexAddr) {
  const heap = await readHeap(c, heapAddr);
  if (heap.filtersLen > 0) throw new Hdf5Unsupported("filtered (compressed) fractal heap");
  const records = await btreeRecords(c, nameIndexAddr, 8);
  const blocks2 = await directBlocks(c, heap);
  const blockData = /* @__PURE__ */ new Map();
  let huge;
  const out = [];
  for (const rec of records) {
    const id = rec.subarray(0, Math.min(heap.idLen, rec.length - 9));
    const kind = id[0] >> 4 & 3;
    if (kind === 0) {
      const offset = c.uint(id, 1, heap.offsetSize);
      const length2 = c.uint(id, 1 + heap.offsetSize, heap.lengthSize);
      const blk = blocks2.find(([o2, , size2]) => offset >= o2 && offset < o2 + size2);
      if (!blk) throw new Hdf5Unsupported(`heap object at offset ${offset} is in no direct block`);
      const [o, addr, size] = blk;
      let data = blockData.get(addr);
      if (!data) {
        data = await c.read(addr, size, "fractal heap direct block");
        if (data.subarray(0, 4).toString("latin1") !== "FHDB")
          throw new Hdf5Unsupported("direct block without FHDB");
        blockData.set(addr, data);
      }
      const start = offset - o;
      if (start + length2 > data.length) throw new Hdf5Unsupported("heap object runs past its direct block");
      out.push({ data: data.subarray(start, start + length2), at: addr + start });
    } else if (kind === 1) {
      let addr;
      let len;
      if (heap.idLen >= 1 + c.so + c.sl) {
        addr = c.uint(id, 1, c.so);
        len = c.uint(id, 1 + c.so, c.sl);
      } else {
        if (heap.hugeBtree === void 0) throw new Hdf5Unsupported("huge heap object without its B-tree");
        if (!huge) {
          huge = /* @__PURE__ */ new Map();
          for (const r of await btreeRecords(c, heap.hugeBtree, 1)) {
            const idSize = Math.min(8, r.length - c.so - c.sl);
            huge.set(c.uint(r, c.so + c.sl, idSize), [c.uint(r, 0, c.so), c.uint(r, c.so, c.sl)]);
          }
        }
        const key = c.uint(id, 1, Math.min(8, id.length - 1));
        const found = huge.get(key);
        if (!found) throw new Hdf5Unsupported(`huge heap object ${key} not in its B-tree`);
        [addr, len] = found;
      }
      out.push({ data: await c.read(addr, len, "huge heap object"), at: addr });
    } else {
      throw new Hdf5Unsupported(`heap ID of type ${kind}`);
    }
  }
  return out;
}

// src/formats/hdf5.ts
var HDF5_SIGNATURE = Buffer.from("\x89HDF\r\n\n", "latin1");
var Hdf5Error = class extends BaseError {
  offset;
  constructor(message, offset) {
    super("HDF5_INVALID", message);
    this.name = "Hdf5Error";
    this.offset = offset;
  }
};
var MAX_HEADER_BLOCKS = 1e3;
var MAX_HEADER_BYTES2 = 64 * 1024 * 1024;
var MAX_VALUE_BYTES = 64 * 1024 * 1024;
var MAX_ELEMENTS = 4096;
function uint(b, at, n, where) {
  if (at + n > b.length) throw new Hdf5Error("field runs past its structure", where + at);
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + b[at + i];
  return v;
}
function isUndefinedAddr(b, at, n) {
  for (let i = 0; i < n; i++) if (b[at + i] !== 255) return false;
  return true;
}
async function readAt(c, addr, len, what) {
  const abs = c.base + addr;
  if (!Number.isSafeInteger(abs) || abs < 0 || len < 0 || abs + len > c.src.size) {
    throw new Hdf5Error(`${what} at ${abs} (+${len}) lies outside the file`, abs);
  }
  return c.src.read(abs, len);
}
async function findSuperblock(src) {
  for (let at = 0; at + 8 <= src.size && at <= 1 << 30; at = at === 0 ? 512 : at * 2) {
    const b = await src.read(at, 8);
    if (b.equals(HDF5_SIGNATURE)) return at;
  }
  throw new Hdf5Error("no HDF5 superblock signature", 0);
}
async function readRootAttributes(src, decode) {
  const sb = await findSuperblock(src);
  const head = await src.read(sb, Math.min(256, src.size - sb));
  const version = head[8];
  if (version === void 0) throw new Hdf5Error("truncated superblock", sb);
  let so;
  let sl;
  let rootAddrAt;
  let baseAt;
  if (version === 0 || version === 1) {
    so = uint(head, 13, 1, sb);
    sl = uint(head, 14, 1, sb);
    const afterK = version === 1 ? 28 : 24;
    baseAt = afterK;
    rootAddrAt = afterK + 4 * so + so;
  } else if (version === 2 || version === 3) {
    so = uint(head, 9, 1, sb);
    sl = uint(head, 10, 1, sb);
    baseAt = 12;
    rootAddrAt = 12 + 3 * so;
  } else {
    throw new Hdf5Error(`unknown superblock version ${version}`, sb + 8);
  }
  if (![2, 4, 8].includes(so) || ![2, 4, 8].includes(sl)) {
    throw new Hdf5Error(`invalid sizes of offsets/lengths (${so}/${sl})`, sb + 13);
  }
  uint(head, baseAt, so, sb);
  const c = { src, base: sb, so, sl, heaps: /* @__PURE__ */ new Map() };
  const rootAddr = uint(head, rootAddrAt, so, sb);
  const root = { superblockOffset: sb, version, attributes: [], unsupported: [] };
  await readObjectHeader(c, rootAddr, root, decode);
  return root;
}
async function readObjectHeader(c, addr, root, decode) {
  const messages = [];
  const first = await readAt(c, addr, 16, "root object header");
  const blocks2 = [];
  let total = 0;
  if (first.subarray(0, 4).toString("latin1") === "OHDR") {
    const flags = first[5];
    let at = 6;
    if (flags & 32) at += 16;
    if (flags & 16) at += 4;
    const sizeBytes = 1 << (flags & 3);
    const pre = await readAt(c, addr, at + sizeBytes, "root object header");
    const size = uint(pre, at, sizeBytes, c.base + addr);
    blocks2.push({ addr: addr + at + sizeBytes, len: size, v2: true, first: true });
    await walkBlocks(c, blocks2, messages, flags, (n) => {
      total += n;
      return total <= MAX_HEADER_BYTES2;
    });
  } else {
    if (first[0] !== 1) throw new Hdf5Error(`unknown object header version ${first[0]}`, c.base + addr);
    const size = uint(first, 8, 4, c.base + addr);
    blocks2.push({ addr: addr + 16, len: size, v2: false, first: true });
    await walkBlocks(c, blocks2, messages, 0, (n) => {
      total += n;
      return total <= MAX_HEADER_BYTES2;
    });
  }
  for (const m of messages) {
    if (m.type === 12) {
      if (m.flags & 2) {
        root.unsupported.push(`shared attribute message at ${m.at}`);
        continue;
      }
      root.attributes.push(await parseAttribute(c, m, decode));
    } else if (m.type === 21) {
      const v = m.data;
      const flags = v[1] ?? 0;
      const at = 2 + (flags & 1 ? 2 : 0);
      if (at + 2 * c.so > v.length || isUndefinedAddr(v, at, c.so)) continue;
      try {
        const dense = await denseAttributeMessages(
          denseCtx(c),
          uint(v, at, c.so, m.at),
          uint(v, at + c.so, c.so, m.at)
        );
        for (const d of dense) {
          root.attributes.push(
            await parseAttribute(c, { type: 12, flags: 0, data: d.data, at: c.base + d.at }, decode)
          );
        }
      } catch (err) {
        if (!(err instanceof Hdf5Unsupported)) throw err;
        root.unsupported.push(`dense attribute storage: ${err.message}`);
      }
    }
  }
}
async function walkBlocks(c, blocks2, out, ohFlags, budget) {
  const seen = /* @__PURE__ */ new Set();
  while (blocks2.length) {
    const blk = blocks2.shift();
    if (seen.has(blk.addr)) throw new Hdf5Error("object header continuation loop", c.base + blk.addr);
    seen.add(blk.addr);
    if (seen.size > MAX_HEADER_BLOCKS || !budget(blk.len)) {
      throw new Hdf5Error("object header larger than the limit", c.base + blk.addr);
    }
    let data = await readAt(c, blk.addr, blk.len, "object header block");
    let at = 0;
    let end = data.length;
    if (blk.v2) {
      if (!blk.first) {
        if (data.subarray(0, 4).toString("latin1") !== "OCHK") {
          throw new Hdf5Error("continuation block without OCHK signature", c.base + blk.addr);
        }
        at = 4;
        end -= 4;
      }
    }
    const hdr = blk.v2 ? 4 + (ohFlags & 4 ? 2 : 0) : 8;
    while (at + hdr <= end) {
      const type = blk.v2 ? data[at] : uint(data, at, 2, 0);
      const size = blk.v2 ? uint(data, at + 1, 2, 0) : uint(data, at + 2, 2, 0);
      const flags = blk.v2 ? data[at + 3] : data[at + 4];
      const start = at + hdr;
      if (start + size > end)
        throw new Hdf5Error("header message runs past its block", c.base + blk.addr + at);
      const body = data.subarray(start, start + size);
      if (type === 16) {
        const addr = uint(body, 0, c.so, 0);
        const len = uint(body, c.so, c.sl, 0);
        blocks2.push({ addr, len, v2: blk.v2, first: false });
      } else if (type !== 0) {
        out.push({ type, flags, data: body, at: c.base + blk.addr + start });
      }
      at = start + size;
    }
    data = Buffer.alloc(0);
  }
}
var pad8 = (n) => Math.ceil(n / 8) * 8;
function denseCtx(c) {
  return {
    so: c.so,
    sl: c.sl,
    read: (addr, len, what) => {
      if (len > MAX_VALUE_BYTES) throw new Hdf5Error(`${what} larger than the limit`, c.base + addr);
      return readAt(c, addr, len, what);
    },
    uint: (b, at, n) => uint(b, at, n, 0),
    undefinedAddr: (b, at) => isUndefinedAddr(b, at, c.so)
  };
}
async function parseAttribute(c, m, decode) {
  const d = m.data;
  const version = d[0];
  const nameSize = uint(d, 2, 2, m.at);
  const dtSize = uint(d, 4, 2, m.at);
  const dsSize = uint(d, 6, 2, m.at);
  let at;
  let padded;
  if (version === 1) {
    at = 8;
    padded = pad8;
  } else if (version === 2 || version === 3) {
    at = version === 3 ? 9 : 8;
    padded = (n) => n;
  } else {
    throw new Hdf5Error(`unknown attribute message version ${version}`, m.at);
  }
  if (at + nameSize > d.length) throw new Hdf5Error("attribute name runs past its message", m.at);
  const name = d.subarray(at, at + nameSize).toString("utf8").replace(/\0+$/, "");
  at += padded(nameSize);
  const dt = d.subarray(at, at + dtSize);
  at += padded(dtSize);
  const ds = d.subarray(at, at + dsSize);
  at += padded(dsSize);
  if (at > d.length || dt.length < 8) throw new Hdf5Error(`attribute "${name}" runs past its message`, m.at);
  const typeClass = dt[0] & 15;
  const attr = { name, typeClass };
  if (decode && !decode.has(name)) return attr;
  if (version !== 1 && d[1] & 1) {
    attr.unsupported = "shared datatype";
    return attr;
  }
  const count = dataspaceCount(ds, c, m.at);
  if (count > MAX_ELEMENTS) {
    attr.unsupported = `${count} elements`;
    return attr;
  }
  const elemSize = uint(dt, 4, 4, m.at);
  const data = d.subarray(at);
  if (typeClass === 3) {
    if (elemSize * count > data.length)
      throw new Hdf5Error(`attribute "${name}" data runs past its message`, m.at);
    attr.value = [];
    for (let i = 0; i < count; i++) {
      attr.value.push(
        data.subarray(i * elemSize, (i + 1) * elemSize).toString("utf8").replace(/[\0 ]+$/, "")
      );
    }
  } else if (typeClass === 9 && (dt[1] & 15) === 1) {
    const step = 4 + c.so + 4;
    if (step * count > data.length)
      throw new Hdf5Error(`attribute "${name}" data runs past its message`, m.at);
    attr.value = [];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const len = uint(data, i * step, 4, m.at);
      const heap = uint(data, i * step + 4, c.so, m.at);
      const index = uint(data, i * step + 4 + c.so, 4, m.at);
      bytes += len;
      if (bytes > MAX_VALUE_BYTES) throw new Hdf5Error(`attribute "${name}" is larger than the limit`, m.at);
      attr.value.push(len === 0 ? "" : (await globalHeapObject(c, heap, index, len)).toString("utf8"));
    }
  } else {
    attr.unsupported = `datatype class ${typeClass}`;
  }
  return attr;
}
function dataspaceCount(ds, c, where) {
  const version = ds[0];
  const rank = ds[1] ?? 0;
  let at;
  if (version === 1) at = 8;
  else if (version === 2) {
    if (ds[3] === 2) return 0;
    at = 4;
  } else throw new Hdf5Error(`unknown dataspace version ${version}`, where);
  let n = 1;
  for (let i = 0; i < rank; i++) {
    n *= uint(ds, at + i * c.sl, c.sl, where);
    if (n > 1e9) return n;
  }
  return n;
}
async function globalHeapObject(c, addr, index, len) {
  let col = c.heaps.get(addr);
  if (!col) {
    col = await readCollection(c, addr);
    c.heaps.set(addr, col);
  }
  const objHead = 8 + c.sl;
  let at = 8 + c.sl;
  while (at + objHead <= col.length) {
    const idx = uint(col, at, 2, c.base + addr);
    const size = uint(col, at + 8, c.sl, c.base + addr);
    if (idx === 0) break;
    if (idx === index) {
      if (len > size || at + objHead + len > col.length) {
        throw new Hdf5Error(`global heap object ${index} is shorter than its reference`, c.base + addr + at);
      }
      return col.subarray(at + objHead, at + objHead + len);
    }
    at += objHead + pad8(size);
  }
  throw new Hdf5Error(`global heap object ${index} not found`, c.base + addr);
}
async function readCollection(c, addr) {
  const head = await readAt(c, addr, 8 + c.sl, "global heap collection");
  if (head.subarray(0, 4).toString("latin1") !== "GCOL") {
    throw new Hdf5Error("global heap collection without GCOL signature", c.base + addr);
  }
  const size = uint(head, 8, c.sl, c.base + addr);
  if (size > MAX_VALUE_BYTES + 4096)
    throw new Hdf5Error("global heap collection larger than the limit", c.base + addr);
  return readAt(c, addr, size, "global heap collection");
}

// src/formats/keras/config.ts
var config_exports = {};
__export(config_exports, {
  ALLOWED_ROOTS: () => ALLOWED_ROOTS,
  KERAS_BAD_CONFIG: () => KERAS_BAD_CONFIG,
  KERAS_BYTECODE: () => KERAS_BYTECODE,
  KERAS_CUSTOM_OBJECT: () => KERAS_CUSTOM_OBJECT,
  KERAS_DANGEROUS_REFERENCE: () => KERAS_DANGEROUS_REFERENCE,
  KERAS_EXTERNAL_MODULE: () => KERAS_EXTERNAL_MODULE,
  KERAS_FILE_ARGUMENT: () => KERAS_FILE_ARGUMENT,
  KERAS_LAMBDA: () => KERAS_LAMBDA,
  KERAS_TORCH_WRAPPER: () => KERAS_TORCH_WRAPPER,
  KerasLimitError: () => KerasLimitError,
  checkKerasJsonText: () => checkKerasJsonText,
  inspectKerasConfig: () => inspectKerasConfig,
  isMarshalledCode: () => isMarshalledCode,
  kerasModelShapeProblem: () => kerasModelShapeProblem,
  readKerasJson: () => readKerasJson,
  reportKerasConfig: () => reportKerasConfig
});
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
var ALLOWED_ROOTS = /* @__PURE__ */ new Set([
  "keras",
  "keras_hub",
  "keras_nlp",
  "keras_cv",
  "keras_rs",
  "tf_keras",
  "tensorflow",
  "tf",
  "numpy",
  "np",
  "math"
]);
var HARMLESS_BUILTINS = /* @__PURE__ */ new Set([
  "int",
  "float",
  "complex",
  "bool",
  "str",
  "bytes",
  "tuple",
  "list",
  "dict",
  "set",
  "frozenset",
  "slice",
  "range",
  "abs",
  "max",
  "min",
  "sum",
  "round",
  "pow",
  "divmod",
  "len"
]);
var DANGEROUS_MODULES = /* @__PURE__ */ new Set([
  "os",
  "posix",
  "nt",
  "subprocess",
  "sys",
  "builtins",
  "__builtin__",
  "importlib",
  "runpy",
  "shutil",
  "socket",
  "pickle",
  "_pickle",
  "dill",
  "cloudpickle",
  "joblib",
  "marshal",
  "ctypes",
  "pty",
  "io",
  "gfile",
  "file_utils",
  "f2py",
  "distutils",
  "urllib",
  "requests",
  "http",
  "webbrowser",
  "code",
  "codeop",
  "multiprocessing",
  "pathlib",
  "tempfile",
  "pdb",
  "types",
  "operator",
  "functools",
  "inspect",
  "torch",
  "pydoc",
  "timeit",
  "script_ops",
  "testing",
  "exec_command"
]);
var DANGEROUS_NAMES = /* @__PURE__ */ new Set([
  "enable_unsafe_deserialization",
  "get_file",
  "load_model",
  "load_weights",
  "read_file",
  "write_file",
  "ReadFile",
  "WriteFile",
  "py_func",
  "py_function",
  "numpy_function",
  "eager_py_func",
  "load",
  "loads",
  "fromfile",
  "loadtxt",
  "genfromtxt",
  "save",
  "savez",
  "tofile",
  "system",
  "popen",
  "Popen",
  "exec",
  "eval",
  "compile",
  "__import__",
  "import_module",
  "getattr",
  "setattr",
  "open",
  "check_output",
  "check_call",
  "spawn",
  "execv",
  "execve",
  "remove",
  "rmtree",
  "unlink",
  "rename",
  "urlopen",
  "runstring",
  "exec_command",
  "matching_files",
  "TFSMLayer"
]);
var MAX_DEPTH2 = 1e3;
var MAX_NODES = 5e6;
function isMarshalledCode(s) {
  if (s.length < 24) return false;
  let alpha = "";
  for (let i = 0; i < s.length && alpha.length < 32; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return false;
    if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 43 || c === 47) {
      alpha += s[i];
    } else if (c === 61) break;
  }
  if (alpha.length < 24) return false;
  const b = Buffer.from(alpha.slice(0, 32), "base64");
  if (b.length < 13 || b[0] !== 99 && b[0] !== 227) return false;
  return b.readUInt32LE(1) < 256 && b.readUInt32LE(5) < 256 && b.readUInt32LE(9) < 256;
}
var moduleRoot = (m) => m.split(".")[0] ?? m;
function dangerousModule(m) {
  return m.split(".").find((seg) => DANGEROUS_MODULES.has(seg));
}
var FILE_ARGUMENTS = ["vocabulary", "merges", "proto", "special_tokens", "language_tokens", "idf_weights"];
var FILE_READING_CLASS = /(?:Lookup|Vectorization|Tokenizer)$/;
function isInlineProto(s) {
  return s.length > 2048 && s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}
function pathDanger(s) {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(s)) return "a URL";
  if (isRootedName(s)) return "an absolute path";
  if (s.startsWith("~")) return "a home-relative path";
  if (nameEscapes(s).includes("parent")) return "a path climbing out of its folder";
  return void 0;
}
function fileArgumentIssues(cls, cfg, at, named) {
  const issues = [];
  for (const arg of FILE_ARGUMENTS) {
    const v = cfg[arg];
    if (typeof v !== "string" || arg === "proto" && isInlineProto(v)) continue;
    const danger = arg === "idf_weights" ? void 0 : pathDanger(v);
    const shown = v.length > 200 ? `${v.slice(0, 200)}...` : v;
    issues.push({
      rule: KERAS_FILE_ARGUMENT,
      severity: danger ? "high" : "medium",
      at,
      message: arg === "idf_weights" ? `${cls} layer${named}: idf_weights is a string, not a list of weights` : `${cls} layer${named} reads its ${arg} from ${danger ?? "the file"} "${shown}" at load time`,
      evidence: {
        layer: named.trim().replace(/^"|"$/g, "") || void 0,
        className: cls,
        argument: arg,
        value: shown
      }
    });
  }
  return issues;
}
var KerasLimitError = class extends BaseError {
  constructor(message) {
    super("KERAS_LIMIT", message);
    this.name = "KerasLimitError";
  }
};
function inspectKerasConfig(root) {
  const issues = [];
  const stack = [
    { v: root, at: "$", depth: 0 }
  ];
  let nodes = 0;
  const customs = /* @__PURE__ */ new Set();
  const payloadHolders = /* @__PURE__ */ new WeakSet();
  while (stack.length) {
    const { v, at, depth, inLambda } = stack.pop();
    if (++nodes > MAX_NODES) throw new KerasLimitError(`has more than ${MAX_NODES} values`);
    if (depth > MAX_DEPTH2) throw new KerasLimitError(`is nested deeper than ${MAX_DEPTH2} levels`);
    if (typeof v === "string") {
      if (!inLambda && isMarshalledCode(v)) {
        issues.push({
          rule: KERAS_BYTECODE,
          at,
          message: `marshalled Python bytecode (${v.length} base64 characters)`,
          evidence: { length: v.length }
        });
      }
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ v: v[i], at: `${at}[${i}]`, depth: depth + 1, inLambda });
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    const o = v;
    inspectObject(o, at, issues, customs, payloadHolders);
    const keys = Object.keys(o);
    const below = inLambda || o.class_name === "__lambda__";
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      stack.push({ v: o[k], at: `${at}.${k}`, depth: depth + 1, inLambda: below });
    }
  }
  if (customs.size) {
    issues.push({
      rule: KERAS_CUSTOM_OBJECT,
      at: "$",
      message: `needs custom objects ${[...customs].sort().slice(0, 20).join(", ")}`,
      evidence: { registeredNames: [...customs].sort() }
    });
  }
  return issues;
}
function layerIssues(k, issues, payloadHolders) {
  const { at, cls, cfg, layerName, named, leaf: leaf2 } = k;
  if (leaf2 === "Lambda") {
    const c = cfg ?? {};
    const fn = c.function;
    const kind = Array.isArray(fn) ? "bytecode" : fn && typeof fn === "object" && fn.class_name === "__lambda__" ? "bytecode" : typeof fn === "string" ? `function "${fn}"${typeof c.module === "string" ? ` from module ${c.module}` : ""}` : fn && typeof fn === "object" ? "serialized function" : "function";
    issues.push({
      rule: KERAS_LAMBDA,
      at,
      message: `Lambda layer${named} (${kind})`,
      evidence: { layer: layerName, function: kind }
    });
  }
  if (leaf2 && FILE_READING_CLASS.test(leaf2) && cfg && typeof cfg === "object" && !Array.isArray(cfg)) {
    issues.push(...fileArgumentIssues(leaf2, cfg, at, named));
  }
  if ((leaf2 === "TFOpLambda" || leaf2 === "SlicingOpLambda") && cfg && typeof cfg === "object") {
    const fn = cfg.function;
    if (typeof fn === "string") {
      const parts = fn.split(".");
      if (parts.some((p) => DANGEROUS_MODULES.has(p)) || DANGEROUS_NAMES.has(parts.at(-1) ?? "")) {
        issues.push({
          rule: KERAS_DANGEROUS_REFERENCE,
          at,
          message: `${leaf2} layer${named} calls tf.${fn}`,
          evidence: { layer: layerName, function: fn }
        });
      }
    }
  }
  if (cls === "__lambda__") {
    issues.push({ rule: KERAS_BYTECODE, at, message: 'serialized lambda ("__lambda__")', evidence: {} });
  }
  if (leaf2 === "TorchModuleWrapper") {
    const c = cfg ?? {};
    if (cfg && typeof cfg === "object") payloadHolders.add(cfg);
    const payload = typeof c.module === "string" ? decodeBase64(c.module) : void 0;
    issues.push({
      rule: KERAS_TORCH_WRAPPER,
      at,
      message: `TorchModuleWrapper layer${named} restores an embedded pickle with torch.load`,
      evidence: { layer: layerName, payloadBytes: payload?.length ?? 0 },
      ...payload ? { payload } : {}
    });
  }
}
function moduleIssues(k, issues, payloadHolders) {
  const { o, at, cls, cfg } = k;
  for (const key of Object.keys(o)) {
    if (!/(^|_)module$/.test(key)) continue;
    const m = o[key];
    if (typeof m !== "string" || m === "" || m === "__main__") continue;
    if (key === "module" && payloadHolders.has(o)) continue;
    const danger = dangerousModule(m);
    const fnName = cls === "function" && typeof cfg === "string" ? cfg : typeof o.function === "string" ? o.function : void 0;
    const target = `${m}${fnName ? `.${fnName}` : cls && cls !== "function" ? `.${cls}` : ""}`;
    const leafName = fnName ?? (cls !== "function" ? cls : void 0);
    if ((m === "builtins" || m === "__builtin__") && leafName && HARMLESS_BUILTINS.has(leafName)) continue;
    if (danger || fnName && DANGEROUS_NAMES.has(fnName)) {
      issues.push({
        rule: KERAS_DANGEROUS_REFERENCE,
        at,
        message: `references ${target}`,
        evidence: { module: m, name: fnName ?? cls, key }
      });
    } else if (!ALLOWED_ROOTS.has(moduleRoot(m))) {
      issues.push({
        rule: KERAS_EXTERNAL_MODULE,
        at,
        message: `imports module ${m}${cls ? ` for ${fnName ? `function ${fnName}` : cls}` : ""}`,
        evidence: { module: m, name: fnName ?? cls, key }
      });
    }
  }
}
function dottedClassIssue(k, issues) {
  const { o, at, cls } = k;
  if (cls?.includes(".") && typeof o.module !== "string") {
    const danger = dangerousModule(cls.split(">").at(-1));
    if (danger || !ALLOWED_ROOTS.has(moduleRoot(cls.split(">").at(-1)))) {
      issues.push({
        rule: danger ? KERAS_DANGEROUS_REFERENCE : KERAS_EXTERNAL_MODULE,
        at,
        message: `class_name ${cls} names a module path`,
        evidence: { className: cls }
      });
    }
  }
}
function dangerousNameIssue(k, issues) {
  const { o, at, cls, cfg, leaf: leaf2 } = k;
  const resolved = cls === "function" && typeof cfg === "string" ? cfg : leaf2;
  if (resolved && DANGEROUS_NAMES.has(resolved) && !issues.some((i) => i.at === at && i.rule === KERAS_DANGEROUS_REFERENCE)) {
    issues.push({
      rule: KERAS_DANGEROUS_REFERENCE,
      at,
      ...resolved === "TFSMLayer" ? { severity: "high" } : {},
      message: `references ${typeof o.module === "string" ? `${o.module}.` : ""}${resolved}`,
      evidence: { module: o.module, name: resolved }
    });
  }
}
function registeredNameIssue(k, issues, customs) {
  const { o, at } = k;
  const reg = o.registered_name;
  if (typeof reg === "string" && reg.includes(">")) {
    const [pkg = "", name = ""] = reg.split(">");
    if (dangerousModule(pkg) || DANGEROUS_NAMES.has(name)) {
      issues.push({
        rule: KERAS_DANGEROUS_REFERENCE,
        at,
        message: `registered name ${reg} points at a dangerous callable`,
        evidence: { registeredName: reg }
      });
    } else if (!ALLOWED_ROOTS.has(moduleRoot(pkg))) customs.add(reg);
  }
}
function inspectObject(o, at, issues, customs, payloadHolders) {
  const cls = typeof o.class_name === "string" ? o.class_name : void 0;
  const cfg = o.config;
  const layerName = cfg && typeof cfg === "object" && typeof cfg.name === "string" ? cfg.name : void 0;
  const named = layerName ? ` "${layerName}"` : "";
  const leaf2 = cls?.includes(">") ? cls.split(">").at(-1) : cls;
  const k = { o, at, cls, cfg, layerName, named, leaf: leaf2 };
  layerIssues(k, issues, payloadHolders);
  moduleIssues(k, issues, payloadHolders);
  dottedClassIssue(k, issues);
  dangerousNameIssue(k, issues);
  registeredNameIssue(k, issues, customs);
}
function decodeBase64(s) {
  const compact = s.replace(/\s+/g, "");
  if (compact.length < 8 || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return void 0;
  return Buffer.from(compact, "base64");
}
function readKerasJson(text) {
  if (text.trim() === "") return { ok: false, reason: "is empty" };
  const r = readJson(text);
  if (!r.error && r.value) return { ok: true, value: toPlain(r.value) };
  const at = r.error?.offset;
  if (at === void 0 || at >= text.trimEnd().length) {
    return { ok: false, reason: "is not valid JSON (it ends before the value is complete)" };
  }
  return { ok: false, reason: `is not valid JSON (unexpected character at offset ${at})` };
}
function kerasModelShapeProblem(v) {
  const kind = (x) => x === null ? "null" : Array.isArray(x) ? "an array" : typeof x === "object" ? "an object" : `a ${typeof x}`;
  if (!v || typeof v !== "object" || Array.isArray(v)) return `its top level is ${kind(v)}, not an object`;
  const o = v;
  if (typeof o.class_name !== "string")
    return `class_name is ${o.class_name === void 0 ? "missing" : kind(o.class_name)}`;
  if (!o.config || typeof o.config !== "object")
    return `config is ${o.config === void 0 ? "missing" : kind(o.config)}`;
  return void 0;
}
function checkKerasJsonText(ctx, text, what, seen, modelConfig = false) {
  const read = readKerasJson(text);
  const shape = read.ok && modelConfig ? kerasModelShapeProblem(read.value) : void 0;
  if (!read.ok || shape) {
    ctx.report(
      finding(KERAS_BAD_CONFIG, {
        message: `${label(ctx.source)}: ${what} ${read.ok ? `is not a Keras model config: ${shape}` : read.reason}`
      })
    );
    if (!read.ok) return Promise.resolve();
  }
  return reportKerasConfig(ctx, read.value, what, void 0, seen);
}
async function reportKerasConfig(ctx, parsed, what, member2, seen) {
  const at = member2 ? { member: member2 } : {};
  let issues;
  try {
    issues = inspectKerasConfig(parsed);
  } catch (err) {
    if (!(err instanceof KerasLimitError)) throw err;
    ctx.report(finding(KERAS_BAD_CONFIG, { message: `${label(ctx.source)}: ${what} ${err.message}`, ...at }));
    return;
  }
  for (const i of issues) {
    if (seen) {
      const key = `${i.rule.id}\0${String(i.evidence.layer ?? i.message)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    ctx.report(
      finding(i.rule, {
        message: `${label(ctx.source)}: ${what} ${i.at}: ${i.message}`,
        evidence: { ...i.evidence, path: i.at, in: what },
        ...i.severity ? { severity: i.severity } : {},
        ...at
      })
    );
    if (i.payload) {
      const name = `${i.at}.module`;
      const chain = [...member2 ?? [...ctx.source.member, what], name];
      await ctx.scanMember(new BufferSource(i.payload, ctx.source.path, chain), name);
    }
  }
}

// src/formats/zip/reader.ts
import zlib5 from "node:zlib";

// src/formats/zip/central.ts
import { isAscii } from "node:buffer";
import zlib3 from "node:zlib";

// src/formats/shared/member-name.ts
import { isUtf8 as isUtf83 } from "node:buffer";
function memberName(raw, declaredUtf8) {
  return declaredUtf8 || isUtf83(raw) ? raw.toString("utf8") : raw.toString("latin1");
}

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
async function readAt2(source, pos, n) {
  if (pos < 0 || pos + n > source.size) return void 0;
  return source.read(pos, n);
}
async function minizPlan(source, t) {
  const eocdPos = minizEocd(t);
  if (eocdPos < 0) return { ok: false, reason: "no end-of-central-directory record" };
  const c = classic(await readAt2(source, eocdPos, EOCD_SIZE));
  let plan = {
    ...c,
    zip64: false,
    recordsStart: eocdPos
  };
  if (eocdPos >= ZIP64_LOCATOR_SIZE + ZIP64_EOCD_SIZE) {
    const loc = await readAt2(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
    if (loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
      const z64Pos = u64(loc, 8);
      if (z64Pos > source.size - ZIP64_EOCD_SIZE)
        return { ok: false, reason: "zip64 locator points past the file" };
      const z = await readAt2(source, z64Pos, ZIP64_EOCD_SIZE);
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
  const c = classic(await readAt2(source, eocdPos, EOCD_SIZE));
  let { total, size, offset } = c;
  let zip64 = false;
  const loc = await readAt2(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
  if (loc && loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
    if (loc.readUInt32LE(4) !== 0 || loc.readUInt32LE(16) > 1)
      return { ok: false, reason: "multi-disk archive" };
    const zPos = eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE;
    if (zPos < 0) return { ok: false, reason: "zip64 locator with no room for the zip64 record" };
    const z = await readAt2(source, zPos, ZIP64_EOCD_SIZE);
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

// src/formats/zip/central.ts
var U32_MAX2 = 4294967295;
var MAX_EXTRACT_VERSION = 63;
var UTF8 = new TextDecoder("utf-8", { fatal: true });
var CP437_HIGH = "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0 ";
function cp437(raw) {
  if (isAscii(raw)) return Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString("latin1");
  let out = "";
  for (const b of raw) out += b < 128 ? String.fromCharCode(b) : CP437_HIGH[b - 128];
  return out;
}
function displayName(raw, flags) {
  return memberName(raw, (flags & 2048) !== 0);
}
function pythonName(raw, flags) {
  if (!(flags & 2048)) return cp437(raw);
  try {
    return UTF8.decode(raw);
  } catch {
    return void 0;
  }
}
function fixed2(cd, p) {
  const madeBy = cd.readUInt16LE(p + 4) >> 8;
  const external = cd.readUInt32LE(p + 38);
  return {
    extractVersion: cd[p + 6],
    flags: cd.readUInt16LE(p + 8),
    method: cd.readUInt16LE(p + 10),
    methodAndTime: cd.readUInt32LE(p + 10),
    crc32: cd.readUInt32LE(p + 16),
    compressedSize: cd.readUInt32LE(p + 20),
    uncompressedSize: cd.readUInt32LE(p + 24),
    nameLen: cd.readUInt16LE(p + 28),
    extraLen: cd.readUInt16LE(p + 30),
    commentLen: cd.readUInt16LE(p + 32),
    disk: cd.readUInt16LE(p + 34),
    localHeaderOffset: cd.readUInt32LE(p + 42),
    unixMode: madeBy === 3 ? external >>> 16 : void 0
  };
}
function u642(buf, at) {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}
function entryOf(cd, base, p, f, names, shift, zip64) {
  return {
    at: base + p,
    rawName: cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + f.nameLen),
    // Named fields, not a spread: one object shape for every entry (a spread made entryOf the
    // slowest step of listing 65,535 members).
    name: names.name,
    pyName: names.pyName,
    pyOrigName: names.pyOrigName,
    flags: f.flags,
    method: f.method,
    crc32: f.crc32,
    compressedSize: f.compressedSize,
    uncompressedSize: f.uncompressedSize,
    localHeaderOffset: f.localHeaderOffset + shift,
    unixMode: f.unixMode,
    zip64
  };
}
function minizZip64(extra, f) {
  let at = 0;
  let remaining = extra.length;
  while (remaining > 0) {
    if (remaining < 4) return "malformed extra field";
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (len + 4 > remaining) return "malformed extra field";
    if (id === 1) {
      let q = at + 4;
      const end = at + 4 + len;
      const take = () => {
        const v = q + 8 <= end && q + 8 <= extra.length ? u642(extra, q) : void 0;
        q += 8;
        return v;
      };
      if (f.uncompressedSize === U32_MAX2) f.uncompressedSize = take() ?? f.uncompressedSize;
      if (f.compressedSize === U32_MAX2) f.compressedSize = take() ?? f.compressedSize;
      if (f.localHeaderOffset === U32_MAX2) f.localHeaderOffset = take() ?? f.localHeaderOffset;
      return void 0;
    }
    at += 4 + len;
    remaining -= 4 + len;
  }
  return void 0;
}
function minizCheck(f, plan, size) {
  if (f.compressedSize !== U32_MAX2 && f.uncompressedSize !== U32_MAX2) {
    if (f.methodAndTime === 0 && f.uncompressedSize !== f.compressedSize || f.uncompressedSize && !f.compressedSize) {
      return "entry sizes are inconsistent";
    }
  }
  if (f.disk === 65535 || f.disk !== plan.thisDisk && f.disk !== 1) return "multi-disk entry";
  if (f.compressedSize !== U32_MAX2 && f.localHeaderOffset + LOCAL_SIZE + f.compressedSize > size) {
    return "entry data runs past the file";
  }
  if (f.flags & 8192) return "masked local headers";
  return void 0;
}
function parseMiniz(cd, plan, size, maxEntries) {
  const out = [];
  let p = 0;
  for (let i = 0; i < plan.entries; i++) {
    if (out.length >= maxEntries) return { ok: true, entries: out, truncated: true };
    if (cd.length - p < CENTRAL_SIZE || cd.readUInt32LE(p) !== SIG_CENTRAL) {
      return { ok: false, reason: `no central header for entry ${i}`, offset: plan.cdStart + p };
    }
    const f = fixed2(cd, p);
    const extra = cd.subarray(p + CENTRAL_SIZE + f.nameLen, p + CENTRAL_SIZE + f.nameLen + f.extraLen);
    let zip64 = false;
    if (f.extraLen && Math.max(f.compressedSize, f.uncompressedSize, f.localHeaderOffset) === U32_MAX2) {
      const bad2 = minizZip64(extra, f);
      if (bad2) return { ok: false, reason: `entry ${i}: ${bad2}`, offset: plan.cdStart + p };
      zip64 = true;
    }
    const bad = minizCheck(f, plan, size);
    const total = CENTRAL_SIZE + f.nameLen + f.extraLen + f.commentLen;
    if (bad || total > cd.length - p) {
      return {
        ok: false,
        reason: `entry ${i}: ${bad ?? "runs past the directory"}`,
        offset: plan.cdStart + p
      };
    }
    const raw = cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + f.nameLen);
    const name = displayName(raw, f.flags);
    out.push(entryOf(cd, plan.cdStart, p, f, { name, pyName: name, pyOrigName: name }, 0, zip64));
    p += total;
  }
  return { ok: true, entries: out, truncated: false };
}
function pythonExtra(extra, f, raw) {
  let rest = 0;
  let zip64 = false;
  let unicodeName;
  while (extra.length - rest >= 4) {
    const tp = extra.readUInt16LE(rest);
    const ln = extra.readUInt16LE(rest + 2);
    if (ln + 4 > extra.length - rest) return { error: `corrupt extra field ${tp.toString(16)}`, zip64 };
    const data = extra.subarray(rest + 4, rest + 4 + ln);
    if (tp === 1) {
      zip64 = true;
      let q = 0;
      const take = () => {
        if (q + 8 > data.length) return void 0;
        q += 8;
        return u642(data, q - 8);
      };
      if (f.uncompressedSize === U32_MAX2) f.uncompressedSize = take() ?? -1;
      if (f.compressedSize === U32_MAX2) f.compressedSize = take() ?? -1;
      if (f.localHeaderOffset === U32_MAX2) f.localHeaderOffset = take() ?? -1;
      if (f.uncompressedSize < 0 || f.compressedSize < 0 || f.localHeaderOffset < 0) {
        return { error: "corrupt zip64 extra field", zip64 };
      }
    } else if (tp === 28789 && data.length >= 5 && data[0] === 1 && data.readUInt32LE(1) === zlib3.crc32(raw)) {
      try {
        const name = UTF8.decode(data.subarray(5));
        if (name) unicodeName = name;
      } catch {
        return { error: "corrupt unicode path extra field", zip64 };
      }
    }
    rest += 4 + ln;
  }
  return unicodeName === void 0 ? { zip64 } : { zip64, unicodeName };
}
function parseCpython(cd, plan, maxEntries) {
  const out = [];
  let p = 0;
  while (p < plan.cdSize) {
    if (out.length >= maxEntries) return { ok: true, entries: out, truncated: true };
    if (cd.length - p < CENTRAL_SIZE)
      return { ok: false, reason: "truncated central directory", offset: plan.cdStart + p };
    if (cd.readUInt32LE(p) !== SIG_CENTRAL)
      return { ok: false, reason: "bad central directory signature", offset: plan.cdStart + p };
    const f = fixed2(cd, p);
    const raw = cd.subarray(p + CENTRAL_SIZE, Math.min(cd.length, p + CENTRAL_SIZE + f.nameLen));
    const extraStart = p + CENTRAL_SIZE + f.nameLen;
    const extra = cd.subarray(Math.min(cd.length, extraStart), Math.min(cd.length, extraStart + f.extraLen));
    const orig = pythonName(raw, f.flags);
    if (orig === void 0)
      return { ok: false, reason: "a name flagged UTF-8 is not UTF-8", offset: plan.cdStart + p };
    if (f.extractVersion > MAX_EXTRACT_VERSION) {
      return { ok: false, reason: `zip file version ${f.extractVersion / 10}`, offset: plan.cdStart + p };
    }
    const x = pythonExtra(extra, f, raw);
    if (x.error) return { ok: false, reason: x.error, offset: plan.cdStart + p };
    const cut = (s) => s.includes("\0") ? s.slice(0, s.indexOf("\0")) : s;
    const names = {
      name: displayName(raw, f.flags),
      pyName: cut(x.unicodeName ?? orig),
      pyOrigName: orig
    };
    out.push(entryOf(cd, plan.cdStart, p, f, names, plan.shift, x.zip64));
    p += CENTRAL_SIZE + f.nameLen + f.extraLen + f.commentLen;
  }
  return { ok: true, entries: out, truncated: false };
}

// src/formats/zip/local.ts
var WINDOW = 256 * 1024;
var LOCAL_MAGIC = Buffer.from("PK", "latin1");
var GAP_SEARCH_LIMIT = 16 * 1024 * 1024;
var MAX_DESCRIPTOR = 24;
function parseLocal(buf, i, offset, name) {
  const flags = buf.readUInt16LE(i + 6);
  const nameLen = buf.readUInt16LE(i + 26);
  const extraLen = buf.readUInt16LE(i + 28);
  return {
    offset,
    flags,
    method: buf.readUInt16LE(i + 8),
    crc32: buf.readUInt32LE(i + 14),
    compressedSize: buf.readUInt32LE(i + 18),
    uncompressedSize: buf.readUInt32LE(i + 22),
    rawName: name,
    name: displayName(name, flags),
    pyName: pythonName(name, flags),
    dataOffset: offset + LOCAL_SIZE + nameLen + extraLen
  };
}
var NAME_ROOM = 512;
function windowLength(sorted, k, size) {
  const off = sorted[k];
  let j = k;
  while (j + 1 < sorted.length && sorted[j + 1] + LOCAL_SIZE + NAME_ROOM - off <= WINDOW) j++;
  return Math.min(size - off, sorted[j] + LOCAL_SIZE + NAME_ROOM - off);
}
async function readLocalHeaders(source, offsets) {
  const out = /* @__PURE__ */ new Map();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let winStart = -1;
  let win = Buffer.alloc(0);
  for (const [k, off] of sorted.entries()) {
    if (off < 0 || off + LOCAL_SIZE > source.size) {
      out.set(off, null);
      continue;
    }
    if (winStart < 0 || off < winStart || off + LOCAL_SIZE > winStart + win.length) {
      winStart = off;
      win = await source.read(off, windowLength(sorted, k, source.size));
    }
    const i = off - winStart;
    if (win.readUInt32LE(i) !== SIG_LOCAL) {
      out.set(off, null);
      continue;
    }
    const nameLen = win.readUInt16LE(i + 26);
    const name = i + LOCAL_SIZE + nameLen <= win.length ? win.subarray(i + LOCAL_SIZE, i + LOCAL_SIZE + nameLen) : Buffer.from(await source.read(off + LOCAL_SIZE, nameLen));
    out.set(off, parseLocal(win, i, off, name));
  }
  return out;
}
var STRUCTURE_SIGS = /* @__PURE__ */ new Set([SIG_LOCAL, SIG_CENTRAL, SIG_DATA_DESCRIPTOR, SIG_EOCD]);
function nextStructure(buf, from) {
  for (let i = buf.indexOf(80, from); i >= 0 && i + 4 <= buf.length; i = buf.indexOf(80, i + 1)) {
    if (buf[i + 1] === 75 && STRUCTURE_SIGS.has(buf.readUInt32LE(i))) return i;
  }
  return buf.length;
}
async function localEntriesIn(source, from, to) {
  const buf = await source.read(from, to - from);
  const found = [];
  for (let i = buf.indexOf(LOCAL_MAGIC); i >= 0 && i + LOCAL_SIZE <= buf.length; ) {
    const nameLen = buf.readUInt16LE(i + 26);
    const dataStart = i + LOCAL_SIZE + nameLen + buf.readUInt16LE(i + 28);
    if (dataStart > buf.length) break;
    const header2 = parseLocal(
      buf,
      i,
      from + i,
      Buffer.from(buf.subarray(i + LOCAL_SIZE, i + LOCAL_SIZE + nameLen))
    );
    const declared = header2.compressedSize;
    const known = declared !== 4294967295 && dataStart + declared <= buf.length && !(header2.flags & 8 && declared === 0);
    const dataLength = known ? declared : nextStructure(buf, dataStart) - dataStart;
    found.push({ header: header2, dataLength });
    i = buf.indexOf(LOCAL_MAGIC, Math.max(dataStart + dataLength, i + 4));
  }
  return found;
}

// src/formats/zip/members.ts
import zlib4 from "node:zlib";
var ZIP_METHOD = { stored: 0, deflate: 8, bzip2: 12, lzma: 14, zstd: 93 };
var SMALL_STORED = 16 * 1024;
var METHOD_NAMES = { 8: "deflate", 12: "bzip2", 14: "LZMA", 93: "zstd" };
function decompress(source, e, start, o) {
  switch (e.method) {
    case ZIP_METHOD.deflate:
      return expand(source, start, e.compressedSize, zlibCodecs.deflateRaw, o);
    case ZIP_METHOD.lzma:
      return expand(source, start, e.compressedSize, ownCodecs.zipLzma, o);
    case ZIP_METHOD.zstd:
      return expand(source, start, e.compressedSize, zlibCodecs.zstd, o);
    default:
      return expandSegments(source, start, e.compressedSize, {
        ...o,
        pattern: BZ_STREAM,
        decode: bzip2Segment,
        multiStream: false
      });
  }
}
async function openZipEntry(source, entry, o) {
  const member2 = [...source.member, entry.name];
  if (entry.dataOffset === void 0 || entry.dataOffset + entry.compressedSize > source.size) {
    return {
      ok: false,
      reason: "no-data",
      message: `the data of ${entry.name} cannot be located inside the file`
    };
  }
  if (entry.method === ZIP_METHOD.stored) {
    const sizeOk = entry.compressedSize === entry.uncompressedSize;
    if (entry.compressedSize <= SMALL_STORED) {
      const data = await source.read(entry.dataOffset, entry.compressedSize);
      const crcOk = zlib4.crc32(data) === entry.crc32;
      return { ok: true, source: new BufferSource(data, source.path, member2), crcOk, sizeOk };
    }
    return {
      ok: true,
      source: new SliceSource(source, entry.dataOffset, entry.compressedSize, member2),
      sizeOk
    };
  }
  const methodName = METHOD_NAMES[entry.method];
  if (!methodName) {
    return {
      ok: false,
      reason: "method",
      message: `${entry.name} uses compression method ${entry.method}, which neither PyTorch nor Python's zipfile reads`,
      evidence: { method: entry.method }
    };
  }
  const r = await decompress(source, entry, entry.dataOffset, o);
  if (!r.ok) {
    if (r.reason === "limit") {
      return {
        ok: false,
        reason: "limit",
        limit: r.limit,
        message: `${entry.name} expands past ${r.cap} bytes (${r.limit} limit) from ${r.compressed} compressed bytes`,
        evidence: { cap: r.cap, compressed: r.compressed, declared: entry.uncompressedSize }
      };
    }
    return {
      ok: false,
      reason: "corrupt",
      message: `${entry.name}: ${methodName} data is corrupt (${r.message})`,
      ...r.data && r.data.length > 0 ? { data: r.data } : {}
    };
  }
  const out = new BufferSource(r.data, source.path, member2);
  if (r.partial) return { ok: true, source: out, sizeOk: true, partial: true };
  return {
    ok: true,
    source: out,
    crcOk: r.crc32 === entry.crc32,
    sizeOk: r.data.length === entry.uncompressedSize
  };
}

// src/formats/zip/reader.ts
var ZIP_FLAG = {
  encrypted: 1,
  dataDescriptor: 8,
  patched: 32,
  strongEncryption: 64,
  utf8: 2048,
  maskedHeaders: 8192
};
var ZipFormatError = class extends BaseError {
  constructor(message) {
    super("ZIP_INVALID", message);
    this.name = "ZipFormatError";
  }
};
async function parseView(source, planned, maxEntries, cache) {
  if (!planned.ok) return { reason: planned.reason };
  const { plan } = planned;
  if (plan.cdSize > MAX_READ) return { reason: `central directory of ${plan.cdSize} bytes is too large` };
  const key = `${plan.cdStart}:${plan.cdSize}`;
  let cd = cache.get(key);
  if (!cd) {
    cd = await source.read(plan.cdStart, Math.max(0, Math.min(plan.cdSize, source.size - plan.cdStart)));
    cache.set(key, cd);
  }
  const result = plan.reader === "miniz" ? parseMiniz(cd, plan, source.size, maxEntries) : parseCpython(cd, plan, maxEntries);
  return { plan, result };
}
function sameEntry(a, b) {
  return a.localHeaderOffset === b.localHeaderOffset && a.compressedSize === b.compressedSize && a.method === b.method && a.rawName.equals(b.rawName);
}
function entryKey(e) {
  return `${e.localHeaderOffset}:${e.compressedSize}:${e.method}:${e.name}`;
}
function merge(miniz, cpython) {
  const out = (miniz ?? []).map((raw) => ({ raw, readers: ["miniz"] }));
  if (!cpython) return out;
  let i = 0;
  while (i < cpython.length && i < out.length && sameEntry(out[i].raw, cpython[i])) {
    out[i].py = cpython[i];
    out[i].readers.push("cpython");
    i++;
  }
  if (i === cpython.length) return out;
  const free = /* @__PURE__ */ new Map();
  for (const m of out.slice(i)) {
    const k = entryKey(m.raw);
    const list2 = free.get(k);
    if (list2) list2.push(m);
    else free.set(k, [m]);
  }
  for (const e of cpython.slice(i)) {
    const m = free.get(entryKey(e))?.find((c) => !c.py && sameEntry(c.raw, e));
    if (m) {
      m.py = e;
      m.readers.push("cpython");
    } else out.push({ raw: e, py: e, readers: ["cpython"] });
  }
  return out;
}
var CPYTHON_METHODS = /* @__PURE__ */ new Set([0, 8, 12, 14, 93]);
function opensFor(raw, py, lh, readers, endOffset) {
  const opens = {};
  const dataEnd = lh ? lh.dataOffset + raw.compressedSize : Number.POSITIVE_INFINITY;
  if (readers.includes("miniz")) {
    opens.miniz = !!lh && !(raw.flags & 97) && (raw.method === 0 || raw.method === 8);
  }
  if (readers.includes("cpython")) {
    opens.cpython = !!lh && lh.pyName === py.pyOrigName && !(raw.flags & 97) && CPYTHON_METHODS.has(raw.method) && (endOffset === void 0 || dataEnd <= endOffset);
  }
  return opens;
}
function pythonEndOffsets(entries, cdStart) {
  const out = /* @__PURE__ */ new Map();
  let end = cdStart;
  const sorted = [...entries].sort((a, b) => b.localHeaderOffset - a.localHeaderOffset);
  for (const e of sorted) {
    out.set(e, end);
    end = e.localHeaderOffset;
  }
  return out;
}
function toEntry(m, index, lh, ends) {
  const r = m.raw;
  const py = m.py ?? r;
  return {
    index,
    name: r.name,
    pyName: py.pyName,
    pyRenamed: m.py !== void 0 && m.py.pyName !== m.py.pyOrigName,
    method: r.method,
    flags: r.flags,
    crc32: r.crc32,
    compressedSize: r.compressedSize,
    uncompressedSize: r.uncompressedSize,
    localHeaderOffset: r.localHeaderOffset,
    dataOffset: lh?.dataOffset,
    localName: lh?.name,
    localMethod: lh?.method,
    localFlags: lh?.flags,
    unixMode: r.unixMode,
    isDirectory: r.name.endsWith("/") && r.compressedSize === 0,
    zip64: r.zip64,
    readers: m.readers,
    opens: opensFor(r, py, lh, m.readers, ends.get(py))
  };
}
function hiddenEntry(f, index) {
  const h = f.header;
  return {
    index,
    name: h.name,
    pyName: h.pyName ?? h.name,
    pyRenamed: false,
    method: h.method,
    flags: h.flags,
    crc32: h.crc32,
    compressedSize: f.dataLength,
    uncompressedSize: h.uncompressedSize,
    localHeaderOffset: h.offset,
    dataOffset: h.dataOffset,
    localName: h.name,
    localMethod: h.method,
    localFlags: h.flags,
    unixMode: void 0,
    isDirectory: h.name.endsWith("/") && f.dataLength === 0,
    zip64: false,
    readers: [],
    opens: {}
  };
}
function openZipFor(ctx) {
  const key = "zip/archive";
  let zip = ctx.memo.get(key);
  if (!zip) {
    zip = openZip(ctx.source, { maxEntries: ctx.limits.maxMembers });
    ctx.memo.set(key, zip);
  }
  return zip;
}
async function openZip(source, opts = {}) {
  const maxEntries = opts.maxEntries ?? 1e5;
  const tail = await readTail(source);
  const cache = /* @__PURE__ */ new Map();
  const miniz = await parseView(source, await minizPlan(source, tail), maxEntries, cache);
  const cpython = await parseView(source, await cpythonPlan(source, tail), maxEntries, cache);
  const okOf = (p) => "result" in p && p.result.ok ? p : void 0;
  const mOk = okOf(miniz);
  const cOk = okOf(cpython);
  if (!mOk && !cOk) {
    throw new ZipFormatError(`PyTorch's reader: ${failure(miniz)}; Python's zipfile: ${failure(cpython)}`);
  }
  return assemble(source, { miniz, cpython }, maxEntries);
}
function failure(p) {
  if (!("result" in p)) return p.reason;
  return p.result.ok ? "ok" : `${p.result.reason} (at ${p.result.offset})`;
}
async function assemble(source, readings, maxEntries) {
  const issues = [];
  const lists = {};
  for (const reader of ["miniz", "cpython"]) {
    const p = readings[reader];
    if ("result" in p && p.result.ok) {
      lists[reader] = p.result.entries;
      if (p.result.truncated) {
        issues.push({
          code: "entry-count",
          message: `${p.result.entries.length} entries listed, the limit; the rest were not listed`,
          evidence: { limit: maxEntries, reader }
        });
      }
    }
  }
  const merged = merge(lists.miniz, lists.cpython);
  const locals = await readLocalHeaders(
    source,
    merged.map((m) => m.raw.localHeaderOffset)
  );
  const cp = readings.cpython;
  const ends = "plan" in cp && cp.result.ok ? pythonEndOffsets(cp.result.entries, cp.plan.cdStart) : /* @__PURE__ */ new Map();
  const entries = merged.map((m, i) => toEntry(m, i, locals.get(m.raw.localHeaderOffset) ?? null, ends));
  const views = buildViews(readings, entries);
  reportDifferential(views, entries, issues);
  const plans = Object.values(views).flatMap((v) => v.ok ? [v.plan] : []);
  checkEntries(entries, views, issues, source.size, Math.min(...plans.map((p) => p.cdStart)));
  const complete = !issues.some((i) => i.code === "entry-count");
  const hidden = complete ? await findHidden(source, entries, plans, issues) : [];
  return archiveOf(source, entries, views, issues, hidden);
}
function buildViews(readings, entries) {
  const view = (reader) => {
    const p = readings[reader];
    if (!("result" in p)) return { ok: false, reason: p.reason };
    if (!p.result.ok) return { ok: false, reason: `${p.result.reason} (at ${p.result.offset})` };
    return { ok: true, plan: p.plan, entries: entries.filter((e) => e.readers.includes(reader)) };
  };
  return { miniz: view("miniz"), cpython: view("cpython") };
}
function archiveOf(source, entries, views, issues, hidden) {
  let first = Number.POSITIVE_INFINITY;
  for (const e of entries) if (e.localHeaderOffset < first) first = e.localHeaderOffset;
  for (const v of Object.values(views)) if (v.ok && v.plan.cdStart < first) first = v.plan.cdStart;
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  return {
    source,
    entries,
    views,
    issues,
    prefixBytes: Number.isFinite(first) ? Math.max(0, first) : 0,
    hidden,
    find: (name) => byName.get(name),
    openEntry: (entry, o) => openZipEntry(source, entry, o),
    async checkCrc(entry, maxBytes) {
      if (entry.method !== ZIP_METHOD.stored || entry.dataOffset === void 0) return void 0;
      if (entry.compressedSize > maxBytes || entry.dataOffset + entry.compressedSize > source.size)
        return void 0;
      let crc = 0;
      for (let pos = 0; pos < entry.compressedSize; pos += 1024 * 1024) {
        const n = Math.min(1024 * 1024, entry.compressedSize - pos);
        crc = zlib5.crc32(await source.read(entry.dataOffset + pos, n), crc);
      }
      return crc === entry.crc32;
    }
  };
}
function onlyIn(entries, reader) {
  return entries.filter((e) => e.readers.length === 1 && e.readers[0] === reader);
}
function reportDifferential(views, entries, issues) {
  const m = views.miniz;
  const c = views.cpython;
  if (m.ok && c.ok) {
    const onlyM = onlyIn(entries, "miniz");
    const onlyC = onlyIn(entries, "cpython");
    const renamed = entries.filter((e) => e.pyRenamed);
    if (onlyM.length || onlyC.length || renamed.length) {
      const list2 = (es) => es.slice(0, 5).map((e) => JSON.stringify(e.name)).join(", ");
      const parts = [
        onlyM.length ? `${onlyM.length} only PyTorch lists (${list2(onlyM)})` : "",
        onlyC.length ? `${onlyC.length} only Python's zipfile lists (${list2(onlyC)})` : "",
        renamed.length ? `${renamed.length} Python's zipfile names differently (${renamed.slice(0, 5).map((e) => `${JSON.stringify(e.name)} as ${JSON.stringify(e.pyName)}`).join(", ")})` : ""
      ].filter(Boolean);
      issues.push({
        code: "loader-differential",
        message: `PyTorch (miniz) and Python's zipfile (np.load, Keras) see different members: ${parts.join("; ")}`,
        evidence: {
          miniz: m.entries.length,
          cpython: c.entries.length,
          onlyMiniz: onlyM.length,
          onlyCpython: onlyC.length,
          renamed: renamed.length
        }
      });
    } else if (m.plan.cdStart !== c.plan.cdStart) {
      issues.push({
        code: "ambiguous-directory",
        message: `two central directories (at ${m.plan.cdStart} for PyTorch, ${c.plan.cdStart} for Python's zipfile) list the same members`,
        evidence: { offsets: [m.plan.cdStart, c.plan.cdStart] }
      });
    }
    return;
  }
  const ok = m.ok ? m : c.ok ? c : void 0;
  if (!ok) return;
  const failed = m.ok ? c : m;
  const failedName = m.ok ? "Python's zipfile (np.load, Keras)" : "PyTorch (miniz)";
  if (!m.ok && c.ok && c.plan.shift !== 0) {
    issues.push({
      code: "prefix",
      message: `${c.plan.shift} bytes precede the archive (offsets are relative to a later start); PyTorch's reader cannot open it`,
      evidence: { prefix: c.plan.shift }
    });
    return;
  }
  issues.push({
    code: "loader-differential",
    message: `${failedName} cannot open the archive (${failed.ok ? "" : failed.reason}) while the other loader lists ${ok.entries.length} members`,
    evidence: { opens: ok.plan.reader, refuses: failedName, reason: failed.ok ? void 0 : failed.reason }
  });
  if (c.ok && c.plan.shift !== 0) {
    issues.push({
      code: "prefix",
      message: `${c.plan.shift} bytes precede the archive`,
      evidence: { prefix: c.plan.shift }
    });
  }
}
var SUSPICIOUS_FLAGS = ZIP_FLAG.encrypted | ZIP_FLAG.patched | ZIP_FLAG.strongEncryption | ZIP_FLAG.maskedHeaders;
function checkEntry(e, issues, size) {
  if (e.localName !== void 0 && e.localName !== e.name) {
    issues.push({
      code: "name-mismatch",
      entry: e.name,
      message: `central directory names ${JSON.stringify(e.name)}, local header ${JSON.stringify(e.localName)}`,
      offset: e.localHeaderOffset,
      evidence: { central: e.name, local: e.localName }
    });
  }
  const flags = (e.flags | (e.localFlags ?? 0)) & SUSPICIOUS_FLAGS;
  if (flags) {
    issues.push({
      code: "flag-bits",
      entry: e.name,
      message: `${e.name} carries flag bits 0x${flags.toString(16)} (encryption/patch) that readers treat differently`,
      offset: e.localHeaderOffset,
      evidence: { flags: e.flags, localFlags: e.localFlags }
    });
  }
  const unsafe = unsafeMemberPath(e.name) ?? (e.localName ? unsafeMemberPath(e.localName) : void 0);
  if (unsafe) {
    const shown = e.localName && unsafeMemberPath(e.localName) ? e.localName : e.name;
    issues.push({
      code: "unsafe-path",
      entry: e.name,
      message: `member name ${JSON.stringify(shown)} ${unsafe}`
    });
  }
  if (e.unixMode !== void 0 && (e.unixMode & 61440) === 40960) {
    issues.push({ code: "symlink", entry: e.name, message: `${e.name} is a symbolic link` });
  }
  if (e.localHeaderOffset < 0 || e.dataOffset === void 0 && e.localHeaderOffset + 30 > size) {
    issues.push({
      code: "out-of-bounds",
      entry: e.name,
      message: e.localHeaderOffset < 0 ? `local header of ${e.name} lies before the start of the file (the directory's offsets and the bytes before the archive do not add up)` : `local header of ${e.name} lies past the end of the file`,
      offset: e.localHeaderOffset
    });
  } else if (e.dataOffset === void 0) {
    issues.push({
      code: "local-header",
      entry: e.name,
      message: `no local header where the central directory says ${e.name} starts`,
      offset: e.localHeaderOffset
    });
  } else if (e.dataOffset + e.compressedSize > size) {
    issues.push({
      code: "out-of-bounds",
      entry: e.name,
      message: `${e.name} claims ${e.compressedSize} bytes at ${e.dataOffset}, past the end of the file`,
      offset: e.dataOffset
    });
  }
}
function duplicateNames(views, issues) {
  const reported = /* @__PURE__ */ new Set();
  for (const [reader, v] of Object.entries(views)) {
    if (!v.ok) continue;
    const keyOf2 = (e) => reader === "miniz" ? e.name.toLowerCase() : e.pyName;
    if (new Set(v.entries.map(keyOf2)).size === v.entries.length) continue;
    const counts = /* @__PURE__ */ new Map();
    for (const e of v.entries) {
      const key = keyOf2(e);
      const c = counts.get(key) ?? { n: 0, name: e.name };
      c.n++;
      counts.set(key, c);
    }
    for (const [key, c] of counts) {
      if (c.n < 2 || reported.has(key)) continue;
      reported.add(key);
      issues.push({
        code: "duplicate-name",
        entry: c.name,
        message: `${c.n} entries are named ${JSON.stringify(c.name)}${reader === "miniz" ? " (PyTorch compares names case-insensitively)" : ""}; readers disagree on which one loads`,
        evidence: { count: c.n, reader }
      });
    }
  }
}
function checkEntries(entries, views, issues, size, cdStart) {
  for (const e of entries) checkEntry(e, issues, size);
  duplicateNames(views, issues);
  const spans = entries.filter((e) => e.dataOffset !== void 0).map((e) => ({ e, start: e.localHeaderOffset, end: e.dataOffset + e.compressedSize })).sort((a, b) => a.start - b.start || a.end - b.end);
  let prev;
  let reported = 0;
  for (const s of spans) {
    if (prev && s.start < prev.end && reported < 20) {
      reported++;
      issues.push({
        code: "overlap",
        entry: s.e.name,
        message: `${s.e.name} overlaps ${prev.e.name} (bytes ${s.start}..${Math.min(s.end, prev.end)})`,
        offset: s.start,
        evidence: { other: prev.e.name }
      });
    }
    if (s.end > cdStart && s.end <= size && s.start < cdStart && reported < 20) {
      reported++;
      issues.push({
        code: "overlap",
        entry: s.e.name,
        message: `${s.e.name} runs into the central directory`,
        offset: s.start
      });
    }
    if (!prev || s.end > prev.end) prev = s;
  }
}
function coveredSpans(entries, plans) {
  const spans = [];
  for (const e of entries) {
    if (e.dataOffset === void 0 || e.localHeaderOffset < 0) continue;
    spans.push([e.localHeaderOffset, e.dataOffset + e.compressedSize, e.flags & 8 ? MAX_DESCRIPTOR : 0]);
  }
  for (const p of plans) {
    spans.push([p.cdStart, p.cdStart + p.cdSize, 0]);
    spans.push([p.recordsStart, p.recordsEnd, 0]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
async function findHidden(source, entries, plans, issues) {
  const gaps = [];
  let cursor = 0;
  let allowed = 0;
  for (const [start, end, slack] of coveredSpans(entries, plans)) {
    if (start - cursor > allowed) gaps.push([cursor, start]);
    if (end > cursor) {
      cursor = end;
      allowed = slack;
    }
  }
  if (source.size - cursor > allowed) gaps.push([cursor, source.size]);
  const hidden = [];
  let searched = 0;
  for (const [from, to] of gaps) {
    const len = Math.min(to - from, GAP_SEARCH_LIMIT - searched);
    if (len <= 0) break;
    searched += len;
    const found = await localEntriesIn(source, from, from + len);
    for (const f of found) {
      const e = hiddenEntry(f, -1 - hidden.length);
      hidden.push(e);
      issues.push({
        code: "hidden-entry",
        entry: e.name,
        message: `local entry ${JSON.stringify(e.name)} at ${e.localHeaderOffset} is in no central directory (streaming readers extract it)`,
        offset: e.localHeaderOffset
      });
    }
    if (found.length === 0 && from > 0 && to - from > MAX_DESCRIPTOR) {
      issues.push({
        code: "unreferenced-data",
        message: `${to - from} bytes at ${from} belong to no entry`,
        offset: from,
        evidence: { length: to - from }
      });
    }
  }
  return hidden;
}
async function recoverLocalEntries(source) {
  const found = await localEntriesIn(source, 0, Math.min(source.size, GAP_SEARCH_LIMIT));
  return found.map((f, i) => hiddenEntry(f, -1 - i));
}

// src/formats/keras/index.ts
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
var KERAS_H5_ATTRS = /* @__PURE__ */ new Set(["model_config", "training_config", "keras_version", "backend"]);
var CONFIG_ATTRS = ["model_config", "training_config"];
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
async function checkKerasH5(ctx) {
  const where = label(ctx.source);
  let root;
  try {
    root = await readRootAttributes(ctx.source, KERAS_H5_ATTRS);
  } catch (err) {
    if (!(err instanceof Hdf5Error)) throw err;
    ctx.report(finding(HDF5_MALFORMED, { message: `${where}: ${err.message}`, offset: err.offset }));
    return;
  }
  for (const what of CONFIG_ATTRS) {
    const attrs = root.attributes.filter((a) => a.name === what);
    if (attrs.length > 1) {
      ctx.report(
        finding(KERAS_DUPLICATE_CONFIG, {
          message: `${where}: root attribute ${what} appears ${attrs.length} times`
        })
      );
    }
    for (const a of attrs) {
      if (a.unsupported || !a.value) {
        ctx.report(
          finding(HDF5_UNSUPPORTED, {
            message: `${where}: root attribute ${what} cannot be decoded (${a.unsupported ?? `datatype class ${a.typeClass}`})`
          })
        );
        continue;
      }
      await checkKerasJsonText(
        ctx,
        a.value.join(""),
        `${what} attribute`,
        void 0,
        what === "model_config"
      );
    }
  }
  if (root.unsupported.length) {
    ctx.report(
      finding(HDF5_UNSUPPORTED, {
        message: `${where}: root group uses ${root.unsupported.join(", ")}; attributes there were not vetted`,
        evidence: { unsupported: root.unsupported }
      })
    );
  }
}
var KERAS_H5_ANALYZER = {
  id: "keras-h5",
  kinds: [KINDS.hdf5],
  claims: [KINDS.hdf5],
  analyze: checkKerasH5
};
var H5_NAMES = /\.(h5|hdf5)$/;
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
var OTHER_KINDS = Object.values(KINDS).filter((k) => k !== KINDS.hdf5 && k !== KINDS.empty);
var KERAS_H5_POLYGLOT_ANALYZER = {
  id: "keras-h5-polyglot",
  kinds: OTHER_KINDS,
  async analyze(ctx) {
    if (ctx.kind === KINDS.zip && !H5_NAMES.test(ctx.name)) return;
    const at = await hdf5SuperblockAfterStart(ctx);
    if (at === void 0) return;
    ctx.report(
      finding(HDF5_POLYGLOT, {
        message: `${label(ctx.source)} is ${ctx.kind} content with an HDF5 superblock at offset ${at}`,
        offset: at,
        evidence: { kind: ctx.kind, superblock: at }
      })
    );
    await checkKerasH5(ctx);
  }
};
function isKerasModelJson(v) {
  return kerasModelShapeProblem(v) === void 0;
}
var MAX_JSON = 64 * 1024 * 1024;
var KERAS_JSON_ANALYZER = {
  id: "keras-json",
  kinds: [KINDS.json, KINDS.text, KINDS.unknown],
  async analyze(ctx) {
    if (ctx.depth > 0 && ctx.source.member.at(-1) === "config.json") return;
    if (ctx.source.size > MAX_JSON) return;
    const jsonName = ctx.name.endsWith(".json");
    if (ctx.kind === KINDS.unknown && !jsonName) return;
    if (!ctx.head.includes('"class_name"') && !(jsonName && ctx.source.size <= 16 * 1024 * 1024)) return;
    const text = decodeJsonBytes(await readAll(ctx.source, MAX_JSON));
    if (!text.includes('"class_name"')) return;
    const read = readKerasJson(text);
    if (read.ok && isKerasModelJson(read.value)) await reportKerasConfig(ctx, read.value, "Keras model JSON");
  }
};
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
var KERAS_ZIP_ANALYZER = {
  id: "keras-zip",
  kinds: [KINDS.zip, KINDS.hdf5, ...OTHER_KINDS.filter((k) => k !== KINDS.zip)],
  async analyze(ctx) {
    if (ctx.kind !== KINDS.zip && !ctx.name.endsWith(".keras")) return;
    let zip;
    try {
      zip = await openZipFor(ctx);
    } catch (err) {
      if (err instanceof ZipFormatError) return;
      throw err;
    }
    if (ctx.kind !== KINDS.zip) {
      ctx.report(
        finding(KERAS_ZIP_POLYGLOT, {
          message: `${label(ctx.source)} is ${ctx.kind} content that Keras opens as a .keras zip`,
          evidence: { kind: ctx.kind }
        })
      );
    }
    const configs = zip.entries.filter((e) => e.name === "config.json");
    if (!configs.length) return;
    const where = label(ctx.source);
    const kerasLayout = ctx.name.endsWith(".keras") || zip.entries.some((e) => e.name === "metadata.json" || e.name === "model.weights.h5");
    for (const entry of configs) {
      const member2 = [...ctx.source.member, entry.name];
      const bad = (why) => {
        if (kerasLayout)
          ctx.report(finding(KERAS_BAD_CONFIG, { message: `${where}: config.json ${why}`, member: member2 }));
      };
      if (entry.uncompressedSize > MAX_JSON) {
        bad(`is ${entry.uncompressedSize} bytes, over the ${MAX_JSON} byte limit`);
        continue;
      }
      const opened = await zip.openEntry(entry, { limits: ctx.limits, budget: ctx.budget });
      if (!opened.ok) {
        bad(`cannot be read (${opened.message})`);
        continue;
      }
      const read = readKerasJson(decodeJsonBytes(await readAll(opened.source, MAX_JSON)));
      if (!read.ok) {
        bad(read.reason);
        continue;
      }
      if (!kerasLayout && !isKerasModelJson(read.value)) continue;
      const shape = kerasModelShapeProblem(read.value);
      if (shape) bad(`is not a Keras model config: ${shape}`);
      await reportKerasConfig(ctx, read.value, "config.json", member2);
    }
  }
};

// src/formats/numpy/index.ts
var numpy_exports = {};
__export(numpy_exports, {
  NPY_MALFORMED: () => NPY_MALFORMED,
  NPY_OBJECT_ARRAY: () => NPY_OBJECT_ARRAY,
  NUMPY_ANALYZER: () => NUMPY_ANALYZER,
  NpyHeaderError: () => NpyHeaderError,
  descrInfo: () => descrInfo,
  parsePyLiteral: () => parsePyLiteral
});

// src/formats/pickle/rules.ts
var rules_exports3 = {};
__export(rules_exports3, {
  BOUND_METHOD: () => BOUND_METHOD,
  COMPUTED_CALL: () => COMPUTED_CALL,
  DANGEROUS_GLOBAL: () => DANGEROUS_GLOBAL,
  EXTENSION_REGISTRY: () => EXTENSION_REGISTRY,
  LIMIT_EXCEEDED: () => LIMIT_EXCEEDED,
  MALFORMED: () => MALFORMED,
  TRAILING_DATA: () => TRAILING_DATA,
  UNKNOWN_GLOBAL: () => UNKNOWN_GLOBAL,
  UNKNOWN_GLOBAL_CALLED: () => UNKNOWN_GLOBAL_CALLED
});
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

// src/formats/pickle/embedded.ts
import { gunzipSync, inflateSync, constants as zlibConstants2 } from "node:zlib";

// src/formats/pickle/findings.ts
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
var MAX_PER_RULE = 100;
function didSomething(r) {
  return r.globals.some((g) => g.unresolved !== void 0 || IDENT.test(g.module) && IDENT.test(g.name)) || r.exts.some((e) => e.calledBy !== void 0) || r.computedCalls.length > 0;
}
var PickleFacts = class {
  globals = /* @__PURE__ */ new Map();
  exts = /* @__PURE__ */ new Map();
  computed = /* @__PURE__ */ new Map();
  limits = /* @__PURE__ */ new Map();
  ctx;
  globalCount = 0;
  constructor(ctx) {
    this.ctx = ctx;
  }
  absorb(r, stream) {
    const broken = r.error !== void 0 && r.error.code !== "limit";
    for (const site of r.globals) {
      this.globalCount += site.count;
      if (broken && !site.unresolved && !(IDENT.test(site.module) && IDENT.test(site.name))) continue;
      this.absorbGlobal(site, stream);
    }
    for (const e of r.exts) {
      if (broken && !e.calledBy) continue;
      const x = this.exts.get(e.code) ?? { offset: e.offset, opcode: e.opcode, count: 0 };
      x.count += e.count;
      if (e.calledBy) x.called ??= e.calledBy;
      this.exts.set(e.code, x);
    }
    for (const c of r.computedCalls) {
      const key = `${c.opcode}\0${c.callee}`;
      const x = this.computed.get(key) ?? {
        offset: c.offset,
        opcode: c.opcode,
        count: 0,
        callee: c.callee,
        depth: 0
      };
      x.count += c.count;
      x.depth = Math.max(x.depth ?? 0, c.depth);
      this.computed.set(key, x);
    }
    for (const l of r.limitsHit) this.limit(l.limit, l.message, l.offset);
  }
  limit(limit, message, offset) {
    const x = this.limits.get(limit);
    if (x) x.count++;
    else this.limits.set(limit, { message, offset, count: 1 });
  }
  classify(site) {
    if (site.unresolved) {
      const reason = `STACK_GLOBAL operands cannot be resolved statically (${site.unresolved})`;
      return { verdict: "dangerous", reason, category: "resolver" };
    }
    const { extraAllow, loader } = this.ctx;
    return classifyGlobal(site.module, site.name, extraAllow, { protocol: site.protocol, loader });
  }
  absorbGlobal(site, stream) {
    if (site.shadow) {
      const cls = this.classify(site);
      if (cls.verdict !== "dangerous") return;
      const key2 = `shadow\0${site.module}\0${site.name}`;
      const reason = `${cls.reason}; it sits in bytes joblib reads as array data, which pickle.load would run as opcodes`;
      const a2 = this.globals.get(key2) ?? { cls: { ...cls, reason }, site, count: 0, stream };
      a2.count += site.count;
      this.globals.set(key2, a2);
      return;
    }
    const key = `${site.module}\0${site.name}\0${site.protocol < 3 ? 2 : 3}\0${site.unresolved ?? ""}`;
    let a = this.globals.get(key);
    if (!a) {
      a = { cls: this.classify(site), site, count: 0, stream };
      this.globals.set(key, a);
    }
    a.count += site.count;
    this.absorbBound(a, site);
    if (site.calledBy) a.called ??= site.calledBy;
    if (site.constructedBy) a.constructed ??= site.constructedBy;
    if (site.mutatedBy) a.mutated ??= site.mutatedBy;
  }
  /** Keeps the bound-method reading of a getattr site only while every use of it fits. */
  absorbBound(a, site) {
    const b = site.bound;
    const fits = b !== void 0 && b.uses === site.pushes && !site.calledBy && !site.mutatedBy && b.attrs.every((n) => !DANGEROUS_ATTRIBUTES.has(n)) && b.classes.every((c) => !c.unresolved && this.classify(c).verdict === "allowed");
    a.bound ??= { classes: /* @__PURE__ */ new Set(), attrs: /* @__PURE__ */ new Set(), only: true };
    a.bound.only &&= fits;
    for (const c of b?.classes ?? []) a.bound.classes.add(globalName(c));
    for (const n of b?.attrs ?? []) a.bound.attrs.add(n);
  }
  /** Reports everything absorbed, prefixed with `where` (the source's label). */
  report(report2, where) {
    const capped = new Capped(report2, where);
    for (const a of this.globals.values()) {
      const f = globalFinding(a, where);
      if (f) capped.add(f, a.count);
    }
    for (const [code, x] of this.exts) capped.add(extFinding(code, x, where), x.count);
    for (const x of this.computed.values()) capped.add(computedFinding(x, where), x.count);
    for (const [limit, x] of this.limits) {
      const times = x.count > 1 ? ` (${x.count} times)` : "";
      capped.add(
        finding(LIMIT_EXCEEDED, {
          message: `${where}: pickle walk reached a limit: ${x.message}${times}`,
          offset: x.offset,
          evidence: { limit, occurrences: x.count }
        }),
        x.count
      );
    }
    capped.flush();
  }
};
function usage(a, name) {
  if (a.called) return `calls ${name} (${a.called})`;
  if (a.constructed) return `rebuilds an instance of ${name} from pickled state (${a.constructed})`;
  return `references ${name}`;
}
function globalFinding(a, where) {
  const name = globalName(a.site);
  const evidence = {
    global: name,
    module: a.site.module,
    name: a.site.name,
    opcode: a.site.opcode,
    occurrences: a.count,
    stream: a.stream,
    ...a.called ? { calledBy: a.called } : {},
    ...a.constructed && !a.called ? { constructedBy: a.constructed } : {},
    ...a.mutated ? { mutatedBy: a.mutated } : {},
    ...a.cls.matched ? { matched: a.cls.matched } : {},
    ...a.cls.category ? { category: a.cls.category } : {}
  };
  if (a.mutated && a.cls.verdict !== "dangerous") {
    return finding(DANGEROUS_GLOBAL, {
      message: `${where}: ${a.mutated} writes into the global ${name} itself (module or class state), a way to rewrite what other code uses`,
      offset: a.site.offset,
      evidence: { ...evidence, reason: "global object mutated" }
    });
  }
  if (a.cls.verdict === "dangerous" && a.bound?.only && !a.called) return boundFinding(a, where, evidence);
  if (a.cls.verdict === "dangerous") {
    const registry = a.cls.category === "extension-registry";
    return finding(registry ? EXTENSION_REGISTRY : DANGEROUS_GLOBAL, {
      message: `${where}: pickle ${usage(a, name)}: ${a.cls.reason}`,
      offset: a.site.offset,
      evidence: { ...evidence, reason: a.cls.reason }
    });
  }
  if (a.cls.verdict !== "unknown") return null;
  return finding(a.called ? UNKNOWN_GLOBAL_CALLED : UNKNOWN_GLOBAL, {
    message: `${where}: pickle ${usage(a, name)}, which is not on the allowlist`,
    offset: a.site.offset,
    evidence
  });
}
function boundFinding(a, where, evidence) {
  const classes = [...a.bound?.classes ?? []];
  const attrs = [...a.bound?.attrs ?? []];
  return finding(BOUND_METHOD, {
    message: `${where}: pickle rebuilds bound methods (${attrs.slice(0, 5).join(", ")}) of instances of allowed classes with ${globalName(a.site)}; nothing in the file calls them`,
    offset: a.site.offset,
    evidence: { ...evidence, classes: classes.slice(0, 20), attributes: attrs.slice(0, 20) }
  });
}
function extFinding(code, x, where) {
  return finding(EXTENSION_REGISTRY, {
    // A lookup nothing calls runs nothing (an unregistered code raises): referenced, like an unknown name.
    ...x.called ? {} : { severity: "medium" },
    message: `${where}: ${x.opcode} fetches global number ${code} from the copyreg extension registry${x.called ? ` and calls it (${x.called})` : ""}`,
    offset: x.offset,
    evidence: { code, opcode: x.opcode, occurrences: x.count, ...x.called ? { calledBy: x.called } : {} }
  });
}
function computedFinding(x, where) {
  const times = x.count > 1 ? `, ${x.count} times` : "";
  const deep = (x.depth ?? 0) > 1 ? `, chains up to ${x.depth} calls deep` : "";
  return finding(COMPUTED_CALL, {
    message: `${where}: ${x.opcode} calls a computed value (${x.callee}${times}${deep})`,
    offset: x.offset,
    evidence: { callee: x.callee, opcode: x.opcode, occurrences: x.count, depth: x.depth ?? 0 }
  });
}
var Capped = class {
  counts = /* @__PURE__ */ new Map();
  rest = /* @__PURE__ */ new Map();
  report;
  where;
  constructor(report2, where) {
    this.report = report2;
    this.where = where;
  }
  add(f, occurrences) {
    const key = `${f.rule}\0${f.severity}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= MAX_PER_RULE) {
      this.report(f);
      return;
    }
    const r = this.rest.get(key) ?? { first: f, distinct: 0, occurrences: 0 };
    r.distinct++;
    r.occurrences += occurrences;
    this.rest.set(key, r);
  }
  flush() {
    for (const { first, distinct, occurrences } of this.rest.values()) {
      this.report({
        ...first,
        message: `${this.where}: ${distinct} more findings of this kind (${occurrences} occurrences), not listed one by one`,
        evidence: { distinct, occurrences, first: first.evidence ?? {} }
      });
    }
  }
};

// src/formats/pickle/embedded.ts
var MAX_DECODED = MAX_READ;
async function embeddedSource(source, e, member2) {
  if (e.encoding === "raw") return new SliceSource(source, e.start, e.length, member2);
  if (e.length > MAX_DECODED) return null;
  const raw = await source.read(e.start, e.length);
  const text = e.encoding === "utf8" ? raw.toString("utf8") : e.encoding === "repr" ? decodeReprString(raw.toString("latin1")) ?? "" : decodeRawUnicodeEscape(raw);
  const latin1 = fitsLatin1(text);
  return new BufferSource(
    latin1 ? Buffer.from(text, "latin1") : Buffer.from(text, "utf8"),
    source.path,
    member2
  );
}
function fitsLatin1(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return false;
  return true;
}
var CONFIRM_HEAD = 64 * 1024;
async function confirmEmbedded(source, kind) {
  const head = await source.read(0, Math.min(source.size, CONFIRM_HEAD));
  if (kind === "pickle") return confirmPickle(source);
  if (head[0] === 31 && head[1] === 139)
    return head[2] === 8 && (head[3] & 224) === 0 && inflates(head, gunzipSync);
  if (head[0] === 120) return inflates(head, inflateSync);
  return true;
}
function inflates(head, codec) {
  try {
    return codec(head, { finishFlush: zlibConstants2.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 }).length >= 0;
  } catch (err) {
    return err.code === "ERR_BUFFER_TOO_LARGE";
  }
}
var CONFIRM_LIMITS = {
  maxOpcodes: 1e5,
  maxStack: 1e5,
  maxMemo: 1e5,
  maxRetained: 1e4,
  maxString: 4096
};
async function confirmPickle(source) {
  const window = Math.min(source.size, CONFIRM_HEAD);
  const r = await walkPickle(new PickleReader(source, 0, window), CONFIRM_LIMITS);
  if (!r.error) return r.opcodes >= 2;
  if (r.globals.some((g) => g.unresolved !== void 0 || IDENT.test(g.module) && IDENT.test(g.name)))
    return true;
  return r.error.code !== "content" && window < source.size && r.opcodes > 16;
}

// src/formats/pickle/legacy-torch.ts
var TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
var STORAGE_SIZES = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  QUInt8Storage: 1,
  QInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1
};
function storageSize(g) {
  return g && (g.module === "torch" || g.module === "torch.cuda") ? STORAGE_SIZES[g.name] : void 0;
}
function storageSizes(persistent2) {
  const sizes = /* @__PURE__ */ new Map();
  for (const pid of persistent2) {
    if (pid.t !== "tuple") return null;
    const [tag, type, key] = pid.items;
    if (tag?.t !== "str" || tag.s !== "storage") continue;
    const size = storageSize(rootGlobal(type));
    if (key?.t !== "str" || size === void 0) return null;
    sizes.set(key.s, size);
  }
  return sizes;
}
async function skipLegacyStorages(reader, keys, sizes) {
  if (keys?.t !== "list" || keys.dropped || !sizes) return null;
  for (const k of keys.items) {
    if (k.t !== "str") return null;
    const size = sizes.get(k.s);
    if (size === void 0 || !await reader.need(8)) return null;
    const numel = reader.take(8).readBigInt64LE(0);
    const nbytes = numel * BigInt(size);
    if (numel < 0n || nbytes > BigInt(reader.remaining())) return null;
    reader.skip(Number(nbytes));
  }
  return reader.pos;
}
async function skipTarRecord(reader, layout, record) {
  if (!await reader.need(8)) return false;
  if (layout === "torch-tar-storages") {
    const size = record?.t === "tuple" ? storageSize(rootGlobal(record.items[2])) : void 0;
    if (size === void 0) return false;
    const nbytes = reader.take(8).readBigInt64LE(0) * BigInt(size);
    if (nbytes < 0n || nbytes > BigInt(reader.remaining())) return false;
    reader.skip(Number(nbytes));
    return true;
  }
  const ndim = reader.take(8).readInt32LE(0);
  const geometry = BigInt(ndim) * 16n + 8n;
  if (ndim < 0 || geometry > BigInt(reader.remaining())) return false;
  reader.skip(Number(geometry));
  return true;
}
function legacyPersistentLoad(pid) {
  if (pid.t !== "tuple" || pid.items.length < 2) return void 0;
  const tag = pid.items[0];
  return tag.t === "str" && !tag.bytes && tag.s === "module" ? pid.items[1] : void 0;
}
function tarPersistentLoad(pid) {
  return pid.t === "tuple" ? pid.items[0] : void 0;
}

// src/formats/pickle/scan.ts
var MAX_STREAMS = 1e4;
var WALK_HOOKS = { ...SCAN_HOOKS, afterBuild: joblibAfterBuild };
var LEGACY_DATA_HOOKS = { ...WALK_HOOKS, persistentLoad: legacyPersistentLoad };
var TAR_PICKLE_HOOKS = { ...WALK_HOOKS, persistentLoad: tarPersistentLoad };
var tarRecords = (layout) => layout === "torch-tar-storages" || layout === "torch-tar-tensors" ? layout : void 0;
var defaultHooks = (run2) => run2.opts.layout === "torch-tar-pickle" ? TAR_PICKLE_HOOKS : WALK_HOOKS;
async function scanPickle(source, report2, opts = {}) {
  const reader = new PickleReader(source, opts.start ?? 0, opts.end ?? source.size);
  const run2 = {
    source,
    reader,
    opts,
    limits: opts.limits ?? DEFAULT_WALK_LIMITS,
    where: label(source),
    facts: new PickleFacts({
      extraAllow: new Set(opts.options?.pickleAllow ?? []),
      loader: opts.loader ?? "python"
    }),
    summary: { streams: 0, layout: "pickle", globals: 0, end: reader.pos },
    results: [],
    report: report2
  };
  await walkStreams(run2);
  await scanEmbedded(run2);
  run2.facts.report(report2, run2.where);
  reportBroken(run2);
  run2.summary.globals = run2.facts.globalCount;
  return run2.summary;
}
async function walk2(run2, hooks = defaultHooks(run2)) {
  const r = await walkPickle(run2.reader, run2.limits, hooks);
  run2.results.push(r);
  run2.facts.absorb(r, run2.summary.streams);
  run2.summary.streams++;
  if (r.error) run2.broken = r;
  return r;
}
async function walkStreams(run2) {
  const first = await walk2(run2);
  if (!first.error && !run2.opts.single && first.value?.t === "int") {
    if (first.value.v === TORCH_LEGACY_MAGIC) await walkLegacyFile(run2);
    else if (tarRecords(run2.opts.layout) && first.value.v >= 0n && first.value.v <= 10000000n)
      await walkTarMember(run2, tarRecords(run2.opts.layout), first.value.v);
  }
  while (!run2.broken && !run2.opts.single && run2.reader.remaining() > 0) {
    if (run2.summary.streams >= MAX_STREAMS) {
      run2.stopped = `more than ${MAX_STREAMS} pickle streams`;
      break;
    }
    await walk2(run2);
  }
  run2.summary.end = run2.reader.pos;
}
async function walkLegacyFile(run2) {
  const { reader } = run2;
  run2.summary.layout = "torch-legacy";
  const parts = [];
  for (let i = 0; i < 4 && reader.remaining() > 0 && !run2.broken; i++)
    parts.push(await walk2(run2, i === 2 ? LEGACY_DATA_HOOKS : WALK_HOOKS));
  if (run2.broken || parts.length !== 4) return;
  const storagesStart = reader.pos;
  const after = await skipLegacyStorages(reader, parts[3].value, storageSizes(parts[2].persistent));
  if (after === null) reader.pos = storagesStart;
  else if (reader.remaining() > 0) {
    run2.report(
      finding(TRAILING_DATA, {
        message: `${run2.where}: ${reader.remaining()} bytes after the last PyTorch storage (torch.load never reads them); walked as pickles`,
        offset: reader.pos,
        evidence: { bytes: reader.remaining() }
      })
    );
  }
}
async function walkTarMember(run2, layout, records) {
  const { reader } = run2;
  for (let i = 0n; i < records && !run2.broken && reader.remaining() > 0; i++) {
    const r = await walk2(run2);
    if (r.error) return;
    const resume = reader.pos;
    if (!await skipTarRecord(reader, layout, r.value)) {
      reader.pos = resume;
      return;
    }
  }
}
async function scanEmbedded(run2) {
  const nested = run2.opts.nested;
  if (!nested) return;
  let budgetHit = false;
  for (const r of run2.results) {
    for (const e of r.embedded) {
      const member2 = [...run2.source.member, `${e.opcode}@${e.offset}`];
      const source = await embeddedSource(run2.source, e, member2);
      if (source === null || !await confirmEmbedded(source, e.kind)) continue;
      if (!nested.budget.take(source.size)) {
        if (!budgetHit)
          run2.facts.limit(
            "expansion",
            "the expansion budget is spent; embedded pickles and archives after it were not scanned",
            e.offset
          );
        budgetHit = true;
        continue;
      }
      await nested.scanMember(source, member2.at(-1));
    }
  }
}
function reportBroken(run2) {
  const { broken, summary, where } = run2;
  if (broken?.error) {
    const e = broken.error;
    summary.error = e.message;
    const limit = e.code === "limit";
    const evidence = {
      stream: summary.streams,
      streamStart: broken.start,
      reason: e.message,
      ...e.limit ? { limit: e.limit } : {}
    };
    run2.report(
      finding(limit ? LIMIT_EXCEEDED : MALFORMED, {
        message: `${where}: pickle stream ${summary.streams} at offset ${broken.start} ${limit ? "reached a limit" : "cannot be parsed"}: ${e.message} (at offset ${e.offset})`,
        offset: e.offset,
        evidence,
        ...!limit && notAPickle(run2, broken) ? { severity: "low" } : {}
      })
    );
  } else if (run2.stopped) {
    summary.error = run2.stopped;
    run2.report(
      finding(LIMIT_EXCEEDED, {
        message: `${where}: ${run2.stopped}; the rest was not scanned`,
        offset: run2.reader.pos,
        evidence: { limit: "streams" }
      })
    );
  }
}
function notAPickle(run2, broken) {
  const end = run2.opts.end ?? run2.source.size;
  return end - broken.start >= 256 && !didSomething(broken);
}

// src/formats/numpy/index.ts
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
var NpyHeaderError = class extends BaseError {
  constructor(message) {
    super("NPY_HEADER", message);
    this.name = "NpyHeaderError";
  }
};
function parsePyLiteral(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const value = (depth) => {
    if (depth > 32) throw new NpyHeaderError("header nested too deeply");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const m2 = /* @__PURE__ */ new Map();
      for (; ; ) {
        ws();
        if (text[i] === "}") {
          i++;
          return m2;
        }
        const k = value(depth + 1);
        if (typeof k !== "string") throw new NpyHeaderError("dict key is not a string");
        ws();
        if (text[i++] !== ":") throw new NpyHeaderError('":" expected');
        m2.set(k, value(depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] !== "}") throw new NpyHeaderError('"," or "}" expected');
      }
    }
    if (c === "(" || c === "[") {
      const close = c === "(" ? ")" : "]";
      i++;
      const items = [];
      for (; ; ) {
        ws();
        if (text[i] === close) {
          i++;
          return c === "(" ? { tuple: items } : items;
        }
        items.push(value(depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] !== close) throw new NpyHeaderError(`"," or "${close}" expected`);
      }
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new NpyHeaderError("unterminated string");
      const s = text.slice(i + 1, end);
      if (s.includes("\\")) throw new NpyHeaderError("escapes in header strings are not supported");
      i = end + 1;
      return s;
    }
    const m = /^(True|False|None|[+-]?\d+(\.\d+)?([eE][+-]?\d+)?L?)/.exec(text.slice(i, i + 64));
    if (!m) throw new NpyHeaderError(`unexpected ${JSON.stringify(text.slice(i, i + 10))}`);
    i += m[0].length;
    if (m[0] === "True") return true;
    if (m[0] === "False") return false;
    if (m[0] === "None") return null;
    return Number(m[0].replace(/L$/, ""));
  };
  const v = value(0);
  ws();
  if (i !== text.length) throw new NpyHeaderError("text after the header dict");
  return v;
}
function descrInfo(d, depth = 0) {
  if (depth > 16) return null;
  if (typeof d === "string") {
    const m = /^[<>|=]?([a-zA-Z?])(\d*)(\[\w+\])?$/.exec(d);
    if (!m) return null;
    const kind = m[1];
    if (kind === "O") return "object";
    const n = m[2] ? Number(m[2]) : void 0;
    if (kind === "U") return n === void 0 ? null : n * 4;
    if (n !== void 0) return "biufcSaVMm".includes(kind) ? n : null;
    return NUMPY_TYPE_SIZES[kind] ?? null;
  }
  if (Array.isArray(d)) {
    let total = 0;
    for (const f of d) {
      if (f === null || typeof f !== "object" || !("tuple" in f)) return null;
      const [, sub, shape] = f.tuple;
      if (sub === void 0) return null;
      const s = descrInfo(sub, depth + 1);
      if (s === null || s === "object") return s;
      let count = 1;
      if (shape !== void 0) {
        const dims = typeof shape === "number" ? [shape] : shape !== null && typeof shape === "object" && "tuple" in shape ? shape.tuple : null;
        if (!dims || dims.some((x) => typeof x !== "number" || x < 0)) return null;
        for (const x of dims) count *= x;
      }
      total += s * count;
    }
    return total;
  }
  return null;
}
var NUMPY_ANALYZER = {
  id: "numpy",
  kinds: [KINDS.numpy],
  claims: [KINDS.numpy],
  async analyze(ctx) {
    const where = label(ctx.source);
    const bad = (message) => ctx.report(finding(NPY_MALFORMED, { message: `${where}: ${message}`, evidence: { reason: message } }));
    const size = ctx.source.size;
    const pre = await ctx.source.read(0, Math.min(12, size));
    if (pre.length < 10) return bad("file too short for a .npy header");
    const major = pre[6];
    const lenBytes = major === 1 ? 2 : major === 2 || major === 3 ? 4 : 0;
    if (!lenBytes) return bad(`unsupported .npy version ${major}.${pre[7]}`);
    if (pre.length < 8 + lenBytes) return bad("file too short for a .npy header");
    const hlen = lenBytes === 2 ? pre.readUInt16LE(8) : pre.readUInt32LE(8);
    const dataStart = 8 + lenBytes + hlen;
    if (hlen > 1024 * 1024 || dataStart > size)
      return bad(`header length ${hlen} exceeds the file or the limit`);
    const raw = await ctx.source.read(8 + lenBytes, hlen);
    let header2;
    try {
      header2 = parsePyLiteral(raw.toString(major === 3 ? "utf8" : "latin1"));
    } catch (err) {
      return bad(`header is not a Python dict literal: ${err.message}`);
    }
    if (!(header2 instanceof Map) || !header2.has("descr") || !header2.has("shape")) {
      return bad("header lacks descr or shape");
    }
    const shape = header2.get("shape");
    const dims = shape !== null && typeof shape === "object" && "tuple" in shape ? shape.tuple : null;
    if (!dims || dims.some((d) => typeof d !== "number" || !Number.isSafeInteger(d) || d < 0)) {
      return bad("shape is not a tuple of non-negative integers");
    }
    const info = descrInfo(header2.get("descr"));
    if (info === "object" || info === null) {
      if (info === "object") {
        ctx.report(
          finding(NPY_OBJECT_ARRAY, {
            message: `${where}: array of Python objects; its data is a pickle (np.load needs allow_pickle=True)`,
            offset: dataStart
          })
        );
      }
      const summary = await scanPickle(ctx.source, ctx.report, {
        start: dataStart,
        options: ctx.options,
        single: true,
        nested: ctx
      });
      if (!summary.error && summary.end < size) {
        ctx.report(
          finding(TRAILING_DATA, {
            message: `${where}: ${size - summary.end} bytes after the object array pickle`,
            offset: summary.end,
            evidence: { bytes: size - summary.end }
          })
        );
      }
      return;
    }
    let count = 1;
    for (const d of dims) count *= d;
    const expected = count * info;
    const actual = size - dataStart;
    if (actual < expected) {
      ctx.report(
        finding(MALFORMED, {
          severity: "medium",
          message: `${where}: array data truncated (${actual} of ${expected} bytes)`,
          offset: dataStart,
          evidence: { expected, actual }
        })
      );
    } else if (actual > expected) {
      ctx.report(
        finding(TRAILING_DATA, {
          message: `${where}: ${actual - expected} bytes after the array data`,
          offset: dataStart + expected,
          evidence: { bytes: actual - expected }
        })
      );
    }
  }
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
  lexicalEscape: () => lexicalEscape,
  looksLikeOnnx: () => looksLikeOnnx,
  walkOnnx: () => walkOnnx
});
import { realpath as realpath4 } from "node:fs/promises";
import { dirname as dirname5, isAbsolute, join as join7, relative, resolve as resolve4, sep as sep4 } from "node:path";

// src/formats/protobuf.ts
var WIRE = { varint: 0, i64: 1, len: 2, startGroup: 3, endGroup: 4, i32: 5 };
var MAX_FIELDS = 2e7;
var MAX_PROTO_DEPTH = 100;
var ProtoError = class extends BaseError {
  offset;
  constructor(message, offset) {
    super("PROTOBUF_INVALID", message);
    this.name = "ProtoError";
    this.offset = offset;
  }
};
var WINDOW2 = 64 * 1024;
var PRELOAD = 1024 * 1024;
function decodeVarint(b, at) {
  let n = 0;
  let mul = 1;
  for (let i = 0; i < b.length && i < 7; i++) {
    const byte = b[i];
    n += (byte & 127) * mul;
    if ((byte & 128) === 0) return { value: BigInt(n), next: at + i + 1 };
    mul *= 128;
  }
  let value = BigInt(n);
  let shift = 49n;
  for (let i = 7; i < b.length; i++) {
    const byte = b[i];
    value |= BigInt(byte & 127) << shift;
    if ((byte & 128) === 0) return { value: BigInt.asUintN(64, value), next: at + i + 1 };
    shift += 7n;
  }
  throw new ProtoError(b.length >= 10 ? "varint longer than 10 bytes" : "varint runs past its message", at);
}
var ProtoCursor = class {
  source;
  buf = Buffer.alloc(0);
  bufStart = 0;
  /** Fields visited so far (callers bound the work on hostile input). */
  fieldsVisited = 0;
  constructor(source) {
    this.source = source;
  }
  get size() {
    return this.source.size;
  }
  /** [at, at+n) (clamped to the end) when it is already in the window. */
  inWindow(at, n) {
    const end = Math.min(this.source.size, at + n);
    if (at >= this.bufStart && end <= this.bufStart + this.buf.length) {
      return this.buf.subarray(at - this.bufStart, end - this.bufStart);
    }
    return void 0;
  }
  /** Ensures [at, at+n) (clamped to the end) is in the window and returns it. */
  async window(at, n) {
    const hit = this.inWindow(at, n);
    if (hit) return hit;
    const end = Math.min(this.source.size, at + n);
    const len = Math.max(end - at, Math.min(WINDOW2, this.source.size - at));
    this.buf = await this.source.read(at, len);
    this.bufStart = at;
    return this.buf.subarray(0, end - at);
  }
  /** Loads [start, end) into the window in one read when it is small (a node, a small graph). */
  async preload(start, end) {
    if (end - start <= PRELOAD && !this.inWindow(start, end - start)) {
      this.buf = await this.source.read(start, end - start);
      this.bufStart = start;
    }
  }
  /** A varint decoded from the window, or undefined when its bytes are not loaded. */
  varintNow(at, limit) {
    const b = this.inWindow(at, Math.min(10, limit - at));
    return b ? decodeVarint(b, at) : void 0;
  }
  async varint(at, limit) {
    return decodeVarint(await this.window(at, Math.min(10, limit - at)), at);
  }
  /** Reads a payload of at most `cap` bytes (longer payloads are truncated to `cap`). */
  async bytes(start, length2, cap2 = 1 << 20) {
    const n = Math.min(length2, cap2);
    if (n <= WINDOW2) return Buffer.from(await this.window(start, n));
    return this.source.read(start, n);
  }
  /** A string field (truncated to `cap` bytes); throws when the field is not length-delimited. */
  async string(f, cap2 = 4096) {
    return this.stringNow(f, cap2) ?? (await this.bytes(f.start, f.length, cap2)).toString("utf8");
  }
  /** The string when its bytes are in the window (no await), else undefined. */
  stringNow(f, cap2 = 4096) {
    if (f.wire !== WIRE.len) throw new ProtoError(`field ${f.field} should be a string`, f.offset);
    return this.inWindow(f.start, Math.min(f.length, cap2))?.toString("utf8");
  }
  /** Walks the sub-message in field `f` at nesting `depth` (bounded like protobuf's parser). */
  sub(f, depth, visit2) {
    if (f.wire !== WIRE.len) throw new ProtoError(`field ${f.field} should be a message`, f.offset);
    if (depth > MAX_PROTO_DEPTH)
      throw new ProtoError("messages nested deeper than protobuf allows", f.offset);
    return walkMessage(this, f.start, f.start + f.length, visit2);
  }
};
async function walkMessage(cur, start, end, visit2, maxFields = MAX_FIELDS) {
  if (end > cur.size) throw new ProtoError(`message ends at ${end}, past the end of the file`, start);
  await cur.preload(start, end);
  let at = start;
  const groups = [];
  while (at < end) {
    if (++cur.fieldsVisited > maxFields) throw new ProtoError(`more than ${maxFields} fields`, at);
    const tag = cur.varintNow(at, end) ?? await cur.varint(at, end);
    const field2 = Number(tag.value >> 3n);
    const wire = Number(tag.value & 7n);
    if (field2 === 0 || tag.value >> 3n > 0x1fffffffn)
      throw new ProtoError(`invalid field number ${field2}`, at);
    let f;
    switch (wire) {
      case WIRE.varint: {
        const v = cur.varintNow(tag.next, end) ?? await cur.varint(tag.next, end);
        f = { field: field2, wire, offset: at, value: v.value, start: tag.next, length: 0 };
        at = v.next;
        break;
      }
      case WIRE.i64:
      case WIRE.i32: {
        const n = wire === WIRE.i64 ? 8 : 4;
        if (tag.next + n > end)
          throw new ProtoError(`fixed${n * 8} field ${field2} runs past its message`, at);
        f = { field: field2, wire, offset: at, value: 0n, start: tag.next, length: n };
        at = tag.next + n;
        break;
      }
      case WIRE.len: {
        const len = cur.varintNow(tag.next, end) ?? await cur.varint(tag.next, end);
        if (len.value > BigInt(end - len.next)) {
          throw new ProtoError(
            `field ${field2} claims ${len.value} bytes but only ${end - len.next} are left in its message`,
            at
          );
        }
        f = { field: field2, wire, offset: at, value: len.value, start: len.next, length: Number(len.value) };
        at = len.next + Number(len.value);
        break;
      }
      case WIRE.startGroup:
        if (groups.length >= MAX_PROTO_DEPTH) throw new ProtoError("groups nested too deep", at);
        groups.push(field2);
        at = tag.next;
        continue;
      case WIRE.endGroup:
        if (groups.pop() !== field2) throw new ProtoError(`unmatched end of group ${field2}`, at);
        at = tag.next;
        continue;
      default:
        throw new ProtoError(`invalid wire type ${wire} for field ${field2}`, at);
    }
    if (groups.length === 0) {
      const r = visit2(f);
      if (r instanceof Promise) await r;
    }
  }
  if (at !== end) throw new ProtoError("last field runs past its message", at);
  if (groups.length) throw new ProtoError(`group ${groups.at(-1)} is not closed`, end);
}
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
    const field2 = Number(tag[0] >> 3n);
    const wire = Number(tag[0] & 7n);
    if (field2 === 0 || field2 > 65535) return void 0;
    if (wire === WIRE.varint) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : void 0;
      out.push({ field: field2, wire, value: v[0], start: tag[1], length: 0 });
      at = v[1];
    } else if (wire === WIRE.len) {
      const v = varint(tag[1]);
      if (!v) return out.length ? out : void 0;
      if (v[0] > BigInt(size - v[1])) {
        if (!allowTruncated) return void 0;
        out.push({ field: field2, wire, value: v[0], start: v[1], length: size - v[1] });
        return out;
      }
      const length2 = Number(v[0]);
      out.push({ field: field2, wire, value: v[0], start: v[1], length: length2 });
      at = v[1] + length2;
    } else if (wire === WIRE.i64 || wire === WIRE.i32) {
      const n = wire === WIRE.i64 ? 8 : 4;
      if (tag[1] + n > size) return void 0;
      out.push({ field: field2, wire, value: 0n, start: tag[1], length: n });
      at = tag[1] + n;
    } else {
      return void 0;
    }
  }
  if (at > size) return void 0;
  return out;
}
async function walkOrReport(ctx, rule, walk4) {
  try {
    await walk4();
  } catch (err) {
    if (!(err instanceof ProtoError)) throw err;
    ctx.report(
      finding(rule, {
        message: `${label(ctx.source)}: ${err.message} (offset ${err.offset})`,
        offset: err.offset
      })
    );
  }
}

// src/formats/onnx/index.ts
var ONNX_KIND = "onnx";
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
var STANDARD_DOMAINS = /* @__PURE__ */ new Set([
  "",
  "ai.onnx",
  "ai.onnx.ml",
  "ai.onnx.training",
  "ai.onnx.preview.training",
  "com.microsoft",
  "com.microsoft.nchwc",
  "com.microsoft.experimental",
  "com.ms.internal.nhwc",
  "com.microsoft.dml"
]);
var PYTHON_OPS = {
  "com.microsoft": /* @__PURE__ */ new Set(["PythonOp", "PythonOpGrad"]),
  "ai.onnx.contrib": /* @__PURE__ */ new Set(["PyOp", "PyCustomOp"])
};
var MODEL_FIELDS = {
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
  for (const f of fields) if (MODEL_FIELDS[f.field] !== f.wire) return false;
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
var MAX_NAME2 = 4096;
var OnnxWalk = class {
  cur;
  s;
  constructor(cur, s) {
    this.cur = cur;
    this.s = s;
  }
  str(f, cap2 = MAX_NAME2) {
    return this.cur.string(f, cap2);
  }
  sub(f, depth, fn) {
    return this.cur.sub(f, depth, fn);
  }
  /** TensorProto: name = 8, external_data = 13 (StringStringEntryProto key = 1, value = 2). */
  async tensor(t, depth, context) {
    let name = "";
    const entries = [];
    await this.sub(t, depth, async (f) => {
      if (f.field === 8) name = await this.str(f);
      else if (f.field === 13) {
        let key = "";
        let value = "";
        await this.sub(f, depth + 1, async (e) => {
          if (e.field === 1) key = await this.str(e);
          else if (e.field === 2) value = await this.cur.string(e, 64 * 1024);
        });
        entries.push({ key, value });
      }
    });
    if (entries.length === 0) return;
    const problems = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of entries) {
      if (seen.has(e.key)) problems.push(`key "${e.key}" appears twice`);
      seen.add(e.key);
    }
    const locations = entries.filter((e) => e.key === "location").map((e) => e.value);
    if (!locations.length) problems.push('no "location" key');
    this.s.externals.push({ tensor: name || context, locations, problems, offset: t.offset });
  }
  /** SparseTensorProto: values = 1, indices = 2. */
  sparse(t, depth, ctx) {
    return this.sub(
      t,
      depth,
      (f) => f.field === 1 || f.field === 2 ? this.tensor(f, depth + 1, ctx) : void 0
    );
  }
  /** GraphProto: node = 1, initializer = 5, sparse_initializer = 15. */
  graph(g, depth) {
    this.s.graphs++;
    return this.sub(g, depth, (f) => {
      if (f.field === 1) return this.node(f, depth + 1);
      if (f.field === 5) return this.tensor(f, depth + 1, "initializer");
      if (f.field === 15) return this.sparse(f, depth + 1, "sparse initializer");
      return void 0;
    });
  }
  /** AttributeProto: t = 5, g = 6, tensors = 10, graphs = 11, sparse_tensor = 22, sparse_tensors = 23. */
  attribute(a, depth, ctx) {
    return this.sub(a, depth, (f) => {
      if (f.field === 5 || f.field === 10) return this.tensor(f, depth + 1, `attribute of ${ctx}`);
      if (f.field === 6 || f.field === 11) return this.graph(f, depth + 1);
      if (f.field === 22 || f.field === 23) return this.sparse(f, depth + 1, `attribute of ${ctx}`);
      return void 0;
    });
  }
  /** NodeProto: name = 3, op_type = 4, attribute = 5, domain = 7. */
  async node(n, depth) {
    this.s.nodes++;
    let op2 = "";
    let domain = "";
    let name = "";
    await this.sub(n, depth, async (f) => {
      if (f.field === 3) name = await this.str(f);
      else if (f.field === 4) op2 = await this.str(f);
      else if (f.field === 7) domain = await this.str(f);
      else if (f.field === 5) await this.attribute(f, depth + 1, name || op2 || "node");
    });
    const d = domain === "ai.onnx" ? "" : domain;
    const set = this.s.ops.get(d) ?? /* @__PURE__ */ new Set();
    this.s.ops.set(d, set);
    set.add(op2);
  }
  /** FunctionProto: name = 1, node = 7, domain = 10. */
  async fn(fp, depth) {
    let name = "";
    let domain = "";
    await this.sub(fp, depth, async (f) => {
      if (f.field === 1) name = await this.str(f);
      else if (f.field === 10) domain = await this.str(f);
      else if (f.field === 7) await this.node(f, depth + 1);
    });
    this.s.functions.add(`${domain}:${name}`);
  }
};
async function walkOnnx(cur, partial) {
  const walk4 = new OnnxWalk(
    cur,
    partial ?? { ops: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Set(), externals: [], graphs: 0, nodes: 0 }
  );
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (f.field === 1 && f.wire === WIRE.varint) walk4.s.irVersion = Number(BigInt.asIntN(64, f.value));
    else if (f.field === 7) await walk4.graph(f, 1);
    else if (f.field === 25) await walk4.fn(f, 1);
    else if (f.field === 20)
      await walk4.sub(f, 1, (t) => t.field === 1 || t.field === 2 ? walk4.graph(t, 2) : void 0);
  });
  return walk4.s;
}
function invalidLocation(location) {
  if (location.length === 0) return "is empty";
  if (location.includes("\0")) return "contains a NUL byte";
  if (location.length > 1024) return "is longer than 1024 characters";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return "is a URL";
  return void 0;
}
var inside = (dir, path) => {
  const rel = relative(dir, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep4}`) && !isAbsolute(rel);
};
async function inHfCacheBlobs(modelDir, real) {
  const m = /^(.*[\\/](?:models|datasets|spaces)--[^\\/]+)[\\/]snapshots[\\/][^\\/]+(?:[\\/].*)?$/.exec(
    modelDir
  );
  if (!m) return false;
  const blobs = await realpath4(join7(m[1], "blobs")).catch(() => void 0);
  return blobs !== void 0 && inside(blobs, real) && dirname5(real) === blobs;
}
function reportOps(ctx, summary, where) {
  const custom = {};
  for (const [domain, ops] of summary.ops) {
    const py = [...ops].filter((op2) => PYTHON_OPS[domain]?.has(op2));
    if (py.length) {
      ctx.report(
        finding(ONNX_PYTHON_OP, {
          message: `${where}: nodes run Python callables (${domain}: ${py.join(", ")})`,
          evidence: { domain, ops: py }
        })
      );
    }
    if (STANDARD_DOMAINS.has(domain)) continue;
    const unresolved = [...ops].filter((op2) => !summary.functions.has(`${domain}:${op2}`)).sort();
    if (unresolved.length) custom[domain] = unresolved;
  }
  const domains = Object.keys(custom).sort();
  if (domains.length) {
    ctx.report(
      finding(ONNX_CUSTOM_DOMAIN, {
        message: `${where}: operators from custom domains: ${domains.map((d) => `${d} (${custom[d].slice(0, 10).join(", ")})`).join("; ")}`,
        evidence: { domains: custom }
      })
    );
  }
}
async function checkExternals(ctx, summary, where) {
  const onDisk = ctx.depth === 0 && ctx.source.member.length === 0;
  const fsPath = ctx.source.fsPath;
  const modelDir = resolve4(
    dirname5(fsPath === void 0 ? ctx.source.path : typeof fsPath === "string" ? fsPath : fsDecode(fsPath))
  );
  let realDir;
  if (onDisk) realDir = await realpath4(modelDir).catch(() => void 0);
  const x = { ctx, where, onDisk, modelDir, realDir, checked: /* @__PURE__ */ new Map() };
  for (const ext2 of summary.externals) {
    const problems = [...ext2.problems];
    for (const loc of ext2.locations) {
      const bad = invalidLocation(loc);
      if (bad) problems.push(`location ${JSON.stringify(loc.slice(0, 200))} ${bad}`);
    }
    if (problems.length) {
      ctx.report(
        finding(ONNX_EXTERNAL_DATA_BAD, {
          message: `${where}: tensor "${ext2.tensor}" external_data ${problems.join("; ")}`,
          offset: ext2.offset,
          evidence: { tensor: ext2.tensor, locations: ext2.locations, problems }
        })
      );
    }
    for (const loc of ext2.locations) await checkLocation(x, ext2, loc);
  }
}
async function checkLocation(x, ext2, loc) {
  const { ctx, where } = x;
  if (loc.length === 0 || loc.includes("\0")) return;
  const lexical = lexicalEscape(loc);
  if (lexical) {
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_ESCAPE, {
        message: `${where}: tensor "${ext2.tensor}" external data location "${loc}" ${lexical}`,
        offset: ext2.offset,
        evidence: { tensor: ext2.tensor, location: loc }
      })
    );
    return;
  }
  if (!x.onDisk || !x.realDir || x.checked.has(loc)) return;
  const target = resolve4(x.modelDir, loc);
  const real = await realpath4(target).catch(() => void 0);
  if (real === void 0) {
    x.checked.set(loc, false);
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_MISSING, {
        message: `${where}: external data file "${loc}" (tensor "${ext2.tensor}") is not present`,
        evidence: { tensor: ext2.tensor, location: loc }
      })
    );
    return;
  }
  x.checked.set(loc, true);
  if (!inside(x.realDir, real) && !await inHfCacheBlobs(x.modelDir, real)) {
    ctx.report(
      finding(ONNX_EXTERNAL_DATA_ESCAPE, {
        message: `${where}: tensor "${ext2.tensor}" external data "${loc}" resolves to ${real}, outside the model folder`,
        offset: ext2.offset,
        evidence: { tensor: ext2.tensor, location: loc, resolved: real }
      })
    );
  }
}
var ONNX_ANALYZER = {
  id: "onnx",
  kinds: [ONNX_KIND],
  async analyze(ctx) {
    const cur = new ProtoCursor(ctx.source);
    const summary = { ops: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Set(), externals: [], graphs: 0, nodes: 0 };
    await walkOrReport(ctx, ONNX_MALFORMED, () => walkOnnx(cur, summary));
    const where = label(ctx.source);
    reportOps(ctx, summary, where);
    await checkExternals(ctx, summary, where);
  }
};

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

// src/formats/pickle/sniff.ts
import { isUtf8 as isUtf84 } from "node:buffer";
var SNIFF_WINDOW = 64 * 1024;
var SNIFF_MIN_OPCODES = 16;
var IDENT2 = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
var FIRST_OPCODES = new Set(
  [..."(NIJKLFGSTUVXBC]})ciP"].map((c) => c.charCodeAt(0)).concat([128, 130, 131, 132, 136, 137, 138, 139, 140, 141, 142, 143, 149, 150, 151])
);
var SNIFF_LIMITS = {
  maxOpcodes: 1e5,
  maxStack: 1e5,
  maxMemo: 1e5,
  maxRetained: 1e4,
  maxString: SNIFF_WINDOW
};
function numberRunsPastHead(head) {
  const op2 = head[0];
  if (op2 !== 73 && op2 !== 76 && op2 !== 70) return false;
  return /^[+-]?[0-9a-fA-F_xXoObB.eE]*$/.test(head.subarray(1).toString("latin1"));
}
async function looksLikePickle({ head, size, source }) {
  const first = head[0];
  if (first === void 0 || !FIRST_OPCODES.has(first)) return false;
  if (first === 128 && (head[1] ?? 9) > 5) return false;
  const window = Math.min(size, SNIFF_WINDOW);
  const r = await walkPickle(new PickleReader(source, 0, window), SNIFF_LIMITS);
  if (!r.error) return r.opcodes >= 2;
  const clean = r.opcodes - 1;
  if (r.globals.length > 0 && clean >= 4) return true;
  const g = r.globals[0];
  if (g && g.offset === 0 && IDENT2.test(g.module) && IDENT2.test(g.name) && !plainText(head, head.length === size))
    return true;
  const stoppedByUs = r.error.code === "truncated" && window < size || r.error.code === "limit";
  return stoppedByUs && (clean >= SNIFF_MIN_OPCODES || r.opcodes <= 1 && numberRunsPastHead(head));
}
function plainText(head, complete) {
  return isText(head) && (!complete || isUtf84(head));
}

// src/formats/pickle/index.ts
var PICKLE_SNIFFER = { kind: KINDS.pickle, priority: 50, match: looksLikePickle };
var PICKLE_ANALYZER = {
  id: "pickle",
  kinds: [KINDS.pickle],
  claims: [KINDS.pickle],
  async analyze(ctx) {
    const base = ctx.name.split("/").at(-1);
    const layout = ctx.depth > 0 && base === "storages" ? "torch-tar-storages" : ctx.depth > 0 && base === "tensors" ? "torch-tar-tensors" : void 0;
    await scanPickle(ctx.source, ctx.report, {
      options: ctx.options,
      nested: ctx,
      // data.pkl/constants.pkl of a TorchScript archive: read by TorchScript's C++ unpickler.
      loader: isTorchScriptPickle(ctx.source) ? "torchscript" : "python",
      ...layout ? { layout } : {}
    });
  }
};

// src/formats/pickle/polyglot.ts
var PROBE_WINDOW = 1024 * 1024;
var FORWARD = /* @__PURE__ */ new Set([
  DANGEROUS_GLOBAL.id,
  EXTENSION_REGISTRY.id,
  UNKNOWN_GLOBAL_CALLED.id,
  COMPUTED_CALL.id
]);
var NO_PERSISTENT_LOAD = { ...BASE_HOOKS, persistentLoad: "none" };
var LEGACY_DATA = { ...BASE_HOOKS, persistentLoad: legacyPersistentLoad };
var PROBE_LIMITS = {
  maxOpcodes: 2e5,
  maxStack: 1e5,
  maxMemo: 1e5,
  maxRetained: 1e4,
  maxString: 4096
};
async function probeStreams(ctx) {
  const reader = new PickleReader(ctx.source, 0, Math.min(ctx.source.size, PROBE_WINDOW));
  const first = await walkPickle(reader, PROBE_LIMITS, NO_PERSISTENT_LOAD);
  const streams = [first];
  const legacy = !first.error && first.value?.t === "int" && first.value.v === TORCH_LEGACY_MAGIC;
  for (let i = 0; legacy && i < 4 && reader.remaining() > 0; i++) {
    const next = await walkPickle(reader, PROBE_LIMITS, i === 2 ? LEGACY_DATA : NO_PERSISTENT_LOAD);
    streams.push(next);
    if (next.error) break;
  }
  return streams;
}
var PICKLE_POLYGLOT_ANALYZER = {
  id: "pickle-polyglot",
  kinds: [EVERY_KIND],
  async analyze(ctx) {
    if (ctx.kind === KINDS.pickle || ctx.kind === KINDS.empty) return;
    if (OPCODE_TABLE[ctx.head[0]] === void 0) return;
    const streams = await probeStreams(ctx);
    const windowCut = ctx.source.size > PROBE_WINDOW;
    const cutShort = streams.some(
      (p) => p.error !== void 0 && p.opcodes > 0 && (p.error.code === "limit" || p.error.code === "truncated" && windowCut)
    );
    const extraAllow = new Set(ctx.options.pickleAllow ?? []);
    if (!cutShort && !streams.some((p) => live(p, extraAllow))) return;
    await scanPickle(
      ctx.source,
      (f) => {
        if (!FORWARD.has(f.rule)) return;
        ctx.report({
          ...f,
          message: `${f.message} (the file sniffs as ${ctx.kind}, but torch.load/joblib.load/numpy.load would unpickle it from its first byte)`,
          evidence: { ...f.evidence, polyglot: ctx.kind }
        });
      },
      { options: ctx.options, single: streams.length === 1, nested: ctx }
    );
  }
};
function live(probe, extraAllow) {
  if (probe.computedCalls.length > 0 || probe.exts.length > 0) return true;
  return probe.globals.some((g) => {
    if (g.unresolved || !IDENT.test(g.module) || !IDENT.test(g.name)) return false;
    const v = classifyGlobal(g.module, g.name, extraAllow, { protocol: g.protocol }).verdict;
    return v === "dangerous" || v === "unknown" && g.calledBy !== void 0;
  });
}

// src/formats/safetensors/index.ts
var safetensors_exports = {};
__export(safetensors_exports, {
  MAX_HEADER_SIZE: () => MAX_HEADER_SIZE,
  SAFETENSORS_ANALYZER: () => SAFETENSORS_ANALYZER,
  SAFETENSORS_DTYPE_BITS: () => SAFETENSORS_DTYPE_BITS,
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
  ST_UNKNOWN_FIELD: () => ST_UNKNOWN_FIELD,
  readSafetensors: () => readSafetensors
});
var MAX_HEADER_SIZE = 1e8;
var U64_MAX = (1n << 64n) - 1n;
var SAFETENSORS_DTYPE_BITS = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64
};
var tags3 = ["safetensors", "integrity"];
var FIX3 = `Fix: re-export the weights with the reference library (safetensors.torch.save_file), or
re-download them from the publisher; a file that fails these checks was not written by it.`;
var ST_TRUNCATED = defineRule({
  id: "safetensors/truncated",
  severity: "high",
  title: "safetensors header length points past the end of the file",
  tags: tags3,
  explain: `A safetensors file starts with an 8-byte little-endian header length N; the JSON header
is the next N bytes. Here the file is shorter than 8 bytes or than 8 + N: it is truncated or the
length is forged. Loaders refuse it, and lenient readers read out of bounds. ${FIX3}`
});
var ST_HEADER_TOO_LARGE = defineRule({
  id: "safetensors/header-too-large",
  severity: "high",
  title: "safetensors header larger than 100 MB",
  tags: tags3,
  explain: `The header length exceeds the 100 MB cap of the reference implementation (real headers
are kilobytes to a few megabytes). An oversized header is a memory-exhaustion attempt against
readers that allocate N bytes up front. ${FIX3}`
});
var ST_INVALID_HEADER = defineRule({
  id: "safetensors/invalid-header",
  severity: "high",
  title: "safetensors header is not a valid JSON object of tensor entries",
  tags: tags3,
  explain: `The header must be UTF-8 JSON starting with '{': an object mapping tensor names to
{dtype, shape, data_offsets} (plus an optional __metadata__ map). This one is not valid UTF-8, not
JSON, not an object, or a tensor entry is missing a field or has the wrong type. The reference
loader rejects it; other readers may accept it differently, which is how a parser differential hides
content. ${FIX3}`
});
var ST_DUPLICATE_KEY = defineRule({
  id: "safetensors/duplicate-key",
  severity: "high",
  title: "Duplicate key in the safetensors header",
  tags: tags3,
  explain: `A JSON key appears twice in the same object of the header. JSON parsers disagree on which
one wins (first, last, or an error), so two tools can see different tensors, offsets or metadata in
the same file. No writer produces duplicates: the header was crafted. ${FIX3}`
});
var ST_UNKNOWN_DTYPE = defineRule({
  id: "safetensors/unknown-dtype",
  severity: "high",
  title: "Unknown safetensors dtype",
  tags: tags3,
  explain: `A tensor names a dtype the safetensors format does not define (BOOL, F4, F6_E2M3,
F6_E3M2, U8, I8, F8_E5M2, F8_E4M3, F8_E8M0, I16, U16, F16, BF16, I32, U32, F32, C64, F64, I64, U64).
Its byte size cannot be checked and loaders reject it. ${FIX3}`
});
var ST_INVALID_SHAPE = defineRule({
  id: "safetensors/invalid-shape",
  severity: "high",
  title: "Tensor shape is not a list of non-negative integers",
  tags: tags3,
  explain: `Every shape entry must be a non-negative integer that fits in 64 bits (no sign,
fraction or exponent). Negative or fractional dimensions are read differently by different parsers
(wrap-around, truncation) and lead to out-of-bounds reads in lenient loaders. ${FIX3}`
});
var ST_SIZE_MISMATCH = defineRule({
  id: "safetensors/size-mismatch",
  severity: "high",
  title: "Tensor byte range does not match shape \xD7 dtype size",
  tags: tags3,
  explain: `data_offsets [start, end] must span exactly product(shape) \xD7 dtype size bytes (whole
bytes for sub-byte dtypes). A mismatch means the loader reads more or fewer bytes than the tensor
needs: hidden data, or out-of-bounds reads in readers that trust the shape. ${FIX3}`
});
var ST_INVALID_OFFSETS = defineRule({
  id: "safetensors/invalid-offsets",
  severity: "high",
  title: "Tensor byte ranges overlap, leave gaps or are reversed",
  tags: tags3,
  explain: `Sorted by offset, tensors must tile the data section from byte 0 with no gap and no
overlap, and each range must have start <= end. Overlapping tensors alias the same bytes; gaps hide
bytes no tensor accounts for (a place to smuggle a payload). ${FIX3}`
});
var ST_DATA_SIZE = defineRule({
  id: "safetensors/data-size-mismatch",
  severity: "high",
  title: "Tensors do not end exactly at the end of the file",
  tags: tags3,
  explain: `The last tensor must end exactly where the file ends. Extra bytes after it are data no
tensor describes (an appended payload, or a polyglot file); missing bytes mean a truncated download.
${FIX3}`
});
var ST_INVALID_METADATA = defineRule({
  id: "safetensors/invalid-metadata",
  severity: "medium",
  title: "__metadata__ is not a map of strings to strings",
  tags: tags3,
  explain: `The optional __metadata__ entry must be an object whose values are all strings. The
reference loader rejects anything else; tools that accept it may pass nested values on to code that
does not expect them. ${FIX3}`
});
var ST_UNKNOWN_FIELD = defineRule({
  id: "safetensors/unknown-field",
  severity: "low",
  title: "Unknown field in a safetensors tensor entry",
  tags: tags3,
  explain: `A tensor entry has fields other than dtype, shape and data_offsets. The reference
ignores them, so they carry nothing for the loader; they can carry data for other tools. Review the
writer of the file.`
});
var Findings = class {
  list = [];
  counts = /* @__PURE__ */ new Map();
  cap;
  constructor(cap2 = 20) {
    this.cap = cap2;
  }
  add(rule, message, offset, evidence, severity) {
    const c = (this.counts.get(rule.id) ?? 0) + 1;
    this.counts.set(rule.id, c);
    if (c > this.cap) return;
    this.list.push(
      finding(rule, {
        message,
        ...offset !== void 0 ? { offset } : {},
        ...evidence ? { evidence } : {},
        ...severity ? { severity } : {}
      })
    );
  }
  finish(rules) {
    for (const rule of rules) {
      const c = this.counts.get(rule.id) ?? 0;
      if (c > this.cap) {
        this.list.push(
          finding(rule, {
            message: `${c - this.cap} more ${rule.id} problems not listed`,
            evidence: { total: c }
          })
        );
      }
    }
  }
};
async function readBig(source, offset, length2) {
  if (length2 <= MAX_READ) return source.read(offset, length2);
  const parts = [];
  for (let at = 0; at < length2; at += MAX_READ) {
    parts.push(await source.read(offset + at, Math.min(MAX_READ, length2 - at)));
  }
  return Buffer.concat(parts);
}
var fmtShape = (shape) => `[${shape.join(", ")}]`;
async function readSafetensors(source) {
  const out = new Findings();
  if (source.size < 8) {
    out.add(ST_TRUNCATED, `${source.size} bytes, too short for the 8-byte header length`, 0);
    return { findings: out.list };
  }
  const n = (await source.read(0, 8)).readBigUInt64LE(0);
  if (n > BigInt(MAX_HEADER_SIZE)) {
    out.add(ST_HEADER_TOO_LARGE, `header length ${n} exceeds the ${MAX_HEADER_SIZE} byte cap`, 0, {
      headerLength: n.toString()
    });
    return { findings: out.list };
  }
  if (n + 8n > BigInt(source.size)) {
    out.add(ST_TRUNCATED, `header length ${n} needs ${n + 8n} bytes but the file has ${source.size}`, 0, {
      headerLength: n.toString(),
      size: source.size
    });
    return { findings: out.list };
  }
  const headerLength = Number(n);
  const dataStart = 8 + headerLength;
  const bytes = await readBig(source, 8, headerLength);
  const header2 = { headerLength, dataStart, tensors: [] };
  if (bytes[0] !== 123) {
    out.add(ST_INVALID_HEADER, `header does not start with '{'`, 8, {
      first: bytes.subarray(0, 8).toString("hex")
    });
    return { findings: out.list };
  }
  const parsed = readJsonBytes(bytes);
  for (const d of parsed.nonStandard) {
    out.add(
      ST_INVALID_HEADER,
      `header is not strict JSON: ${d.message} at byte ${8 + d.offset}`,
      8 + d.offset,
      {
        serde: "rejects"
      }
    );
  }
  for (const d of parsed.duplicates) {
    out.add(
      ST_DUPLICATE_KEY,
      `key "${d.key}" appears more than once${d.where ? ` in ${d.where}` : ""}`,
      8 + d.offset,
      { key: d.key, in: d.where }
    );
  }
  if (parsed.error || !parsed.value) {
    out.add(
      ST_INVALID_HEADER,
      `header is not valid JSON: ${parsed.error?.message ?? "empty"} at byte ${8 + (parsed.error?.offset ?? 0)}`,
      8 + (parsed.error?.offset ?? 0)
    );
    out.finish([ST_DUPLICATE_KEY]);
    return { findings: out.list };
  }
  const root = parsed.value;
  if (root.t !== "object") {
    out.add(ST_INVALID_HEADER, `header is JSON but not an object`, 8);
    return { findings: out.list };
  }
  validateEntries(root, header2, out);
  const tensorsEnd = validateLayout(header2, BigInt(source.size - dataStart), out);
  out.finish([
    ST_DUPLICATE_KEY,
    ST_INVALID_HEADER,
    ST_UNKNOWN_DTYPE,
    ST_INVALID_SHAPE,
    ST_SIZE_MISMATCH,
    ST_INVALID_OFFSETS,
    ST_UNKNOWN_FIELD,
    ST_INVALID_METADATA
  ]);
  const trailing = dataStart + Number(tensorsEnd < BigInt(source.size - dataStart) ? tensorsEnd : -1n);
  return { header: header2, findings: out.list, ...trailing >= dataStart ? { trailingAt: trailing } : {} };
}
function validateEntries(root, header2, out) {
  for (const { key: name, value, offset } of root.entries) {
    const at = 8 + offset;
    if (name === "__metadata__") {
      validateMetadata(value, header2, out, at);
      continue;
    }
    if (value.t !== "object") {
      out.add(ST_INVALID_HEADER, `tensor "${name}" is a JSON ${value.t}, not an object`, at);
      continue;
    }
    const tensor = validateTensor(name, value, at, out);
    if (tensor) header2.tensors.push(tensor);
  }
}
function validateTensor(name, value, at, out) {
  for (const e of value.entries) {
    if (e.key !== "dtype" && e.key !== "shape" && e.key !== "data_offsets") {
      out.add(ST_UNKNOWN_FIELD, `tensor "${name}" has an unknown field "${e.key}"`, 8 + e.offset, {
        tensor: name,
        field: e.key
      });
    }
  }
  const dtypeV = jsonGet(value, "dtype");
  const shapeV = jsonGet(value, "shape");
  const offsV = jsonGet(value, "data_offsets");
  if (dtypeV?.t !== "string" || shapeV?.t !== "array" || offsV?.t !== "array") {
    const missing = [
      dtypeV?.t !== "string" ? "dtype (string)" : "",
      shapeV?.t !== "array" ? "shape (array)" : "",
      offsV?.t !== "array" ? "data_offsets (array)" : ""
    ].filter(Boolean);
    out.add(ST_INVALID_HEADER, `tensor "${name}" lacks a valid ${missing.join(", ")}`, at, {
      tensor: name,
      missing
    });
    return void 0;
  }
  const dtype = dtypeV.value;
  const bits = SAFETENSORS_DTYPE_BITS[dtype];
  if (bits === void 0) {
    out.add(ST_UNKNOWN_DTYPE, `tensor "${name}" has unknown dtype "${dtype}"`, 8 + dtypeV.offset, {
      tensor: name,
      dtype
    });
  }
  const { shape, ok: shapeOk } = readShape(name, shapeV, out);
  const offsets = readOffsets(name, offsV, out);
  if (!offsets) return void 0;
  const { start, end } = offsets;
  if (bits !== void 0 && shapeOk)
    checkByteSize(name, dtype, bits, shape, end - start, 8 + offsV.offset, out);
  return { name, dtype, shape, start, end };
}
function readShape(name, shapeV, out) {
  const shape = [];
  for (const d of shapeV.items) {
    const v = jsonUint(d);
    if (v === void 0 || v > U64_MAX) {
      out.add(
        ST_INVALID_SHAPE,
        `tensor "${name}" has shape entry ${describe2(d)}, not a non-negative 64-bit integer`,
        8 + d.offset,
        { tensor: name, entry: describe2(d) }
      );
      return { shape, ok: false };
    }
    shape.push(v);
  }
  return { shape, ok: true };
}
function readOffsets(name, offsV, out) {
  if (offsV.items.length !== 2) {
    out.add(
      ST_INVALID_HEADER,
      `tensor "${name}" data_offsets has ${offsV.items.length} entries, expected [start, end]`,
      8 + offsV.offset,
      { tensor: name }
    );
    return void 0;
  }
  const start = jsonUint(offsV.items[0]);
  const end = jsonUint(offsV.items[1]);
  if (start === void 0 || end === void 0 || start > U64_MAX || end > U64_MAX) {
    out.add(
      ST_INVALID_OFFSETS,
      `tensor "${name}" data_offsets [${offsV.items.map(describe2).join(", ")}] are not non-negative 64-bit integers`,
      8 + offsV.offset,
      { tensor: name }
    );
    return void 0;
  }
  if (start > end) {
    out.add(
      ST_INVALID_OFFSETS,
      `tensor "${name}" ends (${end}) before it starts (${start})`,
      8 + offsV.offset,
      {
        tensor: name,
        start: start.toString(),
        end: end.toString()
      }
    );
    return void 0;
  }
  return { start, end };
}
function checkByteSize(name, dtype, bits, shape, span, at, out) {
  const elements = shape.reduce((a, b) => a * b, 1n);
  const totalBits = elements * BigInt(bits);
  if (totalBits % 8n !== 0n) {
    out.add(
      ST_SIZE_MISMATCH,
      `tensor "${name}" ${dtype}${fmtShape(shape)} is ${totalBits} bits, not whole bytes`,
      at,
      { tensor: name, dtype, shape: shape.map(String) }
    );
  } else if (totalBits / 8n !== span) {
    out.add(
      ST_SIZE_MISMATCH,
      `tensor "${name}" ${dtype}${fmtShape(shape)} needs ${totalBits / 8n} bytes but data_offsets span ${span}`,
      at,
      {
        tensor: name,
        dtype,
        shape: shape.map(String),
        expected: (totalBits / 8n).toString(),
        actual: span.toString()
      }
    );
  }
}
function validateMetadata(value, header2, out, at) {
  if (value.t !== "object") {
    out.add(ST_INVALID_METADATA, `__metadata__ is a JSON ${value.t}, not an object`, at);
    return;
  }
  const meta = /* @__PURE__ */ Object.create(null);
  for (const e of value.entries) {
    if (e.value.t !== "string") {
      out.add(
        ST_INVALID_METADATA,
        `__metadata__ "${e.key}" is a JSON ${e.value.t}, not a string`,
        8 + e.offset,
        {
          key: e.key
        }
      );
    } else {
      meta[e.key] = e.value.value;
    }
  }
  header2.metadata = meta;
}
function validateLayout(header2, dataLength, out) {
  const sorted = [...header2.tensors].sort(
    (a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0
  );
  let expected = 0n;
  let prev;
  for (const t of sorted) {
    if (t.start > expected) {
      out.add(
        ST_INVALID_OFFSETS,
        `${t.start - expected} bytes at data offset ${expected} belong to no tensor (gap before "${t.name}")`,
        void 0,
        { tensor: t.name, gapStart: expected.toString(), gapEnd: t.start.toString() }
      );
    } else if (t.start < expected) {
      out.add(
        ST_INVALID_OFFSETS,
        `tensor "${t.name}" [${t.start}, ${t.end}) overlaps "${prev?.name}" (which ends at ${expected})`,
        void 0,
        { tensor: t.name, other: prev?.name, start: t.start.toString(), end: t.end.toString() }
      );
    }
    if (t.end >= expected) {
      expected = t.end;
      prev = t;
    }
  }
  if (expected !== dataLength) {
    out.add(
      ST_DATA_SIZE,
      expected < dataLength ? `${dataLength - expected} bytes after the last tensor belong to no tensor` : `tensors need ${expected} data bytes but the file holds ${dataLength}`,
      header2.dataStart + Number(expected < dataLength ? expected : dataLength),
      { tensorsEnd: expected.toString(), dataLength: dataLength.toString() }
    );
  }
  return expected;
}
function describe2(v) {
  if (!v) return "nothing";
  if (v.t === "number") return v.raw;
  if (v.t === "string") return JSON.stringify(v.value.slice(0, 40));
  return v.t;
}
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
  async analyze(ctx) {
    const result = await readSafetensors(ctx.source);
    for (const f of result.findings) ctx.report(f);
    if (result.trailingAt !== void 0) await scanTrailingBytes(ctx, result.trailingAt);
  }
};

// src/formats/sentencepiece.ts
var sentencepiece_exports = {};
__export(sentencepiece_exports, {
  SENTENCEPIECE_ANALYZER: () => SENTENCEPIECE_ANALYZER,
  SENTENCEPIECE_KIND: () => SENTENCEPIECE_KIND,
  SENTENCEPIECE_MALFORMED: () => SENTENCEPIECE_MALFORMED,
  SENTENCEPIECE_SNIFFER: () => SENTENCEPIECE_SNIFFER,
  looksLikeSentencePiece: () => looksLikeSentencePiece
});
var SENTENCEPIECE_KIND = "sentencepiece";
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
var MODEL_FIELDS2 = /* @__PURE__ */ new Set([1, 2, 3, 4, 5]);
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
    const field2 = tag >> 3;
    const wire = tag & 7;
    if (PIECE_WIRE[field2] !== wire) return false;
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
async function walkModel(cur) {
  let pieces = 0;
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (!MODEL_FIELDS2.has(f.field) && f.field < FIRST_EXTENSION) return;
    if (MODEL_FIELDS2.has(f.field) && f.wire !== WIRE.len)
      throw new ProtoError(`ModelProto field ${f.field} should be a message`, f.offset);
    if (f.field !== 1) return;
    pieces++;
    await cur.sub(f, 1, (g) => {
      const wire = PIECE_WIRE[g.field];
      if (wire !== void 0 && wire !== g.wire)
        throw new ProtoError(`SentencePiece field ${g.field} has wire type ${g.wire}`, g.offset);
    });
  });
  return pieces;
}
var SENTENCEPIECE_ANALYZER = {
  id: "sentencepiece",
  kinds: [SENTENCEPIECE_KIND],
  claims: [SENTENCEPIECE_KIND],
  async analyze(ctx) {
    const cur = new ProtoCursor(ctx.source);
    try {
      const pieces = await walkModel(cur);
      if (pieces === 0) throw new ProtoError("no pieces", 0);
    } catch (e) {
      if (!(e instanceof ProtoError)) throw e;
      ctx.report(
        finding(SENTENCEPIECE_MALFORMED, {
          message: `${label(ctx.source)}: starts like a SentencePiece model but does not parse as one (${e.message})`,
          offset: e.offset,
          evidence: { reason: e.message }
        })
      );
    }
  }
};

// src/formats/sevenzip.ts
async function sevenZipFactory() {
  const loaded = (await load7zWasm()).default;
  const factory = typeof loaded === "function" ? loaded : loaded?.default;
  if (typeof factory !== "function") throw new ModelvetError("INTERNAL", "7z-wasm exports no module factory");
  return factory;
}
function declaredDecoderMemory(method) {
  let max = 0;
  for (const coder of method.split(/\s+/)) {
    const [name = "", ...params] = coder.split(":");
    const sized = /^LZMA2?$/i.test(name) ? params.slice(0, 1) : /^PPMD$/i.test(name) ? params.filter((p) => /^mem/i.test(p)).map((p) => p.slice(3)) : [];
    for (const p of sized) {
      const m = /^(\d+)([bkmg]?)$/i.exec(p);
      if (!m) continue;
      const n = Number(m[1]);
      const unit = m[2].toLowerCase();
      const bytes = unit === "" ? 2 ** n : n * (unit === "b" ? 1 : unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : 1024 ** 3);
      max = Math.max(max, bytes);
    }
  }
  return max;
}
async function instance() {
  const out = [];
  let code = 0;
  const SevenZip = await sevenZipFactory();
  const mod = await SevenZip({
    print: (s) => out.push(s),
    printErr: (s) => out.push(s),
    stdin: () => null,
    // EOF: a prompt gets no answer instead of blocking
    quit: (c) => {
      code = c;
    }
  });
  return {
    mod,
    run(args) {
      out.length = 0;
      code = 0;
      try {
        const status = mod.callMain(args);
        if (typeof status === "number" && status !== 0) code = status;
      } catch (err) {
        const status = err.status;
        code = typeof status === "number" ? status : 2;
      }
      return { code, out: [...out] };
    }
  };
}
function parseListing(lines) {
  const start = lines.indexOf("----------");
  if (start < 0) return [];
  const entries = [];
  let cur = {};
  const flush = () => {
    if (cur.Path !== void 0) {
      entries.push({
        path: cur.Path,
        size: Number(cur.Size) || 0,
        isDirectory: cur.Folder === "+" || (cur.Attributes ?? "").startsWith("D"),
        encrypted: cur.Encrypted === "+",
        ...cur.Method !== void 0 ? { method: cur.Method } : {}
      });
    }
    cur = {};
  };
  for (const line2 of lines.slice(start + 1)) {
    if (line2.trim() === "") {
      flush();
      continue;
    }
    const eq = line2.indexOf(" = ");
    if (eq > 0) cur[line2.slice(0, eq)] = line2.slice(eq + 3);
  }
  flush();
  return entries;
}
function walk3(mod, dir, rel, out) {
  for (const name of mod.FS.readdir(dir)) {
    if (name === "." || name === "..") continue;
    const fsPath = `${dir}/${name}`;
    const st = mod.FS.lstat(fsPath);
    const r = rel ? `${rel}/${name}` : name;
    if (mod.FS.isDir(st.mode)) walk3(mod, fsPath, r, out);
    else if (mod.FS.isFile(st.mode)) out.push({ fsPath, rel: r });
  }
}
function listingFits(ctx, entries) {
  const { source } = ctx;
  const where = label(source);
  if (entries.length > ctx.limits.maxMembers) {
    ctx.report(
      finding(ARCHIVE_TOO_MANY_MEMBERS, {
        message: `${where}: ${entries.length} members, over the ${ctx.limits.maxMembers} limit; not extracted`
      })
    );
    return false;
  }
  for (const e of entries) {
    const unsafe = unsafeMemberPath(e.path);
    if (unsafe) {
      ctx.report(
        finding(ARCHIVE_PATH_TRAVERSAL, {
          message: `${where}: member name ${JSON.stringify(e.path)} ${unsafe}`,
          member: [...source.member, e.path]
        })
      );
    }
  }
  const memory = Math.max(0, ...entries.map((e) => e.method ? declaredDecoderMemory(e.method) : 0));
  if (memory > ctx.limits.maxMemberBytes) {
    reportBomb(
      ctx,
      [...source.member],
      "member",
      `a coder declares ${memory} bytes of decoder memory (dictionary), over the ${ctx.limits.maxMemberBytes} byte limit; not extracted (Python's 7z readers reserve it lazily and would extract the archive)`,
      { declaredMemory: memory, methods: [...new Set(entries.flatMap((e) => e.method ? [e.method] : []))] }
    );
    return false;
  }
  const declared = entries.reduce((n, e) => n + (e.isDirectory ? 0 : e.size), 0);
  const { cap: cap2, limit } = expansionCap(source.size, { limits: ctx.limits, budget: ctx.budget });
  if (declared > cap2) {
    reportBomb(ctx, [...source.member], limit, `7z members declare ${declared} bytes (cap ${cap2})`, {
      declared,
      cap: cap2,
      compressed: source.size
    });
    return false;
  }
  return true;
}
function checkExtraction(opaque, entries, extracted, sizes) {
  const encrypted = entries.filter((e) => e.encrypted).map((e) => e.path);
  if (encrypted.length) {
    opaque(`encrypted members (${encrypted.slice(0, 5).join(", ")})`);
    return;
  }
  const missing = entries.filter((e) => !e.isDirectory && e.size > 0 && sizes.get(e.path) !== e.size);
  if (extracted.code !== 0 || missing.length) {
    const why = extracted.out.filter((l) => /error|cannot|can't|not enough/i.test(l)).slice(0, 3).join("; ");
    opaque(
      `extraction failed (exit ${extracted.code}${why ? `: ${why}` : ""}; ${missing.length} listed members missing or short: ${missing.slice(0, 5).map((e) => e.path).join(", ")}); members extracted before the error were scanned`
    );
  }
}
async function analyze7z(ctx) {
  const { source } = ctx;
  const opaque = (why) => ctx.report(
    finding(OPAQUE_ARCHIVE, {
      message: `${label(source)} is a 7z archive modelvet cannot inspect: ${why}`,
      evidence: { kind: ctx.kind }
    })
  );
  if (source.size > ctx.limits.maxMemberBytes) {
    opaque(
      `${source.size} bytes is over the ${ctx.limits.maxMemberBytes} byte limit for archives read in memory`
    );
    return;
  }
  const data = await readAll(source, ctx.limits.maxMemberBytes);
  const { mod, run: run2 } = await instance();
  mod.FS.writeFile("/in.7z", data);
  const listing = run2(["l", "-slt", "-p-", "-y", "/in.7z"]);
  const entries = parseListing(listing.out);
  if (listing.code !== 0 || entries.length === 0 && !listing.out.includes("----------")) {
    opaque(
      `the listing failed (${listing.out.filter((l) => /error|cannot|wrong/i.test(l)).join("; ") || `exit ${listing.code}`})`
    );
    return;
  }
  if (!listingFits(ctx, entries)) return;
  const extracted = run2(["x", "-y", "-p-", "-bsp0", "-o/out", "/in.7z"]);
  mod.FS.unlink("/in.7z");
  const files = [];
  try {
    walk3(mod, "/out", "", files);
  } catch {
  }
  const sizes = new Map(files.map((f) => [f.rel, mod.FS.stat(f.fsPath).size]));
  checkExtraction(opaque, entries, extracted, sizes);
  let produced = 0;
  for (const n of sizes.values()) produced += n;
  ctx.budget.charge(produced);
  for (const f of files) {
    const bytes = mod.FS.readFile(f.fsPath);
    mod.FS.unlink(f.fsPath);
    const base = f.rel.split("/").at(-1) ?? f.rel;
    await ctx.scanMember(new BufferSource(bytes, source.path, [...source.member, f.rel]), base);
  }
}
var SEVENZIP_ANALYZER = {
  id: "7z",
  kinds: [KINDS.sevenZip],
  claims: [KINDS.sevenZip],
  analyze: analyze7z
};

// src/formats/tar.ts
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
  listTar: () => listTar,
  tarChecksumValid: () => tarChecksumValid
});

// src/formats/tar-header.ts
var BLOCK = 512;
var META_LIMIT = 1024 * 1024;
var TYPE_NAMES2 = {
  "0": "File",
  "\0": "OldFile",
  "1": "Link",
  "2": "SymbolicLink",
  "3": "CharacterDevice",
  "4": "BlockDevice",
  "5": "Directory",
  "6": "FIFO",
  "7": "ContiguousFile",
  L: "NextFileHasLongPath",
  K: "NextFileHasLongLinkpath",
  S: "SparseFile",
  x: "ExtendedHeader",
  g: "GlobalExtendedHeader",
  X: "OldExtendedHeader"
};
var NO_DATA = /* @__PURE__ */ new Set(["Link", "SymbolicLink", "CharacterDevice", "BlockDevice", "Directory", "FIFO"]);
function nts(buf) {
  const nul = buf.indexOf(0);
  return memberName(Buffer.from(nul >= 0 ? buf.subarray(0, nul) : buf), false);
}
function nti(field2) {
  if (field2[0] === 128 || field2[0] === 255) {
    let n = 0n;
    for (let i = 1; i < field2.length; i++) n = (n << 8n) + BigInt(field2[i]);
    if (field2[0] === 255) n = -(256n ** BigInt(field2.length - 1) - n);
    return Number(n);
  }
  const nul = field2.indexOf(0);
  const bytes = nul >= 0 ? field2.subarray(0, nul) : field2;
  if (bytes.some((b) => b > 127)) return void 0;
  const text = Buffer.from(bytes).toString("latin1");
  const v = pyInt(text.trim() === "" ? "0" : text, 8);
  return v === void 0 ? void 0 : Number(v);
}
function checksumOk(block, want) {
  let unsigned = 256;
  let signed = 256;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    const b = block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}
var NUMBER_FIELDS = [
  [100, 8],
  [108, 8],
  [116, 8],
  [124, 12],
  [136, 12],
  [148, 8],
  [329, 8],
  [337, 8]
];
function parseHeader(block) {
  const chksum = nti(block.subarray(148, 156));
  const size = nti(block.subarray(124, 136));
  const typeByte = String.fromCharCode(block[156]);
  let name = nts(block.subarray(0, 100));
  let type = TYPE_NAMES2[typeByte] ?? `Unknown(${JSON.stringify(typeByte)})`;
  if (type === "OldFile" && name.endsWith("/")) type = "Directory";
  if (type === "Directory") name = name.replace(/\/+$/, "");
  const prefix = nts(block.subarray(345, 500));
  if (prefix && !["NextFileHasLongPath", "NextFileHasLongLinkpath", "SparseFile"].includes(type)) {
    name = `${prefix}/${name}`;
  }
  return {
    name,
    linkname: nts(block.subarray(157, 257)),
    size: size ?? 0,
    type,
    typeByte,
    checksumOk: checksumOk(block, chksum),
    badNumber: NUMBER_FIELDS.some(([at, len]) => nti(block.subarray(at, at + len)) === void 0)
  };
}
function hasData(type) {
  return !NO_DATA.has(type);
}
var blocks = (n) => Math.ceil(n / BLOCK) * BLOCK;
function parsePax(buf, base) {
  const values = /* @__PURE__ */ new Map();
  const mismatched = [];
  let pos = 0;
  while (pos < buf.length && buf[pos] !== 0) {
    const m = /^([0-9]{1,20}) /.exec(buf.subarray(pos, pos + 21).toString("latin1"));
    const length2 = m ? Number(m[1]) : 0;
    if (!m || length2 < 5 || pos + length2 > buf.length)
      return { values, mismatched, refused: `invalid PAX record at ${base + pos}` };
    const lastByte = pos + length2 - 1;
    const body = buf.subarray(pos + m[0].length, lastByte);
    const eq = body.indexOf(61);
    if (eq <= 0 || buf[lastByte] !== 10)
      return { values, mismatched, refused: `PAX record at ${base + pos} is not framed by its length` };
    const keyword = body.subarray(0, eq).toString("utf8");
    const value = body.subarray(eq + 1);
    if (value.includes(10)) mismatched.push({ keyword, offset: base + pos });
    values.set(keyword, memberName(Buffer.from(value), true));
    pos += length2;
  }
  return { values, mismatched };
}
function applyPax(m, pax) {
  for (const [key, value] of pax) {
    if (key === "path" || key === "GNU.sparse.name")
      m.name = key === "path" ? value.replace(/\/+$/, "") : value;
    else if (key === "linkpath") m.linkname = value;
    else if (key === "size" || key === "GNU.sparse.size" || key === "GNU.sparse.realsize") {
      m.size = Number(pyInt(value, 10) ?? 0n);
    }
  }
}
async function readMeta(source, dataOffset, size) {
  if (size > META_LIMIT || size < 0) return void 0;
  return source.read(dataOffset, Math.min(blocks(size), source.size - dataOffset));
}

// src/formats/zip/ranges.ts
var RangeSet = class {
  /** Disjoint, sorted, non-touching ranges. */
  starts = [];
  ends = [];
  /** Index of the first range whose end is after `pos`. */
  firstEndingAfter(pos) {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.ends[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Bytes of [start, end) already in the set. */
  overlap(start, end) {
    let n = 0;
    for (let i = this.firstEndingAfter(start); i < this.starts.length && this.starts[i] < end; i++) {
      n += Math.min(end, this.ends[i]) - Math.max(start, this.starts[i]);
    }
    return n;
  }
  add(start, end) {
    if (end <= start) return;
    const last = this.ends.length - 1;
    if (last < 0 || start > this.ends[last]) {
      this.starts.push(start);
      this.ends.push(end);
      return;
    }
    const i = this.firstEndingAfter(start - 1);
    let s = start;
    let e = end;
    let j = i;
    while (j < this.starts.length && this.starts[j] <= end) {
      s = Math.min(s, this.starts[j]);
      e = Math.max(e, this.ends[j]);
      j++;
    }
    this.starts.splice(i, j - i, s);
    this.ends.splice(i, j - i, e);
  }
};

// src/formats/zip/rules.ts
var rules_exports4 = {};
__export(rules_exports4, {
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

// src/formats/zip/torch.ts
function torchLayout(zip) {
  const view = zip.views.miniz;
  const entries = view.ok ? view.entries : zip.entries;
  const first = entries[0]?.name;
  if (!first) return void 0;
  const slash = first.indexOf("/");
  if (slash <= 0) return void 0;
  const prefix = first.slice(0, slash);
  const lower = `${prefix}/`.toLowerCase();
  const has = (record) => entries.some((e) => e.name.toLowerCase() === lower + record);
  if (!has("data.pkl")) return void 0;
  const torchscript = has("constants.pkl") || entries.some((e) => e.name.toLowerCase().startsWith(`${lower}code/`));
  return { prefix, format: torchscript ? "torchscript" : "checkpoint" };
}
function isTorchScriptPickleName(layout, name) {
  const lower = name.toLowerCase();
  if (layout.format !== "torchscript" || !lower.startsWith(`${layout.prefix.toLowerCase()}/`)) return false;
  const rest = lower.slice(layout.prefix.length + 1);
  return rest === "data.pkl" || rest === "constants.pkl" || rest.startsWith("code/") && rest.endsWith(".debug_pkl");
}
function isStorage(layout, entry) {
  const lower = entry.name.toLowerCase();
  const root = `${layout.prefix.toLowerCase()}/`;
  if (!lower.startsWith(root)) return false;
  const rest = lower.slice(root.length);
  const folders = layout.format === "torchscript" ? ["data/", "constants/"] : ["data/"];
  return folders.some((f) => rest.startsWith(f) && /^\d+$/.test(rest.slice(f.length)));
}
var LOADABLE_MAGIC = [
  "PK",
  "\x8B",
  "BZh",
  "\xFD7zXZ\0",
  "(\xB5/\xFD",
  "7z\xBC\xAF'",
  "\x93NUMPY",
  "Rar!"
].map((m) => Buffer.from(m, "latin1"));
async function storageLooksLoadable(member2, headOnly = false) {
  if (member2.size < 2) return false;
  const head = await member2.read(0, Math.min(8, member2.size));
  if (LOADABLE_MAGIC.some((m) => head.length >= m.length && head.subarray(0, m.length).equals(m)))
    return true;
  if (head[0] === 128 && head[1] >= 2 && head[1] <= 5) {
    if (headOnly) return true;
    const last = await member2.read(member2.size - 1, 1);
    if (last[0] === 46) return true;
  }
  if (member2.size >= 262) {
    const magic = await member2.read(257, 5);
    if (magic.toString("latin1") === "ustar") return true;
  }
  return false;
}

// src/formats/zip/analyzer.ts
var CRC_MEMBER = 16 * 1024 * 1024;
var CRC_TOTAL = 64 * 1024 * 1024;
function baseName(name) {
  return name.split(/[\\/]/).filter(Boolean).at(-1) ?? name;
}
async function analyzeZip(ctx) {
  let zip;
  try {
    zip = await openZipFor(ctx);
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    await scanRecovered(ctx, err);
    return;
  }
  await scanArchive(ctx, zip);
}
async function scanRecovered(ctx, err) {
  const recovered = await recoverLocalEntries(ctx.source);
  ctx.report(
    finding(ZIP_MALFORMED, {
      message: `${label(ctx.source)}: starts like a zip archive but cannot be read: ${err.message}${recovered.length ? `; ${recovered.length} local entries scanned as a streaming reader sees them` : ""}`
    })
  );
  const zip = {
    source: ctx.source,
    entries: [],
    views: { miniz: { ok: false, reason: err.message }, cpython: { ok: false, reason: err.message } },
    issues: [],
    prefixBytes: 0,
    hidden: recovered,
    find: () => void 0,
    openEntry: (e, o) => openZipEntry(ctx.source, e, o),
    checkCrc: async () => void 0
  };
  const state = { crcLeft: 0, overBudget: 0, seen: new RangeSet(), overlapSkipped: 0, zip };
  for (const entry of recovered) if (!entry.isDirectory) await scanEntry(ctx, state, entry, false);
  reportSkipped(ctx, state);
}
function reportIssues(ctx, zip) {
  for (const issue of zip.issues) {
    if (issue.code === "symlink") continue;
    const member2 = issue.entry === void 0 ? void 0 : [...ctx.source.member, issue.entry];
    ctx.report(
      finding(ISSUE_RULES[issue.code], {
        message: `${label(ctx.source)}: ${issue.message}`,
        ...member2 ? { member: member2 } : {},
        ...issue.offset !== void 0 ? { offset: issue.offset } : {},
        ...issue.evidence ? { evidence: issue.evidence } : {}
      })
    );
  }
}
async function scanArchive(ctx, zip) {
  reportIssues(ctx, zip);
  const layout = torchLayout(zip);
  const state = {
    crcLeft: CRC_TOTAL,
    overBudget: 0,
    seen: new RangeSet(),
    overlapSkipped: 0,
    zip,
    ...layout ? { layout } : {}
  };
  for (const entry of zip.entries) {
    if (!entry.isDirectory) await scanEntry(ctx, state, entry, layout && isStorage(layout, entry));
  }
  for (const entry of zip.hidden) if (!entry.isDirectory) await scanEntry(ctx, state, entry, false);
  reportSkipped(ctx, state);
}
function reportSkipped(ctx, state) {
  const member2 = [...ctx.source.member];
  if (state.overBudget > 0) {
    reportBomb(
      ctx,
      member2,
      "total",
      `the expansion budget (${ctx.budget.limit} bytes) is spent; ${state.overBudget} more compressed members were not decompressed`,
      { skipped: state.overBudget }
    );
  }
  if (state.overlapSkipped > 0) {
    reportBomb(
      ctx,
      member2,
      "total",
      `${state.overlapSkipped} members re-read bytes other members already cover, past the expansion budget (${ctx.budget.limit} bytes)`,
      { skipped: state.overlapSkipped }
    );
  }
}
function chargeOverlap(ctx, state, entry) {
  if (entry.dataOffset === void 0) return true;
  const start = entry.dataOffset;
  const end = start + entry.compressedSize;
  const repeated = state.seen.overlap(start, end);
  state.seen.add(start, end);
  if (repeated === 0 || ctx.budget.take(repeated)) return true;
  state.overlapSkipped++;
  return false;
}
async function openForScan(ctx, state, entry, storage) {
  const member2 = [...ctx.source.member, entry.name];
  if (storage && entry.method !== ZIP_METHOD.stored) {
    const head = await state.zip.openEntry(entry, { limits: ctx.limits, peek: 512 });
    if (head.ok && head.partial && !await storageLooksLoadable(head.source, true)) return void 0;
  }
  if (entry.method !== ZIP_METHOD.stored && ctx.budget.used >= ctx.budget.limit) {
    state.overBudget++;
    return void 0;
  }
  if (!chargeOverlap(ctx, state, entry)) return void 0;
  const opened = await state.zip.openEntry(entry, { limits: ctx.limits, budget: ctx.budget });
  if (opened.ok) return opened;
  if (opened.reason === "limit") reportBomb(ctx, member2, opened.limit, opened.message, opened.evidence);
  else if (opened.reason !== "no-data") {
    ctx.report(
      finding(ARCHIVE_UNSUPPORTED_COMPRESSION, {
        message: `${label({ path: ctx.source.path, member: member2 })}: ${opened.message}; ${opened.data ? `the ${opened.data.length} bytes before the break were scanned` : "not scanned"}`,
        member: member2,
        ...opened.evidence ? { evidence: opened.evidence } : {}
      })
    );
    if (opened.data)
      await ctx.scanMember(new BufferSource(opened.data, ctx.source.path, member2), baseName(entry.name));
  }
  return void 0;
}
async function reportIntegrity(ctx, state, entry, opened) {
  const member2 = [...ctx.source.member, entry.name];
  const where = label({ path: ctx.source.path, member: member2 });
  let crcOk = opened.crcOk;
  if (crcOk === void 0 && entry.method === ZIP_METHOD.stored && entry.compressedSize <= state.crcLeft) {
    crcOk = await state.zip.checkCrc(entry, CRC_MEMBER);
    if (crcOk !== void 0) state.crcLeft -= entry.compressedSize;
  }
  if (crcOk === false) {
    ctx.report(
      finding(ZIP_BAD_CRC, {
        message: `${where}: CRC-32 does not match the data (recorded 0x${entry.crc32.toString(16).padStart(8, "0")})`,
        member: member2,
        offset: entry.localHeaderOffset,
        evidence: { recorded: entry.crc32 }
      })
    );
  }
  if (!opened.sizeOk) {
    ctx.report(
      finding(ZIP_SIZE_MISMATCH, {
        message: `${where}: ${opened.source.size} bytes of data, ${entry.uncompressedSize} recorded`,
        member: member2,
        evidence: { actual: opened.source.size, recorded: entry.uncompressedSize }
      })
    );
  }
}
async function reportSymlink(ctx, entry, source) {
  if (entry.unixMode === void 0 || (entry.unixMode & 61440) !== 40960 || source.size > 4096)
    return false;
  const member2 = [...ctx.source.member, entry.name];
  const target = (await readAll(source)).toString("utf8");
  const escapes = linkEscapes(entry.name.split("/").slice(0, -1).join("/"), target);
  ctx.report(
    finding(escapes ? ARCHIVE_LINK_ESCAPE : ARCHIVE_LINK, {
      message: `${label({ path: ctx.source.path, member: member2 })} is a symbolic link to ${JSON.stringify(target)}`,
      member: member2,
      evidence: { target }
    })
  );
  return true;
}
async function scanEntry(ctx, state, entry, storage) {
  const opened = await openForScan(ctx, state, entry, storage);
  if (!opened) return;
  if (storage && !await storageLooksLoadable(opened.source)) return;
  await reportIntegrity(ctx, state, entry, opened);
  if (await reportSymlink(ctx, entry, opened.source)) return;
  if (state.layout && entry.readers.includes("miniz") && isTorchScriptPickleName(state.layout, entry.name))
    markTorchScriptPickle(opened.source);
  await ctx.scanMember(opened.source, baseName(entry.name));
}
var ZIP_ANALYZER = {
  id: "zip",
  kinds: [KINDS.zip],
  claims: [KINDS.zip],
  analyze: analyzeZip
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
    await scanTailZip(ctx);
  }
};
async function scanTailZip(ctx, what = `${ctx.kind} content`, accept = () => true) {
  const tail = await readTail(ctx.source);
  const eocd = Math.max(cpythonEocd(tail), minizEocd(tail));
  if (eocd < 0 || !accept(eocd)) return false;
  let zip;
  try {
    zip = await openZipFor(ctx);
  } catch (err) {
    if (err instanceof ZipFormatError) return false;
    throw err;
  }
  if (zip.entries.length === 0) return false;
  ctx.report(
    finding(ZIP_POLYGLOT, {
      message: `${label(ctx.source)} is ${what} and also a zip archive of ${zip.entries.length} entries; both were scanned`,
      evidence: { kind: ctx.kind, entries: zip.entries.length }
    })
  );
  await scanArchive(ctx, zip);
  return true;
}

// src/formats/tar.ts
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
function tarChecksumValid(block) {
  if (block.length < 512) return false;
  const field2 = Buffer.from(block.subarray(148, 156)).toString("latin1");
  const m = /^\s*([0-7]{1,8})[\0 ]*$/.exec(field2.replace(/\0+$/, ""));
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
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
var META_TYPES = /* @__PURE__ */ new Set([
  "NextFileHasLongPath",
  "NextFileHasLongLinkpath",
  "ExtendedHeader",
  "OldExtendedHeader",
  "GlobalExtendedHeader"
]);
async function readMetaHeader(source, st, h, pos) {
  const data = await readMeta(source, pos + BLOCK, h.size);
  if (!data) {
    st.problems.push({ rule: TAR_MALFORMED, message: `metadata record of ${h.size} bytes`, offset: pos });
    return false;
  }
  if (h.type === "NextFileHasLongPath" || h.type === "NextFileHasLongLinkpath") {
    const name = nts(data);
    const declared = nts(data.subarray(0, h.size));
    if (name !== declared) {
      st.problems.push({
        rule: TAR_LONG_NAME_MISMATCH,
        message: `GNU long name at ${pos}: Python's tarfile reads ${JSON.stringify(name)}, readers that take the declared ${h.size} bytes ${JSON.stringify(declared)}`,
        offset: pos
      });
    }
    st.wrappers.push({ kind: "long", link: h.type === "NextFileHasLongLinkpath", name });
    return true;
  }
  const pax = parsePax(data.subarray(0, blocks(h.size)), pos + BLOCK);
  for (const m of pax.mismatched) {
    st.problems.push({
      rule: TAR_PAX_MISMATCH,
      message: `PAX record "${m.keyword}" at ${m.offset} holds a newline in its value; line-splitting readers read different records than Python's tarfile`,
      offset: m.offset
    });
  }
  if (pax.refused) {
    st.problems.push({
      rule: TAR_MALFORMED,
      message: `${pax.refused}: Python's tarfile stops reading the archive here (other readers go on; they were followed)`,
      offset: pos
    });
    return true;
  }
  if (h.type === "GlobalExtendedHeader") for (const [k, v] of pax.values) st.globalPax.set(k, v);
  else st.wrappers.push({ kind: "pax", values: new Map([...st.globalPax, ...pax.values]) });
  return true;
}
function addMember(st, h, pos) {
  const m = { name: h.name, linkname: h.linkname, size: h.size };
  applyPax(m, st.globalPax);
  let next = pos + BLOCK + (hasData(h.type) ? blocks(h.size) : 0);
  for (const w of st.wrappers.reverse()) {
    if (w.kind === "long") {
      if (w.link) m.linkname = w.name;
      else m.name = h.type === "Directory" ? w.name.replace(/\/+$/, "") : w.name;
    } else {
      applyPax(m, w.values);
      if (w.values.has("size")) next = pos + BLOCK + (hasData(h.type) ? blocks(m.size) : 0);
    }
  }
  const sparse = st.wrappers.some(
    (w) => w.kind === "pax" && [...w.values.keys()].some((k) => k.startsWith("GNU.sparse."))
  );
  st.wrappers = [];
  st.members.push({
    path: m.name,
    type: sparse ? "SparseFile" : h.type,
    size: hasData(h.type) ? m.size : 0,
    headerOffset: pos,
    dataOffset: pos + BLOCK,
    ...m.linkname ? { linkpath: m.linkname } : {}
  });
  return next;
}
async function listTar(source, maxMembers) {
  const st = { members: [], problems: [], globalPax: /* @__PURE__ */ new Map(), wrappers: [] };
  let pos = 0;
  while (pos + BLOCK <= source.size) {
    const block = await source.read(pos, BLOCK);
    if (block.every((b) => b === 0)) {
      const after = await headerAfter(source, pos + BLOCK);
      if (after === void 0) break;
      st.problems.push({
        rule: TAR_AFTER_END,
        message: `a member header at ${after} follows the end-of-archive marker at ${pos}`,
        offset: after
      });
      pos = after;
      continue;
    }
    const h = parseHeader(block);
    if (!h.checksumOk || h.badNumber) {
      const why = h.checksumOk ? "a number field Python cannot read" : "a wrong checksum";
      st.problems.push({ rule: TAR_MALFORMED, message: `header at offset ${pos} has ${why}`, offset: pos });
      break;
    }
    const dataSize = hasData(h.type) ? h.size : 0;
    if (!Number.isSafeInteger(h.size) || h.size < 0 || pos + BLOCK + dataSize > source.size) {
      st.problems.push({
        rule: TAR_MALFORMED,
        message: `${h.name || "member"} claims ${h.size} bytes, past the end of the file`,
        offset: pos
      });
      break;
    }
    if (META_TYPES.has(h.type)) {
      if (!await readMetaHeader(source, st, h, pos)) break;
      pos += BLOCK + blocks(h.size);
      continue;
    }
    if (st.members.length >= maxMembers)
      return { members: st.members, problems: st.problems, truncatedAt: pos };
    pos = addMember(st, h, pos);
  }
  return { members: st.members, problems: st.problems };
}
var AFTER_END_SEARCH = 1024 * 1024;
async function headerAfter(source, from) {
  const end = Math.min(source.size, from + AFTER_END_SEARCH);
  for (let pos = from; pos + 512 <= end; ) {
    const n = Math.min(64 * 1024, end - pos) - Math.min(64 * 1024, end - pos) % 512;
    if (n <= 0) return void 0;
    const buf = await source.read(pos, n);
    for (let i = 0; i + 512 <= buf.length; i += 512) {
      const block = buf.subarray(i, i + 512);
      if (block.every((b) => b === 0)) continue;
      return tarChecksumValid(block) ? pos + i : void 0;
    }
    pos += n;
  }
  return void 0;
}
async function analyzeTar(ctx) {
  const { source } = ctx;
  const listing = await listTar(source, ctx.limits.maxMembers);
  for (const p of listing.problems) {
    ctx.report(
      finding(p.rule, { message: `${label(source)}: ${p.message}; not scanned past it`, offset: p.offset })
    );
  }
  if (listing.truncatedAt !== void 0) {
    ctx.report(
      finding(ARCHIVE_TOO_MANY_MEMBERS, {
        message: `${label(source)}: more than ${ctx.limits.maxMembers} members; the rest were not scanned`,
        offset: listing.truncatedAt
      })
    );
  }
  await scanZipAfterMembers(ctx, listing);
  const names = new Set(listing.members.map((m) => m.path.replace(/^\.\//, "")));
  if (names.has("sys_info") && names.has("pickle")) {
    ctx.report(
      finding(TORCH_LEGACY_TAR, {
        message: `${label(source)} is a PyTorch legacy tar checkpoint; its pickles were scanned`
      })
    );
  }
  for (const m of listing.members) {
    const member2 = [...source.member, m.path];
    const where = label({ path: source.path, member: member2 });
    const unsafe = unsafeMemberPath(m.path);
    if (unsafe) {
      ctx.report(
        finding(ARCHIVE_PATH_TRAVERSAL, {
          message: `${where}: member name ${JSON.stringify(m.path)} ${unsafe}`,
          member: member2,
          offset: m.headerOffset
        })
      );
    }
    if (m.type === "SymbolicLink" || m.type === "Link") {
      const target = m.linkpath ?? "";
      const dir = m.type === "SymbolicLink" ? m.path.split("/").slice(0, -1).join("/") : "";
      const escapes = linkEscapes(dir, target);
      ctx.report(
        finding(escapes ? ARCHIVE_LINK_ESCAPE : ARCHIVE_LINK, {
          message: `${where} is a ${m.type === "Link" ? "hard" : "symbolic"} link to ${JSON.stringify(target)}`,
          member: member2,
          offset: m.headerOffset,
          evidence: { target, type: m.type }
        })
      );
      continue;
    }
    if (m.type === "SparseFile") {
      ctx.report(
        finding(TAR_UNSUPPORTED_MEMBER, {
          message: `${where} is a GNU sparse member; not scanned`,
          member: member2,
          offset: m.headerOffset
        })
      );
      continue;
    }
    if (!(FILE_TYPES.has(m.type) || m.type.startsWith("Unknown(")) || m.size === 0) continue;
    const base = m.path.split("/").filter(Boolean).at(-1) ?? m.path;
    await ctx.scanMember(new SliceSource(source, m.dataOffset, m.size, member2), base);
  }
}
async function scanZipAfterMembers(ctx, listing) {
  const inMember = (eocd) => listing.members.some((m) => eocd >= m.dataOffset && eocd < m.dataOffset + m.size);
  await scanTailZip(ctx, "a tar archive", (eocd) => !inMember(eocd));
}
var TAR_ANALYZER = {
  id: "tar",
  kinds: [KINDS.tar],
  claims: [KINDS.tar],
  analyze: analyzeTar
};

// src/formats/tensorflow.ts
var tensorflow_exports = {};
__export(tensorflow_exports, {
  ASSET_READ_OPS: () => ASSET_READ_OPS,
  CHECKPOINT_OPS: () => CHECKPOINT_OPS,
  GRAPHDEF_KIND: () => GRAPHDEF_KIND,
  GRAPHDEF_SNIFFER: () => GRAPHDEF_SNIFFER,
  IO_OPS: () => IO_OPS,
  KERAS_METADATA_ANALYZER: () => KERAS_METADATA_ANALYZER,
  KERAS_METADATA_KIND: () => KERAS_METADATA_KIND,
  KERAS_METADATA_SNIFFER: () => KERAS_METADATA_SNIFFER,
  PY_FUNC_OPS: () => PY_FUNC_OPS,
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
  evaluateTensorflow: () => evaluateTensorflow,
  inputNode: () => inputNode,
  looksLikeGraphDef: () => looksLikeGraphDef,
  looksLikeSavedModel: () => looksLikeSavedModel,
  textGraphOps: () => textGraphOps,
  textSummary: () => textSummary,
  walkTensorflow: () => walkTensorflow
});

// src/formats/protobuf-text.ts
var TextFormatError = class extends BaseError {
  line;
  constructor(message, line2) {
    super("PROTOBUF_TEXT_SYNTAX", message);
    this.name = "TextFormatError";
    this.line = line2;
  }
};
var TEXT_MAX_DEPTH = 100;
var isSpace2 = (c) => c === 32 || c >= 9 && c <= 13;
var isLetter2 = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isDigit2 = (c) => c >= 48 && c <= 57;
var isAlnum = (c) => isLetter2(c) || isDigit2(c);
function tokenizeText(s) {
  const out = [];
  let i = 0;
  let line2 = 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 10) line2++;
    if (isSpace2(c)) {
      i++;
      continue;
    }
    if (c === 35) {
      while (i < s.length && s.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c < 32 || c === 127) throw new TextFormatError("invalid control character", line2);
    const start = i;
    if (isLetter2(c)) {
      while (i < s.length && isAlnum(s.charCodeAt(i))) i++;
      out.push({ kind: "identifier", text: s.slice(start, i), line: line2 });
    } else if (isDigit2(c) || c === 46 && isDigit2(s.charCodeAt(i + 1))) {
      i = numberEnd(s, i);
      out.push({ kind: "number", text: s.slice(start, i), line: line2 });
    } else if (c === 34 || c === 39) {
      i = stringEnd(s, i, line2);
      out.push({ kind: "string", text: s.slice(start, i), line: line2 });
    } else {
      i++;
      out.push({ kind: "symbol", text: s[start], line: line2 });
    }
  }
  return out;
}
function numberEnd(s, i) {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    const prev = s.charCodeAt(j - 1);
    if (isAlnum(c) || c === 46 || (c === 43 || c === 45) && (prev === 101 || prev === 69)) j++;
    else break;
  }
  return j;
}
function stringEnd(s, i, line2) {
  const quote = s.charCodeAt(i);
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 10) throw new TextFormatError("string literal runs past the end of the line", line2);
    if (c === 92) {
      const e = s[j + 1];
      if (e === void 0) break;
      if (!/[abfnrtv\\?'"0-7xXuU]/.test(e)) throw new TextFormatError("invalid escape sequence", line2);
      j += 2;
      continue;
    }
    j++;
  }
  throw new TextFormatError("unterminated string literal", line2);
}
var SIMPLE_ESCAPES = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  "?": "?",
  "'": "'",
  '"': '"'
};
function unescapeText(raw) {
  let out = "";
  const end = raw.length - 1;
  for (let i = 1; i < end; i++) {
    const c = raw[i];
    if (c !== "\\" || i + 1 >= end) {
      out += c;
      continue;
    }
    const e = raw[++i];
    if (e >= "0" && e <= "7") {
      let code = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && raw[i + 1] >= "0" && raw[i + 1] <= "7" && i + 1 < end; k++)
        code = code * 8 + raw.charCodeAt(++i) - 48;
      out += String.fromCharCode(code & 255);
    } else if (e === "x" || e === "X") {
      let code = 0;
      for (let k = 0; k < 2 && i + 1 < end && /[0-9a-fA-F]/.test(raw[i + 1]); k++)
        code = code * 16 + Number.parseInt(raw[++i], 16);
      out += String.fromCharCode(code);
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      const hex = raw.slice(i + 1, i + 1 + n);
      if (hex.length === n && /^[0-9a-fA-F]+$/.test(hex) && Number.parseInt(hex, 16) <= 1114111) {
        out += Buffer.from(String.fromCodePoint(Number.parseInt(hex, 16)), "utf8").toString("latin1");
        i += n;
      } else out += e;
    } else out += SIMPLE_ESCAPES[e] ?? e;
  }
  return out;
}
var TextParser = class {
  pos = 0;
  toks;
  constructor(toks) {
    this.toks = toks;
  }
  peek() {
    return this.toks[this.pos];
  }
  line() {
    return this.peek()?.line ?? this.toks.at(-1)?.line ?? 1;
  }
  isSym(text) {
    const t = this.peek();
    return t?.kind === "symbol" && t.text === text;
  }
  expectSym(text) {
    if (!this.isSym(text)) throw new TextFormatError(`expected "${text}"`, this.line());
    this.pos++;
  }
  /** A message body up to `close` (or the end for the top level). */
  message(close, depth) {
    if (depth > TEXT_MAX_DEPTH)
      throw new TextFormatError("messages nested deeper than protobuf allows", this.line());
    const fields = [];
    while (this.peek() && !(close && this.isSym(close))) {
      this.field(fields, depth);
      if (this.isSym(";") || this.isSym(",")) this.pos++;
    }
    if (close) this.expectSym(close);
    return { fields };
  }
  fieldName() {
    const t = this.peek();
    if (t?.kind === "identifier") {
      this.pos++;
      return t.text;
    }
    if (!this.isSym("[")) throw new TextFormatError("expected a field name", this.line());
    this.pos++;
    let name = "[";
    while (this.peek() && !this.isSym("]")) {
      const p = this.peek();
      if (p.kind !== "identifier" && !(p.kind === "symbol" && (p.text === "." || p.text === "/")))
        throw new TextFormatError("invalid extension name", p.line);
      name += p.text;
      this.pos++;
    }
    this.expectSym("]");
    return `${name}]`;
  }
  field(into, depth) {
    const line2 = this.line();
    const name = this.fieldName();
    const colon = this.isSym(":");
    if (colon) this.pos++;
    if (this.isSym("[")) {
      this.pos++;
      while (!this.isSym("]")) {
        into.push({ name, line: this.line(), value: this.value(depth) });
        if (this.isSym("]")) break;
        this.expectSym(",");
      }
      this.pos++;
      return;
    }
    if (!colon && !this.isSym("{") && !this.isSym("<"))
      throw new TextFormatError(`expected ":" after ${name}`, line2);
    into.push({ name, line: line2, value: this.value(depth) });
  }
  value(depth) {
    if (this.isSym("{") || this.isSym("<")) {
      const close = this.peek().text === "{" ? "}" : ">";
      this.pos++;
      return this.message(close, depth + 1);
    }
    const t = this.peek();
    if (!t) throw new TextFormatError("expected a value", this.line());
    if (t.kind === "string") {
      let bytes = "";
      while (this.peek()?.kind === "string") bytes += unescapeText(this.toks[this.pos++].text);
      return { kind: "string", text: bytes };
    }
    let sign = "";
    if (this.isSym("-")) {
      sign = "-";
      this.pos++;
    }
    const v = this.peek();
    if (v?.kind === "identifier" || v?.kind === "number") {
      this.pos++;
      return { kind: v.kind, text: sign + v.text };
    }
    throw new TextFormatError("expected a value", this.line());
  }
};
function parseTextFormat(latin1) {
  const toks = tokenizeText(latin1);
  return new TextParser(toks).message(void 0, 0);
}
function fieldsNamed(m, name) {
  return m.fields.filter((f) => f.name === name).map((f) => f.value);
}
var isMessage = (v) => v !== void 0 && "fields" in v;
function scalarText(v) {
  if (!v || isMessage(v)) return void 0;
  return v.kind === "string" ? Buffer.from(v.text, "latin1").toString("utf8") : v.text;
}

// src/formats/tensorflow.ts
var SAVED_MODEL_KIND = "tf-savedmodel";
var GRAPHDEF_KIND = "tf-graphdef";
var KERAS_METADATA_KIND = "keras-metadata";
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
var PY_FUNC_OPS = /* @__PURE__ */ new Set(["PyFunc", "PyFuncStateless", "EagerPyFunc", "PyCall"]);
var IO_OPS = /* @__PURE__ */ new Set([
  // File reads.
  "ReadFile",
  "MatchingFiles",
  "LoadAndRemapMatrix",
  "ImmutableConst",
  "WholeFileReader",
  "WholeFileReaderV2",
  "TextLineReader",
  "TextLineReaderV2",
  "FixedLengthRecordReader",
  "FixedLengthRecordReaderV2",
  "TFRecordReader",
  "TFRecordReaderV2",
  "LMDBReader",
  "TextLineDataset",
  "FixedLengthRecordDataset",
  "FixedLengthRecordDatasetV2",
  "TFRecordDataset",
  "TFRecordDatasetV2",
  "MatchingFilesDataset",
  "ExperimentalMatchingFilesDataset",
  "LoadDataset",
  "LMDBDataset",
  "ExperimentalLMDBDataset",
  "SqlDataset",
  "ExperimentalSqlDataset",
  "CSVDataset",
  "CSVDatasetV2",
  "ExperimentalCSVDataset",
  "FileSystemSetConfiguration",
  // File writes.
  "WriteFile",
  "DatasetToTFRecord",
  "ExperimentalDatasetToTFRecord",
  "SaveDataset",
  "SaveDatasetV2",
  "SnapshotDataset",
  "SnapshotDatasetV2",
  "CreateSummaryFileWriter",
  "CreateSummaryDbWriter",
  // Network.
  "Rpc",
  "TryRpc",
  "RpcClient",
  "RpcCall",
  "RpcServer",
  "RpcServerStart",
  "RpcServerRegister",
  "DataServiceDataset",
  "DataServiceDatasetV2",
  "DataServiceDatasetV3",
  "DataServiceDatasetV4",
  "RegisterDataset",
  "RegisterDatasetV2",
  "DebugIdentity",
  "DebugIdentityV2",
  "DebugIdentityV3",
  "DebugNanCount",
  "DebugNumericSummary",
  "DebugNumericSummaryV2",
  // ModelAudit's list names these; they do not exist in stock TensorFlow but a custom build might.
  "ShellExecute",
  "ExecuteOp",
  "SystemConfig"
]);
var ASSET_READ_OPS = /* @__PURE__ */ new Set(["InitializeTableFromTextFile", "InitializeTableFromTextFileV2"]);
var CACHE_OPS = /* @__PURE__ */ new Set(["CacheDataset", "CacheDatasetV2"]);
var CHECKPOINT_OPS = /* @__PURE__ */ new Set([
  "Save",
  "SaveV2",
  "SaveSlices",
  "Restore",
  "RestoreV2",
  "RestoreSlice",
  "MergeV2Checkpoints"
]);
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
var MAX_STR = 4096;
function stringsOf(node, key) {
  const list2 = node.strings[key] ?? [];
  node.strings[key] = list2;
  return list2;
}
var onlyLen = (fn) => (g) => g.wire === WIRE.len ? fn(g) : void 0;
var TfWalk = class {
  cur;
  s;
  constructor(cur, s) {
    this.cur = cur;
    this.s = s;
  }
  sub(f, depth, fn) {
    return this.cur.sub(f, depth, onlyLen(fn));
  }
  str(f, cap2 = MAX_STR) {
    return this.cur.string(f, cap2);
  }
  /** NameAttrList: name = 1, attr = 2 (map<string, AttrValue>). */
  nameAttrList(f, depth, node) {
    return this.sub(f, depth, async (g) => {
      if (g.field === 1) node.funcs.push(await this.str(g));
      else if (g.field === 2)
        await this.sub(g, depth + 1, (e) => e.field === 2 ? this.attrValue(e, depth + 2, node, "") : 0);
    });
  }
  /** AttrValue: list = 1, s = 2, tensor = 8, func = 10. */
  attrValue(f, depth, node, key) {
    return this.sub(f, depth, async (v) => {
      if (v.field === 2 && key) stringsOf(node, key).push(await this.str(v, 1024));
      else if (v.field === 10) await this.nameAttrList(v, depth + 1, node);
      else if (v.field === 8 && node.op === "Const") await this.constTensor(v, depth + 1, node);
      else if (v.field === 1) {
        await this.sub(v, depth + 1, async (l) => {
          if (l.field === 2 && key) {
            const list2 = stringsOf(node, key);
            if (list2.length < 16) list2.push(await this.str(l, 1024));
          } else if (l.field === 9) await this.nameAttrList(l, depth + 2, node);
        });
      }
    });
  }
  /** TensorProto string_val = 8 (tensor_content = 4 is skipped unread). */
  constTensor(f, depth, node) {
    return this.sub(f, depth, async (t) => {
      if (t.field === 8 && node.constString === void 0) node.constString = await this.str(t, 1024);
    });
  }
  /** NodeDef: name = 1, op = 2, input = 3, attr = 5. */
  async nodeDef(f, depth, scope) {
    const node = { scope, name: "", op: "", inputs: [], funcs: [], strings: {} };
    const attrs = [];
    await this.sub(f, depth, async (g) => {
      if (g.field === 1) node.name = await this.str(g);
      else if (g.field === 2) node.op = await this.str(g);
      else if (g.field === 3 && node.inputs.length < 64) node.inputs.push(await this.str(g));
      else if (g.field === 5) attrs.push(g);
    });
    for (const a of attrs) {
      let key = "";
      const values = [];
      await this.sub(a, depth + 1, async (e) => {
        if (e.field === 1) key = await this.str(e);
        else if (e.field === 2) values.push(e);
      });
      for (const v of values) await this.attrValue(v, depth + 2, node, key);
    }
    return node;
  }
  /** FunctionDef: signature = 1 (OpDef name = 1), node_def = 3. */
  async functionDef(f, depth) {
    let name = "";
    const defs = [];
    await this.sub(f, depth, async (g) => {
      if (g.field === 1) {
        await this.sub(g, depth + 1, async (o) => {
          if (o.field === 1) name = await this.str(o);
        });
      } else if (g.field === 3) defs.push(g);
    });
    const nodes = [];
    for (const d of defs) nodes.push(await this.nodeDef(d, depth + 1, name));
    this.s.functions.set(name, [...this.s.functions.get(name) ?? [], ...nodes]);
  }
  /** GraphDef: node = 1, library = 2 (FunctionDefLibrary: function = 1); the whole input when no `f`. */
  graph(f, depth, mg, scope) {
    const visit2 = async (g) => {
      if (g.field === 1) mg.nodes.push(await this.nodeDef(g, depth + 1, scope));
      else if (g.field === 2)
        await this.sub(g, depth + 1, (l) => l.field === 1 ? this.functionDef(l, depth + 2) : 0);
    };
    return f ? this.sub(f, depth, visit2) : walkMessage(this.cur, 0, this.cur.size, onlyLen(visit2));
  }
  /** SavedObjectGraph: nodes = 1 → SavedObject user_object = 4 → SavedUserObject metadata = 3. */
  objectGraph(f, depth, mg) {
    return this.sub(
      f,
      depth,
      (n) => n.field === 1 ? this.sub(
        n,
        depth + 1,
        (o) => o.field === 4 ? this.sub(o, depth + 2, async (u) => {
          if (u.field === 3) mg.kerasMetadata.push(await this.str(u, 16 * 1024 * 1024));
        }) : 0
      ) : 0
    );
  }
  /** SaverDef: filename_tensor_name = 1, save_tensor_name = 2, restore_op_name = 3. */
  async saverDef(f, mg) {
    const saver = {};
    await this.sub(f, 2, async (d) => {
      if (d.field === 1) saver.filename = await this.str(d);
      else if (d.field === 2) saver.save = await this.str(d);
      else if (d.field === 3) saver.restore = await this.str(d);
    });
    mg.saver = { ...mg.saver, ...saver };
  }
  /** MetaGraphDef: graph_def = 2, saver_def = 3, asset_file_def = 6, object_graph_def = 7. */
  async metaGraph(f) {
    const mg = {
      scope: `meta graph ${this.s.metaGraphs.length}`,
      nodes: [],
      kerasMetadata: [],
      assets: []
    };
    this.s.metaGraphs.push(mg);
    await this.sub(f, 1, async (m) => {
      if (m.field === 2) await this.graph(m, 2, mg, mg.scope);
      else if (m.field === 3) await this.saverDef(m, mg);
      else if (m.field === 7) await this.objectGraph(m, 2, mg);
      else if (m.field === 6) {
        await this.sub(m, 2, async (a) => {
          if (a.field === 2) mg.assets.push(await this.str(a));
        });
      }
    });
  }
};
async function walkTensorflow(cur, graphDef, out) {
  const walk4 = new TfWalk(cur, out ?? { metaGraphs: [], functions: /* @__PURE__ */ new Map() });
  if (graphDef) {
    const mg = { scope: "graph", nodes: [], kerasMetadata: [], assets: [] };
    walk4.s.metaGraphs.push(mg);
    await walk4.graph(void 0, 0, mg, mg.scope);
    return walk4.s;
  }
  await walkMessage(cur, 0, cur.size, async (f) => {
    if (f.field === 2 && f.wire === WIRE.len) await walk4.metaGraph(f);
  });
  return walk4.s;
}
var inputNode = (input) => input.replace(/^\^/, "").split(":")[0] ?? "";
function evaluateTensorflow(s) {
  const issues = [];
  const saverFunctions = /* @__PURE__ */ new Set();
  const saverPrefixes = [];
  const calls = (n) => [...n.funcs, ...s.functions.has(n.op) ? [n.op] : []];
  for (const mg of s.metaGraphs) {
    const roots = [mg.saver?.save, mg.saver?.restore].filter((x) => !!x).map(inputNode);
    for (const root of roots) {
      const slash = root.lastIndexOf("/");
      if (slash > 0) saverPrefixes.push({ scope: mg.scope, prefix: root.slice(0, slash + 1) });
      const queue = mg.nodes.filter((n) => n.name === root).flatMap(calls);
      while (queue.length) {
        const fn = queue.pop();
        if (saverFunctions.has(fn)) continue;
        saverFunctions.add(fn);
        for (const n of s.functions.get(fn) ?? []) queue.push(...calls(n));
      }
    }
  }
  const inSaverScope = (n) => saverPrefixes.some((p) => p.scope === n.scope && n.name.startsWith(p.prefix));
  const all = [...s.metaGraphs.flatMap((m) => m.nodes), ...[...s.functions.values()].flat()];
  const byScope = /* @__PURE__ */ new Map();
  for (const n of all) {
    const m = byScope.get(n.scope) ?? /* @__PURE__ */ new Map();
    byScope.set(n.scope, m);
    m.set(n.name, n);
  }
  const constInput = (n, i) => {
    const ref = n.inputs[i];
    const src = ref === void 0 ? void 0 : byScope.get(n.scope)?.get(inputNode(ref));
    return src?.op === "Const" ? src.constString : void 0;
  };
  for (const n of all) {
    if (PY_FUNC_OPS.has(n.op)) {
      const token = n.strings.token?.[0];
      issues.push({ rule: TF_PY_FUNC, node: n, ...token ? { detail: `token "${token}"` } : {} });
    } else if (IO_OPS.has(n.op)) {
      const path = constInput(n, 0);
      const urls = n.strings.debug_urls?.join(", ");
      issues.push({
        rule: TF_IO_OP,
        node: n,
        ...path !== void 0 ? { detail: `constant path "${path}"` } : urls ? { detail: `urls ${urls}` } : {}
      });
    } else if (ASSET_READ_OPS.has(n.op)) {
      const path = constInput(n, 1);
      issues.push({
        rule: TF_ASSET_READ,
        node: n,
        ...path !== void 0 ? { detail: `constant path "${path}"` } : {}
      });
    } else if (CACHE_OPS.has(n.op)) {
      const path = constInput(n, 1);
      if (path !== "") {
        issues.push({
          rule: TF_IO_OP,
          node: n,
          detail: path === void 0 ? "cache file name computed at run time" : `cache file "${path}"`
        });
      }
    } else if (n.op === "PrintV2") {
      const stream = n.strings.output_stream?.[0] ?? "";
      if (stream.startsWith("file://"))
        issues.push({ rule: TF_IO_OP, node: n, detail: `writes to ${stream}` });
    } else if (CHECKPOINT_OPS.has(n.op)) {
      const inSaver = saverFunctions.has(n.scope) || inSaverScope(n);
      const path = constInput(n, 0);
      if (!inSaver) {
        issues.push({
          rule: TF_CHECKPOINT_OP,
          node: n,
          detail: path !== void 0 ? `constant prefix "${path}"` : "outside the saver"
        });
      } else if (path !== void 0) {
        issues.push({
          rule: TF_CHECKPOINT_OP,
          node: n,
          detail: `constant prefix "${path}" inside the saver`
        });
      }
    }
  }
  return issues;
}
async function reportSummary(ctx, summary, lineOf) {
  const where = label(ctx.source);
  const seen = /* @__PURE__ */ new Set();
  for (const issue of evaluateTensorflow(summary)) {
    const n = issue.node;
    const key = `${issue.rule.id}\0${n.scope}\0${n.name}\0${n.op}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line2 = lineOf?.(n);
    ctx.report(
      finding(issue.rule, {
        message: `${where}: ${n.op} op "${n.name}" in ${summary.metaGraphs.some((m) => m.scope === n.scope) ? n.scope : `function ${n.scope}`}${issue.detail ? ` (${issue.detail})` : ""}`,
        ...line2 ? { line: line2 } : {},
        evidence: {
          op: n.op,
          node: n.name,
          scope: n.scope,
          ...issue.detail ? { detail: issue.detail } : {}
        }
      })
    );
  }
  for (const mg of summary.metaGraphs) {
    for (const asset of mg.assets) {
      const why = lexicalEscape(asset);
      if (why) {
        ctx.report(
          finding(TF_ASSET_ESCAPE, {
            message: `${where}: asset file "${asset}" ${why}`,
            evidence: { asset, scope: mg.scope }
          })
        );
      }
    }
    for (const json of mg.kerasMetadata) await checkKerasJsonText(ctx, json, "SavedUserObject metadata");
  }
}
var TENSORFLOW_ANALYZER = {
  id: "tensorflow",
  kinds: [SAVED_MODEL_KIND, GRAPHDEF_KIND],
  async analyze(ctx) {
    const cur = new ProtoCursor(ctx.source);
    const summary = { metaGraphs: [], functions: /* @__PURE__ */ new Map() };
    await walkOrReport(ctx, TF_MALFORMED, () => walkTensorflow(cur, ctx.kind === GRAPHDEF_KIND, summary));
    await reportSummary(ctx, summary);
  }
};
var KERAS_METADATA_ANALYZER = {
  id: "keras-metadata",
  kinds: [KERAS_METADATA_KIND],
  async analyze(ctx) {
    const cur = new ProtoCursor(ctx.source);
    const nodes = [];
    await walkOrReport(
      ctx,
      TF_MALFORMED,
      () => walkMessage(cur, 0, cur.size, async (f) => {
        if (f.field !== 1 || f.wire !== WIRE.len) return;
        const node = { path: "", json: "" };
        await cur.sub(f, 1, async (g) => {
          if (g.wire !== WIRE.len) return;
          if (g.field === 3) node.path = await cur.string(g);
          else if (g.field === 5) node.json = await cur.string(g, 16 * 1024 * 1024);
        });
        nodes.push(node);
      })
    );
    const seen = /* @__PURE__ */ new Set();
    for (const n of nodes) {
      if (n.json) await checkKerasJsonText(ctx, n.json, `keras_metadata ${n.path || "node"}`, seen);
    }
  }
};
function textGraphOps(text) {
  const toks = tokenizeText(text);
  const out = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== "identifier" || t.text !== "op" || toks[i + 1].text !== ":") continue;
    let bytes = "";
    let j = i + 2;
    while (toks[j]?.kind === "string") bytes += unescapeText(toks[j++].text);
    if (j > i + 2) out.push({ op: Buffer.from(bytes, "latin1").toString("utf8"), line: t.line });
  }
  return out;
}
var MAX_TEXT_GRAPH = 64 * 1024 * 1024;
var TENSORFLOW_TEXT_ANALYZER = {
  id: "tensorflow-text",
  kinds: [KINDS.text],
  async analyze(ctx) {
    if (!ctx.name.endsWith(".pbtxt")) return;
    const where = label(ctx.source);
    if (ctx.source.size > MAX_TEXT_GRAPH) {
      ctx.report(
        finding(TF_MALFORMED, {
          message: `${where}: ${ctx.source.size} bytes, over the ${MAX_TEXT_GRAPH} byte limit for text graphs; not vetted`
        })
      );
      return;
    }
    const text = (await readAll(ctx.source, MAX_TEXT_GRAPH)).toString("latin1");
    let parsed;
    try {
      parsed = parseTextFormat(text);
    } catch (err) {
      if (!(err instanceof TextFormatError)) throw err;
      ctx.report(
        finding(TF_MALFORMED, {
          message: `${where}: text format error at line ${err.line}: ${err.message}`,
          line: err.line
        })
      );
      reportTextOpsFallback(ctx, text);
      return;
    }
    const lines = /* @__PURE__ */ new Map();
    const summary = textSummary(parsed, lines);
    if (summary) await reportSummary(ctx, summary, (n) => lines.get(n));
  }
};
function reportTextOpsFallback(ctx, text) {
  let ops;
  try {
    ops = textGraphOps(text);
  } catch {
    return;
  }
  const where = label(ctx.source);
  const seen = /* @__PURE__ */ new Set();
  const checkpoint = [];
  let checkpointLine = 0;
  for (const { op: op2, line: line2 } of ops) {
    if (seen.has(op2)) continue;
    seen.add(op2);
    if (CHECKPOINT_OPS.has(op2)) {
      checkpoint.push(op2);
      checkpointLine ||= line2;
      continue;
    }
    const rule = PY_FUNC_OPS.has(op2) ? TF_PY_FUNC : IO_OPS.has(op2) ? TF_IO_OP : void 0;
    if (rule)
      ctx.report(
        finding(rule, { message: `${where}: ${op2} op in a text-format graph`, line: line2, evidence: { op: op2 } })
      );
  }
  if (checkpoint.length) {
    ctx.report(
      finding(TF_TEXT_CHECKPOINT_OP, {
        message: `${where}: checkpoint ops ${checkpoint.join(", ")} in a text-format graph`,
        line: checkpointLine,
        evidence: { ops: checkpoint }
      })
    );
  }
}
var str = (m, name) => scalarText(fieldsNamed(m, name).at(-1)) ?? "";
var msgs = (m, name) => fieldsNamed(m, name).filter(isMessage);
function textAttrValue(v, node, key) {
  for (const s of fieldsNamed(v, "s")) if (key) stringsOf(node, key).push(scalarText(s) ?? "");
  for (const f of msgs(v, "func")) textNameAttrList(f, node);
  for (const l of msgs(v, "list")) {
    for (const s of fieldsNamed(l, "s"))
      if (key && stringsOf(node, key).length < 16) stringsOf(node, key).push(scalarText(s) ?? "");
    for (const f of msgs(l, "func")) textNameAttrList(f, node);
  }
  if (node.op === "Const") {
    for (const t of msgs(v, "tensor")) {
      const sv = fieldsNamed(t, "string_val")[0];
      if (sv && node.constString === void 0) node.constString = scalarText(sv);
    }
  }
}
function textNameAttrList(m, node) {
  const name = str(m, "name");
  if (name) node.funcs.push(name);
  for (const e of msgs(m, "attr")) for (const v of msgs(e, "value")) textAttrValue(v, node, "");
}
function textNode(m, scope, lines, line2) {
  const node = { scope, name: str(m, "name"), op: str(m, "op"), inputs: [], funcs: [], strings: {} };
  node.inputs = fieldsNamed(m, "input").slice(0, 64).map((i) => scalarText(i) ?? "");
  for (const a of msgs(m, "attr")) {
    const key = str(a, "key");
    for (const v of msgs(a, "value")) textAttrValue(v, node, key);
  }
  lines.set(node, line2);
  return node;
}
function textGraph(g, mg, s, lines) {
  for (const f of g.fields) {
    if (f.name === "node" && isMessage(f.value)) mg.nodes.push(textNode(f.value, mg.scope, lines, f.line));
  }
  for (const lib of msgs(g, "library")) {
    for (const fn of msgs(lib, "function")) {
      const name = msgs(fn, "signature").map((sig) => str(sig, "name")).at(-1) ?? "";
      const nodes = fn.fields.filter((f) => f.name === "node_def" && isMessage(f.value)).map((f) => textNode(f.value, name, lines, f.line));
      s.functions.set(name, [...s.functions.get(name) ?? [], ...nodes]);
    }
  }
}
function textMetaGraph(m, s, lines) {
  const mg = {
    scope: `meta graph ${s.metaGraphs.length}`,
    nodes: [],
    kerasMetadata: [],
    assets: []
  };
  s.metaGraphs.push(mg);
  for (const g of msgs(m, "graph_def")) textGraph(g, mg, s, lines);
  for (const d of msgs(m, "saver_def")) {
    const saver = {};
    if (fieldsNamed(d, "filename_tensor_name").length) saver.filename = str(d, "filename_tensor_name");
    if (fieldsNamed(d, "save_tensor_name").length) saver.save = str(d, "save_tensor_name");
    if (fieldsNamed(d, "restore_op_name").length) saver.restore = str(d, "restore_op_name");
    mg.saver = { ...mg.saver, ...saver };
  }
  for (const a of msgs(m, "asset_file_def"))
    if (fieldsNamed(a, "filename").length) mg.assets.push(str(a, "filename"));
  for (const og of msgs(m, "object_graph_def"))
    for (const n of msgs(og, "nodes"))
      for (const u of msgs(n, "user_object"))
        if (fieldsNamed(u, "metadata").length) mg.kerasMetadata.push(str(u, "metadata"));
}
function textSummary(m, lines = /* @__PURE__ */ new Map()) {
  const s = { metaGraphs: [], functions: /* @__PURE__ */ new Map() };
  const names = new Set(m.fields.map((f) => f.name));
  if (names.has("meta_graphs")) for (const mg of msgs(m, "meta_graphs")) textMetaGraph(mg, s, lines);
  else if (names.has("graph_def") || names.has("meta_info_def")) textMetaGraph(m, s, lines);
  else if (names.has("node") || names.has("library")) {
    const mg = { scope: "graph", nodes: [], kerasMetadata: [], assets: [] };
    s.metaGraphs.push(mg);
    textGraph(m, mg, s, lines);
  } else return void 0;
  return s;
}

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
  for (const line2 of lines) {
    const sp = line2.indexOf(" ");
    if (sp <= 0) return void 0;
    fields.set(line2.slice(0, sp), line2.slice(sp + 1));
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
  return { ...repo ? { repo } : {}, module: rest.slice(0, dot), cls: rest.slice(dot + 1) };
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
var tags4 = ["integrity", "shards"];
var SHARD_INDEX_INVALID = defineRule({
  id: "repo/shard-index-invalid",
  severity: "high",
  title: "Sharded checkpoint index is malformed",
  tags: tags4,
  explain: `The shard index (*.index.json) is not strict JSON, has no "weight_map" object, maps a
tensor to something other than a file name, or names a tensor twice (parsers disagree on which
entry wins, so two tools load different shards). Loaders then fail or load other weights than the
publisher's. Fix: re-export the checkpoint (save_pretrained) or re-download it.`
});
var SHARD_PATH_ESCAPE = defineRule({
  id: "repo/shard-path-escape",
  severity: "high",
  title: "Shard index names a file outside the model folder",
  tags: [...tags4, "filesystem"],
  explain: `A weight_map entry is an absolute path, contains "..", or uses backslashes. Loaders join it
to the model folder, so it makes them read a file elsewhere on the machine (another model's pickle,
a file an attacker placed in /tmp). Fix: shard names must be plain file names next to the index.`
});
var SHARD_MISSING = defineRule({
  id: "repo/shard-missing",
  severity: "high",
  title: "Shard named by the index is missing",
  tags: tags4,
  explain: `The shard index names a file that is not in the model folder. Loading fails, or a loader
falls back to another weights file (for example a pickle-based pytorch_model.bin) that was never
meant to be used. Fix: download the complete checkpoint.`
});
var SHARD_TENSOR_MISSING = defineRule({
  id: "repo/shard-tensor-missing",
  severity: "high",
  title: "Tensor named by the index is not in its shard",
  tags: tags4,
  explain: `The index says a tensor lives in a shard whose safetensors header does not contain it.
The checkpoint was assembled from mismatched files or edited by hand; loaders fail or leave the
tensor uninitialised. Fix: re-download or re-export the checkpoint.`
});
var SHARD_TENSOR_UNLISTED = defineRule({
  id: "repo/shard-tensor-unlisted",
  severity: "low",
  title: "Shard holds tensors the index does not list",
  tags: tags4,
  explain: `A shard contains tensors that the index maps nowhere (or maps to another shard). Loaders
that read whole shards still load them, so the index understates what the checkpoint holds. Fix:
re-export the checkpoint so the index and the shards agree.`
});
var SHARD_SIZE_MISMATCH = defineRule({
  id: "repo/shard-size-mismatch",
  severity: "low",
  title: "Index total_size differs from the shards",
  tags: tags4,
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
    return (await readSafetensors(src)).header;
  } catch {
    return void 0;
  } finally {
    if (src instanceof FileSource) await src.close();
  }
}
function compareTensors(ctx, at, index, file, shard, tensors, header2) {
  const inShard = new Set(header2.tensors.map((t) => t.name));
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
  const header2 = await shardHeader(ctx, file);
  if (header2 === null) return 0n;
  if (!header2) return void 0;
  compareTensors(ctx, at, index, file, shard, tensors, header2);
  let total = 0n;
  for (const t of header2.tensors) total += t.end - t.start;
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
import { lstat as lstat2, realpath as realpath5, stat as stat5 } from "node:fs/promises";
import { basename as basename3, dirname as dirname6, join as join8, posix as posix3, relative as relative2, resolve as resolve5, sep as sep5 } from "node:path";
var toPosix2 = (p) => sep5 === "/" ? p : p.split(sep5).join("/");
var isDir2 = async (p) => (await lstat2(p).catch(() => void 0))?.isDirectory() ?? false;
async function findEnclosingStore(path) {
  const real = await realpath5(resolve5(path)).catch(() => void 0);
  if (real === void 0) return void 0;
  for (let dir = await isDir2(real) ? real : dirname6(real); ; dir = dirname6(dir)) {
    if (await isHfCacheRepo(dir)) return { kind: "hf-cache", root: dir };
    if (await isOllamaStore(dir)) return { kind: "ollama", root: dir };
    if (dirname6(dir) === dir) return void 0;
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
    const abs = join8(target.root, prefix);
    const ok = kind === "hf-cache" ? await isHfCacheRepo(abs) : await isOllamaStore(abs);
    if (!ok) continue;
    const root = await realpath5(abs).catch(() => abs);
    found.push({ kind, root, prefix, display: displayPathOf(displayBaseOf(target.input), prefix) });
  }
  return found;
}
async function storesOf(target, enclosing) {
  const stores = [];
  const inside2 = enclosing ? relativeInside(enclosing.root, target.root) : void 0;
  if (enclosing && inside2 !== void 0) {
    const rel = toPosix2(inside2);
    stores.push({
      ...enclosing,
      inside: rel,
      display: rel === "" ? displayBaseOf(target.input) : enclosing.root
    });
  }
  if (target.isDirectory && (inside2 === void 0 || inside2 === ""))
    append(stores, await storesBelow(target));
  return stores;
}
function pathInStore(store, file) {
  if (store.inside !== void 0) return store.inside === "" ? file.rel : posix3.join(store.inside, file.rel);
  const p = `${store.prefix}/`;
  return file.rel.startsWith(p) ? file.rel.slice(p.length) : void 0;
}
function annotateHf(store, files) {
  const blobsDir = join8(store.root, "blobs");
  for (const f of files) {
    const p = pathInStore(store, f);
    if (p === void 0) continue;
    const snapshot = /^snapshots\/[^/]+\/(.+)$/.exec(p);
    let name;
    if (/^blobs\/[^/]+$/.test(p)) name = p.slice("blobs/".length);
    else if (snapshot && f.symlinkTarget !== void 0 && typeof f.fsPath === "string" && dirname6(f.fsPath) === blobsDir)
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
      const rel = toPosix2(relative2(target.root, abs));
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
      ...known ? { knownDigest: known } : {}
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
    const layers = await checkLayers(store.root, named, (rel) => join8(store.root, rel), findings);
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
        ...f.symlinkTarget !== void 0 ? { evidence: { link: f.symlinkTarget } } : {}
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
  const single2 = target.isDirectory ? void 0 : target.files[0]?.rel;
  const known = (rel) => files.get(rel === "." && single2 !== void 0 ? single2 : rel)?.digests?.sha256;
  const { lock, signature: signature2, ignorePaths } = options.verify ?? {};
  const signers = signersOf(options);
  const base = {
    display: target.input,
    knownSha256: known,
    confineSymlinks: true,
    ...pool ? { pool } : {},
    ...options.jobs !== void 0 ? { jobs: options.jobs } : {},
    ...ignorePaths ? { ignorePaths: [...ignorePaths] } : {}
  };
  if (lock !== void 0 || signature2 !== void 0) {
    const out = {
      verifications: [],
      findings: []
    };
    const add = (o) => {
      out.verifications.push(o.verification);
      out.findings.push(...o.findings);
    };
    if (lock !== void 0) add(await verifyLock(target.path, lock, base));
    if (signature2 !== void 0) {
      if (!signers.length) {
        out.verifications.push({
          kind: "signature",
          source: signature2,
          ok: false,
          message: `${signature2}: no signer given to verify it with`
        });
      } else add(await verifySignatureAny(target.path, signature2, signers, base));
    }
    return out;
  }
  const stores = await verifyStores(target, files, base);
  if (stores.insideStore) return stores.outcome;
  const { verifications, findings } = await verifySidecars(target.path, {
    ...base,
    ...signers.length ? { trust: signers } : {}
  });
  return {
    verifications: [...stores.outcome.verifications, ...verifications],
    findings: [...stores.outcome.findings, ...findings],
    ...stores.outcome.references?.length ? { references: stores.outcome.references } : {}
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
  rules_exports2,
  gguf_exports,
  unknown_exports,
  lfs_pointer_exports,
  rules_exports,
  onnx_exports,
  sentencepiece_exports,
  keras_exports,
  config_exports,
  hydra_exports,
  tensorflow_exports,
  archive_rules_exports,
  rules_exports4,
  tar_exports,
  rules_exports3,
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
  policy_schema_default,
  classifyGlobal,
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
  algorithmForTag,
  algorithmForLength,
  parseSums,
  formatSumsLine,
  verifySums,
  verifyPath,
  findEnclosingStore,
  annotateStores,
  BUILTIN_PARTS,
  defaultScanner,
  allRules,
  getRule
};
