import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  scan
} from "./chunk-3YSW6FS5.js";
import {
  resolvePolicy
} from "./chunk-VA4FELRP.js";
import {
  MARKDOWN_MAX_BYTES,
  renderMarkdown
} from "./chunk-FWODMWOZ.js";
import {
  renderSarif
} from "./chunk-TVJWHU6X.js";
import "./chunk-WI747P3R.js";
import "./chunk-3WSOERCR.js";
import "./chunk-GEBVKRBB.js";
import "./chunk-NX2AI2TD.js";
import "./chunk-FBEN3PSM.js";
import {
  isWithin,
  relativeInside
} from "./chunk-E4E3RBLY.js";
import "./chunk-RY6BK7YD.js";
import {
  renderHuman
} from "./chunk-LZFS3KT3.js";
import {
  renderJson
} from "./chunk-GH5VI6YS.js";
import "./chunk-NXNOROTZ.js";
import "./chunk-HD6VATNX.js";
import "./chunk-ZOCGWQIB.js";
import "./chunk-EHB32V2H.js";
import "./chunk-JEUGWN7C.js";
import "./chunk-ZAEA47A6.js";
import "./chunk-CKFALU45.js";
import "./chunk-PWEJK443.js";
import {
  isSeverity,
  severityRank
} from "./chunk-WRBY765S.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";

