import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  downloadVerified,
  exists
} from "./chunk-ZI5HBFQS.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";

// src/sources/ollama/pull.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function placeOllama(client, source, models, options) {
  const staging = join(models, ".modelvet-staging");
  await mkdir(staging, { recursive: true });
  const totalBytes = source.entries.reduce((n, e) => n + e.size, 0);
  let doneBytes = 0;
  let downloaded = 0;
  let reused = 0;
  const filesTotal = source.entries.length;
  for (const [filesDone, e] of source.entries.entries()) {
    const hex = e.integrity.sha256;
    if (await exists(join(staging, hex)) || await exists(join(models, "blobs", `sha256-${hex}`))) {
      reused += e.size;
      doneBytes += e.size;
      continue;
    }
    await downloadVerified(client, e, join(staging, hex), { type: "models", ...options }, (n) => {
      doneBytes += n;
      downloaded += n;
      options.onProgress?.({
        file: e.label ?? e.path,
        fileBytes: e.size,
        doneBytes,
        totalBytes,
        filesDone,
        filesTotal
      });
    });
  }
  await mkdir(join(models, "blobs"), { recursive: true });
  for (const e of source.entries) {
    const hex = e.integrity.sha256;
    if (await exists(join(staging, hex)))
      await rename(join(staging, hex), join(models, "blobs", `sha256-${hex}`));
  }
  const { registry, namespace, model, tag } = source.url;
  const manifest = join(models, "manifests", registry, namespace, model, tag);
  await writeFile(join(staging, "manifest"), source.manifest);
  await mkdir(dirname(manifest), { recursive: true });
  await rename(join(staging, "manifest"), manifest);
  await rm(staging, { recursive: true, force: true });
  return { path: manifest, downloaded, reused };
}
export {
  placeOllama
};
