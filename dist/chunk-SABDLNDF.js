import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  verifyLock,
  writeLock
} from "./chunk-HPLDOC4G.js";
import "./chunk-ICJLAFIK.js";
import "./chunk-LJQGOKMF.js";
import "./chunk-3Q2GSXUS.js";
import "./chunk-DA3HONDT.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-TDG5GJM7.js";
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
  verifyLock,
  writeLock
};
