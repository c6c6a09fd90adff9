import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  isCommit
} from "./chunk-EV3X3K7E.js";
import {
  defineRule,
  finding
} from "./chunk-5EAPI7LD.js";

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
      ...h.severity ? { severity: h.severity } : {},
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

// src/pins/rules.ts
var TAGS = ["supply-chain", "pinning"];
var UNPINNED_REQUIREMENT = defineRule({
  id: "pin/unpinned-requirement",
  severity: "medium",
  title: "Dependency without an exact version",
  tags: TAGS,
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
  tags: TAGS,
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
  tags: TAGS,
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
  tags: TAGS,
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
  tags: TAGS,
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
  tags: TAGS,
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
  tags: TAGS,
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
  tags: TAGS,
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
  tags: [...TAGS, "huggingface"],
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
  tags: [...TAGS, "huggingface"],
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
  tags: [...TAGS, "code-execution", "huggingface"],
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
  tags: [...TAGS, "code-execution"],
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
  tags: TAGS,
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
  tags: [...TAGS, "code-execution"],
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
  tags: TAGS,
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
  tags: [...TAGS, "ollama"],
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
  tags: [...TAGS, "fail-closed"],
  explain: `A requirements file includes another one (-r / -c) that is not inside the scanned folder
(missing, outside it, or a symlink out of it). pip will read whatever is at that path on the
installing machine; modelvet could not vet it, and never reads files outside the scanned folder.

Fix: ship the included file with the model/project and scan again, or inline its requirements.`
});
var UNPARSEABLE = defineRule({
  id: "pin/unparseable",
  severity: "medium",
  title: "Dependency file or code could not be parsed",
  tags: [...TAGS, "fail-closed"],
  explain: `A dependency file (pyproject.toml, package.json, environment.yml, notebook) is not valid
in its format, or is too large to check. The tools that consume it may still read parts of it
(pip and npm are lenient in places), so an unparsed file is not a pass.

Fix: repair the file (run its own tool, e.g. \`python -c "import tomllib\u2026"\`, \`npm install --dry-run\`),
then scan again.`
});

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
    return { extras: [], specifiers: [], url, urlOffset: lead, ...marker ? { marker } : {} };
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
      ...c.severity ? { severity: c.severity } : {},
      evidence: { ...evidence, name: req.name, reason: p.reason }
    });
  } else if (p.kind === "vcs" && !p.pinned) {
    sink({
      rule: UNPINNED_VCS,
      offset: urlOffset,
      text: req.url ?? c.text,
      message: `${where} ${label} comes from version control without a full commit (${p.reason})${c.note ?? ""}`,
      evidence: { ...evidence, name: req.name, url: req.url, ...p.ref ? { ref: p.ref } : {} }
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
        ...next ? { value: next.text } : {}
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
      ...plain ? { severity: "high" } : {},
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
      ...plain ? { severity: "medium" } : {},
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
      ...hashMode && !hashed ? { evidence: { hashCheckingMode: true } } : {},
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
  UNPARSEABLE,
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
