/**
 * Shell commands (scripts, Dockerfile RUN, notebook `!` lines): download piped into a shell,
 * pip/npm installs of unpinned packages, Hugging Face CLI downloads without a commit revision.
 * A word splitter that knows quotes, comments, operators and backslash continuations; good enough
 * for the commands these rules look at (Scorecard's detection is similar in scope).
 */
import { type HitSink, isCommit, shorten } from './hits.ts';
import {
  checkIndexOption,
  checkRequirement,
  logicalLines,
  type Include,
  type ParsedOption,
  VALUE_OPTIONS,
} from './requirements.ts';
import {
  EDITABLE_INSTALL,
  MODEL_REVISION_VARIABLE,
  PIPE_TO_SHELL,
  REQUIREMENT_WITHOUT_HASH,
  TRUST_REMOTE_CODE,
  UNPINNED_MODEL_REVISION,
  UNPINNED_OLLAMA,
  UNPINNED_NPM,
  UNPINNED_REQUIREMENT,
} from './rules.ts';
import { condaSpecPinning } from './conda.ts';
import { npmSpecPinning } from './npm.ts';

interface Word {
  /** Unquoted value. */
  value: string;
  /** Offset of the word in the checked text. */
  at: number;
}

interface Command {
  words: Word[];
  /** Piped into the next command. */
  pipe: boolean;
  /** Offsets of the command's first and last character. */
  from: number;
  to: number;
}

/** Splits one logical line into commands (at |, ||, &&, ;, &, parentheses, $( and backticks). */
function splitCommands(line: string, map: readonly number[]): Command[] {
  const commands: Command[] = [];
  let words: Word[] = [];
  let cur: Word | undefined;
  let from = -1;
  const off = (i: number) => map[i] ?? map.at(-1) ?? 0;
  const endWord = () => {
    if (cur) words.push(cur);
    cur = undefined;
  };
  const endCommand = (pipe: boolean, i: number) => {
    endWord();
    if (words.length)
      commands.push({ words, pipe, from: from < 0 ? off(i) : from, to: off(Math.max(0, i - 1)) });
    words = [];
    from = -1;
  };
  const add = (ch: string, i: number) => {
    if (!cur) {
      cur = { value: '', at: off(i) };
      if (from < 0) from = off(i);
    }
    cur.value += ch;
  };
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      const stop = end < 0 ? line.length : end;
      if (!cur) add('', i);
      cur!.value += line.slice(i + 1, stop);
      i = stop + 1;
    } else if (c === '"') {
      let j = i + 1;
      if (!cur) add('', i);
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length) j++;
        cur!.value += line[j];
        j++;
      }
      i = j + 1;
    } else if (c === '\\' && i + 1 < line.length) {
      add(line[i + 1]!, i);
      i += 2;
    } else if (c === '#' && !cur) {
      endCommand(false, i);
      break;
    } else if (/\s/.test(c)) {
      endWord();
      i++;
    } else if (c === '|' || c === ';' || c === '&' || c === '(' || c === ')' || c === '`') {
      const pipe = c === '|' && line[i + 1] !== '|';
      endCommand(pipe, i);
      i += (c === '|' || c === '&') && line[i + 1] === c ? 2 : 1;
    } else if (c === '$' && line[i + 1] === '(') {
      endCommand(false, i);
      i += 2;
    } else if (c === '<' && line[i + 1] === '(') {
      endCommand(false, i);
      i += 2;
    } else {
      add(c, i);
      i++;
    }
  }
  endCommand(false, line.length);
  return commands;
}

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'builtin', 'xargs', 'doas']);
const SHELLS =
  /^(sh|bash|zsh|dash|ksh|ash|fish|python[0-9.]*|perl|ruby|node|php|pwsh|powershell|iex|source|\.)$/;
const DOWNLOADERS = /^(curl|wget|fetch|aria2c|http|httpie|iwr|invoke-webrequest)$/i;

