import { o as openRemote, r as remoteClient, a as openOllamaSource } from './chunk-DrE2l6nA.js';
import { bs as scanResolvedSource, bt as isCommit } from './chunk-B-6LZOx6.js';
import { n as nameEscapes, r as relativeInside } from './chunk-CXVaUTXl.js';
import { M as ModelvetError, j as createHasher } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { join, dirname } = __mvBuiltin("node:path");
const { createWriteStream } = __mvBuiltin("node:fs");
const { mkdir, rm, rename, writeFile, stat, copyFile, readdir, symlink } = __mvBuiltin("node:fs/promises");

function blobName(e) {
  const sha256 = e.integrity.lfsSha256 ?? e.integrity.sha256;
  if (sha256) return { name: sha256, algorithm: "sha256" };
  if (e.integrity.xetHash)
    throw new ModelvetError(
      "REMOTE_BAD_RESPONSE",
      `${e.path}: Xet-backed with no sha256 in the Hub's listing (only Xet hash ${e.integrity.xetHash}, which modelvet cannot check); nothing was pulled`
    );
  if (e.integrity.blobId) return { name: e.integrity.blobId, algorithm: "git-sha1" };
  throw new ModelvetError(
    "REMOTE_BAD_RESPONSE",
    `${e.path}: the Hub gave no digest for this file; nothing was pulled`
  );
}
async function checkDescribed(e) {
  if (!e.describe) return;
  let info;
  try {
    info = await e.describe();
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    throw new ModelvetError(
      "REMOTE_BAD_RESPONSE",
      `${e.path}: the Hub's file information is unreadable (${err.message}); nothing was placed`,
      { cause: err }
    );
  }
  if (info.size !== e.size)
    throw new ModelvetError(
      "CHANGED_WHILE_READING",
      `${e.path}: the Hub lists ${e.size} bytes but its download states ${info.size}; nothing was placed`
    );
  if (e.integrity.xetHash && info.xetHash && info.xetHash !== e.integrity.xetHash)
    throw new ModelvetError(
      "CHANGED_WHILE_READING",
      `${e.path}: the Hub lists Xet hash ${e.integrity.xetHash} but its download states ${info.xetHash}; nothing was placed`
    );
}
var exists = (p) => stat(p).then(
  () => true,
  () => false
);
function checkPath(path) {
  if (nameEscapes(path).length > 0 || path.includes("\\"))
    throw new ModelvetError(
      "REMOTE_BAD_RESPONSE",
      `${path}: unsafe file path in the tree listing; not pulled`
    );
}
async function downloadVerified(client, e, dest, options, onChunk) {
  const { name, algorithm } = blobName(e);
  const hasher = await createHasher(algorithm, e.size);
  const part = `${dest}.part`;
  const res = await client.stream(e.url, {}, e.path, options.signal);
  if (res.status !== 200 || !res.body)
    throw new ModelvetError("REMOTE_BAD_RESPONSE", `${e.path}: HTTP ${res.status} while downloading`);
  const out = createWriteStream(part, { flags: "w", mode: 420 });
  let got = 0;
  try {
    for await (const chunk of res.body) {
      if (options.signal?.aborted) throw new ModelvetError("USAGE", "interrupted; nothing was placed");
      got += chunk.length;
      client.bytesReceived += chunk.length;
      if (got > e.size) break;
      hasher.update(chunk);
      if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      onChunk(chunk.length);
    }
  } catch (err) {
    await closeStream(out);
    await rm(part, { force: true });
    if (err instanceof ModelvetError) throw err;
    if (options.signal?.aborted) throw new ModelvetError("USAGE", "interrupted; nothing was placed");
    throw new ModelvetError(
      "REMOTE_UNREACHABLE",
      `${e.path}: the transfer was cut after ${got} of ${e.size} bytes`,
      {
        cause: err
      }
    );
  }
  await closeStream(out);
  const digest = hasher.digest();
  if (got !== e.size || digest !== name) {
    await rm(part, { force: true });
    throw new ModelvetError(
      "CHANGED_WHILE_READING",
      got !== e.size ? `${e.path}: received ${got} of ${e.size} bytes; nothing was placed` : `${e.path}: ${algorithm} of the downloaded bytes is ${digest}, the remote metadata states ${name}; nothing was placed`
    );
  }
  await rename(part, dest);
}
function closeStream(out) {
  return new Promise((resolve) => out.end(() => resolve()));
}
async function placeHf(client, source, options) {
  for (const e of source.entries) {
    checkPath(e.path);
    blobName(e);
  }
  const repoFolder = `${options.type}--${source.model.owner}--${source.model.name}`;
  const dest = options.to ?? join(options.cache, repoFolder);
  const staging = `${dest.replace(/[\\/]+$/, "")}.modelvet-staging`;
  const blobs = join(staging, "blobs");
  await mkdir(blobs, { recursive: true });
  const totalBytes = source.entries.reduce((n, e) => n + e.size, 0);
  let doneBytes = 0;
  let downloaded = 0;
  let reused = 0;
  const finalBlobs = options.to ? void 0 : join(dest, "blobs");
  const filesTotal = source.entries.length;
  for (const [filesDone, e] of source.entries.entries()) {
    const { name } = blobName(e);
    const staged = join(blobs, name);
    const placed = finalBlobs ? join(finalBlobs, name) : void 0;
    if (await exists(staged) || placed && await exists(placed)) {
      reused += e.size;
      doneBytes += e.size;
      continue;
    }
    await checkDescribed(e);
    await downloadVerified(client, e, staged, options, (n) => {
      doneBytes += n;
      downloaded += n;
      options.onProgress?.({ file: e.path, fileBytes: e.size, doneBytes, totalBytes, filesDone, filesTotal });
    });
  }
  const path = options.to ? await placePlainFolder(source, staging, options.to) : await placeCacheSnapshot(source, staging, dest);
  await rm(staging, { recursive: true, force: true });
  return { path, downloaded, reused };
}
async function placePlainFolder(source, staging, to) {
  const tree = join(staging, "tree");
  await rm(tree, { recursive: true, force: true });
  for (const e of source.entries) {
    const target = join(tree, e.path);
    await mkdir(dirname(target), { recursive: true });
    await rename(join(staging, "blobs", blobName(e).name), target).catch(async (err) => {
      const first = source.entries.find((x) => x !== e && blobName(x).name === blobName(e).name);
      if (!first) throw err;
      await copyFile(join(tree, first.path), target);
    });
  }
  if (await exists(to)) {
    if ((await readdir(to)).length)
      throw new ModelvetError("USAGE", `--to ${to}: the folder is not empty; nothing was placed`);
    await rm(to, { recursive: true });
  }
  await mkdir(dirname(to), { recursive: true });
  await rename(tree, to);
  return to;
}
async function placeCacheSnapshot(source, staging, repoDir) {
  const blobs = join(repoDir, "blobs");
  await mkdir(blobs, { recursive: true });
  await mkdir(join(repoDir, "snapshots"), { recursive: true });
  for (const e of source.entries) {
    const name = blobName(e).name;
    if (await exists(join(staging, "blobs", name)))
      await rename(join(staging, "blobs", name), join(blobs, name));
  }
  const snapStaged = join(staging, "snapshot");
  await rm(snapStaged, { recursive: true, force: true });
  for (const e of source.entries) {
    const link = join(snapStaged, e.path);
    await mkdir(dirname(link), { recursive: true });
    const depth = e.path.split("/").length - 1;
    await symlink(`${"../".repeat(depth + 2)}blobs/${blobName(e).name}`, link);
  }
  const snapshot = join(repoDir, "snapshots", source.commit);
  if (await exists(snapshot)) await rm(snapshot, { recursive: true, force: true });
  await rename(snapStaged, snapshot);
  if (!isCommit(source.revision)) {
    const ref = join(repoDir, "refs", ...source.revision.split("/"));
    if (relativeInside(join(repoDir, "refs"), ref) === void 0)
      throw new ModelvetError("USAGE", `${source.revision}: not a usable ref name`);
    await mkdir(dirname(ref), { recursive: true });
    await writeFile(ref, source.commit);
  }
  return snapshot;
}
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

