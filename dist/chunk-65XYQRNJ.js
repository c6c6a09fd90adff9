import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
} from "./chunk-H6VAIBAH.js";
import "./chunk-O2MPAEKD.js";
import "./chunk-2WPLFKYL.js";
import "./chunk-I57E2IUY.js";
import "./chunk-JPX4T7H4.js";
import "./chunk-TWVFZO37.js";
import "./chunk-PWEJK443.js";
import "./chunk-WPJ73CAZ.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-TZU2727S.js";
import "./chunk-YKEYWHWZ.js";
export {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
};
