import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HttpByteSource
} from "./chunk-4Y36WSTO.js";
import {
  layerKind
} from "./chunk-A3JSPFTR.js";
import {
  ollamaSource
} from "./chunk-EV3X3K7E.js";
import "./chunk-3XLG4IKU.js";
import "./chunk-OMQPXWHH.js";
import "./chunk-VRSNAFVI.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-NISXE5VR.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";

// src/sources/ollama/source.ts
var DEFAULT_OLLAMA_REGISTRY = "registry.ollama.ai";
var MANIFEST_TYPES = [
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.oci.image.manifest.v1+json"
].join(", ");
function parseOllamaUrl(input) {
  const m = /^ollama:\/\/(.+)$/i.exec(input);
  const parts = m ? m[1].split("/") : [];
  const registry = parts.length === 3 || parts.length === 2 && /[.:]/.test(parts[0]) ? parts.shift() : void 0;
  const last = parts.pop() ?? "";
  const [model, tag = "latest"] = last.split(":");
  const namespace = parts.pop() ?? "library";
  const ok = /^[a-z0-9][\w.-]*$/i;
  if (!m || parts.length || !model || !ok.test(model) || !ok.test(namespace) || !/^[\w][\w.-]{0,127}$/.test(tag))
    throw new ModelvetError("USAGE", `${input}: expected ollama://[REGISTRY/]NAMESPACE/MODEL:TAG`);
  return { registry: registry ?? DEFAULT_OLLAMA_REGISTRY, namespace, model, tag };
}
function readManifest(body, input) {
  const bad = () => new ModelvetError("REMOTE_BAD_RESPONSE", `${input}: the registry sent a manifest modelvet cannot read`);
  let m;
  try {
    m = JSON.parse(body.toString("utf8"));
  } catch {
    throw bad();
  }
  const layers = [...m.config ? [m.config] : [], ...Array.isArray(m.layers) ? m.layers : []];
  for (const l of layers)
    if (typeof l?.digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(l.digest) || !Number.isSafeInteger(l.size) || l.size < 0)
      throw bad();
  return layers;
}
async function openOllamaSource(input, options) {
  const url = parseOllamaUrl(input);
  const base = (options.registryUrl ?? `https://${url.registry}`).replace(/\/+$/, "");
  const name = `${url.namespace}/${url.model}`;
  const res = await options.client.get(
    `${base}/v2/${name}/manifests/${url.tag}`,
    { accept: MANIFEST_TYPES },
    input
  );
  if (res.status === 404) throw new ModelvetError("REMOTE_NOT_FOUND", `${input}: model or tag not found`);
  if (res.status === 401 || res.status === 403)
    throw new ModelvetError("REMOTE_AUTH", `${input}: the registry refused access (HTTP ${res.status})`);
  if (res.status !== 200)
    throw new ModelvetError("REMOTE_BAD_RESPONSE", `${input}: the registry answered HTTP ${res.status}`);
  const layers = readManifest(res.body, input);
  const entries = layers.map((l) => {
    const hex = l.digest.slice("sha256:".length);
    const blobUrl = `${base}/v2/${name}/blobs/${l.digest}`;
    const kind = layerKind(l.mediaType);
    return {
      // Analyzers see the blob's name, as in a local Ollama store; reports show the layer kind.
      path: `blobs/sha256-${hex}`,
      label: kind,
      size: l.size,
      url: blobUrl,
      integrity: { sha256: hex },
      open: () => new HttpByteSource(options.client, blobUrl, l.size, `${input}/${kind}`)
    };
  });
  const model = ollamaSource(url.registry, url.namespace, url.model, url.tag);
  return {
    model,
    input,
    revision: url.tag,
    commit: `sha256:${(await import("node:crypto")).createHash("sha256").update(res.body).digest("hex")}`,
    entries,
    client: options.client,
    bytesFetched: () => options.client.bytesReceived,
    manifest: res.body,
    url
  };
}
export {
  DEFAULT_OLLAMA_REGISTRY,
  openOllamaSource,
  parseOllamaUrl
};
