/**
 * Runs one input through the built CLI under the robustness contract and names the way it failed:
 * at most `timeoutMs`, at most `maxRssMiB` resident, exit 0 or 1, nothing but a report on stdout,
 * no stack trace, a valid report in the format asked for, and no finding that is an internal error
 * in disguise (a library's own message, `undefined`, `[object Object]`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type ReportFormat = 'json' | 'sarif' | 'markdown' | 'human';

export interface Case {
  /** argv after `node dist/bin.js`. */
  args: string[];
  format: ReportFormat;
  /** Where the report is written (-o), or undefined for stdout (human). */
  reportPath?: string;
  /** Paths to strip from messages before they become class keys; the working folder unless `cwd`. */
  scratch: string;
  cwd?: string;
  /** An exit 2 without a stack trace is the contract here (a --policy or lock file the user gave that cannot be read). */
  allowUsage: boolean;
}

export interface Limits {
  timeoutMs: number;
  maxRssMiB: number;
}

export interface Outcome {
  /** undefined when the run met the contract. */
  failure?: string;
  /** One line about what happened (for the class's info file). */
  detail: string;
  exitCode: number | null;
  ms: number;
  peakRssMiB: number;
}

export interface Validators {
  report?: (data: unknown) => string | undefined;
  sarif?: (data: unknown) => string | undefined;
}

/** Strings that mean an exception's text reached the report instead of our own message. */
const LEAKS: readonly RegExp[] = [
  /Maximum call stack/,
  /Cannot read propert/,
  /is not a function/,
  /is not iterable/,
  /is not defined/,
  /Unexpected (end|token)/,
  /\[object Object\]/,
  /\bundefined\b/,
  // A NaN where a number was printed; our own messages name NaN as what Python reads ("NaN is not").
  /\bNaN\b(?! \(| is not)/,
  /Invalid (array|string) length/,
  // An error's name as JavaScript prints it (`TypeError: ...`); our own messages may name the
  // exception a Python loader raises ("the unpickler raises TypeError").
  /\b(?:RangeError|TypeError|SyntaxError|ReferenceError)\b(?! *\))/,
  /out of memory/i,
];

/** Turns a message into a class key: no scratch paths, numbers, hex or quoted strings. */
export function normalize(text: string, scratch: string): string {
  return text
    .split(scratch)
    .join('<tmp>')
    .replace(/<tmp>[^\s:'"]*/g, '<file>')
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, 'S')
    .replace(/0x[0-9a-f]+/gi, 'H')
    .replace(/\b[0-9a-f]{16,}\b/gi, 'H')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface Raw {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  ms: number;
  rss: number;
  killed?: 'timeout' | 'memory';
}

async function execute(node: string, bin: string, c: Case, limits: Limits): Promise<Raw> {
  const started = performance.now();
  const child = spawn(node, [bin, ...c.args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: c.scratch, LANG: 'C.UTF-8' },
    cwd: c.cwd ?? c.scratch,
  });
  const out: Buffer[] = [];
  let err = '';
  let rss = 0;
  let killed: Raw['killed'];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => {
    if (err.length < 64 * 1024) err += d.toString('utf8');
  });
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    rss = Math.max(rss, peakRss(child.pid));
    if (rss > limits.maxRssMiB) {
      killed = 'memory';
      child.kill('SIGKILL');
    }
  }, 25);
  const timer = setTimeout(() => {
    killed = 'timeout';
    child.kill('SIGKILL');
  }, limits.timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, signal) => resolve([code, signal])),
  );
  clearInterval(poll);
  clearTimeout(timer);
  return {
    code,
    signal,
    stdout: Buffer.concat(out),
    stderr: err,
    ms: performance.now() - started,
    rss,
    killed,
  };
}

const isUtf8 = (b: Buffer): boolean => Buffer.from(b.toString('utf8'), 'utf8').equals(b);

