import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  defineRule
} from "./chunk-2S424KAA.js";

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

export {
  FORMAT_NOT_ALLOWED,
  SOURCE_NOT_ALLOWED,
  VERIFICATION_REQUIRED,
  IGNORE_EXPIRED,
  UNTRUSTED_POLICY,
  UNUSED_IGNORE,
  INVALID_POLICY
};
