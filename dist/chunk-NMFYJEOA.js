import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  partialJson
} from "./chunk-ZU2FL5EE.js";
import {
  rootContaining
} from "./chunk-B2BCA2JV.js";
import {
  formatShard
} from "./chunk-ZOW5YN2T.js";
import "./chunk-NISXE5VR.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  terminalText
} from "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";

// src/cli/shard.ts
import { stat, writeFile } from "node:fs/promises";
var fileOf = (output) => output !== void 0 && output !== "" && output !== "-" ? output : void 0;
async function directoriesOf(paths) {
  const out = [];
  for (const p of paths) if ((await stat(p).catch(() => void 0))?.isDirectory()) out.push(p);
  return out;
}
async function assertPartialOutside(file, paths) {
  const inside = file === void 0 ? void 0 : await rootContaining(file, await directoriesOf(paths));
  if (inside !== void 0)
    throw new ModelvetError(
      "USAGE",
      `-o ${file} is inside the scanned folder ${inside}: the other shards would see it; write partials elsewhere`
    );
}
async function writePartial(partial, file, io) {
  if (file === void 0) {
    io.stdout(partialJson(partial));
    return;
  }
  try {
    await writeFile(file, partialJson(partial));
  } catch (err) {
    throw new ModelvetError("UNREADABLE", describeError(err, file), { path: file });
  }
  const unit = partial.kind === "lock" ? "resources" : "files";
  const line = `wrote shard ${formatShard(partial.shard)} (${partial.positions.length} of ${partial.total} ${unit}) to ${file}; combine all ${partial.shard.count} with \`modelvet merge\``;
  io.stderr(`modelvet: ${terminalText(line)}
`);
}
async function scanShardRun(paths, options, where, io) {
  const file = fileOf(where.output);
  await assertPartialOutside(file, where.roots);
  const { scanShard } = await import("./chunk-KAER5KGU.js");
  const partial = await scanShard(paths, options);
  where.beforePrint?.();
  await writePartial(partial, file, io);
  return 0;
}
async function lockShardRun(path, options, output, io) {
  if (output === void 0)
    throw new ModelvetError(
      "USAGE",
      "lock --shard needs -o FILE (outside the model folder), or -o - for stdout"
    );
  const file = fileOf(output);
  await assertPartialOutside(file, [path]);
  const { lockShard } = await import("./chunk-QC4USZJM.js");
  await writePartial(await lockShard(path, options), file, io);
  return 0;
}
export {
  lockShardRun,
  scanShardRun
};
