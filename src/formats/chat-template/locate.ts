/**
 * Where chat templates live, as transformers (tokenization_utils_base.py, processing_utils.py) and
 * llama.cpp read them: `chat_template` in tokenizer_config.json, processor_config.json,
 * preprocessor_config.json and chat_template.json (a string, a list of {name, template}, or a
 * {name: template} object), chat_template.jinja and additional_chat_templates/<name>.jinja files,
 * and GGUF `tokenizer.chat_template[.<name>]` metadata (formats/gguf/index.ts).
 */
import { type JsonDuplicate, type JsonValue, jsonGet } from '../../core/json.ts';

export const TEMPLATE_CONFIG_NAMES = new Set([
  'tokenizer_config.json',
  'chat_template.json',
  'processor_config.json',
  'preprocessor_config.json',
]);
export const JINJA_FILE = /\.(jinja|jinja2|j2)$/;

export interface ConfigTemplate {
  name?: string;
  text: string;
  /** One of several copies of the same key: parsers disagree on which one is used. */
  duplicate: boolean;
}

/** Every template in a tokenizer/processor config, every copy of a repeated key included. */
export function templatesInConfig(root: JsonValue): ConfigTemplate[] {
  if (root.t !== 'object') return [];
  const out: ConfigTemplate[] = [];
  const entries = root.entries.filter((e) => e.key === 'chat_template');
  const duplicate = entries.length > 1;
  for (const e of entries) {
    if (e.value.t === 'string') out.push({ text: e.value.value, duplicate });
    else if (e.value.t === 'array') out.push(...namedList(e.value.items, duplicate));
    else if (e.value.t === 'object') {
      // Some exports store {name: template}.
      for (const sub of e.value.entries) {
        if (sub.value.t === 'string') out.push({ name: sub.key, text: sub.value.value, duplicate });
      }
    }
  }
  return out;
}

/** `[{"name": ..., "template": ...}]`: every "template" key of an entry (parsers disagree on which wins). */
function namedList(items: readonly JsonValue[], duplicate: boolean): ConfigTemplate[] {
  const out: ConfigTemplate[] = [];
  for (const item of items) {
    if (item.t !== 'object') continue;
    const name = jsonGet(item, 'name');
    const tpls = item.entries.filter((x) => x.key === 'template');
    for (const tpl of tpls) {
      if (tpl.value.t !== 'string') continue;
      out.push({
        name: name?.t === 'string' ? name.value : undefined,
        text: tpl.value.value,
        duplicate: duplicate || tpls.length > 1,
      });
    }
  }
  return out;
}

/** Duplicates of `chat_template` (top level) or of `template` inside its list. */
export function templateDuplicates(duplicates: readonly JsonDuplicate[]): JsonDuplicate[] {
  return duplicates.filter(
    (d) =>
      (d.key === 'chat_template' && d.where === '') ||
      (d.key === 'template' && d.where.startsWith('chat_template')),
  );
}
