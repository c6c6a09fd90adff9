import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

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
  return { hub: "huggingface", owner: m[1] ?? "", name: m[2], ...revision ? { revision } : {} };
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
    return { hub: "github", owner: parts[0], name, ...ref ? { revision: ref } : {} };
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
  sortReferences
};
