import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/core/hash/digests.ts
import { createHash } from "node:crypto";
var DIGEST_ALGORITHMS = ["sha256", "sha512", "blake2b512", "sha1", "git-sha1", "blake3"];
function isDigestAlgorithm(value) {
  return DIGEST_ALGORITHMS.includes(value);
}
async function createHasher(algorithm, size) {
  if (algorithm === "blake3") {
    const { createBLAKE3 } = await import("./chunk-IJ7UZ7EG.js");
    const b3 = await createBLAKE3();
    b3.init();
    return {
      update: (chunk) => {
        b3.update(chunk);
      },
      digest: () => b3.digest("hex")
    };
  }
  let hash;
  switch (algorithm) {
    case "sha256":
    case "sha512":
    case "blake2b512":
    case "sha1":
      hash = createHash(algorithm);
      break;
    case "git-sha1":
      hash = createHash("sha1");
      hash.update(`blob ${size}\0`);
      break;
  }
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digest: () => hash.digest("hex")
  };
}

export {
  DIGEST_ALGORITHMS,
  isDigestAlgorithm,
  createHasher
};
