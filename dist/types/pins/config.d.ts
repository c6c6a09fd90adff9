/**
 * Configuration files that switch on remote code or add package indexes without any code:
 * YAML/JSON/TOML/INI run configs (`trust_remote_code: true` in lm-eval, axolotl, vLLM, LLaMA-Factory
 * configs) and pip.conf / pip.ini (`extra-index-url`, `index-url`, `trusted-host`). A line scan: the
 * keys are specific, and a scanner must not depend on the file parsing cleanly.
 */
import type { HitSink } from './hits.ts';
export declare function checkConfig(text: string, sink: HitSink, name: string): void;
