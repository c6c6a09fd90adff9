/**
 * Shell commands (scripts, Dockerfile RUN, notebook `!` lines, workflow `run:`, Makefile recipes):
 * downloads piped into a shell or saved and run unverified, package installs (shell-installs.ts),
 * model downloads and servers (shell-models.ts), and the code of `sh -c`, `eval` and `python -c`.
 * Every line is read once, one logical line at a time: time and memory are linear in the text.
 */
import { type PinSink } from './hits.ts';
import { type Word } from './shell-words.ts';
export { checkModelfile } from './shell-installs.ts';
export interface ShellOptions {
    /** True when a string names a file or folder inside the scanned tree (python -c code). */
    isLocalPath?: (p: string) => boolean;
}
/** Checks shell text. Offsets are into `text`. */
export declare function checkShell(text: string, out: PinSink, where?: string, opts?: ShellOptions, depth?: number): void;
/** The file a download command writes, if it names one (curl -o F / -O, wget -O F / URL, gsutil/aws cp). */
export declare function savedFile(prog: string, args: readonly Word[]): {
    file: string;
    url: string;
} | undefined;
