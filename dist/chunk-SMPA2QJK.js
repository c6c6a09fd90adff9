import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/shard/spec.ts
import { createHash } from "node:crypto";
var MAX_SHARDS = 4096;
function parseShard(value, name = "--shard") {
  const m = typeof value === "string" ? /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(value) : null;
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new ModelvetError(
      "USAGE",
      `${name} must be K/N with 1 \u2264 K \u2264 N \u2264 ${MAX_SHARDS} (e.g. 2/4); got ${JSON.stringify(String(value))}`
    );
  }
  return { index, count };
}
function formatShard(shard) {
  return `${shard.index}/${shard.count}`;
}
function shardOf(key, count) {
  if (count <= 1) return 1;
  const head = createHash("sha256").update(key).digest().readBigUInt64BE(0);
  return Number(head % BigInt(count)) + 1;
}
function inShard(key, shard) {
  return !shard || shardOf(key, shard.count) === shard.index;
}
function ownsTargetChecks(shard) {
  return !shard || shard.index === 1;
}

// src/sources/source.ts
var isRemoteUrl = (p) => /^(?:hf|ollama):\/\//i.test(p);

export {
  isRemoteUrl,
  MAX_SHARDS,
  parseShard,
  formatShard,
  inShard,
  ownsTargetChecks
};
