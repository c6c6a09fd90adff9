import { r as readPolicyFile, f as formatPolicyErrors } from './chunk-21XxG-bl.js';
import './chunk-Doof37AH.js';
import './chunk-B2XdRNm-.js';
import './chunk-BQbnCg6V.js';
import { cE as isExpired } from './chunk-B-6LZOx6.js';
import { G as terminalText } from './chunk-CXVaUTXl.js';
import { M as ModelvetError } from './chunk-x8y2Yanw.js';
import './chunk-DCfjYQPT.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { writeFile } = __mvBuiltin("node:fs/promises");

var STARTER_POLICY = `# modelvet policy file (documented in modelvet's README, section "Policy file").
# Validate it with: modelvet policy check .modelvet.yml
version: 1

# Fail on findings at or above this severity: info, low, medium, high, critical.
# --fail-on on the command line wins.
failOn: high

# Per-rule severity overrides; "off" suppresses a rule (its findings stay listed as suppressed).
# List the rules with: modelvet explain
rules: {}
#  policy/ignore-expired: medium

# Artifact formats, found by content (archive members included). Text, JSON, images, empty files
# and LFS pointers are always allowed unless denied by name.
formats:
  deny: []
#  allow: [safetensors, gguf]     # e.g. nothing that can run code when loaded
#  deny: [pickle]

# Extra pickle globals your checkpoints need, as exact module.name. A global on modelvet's
# denylist can only be allowed with force: true and a reason.
pickle:
  allow: []
#    - collections.OrderedDict
#    - { global: mylib.layers.Custom, force: true, reason: "reviewed in SEC-123" }

# Integrity: require a verified signature and/or lock file, and name who may sign.
verification:
  require: none          # none | signature | lock | signature-or-lock
  signers: []
#    - identity: https://github.com/my-org/models/.github/workflows/release.yml@refs/heads/main
#      issuer: https://token.actions.githubusercontent.com
#    - key: keys/release.pub                      # relative to this file
#    - certificateChain: [ca/root.pem, ca/intermediate.pem]

# Allowed model sources, checked against every model reference modelvet reads (code, configs,
# commands, adapter base models, Modelfiles, Hugging Face caches, Ollama stores), pinned or not:
# per hub, an organisation, an exact owner/name, or "*" for any. Once sources is set, a hub it
# does not list is not allowed: list every hub your models come from.
sources: {}
#  huggingface: [meta-llama, mistralai, my-org/my-model]
#  github: [pytorch]                       # torch.hub.load, git clone
#  ollama: [library]                       # ollama pull llama3.2
#  url: [download.pytorch.org]             # other download hosts

# Ignore a rule for a path glob (relative to the scanned folder), with a reason; expires is optional.
ignore: []
#  - rule: pin/unpinned-requirement
#    path: "examples/**"
#    reason: examples are not deployed
#    expires: 2027-01-31

# Digest cache folder (as --digest-cache): files unchanged since the last scan (same device, inode,
# size, mtime and ctime) are not hashed again. Keep it private to the CI user, outside the models.
# digestCache: /var/cache/modelvet
`;
async function policyCheck(file, io, now = /* @__PURE__ */ new Date()) {
  const result = await readPolicyFile(file);
  const print = (line) => io.stdout(`${terminalText(line)}
`);
  if (!result.policy) {
    for (const line of formatPolicyErrors(file, result.errors).split("\n")) print(line);
    const n = result.errors.length;
    io.stderr(`${terminalText(file)}: invalid policy (${n} error${n === 1 ? "" : "s"})
`);
    return 1;
  }
  const p = result.policy;
  for (const ig of p.ignore) {
    if (isExpired(ig.expires, now)) {
      const at = ig.position ? `${file}:${ig.position.line}:${ig.position.column}: ` : `${file}: `;
      print(
        `${at}warning: ignore of ${ig.rule} for ${ig.path} expired on ${ig.expires}; it no longer applies`
      );
    }
  }
  const parts = [
    `fail-on ${p.failOn ?? "high (default)"}`,
    `${Object.keys(p.rules).length} rule override(s)`,
    `${p.ignore.length} ignore(s)`,
    `${p.pickle.allow.length + p.pickle.forced.length} pickle global(s)`,
    `verification ${p.verification.require}, ${p.verification.signers.length} signer(s)`,
    ...Object.keys(p.sources).length ? [`sources: ${Object.keys(p.sources).join(", ")} (other hubs not allowed)`] : []
  ];
  print(`${file}: valid policy (${parts.join(", ")})`);
  return 0;
}
async function policyInit(output, force, io) {
  const target = output ?? ".modelvet.yml";
  if (target === "-") {
    io.stdout(STARTER_POLICY);
    return 0;
  }
  try {
    await writeFile(target, STARTER_POLICY, { flag: force ? "w" : "wx" });
  } catch (err) {
    if (err.code === "EEXIST")
      throw new ModelvetError("USAGE", `${target} exists; pass --force to overwrite it`, { path: target });
    throw err;
  }
  io.stderr(`wrote ${target}; check it with: modelvet policy check ${target}
`);
  return 0;
}

export { STARTER_POLICY, policyCheck, policyInit };
