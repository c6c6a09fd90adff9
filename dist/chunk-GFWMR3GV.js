import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  defineRule
} from "./chunk-IO3VPQQV.js";

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
  explain: `A model reference found in code (from_pretrained, hf_hub_download, torch.hub.load, ...) or a
Hugging Face cache folder (models--org--name) names a repository whose owner is not in the policy's
sources list for that hub. Platform teams use this to keep models to vetted publishers.

Fix: use a model from an allowed organisation, or add the organisation (or the exact owner/name
repository) to sources.huggingface / sources.github in the policy.`
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

export {
  FORMAT_NOT_ALLOWED,
  SOURCE_NOT_ALLOWED,
  VERIFICATION_REQUIRED,
  IGNORE_EXPIRED,
  UNTRUSTED_POLICY
};
