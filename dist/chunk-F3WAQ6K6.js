import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

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

// src/core/policy-keys.ts
var definitions = policy_schema_default.definitions ?? {};
function collect(node, prefix, into, depth = 0) {
  if (!node || depth > 16) return;
  if (node.$ref?.startsWith("#/definitions/"))
    collect(definitions[node.$ref.slice(14)], prefix, into, depth + 1);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    into.add(path);
    collect(child, path, into, depth + 1);
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

export {
  policy_schema_default,
  policyKey
};
