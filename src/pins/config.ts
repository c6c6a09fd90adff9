/**
 * Configuration files that switch on remote code, add package indexes or name the model a run
 * downloads, without any code: YAML/JSON/TOML/INI run configs (`trust_remote_code: true` in
 * lm-eval, axolotl, vLLM, LLaMA-Factory configs; `base_model: org/name` with `revision_of_model:`
 * in axolotl, `model_name_or_path:` with `model_revision:` in LLaMA-Factory and the transformers
 * example scripts' JSON arguments), and pip.conf / pip.ini (`extra-index-url`, `index-url`,
 * `trusted-host`). A line scan: the keys are specific, and a scanner must not depend on the file
 * parsing cleanly.
 */
import type { PinSink } from './hits.ts';
import { checkModelRef } from './model-ref.ts';
import { CUSTOM_INDEX, EXTRA_INDEX_URL, TRUST_REMOTE_CODE } from './rules.ts';

const TRUST_RE = /\btrust[_-]remote[_-]code\b["']?\s*[:=]\s*["']?(true|yes|on|1)\b/gi;

/** Keys run configs use for the model a run downloads (axolotl, LLaMA-Factory, transformers HfArgumentParser JSON). */
const MODEL_KEY_RE =
  /(?:^|[\s{,])["']?(base_model|model_name_or_path|pretrained_model_name_or_path|tokenizer_name|tokenizer_name_or_path|model_id)["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)["']?[ \t]*(?=[,}#\r\n]|$)/gm;
/** Keys that carry the revision of that model in the same configs. */
const REVISION_KEY_RE =
  /(?:^|[\s{,])["']?(revision|model_revision|revision_of_model|base_model_revision)["']?[ \t]*[:=][ \t]*["']?([^\s"',}#]+)/gm;

export function checkConfig(text: string, out: PinSink, name: string): void {
  checkTrust(text, out, name);
  if (!/^adapter_config\.json$/i.test(name)) checkModelKeys(text, out, name);
  if (/^pip\.(conf|ini)$/i.test(name)) checkPipConf(text, out, name);
}

function checkTrust(text: string, out: PinSink, name: string): void {
  for (const m of text.matchAll(TRUST_RE)) {
    out.hit({
      rule: TRUST_REMOTE_CODE,
      offset: m.index,
      text: m[0],
      message: `${name} sets ${m[0].replace(/["'\s]/g, '')}: whatever loads with this config runs the repository's Python code`,
      evidence: { key: 'trust_remote_code' },
    });
  }
}

/** `base_model: org/name` and friends; the nearest revision key in the file is the one that applies. */
function checkModelKeys(text: string, out: PinSink, name: string): void {
  const revisions = [...text.matchAll(REVISION_KEY_RE)].map((m) => ({
    value: m[2]!,
    offset: m.index! + m[0].lastIndexOf(m[2]!),
    key: m[1]!,
  }));
  let k = 0; // both lists are in text order: one pointer finds the nearest revision (linear overall)
  for (const m of text.matchAll(MODEL_KEY_RE)) {
    const id = m[2]!;
    const offset = m.index! + m[0].lastIndexOf(id);
    while (k + 1 < revisions.length && revisions[k + 1]!.offset < offset) k++;
    const before = revisions[k];
    const after = revisions[k + 1];
    const nearest =
      before && after
        ? Math.abs(before.offset - offset) <= Math.abs(after.offset - offset)
          ? before
          : after
        : (before ?? after);
    checkModelRef(out, {
      id,
      form: 'hub-id',
      offset,
      where: `${name} ${m[1]}:`,
      revision: nearest ? { value: nearest.value, offset: nearest.offset, name: nearest.key } : undefined,
      pin: `${m[1]}: ${id} with a revision key set to the full commit (revision / model_revision / revision_of_model)`,
      evidence: { key: m[1] },
    });
  }
}

function checkPipConf(text: string, out: PinSink, name: string): void {
  for (const m of text.matchAll(
    /^[ \t]*(extra-index-url|index-url|trusted-host|find-links)[ \t]*=[ \t]*(\S+)/gim,
  )) {
    const key = m[1]!.toLowerCase();
    const value = m[2]!;
    const plain = /^http:\/\//i.test(value);
    const offset = m.index + m[0].length - m[0].trimStart().length;
    if (key === 'extra-index-url') {
      out.hit({
        rule: EXTRA_INDEX_URL,
        offset,
        text: m[0].trim(),
        severity: plain ? 'high' : undefined,
        message: `${name}: extra-index-url ${value} lets a package of the same name on either index win (dependency confusion)`,
        evidence: { url: value },
      });
    } else if (!/^https:\/\/(pypi\.org|pypi\.python\.org)\/simple\/?$/i.test(value)) {
      out.hit({
        rule: CUSTOM_INDEX,
        offset,
        text: m[0].trim(),
        severity: plain || key === 'trusted-host' ? 'medium' : undefined,
        message: `${name}: ${key} ${value} ${key === 'trusted-host' ? 'turns off TLS verification for that host' : 'replaces the package source'}`,
        evidence: { [key]: value },
      });
    }
  }
}
