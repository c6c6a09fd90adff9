/**
 * GitHub Actions workflows and composite actions (Scorecard Pinned-Dependencies, zizmor
 * unpinned-uses / unpinned-images): `uses:` must name a full 40-hex commit (local `./` actions are
 * not judged), `docker://` and container/service images need an @sha256 digest, and every `run:`
 * script gets the shell checks. Read with the `yaml` package, whose node ranges give positions.
 */
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { isCommit, type PinSink, remap } from './hits.ts';
import { DOCKER_UNPINNED_IMAGE, UNPINNED_ACTION } from './rules.ts';
import { checkShell } from './shell.ts';
import { readYaml, scalarOffset } from './yaml.ts';

const DIGEST_RE = /@sha256:[0-9a-f]{64}$/;

/** Source text of a `run:` value with its offsets (block scalars: indentation removed line by line). */
function runText(src: string, node: Scalar): { text: string; map: number[] } | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') {
    const base = scalarOffset(node);
    const raw = src.slice(base, end);
    // Plain and quoted scalars: map the decoded value onto the raw text when they agree, else to the start.
    const text = node.value;
    const same = raw.startsWith(text);
    const map = Array.from({ length: text.length }, (_, i) => (same ? base + i : base));
    return { text, map };
  }
  const headerEnd = src.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return { text: '', map: [] };
  const lines: { text: string; at: number }[] = [];
  let pos = headerEnd + 1;
  while (pos < end) {
    const nl = src.indexOf('\n', pos);
    const stop = nl < 0 || nl > end ? end : nl;
    lines.push({ text: src.slice(pos, stop), at: pos });
    pos = stop + 1;
  }
  // A loop, not Math.min(...list): a spread of a million lines overflows the stack.
  let indent = Number.POSITIVE_INFINITY;
  for (const l of lines)
    if (l.text.trim() !== '') indent = Math.min(indent, l.text.length - l.text.trimStart().length);
  if (!Number.isFinite(indent)) indent = 0;
  let text = '';
  const map: number[] = [];
  for (const l of lines) {
    const body = l.text.slice(Math.min(indent, l.text.length));
    for (let k = 0; k <= body.length; k++) map.push(l.at + Math.min(indent, l.text.length) + k);
    text += `${body}\n`;
  }
  return { text, map };
}

export function checkWorkflow(src: string, out: PinSink): void {
  const sink = out.hit;
  const doc = readYaml(src, sink, 'workflow', 'its steps may not all be checked');
  const root = (doc?.contents ?? null) as Node | null;
  if (!isMap(root)) return;

  const checkUses = (node: unknown) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const uses = node.value.trim();
    const offset = scalarOffset(node);
    if (uses.startsWith('./') || uses.startsWith('.\\')) return;
    if (uses.startsWith('docker://')) {
      if (DIGEST_RE.test(uses)) return;
      sink({
        rule: DOCKER_UNPINNED_IMAGE,
        offset,
        text: uses,
        message: `uses: ${uses} runs a container image by tag, not by @sha256 digest`,
        evidence: { uses },
      });
      return;
    }
    const at = uses.lastIndexOf('@');
    const ref = at >= 0 ? uses.slice(at + 1) : '';
    if (isCommit(ref)) return;
    const owner = uses.split('/')[0]!.toLowerCase();
    const firstParty = owner === 'actions' || owner === 'github';
    sink({
      rule: UNPINNED_ACTION,
      offset,
      text: uses,
      severity: firstParty ? 'low' : undefined,
      message: ref
        ? `uses: ${uses} names ${/^v?\d/.test(ref) ? 'the tag' : 'the ref'} ${ref}, which can be moved; pin the full commit SHA`
        : `uses: ${uses} has no ref at all`,
      evidence: { uses, ref },
    });
  };
  const checkImage = (node: unknown, what: string) => {
    const image = isMap(node) ? node.get('image', true) : node;
    if (!isScalar(image) || typeof image.value !== 'string') return;
    const value = image.value.trim();
    if (!value || value.includes('${{') || DIGEST_RE.test(value)) return;
    sink({
      rule: DOCKER_UNPINNED_IMAGE,
      offset: scalarOffset(image),
      text: value,
      message: `${what} image ${value} has no @sha256 digest`,
      evidence: { image: value },
    });
  };
  const checkSteps = (steps: unknown, where: string) => {
    if (!isSeq(steps)) return;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      checkUses(step.get('uses', true));
      const run = step.get('run', true);
      if (isScalar(run)) {
        const r = runText(src, run);
        if (r) {
          // ${{ expr }} is filled in before the shell runs: make it one variable-like word of the same length.
          const text = r.text.replace(/\$\{\{[^}]*\}\}/g, (e) => e.replace(/[\s'"|;&()<>`]/g, '_'));
          checkShell(
            text,
            remap(out, (o) => r.map[o] ?? scalarOffset(run)),
            where,
          );
        }
      }
    }
  };

  const jobs = root.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of (jobs as YAMLMap).items) {
      const job = pair.value;
      if (!isMap(job)) continue;
      const name = isScalar(pair.key) ? String(pair.key.value) : 'job';
      checkUses(job.get('uses', true)); // reusable workflow
      checkImage(job.get('container', true), `job ${name} container`);
      const services = job.get('services', true);
      if (isMap(services)) {
        for (const s of (services as YAMLMap).items) checkImage(s.value, `job ${name} service`);
      }
      checkSteps(job.get('steps', true), `workflow job ${name}`);
    }
  }
  const runs = root.get('runs', true); // composite action (action.yml)
  if (isMap(runs)) {
    checkSteps(runs.get('steps', true), 'composite action');
    const image = runs.get('image', true);
    if (isScalar(image) && typeof image.value === 'string' && image.value.startsWith('docker://'))
      checkUses(image);
  }
}
