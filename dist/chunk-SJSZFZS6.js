import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  lockManifest,
  verifyLock,
  writeLock
} from "./chunk-QZN6SBSR.js";
import "./chunk-4JAM5XID.js";
import "./chunk-AJ7SMK37.js";
import "./chunk-7QHELHM2.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-5EAPI7LD.js";
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
