import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  BaseError
} from "./chunk-Q45GNVX7.js";
import {
  describeValue
} from "./chunk-ZODMQ3ZD.js";

// src/verify/oms/errors.ts
var OmsError = class extends BaseError {
  constructor(code, message, options) {
    super(code, oneLine(message), options);
    this.name = "OmsError";
  }
};
function oneLine(message) {
  return message.length > 2e3 ? `${message.slice(0, 1999)}\u2026` : message;
}
function quote(value, max = 120) {
  return describeValue(value, max);
}

export {
  OmsError,
  quote
};
