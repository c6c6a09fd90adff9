import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ZIP_METHOD,
  openZipEntry
} from "./chunk-URGX5T5J.js";
import "./chunk-QI7JCVSX.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";
export {
  ZIP_METHOD,
  openZipEntry
};
