/**
 * Shell commands (scripts, Dockerfile RUN, notebook `!` lines): download piped into a shell,
 * pip/npm installs of unpinned packages, Hugging Face CLI downloads without a commit revision.
 * A word splitter that knows quotes, comments, operators and backslash continuations; good enough
 * for the commands these rules look at (Scorecard's detection is similar in scope).
 */
import { type HitSink } from './hits.ts';
import { type Include } from './requirements.ts';
/** Runs `fn` and returns the files its shell checks saw passed to `pip install -r`/`-c`. */
export declare function collectShellIncludes(fn: () => void): Include[];
/** Modelfile: FROM a registry model (not a local GGUF/safetensors path). */
export declare function checkModelfile(text: string, sink: HitSink): void;
/** Checks shell text (a script, a RUN instruction, notebook `!` lines). Offsets are into `text`. */
export declare function checkShell(text: string, sink: HitSink, where?: string, depth?: number): void;
