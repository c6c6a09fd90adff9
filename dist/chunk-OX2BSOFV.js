import {
  formatBytes
} from "./chunk-XSZXMNCD.js";
import {
  getRule
} from "./chunk-22KFBQUV.js";
import {
  terminalText
} from "./chunk-HXNGW4GU.js";
import {
  SEVERITIES,
  atLeast,
  severityRank
} from "./chunk-GMZN3B2T.js";

// src/report/coverage.ts
var KIND_CHECKS = {
  pickle: "opcodes walked, globals classified",
  numpy: "header read, object arrays walked as pickle",
  safetensors: "header validated",
  gguf: "header and metadata validated, chat template parsed",
  zip: "directory read, every member sniffed",
  tar: "every member sniffed",
  "7z": "every member sniffed",
  gzip: "decompressed within limits and sniffed",
  bzip2: "decompressed within limits and sniffed",
  xz: "decompressed within limits and sniffed",
  zstd: "decompressed within limits and sniffed",
  zlib: "decompressed within limits and sniffed",
  "lzma-alone": "decompressed within limits and sniffed",
  lz4: "decompressed within limits and sniffed",
  hdf5: "Keras model config checked",
  onnx: "graph, operators and external data checked",
  sentencepiece: "parsed as a SentencePiece ModelProto (data only)",
  "tf-savedmodel": "graph operations checked",
  "tf-graphdef": "graph operations checked",
  "keras-metadata": "Keras layer config checked",
  json: "configs checked (remote code, chat templates, Keras, shard indexes, pins)",
  text: "pins, model references and chat templates checked",
  script: "pins and model references checked",
  "lfs-pointer": "recognised as a Git LFS pointer",
  executable: "reported",
  rar: "reported as opaque",
  image: "checked for an archive or pickle hidden inside",
  unknown: "reported as unknown binary when not text"
};
function kindCounts(report) {
  const counts = /* @__PURE__ */ new Map();
  const add = (kind, bytes) => {
    const c = counts.get(kind) ?? { kind, files: 0, bytes: 0 };
    c.files++;
    c.bytes += bytes;
    counts.set(kind, c);
  };
  for (const f of report.files) {
    add(f.kind, f.size);
    for (const k of new Set(f.contains ?? [])) if (k !== f.kind) add(`${k} (inside archives)`, 0);
  }
  return [...counts.values()].map((c) => {
    const checks = KIND_CHECKS[c.kind.replace(/ \(inside archives\)$/, "")];
    return checks ? { ...c, checks } : c;
  }).sort((a, b) => b.files - a.files || (a.kind < b.kind ? -1 : 1));
}
function skippedPaths(report) {
  return report.targets.flatMap(
    (t) => t.skipped.map((s) => t.input === "." || !t.isDirectory ? s : `${t.input.replace(/\/+$/, "")}/${s}`)
  );
}

