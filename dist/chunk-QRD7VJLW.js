import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  blobName,
  downloadVerified,
  exists,
  placeHf
} from "./chunk-WJZ73EP6.js";
import "./chunk-EV3X3K7E.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";
export {
  blobName,
  downloadVerified,
  exists,
  placeHf
};
