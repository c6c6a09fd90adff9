import { G as terminalText, W as renderReport, V as parseShard, y as isRemoteUrl, X as resolvePolicy, Y as assembleReport, b as severityRank, u as isWithin, U as REPORT_FORMATS, E as isSeverity, I as SEVERITIES, Z as digestCacheDir, _ as openDigestCache, $ as formatShard, r as relativeInside } from './chunk-CXVaUTXl.js';
import { m as mergeFiles, k as scan, l as scanShard, A as partialJson } from './chunk-B-6LZOx6.js';
import { M as ModelvetError, d as describeError } from './chunk-x8y2Yanw.js';
import { c as loadJsonRenderer, b as loadSarifRenderer, a as loadMarkdownRenderer } from './chunk-C9VzFTM1.js';
import './chunk-DoM6UV22.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { createRequire } = __mvBuiltin("node:module");
const { resolve, join, relative, sep, dirname, isAbsolute } = __mvBuiltin("node:path");
const { mkdtemp, mkdir, writeFile: writeFile$1, stat } = __mvBuiltin("node:fs/promises");
const { tmpdir } = __mvBuiltin("node:os");
const os2 = __mvBuiltin("node:os");
const os2__default = __mvBuiltin("node:os");
const { EOL } = os2__default;
const { openSync, readSync, closeSync } = __mvBuiltin("node:fs");
const fs = __mvBuiltin("node:fs");
const { promises, constants } = __mvBuiltin("node:fs");

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
function issueCommand(command, properties2, message) {
  const cmd = new Command(command, properties2, message);
  process.stdout.write(cmd.toString() + os2.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties2, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties2;
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
function kernelRandom(bytes) {
  let fd;
  try {
    fd = openSync("/dev/urandom", "r");
    return readSync(fd, bytes, 0, bytes.length, null) === bytes.length;
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function randomUUID() {
  const b = Buffer.alloc(16);
  if (!kernelRandom(b)) {
    const crypto = process.getBuiltinModule?.("node:crypto") ?? createRequire(import.meta.url)("node:crypto");
    return crypto.randomUUID();
  }
  b[6] = b[6] & 15 | 64;
  b[8] = b[8] & 63 | 128;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
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
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
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
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, [])).next());
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
    return this.addRaw(EOL);
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
os2__default.platform();
os2__default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name).split("\n").filter((x) => x !== "");
  return inputs.map((input) => input.trim());
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os2.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties2 = {}) {
  issueCommand("error", toCommandProperties(properties2), message instanceof Error ? message.toString() : message);
}
function warning(message, properties2 = {}) {
  issueCommand("warning", toCommandProperties(properties2), message instanceof Error ? message.toString() : message);
}
function notice(message, properties2 = {}) {
  issueCommand("notice", toCommandProperties(properties2), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os2.EOL);
}
var MAX_ERROR_ANNOTATIONS = 9;
var MAX_WARNING_ANNOTATIONS = 10;
function annotationFile(f, workspace) {
  const file = relativeInside(workspace, resolve(workspace, f.path))?.split(sep).join("/");
  return file && terminalText(file) === file ? file : void 0;
}
function properties(f, workspace) {
  const file = annotationFile(f, workspace);
  return {
    title: `${f.severity}: ${f.rule}`,
    ...file ? { file } : {},
    ...file && f.line !== void 0 ? { startLine: f.line } : {},
    ...file && f.line !== void 0 && f.column !== void 0 ? { startColumn: f.column } : {}
  };
}
function annotate(report, workspace) {
  const bySeverity = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const errors = bySeverity.filter((f) => severityRank(f.severity) >= severityRank("high"));
  const warnings = bySeverity.filter((f) => f.severity === "medium");
  const text = (f) => terminalText(`${f.message}${f.member?.length ? ` (in ${f.member.join(" \u2192 ")})` : ""}`);
  for (const f of errors.slice(0, MAX_ERROR_ANNOTATIONS)) error(text(f), properties(f, workspace));
  for (const f of warnings.slice(0, MAX_WARNING_ANNOTATIONS)) warning(text(f), properties(f, workspace));
  const more = Math.max(0, errors.length - MAX_ERROR_ANNOTATIONS) + Math.max(0, warnings.length - MAX_WARNING_ANNOTATIONS);
  const below = report.findings.length - errors.length - warnings.length;
  if (more > 0 || below > 0)
    notice(
      `${more > 0 ? `${more} more high/medium finding${more === 1 ? "" : "s"} and ` : ""}${below} low/info finding${below === 1 ? "" : "s"} are not annotated; see the job summary, the SARIF file and the JSON report`
    );
}