/** Drops wrappers (sudo -E, env A=B, VAR=value) and returns the program and its arguments. */
function program(words: readonly Word[]): { prog: string; args: Word[]; at: number } | undefined {
  let i = 0;
  while (i < words.length) {
    const w = words[i]!.value;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
      i++;
      continue;
    }
    const base = w.split('/').at(-1) ?? w;
    if (WRAPPERS.has(base)) {
      i++;
      while (i < words.length && words[i]!.value.startsWith('-')) {
        const flag = words[i]!.value;
        i += flag === '-u' || flag === '-g' ? 2 : 1;
      }
      continue;
    }
    return { prog: base, args: words.slice(i + 1), at: words[i]!.at };
  }
  return undefined;
}

const IMMUTABLE_URL = /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\//;

const PIP_VALUE_OPTS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--trusted-host',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--src',
  '--upgrade-strategy',
  '--python-version',
  '--platform',
  '--implementation',
  '--abi',
  '--no-binary',
  '--only-binary',
  '--progress-bar',
  '--log',
  '--cache-dir',
  '-C',
  '--config-settings',
  '--global-option',
  '--install-option',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--report',
  '--python',
  '--use-feature',
  '--index-strategy',
]);
const INDEX_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(VALUE_OPTIONS).filter(([, v]) =>
    ['index-url', 'extra-index-url', 'find-links', 'trusted-host'].includes(v),
  ),
);

/** Requirements files named by `pip install -r` while `collectShellIncludes` runs (the checks are synchronous). */
let includeSink: Include[] | undefined;

/** Runs `fn` and returns the files its shell checks saw passed to `pip install -r`/`-c`. */
export function collectShellIncludes(fn: () => void): Include[] {
  const previous = includeSink;
  const list: Include[] = [];
  includeSink = list;
  try {
    fn();
  } finally {
    includeSink = previous;
  }
  return list;
}

function checkPipInstall(args: readonly Word[], sink: HitSink, where: string): void {
  const reqs: Word[] = [];
  const reqFiles: Word[] = [];
  let requireHashes = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = w.value;
    if (v === '--require-hashes') {
      requireHashes = true;
      continue;
    }
    if (v.startsWith('-')) {
      const eq = v.startsWith('--') ? v.indexOf('=') : -1;
      const flag = eq > 0 ? v.slice(0, eq) : v;
      let value: string | undefined;
      let valueAt = w.at;
      if (PIP_VALUE_OPTS.has(flag)) {
        if (eq > 0) {
          value = v.slice(eq + 1);
          valueAt = w.at + eq + 1;
        } else {
          value = args[i + 1]?.value;
          valueAt = args[i + 1]?.at ?? w.at;
          i++;
        }
      } else if (/^-[rcefi]./.test(v)) {
        value = v.slice(2);
        valueAt = w.at + 2;
      }
      if ((flag === '-r' || flag === '--requirement' || /^-r./.test(v)) && value !== undefined) {
        reqFiles.push({ value, at: w.at });
        includeSink?.push({ kind: 'requirement', target: value, offset: 0, text: `-r ${value}`, soft: true });
      }
      const name = INDEX_NAMES[flag] ?? INDEX_NAMES[v.slice(0, 2)];
      if (name && value !== undefined) {
        const opt: ParsedOption = { name, value, start: w.at, valueStart: valueAt };
        checkIndexOption(sink, opt, (x) => x);
      }
      if ((flag === '-e' || flag === '--editable' || v.startsWith('-e')) && value !== undefined) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^file:/i.test(value)) {
          sink({
            rule: EDITABLE_INSTALL,
            offset: w.at,
            text: `${v} ${value}`,
            message: `${where} -e ${value} installs an editable checkout from a URL`,
          });
          checkRequirement(sink, { text: value, offset: valueAt, hashed: false, hashRule: false, where });
        }
      }
      continue;
    }
    reqs.push(w);
  }
  if (requireHashes) return;
  for (const f of reqFiles) {
    sink({
      rule: REQUIREMENT_WITHOUT_HASH,
      offset: f.at,
      text: `-r ${f.value}`,
      message: `${where} -r ${f.value} without --require-hashes: hashes are enforced only if every line of ${f.value} has one`,
      evidence: { file: f.value },
    });
  }
  for (const r of reqs) {
    if (/^(\.{1,2}|\.\/?|\.{1,2}\/[^\s]*)$/.test(r.value) && !/\.whl$/i.test(r.value)) {
      sink({
        rule: UNPINNED_REQUIREMENT,
        severity: 'low',
        offset: r.at,
        text: r.value,
        message: `${where} ${r.value} builds a local project; its own dependencies resolve to whatever versions are current`,
      });
      continue;
    }
    if (r.value.includes('$')) {
      sink({
        rule: UNPINNED_REQUIREMENT,
        severity: 'low',
        offset: r.at,
        text: r.value,
        message: `${where} ${r.value}: the package or version comes from a variable and cannot be checked`,
      });
      continue;
    }
    checkRequirement(sink, { text: r.value, offset: r.at, hashed: false, hashRule: true, where });
  }
}

