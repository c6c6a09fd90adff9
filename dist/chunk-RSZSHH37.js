import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeLockResources
} from "./chunk-2DLVCLWF.js";
import {
  PARTIAL_FORMAT,
  PARTIAL_VERSION,
  jsonDigest
} from "./chunk-YWWUCH5O.js";
import "./chunk-EV3X3K7E.js";
import {
  lockManifest
} from "./chunk-VRE43KTA.js";
import "./chunk-H6L32EXZ.js";
import "./chunk-MSJ6EVQR.js";
import {
  rootDigestOf,
  statementJson
} from "./chunk-DVPFLAQA.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-V7NMCTYZ.js";
import {
  inShard
} from "./chunk-UO5WGXO7.js";
import "./chunk-ZJBWWTGD.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";

// src/shard/lock-shard.ts
async function lockShard(modelPath, options) {
  const { shard, ...lockOptions } = options;
  const { manifest } = await lockManifest(modelPath, {
    ...lockOptions,
    selectResource: (name) => inShard(name, shard)
  });
  const slice = manifest.slice ?? {
    positions: manifest.resources.map((_, i) => i),
    total: manifest.resources.length
  };
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: "lock",
    shard,
    fileListDigest: jsonDigest({
      modelName: manifest.modelName,
      files: manifest.files.map((f) => [f.rel, f.size, f.symlink])
    }),
    settingsDigest: jsonDigest({ tool: VERSION, serialization: manifest.serialization }),
    total: slice.total,
    positions: slice.positions,
    modelName: manifest.modelName,
    serialization: manifest.serialization,
    resources: manifest.resources.map(({ name, algorithm, digest }) => ({ name, algorithm, digest }))
  };
}
function mergeLockText(partials) {
  const { modelName, serialization, resources } = mergeLockResources(partials);
  return `${statementJson({ modelName, serialization, resources, rootDigest: rootDigestOf(resources) })}
`;
}
export {
  lockShard,
  mergeLockText
};
