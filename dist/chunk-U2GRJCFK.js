import {
  lockShard,
  mergeFiles,
  partialJson,
  scanShard
} from "./chunk-WLAHKU66.js";
import {
  scan
} from "./chunk-72BEB4LP.js";
import "./chunk-446ZS3ZS.js";
import "./chunk-PDIE5V46.js";
import {
  allRules,
  getRule,
  verifyPath,
  writeLock
} from "./chunk-22KFBQUV.js";
import "./chunk-7ZPXJQW4.js";
import "./chunk-3D3TQCG7.js";
import "./chunk-EPLVLO66.js";
import "./chunk-3YBL5H2K.js";
import "./chunk-PZZDULOW.js";
import "./chunk-D7U44TQ6.js";
import "./chunk-C4YGHH3Y.js";
import "./chunk-SERLXDJN.js";
import "./chunk-7IS2CWVM.js";
import "./chunk-ZLDTHH75.js";
import "./chunk-A3OMN6A2.js";
import "./chunk-6R2PKCIW.js";
import "./chunk-K3TJFNAJ.js";
import "./chunk-NW7BLDIQ.js";
import "./chunk-PNIPDEE4.js";
import "./chunk-TYAZ6LGC.js";
import "./chunk-ZKNK5WLJ.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-VWZB7IOT.js";
import "./chunk-TSIZJZWS.js";
import "./chunk-5F5QJPKB.js";
import "./chunk-CHHKVE24.js";
import "./chunk-FSNNSRNN.js";
import "./chunk-4UQSOAQ4.js";
import "./chunk-IGWWP2DG.js";
import "./chunk-YQEZEZS2.js";
import "./chunk-PF4UP4U3.js";
import "./chunk-66P5ZTGW.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import {
  formatShard
} from "./chunk-SMPA2QJK.js";
import "./chunk-333ZYWQ3.js";
import "./chunk-FBEN3PSM.js";
import {
  rootContaining
} from "./chunk-EYDS4DR2.js";
import {
  terminalText
} from "./chunk-HXNGW4GU.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-5OVHDXLO.js";
import "./chunk-MIR7RAQO.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
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
  await writePartial(await lockShard(path, options), file, io);
  return 0;
}
export {
  allRules,
  getRule,
  lockShardRun,
  mergeFiles,
  scan,
  scanShardRun,
  verifyPath,
  writeLock
};
