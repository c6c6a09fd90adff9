import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  defineRule
} from "./chunk-GMZN3B2T.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

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
var rules_exports = {};
__export(rules_exports, {
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

export {
  MODEL_HUBS,
  isCommit,
  formatModelSource,
  repoOf,
  hfSource,
  sourceFromUrl,
  isModelSource,
  hfCacheSource,
  ollamaSource,
  sortReferences,
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
  rules_exports
};
