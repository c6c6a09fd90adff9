import { a0 as replaceFile, a1 as clip, G as terminalText, B as BufferSource, y as isRemoteUrl, X as resolvePolicy, a2 as withDigestCachePool, Y as assembleReport, a3 as discoverPolicy, a4 as POLICY_FILE_NAMES, C as CORE_SNIFFERS, E as isSeverity, I as SEVERITIES, _ as openDigestCache, V as parseShard, W as renderReport, a5 as isReportFormat, U as REPORT_FORMATS, L as formatBytes, g as parseSums, K as KINDS, a6 as formatDuration, H as HashPool, d as defaultJobs, a7 as formatSumsLine, j as algorithmForTag, k as algorithmForLength } from './chunk-CXVaUTXl.js';
import { V as VERSION, B as loadRunners, C as loadPull, D as loadSigner, E as loadPolicyCommands, e as loadOmsVerify } from './chunk-C9VzFTM1.js';
import { M as ModelvetError, d as describeError, t as threadCalibration, R as READER_STRATEGIES, D as DIGEST_ALGORITHMS, m as monotonicMs, i as isDigestAlgorithm, j as createHasher } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { join, resolve, basename } = __mvBuiltin("node:path");
const { parseArgs } = __mvBuiltin("node:util");
const { stat, writeFile, readFile } = __mvBuiltin("node:fs/promises");
const { lstatSync, openSync, readSync, closeSync, statSync, opendirSync } = __mvBuiltin("node:fs");
const { arch, availableParallelism, cpus, homedir } = __mvBuiltin("node:os");

