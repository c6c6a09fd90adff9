/**
 * Shell commands (scripts, Dockerfile RUN, notebook `!` lines, workflow `run:`, Makefile recipes):
 * downloads piped into a shell or saved and run unverified, package installs (shell-installs.ts),
 * model downloads and servers (shell-models.ts), and the code of `sh -c`, `eval` and `python -c`.
 * Every line is read once, one logical line at a time: time and memory are linear in the text.
 */
import { type HitSink, type PinSink, remap, shorten } from './hits.ts';
import { checkPython } from './python.ts';
import { iterLogicalLines, type LogicalLine, lineOffset } from './requirements.ts';
import { PIPE_TO_SHELL } from './rules.ts';
import {
  checkCondaInstall,
  checkGo,
  checkNpm,
  checkOllamaRef,
  checkPipInstall,
  checkTrustFlag,
} from './shell-installs.ts';
import { checkDockerRun, checkModelCli, ScriptModels } from './shell-models.ts';
import { type Command, eachPipeline, lineSlice, type Program, programOf, type Word } from './shell-words.ts';

export { checkModelfile } from './shell-installs.ts';

const SHELLS =
  /^(sh|bash|zsh|dash|ksh|ash|fish|python[0-9.]*|perl|ruby|node|php|pwsh|powershell|iex|source|\.)$/;
