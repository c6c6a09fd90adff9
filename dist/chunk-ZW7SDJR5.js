import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  hfSource
} from "./chunk-EV3X3K7E.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/sources/hf/url.ts
var DEFAULT_HUB = "https://huggingface.co";
function parseHfUrl(input) {
  const m = /^hf:\/\/(?:(datasets|models)\/)?([^@]+?)(?:@(.+))?$/i.exec(input);
  const bad = () => new ModelvetError("USAGE", `${input}: not a Hub reference; expected hf://OWNER/NAME[@REVISION]`);
  if (!m) throw bad();
  const repo = m[2].replace(/\/$/, "");
  const revision = m[3] ? decodeURIComponent(m[3]) : "main";
  const model = hfSource(repo, m[3] ? revision : void 0);
  if (!model?.owner || /[\s\\]|\.\./.test(revision)) throw bad();
  return {
    type: m[1]?.toLowerCase() === "datasets" ? "dataset" : "model",
    repo,
    revision,
    explicitRevision: m[3] !== void 0,
    model
  };
}

export {
  DEFAULT_HUB,
  parseHfUrl
};