function usage(message) {
  throw new ModelvetError("USAGE", message);
}
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  return d[a.length][b.length];
}
function closest(name, known) {
  const prefixed = known.filter((k) => k.startsWith(name) || name.startsWith(k));
  if (prefixed.length === 1) return prefixed[0];
  let best;
  for (const k of known) {
    const d = distance(name, k);
    if (d <= Math.max(1, Math.min(2, Math.floor(k.length / 3))) && (!best || d < best.d))
      best = { name: k, d };
  }
  return best?.name;
}
function unknownOption(raw, specs, command) {
  const name = raw.replace(/^-+/, "").split("=")[0];
  const guess = closest(
    name,
    specs.map((s) => s.name)
  );
  usage(
    `${command} has no option ${raw.split("=")[0]}${guess ? `; did you mean --${guess}?` : ""} (see modelvet ${command} --help)`
  );
}
function parserOptions(specs) {
  const options = {
    help: { type: "boolean", short: "h" }
  };
  for (const s of specs)
    options[s.name] = {
      type: s.value ? "string" : "boolean",
      ...s.short ? { short: s.short } : {},
      ...s.multiple ? { multiple: true } : {}
    };
  return options;
}
function parseCommandLine(argv, specs, command) {
  const options = parserOptions(specs);
  const loose = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const seen = /* @__PURE__ */ new Set();
  for (const token of loose.tokens) {
    if (token.kind !== "option") continue;
    const spec = specs.find((s) => s.name === token.name);
    if (!spec && token.name !== "help") unknownOption(token.rawName, specs, command);
    if (!spec) continue;
    if (spec.value && token.value === void 0) usage(`${token.rawName} needs a value (${spec.value})`);
    if (!spec.value && token.inlineValue) usage(`${token.rawName} takes no value`);
    if (!spec.multiple && seen.has(spec.name)) usage(`--${spec.name} is given twice`);
    seen.add(spec.name);
  }
  const { values, positionals } = parseArgs({
    args: [...argv],
    options,
    strict: true,
    allowPositionals: true
  });
  return { values, positionals };
}
var str = (v) => typeof v === "string" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
var flag = (v) => v === true;
function parseJobs(value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > 256)
    usage(`--jobs must be a whole number from 1 to 256, got ${JSON.stringify(value)}`);
  return n;
}
function parseFailOn(value) {
  if (value === void 0) return void 0;
  const lower = value.toLowerCase();
  if (!isSeverity(lower))
    usage(`--fail-on must be one of ${SEVERITIES.join(", ")}; got ${JSON.stringify(value)}`);
  return lower;
}
function parseFormat(value) {
  if (value === void 0) return "human";
  const lower = value.toLowerCase();
  if (!isReportFormat(lower))
    usage(`--format must be one of ${REPORT_FORMATS.join(", ")}; got ${JSON.stringify(value)}`);
  return lower;
}
function parseSize(name, value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    usage(`--${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  return n;
}
function parseChoice(name, value, choices) {
  if (value === void 0) return void 0;
  if (!choices.includes(value))
    usage(`--${name} must be ${choices.join(" or ")}, got ${JSON.stringify(value)}`);
  return value;
}
function requireWith(given, name, needs) {
  if (given) usage(`--${name} ${needs}`);
}
function valueOption(name, value, help, more) {
  return { name, value, help, ...more };
}
function flagOption(name, help, more) {
  return { name, help, ...more };
}
var FORMAT = valueOption(
  "format",
  "FORMAT",
  "Report format: human (default), json, sarif or markdown"
);
var OUTPUT = valueOption("output", "FILE", "Write the report to FILE instead of stdout", {
  short: "o"
});
var FAIL_ON = valueOption(
  "fail-on",
  "SEVERITY",
  "Exit 1 on findings at or above: info, low, medium, high, critical (default: high, or the policy)"
);
var JOBS = valueOption("jobs", "N", "Files hashed at once (default: available cores)", {
  short: "j"
});
var QUIET = flagOption("quiet", "Print only findings at or above the fail level, and the verdict", {
  short: "q"
});
var NO_PROGRESS = flagOption(
  "no-progress",
  "Hide the progress line (shown on a terminal by default, on stderr)"
);
var IGNORE_PATHS = valueOption(
  "ignore-paths",
  "PATH",
  "Leave PATH (relative to the model folder) out; repeatable",
  { multiple: true }
);
var METHOD = valueOption(
  "method",
  "METHOD",
  "OMS serialization: files (one digest per file, default) or shards"
);
var SHARD_SIZE = valueOption(
  "shard-size",
  "BYTES",
  "Shard size for --method shards (default 1000000000)"
);
var ALLOW_SYMLINKS = flagOption(
  "allow-symlinks",
  "Hash the files symbolic links point at instead of refusing them"
);
var DIGEST_CACHE = valueOption(
  "digest-cache",
  "DIR",
  "Reuse the digests of files unchanged since the last run, kept in DIR (outside what is read)"
);
var SCAN_SHARD = valueOption(
  "shard",
  "K/N",
  "Scan shard K of N and write a partial JSON result (-o FILE, or stdout) for `modelvet merge`"
);
var LOCK_SHARD = valueOption(
  "shard",
  "K/N",
  "Hash shard K of N of the files (or byte ranges) into a partial manifest (-o) for `modelvet merge`"
);

// src/cli/explain.ts
var explainCommand = {
  name: "explain",
  summary: "Explain a rule: what it means, why it matters, how to fix or allow it (no rule: list them)",
  args: "[rule]",
  argsHelp: "A rule id, as reports show it (pickle/dangerous-global)",
  oneArg: "rule id",
  examples: ["modelvet explain", "modelvet explain pickle/dangerous-global"],
  async run({ positionals }, io) {
    const rule = positionals[0];
    const { allRules, getRule } = await loadRunners();
    if (rule === void 0) {
      for (const r of allRules()) io.stdout(`${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.title}
`);
      return 0;
    }
    const def = getRule(rule);
    if (!def) {
      const guess = closest(
        rule,
        allRules().map((r) => r.id)
      );
      usage(
        `unknown rule ${rule}${guess ? `; did you mean ${guess}?` : ""} (modelvet explain lists them all)`
      );
    }
    io.stdout(`${def.id} (${def.severity}): ${def.title}

${def.explain}
`);
    return 0;
  }
};
var EXIT = { pass: 0, fail: 1, error: 2 };
function processIo(extra = {}) {
  const opened = /* @__PURE__ */ new Set();
  const writer = (stream) => (s) => {
    const st = stream();
    if (!opened.has(st)) {
      opened.add(st);
      extra.onFirstWrite?.(st);
    }
    st.write(s);
  };
  return {
    stdout: writer(() => process.stdout),
    stderr: writer(() => process.stderr),
    // Getters, not tty.isatty: node:tty loads node:net (3 ms of a start writing to a file or /dev/null).
    get stdoutIsTty() {
      return Boolean(process.stdout.isTTY);
    },
    get stderrIsTty() {
      return Boolean(process.stderr.isTTY);
    },
    env: process.env,
    get stdin() {
      return process.stdin;
    },
    tuneHeap: extra.tuneHeap
  };
}
var cwdOf = (io) => io.cwd ?? process.cwd();
var inCwd = (io) => (p) => io.cwd === void 0 ? p : resolve(io.cwd, p);
var MESSAGE_CHARS = 2e3;
function oneLine(message) {
  const { shown, length } = clip(message, MESSAGE_CHARS);
  return terminalText(length === void 0 ? shown : `${shown} (${length} characters in all)`);
}
function printError(io, message) {
  io.stderr(`modelvet: ${oneLine(message)}
`);
}
function printWarning(io, message) {
  io.stderr(`modelvet: warning: ${oneLine(message)}
`);
}
var toFile = (output) => output !== void 0 && output !== "" && output !== "-";
async function writeReport(report, options, io) {
  const color = !toFile(options.output) && io.stdoutIsTty && io.env.NO_COLOR === void 0 && io.env.TERM !== "dumb";
  const text = await renderReport(report, { ...options, color, cwd: cwdOf(io) });
  if (toFile(options.output)) await writeFile(options.output, text);
  else io.stdout(text);
}
var exitCodeOf = (report) => report.verdict === "pass" ? EXIT.pass : EXIT.fail;
function wantsProgress(io, format, noProgress) {
  return io.stderrIsTty && format === "human" && !noProgress;
}
function progressLine(verb, e, width = 100) {
  const pct = e.bytesTotal ? Math.floor(e.bytesDone / e.bytesTotal * 100) : 100;
  const eta = e.etaSeconds === void 0 ? "" : `, ${formatDuration(e.etaSeconds)} left`;
  const head = `${verb} ${formatBytes(e.bytesDone)} / ${formatBytes(e.bytesTotal)} (${pct}%), ${e.filesDone}/${e.filesTotal} files, ${formatBytes(e.rate)}/s${eta}`;
  if (!e.current) return head;
  const room = Math.max(10, width - head.length - 3);
  const name = terminalText(e.current);
  return `${head}: ${name.length > room ? `\u2026${name.slice(name.length - room + 1)}` : name}`;
}
function progressPrinter(io, verb) {
  let shown = false;
  const width = Number(io.env.COLUMNS) > 20 ? Number(io.env.COLUMNS) - 1 : 100;
  return {
    onProgress: (e) => {
      io.stderr(`\r\x1B[2K${progressLine(verb, e, width)}`);
      shown = true;
    },
    clear: () => {
      if (shown) io.stderr("\r\x1B[2K");
      shown = false;
    }
  };
}

// src/cli/digest-cache.ts
async function digestCacheOf(values, io, paths, policy) {
  const option = str(values["digest-cache"]);
  if (option === "") usage("--digest-cache needs a folder (outside what is scanned)");
  if (option === void 0 && policy?.digestCache === void 0) return void 0;
  const at = inCwd(io);
  return openDigestCache({
    option: option === void 0 ? void 0 : at(option),
    policy,
    paths: paths.map(at),
    onWarning: (m) => printWarning(io, m)
  });
}

// src/cli/hash.ts
var HASH_ALGORITHMS = ["sha256", "sha512", "blake2b512", "sha1", "blake3"];
var STDIN = "-";
async function readStdin(io) {
  if (!io.stdin) usage("no standard input to read");
  const chunks = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
async function hashStdin(io, algorithm) {
  if (!io.stdin) usage("no standard input to read");
  const hasher = await createHasher(algorithm, 0);
  for await (const chunk of io.stdin) hasher.update(chunk);
  return hasher.digest();
}
async function withPool(count, h, fn) {
  const pool = new HashPool(Math.max(1, Math.min(h.jobs ?? defaultJobs(), count)), {
    inline: true,
    digestCache: h.digestCache
  });
  try {
    return await fn(pool);
  } finally {
    await pool.close();
  }
}
function digestOf(pool, h, name, algorithm) {
  const job = name === STDIN ? hashStdin(h.io, algorithm) : pool.hash({ path: h.at(name), algorithms: [algorithm] }).then((r) => r.digests[algorithm]);
  return job.then(
    (hex) => ({ ok: true, hex }),
    (err) => ({
      ok: false,
      error: describeError(err, name),
      // Pool errors are ModelvetErrors: a file that does not exist has the code NOT_FOUND.
      missing: err?.code === "NOT_FOUND"
    })
  );
}
async function printDigests(files, algorithm, h) {
  return withPool(files.length, h, async (pool) => {
    let status = 0;
    const pending = files.map((f) => digestOf(pool, h, f, algorithm));
    for (const [i, p] of pending.entries()) {
      const r = await p;
      if (r.ok) h.io.stdout(`${formatSumsLine(r.hex, files[i])}
`);
      else {
        printError(h.io, r.error);
        status = 1;
      }
    }
    return status;
  });
}
function algorithmFor(e, forced) {
  if (e.tag) return algorithmForTag(e.tag) ?? void 0;
  return forced ?? algorithmForLength(e.hex.length) ?? void 0;
}
async function checkEntries(entries, o, h, tally) {
  const out = (line) => {
    if (!o.status) h.io.stdout(`${line}
`);
  };
  await withPool(entries.length, h, async (pool) => {
    const pending = entries.map((e) => {
      const alg = algorithmFor(e, o.algorithm);
      return alg ? digestOf(pool, h, e.name, alg) : Promise.resolve(void 0);
    });
    for (const [i, p] of pending.entries()) {
      const e = entries[i];
      const r = await p;
      const name = terminalText(e.name);
      if (r === void 0) tally.badLines++;
      else if (r.ok && r.hex === e.hex) {
        tally.checked++;
        if (!o.quiet) out(`${name}: OK`);
      } else if (r.ok) {
        tally.checked++;
        tally.failed++;
        out(`${name}: FAILED`);
      } else if (!(r.missing && o.ignoreMissing)) {
        tally.unreadable++;
        if (!o.status) printError(h.io, r.error);
        out(`${name}: FAILED open or read`);
      }
    }
  });
}
async function checkSumsFiles(sumsFiles, o, h) {
  let status = 0;
  const warn = (s) => {
    if (!o.status) printError(h.io, s);
  };
  for (const file of sumsFiles) {
    let text;
    try {
      text = file === STDIN ? (await readStdin(h.io)).toString("utf8") : await readFile(h.at(file), "utf8");
    } catch (err) {
      printError(h.io, describeError(err, file));
      status = 1;
      continue;
    }
    const parsed = parseSums(text);
    const tally = { failed: 0, unreadable: 0, badLines: parsed.malformed.length, checked: 0 };
    if (parsed.entries.length) await checkEntries(parsed.entries, o, h, tally);
    const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    if (tally.checked + tally.unreadable === 0) {
      const none = tally.badLines - parsed.malformed.length === parsed.entries.length;
      warn(`${file}: ${none ? "no properly formatted checksum lines found" : "no file was verified"}`);
      status = 1;
      continue;
    }
    if (tally.badLines)
      warn(`WARNING: ${plural(tally.badLines, "line is", "lines are")} improperly formatted`);
    if (tally.unreadable)
      warn(`WARNING: ${plural(tally.unreadable, "listed file", "listed files")} could not be read`);
    if (tally.failed)
      warn(`WARNING: ${plural(tally.failed, "computed checksum", "computed checksums")} did NOT match`);
    if (tally.failed || tally.unreadable) status = 1;
  }
  return status;
}
function checkOptionsOf(values) {
  const check = flag(values.check);
  for (const name of ["quiet", "status", "ignore-missing"])
    requireWith(!check && flag(values[name]), name, "is meaningful only when verifying checksums (--check)");
  const algorithm = parseChoice("algorithm", str(values.algorithm), HASH_ALGORITHMS);
  return {
    algorithm,
    quiet: flag(values.quiet),
    status: flag(values.status),
    ignoreMissing: flag(values["ignore-missing"])
  };
}
var hashCommand = {
  name: "hash",
  summary: "Print sha256sum-compatible digests, or check a sums file like sha256sum -c",
  args: "[file...]",
  argsHelp: "Files to hash, or with --check the sums files to verify; - (or none) is standard input",
  options: [
    { name: "check", short: "c", help: "Read digests from the sums files and check them" },
    {
      name: "algorithm",
      short: "a",
      value: "NAME",
      help: `Digest: ${HASH_ALGORITHMS.join(", ")} (default sha256)`
    },
    { name: "ignore-missing", help: "With --check: do not fail for listed files that are missing" },
    { name: "quiet", short: "q", help: "With --check: do not print OK for each file that matches" },
    { name: "status", help: "With --check: print nothing; the exit status says it all" },
    DIGEST_CACHE,
    JOBS
  ],
  examples: [
    "modelvet hash *.safetensors > SHA256SUMS",
    "modelvet hash --check SHA256SUMS",
    "curl -sL URL | modelvet hash -"
  ],
  async run({ values, positionals }, io) {
    const options = checkOptionsOf(values);
    const h = {
      io,
      at: inCwd(io),
      jobs: parseJobs(str(values.jobs)),
      digestCache: void 0
    };
    let files = positionals;
    if (!files.length) {
      if (!io.stdin || io.stdin.isTTY) usage("hash needs files (or - for standard input)");
      files = [STDIN];
    }
    if (files.filter((f) => f === STDIN).length > 1) usage("standard input (-) can be read once");
    h.digestCache = await digestCacheOf(values, io, []);
    try {
      if (flag(values.check)) return await checkSumsFiles(files, options, h);
      return await printDigests(files, options.algorithm ?? "sha256", h);
    } finally {
      await h.digestCache?.flush();
    }
  }
};
var SEMI_SPACE_MIB = 8;
var FLAG = "--max-semi-space-size";
function hasHeapTuning(execArgv, nodeOptions) {
  return execArgv.some((a) => a.startsWith(FLAG)) || (nodeOptions ?? "").includes(FLAG);
}
function tunedArgv(execPath, execArgv, argv) {
  return [
    execPath,
    `${FLAG}=${SEMI_SPACE_MIB}`,
    "--no-allocation-site-pretenuring",
    ...execArgv,
    ...argv.slice(1)
  ];
}
function pathInputs(positionals, at) {
  const given = positionals.length ? positionals : ["."];
  return given.some(isRemoteUrl) ? "unknown" : given.map(at);
}
var MANY_ENTRIES = 1e3;
var BULK_BYTES = 64 * 1024 * 1024;
var PARSED_BYTES = 256 * 1024;
function inputsNeedHeapTuning(inputs) {
  if (inputs === "unknown") return true;
  const pending = [...inputs];
  let entries = 0;
  let parsedBytes = 0;
  while (pending.length) {
    const path = pending.pop();
    if (++entries > MANY_ENTRIES) return true;
    const st = statOrUndefined(path);
    if (st?.isDirectory())
      for (const n of namesIn(path, MANY_ENTRIES + 1 - entries)) pending.push(join(path, n));
    else if (!st?.isFile()) continue;
    else if (st.size < BULK_BYTES) {
      parsedBytes += st.size;
      if (parsedBytes > PARSED_BYTES) return true;
    } else if (startsLikeListedContent(path)) return true;
  }
  return false;
}
function statOrUndefined(path) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function namesIn(dir, limit) {
  const names = [];
  let handle;
  try {
    handle = opendirSync(dir);
    for (let e = handle.readSync(); e !== null && names.length < limit; e = handle.readSync())
      names.push(e.name);
  } catch {
  } finally {
    handle?.closeSync();
  }
  return names;
}
var LISTED_KINDS = /* @__PURE__ */ new Set([
  KINDS.zip,
  KINDS.tar,
  KINDS.sevenZip,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.pickle
]);
var LISTED_SNIFFERS = CORE_SNIFFERS.filter((s) => LISTED_KINDS.has(s.kind) && s.priority >= 90);
var LOOK_HEAD = 512;
function startsLikeListedContent(path) {
  const head = Buffer.alloc(LOOK_HEAD);
  let n = 0;
  try {
    const fd = openSync(path, "r");
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const at = head.subarray(0, n);
  const input = { head: at, size: n, name: "", source: new BufferSource(at, path) };
  return LISTED_SNIFFERS.some((s) => s.match(input) === true);
}
function reexecWithHeapTuning(inputs) {
  const setting = process.env.MODELVET_HEAP_TUNING;
  if (setting === "0") return;
  if (process.platform === "win32" || typeof process.execve !== "function") return;
  if (hasHeapTuning(process.execArgv, process.env.NODE_OPTIONS)) return;
  if (setting !== "1" && !inputsNeedHeapTuning(inputs)) return;
  const argv = tunedArgv(process.execPath, process.execArgv, process.argv);
  try {
    process.execve(process.execPath, argv, process.env);
  } catch {
  }
}
async function lockShard(path, options, shardText, output, io) {
  const shard = parseShard(shardText);
  const file = output && output !== "-" ? inCwd(io)(output) : output;
  return (await loadRunners()).lockShardRun(path, { ...options, shard }, file, io);
}
var lockCommand = {
  name: "lock",
  summary: "Write modelvet.lock.json: an unsigned OMS statement of every file digest",
  args: "[path]",
  argsHelp: "The model folder or file (default: the current folder)",
  oneArg: "model folder or file",
  options: [
    {
      name: "output",
      short: "o",
      value: "FILE",
      help: "Where to write the lock (default: modelvet.lock.json in the folder)"
    },
    METHOD,
    SHARD_SIZE,
    { name: "hash-type", value: "NAME", help: "Digest of the lock: sha256 (default), blake2b or blake3" },
    IGNORE_PATHS,
    { name: "no-ignore-git-paths", help: "Also lock .git, .gitattributes, .github, .gitignore" },
    ALLOW_SYMLINKS,
    DIGEST_CACHE,
    LOCK_SHARD,
    JOBS
  ],
  examples: [
    "modelvet lock ./my-model",
    "modelvet lock ./my-model -o locks/my-model.lock.json",
    "modelvet lock big.gguf --method shards --shard-size 1000000000"
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const path = positionals[0] ?? ".";
    const shardSize = parseSize("shard-size", str(values["shard-size"]));
    const method = parseChoice("method", str(values.method), ["files", "shards"]) ?? (shardSize ? "shards" : "files");
    requireWith(shardSize !== void 0 && method === "files", "shard-size", "needs --method shards");
    const hashType = parseChoice("hash-type", str(values["hash-type"]), ["sha256", "blake2b", "blake3"]) ?? "sha256";
    if (hashType === "blake3" && method === "shards")
      usage("--hash-type blake3 hashes whole files; drop --method shards");
    const jobs = parseJobs(str(values.jobs));
    const output = str(values.output);
    const at = inCwd(io);
    const options = {
      method,
      hashType,
      shardSize,
      allowSymlinks: flag(values["allow-symlinks"]),
      ignorePaths: list(values["ignore-paths"]),
      ignoreGitPaths: !flag(values["no-ignore-git-paths"]),
      jobs
    };
    const digestCache = await digestCacheOf(values, io, [path]);
    return withDigestCachePool(digestCache, jobs, async (pool) => {
      const withPool2 = { ...options, pool };
      const shardText = str(values.shard);
      if (shardText !== void 0) return lockShard(at(path), withPool2, shardText, output, io);
      const { path: written, manifest } = await (await loadRunners()).writeLock(at(path), {
        ...withPool2,
        output: output && output !== "-" ? at(output) : void 0
      });
      const unit = method === "shards" ? "shards" : "files";
      io.stdout(
        `wrote ${written}: ${manifest.resources.length} ${unit} of ${basename(resolve(at(path)))}, root sha256:${manifest.rootDigest}
`
      );
      return 0;
    });
  }
};
var HUB_URL = {
  name: "hub-url",
  value: "URL",
  help: "Hub for hf:// URLs (default: $HF_ENDPOINT, else https://huggingface.co), or registry for ollama://"
};
var TOKEN_FILE = {
  name: "token-file",
  value: "FILE",
  help: "File holding a Hub token for gated or private repositories (default: $HF_TOKEN)"
};
async function remoteOptions(values, io) {
  const tokenFile = str(values["token-file"]);
  let token = io.env.HF_TOKEN?.trim() || void 0;
  if (tokenFile) {
    try {
      token = (await readFile(resolve(cwdOf(io), tokenFile), "utf8")).trim() || void 0;
    } catch {
      usage(`--token-file ${tokenFile}: cannot read the file`);
    }
  }
  const hubUrl = str(values["hub-url"]) ?? (io.env.HF_ENDPOINT || void 0);
  if (hubUrl !== void 0 && !/^https?:\/\/[^/]/.test(hubUrl))
    usage(`--hub-url ${hubUrl}: expected an http(s) URL`);
  return { token, hubUrl, registryUrl: hubUrl };
}
var VERBOSE = {
  name: "verbose",
  short: "v",
  help: "Also list every file with its kind and verdict"
};
function checkTextOptions(format, quiet, verbose) {
  if (format === "json" || format === "sarif") {
    if (quiet) usage(`--quiet changes the human and markdown reports, not --format ${format}`);
    if (verbose) usage(`--verbose changes the human report, not --format ${format}`);
  }
  if (verbose && format === "markdown") usage("--verbose changes the human report, not --format markdown");
  if (verbose && quiet) usage("--verbose and --quiet ask for opposite things; give one");
}
function algorithmsOf(values, format) {
  if (!values.length) return [];
  if (format !== "json")
    usage(
      "--algorithm records extra digests in the JSON report: add --format json (other reports show no digests)"
    );
  return values.map((a) => {
    if (!isDigestAlgorithm(a)) usage(`unknown --algorithm ${a}; choose from ${DIGEST_ALGORITHMS.join(", ")}`);
    return a;
  });
}
function distinctPaths(paths, cwd) {
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((p) => {
    const key = resolve(cwd, p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function formatOf(format, sharded) {
  if (!sharded) return parseFormat(format);
  if (format !== void 0 && format.toLowerCase() !== "json")
    usage(`scan --shard writes a JSON partial result; --format ${format} is for merge`);
  return "json";
}
async function scanShard(paths, options, shardText, output, io, beforePrint) {
  const shard = parseShard(shardText);
  const at = inCwd(io);
  const where = { roots: paths.map(at), output: output && output !== "-" ? at(output) : output, beforePrint };
  return (await loadRunners()).scanShardRun(paths, { ...options, shard }, where, io);
}
var scanCommand = {
  name: "scan",
  summary: "Hash and scan model files and folders: code-execution payloads, integrity, pins",
  args: "[path...]",
  argsHelp: "Files and folders to scan (default: the current folder)",
  options: [
    FORMAT,
    OUTPUT,
    FAIL_ON,
    {
      name: "policy",
      value: "FILE",
      help: "Policy file (default: .modelvet.yml/.yaml/.json here, else at a scanned folder root)"
    },
    { name: "no-policy-discovery", help: "Do not look for .modelvet.yml/.yaml/.json (only --policy)" },
    {
      name: "algorithm",
      value: "NAME",
      multiple: true,
      help: `Extra digest for the JSON report besides sha256 (repeatable): ${DIGEST_ALGORITHMS.filter((a) => a !== "sha256").join(", ")}`
    },
    DIGEST_CACHE,
    SCAN_SHARD,
    JOBS,
    QUIET,
    VERBOSE,
    NO_PROGRESS,
    HUB_URL,
    TOKEN_FILE
  ],
  examples: [
    "modelvet scan ./my-model",
    "modelvet scan . --format sarif -o modelvet.sarif",
    "modelvet scan hf://openai-community/gpt2@607a30d783dfa663caf39e06633721c8d4cfcd7e"
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const runners = loadRunners();
    runners.catch(() => {
    });
    const shardText = str(values.shard);
    const format = formatOf(str(values.format), shardText !== void 0);
    const quiet = flag(values.quiet);
    const verbose = flag(values.verbose);
    checkTextOptions(format, quiet, verbose);
    const failOn = parseFailOn(str(values["fail-on"]));
    const jobs = parseJobs(str(values.jobs));
    const algorithms = algorithmsOf(list(values.algorithm), format);
    const given = positionals.length ? positionals : ["."];
    const remoteUrls = given.filter(isRemoteUrl);
    const paths = [
      ...remoteUrls,
      ...distinctPaths(
        given.filter((p) => !isRemoteUrl(p)),
        cwdOf(io)
      )
    ];
    const remote = remoteUrls.length ? await remoteOptions(values, io) : void 0;
    const policyOption = str(values.policy) ?? (flag(values["no-policy-discovery"]) ? false : void 0);
    const localPaths = paths.filter((p) => !isRemoteUrl(p));
    const { policy, message } = await resolvePolicy(policyOption, localPaths, cwdOf(io), {
      onWarning: (line) => printWarning(io, line)
    });
    if (message) printError(io, message);
    const digestCache = await digestCacheOf(values, io, paths, policy);
    const output = str(values.output);
    const progressFormat = shardText !== void 0 && output && output !== "-" ? "human" : format;
    const progress = wantsProgress(io, progressFormat, flag(values["no-progress"])) ? progressPrinter(io, "scanning") : void 0;
    const options = {
      cwd: cwdOf(io),
      remote,
      failOn,
      policy,
      jobs,
      algorithms: algorithms.length ? algorithms : void 0,
      onProgress: progress?.onProgress,
      digestCache
    };
    try {
      if (shardText !== void 0)
        return await scanShard(paths, options, shardText, output, io, () => progress?.clear());
      const report = await (await runners).scan(paths, options);
      progress?.clear();
      await writeReport(report, { format, quiet, verbose, output }, io);
      return exitCodeOf(report);
    } finally {
      progress?.clear();
      await digestCache?.flush();
    }
  }
};

// src/cli/merge.ts
var mergeCommand = {
  name: "merge",
  summary: "Combine the partial results of `scan --shard` (or `lock --shard`) into one report and verdict (or one lock file)",
  args: "<partial...>",
  argsHelp: "Partial results of every shard, or folders of them (their *.json files, as downloaded artifacts)",
  options: [
    FORMAT,
    { ...OUTPUT, help: "Write the report (or, for lock partials, the lock file) to FILE instead of stdout" },
    {
      ...FAIL_ON,
      help: "Exit 1 on findings at or above: info, low, medium, high, critical (default: as the shards ran)"
    },
    QUIET,
    VERBOSE
  ],
  examples: [
    "modelvet merge partials/",
    "modelvet merge --format sarif -o modelvet.sarif partial-*.json",
    "modelvet merge -o modelvet.lock.json lock-1.json lock-2.json lock-3.json"
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const format = parseFormat(str(values.format));
    const quiet = flag(values.quiet);
    const verbose = flag(values.verbose);
    checkTextOptions(format, quiet, verbose);
    const failOn = parseFailOn(str(values["fail-on"]));
    const at = inCwd(io);
    const output = str(values.output);
    const file = output !== void 0 && output !== "" && output !== "-" ? at(output) : void 0;
    const merged = await (await loadRunners()).mergeFiles(positionals.map(at), failOn);
    if (merged.kind === "scan") {
      await writeReport(merged.report, { format, quiet, verbose, output: file }, io);
      return exitCodeOf(merged.report);
    }
    if (values.format !== void 0 || quiet || verbose)
      usage("lock partials merge into a lock file; --format, --quiet and --verbose do not apply");
    if (file) await writeFile(file, merged.lockText);
    else io.stdout(merged.lockText);
    return EXIT.pass;
  }
};

// src/cli/policy-commands.ts
var policyCheckCommand = {
  name: "policy check",
  summary: "Validate a policy file (default: the one a scan here would use)",
  args: "[file]",
  argsHelp: "The policy file (default: .modelvet.yml/.yaml/.json in the current folder)",
  oneArg: "policy file",
  examples: ["modelvet policy check", "modelvet policy check ci/.modelvet.yml"],
  async run({ positionals }, io) {
    let file = positionals[0];
    if (file === void 0) {
      const found = await discoverPolicy([], cwdOf(io));
      if (!found)
        usage(`no policy file here (${POLICY_FILE_NAMES.join(", ")}); name one: modelvet policy check FILE`);
      file = found.file;
    }
    const shown = file;
    const { policyCheck } = await loadPolicyCommands();
    return policyCheck(inCwd(io)(shown), io);
  }
};
var policyInitCommand = {
  name: "policy init",
  summary: "Write a commented starter policy (.modelvet.yml)",
  args: "[file]",
  argsHelp: "Where to write it (default: .modelvet.yml in the current folder)",
  oneArg: "file name",
  options: [
    { name: "force", help: "Overwrite an existing file" },
    { name: "stdout", help: "Print the starter policy instead of writing a file" }
  ],
  examples: ["modelvet policy init", "modelvet policy init --stdout > ci/.modelvet.yml"],
  async run({ values, positionals }, io) {
    const stdout = flag(values.stdout);
    if (stdout && positionals.length) usage("--stdout prints the policy; drop the file name, or --stdout");
    if (stdout && flag(values.force)) usage("--force overwrites a file; --stdout writes none");
    const target = stdout ? "-" : positionals[0] ?? ".modelvet.yml";
    const { policyInit } = await loadPolicyCommands();
    return policyInit(target === "-" ? target : inCwd(io)(target), flag(values.force), io);
  }
};
function defaultStore(url, env) {
  if (!/^ollama:/i.test(url)) return defaultHfCache(env);
  return env.OLLAMA_MODELS ?? join(homedir(), ".ollama", "models");
}
function defaultHfCache(env) {
  if (env.HF_HUB_CACHE) return env.HF_HUB_CACHE;
  const home = env.HF_HOME ?? join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "huggingface");
  return join(home, "hub");
}
function progressOf(io, format, off) {
  if (!wantsProgress(io, format, off)) return void 0;
  const printer = progressPrinter(io, "pulling");
  const started = monotonicMs();
  let shownAt = Number.NEGATIVE_INFINITY;
  let shownFile = "";
  return {
    clear: printer.clear,
    on: (p) => {
      const now = monotonicMs();
      if (now - shownAt < 100 && p.file === shownFile && p.doneBytes < p.totalBytes) return;
      shownAt = now;
      shownFile = p.file;
      const elapsedMs = now - started;
      const rate = elapsedMs > 0 ? p.doneBytes / elapsedMs * 1e3 : 0;
      printer.onProgress({
        bytesDone: p.doneBytes,
        bytesTotal: p.totalBytes,
        filesDone: p.filesDone,
        filesTotal: p.filesTotal,
        rate,
        etaSeconds: rate > 0 && elapsedMs > 1e3 ? (p.totalBytes - p.doneBytes) / rate : void 0,
        elapsedMs,
        current: p.file
      });
    }
  };
}
var pullCommand = {
  name: "pull",
  summary: "Scan a Hugging Face repo or Ollama model in place, then download and place it only if it passes",
  args: "<hf://OWNER/NAME@REVISION | ollama://MODEL:TAG>",
  argsHelp: "The repository and revision (a commit pins the content; a branch is reported)",
  options: [
    {
      name: "cache",
      value: "DIR",
      help: "Cache to place it in (default: $HF_HUB_CACHE or $HF_HOME/hub; $OLLAMA_MODELS or ~/.ollama/models)"
    },
    { name: "to", value: "DIR", help: "Place the files in a plain folder instead of the cache" },
    FORMAT,
    OUTPUT,
    FAIL_ON,
    HUB_URL,
    TOKEN_FILE,
    QUIET,
    NO_PROGRESS
  ],
  examples: [
    "modelvet pull hf://openai-community/gpt2@607a30d783dfa663caf39e06633721c8d4cfcd7e",
    "modelvet pull hf://org/model@main --to ./model",
    "modelvet pull ollama://library/llama3.2:1b"
  ],
  inputs: () => "unknown",
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) usage("pull takes one hf:// or ollama:// URL");
    const format = parseFormat(str(values.format));
    const failOn = parseFailOn(str(values["fail-on"]));
    const to = str(values.to);
    const cacheOpt = str(values.cache);
    if (to && cacheOpt) usage("give --cache or --to, not both");
    const remote = await remoteOptions(values, io);
    const progress = progressOf(io, format, flag(values["no-progress"]));
    const abort = new AbortController();
    const onSigint = () => abort.abort();
    process.once("SIGINT", onSigint);
    try {
      const { pull } = await loadPull();
      const { report, placed } = await pull(positionals[0], {
        remote,
        failOn,
        ...to ? { to: resolve(cwdOf(io), to) } : { cache: resolve(cwdOf(io), cacheOpt ?? defaultStore(positionals[0], io.env)) },
        signal: abort.signal,
        onPullProgress: progress?.on
      });
      progress?.clear();
      await writeReport(report, { format, quiet: flag(values.quiet), output: str(values.output) }, io);
      if (placed)
        printError(
          io,
          `placed ${placed.path} (${placed.downloaded} bytes downloaded, ${placed.reused} reused)`
        );
      else printError(io, "verdict did not pass: nothing was downloaded or placed");
      return exitCodeOf(report);
    } finally {
      process.removeListener("SIGINT", onSigint);
      progress?.clear();
    }
  }
};

// src/cli/sign.ts
var KEYLESS_OPTIONS = ["identity-token", "fulcio-url", "rekor-url", "tsa-url"];
function keylessOf(values) {
  const sigstore = flag(values.sigstore);
  for (const name of KEYLESS_OPTIONS)
    requireWith(!sigstore && str(values[name]) !== void 0, name, "needs --sigstore");
  if (!sigstore) return void 0;
  const pick = (name) => str(values[name]);
  return {
    identityToken: pick("identity-token") || void 0,
    fulcioURL: pick("fulcio-url") || void 0,
    rekorURL: pick("rekor-url") || void 0,
    tsaURL: pick("tsa-url") || void 0
  };
}
var signCommand = {
  name: "sign",
  summary: "Write an OMS signature bundle (model.sig) for a model folder or file",
  args: "[path]",
  argsHelp: "The model folder or file (default: the current folder)",
  oneArg: "model folder or file",
  options: [
    { name: "key", value: "PEM", help: "EC private key (P-256, P-384, P-521) to sign with" },
    { name: "sigstore", help: "Sign keyless through Sigstore (needs the network and an OIDC token)" },
    {
      name: "signature",
      value: "FILE",
      help: "Where to write the bundle (default: model.sig in the folder)"
    },
    IGNORE_PATHS,
    { name: "no-ignore-git-paths", help: "Sign .git, .gitattributes, .github, .gitignore too" },
    ALLOW_SYMLINKS,
    METHOD,
    SHARD_SIZE,
    JOBS,
    {
      name: "identity-token",
      value: "JWT",
      help: "OIDC token for --sigstore (default: SIGSTORE_ID_TOKEN or the CI provider)"
    },
    { name: "fulcio-url", value: "URL", help: "Fulcio for --sigstore" },
    { name: "rekor-url", value: "URL", help: "Rekor for --sigstore" },
    { name: "tsa-url", value: "URL", help: "Also timestamp with this RFC 3161 TSA (--sigstore)" }
  ],
  examples: [
    "modelvet sign ./my-model --key signing-key.pem",
    "modelvet sign ./my-model --sigstore",
    "modelvet sign ./my-model --key signing-key.pem --signature release/model.sig"
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const at = inCwd(io);
    const shardSize = parseSize("shard-size", str(values["shard-size"]));
    const method = parseChoice("method", str(values.method), ["files", "shards"]);
    requireWith(shardSize !== void 0 && method === "files", "shard-size", "needs --method shards");
    const sigstore = keylessOf(values);
    const key = str(values.key);
    const signature = str(values.signature);
    const jobs = parseJobs(str(values.jobs));
    const options = {
      key: key !== void 0 ? at(key) : void 0,
      sigstore,
      signature: signature !== void 0 ? at(signature) : void 0,
      ignorePaths: list(values["ignore-paths"]),
      ignoreGitPaths: !flag(values["no-ignore-git-paths"]),
      allowSymlinks: flag(values["allow-symlinks"]),
      method: method ?? (shardSize !== void 0 ? "shards" : void 0),
      shardSize,
      jobs
    };
    const { signModel } = await loadSigner();
    const r = await signModel(at(positionals[0] ?? "."), options);
    const by = r.keyHint ? `key ${r.keyHint.slice(0, 16)}\u2026` : "Sigstore keyless";
    const unit = r.serialization.method === "shards" ? "shards" : "files";
    io.stdout(
      `wrote ${r.signaturePath}: ${r.resources.length} ${unit}, root sha256:${r.rootDigest}, signed with ${by}
`
    );
    return 0;
  }
};
async function trustOf(values, at) {
  const file = (p) => p === void 0 ? void 0 : at(p);
  const signer = {
    identity: str(values.identity),
    identityRegexp: str(values["identity-regexp"]),
    issuer: str(values.issuer),
    key: file(str(values.key)),
    certificateChain: list(values["certificate-chain"]).map(at),
    trustedRoot: file(str(values["trusted-root"]))
  };
  const keyless = signer.identity !== void 0 || signer.identityRegexp !== void 0 || signer.issuer !== void 0;
  requireWith(
    signer.trustedRoot !== void 0 && !keyless,
    "trusted-root",
    "is the trust root for Sigstore keyless signatures: give --identity (or --identity-regexp) and --issuer"
  );
  const given = Object.entries(signer).filter(([, v]) => Array.isArray(v) ? v.length > 0 : v !== void 0);
  if (!given.length) return void 0;
  const { omsTrustOptions } = await loadOmsVerify();
  try {
    return omsTrustOptions(Object.fromEntries(given));
  } catch (err) {
    usage(err.message);
  }
}
async function mustExist(file, at) {
  if (file === void 0) return void 0;
  if (!(await stat(at(file)).catch(() => void 0))?.isFile())
    throw new ModelvetError("NOT_FOUND", `${file}: no such file (or not a regular file)`, { path: file });
  return at(file);
}
function verifyProgress(io, show) {
  const started = monotonicMs();
  let bytes = 0;
  let last = 0;
  let shown = false;
  return {
    add(n) {
      bytes += n;
      const now = monotonicMs();
      if (!show || now - last < 200) return;
      last = now;
      shown = true;
      const rate = bytes / (now - started) * 1e3;
      io.stderr(`\r\x1B[2Kverifying: ${formatBytes(bytes)} hashed, ${formatBytes(rate)}/s`);
    },
    clear() {
      if (shown) io.stderr("\r\x1B[2K");
    },
    get bytes() {
      return bytes;
    }
  };
}
var verifyCommand = {
  name: "verify",
  summary: "Verify a model against a lock file, checksum file, OMS signature, HF cache or Ollama store",
  args: "[path]",
  argsHelp: "The model folder or file (default: the current folder)",
  oneArg: "model folder or file",
  options: [
    { name: "lock", value: "FILE", help: "Lock file written by `modelvet lock`" },
    {
      name: "sums",
      value: "FILE",
      help: "sha256sum/sha512sum/b2sum/b3sum-style file; names relative to the model folder, unlisted files reported at low"
    },
    {
      name: "signature",
      value: "FILE",
      help: "OMS signature bundle (default: model.sig in the folder when a signer is given)"
    },
    {
      name: "identity",
      value: "SAN",
      help: "Sigstore keyless: the signer identity, matched exactly (with --issuer)"
    },
    {
      name: "identity-regexp",
      value: "RE",
      help: "Sigstore keyless: the signer identity as a regular expression anchored to the whole value"
    },
    { name: "issuer", value: "URL", help: "Sigstore keyless: the OIDC issuer" },
    {
      name: "trusted-root",
      value: "FILE",
      help: "Sigstore trusted root JSON (default: the public-good root bundled offline)"
    },
    { name: "key", value: "PEM", help: "EC public key the signature was made with" },
    {
      name: "certificate-chain",
      value: "PEM",
      multiple: true,
      help: "CA certificate(s) to chain the signing certificate to (repeatable)"
    },
    IGNORE_PATHS,
    { name: "no-ignore-git-paths", help: "Also verify .git, .gitattributes, .github, .gitignore" },
    {
      name: "ignore-unsigned-files",
      help: "Tolerate files the lock, checksum file or signature does not list"
    },
    FORMAT,
    OUTPUT,
    { ...FAIL_ON, help: "Exit 1 on findings at or above: info, low, medium, high, critical (default: high)" },
    DIGEST_CACHE,
    JOBS,
    QUIET,
    NO_PROGRESS
  ],
  examples: [
    "modelvet verify ./my-model --lock modelvet.lock.json",
    "modelvet verify ./my-model --sums SHA256SUMS",
    "modelvet verify ./my-model --key publisher.pub"
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const at = inCwd(io);
    const path = positionals[0] ?? ".";
    const started = monotonicMs();
    const startedAt = (/* @__PURE__ */ new Date()).toISOString();
    const format = parseFormat(str(values.format));
    const quiet = flag(values.quiet);
    checkTextOptions(format, quiet, false);
    const failOn = parseFailOn(str(values["fail-on"])) ?? "high";
    const jobs = parseJobs(str(values.jobs));
    const trust = await trustOf(values, at);
    const [lock, sums, signature] = await Promise.all(
      [str(values.lock), str(values.sums), str(values.signature)].map((f) => mustExist(f, at))
    );
    const progress = verifyProgress(io, wantsProgress(io, format, flag(values["no-progress"])));
    const abs = at(path);
    const digestCache = await digestCacheOf(values, io, [path]);
    const { verifyPath } = await loadRunners();
    const result = await withDigestCachePool(
      digestCache,
      jobs,
      (pool) => verifyPath(abs, {
        display: path,
        pool,
        lock,
        sums,
        signature,
        trust,
        ignorePaths: list(values["ignore-paths"]),
        ignoreGitPaths: !flag(values["no-ignore-git-paths"]),
        ignoreUnsignedFiles: flag(values["ignore-unsigned-files"]),
        confineSymlinks: true,
        jobs,
        onProgress: (n) => progress.add(n)
      })
    ).finally(() => progress.clear());
    const report = assembleReport({
      startedAt,
      durationMs: monotonicMs() - started,
      failOn,
      targets: [{ input: path, isDirectory: (await stat(abs)).isDirectory(), skipped: [] }],
      files: [],
      findings: result.findings,
      verifications: result.verifications,
      bytes: progress.bytes,
      filesCounted: result.verifications.reduce((n, v) => n + (Number(v.details?.checked) || 0), 0)
    });
    await writeReport(report, { format, quiet, output: str(values.output) }, io);
    return exitCodeOf(report);
  }
};

// src/cli/commands.ts
var COMMANDS = [
  scanCommand,
  pullCommand,
  verifyCommand,
  lockCommand,
  signCommand,
  mergeCommand,
  hashCommand,
  policyCheckCommand,
  policyInitCommand,
  explainCommand
];
var GROUPS = {
  policy: "Policy files: check one, or write a starter"
};
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}

// src/cli/help.ts
var HELP_OPTION = { name: "help", short: "h", help: "Show this help" };
function columns(rows, indent = "  ") {
  const width = Math.min(30, Math.max(...rows.map(([left]) => left.length)) + 2);
  return rows.map(
    ([left, right]) => left.length + 2 > width ? `${indent}${left}
${indent}${" ".repeat(width)}${right}` : `${indent}${left.padEnd(width)}${right}`
  );
}
function optionSignature(o) {
  return `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.value ? ` ${o.value}` : ""}`;
}
function usageLine(c) {
  return `modelvet ${c.name}${c.options?.length ? " [options]" : ""}${c.args ? ` ${c.args}` : ""}`;
}
function commandHelp(c) {
  const lines = [`modelvet ${c.name}: ${c.summary}`, "", `Usage: ${usageLine(c)}`];
  if (c.argsHelp) lines.push(...columns([[c.args.replace(/[[\]<>]/g, ""), c.argsHelp]]));
  lines.push(
    "",
    "Options:",
    ...columns([...c.options ?? [], HELP_OPTION].map((o) => [optionSignature(o), o.help]))
  );
  lines.push("", "Examples:", ...c.examples.map((e) => `  $ ${e}`));
  return `${lines.join("\n")}
`;
}
function groupHelp(group) {
  const members = COMMANDS.filter((c) => c.name.startsWith(`${group} `));
  const lines = [
    `modelvet ${group}: ${GROUPS[group] ?? ""}`,
    "",
    "Commands:",
    ...columns(members.map((c) => [`${c.name} ${c.args}`.trim(), c.summary])),
    "",
    `Run \`modelvet help ${group} <command>\` for its options.`
  ];
  return `${lines.join("\n")}
`;
}
function mainHelp() {
  const lines = [
    `modelvet ${VERSION}: vet open-weight model artifacts before anyone loads them`,
    "",
    "Usage: modelvet <command> [options]",
    "",
    "Commands:",
    ...columns([
      ...COMMANDS.map((c) => [`${c.name} ${c.args}`.trim(), c.summary]),
      ["help [command]", "Show the help of a command"]
    ]),
    "",
    "Options:",
    ...columns([
      ["-h, --help", "Show this help"],
      ["--version", "Print the version"]
    ]),
    "",
    "Exit codes: 0 pass, 1 findings at or above the fail level or a failed check, 2 usage or input error.",
    "Run `modelvet help <command>` or `modelvet <command> --help` for its options and examples."
  ];
  return `${lines.join("\n")}
`;
}
var MAX_AGE_DAYS = 7;
var MAX_FILE_BYTES = 4096;
var FORMAT2 = "modelvet-hash-reader";
function machineKey() {
  return {
    cpu: cpus()[0]?.model ?? "",
    cpus: availableParallelism(),
    platform: process.platform,
    arch: arch(),
    node: Number(process.versions.node.split(".")[0])
  };
}
var sameMachine = (a, b) => typeof b === "object" && b !== null && Object.keys(a).every((k) => b[k] === a[k]);
function parseRemembered(text, machine, now) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null || data.format !== FORMAT2) return void 0;
  if (!sameMachine(machine, data.machine)) return void 0;
  if (!READER_STRATEGIES.includes(data.strategy)) return void 0;
  if (JSON.stringify(data.strategies) !== JSON.stringify(READER_STRATEGIES)) return void 0;
  const decided = Date.parse(String(data.decidedAt));
  const age = now.getTime() - decided;
  if (!Number.isFinite(decided) || age < 0 || age > MAX_AGE_DAYS * 864e5) return void 0;
  const rates = data.rates;
  if (typeof rates !== "object" || rates === null || typeof rates[data.strategy] !== "number")
    return void 0;
  const entries = Object.entries(rates);
  if (!entries.every(
    ([s, r]) => READER_STRATEGIES.includes(s) && typeof r === "number" && r > 0
  ))
    return void 0;
  return { strategy: data.strategy, how: "remembered", rates: { ...rates } };
}
function rememberedText(decision, machine, now) {
  const stored = {
    format: FORMAT2,
    machine,
    decidedAt: now.toISOString(),
    strategies: READER_STRATEGIES,
    strategy: decision.strategy,
    rates: decision.rates
  };
  return `${JSON.stringify(stored, null, 2)}
`;
}
function readBounded(file) {
  if (!lstatSync(file).isFile()) return void 0;
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n > MAX_FILE_BYTES ? void 0 : buf.toString("utf8", 0, n);
  } finally {
    closeSync(fd);
  }
}
function rememberHashReader(file, now = () => /* @__PURE__ */ new Date()) {
  if (file === void 0) return { save: async () => {
  } };
  const machine = machineKey();
  try {
    const text = readBounded(file);
    const decision = text === void 0 ? void 0 : parseRemembered(text, machine, now());
    if (decision) threadCalibration.adopt(decision);
  } catch {
  }
  return {
    async save() {
      const decision = threadCalibration.decision;
      if (decision?.how !== "calibrated" || !decision.rates) return;
      await replaceFile(file, rememberedText(decision, machine, now())).catch(() => {
      });
    }
  };
}