// src/report/next-step.ts
var MAX_FIX_LENGTH = 140;
function fixSentence(explain) {
  const at = explain.search(/\bFix:/);
  if (at < 0) return void 0;
  const rest = explain.slice(at + "Fix:".length).split(/\n\s*\n/)[0].replace(/\s+/g, " ").trim();
  const end = rest.search(/\.\s+(?=[A-Z`(])/);
  const sentence = (end < 0 ? rest : rest.slice(0, end + 1)).trim();
  if (sentence === "") return void 0;
  if (sentence.length <= MAX_FIX_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_FIX_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_FIX_LENGTH / 2)).replace(/[,;:]$/, "")}\u2026`;
}
function nextStep(ruleId, rules) {
  const rule = rules(ruleId);
  const fix = rule ? fixSentence(rule.explain) : void 0;
  return { fix, explain: `modelvet explain ${ruleId}` };
}

// src/report/human.ts
var CODES = {
  critical: "\x1B[1;35m",
  high: "\x1B[1;31m",
  medium: "\x1B[33m",
  low: "\x1B[36m",
  info: "\x1B[2m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  green: "\x1B[1;32m",
  reset: "\x1B[0m"
};
function positionText(f) {
  const parts = [];
  if (f.line !== void 0) parts.push(`line ${f.line}${f.column !== void 0 ? `:${f.column}` : ""}`);
  if (f.offset !== void 0) parts.push(`offset ${f.offset}`);
  return parts.join(", ");
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function countsText(bySeverity) {
  return SEVERITIES.slice().reverse().filter((s) => bySeverity[s] > 0).map((s) => `${bySeverity[s]} ${s}`).join(", ");
}
function summaryText(report) {
  const s = report.summary;
  const secs = report.durationMs / 1e3;
  const parts = [
    `${plural(s.files, "file")}, ${formatBytes(s.bytes)} in ${secs.toFixed(2)} s (${formatBytes(s.throughput)}/s)`,
    s.findings ? `findings: ${countsText(s.bySeverity)}` : "no findings"
  ];
  if (s.suppressed) parts.push(`${s.suppressed} suppressed by policy`);
  const failedChecks = report.verifications.filter((v) => !v.ok).length;
  if (report.verifications.length)
    parts.push(
      `${report.verifications.length - failedChecks}/${report.verifications.length} verifications passed`
    );
  return parts.join("; ");
}
function checkedText(report) {
  const kinds = kindCounts(report).map((k) => `${k.files} ${terminalText(k.kind)}${k.checks ? ` (${k.checks})` : ""}`);
  const skipped = skippedPaths(report);
  return `Checked: ${kinds.length ? kinds.join(", ") : "no files"}${skipped.length ? `; skipped: ${skipped.map(terminalText).join(", ")}` : ""}`;
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
function collapseRepeats(findings) {
  return [...groupBy(findings, (f) => `${f.rule}\0${f.severity}`).values()].map((list) => ({
    first: list[0],
    count: list.length
  }));
}
function findingLines({ first: f, count }, indent, c, rules) {
  const pos = positionText(f);
  const more = count > 1 ? ` [and ${count - 1} more like this]` : "";
  const step = nextStep(f.rule, rules);
  const head = `${indent}${c(f.severity, f.severity.toUpperCase().padEnd(8))} ${f.rule}  ${terminalText(f.message)}`;
  return [
    `${head}${pos ? c("dim", ` (${pos})`) : ""}${more}`,
    `${indent}         ${c("dim", step.fix ? `fix: ${step.fix} (${step.explain})` : `see ${step.explain}`)}`
  ];
}
function findingsSection(shown, c, rules) {
  const out = [];
  for (const [path, list] of groupBy(shown, (f) => f.path)) {
    out.push(c("bold", terminalText(path)));
    const members = [...groupBy(list, (f) => (f.member ?? []).join("\0"))].sort(
      ([a], [b]) => Number(a !== "") - Number(b !== "")
    );
    for (const [member, inMember] of members) {
      const indent = member ? "    " : "  ";
      if (member) out.push(`  ${c("dim", "in")} ${inMember[0].member.map(terminalText).join(" \u2192 ")}`);
      for (const g of collapseRepeats(inMember)) out.push(...findingLines(g, indent, c, rules));
    }
    out.push("");
  }
  return out;
}
function verificationsSection(report, quiet, c) {
  const checks = quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  const out = checks.map(
    (v) => `${v.ok ? c("green", "VERIFIED") : c("high", "FAILED  ")} ${terminalText(v.kind)}  ${terminalText(v.message)}`
  );
  if (out.length) out.push("");
  return out;
}
function policySection(report, c) {
  const out = [];
  const suppressed = report.suppressed ?? [];
  if (suppressed.length) {
    const source = report.policy?.source;
    out.push(c("dim", source ? `Suppressed by policy ${terminalText(source)}:` : "Suppressed by policy:"));
    for (const f of suppressed) {
      const member = f.member?.length ? ` in ${f.member.map(terminalText).join(" \u2192 ")}` : "";
      const until = f.suppression.expires ? ` (until ${terminalText(f.suppression.expires)})` : "";
      out.push(c("dim", `  ${f.rule}  ${terminalText(f.path)}${member}: ${terminalText(f.suppression.reason)}${until}`));
    }
    out.push("");
  }
  return out;
}
function filesSection(report, c) {
  const worst = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const w = worst.get(f.path);
    if (!w) worst.set(f.path, { n: 1, severity: f.severity });
    else {
      w.n++;
      if (severityRank(f.severity) > severityRank(w.severity)) w.severity = f.severity;
    }
  }
  const out = [c("bold", "Files:")];
  for (const file of report.files) {
    const w = worst.get(file.path);
    const verdict = w ? `${plural(w.n, "finding")}, worst ${w.severity}` : "clean";
    const inside = file.contains?.length ? ` (contains ${file.contains.map(terminalText).join(", ")})` : "";
    out.push(
      `  ${terminalText(file.path)}  ${terminalText(file.kind)}${inside}  ${w ? c(w.severity, verdict) : c("green", verdict)}`
    );
  }
  out.push("");
  return out;
}
function renderHuman(report, options) {
  const c = (code, text) => options.color ? `${CODES[code]}${text}${CODES.reset}` : text;
  const quiet = Boolean(options.quiet);
  const shown = quiet ? report.findings.filter((f) => atLeast(f.severity, report.failOn)) : report.findings;
  const out = [
    ...findingsSection(shown, c, options.rules ?? getRule),
    ...verificationsSection(report, quiet, c)
  ];
  if (!quiet) out.push(...policySection(report, c));
  if (options.verbose && !quiet) out.push(...filesSection(report, c));
  if (!quiet && report.files.length) out.push(checkedText(report));
  if (!quiet || report.verdict === "fail") out.push(summaryText(report));
  const verdict = report.verdict === "pass" ? c("green", "PASS") : c("high", "FAIL");
  out.push(`${verdict} (fail-on ${report.failOn}): ${terminalText(report.reason)}`);
  return `${out.join("\n")}
`;
}

export {
  nextStep,
  positionText,
  countsText,
  summaryText,
  checkedText,
  collapseRepeats,
  renderHuman
};
