#!/usr/bin/env node
import { V as VERSION, A as loadCli } from './chunk-r2e2VO53.js';
import './chunk-BBb8y-by.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { mkdirSync, lstatSync, realpathSync } = __mvBuiltin("node:fs");
const nodeModule = __mvBuiltin("node:module");
const { homedir } = __mvBuiltin("node:os");
const { dirname, isAbsolute, join, resolve, relative, sep } = __mvBuiltin("node:path");

function userCacheBase({ env, platform, home }) {
  if (platform === "win32") return env.LOCALAPPDATA || void 0;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  return home ? join(home, ".cache") : void 0;
}
function compileCacheFolder(ctx, base = userCacheBase(ctx)) {
  return base === void 0 ? void 0 : join(base, "modelvet", "compile-cache");
}
function within(inner, outer) {
  const rel = relative(outer, inner);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function real(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function readPaths(ctx) {
  const words = ctx.args.filter((a) => !a.startsWith("-"));
  const paths = words.slice(1).map((w) => resolve(ctx.cwd, w));
  return paths.length > 0 ? paths : [ctx.cwd];
}
function chooseCompileCache(ctx) {
  const { env } = ctx;
  if (env.MODELVET_COMPILE_CACHE === "0" || env.NODE_DISABLE_COMPILE_CACHE || env.NODE_COMPILE_CACHE) return;
  const base = userCacheBase(ctx);
  if (base === void 0) return;
  const cache = compileCacheFolder(ctx, real(base));
  if (readPaths(ctx).some((p) => within(cache, real(p)) || within(cache, p))) return;
  return cache;
}
function ownFolder(folder, platform) {
  const parent = dirname(folder);
  try {
    mkdirSync(parent, { recursive: true, mode: 448 });
    if (platform === "win32") return true;
    const st = lstatSync(parent);
    return st.isDirectory() && st.uid === process.getuid?.() && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function enableCliCompileCache(args2) {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function") return;
  let home = "";
  try {
    home = homedir();
  } catch {
  }
  const ctx = { env: process.env, platform: process.platform, home, cwd: process.cwd(), args: args2 };
  const folder = chooseCompileCache(ctx);
  if (folder === void 0 || !ownFolder(folder, ctx.platform)) return;
  try {
    enable(folder);
  } catch {
  }
}

// src/bin.ts
var MIN_NODE = [22, 3];
var EXIT_BROKEN_PIPE = 141;
var [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
var args = process.argv.slice(2);
if (!(major > MIN_NODE[0] || major === MIN_NODE[0] && minor >= MIN_NODE[1])) {
  process.stderr.write(`modelvet needs Node >= ${MIN_NODE.join(".")} (found ${process.versions.node})
`);
  process.exitCode = 2;
} else if (args.length === 1 && (args[0] === "--version" || args[0] === "version")) {
  process.stdout.write(`${VERSION}
`);
} else {
  enableCliCompileCache(args);
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (err) => {
      if (err.code === "EPIPE") process.exit(EXIT_BROKEN_PIPE);
      throw err;
    });
  const { main, processIo, reexecWithHeapTuning } = await loadCli();
  process.exitCode = await main(args, { ...processIo(), tuneHeap: reexecWithHeapTuning });
}