function checkNpm(prog: string, args: readonly Word[], at: number, sink: HitSink): void {
  const sub = args.find((a) => !a.value.startsWith('-'));
  const isExec = prog === 'npx' || prog === 'pnpx' || prog === 'bunx';
  const installSubs = new Set([
    'install',
    'i',
    'add',
    'install-test',
    'it',
    'in',
    'isntall',
    'update',
    'up',
    'upgrade',
  ]);
  const execSubs = new Set(['exec', 'dlx', 'x']);
  let pkgs: Word[];
  let verb: string;
  if (isExec) {
    const first = args.find((a) => !a.value.startsWith('-'));
    pkgs = first ? [first] : [];
    verb = prog;
  } else if (sub && installSubs.has(sub.value)) {
    pkgs = args.slice(args.indexOf(sub) + 1).filter((a) => !a.value.startsWith('-'));
    verb = `${prog} ${sub.value}`;
    if (pkgs.length === 0) {
      if (prog === 'npm') {
        sink({
          rule: UNPINNED_NPM,
          severity: 'low',
          offset: at,
          text: verb,
          message: `${verb} re-resolves ranges and may install versions the lock file does not name; use npm ci`,
        });
      }
      return;
    }
  } else if (sub && execSubs.has(sub.value)) {
    const first = args.slice(args.indexOf(sub) + 1).find((a) => !a.value.startsWith('-'));
    pkgs = first ? [first] : [];
    verb = `${prog} ${sub.value}`;
  } else return;
  for (const p of pkgs) {
    const v = p.value;
    const at2 = v.lastIndexOf('@');
    const name = at2 > 0 ? v.slice(0, at2) : v;
    const spec = at2 > 0 ? v.slice(at2 + 1) : '';
    // `name@spec`; a path, git or URL argument is itself the spec; a bare name means any version.
    const direct = /^[.~/]|^(file|link|git|github|gitlab|bitbucket):|^git\+|:\/\//.test(v);
    const pin = npmSpecPinning(name, direct ? v : spec);
    const exact = pin.kind === 'pinned' || (pin.kind === 'vcs' && pin.pinned);
    if (pin.kind === 'local' || (isExec && exact)) continue;
    sink({
      rule: UNPINNED_NPM,
      severity: exact ? 'low' : 'medium',
      offset: p.at,
      text: v,
      message: exact
        ? `${verb} ${v} pins the package but not its dependencies (no lock file); use npm ci`
        : `${verb} ${v} installs ${pin.reason}`,
      evidence: { package: name, spec },
    });
  }
}

const CONDA_VALUE_OPTS = new Set(['-c', '--channel', '-n', '--name', '-p', '--prefix', '--file', '-f']);

function checkCondaInstall(args: readonly Word[], sink: HitSink, where: string): void {
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w.value.startsWith('-')) {
      if (CONDA_VALUE_OPTS.has(w.value)) i++;
      continue;
    }
    if (w.value.includes('$')) continue;
    const p = condaSpecPinning(w.value);
    if (p.pinned) continue;
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: w.at,
      text: w.value,
      ...(p.prefix ? { severity: 'low' as const } : {}),
      message: `${where} ${w.value} is not pinned to an exact version (${p.reason})`,
      evidence: { spec: w.value },
    });
  }
}

