/**
 * PEFT adapters: `adapter_config.json` names the base model the adapter is applied to
 * (`base_model_name_or_path`) and the base model's `revision` ("The specific base model version to
 * use", huggingface/peft src/peft/config.py PeftConfigMixin; written as null by default).
 * AutoPeftModel.from_pretrained downloads that base model from the Hub (src/peft/auto.py:
 * `target_class.from_pretrained(peft_config.base_model_name_or_path, **kwargs)`), so an adapter
 * whose base model carries no commit revision is an unpinned model reference.
 */
import type { PinSink } from './hits.ts';
import { jsonGet } from '../core/json.ts';
import { parseJsonReporting } from './json-report.ts';
import { checkModelRef } from './model-ref.ts';

export function checkAdapterConfig(
  text: string,
  out: PinSink,
  ctx: { isLocalPath?: (p: string) => boolean } = {},
): void {
  const root = parseJsonReporting(text, out.hit, 'adapter_config.json', 'its base model was not checked');
  if (root?.t !== 'object') return;
  const base = jsonGet(root, 'base_model_name_or_path');
  if (base?.t !== 'string') return;
  const rev = jsonGet(root, 'revision');
  const revision =
    rev?.t === 'string' ? { value: rev.value, offset: rev.offset + 1, name: 'revision' } : undefined;
  checkModelRef(out, {
    id: base.value,
    form: 'hub-id',
    offset: base.offset + 1,
    where: 'adapter_config.json base_model_name_or_path',
    revision,
    pin: '"revision": "<40-hex commit of the base model>"',
    ctx,
    evidence: { key: 'base_model_name_or_path' },
  });
}
