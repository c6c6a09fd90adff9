import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
} from "./chunk-FVSWYYEL.js";
import "./chunk-IV3LAPAK.js";
import "./chunk-TWVFZO37.js";
import "./chunk-FVXVN6ID.js";
import "./chunk-I5BYB2BC.js";
import "./chunk-5TYTPVJQ.js";
import "./chunk-VU3GTWOH.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-5IUMLRNX.js";
import "./chunk-AHD6AZJW.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";
export {
  DEFAULT_SIGNATURE_NAME,
  keyBundle,
  keylessBundle,
  parsePrivateKeyPem,
  signModel
};
