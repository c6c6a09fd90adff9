import {
  KINDS,
  sniff
} from "./chunk-FY7H743B.js";
import {
  SliceSource,
  defineRule,
  finding,
  label,
  severityRank
} from "./chunk-GMZN3B2T.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";

// src/core/analyzer.ts
var DEFAULT_LIMITS = {
  maxDepth: 5,
  maxExpandedBytes: 4 * 1024 ** 3,
  maxMemberBytes: 512 * 1024 ** 2,
  maxRatio: 200,
  maxMembers: 1e5
};
var EVERY_KIND = "*";
function analyzersFor(analyzers, kind) {
  return analyzers.filter((a) => a.kinds.includes(kind) || a.kinds.includes(EVERY_KIND));
}
function kindIsClaimed(analyzers, kind) {
  return analyzers.some((a) => a.claims?.includes(kind));
}
var CODE_BEARING_KINDS = /* @__PURE__ */ new Set([
  KINDS.zip,
  KINDS.tar,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.zlib,
  KINDS.lzmaAlone,
  KINDS.sevenZip,
  KINDS.rar,
  KINDS.pickle,
  KINDS.numpy,
  KINDS.hdf5
]);
var UNSUPPORTED_FORMAT = defineRule({
  id: "scan/unsupported-format",
  severity: "high",
  title: "Content modelvet cannot analyze yet",
  tags: ["fail-closed"],
  explain: `The file (or archive member) holds a format that can carry executable content, but this
version of modelvet has no analyzer for it. A gate that cannot look inside something must not pass
it, so this is a finding.

Fix: convert the artifact to a format that cannot run code (safetensors, GGUF), or, if you have
vetted it by other means, ignore this rule for that path in a policy file with a reason.`
});
var ANALYZER_ERROR = defineRule({
  id: "scan/read-error",
  severity: "high",
  title: "File could not be read to the end",
  tags: ["fail-closed"],
  explain: `modelvet could not finish reading this file or member: it vanished, shrank, changed
while being read, or an I/O error occurred. Whatever was found before the error is still reported,
but the rest was not vetted. Fix: re-download the artifact and scan it again while nothing writes to it.`
});
var DEPTH_LIMIT = defineRule({
  id: "archive/depth-limit",
  severity: "high",
  title: "Archive nesting deeper than the limit",
  tags: ["archive", "fail-closed"],
  explain: `An archive member is itself an archive, nested deeper than modelvet's limit (5 levels).
Real model files are never nested that deep; deep nesting is a way to exhaust scanners or hide a
payload below the depth they look at. The innermost content was not scanned.`
});
var WORK_LIMIT = defineRule({
  id: "archive/work-limit",
  severity: "high",
  title: "Nested members exceed the work budget of one file",
  tags: ["archive", "fail-closed", "denial-of-service"],
  explain: `A file on disk and everything nested in it (archive members, members of members,
decompressed streams) may hand modelvet at most as many members as one archive may hold (100,000). This file reached that budget, so the members after
it were not scanned. Real checkpoints are far below it; archives whose members overlap or contain the
archive again (zip quines, overlapping entries) reach it to make a scanner loop or give up.

Fix: re-create the archive without overlapping or nested copies, or split a legitimate archive with
more members into several; the members past the limit were not vetted.`
});
var ExpansionBudget = class {
  used = 0;
  limit;
  members = 0;
  memberLimit;
  /** Set once the member budget ran out and that was reported. */
  memberLimitReported = false;
  constructor(limit, memberLimit = Number.MAX_SAFE_INTEGER) {
    this.limit = limit;
    this.memberLimit = memberLimit;
  }
  /** Returns false (and records nothing) when taking `n` more bytes would pass the limit. */
  take(n) {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  /** Takes what is left of the byte budget, up to `n` (a stream that was cut still cost its bytes). */
  charge(n) {
    this.used += Math.min(n, Math.max(0, this.limit - this.used));
  }
  /** Counts one more dispatched member; false once the member budget is spent. */
  takeMember() {
    if (this.members >= this.memberLimit) return false;
    this.members++;
    return true;
  }
};
async function analyzeSource(source, name, opts) {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const scan = {
    scanner: opts.scanner,
    limits,
    options: opts.options ?? {},
    budget: opts.budget ?? new ExpansionBudget(limits.maxExpandedBytes, limits.maxMembers),
    findings: [],
    perRule: /* @__PURE__ */ new Map(),
    kinds: /* @__PURE__ */ new Set(),
    memberKinds: /* @__PURE__ */ new Set(),
    references: []
  };
  const kind = await dispatch(scan, source, name, opts.depth ?? 0);
  addCollapsed(scan, source);
  return {
    kind,
    memberKinds: [...scan.memberKinds].sort(),
    findings: scan.findings,
    references: scan.references
  };
}
var MAX_FINDINGS_PER_RULE = 200;
function addCollapsed(scan, source) {
  for (const [rule, c] of scan.perRule) {
    if (c.dropped === 0 || c.severity === void 0) continue;
    scan.findings.push({
      rule,
      severity: c.severity,
      message: `${label(source)}: ${c.dropped} more findings of this rule in this file were not listed (the first ${c.listed} are)`,
      path: source.path,
      evidence: { notListed: c.dropped, listed: c.listed }
    });
  }
}
function reporterFor(scan, source) {
  return (f) => {
    let c = scan.perRule.get(f.rule);
    if (!c) {
      c = { listed: 0, dropped: 0 };
      scan.perRule.set(f.rule, c);
    }
    if (c.listed >= MAX_FINDINGS_PER_RULE) {
      c.dropped++;
      if (c.severity === void 0 || severityRank(f.severity) > severityRank(c.severity))
        c.severity = f.severity;
      return;
    }
    c.listed++;
    const member = f.member ?? (source.member.length ? [...source.member] : void 0);
    const { member: _m, path: _p, ...rest } = f;
    scan.findings.push({ ...rest, path: source.path, member });
  };
}
async function dispatch(scan, source, name, depth) {
  const push = reporterFor(scan, source);
  let sniffed;
  try {
    sniffed = await sniff(source, name, scan.scanner.sniffers);
  } catch (err) {
    push(readError(source, err));
    return KINDS.unknown;
  }
  scan.kinds.add(sniffed.kind);
  if (depth > 0) scan.memberKinds.add(sniffed.kind);
  const ctx = {
    source,
    kind: sniffed.kind,
    name,
    head: sniffed.head,
    depth,
    limits: scan.limits,
    options: scan.options,
    budget: scan.budget,
    report: push,
    kinds: scan.kinds,
    memo: /* @__PURE__ */ new Map(),
    reference: (r) => scan.references.push(r),
    scanMember: (member, memberName) => scanNested(scan, push, member, memberName, depth + 1)
  };
  if (CODE_BEARING_KINDS.has(sniffed.kind) && !scan.scanner.claims(sniffed.kind)) {
    push(
      finding(UNSUPPORTED_FORMAT, {
        message: `${label(source)} is ${sniffed.kind} content, which this version cannot analyze`,
        evidence: { kind: sniffed.kind }
      })
    );
  }
  for (const analyzer of scan.scanner.analyzersFor(sniffed.kind)) {
    try {
      await analyzer.analyze(ctx);
    } catch (err) {
      push(readError(source, err, analyzer.id));
    }
  }
  return sniffed.kind;
}
async function scanTrailingBytes(ctx, start) {
  const member = [...ctx.source.member, `${ctx.name}@${start}`];
  await ctx.scanMember(new SliceSource(ctx.source, start, ctx.source.size - start, member), "trailing-data");
}
async function scanNested(scan, push, member, name, depth) {
  if (depth > scan.limits.maxDepth) {
    push(
      finding(DEPTH_LIMIT, {
        message: `${label(member)} is nested ${depth} levels deep (limit ${scan.limits.maxDepth}); not scanned`,
        member: [...member.member]
      })
    );
    return;
  }
  if (!scan.budget.takeMember()) {
    if (!scan.budget.memberLimitReported) {
      scan.budget.memberLimitReported = true;
      push(
        finding(WORK_LIMIT, {
          message: `${label(member)}: the file has handed out ${scan.budget.memberLimit} nested members (the limit); this one and the rest were not scanned`,
          member: [...member.member],
          evidence: { limit: scan.budget.memberLimit }
        })
      );
    }
    return;
  }
  await dispatch(scan, member, name, depth);
}
function readError(source, err, analyzer) {
  const io = err instanceof ModelvetError || err?.code !== void 0;
  const severity = "high";
  const text = describeError(err, label(source));
  return finding(ANALYZER_ERROR, {
    severity,
    message: io ? text : `${label(source)}: ${analyzer ?? "analyzer"} failed: ${text}`,
    evidence: {
      analyzer,
      code: err instanceof ModelvetError ? err.code : void 0
    }
  });
}

export {
  DEFAULT_LIMITS,
  EVERY_KIND,
  analyzersFor,
  kindIsClaimed,
  UNSUPPORTED_FORMAT,
  ANALYZER_ERROR,
  DEPTH_LIMIT,
  WORK_LIMIT,
  analyzeSource,
  scanTrailingBytes
};
