import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/sources/http/client.ts
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
  constructor(options = {}) {
    this.token = options.token;
    this.options = {
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
  /** GET with retries; the whole body read (bounded by the caller through Range). */
  async get(url, headers = {}, what = url) {
    let last;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      last = await this.limiter(url).run(() => this.once(url, headers, what));
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
  /** A streamed GET (downloads): the caller reads the body; counted as it arrives. */
  async stream(url, headers = {}, what = url, signal) {
    return this.limiter(url).run(() => this.send(url, headers, what, signal));
  }
  async once(url, headers, what) {
    const res = await this.send(url, headers, what);
    let body;
    try {
      body = Buffer.from(await res.arrayBuffer());
    } catch (err) {
      throw new ModelvetError("REMOTE_UNREACHABLE", `${what}: the connection was cut while reading`, {
        cause: err
      });
    }
    this.bytesReceived += body.length;
    return { status: res.status, headers: res.headers, body, url: res.url || url };
  }
  async send(url, headers, what, signal) {
    const all = { "user-agent": "modelvet", ...headers };
    if (this.token) all.authorization = `Bearer ${this.token}`;
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

export {
  retryAfterMs,
  HttpClient
};
