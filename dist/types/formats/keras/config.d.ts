/**
 * Checks of a Keras model configuration (the JSON in a `.keras` zip's config.json, an `.h5` file's
 * `model_config`/`training_config` attributes, `model.to_json()` output, or Keras metadata inside a
 * SavedModel). Shared by every Keras container.
 *
 * The whole JSON tree is walked (iteratively, bounded), not just the top-level layer list, so a
 * Lambda inside a nested functional model, a Sequential inside a Functional, a TimeDistributed or
 * Bidirectional wrapper, a custom layer's sub-config or a loss in training_config is found wherever
 * it sits. What Keras turns into code is flagged:
 * - Lambda layers (marshalled bytecode or a function looked up by name),
 * - serialized Python bytecode anywhere (Keras' func_dump: base64 of marshal'd code objects),
 * - `module` references outside keras/tensorflow/numpy (Keras 3.0–3.8 imports them: CVE-2025-1550),
 *   and references that reach dangerous callables even inside those packages
 *   (enable_unsafe_deserialization CVE-2025-9906, get_file CVE-2025-8747, file I/O, loaders),
 * - TorchModuleWrapper (torch.load with weights_only=False of an embedded pickle: CVE-2025-49655).
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { type RuleDefinition, type Severity } from '../../core/finding.ts';
import { BaseError } from '../../core/errors.ts';
/** Top-level packages whose classes Keras may rebuild without importing foreign code. */
export declare const ALLOWED_ROOTS: Set<string>;
export interface KerasIssue {
    rule: RuleDefinition;
    severity?: Severity;
    /** JSON path of the object, e.g. `config.layers[2].config.layer`. */
    at: string;
    message: string;
    evidence: Record<string, unknown>;
    /** Bytes embedded in the config worth scanning as a member (TorchModuleWrapper payload). */
    payload?: Buffer;
}
/**
 * True when `s` is base64 of a marshalled Python code object (Keras func_dump). Keras decodes with
 * binascii.a2b_base64, which skips characters outside the alphabet, so they are skipped here too
 * (junk sprinkled into the string does not hide it).
 */
export declare function isMarshalledCode(s: string): boolean;
/** A config past modelvet's walking limits (the message is ours, shown in the finding). */
export declare class KerasLimitError extends BaseError<'KERAS_LIMIT'> {
    constructor(message: string);
}
/** Inspects a parsed Keras config. Pure; bounded (throws KerasLimitError beyond the depth/node limits). */
export declare function inspectKerasConfig(root: unknown): KerasIssue[];
export type KerasJson = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    reason: string;
};
/**
 * The one place Keras configs are parsed, with the project's JSON reader (Python's json semantics).
 * Failures carry our own one-line reason, built from the reader's offset, never an engine's text.
 */
export declare function readKerasJson(text: string): KerasJson;
/** Why a parsed value is not a Keras model config (an object with a string class_name and a config object). */
export declare function kerasModelShapeProblem(v: unknown): string | undefined;
/** Parses `text` as a Keras config and reports its issues through `ctx`; a parse failure is a finding. */
export declare function checkKerasJsonText(ctx: AnalyzerContext, text: string, what: string, seen?: Set<string>, 
/** The text must be a model config (model_config, config.json): other shapes are a finding. */
modelConfig?: boolean): Promise<void>;
/** Reports the issues of a parsed config; embedded payloads are scanned as members. */
export declare function reportKerasConfig(ctx: AnalyzerContext, parsed: unknown, what: string, member?: string[], 
/** Issues already reported (rule + layer), for containers that repeat configs. */
seen?: Set<string>): Promise<void>;