/** `vllm serve m --trust-remote-code`, `lm_eval --trust_remote_code`, `text-generation-launcher --trust-remote-code`. */
function checkTrustFlag(p: { prog: string; args: Word[] }, sink: HitSink, where: string): void {
  const flag = p.args.find((a) => /^--trust[-_]remote[-_]code(=(true|1|yes))?$/i.test(a.value));
  if (!flag) return;
  const values = p.args.map((a) => a.value);
  const r = values.findIndex((v) => v === '--revision' || v === '--code-revision');
  const rev =
    r >= 0 ? values[r + 1] : values.find((v) => /^--(code-)?revision=/.test(v))?.replace(/^[^=]*=/, '');
  const pinned = rev !== undefined && isCommit(rev);
  sink({
    rule: TRUST_REMOTE_CODE,
    severity: pinned ? 'medium' : 'high',
    offset: flag.at,
    text: [p.prog, ...values].join(' '),
    message: `${where}: ${p.prog} ${flag.value} runs the model repository's Python code${pinned ? ' (pinned to a commit: review it)' : ', and no commit --revision fixes which'}`,
    evidence: { program: p.prog, ...(rev ? { revision: rev } : {}) },
  });
}

/** Ollama registry references: no tag means :latest; every tag is mutable. Local files and digests are fine. */
function checkOllamaRef(ref: string, at: number, sink: HitSink, where: string): void {
  if (/^[.~/]|\.(gguf|bin|safetensors)$/i.test(ref) || /@sha256:[0-9a-f]{64}$/.test(ref) || ref.includes('$'))
    return;
  const name = ref.replace(/^https?:\/\//, '');
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
  const tag = colon >= 0 ? name.slice(colon + 1) : '';
  sink({
    rule: UNPINNED_OLLAMA,
    offset: at,
    text: ref,
    ...(tag && tag !== 'latest' ? { severity: 'low' as const } : {}),
    message: `${where} ${ref} ${tag && tag !== 'latest' ? `uses the mutable tag ${tag}` : 'resolves :latest'}; no manifest digest pins it`,
    evidence: { model: ref, tag: tag || 'latest' },
  });
}

/** Modelfile: FROM a registry model (not a local GGUF/safetensors path). */
export function checkModelfile(text: string, sink: HitSink): void {
  for (const m of text.matchAll(/^[ \t]*FROM[ \t]+(\S+)/gim)) {
    checkOllamaRef(m[1]!, m.index! + m[0].length - m[1]!.length, sink, 'Modelfile FROM');
  }
}

/** go install/get/run pkg@version: a full semver (checksum database) or a commit is pinned. */
function checkGo(args: readonly Word[], sink: HitSink, where: string): void {
  for (const a of args) {
    if (a.value.startsWith('-') || !a.value.includes('/') || a.value.startsWith('.')) continue;
    const at = a.value.lastIndexOf('@');
    const version = at > 0 ? a.value.slice(at + 1) : '';
    if (/^v\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(version) || isCommit(version) || version === 'none') continue;
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: a.at,
      text: a.value,
      message: `${where} ${a.value} ${version ? `asks for ${version}, not a full version or commit` : 'has no version'}`,
      evidence: { module: at > 0 ? a.value.slice(0, at) : a.value, version },
    });
  }
}

const HF_VALUE_OPTS = new Set([
  '--revision',
  '--repo-type',
  '--local-dir',
  '--cache-dir',
  '--token',
  '--max-workers',
  '--local-dir-use-symlinks',
]);

function checkHfDownload(args: readonly Word[], at: number, sink: HitSink, prog: string): void {
  let repo: Word | undefined;
  let revision: Word | undefined;
  for (let i = 1; i < args.length; i++) {
    const w = args[i]!;
    if (w.value === '--include' || w.value === '--exclude') {
      while (i + 1 < args.length && !args[i + 1]!.value.startsWith('-')) i++;
      continue;
    }
    if (w.value.startsWith('--revision=')) {
      revision = { value: w.value.slice(11), at: w.at + 11 };
      continue;
    }
    if (HF_VALUE_OPTS.has(w.value)) {
      if (w.value === '--revision') revision = args[i + 1];
      i++;
      continue;
    }
    if (w.value.startsWith('-')) continue;
    repo ??= w;
  }
  if (!repo) return;
  const shown = `${prog} download ${repo.value}`;
  if (!revision) {
    sink({
      rule: UNPINNED_MODEL_REVISION,
      offset: at,
      text: shown,
      message: `${shown} has no --revision: it downloads whatever the default branch holds`,
      evidence: { model: repo.value },
    });
  } else if (revision.value.includes('$')) {
    sink({
      rule: MODEL_REVISION_VARIABLE,
      offset: revision.at,
      text: revision.value,
      message: `${shown} --revision ${revision.value} cannot be checked statically`,
      evidence: { model: repo.value },
    });
  } else if (!isCommit(revision.value)) {
    sink({
      rule: UNPINNED_MODEL_REVISION,
      offset: revision.at,
      text: revision.value,
      message: `${shown} --revision ${revision.value} is not a 40-hex commit`,
      evidence: { model: repo.value, revision: revision.value },
    });
  }
}

