import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
} from "./chunk-ZKRCEDJQ.js";
import "./chunk-TWVFZO37.js";
import "./chunk-Y7KG3N3V.js";
import "./chunk-4ZKL63OA.js";
import "./chunk-MSJ6EVQR.js";
import "./chunk-DVPFLAQA.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-42DPKT46.js";
import "./chunk-2PR67422.js";
import "./chunk-53VCCM35.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-7QXRXLLW.js";
import "./chunk-3536WSIC.js";
import "./chunk-YKEYWHWZ.js";
export {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
};
