import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  lockManifest,
  verifyLock,
  writeLock
} from "./chunk-DMK3QCTH.js";
import "./chunk-OMQPXWHH.js";
import "./chunk-BKBTHFMR.js";
import "./chunk-VRSNAFVI.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-NISXE5VR.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-ZODMQ3ZD.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";
export {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  lockManifest,
  verifyLock,
  writeLock
};
