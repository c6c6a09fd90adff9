import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  DEFAULT_HUB
} from "./chunk-ZW7SDJR5.js";
import {
  DEFAULT_LIMITS,
  HASH_ERROR,
  analyzeSource,
  mapLimit
} from "./chunk-JMC7CNT3.js";
import {
  UNPINNED_MODEL_REVISION
} from "./chunk-MBDDQBF4.js";
import {
  formatModelSource,
  isCommit
} from "./chunk-EV3X3K7E.js";
import {
  readAll
} from "./chunk-3XLG4IKU.js";
import "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import {
  finding
} from "./chunk-NISXE5VR.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";

// src/sources/scan-remote.ts
import { posix } from "node:path";

// src/sources/http/bearer.ts
function parseBearerChallenge(header) {
  if (!header) return void 0;
  const m = /^\s*Bearer\s+(.*)$/is.exec(header);
  if (!m) return void 0;
  const params = {};
  const re = /([a-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/giy;
  for (const p of m[1].matchAll(re))
    params[p[1].toLowerCase()] = p[2] !== void 0 ? p[2].replace(/\\(.)/g, "$1") : p[3];
  if (!params.realm) return void 0;
  return {
    realm: params.realm,
    ...params.service ? { service: params.service } : {},
    ...params.scope ? { scope: params.scope } : {}
  };
}
function tokenUrl(challenge, requestUrl, what) {
  let realm;
  try {
    realm = new URL(challenge.realm);
  } catch {
    throw new ModelvetError("REMOTE_AUTH", `${what}: the registry named a token realm that is not a URL`);
  }
  if (realm.protocol !== "https:" && realm.origin !== new URL(requestUrl).origin)
    throw new ModelvetError(
      "REMOTE_AUTH",
      `${what}: the registry asks for a token from ${realm.host} over plain HTTP; refused`
    );
  if (challenge.service) realm.searchParams.set("service", challenge.service);
  if (challenge.scope) realm.searchParams.set("scope", challenge.scope);
  return realm.href;
}
function readToken(body, what) {
  let json;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    json = {};
  }
  const token = typeof json.token === "string" && json.token ? json.token : json.access_token;
  if (typeof token !== "string" || !token || token.length > 16384 || /[\s]/.test(token))
    throw new ModelvetError("REMOTE_AUTH", `${what}: the registry's token service gave no usable token`);
  return token;
}

// src/sources/http/client.ts
var MAX_BODY = 32 * 1024 * 1024;
var HostLimiter = class {
  active = 0;
  waiting = [];
  limit;
  constructor(limit) {
    this.limit = limit;
  }
  async run(fn) {
    if (this.active >= this.limit) await new Promise((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
};
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function retryAfterMs(value, now = Date.now()) {
  if (!value) return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  const at = Date.parse(value);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
var HttpClient = class {
  /** Body bytes received so far, over every request. */
  bytesReceived = 0;
  limiters = /* @__PURE__ */ new Map();
  options;
  token;
  tokenOrigin;
  /** Tokens a registry's realm gave, by the origin they are for. */
  bearer = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this.token = options.token;
    this.tokenOrigin = options.tokenOrigin ? new URL(options.tokenOrigin).origin : void 0;
    this.options = {
      bearerChallenge: options.bearerChallenge ?? false,
      perHost: options.perHost ?? 4,
      attempts: options.attempts ?? 4,
      backoffMs: options.backoffMs ?? 500,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 3e4
    };
  }
  limiter(url) {
    const host = new URL(url).host;
    let l = this.limiters.get(host);
    if (!l) {
      l = new HostLimiter(this.options.perHost);
      this.limiters.set(host, l);
    }
    return l;
  }
  /**
   * GET with retries; the whole body read, at most `maxBody` bytes (a server that ignores Range,
   * or sends more than it announced, is cut off rather than read into memory).
   */
  async get(url, headers = {}, what = url, maxBody = MAX_BODY) {
    let last;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      last = await this.limiter(url).run(
        async () => this.readBody(await this.exchange(url, headers, what), url, what, maxBody)
      );
      if (last.status !== 429 && last.status < 500) return last;
      if (attempt === this.options.attempts) break;
      const wait = retryAfterMs(last.headers.get("retry-after")) ?? this.options.backoffMs * 2 ** (attempt - 1);
      await sleep(Math.min(wait, this.options.maxRetryAfterMs));
    }
    const status = last.status;
    throw new ModelvetError(
      status === 429 ? "REMOTE_RATE_LIMITED" : "REMOTE_BAD_RESPONSE",
      status === 429 ? `${what}: rate-limited by ${new URL(url).host} (HTTP 429) after ${this.options.attempts} attempts; try again later` : `${what}: ${new URL(url).host} answered HTTP ${status} after ${this.options.attempts} attempts`
    );
  }
  /**
   * A streamed GET (downloads): the caller reads the body and adds what it read to
   * `bytesReceived`. The per-host limit holds until the answer's headers arrive.
   */
  async stream(url, headers = {}, what = url, signal) {
    return this.limiter(url).run(() => this.exchange(url, headers, what, signal));
  }
  /**
   * One request (the caller holds the host's place); a 401 carrying a Bearer challenge (when
   * enabled) is answered once with a token from the realm, and the request sent again. The realm
   * is asked outside the per-host limit (one small request, possibly to the same host).
   */
  async exchange(url, headers, what, signal) {
    const res = await this.send(url, headers, what, signal);
    if (res.status !== 401 || !this.options.bearerChallenge) return res;
    const challenge = parseBearerChallenge(res.headers.get("www-authenticate"));
    if (!challenge) return res;
    await res.body?.cancel();
    const realm = tokenUrl(challenge, url, what);
    const answer = await this.readBody(
      await this.send(realm, { accept: "application/json" }, what, signal, true),
      realm,
      what,
      64 * 1024
    );
    if (answer.status !== 200)
      throw new ModelvetError(
        "REMOTE_AUTH",
        `${what}: the registry's token service (${new URL(realm).host}) answered HTTP ${answer.status}`
      );
    this.bearer.set(new URL(url).origin, readToken(answer.body, what));
    return this.send(url, headers, what, signal);
  }
  /** The body of an answer, at most `maxBody` bytes, counted in `bytesReceived`. */
  async readBody(res, url, what, bound) {
    const maxBody = res.status >= 200 && res.status < 300 ? bound : Math.max(bound, 64 * 1024);
    const tooLarge = () => new ModelvetError(
      "REMOTE_BAD_RESPONSE",
      `${what}: ${new URL(url).host} sent more than the ${maxBody} bytes asked for (HTTP ${res.status}); not read`
    );
    const announced = Number(res.headers.get("content-length"));
    if (Number.isFinite(announced) && announced > maxBody) {
      await res.body?.cancel();
      throw tooLarge();
    }
    const chunks = [];
    let got = 0;
    try {
      if (res.body)
        for await (const chunk of res.body) {
          got += chunk.length;
          this.bytesReceived += chunk.length;
          if (got > maxBody) {
            await res.body.cancel().catch(() => {
            });
            throw tooLarge();
          }
          chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
        }
    } catch (err) {
      if (err instanceof ModelvetError) throw err;
      throw new ModelvetError("REMOTE_UNREACHABLE", `${what}: the connection was cut while reading`, {
        cause: err
      });
    }
    return { status: res.status, headers: res.headers, body: Buffer.concat(chunks), url: res.url || url };
  }
  async send(url, headers, what, signal, anonymous = false) {
    const all = { "user-agent": "modelvet", ...headers };
    const origin = new URL(url).origin;
    const token = this.bearer.get(origin) ?? (this.token && (!this.tokenOrigin || this.tokenOrigin === origin) ? this.token : void 0);
    if (token && !anonymous) all.authorization = `Bearer ${token}`;
    try {
      return await fetch(url, { headers: all, redirect: "follow", ...signal ? { signal } : {} });
    } catch (err) {
      if (signal?.aborted) throw new ModelvetError("USAGE", "interrupted; nothing was placed");
      const host = new URL(url).host;
      throw new ModelvetError(
        "REMOTE_UNREACHABLE",
        `${what}: cannot reach ${host} (${causeCode(err)}); check the network or --hub-url`,
        { cause: err }
      );
    }
  }
};
function causeCode(err) {
  const cause = err.cause;
  return cause?.code ?? "network error";
}

// src/sources/scan-remote.ts
function remoteClient(input, options) {
  const ollama = /^ollama:\/\//i.test(input);
  const base = ollama ? options.registryUrl : options.hubUrl ?? DEFAULT_HUB;
  let origin;
  if (base)
    try {
      origin = new URL(base).origin;
    } catch {
      throw new ModelvetError("USAGE", `${base}: not a URL`);
    }
  return new HttpClient({
    ...options.token ? { token: options.token } : {},
    ...origin ? { tokenOrigin: origin } : {},
    ...ollama ? { bearerChallenge: true } : {},
    ...options.http
  });
}
async function openRemote(input, options) {
  const client = remoteClient(input, options);
  if (/^ollama:\/\//i.test(input)) {
    const { openOllamaSource } = await import("./chunk-Q2P5JTHF.js");
    return openOllamaSource(input, {
      client,
      ...options.registryUrl ? { registryUrl: options.registryUrl } : {}
    });
  }
  const { openHfSource } = await import("./chunk-I54ZI2K2.js");
  return openHfSource(input, {
    client,
    hasToken: Boolean(options.token),
    ...options.hubUrl ? { hubUrl: options.hubUrl } : {}
  });
}
function asDiscovered(source, e) {
  const display = `${source.input}/${e.label ?? e.path}`;
  return { rel: e.path, relBytes: Buffer.from(e.path), display, fsPath: display, size: e.size, mode: 420 };
}
async function scanRemoteSource(source, options) {
  const findings = [];
  const references = [];
  const target = {
    input: source.input,
    path: source.input,
    root: source.input,
    linkRoot: source.input,
    isDirectory: true,
    files: source.entries.map((e) => asDiscovered(source, e)),
    findings: [],
    skipped: []
  };
  const opened = new Map(source.entries.map((e) => [e.path, e.open()]));
  const files = /* @__PURE__ */ new Map();
  await mapLimit(source.entries, options.concurrency ?? 8, async (e) => {
    const src = opened.get(e.path);
    const display = `${source.input}/${e.label ?? e.path}`;
    const report = { path: display, size: e.size, kind: "unknown" };
    files.set(e.path, report);
    try {
      const r = await analyzeSource(src, posix.basename(e.path), {
        scanner: options.scanner,
        limits: DEFAULT_LIMITS,
        options: options.analyzerOptions ?? {}
      });
      report.kind = r.kind;
      if (r.memberKinds.length) report.contains = r.memberKinds;
      findings.push(...r.findings);
      references.push(...r.references);
    } catch (err) {
      report.kind = "unreadable";
      findings.push(finding(HASH_ERROR, { path: display, message: describeError(err, display) }));
    }
  });
  await runRemoteTreeChecks(target, source, opened, options, findings, references);
  pinFinding(source, findings, references);
  const out = source.entries.map((e) => {
    const r = files.get(e.path);
    r.fetched = { bytes: opened.get(e.path).bytesFetched ?? 0, ...e.integrity, hashedLocally: false };
    return r;
  });
  return { target, files: out, findings, references, source };
}
async function runRemoteTreeChecks(target, source, opened, options, findings, references) {
  const srcOf = (f) => opened.get(f.rel);
  const ctx = {
    root: source.input,
    display: source.input,
    files: target.files,
    options: options.analyzerOptions ?? {},
    report: (f) => findings.push(f),
    reference: (r) => references.push(r),
    readText: async (file, limit) => (await readAll(srcOf(file), limit)).toString("utf8"),
    readHead: (file, n) => srcOf(file).read(0, n),
    openSource: (file) => srcOf(file)
  };
  for (const tree of options.scanner.treeAnalyzers) {
    try {
      await tree.analyze(ctx);
    } catch (err) {
      findings.push(
        finding(HASH_ERROR, {
          path: source.input,
          message: `${tree.id}: ${describeError(err, source.input)}`
        })
      );
    }
  }
}
function pinFinding(source, findings, references) {
  const pinned = isCommit(source.revision);
  const model = { ...source.model, revision: source.revision };
  references.push({ source: model, pinned, path: source.input, via: "remote-scan", text: source.input });
  if (pinned) return;
  findings.push(
    finding(UNPINNED_MODEL_REVISION, {
      path: source.input,
      message: `${formatModelSource(model)}: revision "${source.revision}" is not a commit; it resolved to ${source.commit}`,
      evidence: { model, commit: source.commit }
    })
  );
}
export {
  openRemote,
  remoteClient,
  scanRemoteSource
};