const DOWNLOADERS = /^(curl|wget|fetch|aria2c|http|httpie|iwr|invoke-webrequest)$/i;
const IMMUTABLE_URL = /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\//;
/** An interpreter word that runs a command substitution after it (sh -c "$(…)", bash <(…), eval "$(…)"). */
const RUNNER_BEFORE =
  /(?:^|\s)(?:(?:ba|z|da|k)?sh|eval|source|\.|python[0-9.]*|perl|ruby|node)\b(?:\s+-\S+)*\s*["']?$/;
/** Nested scripts (sh -c "…" inside sh -c "…") read this deep. */
const MAX_NESTING = 4;
/** Downloaded files tracked per script until a checksum check or a run. */
const MAX_SAVED = 256;

type Saved = Map<string, { at: number; url: string; text: string }>;

interface ShellRun {
  out: PinSink;
  where: string;
  depth: number;
  /** Files a downloader saved (name -> where and from which URL), until a checksum check names them. */
  saved: Saved;
  models: ScriptModels;
  opts: ShellOptions;
}

export interface ShellOptions {
  /** True when a string names a file or folder inside the scanned tree (python -c code). */
  isLocalPath?: (p: string) => boolean;
}

/** Checks shell text. Offsets are into `text`. */
export function checkShell(
  text: string,
  out: PinSink,
  where = 'script',
  opts: ShellOptions = {},
  depth = 0,
): void {
  const run: ShellRun = { out, where, depth, saved: new Map(), models: new ScriptModels(out, where), opts };
  for (const line of iterLogicalLines(text)) checkLine(line, run);
  run.models.finish();
}

function checkLine(line: LogicalLine, run: ShellRun): void {
  const reported = new Set<number>();
  let any = false;
  // One pipeline at a time: memory follows the longest pipeline, not the longest line.
  eachPipeline(line, (commands) => {
    any = true;
    const programs = commands.map((c) => programOf(c.words));
    checkPipelines(line, commands, programs, run.out.hit, run.where, reported);
    for (const p of programs) if (p) checkProgram(p, run);
  });
  if (any) checkSubstitutions(line, run.out.hit, run.where, reported);
}

/** download | … | interpreter: one pass over each pipeline (linear in the number of commands). */
function checkPipelines(
  line: LogicalLine,
  commands: readonly Command[],
  programs: readonly (Program | undefined)[],
  hit: HitSink,
  where: string,
  reported: Set<number>,
): void {
  let pipeStart = 0;
  for (let i = 0; i < commands.length; i++) {
    if (commands[i]!.pipe) continue;
    let downloader = -1;
    for (let j = pipeStart; j <= i; j++) {
      const p = programs[j];
      if (!p) continue;
      if (downloader < 0 && DOWNLOADERS.test(p.prog) && j < i) {
        const urls = urlsOf(p);
        if (urls.length === 0 || !urls.every((u) => IMMUTABLE_URL.test(u))) downloader = j;
      } else if (downloader >= 0 && SHELLS.test(p.prog)) {
        const c = commands[downloader]!;
        const seg = lineSlice(line, c.from, commands[j]!.to);
        hit({
          rule: PIPE_TO_SHELL,
          offset: c.from,
          text: seg,
          message: `${where}: \`${shorten(seg, 100)}\` runs downloaded code without verifying it`,
          evidence: { urls: urlsOf(programs[downloader]!) },
        });
        reported.add(c.from);
        break;
      }
    }
    pipeStart = i + 1;
  }
}

function urlsOf(p: Program): string[] {
  return p.args.map((a) => a.value).filter((v) => /^[a-z]+:\/\//i.test(v));
}

/**
 * bash <(curl …), sh -c "$(curl …)", eval "$(wget …)": find the substitution, then look back (a
 * bounded window) for the interpreter that runs it.
 */
function checkSubstitutions(line: LogicalLine, hit: HitSink, where: string, reported: Set<number>): void {
  const text = line.text;
  const SUBST = /(?:<\(|\$\(|`)\s*(?:curl|wget)\b/g;
  let m: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: regex scan loop
  while ((m = SUBST.exec(text)) !== null) {
    const windowStart = Math.max(0, m.index - 200);
    const before = text.slice(windowStart, m.index);
    const seg = before.slice(
      Math.max(before.lastIndexOf(';'), before.lastIndexOf('&'), before.lastIndexOf('|')) + 1,
    );
    const interp = RUNNER_BEFORE.exec(seg);
    if (!interp) continue;
    const startIdx =
      windowStart +
      (before.length - seg.length) +
      interp.index +
      (interp[0].length - interp[0].trimStart().length);
    const at = lineOffset(line, startIdx);
    const close = text.indexOf(')', m.index);
    const rest = text.slice(startIdx, close < 0 ? Math.min(text.length, m.index + 300) : close + 1);
    const urls = rest.match(/[a-z]+:\/\/[^\s"'`)]+/gi) ?? [];
    if ((urls.length > 0 && urls.every((u) => IMMUTABLE_URL.test(u))) || reported.has(at)) continue;
    reported.add(at);
    hit({
      rule: PIPE_TO_SHELL,
      offset: at,
      text: rest,
      message: `${where}: \`${shorten(rest, 100)}\` runs downloaded code without verifying it`,
      evidence: { urls },
    });
  }
}

function checkProgram(p: Program, run: ShellRun): void {
  const { out, where } = run;
  const { prog, args } = p;
  // A bare word (a script of one-letter lines) can only be the run of a file saved earlier.
  if (args.length === 0 && p.env.length === 0 && run.saved.size === 0 && !SHELLS.test(prog)) return;
  const saved =
    DOWNLOADERS.test(prog) || prog === 'gsutil' || prog === 'aws' ? savedFile(prog, args) : undefined;
  trackDownloadThenRun(p, run.saved, out.hit, where);
  run.models.see(p, saved);
  checkNestedScripts(p, run);
  checkTrustFlag(p, out.hit, where);
  if (checkModelCli(p, out, where)) return;
  checkDockerRun(p, out, where);
  if (/^pip[0-9.]*$/.test(prog) && args[0]?.value === 'install') {
    checkPipInstall(args.slice(1), out, `${where}: pip install`);
  } else if (/^(python[0-9.]*|py)$/.test(prog)) {
    const mi = args.findIndex((a) => a.value === '-m');
    if (mi >= 0 && /^pip[0-9.]*$/.test(args[mi + 1]?.value ?? '') && args[mi + 2]?.value === 'install') {
      checkPipInstall(args.slice(mi + 3), out, `${where}: pip install`);
    }
  } else if (prog === 'uv' && args[0]?.value === 'pip' && args[1]?.value === 'install') {
    checkPipInstall(args.slice(2), out, `${where}: uv pip install`);
  } else if (/^(npm|yarn|pnpm|bun|npx|pnpx|bunx)$/.test(prog)) {
    checkNpm(prog, args, p.at, out.hit);
  } else if (/^(conda|mamba|micromamba)$/.test(prog) && /^(install|create)$/.test(args[0]?.value ?? '')) {
    checkCondaInstall(args.slice(1), out.hit, `${where}: ${prog} ${args[0]!.value}`);
  } else if (prog === 'ollama' && /^(pull|run)$/.test(args[0]?.value ?? '')) {
    const model = args.slice(1).find((a) => !a.value.startsWith('-'));
    if (model) checkOllamaRef(model.value, model.at, out, `${where}: ollama ${args[0]!.value}`);
  } else if (prog === 'go' && /^(install|get|run)$/.test(args[0]?.value ?? '')) {
    checkGo(args.slice(1), out.hit, `${where}: go ${args[0]!.value}`);
  }
}

/** sh -c "…", bash -lc '…', eval "…" are scripts; python -c "…" is Python code. */
function checkNestedScripts(p: Program, run: ShellRun): void {
  if (run.depth >= MAX_NESTING) return;
  const { prog, args } = p;
  const cFlag = /^(ba|z|da|k)?sh$/.test(prog) ? args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a.value)) : -1;
  const script = prog === 'eval' ? args[0] : cFlag >= 0 ? args[cFlag + 1] : undefined;
  if (script) {
    checkShell(
      script.value,
      remap(run.out, (o) => script.at + 1 + o),
      run.where,
      run.opts,
      run.depth + 1,
    );
    return;
  }
  if (/^python[0-9.]*$/.test(prog)) {
    const c = args.findIndex((a) => a.value === '-c');
    const code = c >= 0 ? args[c + 1] : undefined;
    if (code) checkPythonCode(code, run);
  }
}

