import {
  DigestCache,
  HashPool,
  assertCacheOutside,
  defaultJobs
} from "./chunk-EYDS4DR2.js";

// src/digest-cache-option.ts
import { stat } from "node:fs/promises";
function digestCacheDir(choice) {
  const { option, policy } = choice;
  if (option !== void 0) return option;
  return policy && policy.origin !== "scanned-folder" ? policy.digestCache : void 0;
}
async function openDigestCache(choice) {
  const dir = digestCacheDir(choice);
  if (dir === void 0) return void 0;
  const roots = [];
  for (const p of choice.paths) if ((await stat(p).catch(() => void 0))?.isDirectory()) roots.push(p);
  await assertCacheOutside(dir, roots);
  return DigestCache.open(dir, { onWarning: choice.onWarning });
}
async function withDigestCachePool(cache, jobs, fn) {
  if (!cache) return fn(void 0);
  const pool = new HashPool(jobs ?? defaultJobs(), { inline: true, digestCache: cache });
  try {
    return await fn(pool);
  } finally {
    await pool.close();
    await cache.flush();
  }
}

export {
  digestCacheDir,
  openDigestCache,
  withDigestCachePool
};