// src/action/inputs.ts
var FAIL_ON_VALUES = [...SEVERITIES, "none"];
var INPUTS = [
  { name: "path", default: "." },
  { name: "policy" },
  { name: "fail-on", values: FAIL_ON_VALUES },
  { name: "format", default: "human", values: REPORT_FORMATS },
  { name: "sarif-file", default: "modelvet.sarif" },
  { name: "report-file", default: "modelvet-report.json" },
  { name: "signature" },
  { name: "identity" },
  { name: "issuer" },
  { name: "key" },
  { name: "lock" },
  { name: "jobs" },
  { name: "shard" },
  { name: "merge" },
  { name: "digest-cache" }
];
function usage(message) {
  throw new ModelvetError("USAGE", message);
}
var optional = (name) => getInput(name) || void 0;
var defaultOf = (name) => INPUTS.find((i) => i.name === name)?.default ?? "";
function reportFileInputs() {
  return {
    sarifFile: optional("sarif-file") ?? defaultOf("sarif-file"),
    reportFile: optional("report-file") ?? defaultOf("report-file")
  };
}
function readFailOn() {
  const text = optional("fail-on")?.toLowerCase();
  if (text === void 0) return { failOn: void 0, reportOnly: false };
  if (text === "none") return { failOn: void 0, reportOnly: true };
  if (!isSeverity(text))
    usage(`input fail-on must be one of ${FAIL_ON_VALUES.join(", ")}; got "${optional("fail-on")}"`);
  return { failOn: text, reportOnly: false };
}
function readFormat() {
  const format = (optional("format") ?? defaultOf("format")).toLowerCase();
  if (!REPORT_FORMATS.includes(format))
    usage(`input format must be one of ${REPORT_FORMATS.join(", ")}; got "${optional("format")}"`);
  return format;
}
function readJobs() {
  const text = optional("jobs");
  if (text === void 0) return void 0;
  const jobs = Number(text);
  if (!/^\d+$/.test(text) || jobs < 1 || jobs > 256)
    usage(`input jobs must be a whole number from 1 to 256; got "${text}"`);
  return jobs;
}
function checkSigner(inputs) {
  if (inputs.identity === void 0 !== (inputs.issuer === void 0))
    usage(
      inputs.identity !== void 0 ? "input identity needs issuer (the OIDC issuer that vouched for the signer)" : "input issuer needs identity (the signer identity to expect)"
    );
  if (inputs.key !== void 0 && inputs.identity !== void 0)
    usage("inputs key and identity/issuer are alternatives: give one way to check the signer");
  if (inputs.signature !== void 0 && inputs.key === void 0 && inputs.identity === void 0)
    usage("input signature needs either key, or identity and issuer, to say who must have signed");
  if (inputs.signature === void 0 && (inputs.key !== void 0 || inputs.identity !== void 0))
    usage("inputs key/identity/issuer need signature (the model.sig bundle to verify)");
}
function checkModes(inputs) {
  if (!inputs.merge.length) return;
  if (inputs.shard) usage("inputs shard and merge are the two halves of a matrix: give one");
  const scanning = [
    ["policy", inputs.policy],
    ["signature", inputs.signature],
    ["lock", inputs.lock],
    ["digest-cache", inputs.digestCache]
  ].filter(([, v]) => v !== void 0);
  if (scanning.length)
    usage(
      `input merge combines what the shard jobs found with their settings: give ${scanning.map(([n]) => n).join(", ")} to the shard jobs`
    );
}
function readInputs() {
  const paths = getMultilineInput("path").map((p) => p.trim()).filter(Boolean);
  const inputs = {
    paths: paths.length ? paths : [defaultOf("path")],
    policy: optional("policy"),
    ...readFailOn(),
    format: readFormat(),
    ...reportFileInputs(),
    signature: optional("signature"),
    identity: optional("identity"),
    issuer: optional("issuer"),
    key: optional("key"),
    lock: optional("lock"),
    jobs: readJobs(),
    shard: optional("shard") === void 0 ? void 0 : parseShard(optional("shard"), "input shard"),
    merge: getMultilineInput("merge").map((l) => l.trim()).filter(Boolean),
    digestCache: optional("digest-cache")
  };
  checkModes(inputs);
  checkSigner(inputs);
  return inputs;
}
async function outputFolder(env) {
  if (env.RUNNER_TEMP) return resolve(env.RUNNER_TEMP);
  return mkdtemp(join(tmpdir(), "modelvet-"));
}
function outputPath(input, name, folder, workspace) {
  const path = isAbsolute(name) ? resolve(name) : resolve(folder, name);
  if (!isWithin(folder, path) || path === folder)
    throw new ModelvetError(
      "USAGE",
      `input ${input} must name a file under RUNNER_TEMP (${folder}); got "${name}"`
    );
  if (isWithin(workspace, path) && !isWithin(workspace, folder))
    throw new ModelvetError("USAGE", `input ${input} must not write into the workspace; got "${name}"`);
  return path;
}
function cacheFolderPath(path, folder, workspace) {
  const at = resolve(folder, path);
  if (isWithin(workspace, at) && !isWithin(workspace, folder))
    throw new ModelvetError("USAGE", `input digest-cache must not be in the workspace; got "${path}"`);
  return at;
}
async function writeOutputFile(path, text) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile$1(path, text);
}
function setOutputs(o) {
  setOutput("verdict", o.verdict);
  setOutput("findings", String(o.findings));
  setOutput("critical", String(o.critical));
  setOutput("high", String(o.high));
  setOutput("sarif-file", o.paths.sarifFile);
  setOutput("report-file", o.paths.reportFile);
}
function setShardOutput(paths) {
  setOutput("report-file", paths.reportFile);
}
async function writeShardInAction(paths, options, reportFile) {
  const partial = await scanShard(paths, options);
  await writeOutputFile(reportFile, partialJson(partial));
  info(
    terminalText(
      `modelvet: shard ${formatShard(partial.shard)}: ${partial.positions.length} of ${partial.total} files scanned; partial result in ${reportFile} (upload it; the merge job decides the verdict)`
    )
  );
}
async function mergeInAction(lines, workspace, failOn) {
  const merged = await mergeFiles(
    lines.map((l) => resolve(workspace, l)),
    failOn
  );
  if (merged.kind === "lock")
    throw new ModelvetError(
      "USAGE",
      "input merge names lock partials; merge them with `modelvet merge -o modelvet.lock.json`"
    );
  return merged.report;
}

