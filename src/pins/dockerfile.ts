/**
 * Dockerfiles (Scorecard Pinned-Dependencies rules): FROM without an @sha256 digest (scratch and
 * earlier stage names excepted, ARG defaults substituted), ADD of a URL without --checksum, and the
 * shell rules on every RUN (shell form, exec form and heredocs; `python -c "..."` code is parsed as
 * Python), CMD and ENTRYPOINT (a serving command such as `vllm serve org/name`), and the serving
 * arguments of a FROM serving image (`FROM ghcr.io/huggingface/text-generation-inference` +
 * `CMD ["--model-id", "org/name"]`).
 */
import type { HitSink, PinSink } from './hits.ts';
import { remap } from './hits.ts';
import { readJson, toPlain } from '../core/json.ts';
import { DOCKER_UNPINNED_IMAGE, UNPINNED_URL } from './rules.ts';
import { checkShell, type ShellOptions } from './shell.ts';
import { checkServingImage } from './shell-models.ts';

interface Instruction {
  keyword: string;
  /** Arguments after the keyword, continuations joined. */
  args: string;
  /** Source offset of every character of args. */
  map: number[];
  at: number;
  /** Heredoc bodies that follow the instruction. */
  heredocs: { text: string; map: number[] }[];
}

function instructions(text: string): Instruction[] {
  const lines: { text: string; start: number }[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: regex scan loop
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') break;
    lines.push({ text: m[0].replace(/[\r\n]+$/, ''), start: m.index });
  }
  const escapeChar = /^#\s*escape\s*=\s*`/i.test(lines[0]?.text ?? '') ? '`' : '\\';
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    const lead = first.text.length - first.text.trimStart().length;
    const kw = /^([A-Za-z]+)(\s+|$)/.exec(first.text.slice(lead));
    if (!kw || /^\s*#/.test(first.text)) {
      i++;
      continue;
    }
    let args = '';
    const map: number[] = [];
    let startCol = lead + kw[0].length;
    let cont = true;
    while (cont && i < lines.length) {
      const line = lines[i]!;
      if (line !== first && (/^\s*#/.test(line.text) || line.text.trim() === '')) {
        i++;
        continue;
      }
      let body = line.text.slice(startCol);
      cont = body.trimEnd().endsWith(escapeChar);
      if (cont) body = body.trimEnd().slice(0, -1);
      for (let k = 0; k < body.length; k++) map.push(line.start + startCol + k);
      args += body;
      if (cont) {
        args += ' ';
        map.push(line.start + startCol + body.length);
      }
      startCol = 0;
      i++;
    }
    const heredocs: Instruction['heredocs'] = [];
    const hd = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(args);
    if (hd) {
      let body = '';
      const hmap: number[] = [];
      while (i < lines.length && lines[i]!.text.trim() !== hd[1]) {
        const l = lines[i]!;
        for (let k = 0; k <= l.text.length; k++) hmap.push(l.start + k);
        body += `${l.text}\n`;
        i++;
      }
      i++;
      heredocs.push({ text: body, map: hmap });
    }
    let keyword = kw[1]!.toUpperCase();
    const onbuild = keyword === 'ONBUILD' ? /^\s*([A-Za-z]+)\s+/.exec(args) : null;
    if (onbuild) {
      keyword = onbuild[1]!.toUpperCase();
      args = args.slice(onbuild[0].length);
      map.splice(0, onbuild[0].length);
    }
    out.push({ keyword, args, map, at: first.start + lead, heredocs });
  }
  return out;
}

interface DockerState {
  args: Map<string, string>;
  stages: Set<string>;
  /** The image of the current stage, resolved. */
  image?: string;
  out: PinSink;
  opts: ShellOptions;
}

export function checkDockerfile(text: string, out: PinSink, opts: ShellOptions = {}): void {
  const state: DockerState = { args: new Map(), stages: new Set(), out, opts };
  for (const ins of instructions(text)) {
    if (ins.keyword === 'ARG') readArg(ins, state);
    else if (ins.keyword === 'FROM') checkFrom(ins, state);
    else if (ins.keyword === 'RUN') checkRun(ins, state);
    else if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') checkCmd(ins, state);
    else if (ins.keyword === 'ADD') checkAdd(ins, out.hit);
  }
}

const offsetIn = (ins: Instruction) => (i: number) => ins.map[i] ?? ins.at;

