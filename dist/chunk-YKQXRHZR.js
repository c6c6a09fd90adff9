import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HttpByteSource
} from "./chunk-DPDLNQLH.js";
import {
  hfSource,
  isCommit
} from "./chunk-EV3X3K7E.js";
import "./chunk-3XLG4IKU.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";

// src/sources/hf/url.ts
function parseHfUrl(input) {
  const m = /^hf:\/\/(?:(datasets|models)\/)?([^@]+?)(?:@(.+))?$/i.exec(input);
  const bad = () => new ModelvetError("USAGE", `${input}: not a Hub reference; expected hf://OWNER/NAME[@REVISION]`);
  if (!m) throw bad();
  const repo = m[2].replace(/\/$/, "");
  const revision = m[3] ? decodeURIComponent(m[3]) : "main";
  const model = hfSource(repo, m[3] ? revision : void 0);
  if (!model?.owner || /[\s\\]|\.\./.test(revision)) throw bad();
  return {
    type: m[1]?.toLowerCase() === "datasets" ? "dataset" : "model",
    repo,
    revision,
    explicitRevision: m[3] !== void 0,
    model
  };
}

// src/sources/hf/source.ts
var DEFAULT_HUB = "https://huggingface.co";
var enc = (path) => path.split("/").map(encodeURIComponent).join("/");
function apiBase(hub, url) {
  return `${hub}/api/${url.type === "dataset" ? "datasets" : "models"}/${url.repo}`;
}
function resolveBase(hub, url) {
  return `${hub}/${url.type === "dataset" ? "datasets/" : ""}${url.repo}`;
}
function hubError(status, headers, url, hasToken) {
  const code = headers.get("x-error-code");
  const what = `hf://${url.type === "dataset" ? "datasets/" : ""}${url.repo}`;
  if (code === "RevisionNotFound")
    return new ModelvetError("REMOTE_NOT_FOUND", `${what}: revision ${url.revision} not found`);
  if (code === "GatedRepo" || status === 403 && !code)
    return new ModelvetError(
      "REMOTE_AUTH",
      hasToken ? `${what}: gated repository; the token given has no access (accept its conditions on the Hub)` : `${what}: gated repository; set HF_TOKEN or pass --token-file`
    );
  if (code === "RepoNotFound" || status === 404 || status === 401)
    return new ModelvetError(
      status === 401 && !hasToken ? "REMOTE_AUTH" : "REMOTE_NOT_FOUND",
      status === 401 && !hasToken ? `${what}: repository not found, or private/gated (set HF_TOKEN or pass --token-file)` : `${what}: repository not found`
    );
  return new ModelvetError("REMOTE_BAD_RESPONSE", `${what}: the Hub answered HTTP ${status}`);
}
async function getJson(client, href, url, hasToken) {
  const res = await client.get(href, { accept: "application/json" }, `hf://${url.repo}`);
  if (res.status !== 200) throw hubError(res.status, res.headers, url, hasToken);
  try {
    return { json: JSON.parse(res.body.toString("utf8")), headers: res.headers };
  } catch {
    throw new ModelvetError("REMOTE_BAD_RESPONSE", `hf://${url.repo}: the Hub sent a reply that is not JSON`);
  }
}
async function resolveCommit(client, hub, url, hasToken) {
  const { json } = await getJson(
    client,
    `${apiBase(hub, url)}/revision/${encodeURIComponent(url.revision)}`,
    url,
    hasToken
  );
  const sha = json.sha;
  if (typeof sha !== "string" || !isCommit(sha))
    throw new ModelvetError(
      "REMOTE_BAD_RESPONSE",
      `hf://${url.repo}: the Hub gave no commit for ${url.revision}`
    );
  return sha;
}
function nextLink(link) {
  return link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : void 0;
}
async function listTree(client, hub, url, commit, hasToken) {
  const items = [];
  let href = `${apiBase(hub, url)}/tree/${commit}?recursive=true&expand=false`;
  for (let page = 0; href && page < 1e4; page++) {
    const { json, headers } = await getJson(client, href, url, hasToken);
    if (!Array.isArray(json))
      throw new ModelvetError("REMOTE_BAD_RESPONSE", `hf://${url.repo}: the tree listing is not a list`);
    items.push(...json);
    const next = nextLink(headers.get("link"));
    href = next && new URL(next, hub).origin === new URL(hub).origin ? new URL(next, hub).href : void 0;
  }
  return items.filter((i) => i.type === "file" && typeof i.path === "string");
}
async function openHfSource(input, options) {
  const url = parseHfUrl(input);
  const hub = (options.hubUrl ?? DEFAULT_HUB).replace(/\/+$/, "");
  const { client } = options;
  const commit = await resolveCommit(client, hub, url, options.hasToken);
  const tree = await listTree(client, hub, url, commit, options.hasToken);
  const entries = tree.map((item) => {
    const size = item.lfs?.size ?? item.size ?? 0;
    const fileUrl = `${resolveBase(hub, url)}/resolve/${commit}/${enc(item.path)}`;
    const lfsSha256 = item.lfs?.oid ?? item.lfs?.sha256;
    return {
      path: item.path,
      size,
      url: fileUrl,
      integrity: { ...lfsSha256 ? { lfsSha256 } : {}, ...item.oid ? { blobId: item.oid } : {} },
      open: () => new HttpByteSource(client, fileUrl, size, `${input}/${item.path}`)
    };
  });
  return {
    model: url.model,
    input,
    revision: url.revision,
    commit,
    entries,
    client,
    bytesFetched: () => client.bytesReceived
  };
}
export {
  DEFAULT_HUB,
  nextLink,
  openHfSource
};
