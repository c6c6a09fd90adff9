/**
 * Where the CLI's output goes and how it looks: the I/O a command writes to, the report in the
 * chosen format (to stdout or `--output`), the progress line on stderr, colour, and exit codes.
 * Commands call the library, then this; the library itself never prints or exits.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ProgressEvent } from '../core/hash/progress.ts';
import type { Report } from '../core/report.ts';
import type { HeapInputs } from './heap-tuning.ts';
import { clip, terminalText } from '../core/sanitize.ts';
import { type ReportFormat, renderReport } from '../report/render.ts';
import { formatBytes, formatDuration } from '../report/units.ts';

export { formatBytes, formatDuration } from '../report/units.ts';

/** 0 pass, 1 findings at or above the fail level or a failed check, 2 usage or input error. */
export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  env: NodeJS.ProcessEnv;
  /** Working directory for relative paths, policy discovery and SARIF URIs (default: process.cwd()). */
  cwd?: string;
  /** Standard input, for `hash -`. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
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
export function processIo(
  extra: Pick<Io, 'tuneHeap'> & { onFirstWrite?: (stream: NodeJS.WriteStream) => void } = {},
): Io {
  const opened = new Set<NodeJS.WriteStream>();
  const writer = (stream: () => NodeJS.WriteStream) => (s: string) => {
    const st = stream();
    if (!opened.has(st)) {
      opened.add(st);
      extra.onFirstWrite?.(st);
    }
    st.write(s);
  };
  return {
    stdout: writer(() => process.stdout),
    stderr: writer(() => process.stderr),
    // Getters, not tty.isatty: node:tty loads node:net (3 ms of a start writing to a file or /dev/null).
    get stdoutIsTty() {
      return Boolean(process.stdout.isTTY);
    },
    get stderrIsTty() {
      return Boolean(process.stderr.isTTY);
    },
    env: process.env,
    get stdin() {
      return process.stdin;
    },
    tuneHeap: extra.tuneHeap,
  };
}

export const cwdOf = (io: Io): string => io.cwd ?? process.cwd();

/** A path as typed, resolved against the Io's folder when it has its own (tests, embedders). */
export const inCwd =
  (io: Io) =>
  (p: string): string =>
    io.cwd === undefined ? p : resolve(io.cwd, p);

/** `modelvet: <one line>` on stderr; the text may quote hostile names, so it is escaped. */
/** Longest error or warning line (a message can quote a hostile name of any length). */
const MESSAGE_CHARS = 2000;

function oneLine(message: string): string {
  const { shown, length } = clip(message, MESSAGE_CHARS);
  return terminalText(length === undefined ? shown : `${shown} (${length} characters in all)`);
}

export function printError(io: Io, message: string): void {
  io.stderr(`modelvet: ${oneLine(message)}\n`);
}

export function printWarning(io: Io, message: string): void {
  io.stderr(`modelvet: warning: ${oneLine(message)}\n`);
}

const toFile = (output: string | undefined): output is string =>
  output !== undefined && output !== '' && output !== '-';

export interface WriteOptions {
  format: ReportFormat;
  quiet?: boolean;
  verbose?: boolean;
  /** Report file (`-o`); stdout when undefined or `-`. */
  output?: string;
}

/** Renders the report in its format and writes it to `--output` or stdout. */
export async function writeReport(report: Report, options: WriteOptions, io: Io): Promise<void> {
  const color =
    !toFile(options.output) && io.stdoutIsTty && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
  const text = await renderReport(report, { ...options, color, cwd: cwdOf(io) });
  if (toFile(options.output)) await writeFile(options.output, text);
  else io.stdout(text);
}

export const exitCodeOf = (report: Report): number => (report.verdict === 'pass' ? EXIT.pass : EXIT.fail);

/** A progress line is shown on a terminal, for the human report, unless `--no-progress`. */
export function wantsProgress(io: Io, format: ReportFormat, noProgress: boolean): boolean {
  return io.stderrIsTty && format === 'human' && !noProgress;
}

/** The progress line of one event: bytes, percent, files, rate, time left, the file being read. */
export function progressLine(verb: string, e: ProgressEvent, width = 100): string {
  const pct = e.bytesTotal ? Math.floor((e.bytesDone / e.bytesTotal) * 100) : 100;
  const eta = e.etaSeconds === undefined ? '' : `, ${formatDuration(e.etaSeconds)} left`;
  const head =
    `${verb} ${formatBytes(e.bytesDone)} / ${formatBytes(e.bytesTotal)} (${pct}%), ` +
    `${e.filesDone}/${e.filesTotal} files, ${formatBytes(e.rate)}/s${eta}`;
  if (!e.current) return head;
  const room = Math.max(10, width - head.length - 3);
  const name = terminalText(e.current);
  return `${head}: ${name.length > room ? `…${name.slice(name.length - room + 1)}` : name}`;
}

/** Prints progress events over one another on stderr; `clear` erases the last one. */
export function progressPrinter(
  io: Io,
  verb: string,
): { onProgress: (e: ProgressEvent) => void; clear: () => void } {
  let shown = false;
  const width = Number(io.env.COLUMNS) > 20 ? Number(io.env.COLUMNS) - 1 : 100;
  return {
    onProgress: (e) => {
      io.stderr(`\r\x1b[2K${progressLine(verb, e, width)}`);
      shown = true;
    },
    clear: () => {
      if (shown) io.stderr('\r\x1b[2K');
      shown = false;
    },
  };
}