function readArg(ins: Instruction, state: DockerState): void {
  for (const m of ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)) {
    state.args.set(m[1]!, m[2]!.replace(/^["']|["']$/g, ''));
  }
}

function substitute(raw: string, args: ReadonlyMap<string, string>): string {
  let resolved = raw;
  for (let pass = 0; pass < 4 && resolved.includes('$'); pass++) {
    resolved = resolved.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
      (all, a, def, b) => {
        const v = args.get(a ?? b) ?? def;
        return v === undefined || v === '' ? all : v;
      },
    );
  }
  return resolved;
}

function checkFrom(ins: Instruction, state: DockerState): void {
  const words = [...ins.args.matchAll(/\S+/g)];
  const imageIdx = words.findIndex((w) => !w[0].startsWith('--'));
  const image = words[imageIdx];
  if (!image) return;
  const asIdx = words.findIndex((w, k) => k > imageIdx && w[0].toLowerCase() === 'as');
  if (asIdx > 0 && words[asIdx + 1]) state.stages.add(words[asIdx + 1]![0].toLowerCase());
  const raw = image[0];
  const resolved = substitute(raw, state.args);
  state.image = resolved;
  const unresolved = resolved.includes('$');
  const lower = resolved.toLowerCase();
  if (lower === 'scratch' || state.stages.has(lower)) return;
  if (/@sha256:([0-9a-f]{64}|\$\{.*\}|\$[A-Za-z_])/.test(resolved)) return;
  const name = resolved.split('@')[0]!;
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
  const tag = colon >= 0 ? name.slice(colon + 1) : undefined;
  const shown = `FROM ${raw}${raw !== resolved ? ` (${resolved})` : ''}`;
  state.out.hit({
    rule: DOCKER_UNPINNED_IMAGE,
    offset: offsetIn(ins)(image.index!),
    text: raw,
    severity: unresolved ? 'low' : undefined,
    message: unresolved
      ? `${shown} depends on a build argument without a default and has no @sha256 digest`
      : `${shown} ${tag ? `uses the mutable tag ${tag}` : 'has no tag (latest)'} and no @sha256 digest`,
    evidence: { image: resolved, tag: tag || undefined },
  });
}

/**
 * The exec form `["a", "b"]` as argv, or undefined for the shell form. Docker reads it with Go's
 * encoding/json (no NaN); anything else is shell form.
 */
function execForm(body: string): string[] | undefined {
  if (!body.startsWith('[')) return undefined;
  const parsed = readJson(body);
  if (parsed.error || !parsed.value || parsed.nonStandard.some((x) => x.kind === 'non-finite'))
    return undefined;
  const argv = toPlain(parsed.value);
  return Array.isArray(argv) && argv.every((x) => typeof x === 'string') ? (argv as string[]) : undefined;
}

function checkRun(ins: Instruction, state: DockerState): void {
  const off = offsetIn(ins);
  const flags = /^(\s*--\S+)*\s*/.exec(ins.args)?.[0].length ?? 0;
  const body = ins.args.slice(flags);
  const argv = execForm(body);
  if (argv) {
    const joined = argv.map((x) => (/\s/.test(x) ? `'${x}'` : x)).join(' ');
    checkShell(
      joined,
      remap(state.out, () => off(flags)),
      'Dockerfile RUN',
      state.opts,
    );
    return;
  }
  checkShell(
    body,
    remap(state.out, (o) => off(flags + o)),
    'Dockerfile RUN',
    state.opts,
  );
  for (const hd of ins.heredocs) {
    checkShell(
      hd.text,
      remap(state.out, (o) => hd.map[o] ?? ins.at),
      'Dockerfile RUN',
      state.opts,
    );
  }
}

/** CMD/ENTRYPOINT: a command line; for a serving base image, its arguments are the server's. */
function checkCmd(ins: Instruction, state: DockerState): void {
  const off = offsetIn(ins);
  const argv = execForm(ins.args);
  const where = `Dockerfile ${ins.keyword}`;
  if (!argv) {
    checkShell(
      ins.args,
      remap(state.out, (o) => off(o)),
      where,
      state.opts,
    );
    return;
  }
  const at = off(0);
  if (
    ins.keyword === 'CMD' &&
    state.image &&
    !/^(python[0-9.]*|sh|bash|vllm|text-generation-launcher|llama-server)$/.test(argv[0] ?? '')
  ) {
    checkServingImage(
      state.image,
      argv.map((value) => ({ value, at })),
      [],
      state.out,
      `${where} of ${state.image}`,
    );
    return;
  }
  const joined = argv.map((x) => (/\s/.test(x) ? `'${x}'` : x)).join(' ');
  checkShell(
    joined,
    remap(state.out, () => at),
    where,
    state.opts,
  );
}

function checkAdd(ins: Instruction, hit: HitSink): void {
  if (/(^|\s)--checksum=/.test(ins.args)) return;
  for (const m of ins.args.matchAll(/(?:^|\s)(https?:\/\/\S+)/g)) {
    const url = m[1]!;
    if (/\.git(#|$)/.test(url)) continue;
    const idx = m.index! + m[0].indexOf(url);
    hit({
      rule: UNPINNED_URL,
      offset: offsetIn(ins)(idx),
      text: url,
      message: `ADD ${url} downloads without --checksum=sha256:…`,
      evidence: { url },
    });
  }
}
