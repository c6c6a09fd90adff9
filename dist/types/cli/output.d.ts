import type { ProgressEvent } from '../core/hash/progress.ts';
import type { Report } from '../core/report.ts';
import type { HeapInputs } from './heap-tuning.ts';
import { type ReportFormat } from '../report/render.ts';
export { formatBytes, formatDuration } from '../report/units.ts';
/** 0 pass, 1 findings at or above the fail level or a failed check, 2 usage or input error. */
export declare const EXIT: {
    readonly pass: 0;
    readonly fail: 1;
    readonly error: 2;
};
export interface Io {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    stdoutIsTty: boolean;
    stderrIsTty: boolean;
    env: NodeJS.ProcessEnv;
    /** Working directory for relative paths, policy discovery and SARIF URIs (default: process.cwd()). */
    cwd?: string;
    /** Standard input, for `hash -`. */
    stdin?: NodeJS.ReadableStream & {
        isTTY?: boolean;
    };
    /**
     * Called with a command's inputs (Command.inputs) before it runs. The executable passes the
     * heap re-execution (cli/heap-tuning.ts), which may replace the process; tests and embedders
     * pass none.
     */
    tuneHeap?: (inputs: HeapInputs) => void;
}
/**
 * The process's own Io. The standard streams are opened when first used, not here: Node makes a
 * pipe non-blocking when it opens process.stdout, stderr or stdin, and restores the flag when it
 * exits; a process that replaces itself first (the heap re-execution, cli/heap-tuning.ts) never
 * exits, so on a pipe it shares with its parent (a shell pipeline, /usr/bin/time) the flag would
 * outlive it and the parent's next write could fail with EAGAIN. The TTY flags and stdin are
 * getters for the same reason (do not spread this object before the command runs). `onFirstWrite`
 * runs once per stream before its first write (the executable's EPIPE handler).
 */
export declare function processIo(extra?: Pick<Io, 'tuneHeap'> & {
    onFirstWrite?: (stream: NodeJS.WriteStream) => void;
}): Io;
export declare const cwdOf: (io: Io) => string;
/** A path as typed, resolved against the Io's folder when it has its own (tests, embedders). */
export declare const inCwd: (io: Io) => (p: string) => string;
export declare function printError(io: Io, message: string): void;
export declare function printWarning(io: Io, message: string): void;
export interface WriteOptions {
    format: ReportFormat;
    quiet?: boolean;
    verbose?: boolean;
    /** Report file (`-o`); stdout when undefined or `-`. */
    output?: string;
}
/** Renders the report in its format and writes it to `--output` or stdout. */
export declare function writeReport(report: Report, options: WriteOptions, io: Io): Promise<void>;
export declare const exitCodeOf: (report: Report) => number;
/** A progress line is shown on a terminal, for the human report, unless `--no-progress`. */
export declare function wantsProgress(io: Io, format: ReportFormat, noProgress: boolean): boolean;
/** The progress line of one event: bytes, percent, files, rate, time left, the file being read. */
export declare function progressLine(verb: string, e: ProgressEvent, width?: number): string;
/** Prints progress events over one another on stderr; `clear` erases the last one. */
export declare function progressPrinter(io: Io, verb: string): {
    onProgress: (e: ProgressEvent) => void;
    clear: () => void;
};