/** Control characters a terminal or the Actions runner would act on (LF and TAB are layout). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function checkText(text: Buffer, format: ReportFormat): string | undefined {
  if (!isUtf8(text)) return 'not UTF-8';
  const s = text.toString('utf8');
  if (RAW_CONTROL.test(s)) return 'raw control character';
  if (format === 'human' && /^::/m.test(s)) return 'line starting with :: (workflow command)';
  if (format === 'markdown') {
    const fences = s.split('\n').filter((l) => /^\s*```/.test(l)).length;
    if (fences % 2 !== 0) return 'unbalanced code fence';
  }
  return undefined;
}

function checkReport(raw: Buffer, format: ReportFormat, v: Validators): string | undefined {
  const text = checkText(raw, format === 'json' || format === 'sarif' ? 'json' : format);
  if (text && format !== 'json' && format !== 'sarif') return text;
  if (format === 'markdown' || format === 'human') return undefined;
  if (!isUtf8(raw)) return 'not UTF-8';
  let data: unknown;
  try {
    data = JSON.parse(raw.toString('utf8'));
  } catch {
    return 'not JSON';
  }
  return format === 'json' ? v.report?.(data) : v.sarif?.(data);
}

/** Finding messages that look like an internal error, as one class key (or undefined). */
function internalFinding(report: unknown, scratch: string): string | undefined {
  const findings = (report as { findings?: { rule?: string; message?: string; evidence?: unknown }[] })
    ?.findings;
  if (!Array.isArray(findings)) return undefined;
  for (const f of findings) {
    const message = String(f.message ?? '');
    const evidence = JSON.stringify(f.evidence ?? {});
    const leak = LEAKS.find((re) => re.test(message) || re.test(evidence));
    if (leak) return `leaked-message ${f.rule}: ${normalize(message, scratch)}`;
    if (f.rule === 'scan/read-error' && /failed:/.test(message)) {
      return `analyzer-threw ${normalize(message, scratch)}`;
    }
  }
  return undefined;
}

function stackKey(stderr: string, scratch: string): string {
  const lines = stderr.split('\n');
  const first = lines.find((l) => l.trim() && !/^\s+at /.test(l)) ?? '';
  const frame = lines.find((l) => /^\s+at /.test(l) && /dist\/|src\//.test(l)) ?? '';
  const fn = /at (?:async )?([\w.$<>]+)/.exec(frame)?.[1] ?? '';
  return `${normalize(first, scratch)} @ ${fn}`;
}

export async function runCase(
  node: string,
  bin: string,
  c: Case,
  limits: Limits,
  v: Validators,
): Promise<Outcome> {
  const r = await execute(node, bin, c, limits);
  const base = { exitCode: r.code, ms: Math.round(r.ms), peakRssMiB: Math.round(r.rss) };
  const fail = (failure: string, detail: string): Outcome => ({ ...base, failure, detail });
  if (r.killed === 'timeout') return fail('timeout', `killed after ${limits.timeoutMs} ms`);
  if (r.killed === 'memory') return fail('memory', `peak RSS over ${limits.maxRssMiB} MiB`);
  if (r.signal) return fail(`crash ${r.signal}`, r.stderr.slice(0, 300));
  const stack = /\n\s+at .+\(?(node:|file:|\/)/.test(r.stderr);
  if (stack) return fail(`stack-trace ${stackKey(r.stderr, c.scratch)}`, r.stderr.slice(0, 600));
  if (r.code === 2 && c.allowUsage) {
    return { ...base, detail: `usage error: ${r.stderr.trim().slice(0, 200)}` };
  }
  if (r.code !== 0 && r.code !== 1) {
    return fail(
      `exit-${r.code} ${normalize(r.stderr.split('\n')[0] ?? '', c.scratch)}`,
      r.stderr.slice(0, 300),
    );
  }
  const raw = c.reportPath ? safeRead(c.reportPath) : r.stdout;
  if (!raw) return fail(`no-report ${c.format}`, 'the report file was not written');
  const bad = checkReport(raw, c.format, v);
  if (bad) return fail(`invalid-report ${c.format}: ${bad}`, raw.subarray(0, 200).toString('utf8'));
  if (c.format === 'json') {
    const internal = internalFinding(JSON.parse(raw.toString('utf8')), c.scratch);
    if (internal) return fail(internal, internal);
  }
  return { ...base, detail: `exit ${r.code}` };
}

function safeRead(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
