import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  FORMAT_NOT_ALLOWED,
  IGNORE_EXPIRED,
  SOURCE_NOT_ALLOWED,
  UNTRUSTED_POLICY,
  VERIFICATION_REQUIRED
} from "./chunk-GFWMR3GV.js";
import {
  require_picomatch
} from "./chunk-PDIE5V46.js";
import {
  countBySeverity,
  decideVerdict
} from "./chunk-EG2XXEHO.js";
import {
  compareFindings,
  finding,
  getRule,
  severityRank
} from "./chunk-IO3VPQQV.js";
import {
  __toESM
} from "./chunk-YKEYWHWZ.js";

// src/policy/apply.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var ALWAYS_ALLOWED_KINDS = ["empty", "text", "json", "image", "lfs-pointer"];
function isSignatureVerification(kind) {
  return kind.toLowerCase() === "oms" || /signature|^sigstore\b/i.test(kind);
}
function isLockVerification(kind) {
  return /^lock(?:$|-)|-lock$/i.test(kind);
}
function sourceFromEvidence(evidence) {
  if (!evidence) return void 0;
  const hub = evidence.hub === "github" ? "github" : "huggingface";
  if (typeof evidence.repo === "string" && evidence.repo.trim()) return parseSource(evidence.repo, hub);
  if (typeof evidence.source === "string" && evidence.source.trim()) return parseSource(evidence.source, hub);
  return void 0;
}
function parseSource(text, defaultHub = "huggingface") {
  let s = text.trim();
  let hub = defaultHub;
  const cache = /^(?:models|datasets|spaces)--(.+)$/.exec(s);
  if (cache) return { hub: "huggingface", repo: cache[1].split("--").join("/") };
  const url = /^(?:https?:\/\/)?(?:www\.)?(huggingface\.co|hf\.co|github\.com)\/(.*)$/i.exec(s);
  if (url) {
    hub = url[1].toLowerCase() === "github.com" ? "github" : "huggingface";
    s = url[2];
  } else if (/^hf:\/\//i.test(s)) {
    hub = "huggingface";
    s = s.slice(5);
  } else if (/^github:/i.test(s)) {
    hub = "github";
    s = s.slice(7);
  }
  const parts = s.split(/[/:@?#]/).filter(Boolean);
  if (hub === "huggingface" && ["datasets", "spaces", "models"].includes(parts[0] ?? "")) parts.shift();
  const owner = parts[0];
  if (!owner) return void 0;
  const slash = s.includes("/");
  return { hub, repo: slash && parts[1] ? `${owner}/${parts[1]}` : owner };
}
function sourceAllowed(policy, src) {
  const list = policy.sources[src.hub];
  if (!list) return true;
  const repo = src.repo.toLowerCase();
  const owner = repo.split("/")[0];
  return list.some((entry) => {
    const e = entry.toLowerCase();
    return e === repo || e === owner;
  });
}
function relativeToTarget(path, targets) {
  let best;
  for (const t of targets) {
    const base = t.input.replace(/\\/g, "/").replace(/\/+$/, "") || "/";
    let rel;
    if (!t.isDirectory) {
      if (path === base) rel = base.split("/").at(-1) ?? base;
    } else if (base === ".") {
      if (!path.startsWith("../") && !path.startsWith("/")) rel = path.replace(/^\.\//, "");
    } else if (path.startsWith(`${base}/`)) {
      rel = path.slice(base.length + 1);
    }
    if (rel !== void 0 && (!best || base.length > best.base.length)) best = { base, rel };
  }
  return best ? best.rel : path;
}
function isExpired(expires, now) {
  if (!expires) return false;
  const end = Date.parse(`${expires}T23:59:59.999Z`);
  return Number.isFinite(end) && now.getTime() > end;
}
function looseningKeys(policy) {
  const keys = [];
  if (policy.failOn && severityRank(policy.failOn) > severityRank("high")) keys.push("failOn");
  for (const [id, level] of Object.entries(policy.rules)) {
    const def = getRule(id);
    if (level === "off" || def && severityRank(level) < severityRank(def.severity))
      keys.push(`rules.${id}`);
  }
  if (policy.pickle.allow.length || policy.pickle.forced.length) keys.push("pickle.allow");
  if (policy.verification.signers.length) keys.push("verification.signers");
  if (policy.ignore.length) keys.push("ignore");
  return keys;
}
function trustedPart(policy) {
  if (policy.origin !== "scanned-folder") return policy;
  const refused = looseningKeys(policy);
  return refused.length ? withoutLoosening(policy, refused) : policy;
}
function withoutLoosening(policy, refused) {
  const rules = { ...policy.rules };
  for (const k of refused) if (k.startsWith("rules.")) delete rules[k.slice(6)];
  const { failOn, ...rest } = policy;
  return {
    ...rest,
    ...failOn && !refused.includes("failOn") ? { failOn } : {},
    rules,
    pickle: { allow: [], forced: [] },
    verification: { ...policy.verification, signers: [] },
    ignore: []
  };
}
function formatViolations(report, policy) {
  const { allow, deny } = policy.formats;
  if (!allow && !deny) return [];
  const out = [];
  for (const file of report.files) {
    const kinds = [file.kind, ...file.contains ?? []];
    const bad = [...new Set(kinds)].filter(
      (k) => deny?.includes(k) ? true : allow ? !allow.includes(k) && !ALWAYS_ALLOWED_KINDS.includes(k) : false
    );
    if (!bad.length) continue;
    const inside = bad.filter((k) => k !== file.kind);
    const what = [
      ...bad.includes(file.kind) ? [`is ${file.kind}`] : [],
      ...inside.length ? [`contains ${inside.join(", ")}`] : []
    ].join(" and ");
    const rule = bad.some((k) => deny?.includes(k)) ? `denied by policy (deny: ${deny.join(", ")})` : `not allowed by policy (allow: ${allow.join(", ")})`;
    out.push(
      finding(FORMAT_NOT_ALLOWED, {
        path: file.path,
        message: `${file.path.split("/").at(-1)} ${what}: ${rule}`,
        evidence: { kinds: bad, ...allow ? { allow } : {}, ...deny ? { deny } : {} }
      })
    );
  }
  return out;
}
function sourceViolations(report, policy) {
  if (!policy.sources.huggingface && !policy.sources.github) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (f, key) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  const listFor = (src) => (policy.sources[src.hub] ?? []).join(", ");
  for (const f of report.findings) {
    const src = sourceFromEvidence(f.evidence);
    if (!src || sourceAllowed(policy, src)) continue;
    add(
      finding(SOURCE_NOT_ALLOWED, {
        path: f.path,
        ...f.line !== void 0 ? { line: f.line } : {},
        ...f.column !== void 0 ? { column: f.column } : {},
        message: `${src.hub} model ${src.repo} is not from an allowed source (allowed: ${listFor(src)})`,
        evidence: { hub: src.hub, repo: src.repo, finding: f.rule }
      }),
      `${f.path}\0${f.line ?? ""}\0${src.hub}\0${src.repo}`
    );
  }
  const paths = [...report.targets.map((t) => t.input), ...report.files.map((f) => f.path)];
  for (const p of paths) {
    const segs = p.replace(/\\/g, "/").split("/");
    const i = segs.findIndex((s) => /^(?:models|datasets|spaces)--.+/.test(s));
    if (i < 0) continue;
    const src = parseSource(segs[i]);
    if (sourceAllowed(policy, src)) continue;
    const folder = segs.slice(0, i + 1).join("/");
    add(
      finding(SOURCE_NOT_ALLOWED, {
        path: folder,
        message: `Hugging Face cache folder ${folder} holds ${src.repo}, which is not from an allowed source (allowed: ${listFor(src)})`,
        evidence: { hub: src.hub, repo: src.repo, cacheFolder: folder }
      }),
      `cache\0${folder}`
    );
  }
  return out;
}
function verificationViolations(report, policy) {
  const req = policy.verification.require;
  if (req === "none") return [];
  const counts = (kind) => req !== "lock" && isSignatureVerification(kind) || req !== "signature" && isLockVerification(kind);
  const what = req === "signature-or-lock" ? "a signature or a lock" : `a ${req}`;
  const out = [];
  for (const t of report.targets) {
    const base = t.input.replace(/\/+$/, "");
    const mine = report.verifications.filter(
      (v) => report.targets.length === 1 || v.source === base || v.source.startsWith(`${base}/`) || base === "."
    );
    if (mine.some((v) => v.ok && counts(v.kind))) continue;
    out.push(
      finding(VERIFICATION_REQUIRED, {
        path: t.input,
        message: `the policy requires ${what} that verifies, and none did for ${t.input}`,
        evidence: { require: req }
      })
    );
  }
  return out;
}
function applyPolicy(report, policy, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const refused = policy.origin === "scanned-folder" ? looseningKeys(policy) : [];
  const effective = refused.length ? withoutLoosening(policy, refused) : policy;
  const added = [
    ...formatViolations(report, effective),
    ...sourceViolations(report, effective),
    ...verificationViolations(report, effective)
  ];
  if (refused.length) {
    added.push(
      finding(UNTRUSTED_POLICY, {
        path: policy.source,
        message: `${policy.source} was found inside the scanned folder and loosens checks (${refused.join(", ")}); those parts were not applied (pass it with --policy if you trust it)`,
        evidence: { refused }
      })
    );
  }
  const ignores = effective.ignore.map((ig) => ({
    entry: ig,
    expired: isExpired(ig.expires, now),
    match: (0, import_picomatch.default)(ig.path, { dot: true }),
    matched: 0
  }));
  for (const ig of ignores) {
    if (!ig.expired) continue;
    added.push(
      finding(IGNORE_EXPIRED, {
        path: policy.source,
        ...ig.entry.position ? { line: ig.entry.position.line, column: ig.entry.position.column } : {},
        message: `ignore of ${ig.entry.rule} for ${ig.entry.path} expired on ${ig.entry.expires} (reason was: ${ig.entry.reason}); its findings count again`,
        evidence: { rule: ig.entry.rule, path: ig.entry.path, expires: ig.entry.expires }
      })
    );
  }
  const findings = [];
  const suppressed = [...report.suppressed ?? []];
  for (const original of [...report.findings, ...added]) {
    const level = effective.rules[original.rule];
    if (level === "off") {
      suppressed.push({
        ...original,
        suppression: {
          kind: "rule-off",
          reason: `rule ${original.rule} is off in the policy`,
          source: policy.source
        }
      });
      continue;
    }
    const f = level ? { ...original, severity: level } : original;
    const forced = original.rule.startsWith("pickle/") ? effective.pickle.forced.find((g) => g.global === f.evidence?.global || g.global === f.evidence?.name) : void 0;
    if (forced) {
      suppressed.push({
        ...f,
        suppression: {
          kind: "forced-global",
          reason: forced.reason,
          source: policy.source,
          ...forced.position ? { line: forced.position.line } : {}
        }
      });
      continue;
    }
    const rel = relativeToTarget(f.path, report.targets);
    const ig = ignores.find(
      (i) => !i.expired && (i.entry.rule === f.rule || i.entry.rule.endsWith("/*") && f.rule.startsWith(i.entry.rule.slice(0, -1))) && i.match(rel)
    );
    if (ig) {
      ig.matched++;
      suppressed.push({
        ...f,
        suppression: {
          kind: "ignore",
          reason: ig.entry.reason,
          source: policy.source,
          ...ig.entry.position ? { line: ig.entry.position.line } : {},
          ...ig.entry.expires ? { expires: ig.entry.expires } : {}
        }
      });
      continue;
    }
    findings.push(f);
  }
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const failOn = options.failOn ?? effective.failOn ?? report.failOn;
  const { verdict, reason } = decideVerdict(findings, report.verifications, failOn);
  const policyReport = {
    source: policy.source,
    origin: policy.origin,
    ...refused.length ? { refused } : {},
    ignores: ignores.map((i) => ({
      rule: i.entry.rule,
      path: i.entry.path,
      reason: i.entry.reason,
      ...i.entry.expires ? { expires: i.entry.expires } : {},
      status: i.expired ? "expired" : "active",
      matched: i.matched
    }))
  };
  return {
    ...report,
    failOn,
    findings,
    suppressed,
    policy: policyReport,
    summary: {
      ...report.summary,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      suppressed: suppressed.length
    },
    verdict,
    reason
  };
}

export {
  ALWAYS_ALLOWED_KINDS,
  isSignatureVerification,
  isLockVerification,
  sourceFromEvidence,
  parseSource,
  sourceAllowed,
  relativeToTarget,
  isExpired,
  looseningKeys,
  trustedPart,
  applyPolicy
};
