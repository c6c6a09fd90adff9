/**
 * PEFT adapters: `adapter_config.json` names the base model the adapter is applied to
 * (`base_model_name_or_path`) and the base model's `revision` ("The specific base model version to
 * use", huggingface/peft src/peft/config.py PeftConfigMixin; written as null by default).
 * AutoPeftModel.from_pretrained downloads that base model from the Hub (src/peft/auto.py:
 * `target_class.from_pretrained(peft_config.base_model_name_or_path, **kwargs)`), so an adapter
 * whose base model carries no commit revision is an unpinned model reference.
 */
import type { PinSink } from './hits.ts';
export declare function checkAdapterConfig(text: string, out: PinSink, ctx?: {
    isLocalPath?: (p: string) => boolean;
}): void;
