#!/usr/bin/env node
import { V as VERSION, A as loadCli } from './chunk-C9VzFTM1.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { enableCompileCache } = __mvBuiltin("node:module");
const { dirname, isAbsolute, join, resolve, relative, sep } = __mvBuiltin("node:path");
const { mkdirSync, lstatSync, realpathSync } = __mvBuiltin("node:fs");
const { homedir } = __mvBuiltin("node:os");

function processCacheContext(args2) {
  let home = "";
  try {
    home = homedir();
  } catch {
  }
  return { env: process.env, platform: process.platform, home, cwd: process.cwd(), args: args2 };
}
function userCacheBase({
  env,
  platform,
  home
}) {
  if (platform === "win32") return env.LOCALAPPDATA || void 0;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  return home ? join(home, ".cache") : void 0;
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
function userCacheFolder(ctx, name, base = userCacheBase(ctx)) {
  return base === void 0 ? void 0 : join(base, "modelvet", name);
}
function chooseUserCacheFolder(ctx, name) {
  const base = userCacheBase(ctx);
  if (base === void 0) return;
  const folder = userCacheFolder(ctx, name, real(base));
  if (readPaths(ctx).some((p) => within(folder, real(p)) || within(folder, p))) return;
  return folder;
}
function ownFolder(path, platform) {
  const parent = dirname(path);
  try {
    mkdirSync(parent, { recursive: true, mode: 448 });
    if (platform === "win32") return true;
    const st = lstatSync(parent);
    return st.isDirectory() && st.uid === process.getuid?.() && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}

// src/cli/compile-cache.ts
var COMPILE_CACHE = "compile-cache";
function chooseCompileCache(ctx) {
  const { env } = ctx;
  if (env.MODELVET_COMPILE_CACHE === "0" || env.NODE_DISABLE_COMPILE_CACHE || env.NODE_COMPILE_CACHE) return;
  return chooseUserCacheFolder(ctx, COMPILE_CACHE);
}
function enableCliCompileCache(ctx) {
  const folder = chooseCompileCache(ctx);
  if (folder === void 0 || !ownFolder(folder, ctx.platform)) return;
  try {
    enableCompileCache(folder);
  } catch {
  }
}

// src/cli/reader-memory-file.ts
var READER_MEMORY_FILE = "hash-reader.json";
var HASHING_COMMANDS = /* @__PURE__ */ new Set(["hash", "scan", "lock", "verify", "sign", "pull"]);
function readerMemoryFile(ctx) {
  const { env } = ctx;
  if (env.MODELVET_READER_MEMORY === "0" || !HASHING_COMMANDS.has(ctx.args[0] ?? "")) return;
  if (env.MODELVET_HASH_READER && env.MODELVET_HASH_READER !== "auto") return;
  return chooseUserCacheFolder(ctx, READER_MEMORY_FILE);
}
function processReaderMemoryFile(ctx) {
  const file = readerMemoryFile(ctx);
  return file !== void 0 && ownFolder(file, ctx.platform) ? file : void 0;
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
  const cacheContext = processCacheContext(args);
  enableCliCompileCache(cacheContext);
  const readerFile = processReaderMemoryFile(cacheContext);
  const { main, processIo, reexecWithHeapTuning, rememberHashReader } = await loadCli();
  const reader = rememberHashReader(readerFile);
  const onFirstWrite = (stream) => stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(EXIT_BROKEN_PIPE);
    throw err;
  });
  process.exitCode = await main(args, processIo({ tuneHeap: reexecWithHeapTuning, onFirstWrite }));
  await reader.save();
}