/** An interpreter word that runs a command substitution after it (sh -c "$(…)", bash <(…), eval "$(…)"). */
const RUNNER_BEFORE =
  /(?:^|\s)(?:(?:ba|z|da|k)?sh|eval|source|\.|python[0-9.]*|perl|ruby|node)\b(?:\s+-\S+)*\s*["']?$/;

/** Checks shell text (a script, a RUN instruction, notebook `!` lines). Offsets are into `text`. */
export function checkShell(text: string, sink: HitSink, where = 'script', depth = 0): void {
  /** Files a downloader saved (name -> where and from which URL), until a checksum check names them. */
  const saved = new Map<string, { at: number; url: string; text: string }>();
  for (const line of logicalLines(text)) {
    const map = line.map;
    const commands = splitCommands(line.text, map);
    const programs = commands.map((c) => program(c.words));
    const reported = new Set<number>();
    // download | … | interpreter: one pass over each pipeline (linear in the number of commands).
    let pipeStart = 0;
    for (let i = 0; i < commands.length; i++) {
      if (commands[i]!.pipe) continue;
      let downloader = -1;
      for (let j = pipeStart; j <= i; j++) {
        const p = programs[j];
        if (!p) continue;
        if (downloader < 0 && DOWNLOADERS.test(p.prog) && j < i) {
          const urls = p.args.map((a) => a.value).filter((v) => /^[a-z]+:\/\//i.test(v));
          if (urls.length === 0 || !urls.every((u) => IMMUTABLE_URL.test(u))) downloader = j;
        } else if (downloader >= 0 && SHELLS.test(p.prog)) {
          const c = commands[downloader]!;
          const d = programs[downloader]!;
          const urls = d.args.map((a) => a.value).filter((v) => /^[a-z]+:\/\//i.test(v));
          const seg = lineSlice(line.text, map, c.from, commands[j]!.to);
          sink({
            rule: PIPE_TO_SHELL,
            offset: c.from,
            text: seg,
            message: `${where}: \`${shorten(seg, 100)}\` runs downloaded code without verifying it`,
            evidence: { urls },
          });
          reported.add(c.from);
          break;
        }
      }
      pipeStart = i + 1;
    }
    // bash <(curl …), sh -c "$(curl …)", eval "$(wget …)": find the substitution, then look back
    // (a bounded window) for the interpreter that runs it.
    const SUBST = /(?:<\(|\$\(|`)\s*(?:curl|wget)\b/g;
    let m: RegExpExecArray | null;
    // biome-ignore lint/suspicious/noAssignInExpressions: regex scan loop
    while ((m = SUBST.exec(line.text)) !== null) {
      const windowStart = Math.max(0, m.index - 200);
      const before = line.text.slice(windowStart, m.index);
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
      const at = map[startIdx] ?? 0;
      const close = line.text.indexOf(')', m.index);
      const rest = line.text.slice(
        startIdx,
        close < 0 ? Math.min(line.text.length, m.index + 300) : close + 1,
      );
      const urls = rest.match(/[a-z]+:\/\/[^\s"'`)]+/gi) ?? [];
      if (urls.length > 0 && urls.every((u) => IMMUTABLE_URL.test(u))) continue;
      if (reported.has(at)) continue;
      reported.add(at);
      sink({
        rule: PIPE_TO_SHELL,
        offset: at,
        text: rest,
        message: `${where}: \`${shorten(rest, 100)}\` runs downloaded code without verifying it`,
        evidence: { urls },
      });
    }
    for (const p of programs) {
      if (!p) continue;
      const { prog, args } = p;
      trackDownloadThenRun(p, saved, sink, where);
      // sh -c "…", bash -lc '…', eval "…": the string is itself a script.
      const cFlag = /^(ba|z|da|k)?sh$/.test(prog)
        ? args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a.value))
        : -1;
      const script = prog === 'eval' ? args[0] : cFlag >= 0 ? args[cFlag + 1] : undefined;
      if (script && depth < 4) {
        checkShell(script.value, (h) => sink({ ...h, offset: script.at + 1 + h.offset }), where, depth + 1);
      }
      checkTrustFlag(p, sink, where);
      if (/^pip[0-9.]*$/.test(prog) && args[0]?.value === 'install') {
        checkPipInstall(args.slice(1), sink, `${where}: pip install`);
      } else if (/^(python[0-9.]*|py)$/.test(prog)) {
        const mi = args.findIndex((a) => a.value === '-m');
        if (mi >= 0 && /^pip[0-9.]*$/.test(args[mi + 1]?.value ?? '') && args[mi + 2]?.value === 'install') {
          checkPipInstall(args.slice(mi + 3), sink, `${where}: pip install`);
        }
      } else if (prog === 'uv' && args[0]?.value === 'pip' && args[1]?.value === 'install') {
        checkPipInstall(args.slice(2), sink, `${where}: uv pip install`);
      } else if (/^(npm|yarn|pnpm|bun|npx|pnpx|bunx)$/.test(prog)) {
        checkNpm(prog, args, p.at, sink);
      } else if (/^(conda|mamba|micromamba)$/.test(prog) && /^(install|create)$/.test(args[0]?.value ?? '')) {
        checkCondaInstall(args.slice(1), sink, `${where}: ${prog} ${args[0]!.value}`);
      } else if (prog === 'ollama' && /^(pull|run)$/.test(args[0]?.value ?? '')) {
        const model = args.slice(1).find((a) => !a.value.startsWith('-'));
        if (model) checkOllamaRef(model.value, model.at, sink, `${where}: ollama ${args[0]!.value}`);
      } else if (prog === 'go' && /^(install|get|run)$/.test(args[0]?.value ?? '')) {
        checkGo(args.slice(1), sink, `${where}: go ${args[0]!.value}`);
      } else if ((prog === 'huggingface-cli' || prog === 'hf') && args[0]?.value === 'download') {
        checkHfDownload(args, p.at, sink, prog);
      }
    }
  }
}

