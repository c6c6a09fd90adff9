import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  lockManifest,
  verifyLock,
  writeLock
} from "./chunk-VRE43KTA.js";
import "./chunk-H6L32EXZ.js";
import "./chunk-MSJ6EVQR.js";
import "./chunk-DVPFLAQA.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-ZJBWWTGD.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  lockManifest,
  verifyLock,
  writeLock
};