// src/action/run.ts
function usage2(message) {
  throw new ModelvetError("USAGE", message);
}
function outputPathsOf(folder, workspace) {
  const names = reportFileInputs();
  const fallback = {
    sarifFile: resolve(folder, "modelvet.sarif"),
    reportFile: resolve(folder, "modelvet-report.json")
  };
  try {
    return {
      paths: {
        sarifFile: outputPath("sarif-file", names.sarifFile, folder, workspace),
        reportFile: outputPath("report-file", names.reportFile, folder, workspace)
      }
    };
  } catch (error2) {
    return { paths: fallback, error: error2 };
  }
}
async function checkFiles(inputs, workspace) {
  if ((inputs.signature !== void 0 || inputs.lock !== void 0) && inputs.paths.length !== 1)
    usage2("inputs signature and lock verify one model: give exactly one path");
  for (const [name, file] of [
    ["signature", inputs.signature],
    ["lock", inputs.lock],
    ["key", inputs.key]
  ])
    if (file !== void 0)
      await stat(resolve(workspace, file)).catch(
        () => usage2(`input ${name} ${file} does not exist in the workspace`)
      );
  for (const p of inputs.paths) {
    if (isRemoteUrl(p)) continue;
    const abs = resolve(workspace, p);
    if (!isWithin(workspace, abs)) usage2(`input path ${p} is outside the workspace ${workspace}`);
    await stat(abs).catch(() => usage2(`input path ${p} does not exist in the workspace`));
  }
}
function signerOf(inputs, abs) {
  if (inputs.key !== void 0) return { kind: "key", keyPath: abs(inputs.key) };
  return { kind: "sigstore", identity: inputs.identity ?? "", issuer: inputs.issuer ?? "" };
}
function verificationOptions(inputs, workspace) {
  if (inputs.signature === void 0 && inputs.lock === void 0) return {};
  const abs = (p) => resolve(workspace, p);
  const verify = {};
  if (inputs.lock !== void 0) verify.lock = abs(inputs.lock);
  if (inputs.signature !== void 0) {
    verify.signature = abs(inputs.signature);
    verify.signers = [signerOf(inputs, abs)];
  }
  return { verify };
}
async function digestCacheFor(inputs, policy, scanned, where) {
  if (inputs.digestCache === void 0 && policy?.digestCache === void 0) return void 0;
  const dir = digestCacheDir({ option: inputs.digestCache, policy });
  if (dir === void 0) return void 0;
  return openDigestCache({
    option: cacheFolderPath(dir, where.folder, where.workspace),
    paths: scanned.map((p) => resolve(where.workspace, p)),
    onWarning: (m) => warning(terminalText(m))
  });
}
async function scanWorkspace(inputs, where) {
  const { workspace } = where;
  await checkFiles(inputs, workspace);
  const shown = inputs.paths.map(
    (p) => isRemoteUrl(p) ? p : relative(workspace, resolve(workspace, p)).split(sep).join("/") || "."
  );
  const remote = {
    token: process.env.HF_TOKEN || void 0,
    hubUrl: process.env.HF_ENDPOINT || void 0
  };
  const local = shown.filter((p) => !isRemoteUrl(p));
  const resolved = await resolvePolicy(inputs.policy, local, workspace, {
    onWarning: (line) => warning(terminalText(`policy: ${line}`))
  });
  if (resolved.message) info(`modelvet: ${terminalText(resolved.message)}`);
  const digestCache = await digestCacheFor(inputs, resolved.policy, shown, where);
  const options = {
    cwd: workspace,
    remote,
    failOn: inputs.failOn,
    policy: resolved.policy,
    jobs: inputs.jobs,
    digestCache,
    ...verificationOptions(inputs, workspace)
  };
  try {
    if (!inputs.shard) return await scan(shown, options);
    await writeShardInAction(shown, { ...options, shard: inputs.shard }, where.reportFile);
    return void 0;
  } finally {
    await digestCache?.flush();
  }
}
async function writeFailure(message, paths, workspace) {
  const report = {
    ...assembleReport({
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      durationMs: 0,
      failOn: "high",
      targets: [],
      files: [],
      findings: [],
      verifications: [],
      bytes: 0
    }),
    verdict: "fail",
    reason: `modelvet did not run: ${message}`
  };
  const [{ renderJson }, { renderSarif }] = await Promise.all([loadJsonRenderer(), loadSarifRenderer()]);
  await writeOutputFile(paths.sarifFile, renderSarif(report, { cwd: workspace, error: message }));
  await writeOutputFile(paths.reportFile, renderJson(report));
}
async function writeSummary(report, paths) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const { MARKDOWN_MAX_BYTES } = await loadMarkdownRenderer();
  try {
    const markdown = await renderReport(report, { format: "markdown", maxBytes: MARKDOWN_MAX_BYTES - 4096 });
    await summary.addRaw(markdown).addEOL().addRaw(
      `<sub>modelvet ${report.tool.version} \xB7 SARIF: \`${paths.sarifFile}\` \xB7 JSON: \`${paths.reportFile}\`</sub>`,
      true
    ).write();
  } catch (err) {
    warning(`could not write the job summary: ${terminalText(describeError(err))}`);
  }
}
async function runAction() {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const folder = await outputFolder(process.env);
  const { paths, error: pathError } = outputPathsOf(folder, workspace);
  let inputs;
  let report;
  try {
    if (pathError) throw pathError;
    inputs = readInputs();
    const result = inputs.merge.length ? await mergeInAction(inputs.merge, workspace, inputs.failOn) : await scanWorkspace(inputs, { workspace, folder, reportFile: paths.reportFile });
    if (!result) {
      setShardOutput(paths);
      return;
    }
    report = result;
  } catch (err) {
    const message = err instanceof ModelvetError && err.code === "USAGE" ? err.message : describeError(err);
    await writeFailure(message, paths, workspace);
    setOutputs({ verdict: "fail", findings: 0, critical: 0, high: 0, paths });
    setFailed(`modelvet: ${terminalText(message)}`);
    return;
  }
  await writeOutputFile(paths.sarifFile, await renderReport(report, { format: "sarif", cwd: workspace }));
  await writeOutputFile(paths.reportFile, await renderReport(report, { format: "json" }));
  info((await renderReport(report, { format: inputs.format, cwd: workspace })).trimEnd());
  await writeSummary(report, paths);
  annotate(report, workspace);
  const { bySeverity } = report.summary;
  setOutputs({
    verdict: report.verdict,
    findings: report.findings.length,
    critical: bySeverity.critical,
    high: bySeverity.high,
    paths
  });
  if (report.verdict === "pass") return;
  if (inputs.reportOnly)
    notice(`modelvet: report only (fail-on: none); would fail: ${terminalText(report.reason)}`);
  else setFailed(`modelvet: ${terminalText(report.reason)}`);
}

// src/action/entry.ts
await runAction();
