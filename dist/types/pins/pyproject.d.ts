import { type HitSink } from './hits.ts';
export interface PyprojectOptions {
    /** Lock file beside it (uv.lock, poetry.lock, pdm.lock, pylock.toml, Pipfile.lock). */
    lockFile?: string;
    /** A Pipfile: [packages] and [dev-packages] hold PEP 440 specifiers ("*" is any version). */
    pipfile?: boolean;
    /** PEP 723 metadata inside a script: the top-level `dependencies` list. */
    inlineScript?: boolean;
}
/** Pipfile values are PEP 440 specifiers: only == (without a wildcard) or === is exact. */
export declare function pipfileConstraintPinned(c: string): boolean;
/** Poetry's constraint syntax: "1.2.3" and "==1.2.3" are exact; ^, ~, >=, *, x are ranges. */
export declare function poetryConstraintPinned(c: string): boolean;
export declare function checkPyproject(text: string, sink: HitSink, opts?: PyprojectOptions): void;
export declare const PYTHON_LOCK_FILES: string[];
/**
 * PEP 723 inline script metadata (`# /// script` … `# ///` in a .py file, read by uv run, pipx,
 * hatch): its `dependencies` list is installed when the script runs.
 */
export declare function checkInlineScriptMetadata(src: string, sink: HitSink): void;
