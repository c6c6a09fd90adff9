/**
 * Dockerfiles (Scorecard Pinned-Dependencies rules): FROM without an @sha256 digest (scratch and
 * earlier stage names excepted, ARG defaults substituted), ADD of a URL without --checksum, and the
 * shell rules on every RUN (shell form, exec form and heredocs).
 */
import type { HitSink } from './hits.ts';
import { DOCKER_UNPINNED_IMAGE, UNPINNED_URL } from './rules.ts';
import { checkShell } from './shell.ts';
import { readJson, toPlain } from '../core/json.ts';

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

export function checkDockerfile(text: string, sink: HitSink): void {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  for (const ins of instructions(text)) {
    const off = (i: number) => ins.map[i] ?? ins.at;
    if (ins.keyword === 'ARG') {
      for (const m of ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)) {
        args.set(m[1]!, m[2]!.replace(/^["']|["']$/g, ''));
      }
    } else if (ins.keyword === 'FROM') {
      const words = [...ins.args.matchAll(/\S+/g)];
      const imageIdx = words.findIndex((w) => !w[0].startsWith('--'));
      const image = words[imageIdx];
      if (!image) continue;
      const asIdx = words.findIndex((w, k) => k > imageIdx && w[0].toLowerCase() === 'as');
      if (asIdx > 0 && words[asIdx + 1]) stages.add(words[asIdx + 1]![0].toLowerCase());
      const raw = image[0];
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
      const unresolved = resolved.includes('$');
      const lower = resolved.toLowerCase();
      if (lower === 'scratch' || stages.has(lower)) continue;
      if (/@sha256:([0-9a-f]{64}|\$\{.*\}|\$[A-Za-z_])/.test(resolved)) continue;
      const name = resolved.split('@')[0]!;
      const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
      const tag = colon >= 0 ? name.slice(colon + 1) : undefined;
      sink({
        rule: DOCKER_UNPINNED_IMAGE,
        offset: off(image.index!),
        text: raw,
        ...(unresolved ? { severity: 'low' as const } : {}),
        message: unresolved
          ? `FROM ${raw}${raw !== resolved ? ` (${resolved})` : ''} depends on a build argument without a default and has no @sha256 digest`
          : `FROM ${raw}${raw !== resolved ? ` (${resolved})` : ''} ${tag ? `uses the mutable tag ${tag}` : 'has no tag (latest)'} and no @sha256 digest`,
        evidence: { image: resolved, ...(tag ? { tag } : {}) },
      });
    } else if (ins.keyword === 'RUN') {
      const flags = /^(\s*--\S+)*\s*/.exec(ins.args)?.[0].length ?? 0;
      const body = ins.args.slice(flags);
      if (body.startsWith('[')) {
        // Docker reads the exec form with Go's encoding/json (no NaN); anything else is shell form.
        const parsed = readJson(body);
        const strict = !parsed.error && !parsed.nonStandard.some((x) => x.kind === 'non-finite');
        const argv = strict && parsed.value ? toPlain(parsed.value) : undefined;
        if (Array.isArray(argv) && argv.every((x) => typeof x === 'string')) {
          const joined = argv.map((x) => (/\s/.test(x) ? `'${x}'` : x)).join(' ');
          checkShell(joined, (h) => sink({ ...h, offset: off(flags) }), 'Dockerfile RUN');
          continue;
        }
      }
      checkShell(body, (h) => sink({ ...h, offset: off(flags + h.offset) }), 'Dockerfile RUN');
      for (const hd of ins.heredocs) {
        checkShell(hd.text, (h) => sink({ ...h, offset: hd.map[h.offset] ?? ins.at }), 'Dockerfile RUN');
      }
    } else if (ins.keyword === 'ADD') {
      if (/(^|\s)--checksum=/.test(ins.args)) continue;
      for (const m of ins.args.matchAll(/(?:^|\s)(https?:\/\/\S+)/g)) {
        const url = m[1]!;
        if (/\.git(#|$)/.test(url)) continue;
        const idx = m.index! + m[0].indexOf(url);
        sink({
          rule: UNPINNED_URL,
          offset: off(idx),
          text: url,
          message: `ADD ${url} downloads without --checksum=sha256:…`,
          evidence: { url },
        });
      }
    }
  }
}
