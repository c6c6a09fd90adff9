/**
 * Package installs and model pulls on command lines: pip/uv pip install (unpinned requirements,
 * -r files, index options, editable URLs), npm/yarn/pnpm/bun and npx, conda/mamba install, go
 * install, `--trust-remote-code` flags, and Ollama pulls (and Modelfile FROM lines).
 */
import { type HitSink, isCommit, type PinSink, reportModel } from './hits.ts';
import { ollamaId } from './model-ids.ts';
import { checkIndexOption, checkRequirement, type ParsedOption, VALUE_OPTIONS } from './requirements.ts';
import {
  EDITABLE_INSTALL,
  REQUIREMENT_WITHOUT_HASH,
  TRUST_REMOTE_CODE,
  UNPINNED_NPM,
  UNPINNED_OLLAMA,
  UNPINNED_REQUIREMENT,
} from './rules.ts';
import { condaSpecPinning } from './conda.ts';
import { npmSpecPinning } from './npm.ts';
import type { Word } from './shell-words.ts';

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

export function checkPipInstall(args: readonly Word[], out: PinSink, where: string): void {
  const sink = out.hit;
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
        out.include({ kind: 'requirement', target: value, offset: 0, text: `-r ${value}`, soft: true });
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

export function checkNpm(prog: string, args: readonly Word[], at: number, sink: HitSink): void {
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

export function checkCondaInstall(args: readonly Word[], sink: HitSink, where: string): void {
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
      severity: p.prefix ? 'low' : undefined,
      message: `${where} ${w.value} is not pinned to an exact version (${p.reason})`,
      evidence: { spec: w.value },
    });
  }
}

/** `vllm serve m --trust-remote-code`, `lm_eval --trust_remote_code`, `text-generation-launcher --trust-remote-code`. */
export function checkTrustFlag(p: { prog: string; args: Word[] }, sink: HitSink, where: string): void {
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
    evidence: { program: p.prog, revision: rev || undefined },
  });
}

/** Ollama registry references: no tag means :latest; every tag is mutable. Local files and digests are fine. */
export function checkOllamaRef(ref: string, at: number, out: PinSink, where: string): void {
  const reading = ollamaId(ref);
  if (reading.kind !== 'ref') return;
  const r = { source: reading.source, pinned: reading.pinned === true, offset: at, text: ref };
  if (r.pinned) {
    out.reference(r);
    return;
  }
  const name = ref.replace(/^https?:\/\//, '');
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
  const tag = colon >= 0 ? name.slice(colon + 1) : '';
  reportModel(out, r, {
    rule: UNPINNED_OLLAMA,
    offset: at,
    text: ref,
    severity: tag && tag !== 'latest' ? 'low' : undefined,
    message: `${where} ${ref} ${tag && tag !== 'latest' ? `uses the mutable tag ${tag}` : 'resolves :latest'}; no manifest digest pins it`,
    evidence: { model: ref, tag: tag || 'latest' },
  });
}

/** Modelfile: FROM a registry model (not a local GGUF/safetensors path). */
export function checkModelfile(text: string, out: PinSink): void {
  for (const m of text.matchAll(/^[ \t]*FROM[ \t]+(\S+)/gim)) {
    checkOllamaRef(m[1]!, m.index! + m[0].length - m[1]!.length, out, 'Modelfile FROM');
  }
}

/** go install/get/run pkg@version: a full semver (checksum database) or a commit is pinned. */
export function checkGo(args: readonly Word[], sink: HitSink, where: string): void {
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