/** The file a download command writes, if it names one (curl -o F / -O, wget -O F / URL, gsutil/aws cp). */
function savedFile(prog: string, args: readonly Word[]): { file: string; url: string } | undefined {
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
  p: { prog: string; args: Word[]; at: number },
  saved: Map<string, { at: number; url: string; text: string }>,
  sink: HitSink,
  where: string,
): void {
  const dl =
    DOWNLOADERS.test(p.prog) || p.prog === 'gsutil' || p.prog === 'aws'
      ? savedFile(p.prog, p.args)
      : undefined;
  if (dl) {
    if (!IMMUTABLE_URL.test(dl.url)) {
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
  else if (p.prog !== 'chmod')
    target = [...saved.keys()].find((f) => f === norm(p.prog) || f.split('/').at(-1) === p.prog);
  if (target === undefined) return;
  const hit = saved.get(norm(target));
  if (!hit) return;
  saved.delete(norm(target));
  sink({
    rule: PIPE_TO_SHELL,
    offset: hit.at,
    text: hit.text,
    message: `${where}: ${target} is downloaded from ${shorten(hit.url, 80)} and then run without a checksum check`,
    evidence: { urls: [hit.url], file: target },
  });
}

function lineSlice(text: string, map: readonly number[], from: number, to: number): string {
  return text.slice(indexOfOffset(map, from), indexOfOffset(map, to) + 1).trim();
}

/** First index whose offset is >= `offset` (map is increasing). */
function indexOfOffset(map: readonly number[], offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