// src/sources/pull.ts
async function pull(input, options) {
  const ollama = /^ollama:\/\//i.test(input);
  if (!ollama && !/^hf:\/\//i.test(input))
    throw new ModelvetError("USAGE", `${input}: pull takes an hf:// or ollama:// URL`);
  if (!options.cache === !options.to)
    throw new ModelvetError("USAGE", "pull needs one of --cache DIR or --to DIR");
  if (ollama) return pullOllama(input, options);
  const source = await openRemote(input, options.remote ?? {});
  const report = await scanResolvedSource(source, options);
  if (report.verdict !== "pass") return { report };
  const placed = await placeHf(source.client, source, {
    type: /^hf:\/\/datasets\//i.test(input) ? "datasets" : "models",
    // `|| undefined`: placeHf reads `to ?? cache`, and an empty string is no folder.
    cache: options.cache || void 0,
    to: options.to || void 0,
    signal: options.signal,
    onProgress: options.onPullProgress
  });
  return { report, placed };
}
async function pullOllama(input, options) {
  const remote = options.remote ?? {};
  const client = remoteClient(input, remote);
  const source = await openOllamaSource(input, {
    client,
    registryUrl: remote.registryUrl || void 0
  });
  const report = await scanResolvedSource(source, options);
  if (report.verdict !== "pass") return { report };
  const placed = await placeOllama(client, source, options.to ?? options.cache, {
    signal: options.signal,
    onProgress: options.onPullProgress
  });
  return { report, placed };
}

export { pull as p };
