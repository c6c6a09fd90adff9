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
export declare function checkConfig(text: string, out: PinSink, name: string): void;
