/**
 * Where chat templates live, as transformers (tokenization_utils_base.py, processing_utils.py) and
 * llama.cpp read them: `chat_template` in tokenizer_config.json, processor_config.json,
 * preprocessor_config.json and chat_template.json (a string, a list of {name, template}, or a
 * {name: template} object), chat_template.jinja and additional_chat_templates/<name>.jinja files,
 * and GGUF `tokenizer.chat_template[.<name>]` metadata (formats/gguf/index.ts).
 */
import { type JsonDuplicate, type JsonValue } from '../../core/json.ts';
export declare const TEMPLATE_CONFIG_NAMES: Set<string>;
export declare const JINJA_FILE: RegExp;
export interface ConfigTemplate {
    name?: string;
    text: string;
    /** One of several copies of the same key: parsers disagree on which one is used. */
    duplicate: boolean;
}
/** Every template in a tokenizer/processor config, every copy of a repeated key included. */
export declare function templatesInConfig(root: JsonValue): ConfigTemplate[];
/** Duplicates of `chat_template` (top level) or of `template` inside its list. */
export declare function templateDuplicates(duplicates: readonly JsonDuplicate[]): JsonDuplicate[];
