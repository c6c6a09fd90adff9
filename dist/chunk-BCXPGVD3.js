import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HashPool,
  defaultJobs
} from "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";
export {
  HashPool,
  defaultJobs
};
