/**
 * How a model id names its source, per the conventions of the library that reads it. Each form is
 * what that library's loader does with the string (sources cited per form); the entry-point table
 * (entry-points.ts) says which form each API takes.
 */
import { type ModelSource } from '../core/model-source.ts';
import type { Severity } from '../core/finding.ts';
export type IdForm = 'hub-id' | 'hub-id-at' | 'timm' | 'open-clip' | 'keras-preset' | 'kaggle-model' | 'kaggle-dataset' | 'tfhub' | 'ultralytics' | 'github-repo' | 'ollama' | 'diffusers-pipeline' | 'nemo' | 'modelscope' | 'url' | 'spacy' | 'torchvision-weights';
export type IdReading = 
/** A path on disk: not a download. */
{
    kind: 'local';
}
/** Not a source we can name (a task's default, a name the installed library pins, a packaged builder). */
 | {
    kind: 'none';
} | {
    kind: 'ref';
    source: ModelSource;
    /** Decided by the id itself (a versioned handle, a digest, a commit in a URL); undefined: a revision argument decides. */
    pinned?: boolean;
    /** Why nothing in this call can pin it, shown in the message. */
    note?: string;
    /** Severity of the unpinned finding when it differs from the rule's. */
    severity?: Severity;
};
export interface IdContext {
    /** True when a string names a file or folder that exists next to the code (a local model). */
    isLocalPath?: (p: string) => boolean;
}
export declare function isLocalRef(id: string, ctx: IdContext): boolean;
/** Ollama names: `model[:tag]`, `ns/model`, `host/ns/model`; `hf.co/owner/repo[:quant]` pulls from Hugging Face. */
export declare function ollamaId(name: string): IdReading;
export declare function readId(form: IdForm, id: string, ctx: IdContext): IdReading;
/** What kind of ref a revision string is, for messages. */
export declare function describeRef(ref: string): string;
