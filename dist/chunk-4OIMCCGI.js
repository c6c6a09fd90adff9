import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
} from "./chunk-3N6MQHW5.js";
import "./chunk-2ASEEVWY.js";
import "./chunk-4ZKL63OA.js";
import "./chunk-ICJLAFIK.js";
import "./chunk-3Q2GSXUS.js";
import "./chunk-DA3HONDT.js";
import "./chunk-TWVFZO37.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-TDG5GJM7.js";
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
