/**
 * One model reference outside Python code (a command line, a config key, an adapter's base model,
 * a compose service): read the id with its library's form, decide whether it is pinned, and report
 * the reference and, when it is not pinned, the finding.
 */
import type { Severity } from '../core/finding.ts';
import { type PinSink } from './hits.ts';
import { type IdContext, type IdForm } from './model-ids.ts';
export interface ModelRefInput {
    id: string;
    form: IdForm;
    offset: number;
    /** Where it was found, for messages: `vllm serve`, `adapter_config.json base_model_name_or_path`. */
    where: string;
    /** The revision given beside the id: a value (with its offset), or undefined when none was given. */
    revision?: {
        value: string;
        offset: number;
        name: string;
    };
    /** The tool has no way to pass a revision. */
    noRevision?: boolean;
    /** Decided by the caller (a flag that makes the tool take the name as is). */
    pinned?: boolean;
    /** Why it is not pinned, when the caller knows better than the generic text. */
    why?: string;
    /** How to pin it (shown when it is not pinned). */
    pin: string;
    /** Loading runs code from the source. */
    code?: 'remote-code' | 'runs-code';
    severity?: Severity;
    ctx?: IdContext;
    evidence?: Record<string, unknown>;
}
/** Reports the reference; returns true when it named a source (false: a local path or nothing we know). */
export declare function checkModelRef(out: PinSink, input: ModelRefInput): boolean;
