import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  mergeLockResources
} from "./chunk-Z66MGIPM.js";
import {
  PARTIAL_FORMAT,
  PARTIAL_VERSION,
  jsonDigest
} from "./chunk-ZU2FL5EE.js";
import "./chunk-EV3X3K7E.js";
import {
  lockManifest
} from "./chunk-DMK3QCTH.js";
import "./chunk-OMQPXWHH.js";
import "./chunk-BKBTHFMR.js";
import {
  rootDigestOf,
  statementJson
} from "./chunk-VRSNAFVI.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-T2RPUNP5.js";
import {
  inShard
} from "./chunk-ZOW5YN2T.js";
import "./chunk-NISXE5VR.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
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
