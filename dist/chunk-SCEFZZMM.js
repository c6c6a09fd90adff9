import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  verifyLock,
  writeLock
} from "./chunk-SEYORSQX.js";
import "./chunk-I57E2IUY.js";
import "./chunk-JPX4T7H4.js";
import "./chunk-PWEJK443.js";
import "./chunk-WPJ73CAZ.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-E4E3RBLY.js";
import "./chunk-IO3VPQQV.js";
import "./chunk-TZU2727S.js";
import "./chunk-YKEYWHWZ.js";
export {
  LOCK_FILE_NAME,
  MAX_LOCK_BYTES,
  defaultLockPath,
  verifyLock,
  writeLock
};
