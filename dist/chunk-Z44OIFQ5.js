import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  blobName,
  checkDescribed,
  downloadVerified,
  exists,
  placeHf
} from "./chunk-ZI5HBFQS.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";
export {
  blobName,
  checkDescribed,
  downloadVerified,
  exists,
  placeHf
};
