import { r as require_ajv } from './chunk-DCfjYQPT.js';
import { b as __toESM } from './chunk-DoM6UV22.js';

// src/shard/report-schema.ts
var import_ajv = __toESM(require_ajv());

// schemas/report.schema.json
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "modelvet JSON report",
  description: "The output of `modelvet scan --format json` (schemaVersion 1). Fields may be added in a later schemaVersion; none is removed or renamed within one.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "tool",
    "startedAt",
    "durationMs",
    "failOn",
    "targets",
    "files",
    "findings",
    "verifications",
    "summary",
    "verdict",
    "reason"
  ],
  properties: {
    schemaVersion: { const: 1 },
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: {
        name: { const: "modelvet" },
        version: { type: "string", minLength: 1 }
      }
    },
    startedAt: { type: "string", format: "date-time" },
    durationMs: { type: "integer", minimum: 0 },
    failOn: { $ref: "#/definitions/severity" },
    targets: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["input", "isDirectory", "skipped"],
        properties: {
          input: { type: "string", description: "the path as given" },
          isDirectory: { type: "boolean" },
          skipped: {
            type: "array",
            description: "folders left out on purpose (e.g. .git), relative to the target",
            items: { type: "string" }
          }
        }
      }
    },
    files: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "size", "kind"],
        properties: {
          path: { type: "string" },
          size: { type: "integer", minimum: 0 },
          kind: { type: "string", description: "format found by content (safetensors, pickle, zip, ...)" },
          contains: {
            type: "array",
            description: "kinds found inside it (archive members at any depth)",
            items: { type: "string" }
          },
          digests: {
            type: "object",
            description: "algorithm \u2192 lower-case hex digest; absent when the file could not be hashed",
            additionalProperties: { type: "string", pattern: "^[0-9a-f]+$" }
          },
          digestsFrom: {
            const: "cache",
            description: "present when the digests came from the digest cache (--digest-cache): the file's (device, inode, size, mtime, ctime) had not changed since it was hashed, and it was not read again to hash it"
          },
          symlinkTarget: { type: "string", description: "link text, for a symbolic link inside the folder" },
          pathBytes: {
            type: "string",
            pattern: "^([0-9a-f]{2})+$",
            description: "hex of the exact bytes of the path relative to the target, when path shows some of them escaped"
          },
          fetched: {
            type: "object",
            additionalProperties: false,
            required: ["bytes", "hashedLocally"],
            description: "for a file scanned in place on a remote source (hf://): bytes fetched, and the hub's own integrity metadata (not hashed locally)",
            properties: {
              bytes: { type: "integer", minimum: 0 },
              lfsSha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
              sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
              blobId: { type: "string", pattern: "^[0-9a-f]{40}$" },
              xetHash: { type: "string", pattern: "^[0-9a-f]{64}$" },
              hashedLocally: { const: false }
            }
          }
        }
      }
    },
    findings: { type: "array", items: { $ref: "#/definitions/finding" } },
    suppressed: {
      type: "array",
      description: "findings a policy suppressed: listed, never counted",
      items: {
        allOf: [{ $ref: "#/definitions/findingFields" }],
        type: "object",
        required: ["rule", "severity", "path", "message", "suppression"],
        properties: {
          rule: true,
          severity: true,
          path: true,
          member: true,
          offset: true,
          line: true,
          column: true,
          message: true,
          evidence: true,
          suppression: {
            type: "object",
            additionalProperties: false,
            required: ["kind", "reason", "source"],
            properties: {
              kind: { enum: ["ignore", "rule-off", "forced-global"] },
              reason: { type: "string", minLength: 1 },
              source: { type: "string", description: "the policy file" },
              line: { type: "integer", minimum: 1 },
              expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }
            }
          }
        },
        additionalProperties: false
      }
    },
    verifications: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["kind", "source", "ok", "message"],
        properties: {
          kind: { type: "string", description: "lock, sums, signature, hf-cache, ollama, ..." },
          source: { type: "string" },
          ok: { type: "boolean" },
          message: { type: "string" },
          details: { type: "object" }
        }
      }
    },
    modelReferences: {
      description: "Every model the scanned files name (code, configs, commands, adapter base models, Modelfiles, Hugging Face cache folders, Ollama manifests), pinned or not; the policy's sources are checked against these. Absent when there are none.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["source", "pinned", "path", "via"],
        properties: {
          source: {
            type: "object",
            additionalProperties: false,
            required: ["hub", "owner", "name"],
            properties: {
              hub: { enum: ["huggingface", "github", "ollama", "kaggle", "modelscope", "url"] },
              owner: { type: "string", description: "organisation, user, Ollama namespace, or host (url); empty for a Hugging Face name without an owner" },
              name: { type: "string" },
              revision: { type: "string" }
            }
          },
          pinned: { type: "boolean", description: "the reference names fixed content (a full commit, a digest, a versioned handle, a hash-checked URL)" },
          path: { type: "string" },
          line: { type: "integer", minimum: 1 },
          column: { type: "integer", minimum: 1 },
          via: { type: "string", description: "what read it: python, shell, adapter-config, hf-cache, ollama-store, ..." },
          text: { type: "string" }
        }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      required: ["source", "origin", "ignores"],
      properties: {
        source: { type: "string" },
        origin: { enum: ["explicit", "working-directory", "scanned-folder"] },
        refused: {
          type: "array",
          description: "loosening keys of a policy found inside a scanned folder that were not applied",
          items: { type: "string" }
        },
        ignores: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["rule", "path", "reason", "status", "matched"],
            properties: {
              rule: { type: "string" },
              path: { type: "string" },
              reason: { type: "string" },
              expires: { type: "string" },
              status: { enum: ["active", "expired"] },
              matched: { type: "integer", minimum: 0 }
            }
          }
        }
      }
    },
    summary: {
      type: "object",
      additionalProperties: false,
      required: ["files", "bytes", "findings", "bySeverity", "throughput"],
      properties: {
        files: { type: "integer", minimum: 0 },
        bytes: { type: "integer", minimum: 0 },
        findings: { type: "integer", minimum: 0 },
        bySeverity: {
          type: "object",
          additionalProperties: false,
          required: ["info", "low", "medium", "high", "critical"],
          properties: {
            info: { type: "integer", minimum: 0 },
            low: { type: "integer", minimum: 0 },
            medium: { type: "integer", minimum: 0 },
            high: { type: "integer", minimum: 0 },
            critical: { type: "integer", minimum: 0 }
          }
        },
        throughput: { type: "number", minimum: 0, description: "bytes hashed per second" },
        suppressed: { type: "integer", minimum: 0 }
      }
    },
    verdict: { enum: ["pass", "fail"] },
    reason: { type: "string" }
  },
  definitions: {
    severity: { enum: ["info", "low", "medium", "high", "critical"] },
    findingFields: {
      type: "object",
      properties: {
        rule: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
        severity: { $ref: "#/definitions/severity" },
        path: { type: "string" },
        member: {
          type: "array",
          description: "member chain inside archives, outermost first",
          items: { type: "string" }
        },
        offset: { type: "integer", minimum: 0 },
        line: { type: "integer", minimum: 1 },
        column: { type: "integer", minimum: 1 },
        message: { type: "string" },
        evidence: { type: "object" }
      }
    },
    finding: {
      allOf: [{ $ref: "#/definitions/findingFields" }],
      type: "object",
      required: ["rule", "severity", "path", "message"],
      properties: {
        rule: true,
        severity: true,
        path: true,
        member: true,
        offset: true,
        line: true,
        column: true,
        message: true,
        evidence: true
      },
      additionalProperties: false
    }
  }
};

// src/shard/report-schema.ts
var compiled;
function validateReport(report) {
  if (!compiled) {
    const ajv = new import_ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: true, validateFormats: false });
    compiled = ajv.compile(report_schema_default);
  }
  if (compiled(report)) return void 0;
  return (compiled.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`).join("; ");
}

export { validateReport };
