import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  require_picomatch
} from "./chunk-PDIE5V46.js";
import {
  FORMAT_NOT_ALLOWED,
  IGNORE_EXPIRED,
  INVALID_POLICY,
  SOURCE_NOT_ALLOWED,
  UNTRUSTED_POLICY,
  UNUSED_IGNORE,
  VERIFICATION_REQUIRED,
  getRule
} from "./chunk-22KFBQUV.js";
import {
  formatModelSource,
  hfCacheSource,
  isModelSource,
  repoOf
} from "./chunk-SERLXDJN.js";
import {
  countBySeverity,
  decideVerdict
} from "./chunk-333ZYWQ3.js";
import {
  compareFindings,
  finding,
  severityRank
} from "./chunk-GMZN3B2T.js";
import {
  __toESM
} from "./chunk-YKEYWHWZ.js";

// src/policy/apply.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var ALWAYS_ALLOWED_KINDS = ["empty", "text", "json", "image", "lfs-pointer"];
function isSignatureVerification(kind) {
  return kind === "signature";
}
function isLockVerification(kind) {
  return kind === "lock";
}
function sourceRefusal(policy, src) {
  const hubs = Object.keys(policy.sources);
  if (hubs.length === 0) return void 0;
  const list = policy.sources[src.hub];
  if (!list) {
    return `the policy's sources list no ${src.hub} entries (allowed hubs: ${hubs.join(", ")}), and a hub it does not list is not allowed`;
  }
  if (list.includes("*")) return void 0;
  const entries = list.map((e) => e.toLowerCase());
  const owner = src.owner.toLowerCase();
  const repo = repoOf(src).toLowerCase();
  if (entries.includes(repo) || owner !== "" && entries.includes(owner)) return void 0;
  const what = src.hub === "url" ? `host ${src.owner}` : owner === "" ? `${src.name} (a name without an owner)` : repoOf(src);
  return `${what} is not in sources.${src.hub} (${list.join(", ")})`;
}
function sourceOfFinding(f) {
  const s = f.evidence?.source;
  return isModelSource(s) ? s : void 0;
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
function looseningKeys(policy, rules = getRule) {
  const keys = [];
  if (policy.failOn && severityRank(policy.failOn) > severityRank("high")) keys.push("failOn");
  for (const [id, level] of Object.entries(policy.rules)) {
    const def = rules(id);
    if (level === "off" || def && severityRank(level) < severityRank(def.severity))
      keys.push(`rules.${id}`);
  }
  if (policy.pickle.allow.length || policy.pickle.forced.length) keys.push("pickle.allow");
  if (policy.verification.signers.length) keys.push("verification.signers");
  if (policy.ignore.length) keys.push("ignore");
  if (policy.digestCache !== void 0) keys.push("digestCache");
  return keys;
}
function trustedPart(policy, rules = getRule) {
  if (policy.origin !== "scanned-folder") return policy;
  const refused = looseningKeys(policy, rules);
  return refused.length ? withoutLoosening(policy, refused) : policy;
}
function withoutLoosening(policy, refused) {
  const rules = { ...policy.rules };
  for (const k of refused) if (k.startsWith("rules.")) delete rules[k.slice(6)];
  const { failOn, digestCache: _refused, ...rest } = policy;
  return {
    ...rest,
    failOn: failOn && !refused.includes("failOn") ? failOn : void 0,
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
        evidence: { kinds: bad, allow, deny }
      })
    );
  }
  return out;
}
function allReferences(report) {
  const refs = [...report.modelReferences ?? []];
  const sourceKey = (path, s) => `${path}\0${s.hub}\0${s.owner}\0${s.name}`;
  const listed = new Set(refs.map((r) => sourceKey(r.path, r.source)));
  for (const f of report.findings) {
    const source = sourceOfFinding(f);
    if (!source || listed.has(sourceKey(f.path, source))) continue;
    refs.push({ source, pinned: false, path: f.path, line: f.line, column: f.column, via: f.rule });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const p of [...report.targets.map((t) => t.input), ...report.files.map((f) => f.path)]) {
    const segs = p.replace(/\\/g, "/").split("/");
    const i = segs.findIndex((s) => /^(?:models|datasets|spaces)--.+/.test(s));
    if (i < 0) continue;
    const folder = segs.slice(0, i + 1).join("/");
    const source = hfCacheSource(segs[i]);
    if (!source || seen.has(folder)) continue;
    seen.add(folder);
    refs.push({ source, pinned: true, path: folder, via: "hf-cache" });
  }
  return refs;
}
function sourceViolations(report, policy) {
  if (Object.keys(policy.sources).length === 0) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const ref of allReferences(report)) {
    const why = sourceRefusal(policy, ref.source);
    if (!why) continue;
    const s = ref.source;
    const key = `${ref.path}\0${ref.line ?? ""}\0${s.hub}\0${s.owner}\0${s.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      finding(SOURCE_NOT_ALLOWED, {
        path: ref.path,
        line: ref.line,
        column: ref.column,
        message: `${s.hub} ${s.hub === "url" ? "download" : "model"} ${formatModelSource(s)} is not from an allowed source: ${why}`,
        evidence: { source: s, pinned: ref.pinned, via: ref.via }
      })
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
function compileIgnores(policy, now) {
  return policy.ignore.map((entry) => ({
    entry,
    expired: isExpired(entry.expires, now),
    match: (0, import_picomatch.default)(entry.path, { dot: true }),
    matched: 0
  }));
}
var at = (position) => position ? { line: position.line, column: position.column } : {};
function policyFindings(report, policy, effective, refused, ignores) {
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
  for (const ig of ignores) {
    if (!ig.expired) continue;
    added.push(
      finding(IGNORE_EXPIRED, {
        path: policy.source,
        ...at(ig.entry.position),
        message: `ignore of ${ig.entry.rule} for ${ig.entry.path} expired on ${ig.entry.expires} (reason was: ${ig.entry.reason}); its findings count again`,
        evidence: { rule: ig.entry.rule, path: ig.entry.path, expires: ig.entry.expires }
      })
    );
  }
  return added;
}
function unusedIgnores(policy, ignores) {
  return ignores.filter((ig) => !ig.expired && ig.matched === 0).map(
    (ig) => finding(UNUSED_IGNORE, {
      path: policy.source,
      ...at(ig.entry.position),
      message: `ignore of ${ig.entry.rule} for ${ig.entry.path} matched no finding in this scan; remove it or correct the rule or glob`,
      evidence: {
        rule: ig.entry.rule,
        path: ig.entry.path,
        expires: ig.entry.expires
      }
    })
  );
}
function suppress(input, effective, ignores, report, source) {
  const findings = [];
  const suppressed = [];
  for (const original of input) {
    const level = effective.rules[original.rule];
    if (level === "off") {
      suppressed.push({
        ...original,
        suppression: { kind: "rule-off", reason: `rule ${original.rule} is off in the policy`, source }
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
          source,
          line: forced.position?.line
        }
      });
      continue;
    }
    const ig = matchingIgnore(f, ignores, report);
    if (ig) {
      ig.matched++;
      suppressed.push({
        ...f,
        suppression: {
          kind: "ignore",
          reason: ig.entry.reason,
          source,
          line: ig.entry.position?.line,
          expires: ig.entry.expires
        }
      });
      continue;
    }
    findings.push(f);
  }
  return { findings, suppressed };
}
function matchingIgnore(f, ignores, report) {
  if (ignores.length === 0) return void 0;
  const rel = relativeToTarget(f.path, report.targets);
  return ignores.find(
    (i) => !i.expired && (i.entry.rule === f.rule || i.entry.rule.endsWith("/*") && f.rule.startsWith(i.entry.rule.slice(0, -1))) && i.match(rel)
  );
}
function applyPolicy(report, policy, options = {}) {
  if (policy.invalid) return applyInvalidPolicy(report, policy, options);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const refused = policy.origin === "scanned-folder" ? looseningKeys(policy, options.rules) : [];
  const effective = refused.length ? withoutLoosening(policy, refused) : policy;
  const ignores = compileIgnores(effective, now);
  const added = policyFindings(report, policy, effective, refused, ignores);
  const main = suppress([...report.findings, ...added], effective, ignores, report, policy.source);
  const late = suppress(unusedIgnores(policy, ignores), effective, [], report, policy.source);
  const policyReport = {
    source: policy.source,
    origin: policy.origin,
    refused: refused.length ? refused : void 0,
    ignores: ignores.map((i) => ({
      rule: i.entry.rule,
      path: i.entry.path,
      reason: i.entry.reason,
      expires: i.entry.expires,
      status: i.expired ? "expired" : "active",
      matched: i.matched
    }))
  };
  const failOn = options.failOn ?? effective.failOn ?? report.failOn;
  return assemble(
    report,
    [...main.findings, ...late.findings],
    [...report.suppressed ?? [], ...main.suppressed, ...late.suppressed],
    policyReport,
    failOn
  );
}
function applyInvalidPolicy(report, policy, options) {
  const errors = policy.invalid?.errors ?? [];
  const first = errors[0];
  const f = finding(INVALID_POLICY, {
    path: policy.source,
    ...first?.line !== void 0 ? { line: first.line, ...first.column !== void 0 ? { column: first.column } : {} } : {},
    message: `${policy.source} was found inside the scanned folder and is not a valid policy (${first ? `${first.path}: ${first.message}` : "unreadable"}${errors.length > 1 ? `; ${errors.length - 1} more` : ""}); none of it was applied`,
    evidence: { errors: errors.slice(0, 20).map((e) => ({ ...e })) }
  });
  const policyReport = { source: policy.source, origin: policy.origin, ignores: [] };
  return assemble(
    report,
    [...report.findings, f],
    [...report.suppressed ?? []],
    policyReport,
    options.failOn ?? report.failOn
  );
}
function assemble(report, findings, suppressed, policy, failOn) {
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const { verdict, reason } = decideVerdict(findings, report.verifications, failOn);
  return {
    ...report,
    failOn,
    findings,
    suppressed,
    policy,
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
  isExpired,
  trustedPart,
  applyPolicy
};
