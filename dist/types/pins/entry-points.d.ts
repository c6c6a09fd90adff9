/**
 * The model-loading entry points of the model libraries people use, as data: which call, where the
 * model id is, how the id names its source (model-ids.ts), and which argument, if any, pins it.
 * python.ts applies this table to every call; README.md ("Model fetches") documents it row by row.
 * Each row's revision keyword was read from the library's own source (cited per row).
 *
 * Rows are tried in order; the first `primary` row that matches a call gives its main reference.
 * `extra` rows (a second model in the same call, such as diffusers' custom_pipeline) apply as well.
 */
import type { IdForm } from './model-ids.ts';
export interface CallMatch {
    /** Last part of the callee's dotted name (imports resolved); `*` for any. */
    names: readonly string[];
    /** The callee comes from one of these packages: its dotted name starts with it ('prefix'), or it is imported at all ('imported'). */
    module?: readonly string[];
    mode?: 'prefix' | 'imported';
    /** With mode 'prefix': also accept the bare name when the package is imported (star imports). */
    bare?: boolean;
    /** The dotted name must match. */
    q?: RegExp;
}
export interface PythonEntryPoint {
    library: string;
    /** How the API is spelled, for README and tests. */
    entry: string;
    match: CallMatch;
    /** Keywords that carry the model id, then its position. `callee`: the id is the object the method is called on. */
    id: {
        keywords: readonly string[];
        position?: number;
        callee?: boolean;
    };
    form: IdForm;
    /** Keywords (or `outer.inner` paths) that carry the revision; empty when the API takes none. */
    revision: readonly string[];
    /** The download is checked by content when this argument is set (check_hash=True, hash_prefix=...). */
    pinnedBy?: {
        keyword: string;
        position?: number;
        test: 'truthy' | 'present';
    };
    /** Only ids starting with this prefix are references of this row. */
    idPrefix?: string;
    /** Only `owner/name` ids are Hub references (flair's short names resolve through its own table). */
    ownerRequired?: boolean;
    /** The organisation a bare name is read from (sentence-transformers prefixes its own). */
    defaultOwner?: {
        owner: string;
        except: RegExp;
    };
    /** Only when this keyword is truthy (timm: pretrained=True). */
    when?: string;
    /** Only when this keyword is given (an extra row about that argument). */
    requires?: string;
    extra?: boolean;
    /** A keyword that makes the id local: `source="local"` (torch.hub), `data_files=` with a builder variable (datasets). */
    localWhen?: {
        keyword: string;
        equals?: string;
    };
    /** Ids that are not Hub references (packaged dataset builders). */
    notRefs?: ReadonlySet<string>;
    /** Loading runs code from the source: imports its Python files ('remote-code') or a loader that executes it ('runs-code'). */
    code?: 'remote-code' | 'runs-code';
    /** Rule family of the unpinned finding (default: model revision). */
    rule?: 'torch-hub' | 'url';
    /** The pinned form, for messages and README. */
    pin: string;
    /** Public source of the entry point's signature. */
    cite: string;
}
/** Datasets loaded from packaged builders or local files, not the Hub (datasets/packaged_modules). */
export declare const DATASET_BUILDERS: ReadonlySet<string>;
export declare const PYTHON_ENTRY_POINTS: readonly PythonEntryPoint[];
