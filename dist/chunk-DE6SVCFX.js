import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  algorithmForLength,
  algorithmForTag,
  formatSumsLine,
  parseSums
} from "./chunk-FBEN3PSM.js";
import {
  HashPool,
  defaultJobs
} from "./chunk-HD6VATNX.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  DIGEST_ALGORITHMS,
  isDigestAlgorithm
} from "./chunk-EHB32V2H.js";
import {
  allRules,
  getRule,
  isSeverity
} from "./chunk-WRBY765S.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";

// src/cli.ts
import { writeFile } from "node:fs/promises";

// node_modules/cac/dist/index.js
function toArr(any) {
  return any == null ? [] : Array.isArray(any) ? any : [any];
}
function toVal(out, key, val, opts) {
  var x, old = out[key], nxt = !!~opts.string.indexOf(key) ? val == null || val === true ? "" : String(val) : typeof val === "boolean" ? val : !!~opts.boolean.indexOf(key) ? val === "false" ? false : val === "true" || (out._.push((x = +val, x * 0 === 0) ? x : val), !!val) : (x = +val, x * 0 === 0) ? x : val;
  out[key] = old == null ? nxt : Array.isArray(old) ? old.concat(nxt) : [old, nxt];
}
function lib_default(args, opts) {
  args = args || [];
  opts = opts || {};
  var k, arr, arg, name, val, out = { _: [] };
  var i = 0, j = 0, idx = 0, len = args.length;
  const alibi = opts.alias !== void 0;
  const strict = opts.unknown !== void 0;
  const defaults = opts.default !== void 0;
  opts.alias = opts.alias || {};
  opts.string = toArr(opts.string);
  opts.boolean = toArr(opts.boolean);
  if (alibi) for (k in opts.alias) {
    arr = opts.alias[k] = toArr(opts.alias[k]);
    for (i = 0; i < arr.length; i++) (opts.alias[arr[i]] = arr.concat(k)).splice(i, 1);
  }
  for (i = opts.boolean.length; i-- > 0; ) {
    arr = opts.alias[opts.boolean[i]] || [];
    for (j = arr.length; j-- > 0; ) opts.boolean.push(arr[j]);
  }
  for (i = opts.string.length; i-- > 0; ) {
    arr = opts.alias[opts.string[i]] || [];
    for (j = arr.length; j-- > 0; ) opts.string.push(arr[j]);
  }
  if (defaults) for (k in opts.default) {
    name = typeof opts.default[k];
    arr = opts.alias[k] = opts.alias[k] || [];
    if (opts[name] !== void 0) {
      opts[name].push(k);
      for (i = 0; i < arr.length; i++) opts[name].push(arr[i]);
    }
  }
  const keys = strict ? Object.keys(opts.alias) : [];
  for (i = 0; i < len; i++) {
    arg = args[i];
    if (arg === "--") {
      out._ = out._.concat(args.slice(++i));
      break;
    }
    for (j = 0; j < arg.length; j++) if (arg.charCodeAt(j) !== 45) break;
    if (j === 0) out._.push(arg);
    else if (arg.substring(j, j + 3) === "no-") {
      name = arg.substring(j + 3);
      if (strict && !~keys.indexOf(name)) return opts.unknown(arg);
      out[name] = false;
    } else {
      for (idx = j + 1; idx < arg.length; idx++) if (arg.charCodeAt(idx) === 61) break;
      name = arg.substring(j, idx);
      val = arg.substring(++idx) || i + 1 === len || ("" + args[i + 1]).charCodeAt(0) === 45 || args[++i];
      arr = j === 2 ? [name] : name;
      for (idx = 0; idx < arr.length; idx++) {
        name = arr[idx];
        if (strict && !~keys.indexOf(name)) return opts.unknown("-".repeat(j) + name);
        toVal(out, name, idx + 1 < arr.length || val, opts);
      }
    }
  }
  if (defaults) {
    for (k in opts.default) if (out[k] === void 0) out[k] = opts.default[k];
  }
  if (alibi) for (k in out) {
    arr = opts.alias[k] || [];
    while (arr.length > 0) out[arr.shift()] = out[k];
  }
  return out;
}
function removeBrackets(v) {
  return v.replace(/[<[].+/, "").trim();
}
function findAllBrackets(v) {
  const ANGLED_BRACKET_RE_GLOBAL = /<([^>]+)>/g;
  const SQUARE_BRACKET_RE_GLOBAL = /\[([^\]]+)\]/g;
  const res = [];
  const parse = (match) => {
    let variadic = false;
    let value = match[1];
    if (value.startsWith("...")) {
      value = value.slice(3);
      variadic = true;
    }
    return {
      required: match[0].startsWith("<"),
      value,
      variadic
    };
  };
  let angledMatch;
  while (angledMatch = ANGLED_BRACKET_RE_GLOBAL.exec(v)) res.push(parse(angledMatch));
  let squareMatch;
  while (squareMatch = SQUARE_BRACKET_RE_GLOBAL.exec(v)) res.push(parse(squareMatch));
  return res;
}
function getMriOptions(options) {
  const result = {
    alias: /* @__PURE__ */ Object.create(null),
    boolean: []
  };
  for (const [index, option] of options.entries()) {
    if (option.names.length > 1) result.alias[option.names[0]] = option.names.slice(1);
    if (option.isBoolean) {
      if (option.negated) {
        if (!options.some((o, i) => {
          return i !== index && o.names.some((name) => option.names.includes(name)) && typeof o.required === "boolean";
        })) result.boolean.push(option.names[0]);
      } else result.boolean.push(option.names[0]);
    }
  }
  return result;
}
function findLongest(arr) {
  return arr.sort((a, b) => b.length - a.length)[0];
}
function padRight(str, length) {
  return str.length >= length ? str : `${str}${" ".repeat(length - str.length)}`;
}
function camelcase(input) {
  return input.replaceAll(/([a-z])-([a-z])/g, (_, p1, p2) => {
    return p1 + p2.toUpperCase();
  });
}
var UNSAFE_KEYS = /* @__PURE__ */ new Set([
  "__proto__",
  "constructor",
  "prototype"
]);
function setDotProp(obj, keys, val) {
  if (keys.some((key) => UNSAFE_KEYS.has(key))) return;
  let current = obj;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (i === keys.length - 1) {
      current[key] = val;
      return;
    }
    if (current[key] == null) {
      const nextKeyIsArrayIndex = +keys[i + 1] > -1;
      current[key] = nextKeyIsArrayIndex ? [] : {};
    }
    current = current[key];
  }
}
function setByType(obj, transforms) {
  for (const [key, transform] of Object.entries(transforms)) if (transform.shouldTransform && key in obj) {
    obj[key] = [obj[key]].flat();
    if (typeof transform.transformFunction === "function") obj[key] = obj[key].map(transform.transformFunction);
  }
}
function getFileName(input) {
  const m = /([^\\/]+)$/.exec(input);
  return m ? m[1] : "";
}
function camelcaseOptionName(name) {
  return name.split(".").map((v, i) => {
    return i === 0 ? camelcase(v) : v;
  }).join(".");
}
var CACError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CACError";
    if (typeof Error.captureStackTrace !== "function") this.stack = new Error(message).stack;
  }
};
var Option = class {
  rawName;
  description;
  /** Option name */
  name;
  /** Option name and aliases */
  names;
  isBoolean;
  required;
  config;
  negated;
  constructor(rawName, description, config) {
    this.rawName = rawName;
    this.description = description;
    this.config = Object.assign({}, config);
    rawName = rawName.replaceAll(".*", "");
    this.negated = false;
    this.names = removeBrackets(rawName).split(",").map((v) => {
      let name = v.trim().replace(/^-{1,2}/, "");
      if (name.startsWith("no-")) {
        this.negated = true;
        name = name.replace(/^no-/, "");
      }
      return camelcaseOptionName(name);
    }).sort((a, b) => a.length - b.length);
    this.name = this.names.at(-1);
    if (this.negated && this.config.default == null) this.config.default = true;
    if (rawName.includes("<")) this.required = true;
    else if (rawName.includes("[")) this.required = false;
    else this.isBoolean = true;
  }
};
var runtimeInfo;
if (typeof process !== "undefined") {
  let runtimeName;
  if (typeof Deno !== "undefined" && typeof Deno.version?.deno === "string") runtimeName = "deno";
  else if (typeof Bun !== "undefined" && typeof Bun.version === "string") runtimeName = "bun";
  else runtimeName = "node";
  runtimeInfo = `${process.platform}-${process.arch} ${runtimeName}-${process.version}`;
} else if (typeof navigator === "undefined") runtimeInfo = `unknown`;
else runtimeInfo = `${navigator.platform} ${navigator.userAgent}`;
function getRuntimeProcessArgs() {
  return typeof process === "undefined" ? void 0 : process.argv;
}
var Command = class {
  rawName;
  description;
  config;
  cli;
  options;
  aliasNames;
  name;
  args;
  commandAction;
  usageText;
  versionNumber;
  examples;
  helpCallback;
  globalCommand;
  constructor(rawName, description, config = {}, cli) {
    this.rawName = rawName;
    this.description = description;
    this.config = config;
    this.cli = cli;
    this.options = [];
    this.aliasNames = [];
    this.name = removeBrackets(rawName);
    this.args = findAllBrackets(rawName);
    this.examples = [];
  }
  usage(text) {
    this.usageText = text;
    return this;
  }
  allowUnknownOptions() {
    this.config.allowUnknownOptions = true;
    return this;
  }
  ignoreOptionDefaultValue() {
    this.config.ignoreOptionDefaultValue = true;
    return this;
  }
  version(version, customFlags = "-v, --version") {
    this.versionNumber = version;
    this.option(customFlags, "Display version number");
    return this;
  }
  example(example) {
    this.examples.push(example);
    return this;
  }
  /**
  * Add a option for this command
  * @param rawName Raw option name(s)
  * @param description Option description
  * @param config Option config
  */
  option(rawName, description, config) {
    const option = new Option(rawName, description, config);
    this.options.push(option);
    return this;
  }
  alias(name) {
    this.aliasNames.push(name);
    return this;
  }
  action(callback) {
    this.commandAction = callback;
    return this;
  }
  /**
  * Check if a command name is matched by this command
  * @param name Command name
  */
  isMatched(name) {
    return this.name === name || this.aliasNames.includes(name);
  }
  get isDefaultCommand() {
    return this.name === "" || this.aliasNames.includes("!");
  }
  get isGlobalCommand() {
    return this instanceof GlobalCommand;
  }
  /**
  * Check if an option is registered in this command
  * @param name Option name
  */
  hasOption(name) {
    name = name.split(".", 1)[0];
    return this.options.find((option) => {
      return option.names.includes(name);
    });
  }
  outputHelp() {
    const { name, commands } = this.cli;
    const { versionNumber, options: globalOptions, helpCallback } = this.cli.globalCommand;
    let sections = [{ body: `${name}${versionNumber ? `/${versionNumber}` : ""}` }];
    sections.push({
      title: "Usage",
      body: `  $ ${name} ${this.usageText || this.rawName}`
    });
    if ((this.isGlobalCommand || this.isDefaultCommand) && commands.length > 0) {
      const longestCommandName = findLongest(commands.map((command) => command.rawName));
      sections.push({
        title: "Commands",
        body: commands.map((command) => {
          return `  ${padRight(command.rawName, longestCommandName.length)}  ${command.description}`;
        }).join("\n")
      }, {
        title: `For more info, run any command with the \`--help\` flag`,
        body: commands.map((command) => `  $ ${name}${command.name === "" ? "" : ` ${command.name}`} --help`).join("\n")
      });
    }
    let options = this.isGlobalCommand ? globalOptions : [...this.options, ...globalOptions || []];
    if (!this.isGlobalCommand && !this.isDefaultCommand) options = options.filter((option) => option.name !== "version");
    if (options.length > 0) {
      const longestOptionName = findLongest(options.map((option) => option.rawName));
      sections.push({
        title: "Options",
        body: options.map((option) => {
          return `  ${padRight(option.rawName, longestOptionName.length)}  ${option.description} ${option.config.default === void 0 ? "" : `(default: ${option.config.default})`}`;
        }).join("\n")
      });
    }
    if (this.examples.length > 0) sections.push({
      title: "Examples",
      body: this.examples.map((example) => {
        if (typeof example === "function") return example(name);
        return example;
      }).join("\n")
    });
    if (helpCallback) sections = helpCallback(sections) || sections;
    console.info(sections.map((section) => {
      return section.title ? `${section.title}:
${section.body}` : section.body;
    }).join("\n\n"));
  }
  outputVersion() {
    const { name } = this.cli;
    const { versionNumber } = this.cli.globalCommand;
    if (versionNumber) console.info(`${name}/${versionNumber} ${runtimeInfo}`);
  }
  checkRequiredArgs() {
    const minimalArgsCount = this.args.filter((arg) => arg.required).length;
    if (this.cli.args.length < minimalArgsCount) throw new CACError(`missing required args for command \`${this.rawName}\``);
  }
  /**
  * Check if the parsed options contain any unknown options
  *
  * Exit and output error when true
  */
  checkUnknownOptions() {
    const { options, globalCommand } = this.cli;
    if (!this.config.allowUnknownOptions) {
      for (const name of Object.keys(options)) if (name !== "--" && !this.hasOption(name) && !globalCommand.hasOption(name)) throw new CACError(`Unknown option \`${name.length > 1 ? `--${name}` : `-${name}`}\``);
    }
  }
  /**
  * Check if the required string-type options exist
  */
  checkOptionValue() {
    const { options: parsedOptions, globalCommand } = this.cli;
    const options = [...globalCommand.options, ...this.options];
    for (const option of options) {
      const value = parsedOptions[option.name.split(".", 1)[0]];
      if (option.required) {
        const hasNegated = options.some((o) => o.negated && o.names.includes(option.name));
        if (value === true || value === false && !hasNegated) throw new CACError(`option \`${option.rawName}\` value is missing`);
      }
    }
  }
  /**
  * Check if the number of args is more than expected
  */
  checkUnusedArgs() {
    const maximumArgsCount = this.args.some((arg) => arg.variadic) ? Infinity : this.args.length;
    if (maximumArgsCount < this.cli.args.length) throw new CACError(`Unused args: ${this.cli.args.slice(maximumArgsCount).map((arg) => `\`${arg}\``).join(", ")}`);
  }
};
var GlobalCommand = class extends Command {
  constructor(cli) {
    super("@@global@@", "", {}, cli);
  }
};
var CAC = class extends EventTarget {
  /** The program name to display in help and version message */
  name;
  commands;
  globalCommand;
  matchedCommand;
  matchedCommandName;
  /**
  * Raw CLI arguments
  */
  rawArgs;
  /**
  * Parsed CLI arguments
  */
  args;
  /**
  * Parsed CLI options, camelCased
  */
  options;
  showHelpOnExit;
  showVersionOnExit;
  /**
  * @param name The program name to display in help and version message
  */
  constructor(name = "") {
    super();
    this.name = name;
    this.commands = [];
    this.rawArgs = [];
    this.args = [];
    this.options = {};
    this.globalCommand = new GlobalCommand(this);
    this.globalCommand.usage("<command> [options]");
  }
  /**
  * Add a global usage text.
  *
  * This is not used by sub-commands.
  */
  usage(text) {
    this.globalCommand.usage(text);
    return this;
  }
  /**
  * Add a sub-command
  */
  command(rawName, description, config) {
    const command = new Command(rawName, description || "", config, this);
    command.globalCommand = this.globalCommand;
    this.commands.push(command);
    return command;
  }
  /**
  * Add a global CLI option.
  *
  * Which is also applied to sub-commands.
  */
  option(rawName, description, config) {
    this.globalCommand.option(rawName, description, config);
    return this;
  }
  /**
  * Show help message when `-h, --help` flags appear.
  *
  */
  help(callback) {
    this.globalCommand.option("-h, --help", "Display this message");
    this.globalCommand.helpCallback = callback;
    this.showHelpOnExit = true;
    return this;
  }
  /**
  * Show version number when `-v, --version` flags appear.
  *
  */
  version(version, customFlags = "-v, --version") {
    this.globalCommand.version(version, customFlags);
    this.showVersionOnExit = true;
    return this;
  }
  /**
  * Add a global example.
  *
  * This example added here will not be used by sub-commands.
  */
  example(example) {
    this.globalCommand.example(example);
    return this;
  }
  /**
  * Output the corresponding help message
  * When a sub-command is matched, output the help message for the command
  * Otherwise output the global one.
  *
  */
  outputHelp() {
    if (this.matchedCommand) this.matchedCommand.outputHelp();
    else this.globalCommand.outputHelp();
  }
  /**
  * Output the version number.
  *
  */
  outputVersion() {
    this.globalCommand.outputVersion();
  }
  setParsedInfo({ args, options }, matchedCommand, matchedCommandName) {
    this.args = args;
    this.options = options;
    if (matchedCommand) this.matchedCommand = matchedCommand;
    if (matchedCommandName) this.matchedCommandName = matchedCommandName;
    return this;
  }
  unsetMatchedCommand() {
    this.matchedCommand = void 0;
    this.matchedCommandName = void 0;
  }
  /**
  * Parse argv
  */
  parse(argv, { run = true } = {}) {
    if (!argv) {
      const runtimeProcessArgs = getRuntimeProcessArgs();
      if (!runtimeProcessArgs) throw new Error("No argv provided and runtime process argv is not available.");
      argv = runtimeProcessArgs;
    }
    this.rawArgs = argv;
    if (!this.name) this.name = argv[1] ? getFileName(argv[1]) : "cli";
    let shouldParse = true;
    for (const command of this.commands) {
      const parsed = this.mri(argv.slice(2), command);
      const commandName = parsed.args[0];
      if (command.isMatched(commandName)) {
        shouldParse = false;
        const parsedInfo = {
          ...parsed,
          args: parsed.args.slice(1)
        };
        this.setParsedInfo(parsedInfo, command, commandName);
        this.dispatchEvent(new CustomEvent(`command:${commandName}`, { detail: command }));
      }
    }
    if (shouldParse) {
      for (const command of this.commands) if (command.isDefaultCommand) {
        shouldParse = false;
        const parsed = this.mri(argv.slice(2), command);
        this.setParsedInfo(parsed, command);
        this.dispatchEvent(new CustomEvent("command:!", { detail: command }));
      }
    }
    if (shouldParse) {
      const parsed = this.mri(argv.slice(2));
      this.setParsedInfo(parsed);
    }
    if (this.options.help && this.showHelpOnExit) {
      this.outputHelp();
      run = false;
      this.unsetMatchedCommand();
    }
    if (this.options.version && this.showVersionOnExit && this.matchedCommandName == null) {
      this.outputVersion();
      run = false;
      this.unsetMatchedCommand();
    }
    const parsedArgv = {
      args: this.args,
      options: this.options
    };
    if (run) this.runMatchedCommand();
    if (!this.matchedCommand && this.args[0]) this.dispatchEvent(new CustomEvent("command:*", { detail: this.args[0] }));
    return parsedArgv;
  }
  mri(argv, command) {
    const cliOptions = [...this.globalCommand.options, ...command ? command.options : []];
    const mriOptions = getMriOptions(cliOptions);
    let argsAfterDoubleDashes = [];
    const doubleDashesIndex = argv.indexOf("--");
    if (doubleDashesIndex !== -1) {
      argsAfterDoubleDashes = argv.slice(doubleDashesIndex + 1);
      argv = argv.slice(0, doubleDashesIndex);
    }
    let parsed = lib_default(argv, mriOptions);
    parsed = Object.keys(parsed).reduce((res, name) => {
      return {
        ...res,
        [camelcaseOptionName(name)]: parsed[name]
      };
    }, { _: [] });
    const args = parsed._;
    const options = { "--": argsAfterDoubleDashes };
    const ignoreDefault = command && command.config.ignoreOptionDefaultValue ? command.config.ignoreOptionDefaultValue : this.globalCommand.config.ignoreOptionDefaultValue;
    const transforms = /* @__PURE__ */ Object.create(null);
    for (const cliOption of cliOptions) {
      if (!ignoreDefault && cliOption.config.default !== void 0) for (const name of cliOption.names) options[name] = cliOption.config.default;
      if (Array.isArray(cliOption.config.type) && transforms[cliOption.name] === void 0) {
        transforms[cliOption.name] = /* @__PURE__ */ Object.create(null);
        transforms[cliOption.name].shouldTransform = true;
        transforms[cliOption.name].transformFunction = cliOption.config.type[0];
      }
    }
    for (const [key, value] of Object.entries(parsed)) if (key !== "_") {
      setDotProp(options, key.split("."), value);
      setByType(options, transforms);
    }
    return {
      args,
      options
    };
  }
  runMatchedCommand() {
    const { args, options, matchedCommand: command } = this;
    if (!command || !command.commandAction) return;
    command.checkUnknownOptions();
    command.checkOptionValue();
    command.checkRequiredArgs();
    command.checkUnusedArgs();
    const actionArgs = [];
    command.args.forEach((arg, index) => {
      if (arg.variadic) actionArgs.push(args.slice(index));
      else actionArgs.push(args[index]);
    });
    actionArgs.push(options);
    return command.commandAction.apply(this, actionArgs);
  }
};
var cac = (name = "") => new CAC(name);

// src/hash-command.ts
import { readFile } from "node:fs/promises";
async function hashFilesToSums(files, options) {
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  const pool = new HashPool(jobs, { inline: true });
  let status = 0;
  try {
    const results = files.map(
      (f) => pool.hash({ path: f, algorithms: [options.algorithm] }).then(
        (r) => ({ ok: true, hex: r.digests[options.algorithm] }),
        (e) => ({ ok: false, error: describeError(e, f) })
      )
    );
    for (let i = 0; i < files.length; i++) {
      const r = await results[i];
      if (r.ok) options.out(`${formatSumsLine(r.hex, files[i])}
`);
      else {
        options.err(`modelvet: ${r.error}
`);
        status = 2;
      }
    }
  } finally {
    await pool.close();
  }
  return status;
}
function algorithmFor(hexLength, tag, forced) {
  if (tag) return algorithmForTag(tag) ?? void 0;
  return forced ?? algorithmForLength(hexLength) ?? void 0;
}
async function checkSums(sumsPath, options) {
  let text;
  try {
    text = await readFile(sumsPath, "utf8");
  } catch (err) {
    options.err(`modelvet: ${describeError(err, sumsPath)}
`);
    return 2;
  }
  const parsed = parseSums(text);
  if (parsed.entries.length === 0) {
    options.err(`modelvet: ${sumsPath}: no properly formatted checksum lines found
`);
    return 1;
  }
  const jobs = Math.min(options.jobs ?? defaultJobs(), parsed.entries.length);
  const pool = new HashPool(jobs, { inline: true });
  let failed = 0;
  let unreadable = 0;
  let badLines = parsed.malformed.length;
  try {
    const pending = parsed.entries.map((e) => {
      const alg = algorithmFor(e.hex.length, e.tag, options.algorithm);
      if (!alg) return Promise.resolve({ entry: e, state: "badline" });
      return pool.hash({ path: e.name, algorithms: [alg] }).then(
        (r) => ({ entry: e, state: r.digests[alg] === e.hex ? "ok" : "failed" }),
        (err) => ({
          entry: e,
          state: "unreadable",
          error: describeError(err, e.name),
          err
        })
      );
    });
    for (const p of pending) {
      const r = await p;
      if (r.state === "badline") {
        badLines++;
      } else if (r.state === "ok") {
        if (!options.quiet) options.out(`${r.entry.name}: OK
`);
      } else if (r.state === "failed") {
        failed++;
        options.out(`${r.entry.name}: FAILED
`);
      } else if (r.state === "unreadable") {
        const missing = r.err?.code === "NOT_FOUND";
        if (missing && options.ignoreMissing) continue;
        unreadable++;
        options.err(`modelvet: ${r.error}
`);
        options.out(`${r.entry.name}: FAILED open or read
`);
      }
    }
  } finally {
    await pool.close();
  }
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  if (badLines)
    options.err(`modelvet: WARNING: ${plural(badLines, "line is", "lines are")} improperly formatted
`);
  if (unreadable)
    options.err(
      `modelvet: WARNING: ${plural(unreadable, "listed file", "listed files")} could not be read
`
    );
  if (failed)
    options.err(
      `modelvet: WARNING: ${plural(failed, "computed checksum", "computed checksums")} did NOT match
`
    );
  return failed || unreadable ? 1 : 0;
}

// src/cli.ts
var EXIT = { pass: 0, fail: 1, error: 2 };
var FORMATS = ["human", "json", "sarif", "markdown"];
var processIo = () => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
  env: process.env
});
function usage(message) {
  throw new ModelvetError("USAGE", message);
}
function parseJobs(value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    usage(`--jobs must be an integer from 1 to 256, got ${String(value)}`);
  return n;
}
function parseFailOn(value) {
  if (value === void 0) return "high";
  if (!isSeverity(value))
    usage(`--fail-on must be one of info, low, medium, high, critical; got ${String(value)}`);
  return value;
}
function parseFormat(value) {
  if (value === void 0) return "human";
  if (!FORMATS.includes(String(value))) {
    usage(`--format must be one of ${FORMATS.join(", ")}; got ${String(value)}`);
  }
  return value;
}
function asList(value) {
  if (value === void 0) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
function progressPrinter(io, formatBytes) {
  let shown = false;
  return {
    onProgress: (e) => {
      const pct = e.bytesTotal ? (e.bytesDone / e.bytesTotal * 100).toFixed(0) : "100";
      const eta = e.etaSeconds === void 0 ? "" : `, ${Math.ceil(e.etaSeconds)} s left`;
      io.stderr(
        `\r\x1B[2Khashing ${formatBytes(e.bytesDone)} / ${formatBytes(e.bytesTotal)} (${pct}%), ${e.filesDone}/${e.filesTotal} files, ${formatBytes(e.rate)}/s${eta}`
      );
      shown = true;
    },
    clear: () => {
      if (shown) io.stderr("\r\x1B[2K");
    }
  };
}
async function emit(text, output, io) {
  if (typeof output === "string" && output !== "" && output !== "-") await writeFile(output, text);
  else io.stdout(text);
}
async function main(argv, io = processIo()) {
  const cli = cac("modelvet");
  let exitCode = EXIT.pass;
  cli.option("--format <format>", "Report format: human, json, sarif or markdown", { default: "human" }).option("-o, --output <file>", "Write the report to a file instead of stdout").option(
    "--fail-on <severity>",
    "Fail on findings at or above: info, low, medium, high, critical (default: high, or the policy)"
  ).option("-j, --jobs <n>", "Files hashed at once (default: available cores)").option("-q, --quiet", "Print only findings at or above the fail level").option("--no-progress", "Never print a progress line");
  cli.command("scan [...paths]", "Hash and scan model files and folders").option(
    "--algorithm <name>",
    `Extra digest to record besides sha256 (repeatable): ${DIGEST_ALGORITHMS.join(", ")}`
  ).option(
    "--policy <file>",
    "Policy file (default: .modelvet.yml/.yaml/.json here, else at a scanned folder root)"
  ).option("--no-policy-discovery", "Do not look for .modelvet.yml/.yaml/.json (only --policy)").action(async (paths, opts) => {
    if (!paths.length) usage("scan needs at least one path");
    const [
      { scan },
      { resolvePolicy },
      { formatBytes, renderHuman },
      { renderJson },
      { renderMarkdown },
      { renderSarif }
    ] = await Promise.all([
      import("./chunk-RV6V255J.js"),
      import("./chunk-CCHZI7HQ.js"),
      import("./chunk-J6HE6AC6.js"),
      import("./chunk-B7MMGCIC.js"),
      import("./chunk-FV62HFV4.js"),
      import("./chunk-P2JVDC7O.js")
    ]);
    const format = parseFormat(opts.format);
    const failOn = opts.failOn === void 0 ? void 0 : parseFailOn(opts.failOn);
    const { policy, message } = await resolvePolicy(
      typeof opts.policy === "string" ? opts.policy : opts.policyDiscovery === false ? false : void 0,
      paths,
      io.cwd ?? process.cwd(),
      { onWarning: (line) => io.stderr(`modelvet: warning: ${line}
`) }
    );
    if (message) io.stderr(`modelvet: ${message}
`);
    const jobs = parseJobs(opts.jobs);
    const algorithms = asList(opts.algorithm).map((a) => {
      if (!isDigestAlgorithm(a))
        usage(`unknown --algorithm ${a}; choose from ${DIGEST_ALGORITHMS.join(", ")}`);
      return a;
    });
    const showProgress = io.stderrIsTty && format === "human" && opts.progress !== false && !opts.quiet;
    const progress = showProgress ? progressPrinter(io, formatBytes) : void 0;
    const report = await scan(paths, {
      ...failOn ? { failOn } : {},
      ...policy ? { policy } : {},
      ...jobs !== void 0 ? { jobs } : {},
      ...algorithms.length ? { algorithms } : {},
      ...progress ? { onProgress: progress.onProgress } : {}
    });
    progress?.clear();
    const toFile = typeof opts.output === "string" && opts.output !== "-";
    const color = !toFile && io.stdoutIsTty && io.env.NO_COLOR === void 0 && io.env.TERM !== "dumb";
    const text = format === "json" ? renderJson(report) : format === "sarif" ? renderSarif(report, { cwd: io.cwd ?? process.cwd() }) : format === "markdown" ? renderMarkdown(report, { quiet: Boolean(opts.quiet) }) : renderHuman(report, { color, quiet: Boolean(opts.quiet) });
    await emit(text, opts.output, io);
    exitCode = report.verdict === "pass" ? EXIT.pass : EXIT.fail;
  });
  cli.command("hash [...files]", "Print sha256sum-compatible digests, or verify a sums file with --check").option("-c, --check <sums>", "Verify the files listed in a sha256sum/sha512sum/b2sum-style file").option("-a, --algorithm <name>", "sha256 (default), sha512, blake2b512, sha1").option("--ignore-missing", "With --check: do not fail for listed files that are missing").action(async (files, opts) => {
    const jobs = parseJobs(opts.jobs);
    const algorithm = opts.algorithm === void 0 ? void 0 : String(opts.algorithm);
    if (algorithm !== void 0 && (!isDigestAlgorithm(algorithm) || algorithm === "git-sha1")) {
      usage(`unknown --algorithm ${algorithm}; choose from sha256, sha512, blake2b512, sha1`);
    }
    if (opts.check !== void 0) {
      if (files.length) usage("hash --check takes the sums file only, not file arguments");
      exitCode = await checkSums(String(opts.check), {
        ...algorithm ? { algorithm } : {},
        ...jobs !== void 0 ? { jobs } : {},
        quiet: Boolean(opts.quiet),
        ignoreMissing: Boolean(opts.ignoreMissing),
        out: io.stdout,
        err: io.stderr
      });
      return;
    }
    if (!files.length) usage("hash needs at least one file (or --check SUMS)");
    exitCode = await hashFilesToSums(files, {
      algorithm: algorithm ?? "sha256",
      ...jobs !== void 0 ? { jobs } : {},
      out: io.stdout,
      err: io.stderr
    });
  });
  cli.command(
    "policy <action> [file]",
    "Policy files: `policy check FILE` validates one, `policy init` writes a starter"
  ).option("--force", "policy init: overwrite an existing file").option("--stdout", "policy init: print the starter policy instead of writing .modelvet.yml").action(async (action, file, opts) => {
    await import("./chunk-RV6V255J.js");
    const { policyCheck, policyInit } = await import("./chunk-IYU2WMQE.js");
    if (action === "check") {
      if (!file) usage("policy check needs a policy file");
      exitCode = await policyCheck(file, io);
    } else if (action === "init") {
      const out = opts.stdout ? "-" : typeof opts.output === "string" ? opts.output : file;
      exitCode = await policyInit(out, Boolean(opts.force), io);
    } else usage(`unknown policy action ${action}; use check or init`);
  });
  cli.command("sign [path]", "Write an OMS signature bundle (model.sig) for a model folder or file").option("--key <pem>", "EC private key (P-256, P-384, P-521) to sign with").option("--sigstore", "Sign keyless through Sigstore (network and an OIDC token needed)").option("--signature <file>", "Where to write the bundle (default: model.sig in the folder)").option("--ignore-paths <path>", "Leave a path out of the signature (repeatable)").option("--no-ignore-git-paths", "Sign .git, .gitattributes, .github, .gitignore too").option("--allow-symlinks", "Hash symlinked files instead of refusing them").option("--method <method>", "files (default) or shards").option("--shard-size <bytes>", "Shard size for --method shards (default 1000000000)").option(
    "--identity-token <jwt>",
    "OIDC token for --sigstore (default: SIGSTORE_ID_TOKEN or the CI provider)"
  ).option("--fulcio-url <url>", "Fulcio for --sigstore").option("--rekor-url <url>", "Rekor for --sigstore").option("--tsa-url <url>", "Also timestamp with this RFC 3161 TSA (--sigstore)").action(async (path, opts) => {
    const { signCommand } = await import("./chunk-W4LIJZZO.js");
    exitCode = await signCommand(path, opts, io.stdout);
  });
  cli.command(
    "verify [path]",
    "Verify a model against a lock file, checksum file, OMS signature, HF cache or Ollama store"
  ).option("--lock <file>", "Lock file written by `modelvet lock`").option(
    "--sums <file>",
    "sha256sum/sha512sum/b2sum-style checksum file (names relative to the model folder)"
  ).option(
    "--signature <file>",
    "OMS signature bundle (default: model.sig in the folder when a signer is given)"
  ).option("--identity <san>", "Sigstore keyless: the signer identity, matched exactly (with --issuer)").option(
    "--identity-regexp <re>",
    "Sigstore keyless: the signer identity as an anchored regular expression"
  ).option("--issuer <url>", "Sigstore keyless: the OIDC issuer").option(
    "--trusted-root <file>",
    "Sigstore trusted root JSON (default: the public-good root bundled offline)"
  ).option("--key <pem>", "EC public key the signature was made with").option("--certificate-chain <pem>", "CA certificate(s) to chain the signing certificate to (repeatable)").option("--ignore-paths <path>", "Leave a path (relative to the model folder) out (repeatable)").option("--no-ignore-git-paths", "Also verify .git, .gitattributes, .github, .gitignore").option("--ignore-unsigned-files", "Tolerate files the lock or signature does not list").action(async (path, opts) => {
    const { verifyCommand } = await import("./chunk-JD3664AM.js");
    exitCode = await verifyCommand(path, opts, io);
  });
  cli.command(
    "lock [path]",
    "Write modelvet.lock.json (an unsigned OMS statement of every file digest); -o to choose the file"
  ).option("--method <method>", "files (default) or shards").option("--shard-size <bytes>", "Shard size for --method shards (default 1000000000)").option("--hash-type <name>", "sha256 (default), blake2b or blake3").option("--ignore-paths <path>", "Leave a path (relative to the model folder) out (repeatable)").option("--no-ignore-git-paths", "Also lock .git, .gitattributes, .github, .gitignore").option("--allow-symlinks", "Hash symlinked files instead of refusing them").action(async (path, opts) => {
    const { lockCommand } = await import("./chunk-JD3664AM.js");
    exitCode = await lockCommand(path, opts, io.stdout);
  });
  cli.command("explain [rule]", "Explain a rule (or list every rule)").action(async (rule) => {
    await import("./chunk-RV6V255J.js");
    if (!rule) {
      for (const r of allRules()) io.stdout(`${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.title}
`);
      return;
    }
    const def = getRule(rule);
    if (!def) usage(`unknown rule ${rule}; run \`modelvet explain\` for the list`);
    io.stdout(`${def.id} (${def.severity}): ${def.title}

${def.explain}
`);
  });
  cli.help();
  cli.version(VERSION);
  try {
    cli.parse(["node", "modelvet", ...argv], { run: false });
    if (cli.options.help || cli.options.version) return EXIT.pass;
    if (!cli.matchedCommand) {
      if (cli.args.length) usage(`unknown command ${cli.args[0]}; run \`modelvet --help\``);
      cli.outputHelp();
      return EXIT.error;
    }
    await cli.runMatchedCommand();
    return exitCode;
  } catch (err) {
    const isUsage = err.name === "CACError" || err instanceof ModelvetError && err.code === "USAGE";
    io.stderr(`modelvet: ${isUsage ? err.message : describeError(err)}
`);
    if (!isUsage && !(err instanceof ModelvetError) && io.env.MODELVET_DEBUG)
      io.stderr(`${err.stack}
`);
    return EXIT.error;
  }
}
export {
  EXIT,
  main
};