// src/cli/main.ts
var HELP_FLAGS = /* @__PURE__ */ new Set(["-h", "--help"]);
function resolveCommand(argv) {
  const [first = "", second, ...after] = argv;
  if (GROUPS[first] !== void 0) {
    if (second === void 0 || HELP_FLAGS.has(second)) return { help: groupHelp(first), rest: [] };
    const command2 = findCommand(`${first} ${second}`);
    if (command2) return { command: command2, rest: after };
    const names = COMMANDS.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name.split(" ")[1]);
    const guess2 = closest(second, names);
    usage(
      `unknown command ${first} ${second}${guess2 ? `; did you mean ${first} ${guess2}?` : ""} (see modelvet help ${first})`
    );
  }
  const command = findCommand(first);
  if (command) return { command, rest: argv.slice(1) };
  const guess = closest(first, [...COMMANDS.map((c) => c.name.split(" ")[0]), "help"]);
  usage(`unknown command ${first}${guess ? `; did you mean ${guess}?` : ""} (see modelvet --help)`);
}
function helpFor(words) {
  if (!words.length) return mainHelp();
  const r = resolveCommand(words);
  return "help" in r ? r.help : commandHelp(r.command);
}
async function dispatch(argv, io) {
  const [first] = argv;
  if (first === void 0) {
    io.stderr(mainHelp());
    return EXIT.error;
  }
  if (argv.length === 1 && (first === "--version" || first === "version")) {
    io.stdout(`${VERSION}
`);
    return EXIT.pass;
  }
  if (HELP_FLAGS.has(first) || first === "help") {
    io.stdout(helpFor(first === "help" ? argv.slice(1) : []));
    return EXIT.pass;
  }
  if (first.startsWith("-")) usage(`${first} goes after a command (see modelvet --help)`);
  const resolved = resolveCommand(argv);
  if ("help" in resolved) {
    io.stdout(resolved.help);
    return EXIT.pass;
  }
  const line = parseCommandLine(resolved.rest, resolved.command.options ?? [], resolved.command.name);
  if (line.values.help === true) {
    io.stdout(commandHelp(resolved.command));
    return EXIT.pass;
  }
  const { oneArg, name } = resolved.command;
  if (oneArg !== void 0 && line.positionals.length > 1) usage(`${name} takes one ${oneArg}`);
  if (io.tuneHeap && resolved.command.inputs) io.tuneHeap(resolved.command.inputs(line, io));
  return resolved.command.run(line, io);
}
async function main(argv, io = processIo()) {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    const isUsage = err instanceof ModelvetError && err.code === "USAGE" || err?.code === "USAGE_ERROR" || String(err?.code).startsWith("ERR_PARSE_ARGS");
    printError(io, isUsage ? err.message : describeError(err));
    if (!isUsage && !(err instanceof ModelvetError) && io.env.MODELVET_DEBUG)
      io.stderr(`${err.stack}
`);
    return EXIT.error;
  }
}

export { EXIT, main, processIo, reexecWithHeapTuning, rememberHashReader };
