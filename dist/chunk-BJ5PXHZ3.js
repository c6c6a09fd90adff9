import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  blobName,
  checkDescribed,
  downloadVerified,
  exists,
  placeHf
} from "./chunk-G4THPABC.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  blobName,
  checkDescribed,
  downloadVerified,
  exists,
  placeHf
};