// src/action.ts
import { mkdir as mkdir2, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action.ts
var MAX_ERROR_ANNOTATIONS = 9;
var MAX_WARNING_ANNOTATIONS = 10;
var LOG_FORMATS = ["human", "json", "sarif", "markdown"];
function usage(message) {
  throw new ModelvetError("USAGE", message);
}
var optional = (name) => getInput(name) || void 0;
function readInputs() {
  const paths = getMultilineInput("path").map((p) => p.trim());
  const failOnText = optional("fail-on");
  if (failOnText !== void 0 && !isSeverity(failOnText)) {
    usage(`input fail-on must be one of info, low, medium, high, critical; got "${failOnText}"`);
  }
  const format = optional("format") ?? "human";
  if (!LOG_FORMATS.includes(format)) {
    usage(`input format must be one of ${LOG_FORMATS.join(", ")}; got "${format}"`);
  }
  const jobsText = optional("jobs");
  let jobs;
  if (jobsText !== void 0) {
    jobs = Number(jobsText);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
      usage(`input jobs must be an integer from 1 to 256; got "${jobsText}"`);
    }
  }
  const inputs = {
    paths: paths.length ? paths : ["."],
    policy: optional("policy"),
    failOn: failOnText,
    format,
    sarifFile: optional("sarif-file") ?? "modelvet.sarif",
    reportFile: optional("report-file") ?? "modelvet-report.json",
    signature: optional("signature"),
    identity: optional("identity"),
    issuer: optional("issuer"),
    key: optional("key"),
    lock: optional("lock"),
    jobs
  };
  if (inputs.identity === void 0 !== (inputs.issuer === void 0)) {
    usage(
      inputs.identity !== void 0 ? "input identity needs issuer (the OIDC issuer that vouched for the signer)" : "input issuer needs identity (the signer identity to expect)"
    );
  }
  if (inputs.key !== void 0 && inputs.identity !== void 0) {
    usage("inputs key and identity/issuer are alternatives: give one way to check the signer");
  }
  if (inputs.signature !== void 0 && inputs.key === void 0 && inputs.identity === void 0) {
    usage("input signature needs either key, or identity and issuer, to say who must have signed");
  }
  if (inputs.signature === void 0 && (inputs.key !== void 0 || inputs.identity !== void 0)) {
    usage("inputs key/identity/issuer need signature (the model.sig bundle to verify)");
  }
  return inputs;
}
function outputPath(name, runnerTemp, workspace) {
  return isAbsolute(name) ? name : resolve(runnerTemp ?? workspace, name);
}
function annotationFile(f, workspace) {
  return relativeInside(workspace, resolve(workspace, f.path))?.split(sep).join("/");
}
function annotate(report, workspace) {
  const bySeverity = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const errors = bySeverity.filter((f) => severityRank(f.severity) >= severityRank("high"));
  const warnings = bySeverity.filter((f) => f.severity === "medium");
  const emit = (f, kind) => {
    const file = annotationFile(f, workspace);
    const where = f.member?.length ? ` (in ${f.member.join(" \u2192 ")})` : "";
    const props = {
      title: `${f.severity}: ${f.rule}`,
      ...file ? { file } : {},
      ...file && f.line !== void 0 ? { startLine: f.line } : {},
      ...file && f.line !== void 0 && f.column !== void 0 ? { startColumn: f.column } : {}
    };
    const text = `${f.message}${where}`;
    if (kind === "error") error(text, props);
    else warning(text, props);
  };
  for (const f of errors.slice(0, MAX_ERROR_ANNOTATIONS)) emit(f, "error");
  for (const f of warnings.slice(0, MAX_WARNING_ANNOTATIONS)) emit(f, "warning");
  const more = Math.max(0, errors.length - MAX_ERROR_ANNOTATIONS) + Math.max(0, warnings.length - MAX_WARNING_ANNOTATIONS);
  const below = report.findings.length - errors.length - warnings.length;
  if (more > 0 || below > 0) {
    notice(
      `${more > 0 ? `${more} more high/medium finding${more === 1 ? "" : "s"} and ` : ""}${below} low/info finding${below === 1 ? "" : "s"} are not annotated; see the job summary, the SARIF file and the JSON report`
    );
  }
}
async function runAction() {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const runnerTemp = process.env.RUNNER_TEMP;
  let inputs;
  let report;
  try {
    inputs = readInputs();
    const paths = inputs.paths.map((p) => resolve(workspace, p));
    if ((inputs.signature !== void 0 || inputs.lock !== void 0) && paths.length !== 1) {
      usage("inputs signature and lock verify one model: give exactly one path");
    }
    for (const [name, file] of [
      ["signature", inputs.signature],
      ["lock", inputs.lock],
      ["key", inputs.key]
    ]) {
      if (file !== void 0) {
        await stat2(resolve(workspace, file)).catch(
          () => usage(`input ${name} ${file} does not exist in the workspace`)
        );
      }
    }
    for (const [i, p] of paths.entries()) {
      if (!isWithin(workspace, p))
        usage(`input path ${inputs.paths[i]} is outside the workspace ${workspace}`);
      await stat2(p).catch(() => usage(`input path ${inputs.paths[i]} does not exist in the workspace`));
    }
    const shown = paths.map((p) => relative(workspace, p).split(sep).join("/") || ".");
    const resolved = await resolvePolicy(inputs.policy, shown, workspace, {
      onWarning: (line) => warning(`policy: ${line}`)
    });
    if (resolved.message) info(`modelvet: ${resolved.message}`);
    const options = {
      ...inputs.failOn ? { failOn: inputs.failOn } : {},
      ...resolved.policy ? { policy: resolved.policy } : {},
      ...inputs.jobs !== void 0 ? { jobs: inputs.jobs } : {},
      ...await verificationOptions(inputs, workspace)
    };
    const previous = process.cwd();
    process.chdir(workspace);
    try {
      report = await scan(shown, options);
    } finally {
      process.chdir(previous);
    }
  } catch (err) {
    const usageError = err instanceof ModelvetError && err.code === "USAGE";
    setFailed(`modelvet: ${usageError ? err.message : describeError(err)}`);
    return;
  }
  const sarifFile = outputPath(inputs.sarifFile, runnerTemp, workspace);
  const reportFile = outputPath(inputs.reportFile, runnerTemp, workspace);
  await mkdir2(dirname(sarifFile), { recursive: true });
  await mkdir2(dirname(reportFile), { recursive: true });
  await writeFile2(sarifFile, renderSarif(report, { cwd: workspace }));
  await writeFile2(reportFile, renderJson(report));
  const log = inputs.format === "json" ? renderJson(report) : inputs.format === "sarif" ? renderSarif(report, { cwd: workspace }) : inputs.format === "markdown" ? renderMarkdown(report) : renderHuman(report, { color: false });
  info(log.trimEnd());
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await summary.addRaw(renderMarkdown(report, { maxBytes: MARKDOWN_MAX_BYTES - 4096 })).addEOL().addRaw(
        `<sub>modelvet ${report.tool.version} \xB7 SARIF: \`${sarifFile}\` \xB7 JSON: \`${reportFile}\`</sub>`,
        true
      ).write();
    } catch (err) {
      warning(`could not write the job summary: ${describeError(err)}`);
    }
  }
  annotate(report, workspace);
  setOutput("verdict", report.verdict);
  setOutput("findings", String(report.findings.length));
  setOutput("critical", String(report.summary.bySeverity.critical));
  setOutput("high", String(report.summary.bySeverity.high));
  setOutput("sarif-file", sarifFile);
  setOutput("report-file", reportFile);
  if (report.verdict === "fail") setFailed(`modelvet: ${report.reason}`);
}
async function verificationOptions(inputs, workspace) {
  if (inputs.signature === void 0 && inputs.lock === void 0) return {};
  const abs = (p) => resolve(workspace, p);
  const analyzerOptions = {};
  if (inputs.lock !== void 0) analyzerOptions["verify.lock"] = abs(inputs.lock);
  if (inputs.signature !== void 0) {
    const { omsTrustOptions } = await import("./chunk-EVUELZ6Y.js");
    analyzerOptions["verify.signature"] = abs(inputs.signature);
    analyzerOptions["verify.signers"] = [
      omsTrustOptions({
        ...inputs.identity !== void 0 ? { identity: inputs.identity } : {},
        ...inputs.issuer !== void 0 ? { issuer: inputs.issuer } : {},
        ...inputs.key !== void 0 ? { key: abs(inputs.key) } : {}
      })
    ];
  }
  return { analyzerOptions };
}

// src/action-entry.ts
await runAction();
