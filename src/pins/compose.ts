/**
 * Docker Compose files (compose.yaml, docker-compose.yml and their overrides): a service `image:`
 * without an @sha256 digest is mutable (as a Dockerfile FROM), and a serving image's `command:`,
 * `entrypoint:` and `environment:` name the model it downloads at start (TGI `--model-id` /
 * MODEL_ID, vLLM `--model`, llama.cpp `-hf` / LLAMA_ARG_HF_REPO), checked like the command line of
 * that server. Read with the `yaml` package behind the parse guard.
 */
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { type PinSink, remap } from './hits.ts';
import { DOCKER_UNPINNED_IMAGE } from './rules.ts';
import { checkShell } from './shell.ts';
import { checkServingImage } from './shell-models.ts';
import { splitCommands, type Word } from './shell-words.ts';
import { readYaml, scalarOffset } from './yaml.ts';

const DIGEST_RE = /@sha256:[0-9a-f]{64}$/;

export function checkCompose(text: string, out: PinSink): void {
  const doc = readYaml(text, out.hit, 'compose file', 'its services may not all be checked');
  const root = (doc?.contents ?? null) as Node | null;
  if (!isMap(root)) return;
  const services = root.get('services', true);
  if (!isMap(services)) return;
  for (const pair of (services as YAMLMap).items) {
    if (!isMap(pair.value)) continue;
    const name = isScalar(pair.key) ? String(pair.key.value) : 'service';
    checkService(pair.value as YAMLMap, name, out);
  }
}

function checkService(service: YAMLMap, name: string, out: PinSink): void {
  const image = service.get('image', true);
  const imageName = isScalar(image) && typeof image.value === 'string' ? image.value.trim() : undefined;
  if (imageName && isScalar(image)) checkImage(image, imageName, name, out);
  const where = `compose service ${name}`;
  const command = words(service.get('command', true));
  const entrypoint = words(service.get('entrypoint', true));
  const env = environment(service.get('environment', true));
  if (entrypoint.length > 0) {
    checkWords([...entrypoint, ...command], out, where);
  } else if (imageName) {
    checkServingImage(imageName, command, env, out, `${where} (${imageName})`);
  }
}

function checkImage(image: Scalar, value: string, name: string, out: PinSink): void {
  if (!value || value.includes('${') || DIGEST_RE.test(value)) return;
  const base = value.split('@')[0]!;
  const colon = base.indexOf(':', base.lastIndexOf('/') + 1);
  const tag = colon >= 0 ? base.slice(colon + 1) : undefined;
  out.hit({
    rule: DOCKER_UNPINNED_IMAGE,
    offset: scalarOffset(image),
    text: value,
    message: `compose service ${name} image ${value} ${tag ? `uses the mutable tag ${tag}` : 'has no tag (latest)'} and no @sha256 digest`,
    evidence: { image: value, tag: tag || undefined },
  });
}

/** A `command:`/`entrypoint:` as words: a list of scalars, or a string split as a shell would. */
function words(node: unknown): Word[] {
  if (isSeq(node)) {
    const out: Word[] = [];
    for (const item of node.items) {
      if (isScalar(item) && item.value !== null && item.value !== undefined)
        out.push({ value: String(item.value), at: scalarOffset(item) });
    }
    return out;
  }
  if (isScalar(node) && typeof node.value === 'string') {
    const at = scalarOffset(node);
    return splitCommands({ text: node.value, start: at }).flatMap((c) => c.words);
  }
  return [];
}

/** `environment:` as `NAME=value` words (a map or a list). */
function environment(node: unknown): Word[] {
  const out: Word[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
      const at = scalarOffset(pair.value);
      const name = String(pair.key.value);
      out.push({ value: `${name}=${String(pair.value.value ?? '')}`, at: at - name.length - 1 });
    }
  } else if (isSeq(node)) {
    for (const item of node.items)
      if (isScalar(item) && typeof item.value === 'string')
        out.push({ value: item.value, at: scalarOffset(item) });
  }
  return out;
}

/** An entrypoint + command given in full: a command line. */
function checkWords(list: readonly Word[], out: PinSink, where: string): void {
  if (list.length === 0) return;
  const text = list
    .map((w) => (/[\s'"]/.test(w.value) ? `'${w.value.replace(/'/g, `'\\''`)}'` : w.value))
    .join(' ');
  const at = list[0]!.at;
  checkShell(
    text,
    remap(out, () => at),
    where,
  );
}