function checkPythonCode(code: Word, run: ShellRun): void {
  const shift = remap(
    run.out,
    (o) => code.at + 1 + o,
    (h) => ({ ...h.evidence, inline: 'python -c' }),
  );
  checkPython(code.value, shift, run.opts.isLocalPath ? { isLocalPath: run.opts.isLocalPath } : {});
}

/** The file a download command writes, if it names one (curl -o F / -O, wget -O F / URL, gsutil/aws cp). */
export function savedFile(prog: string, args: readonly Word[]): { file: string; url: string } | undefined {
  const values = args.map((a) => a.value);
  const url = values.find((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
  if (!url) return undefined;
  const base = (u: string) => u.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1) ?? '';
  // `curl URL > file`, `wget -qO- URL >> file`: the shell writes the output to a file.
  const redirect = values.findIndex((v) => v === '>' || v === '>>');
  if (redirect >= 0 && values[redirect + 1]) return { file: values[redirect + 1]!, url };
  const glued = values.find((v) => /^>>?[^>]/.test(v));
  if (glued) return { file: glued.replace(/^>>?/, ''), url };
  if (prog === 'curl') {
    const o = values.findIndex((v) => v === '-o' || v === '--output');
    if (o >= 0 && values[o + 1]) return { file: values[o + 1]!, url };
    if (values.some((v) => v === '-O' || v === '--remote-name' || /^-[a-zA-Z]*O$/.test(v)))
      return { file: base(url), url };
    return undefined;
  }
  if (prog === 'wget') {
    const o = values.findIndex((v) => v === '-O' || v === '--output-document');
    if (o >= 0) return values[o + 1] && values[o + 1] !== '-' ? { file: values[o + 1]!, url } : undefined;
    const eq = values.find((v) => v.startsWith('--output-document='));
    if (eq) return { file: eq.slice(18), url };
    return { file: base(url), url };
  }
  if ((prog === 'gsutil' || prog === 'aws') && values.includes('cp')) {
    const dst = values.at(-1)!;
    return dst !== url ? { file: dst.endsWith('/') ? dst + base(url) : dst, url } : undefined;
  }
  return undefined;
}

const norm = (f: string) => f.replace(/^\.\//, '');

/** Scorecard's downloadThenRun: a file saved by a downloader and later executed, with no checksum check between. */
function trackDownloadThenRun(
  p: Program,
  saved: Map<string, { at: number; url: string; text: string }>,
  hit: HitSink,
  where: string,
): void {
  const dl =
    DOWNLOADERS.test(p.prog) || p.prog === 'gsutil' || p.prog === 'aws'
      ? savedFile(p.prog, p.args)
      : undefined;
  if (dl) {
    // Bounded: a script that saves more files than this without running them is not worth tracking further.
    if (!IMMUTABLE_URL.test(dl.url) && saved.size < MAX_SAVED) {
      saved.set(norm(dl.file), {
        at: p.at,
        url: dl.url,
        text: [p.prog, ...p.args.map((a) => a.value)].join(' '),
      });
    }
    return;
  }
  if (/^(sha256sum|sha512sum|shasum|gpg|gpgv|cosign|minisign)$/.test(p.prog)) {
    // A verification step: whatever it names (or a checksum file) is no longer unverified.
    for (const a of p.args) saved.delete(norm(a.value));
    if (p.args.some((a) => a.value === '-c' || a.value === '--check' || a.value === '--verify'))
      saved.clear();
    return;
  }
  let target: string | undefined;
  if (SHELLS.test(p.prog)) target = p.args.find((a) => !a.value.startsWith('-'))?.value;
  else if (p.prog !== 'chmod' && saved.size > 0)
    target = saved.has(norm(p.prog))
      ? norm(p.prog)
      : [...saved.keys()].find((f) => f.split('/').at(-1) === p.prog);
  if (target === undefined) return;
  const entry = saved.get(norm(target));
  if (!entry) return;
  saved.delete(norm(target));
  hit({
    rule: PIPE_TO_SHELL,
    offset: entry.at,
    text: entry.text,
    message: `${where}: ${target} is downloaded from ${shorten(entry.url, 80)} and then run without a checksum check`,
    evidence: { urls: [entry.url], file: target },
  });
}
