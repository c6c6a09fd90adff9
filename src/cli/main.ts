/**
 * The command line: finds the command in the table, reads its options, runs it, and turns what
 * went wrong into one line on stderr and an exit code (0 pass, 1 findings at or above the fail level
 * or a failed verification, 2 usage error, unreadable input or internal error).
 */
import { describeError, ModelvetError } from '../core/errors.ts';
import { VERSION } from '../version.ts';
import type { Command } from './command.ts';
import { COMMANDS, findCommand, GROUPS } from './commands.ts';
import { commandHelp, groupHelp, mainHelp } from './help.ts';
import { closest, parseCommandLine, usage } from './options.ts';
import { EXIT, type Io, printError, processIo } from './output.ts';

export { EXIT, type Io, processIo } from './output.ts';
export { reexecWithHeapTuning } from './heap-tuning.ts';
export { rememberHashReader } from './reader-memory.ts';

const HELP_FLAGS = new Set(['-h', '--help']);

type Resolved = { command: Command; rest: string[] } | { help: string; rest: string[] };

/** The command named by the first word(s) of `argv` (two words for a group: `policy check`). */
function resolveCommand(argv: readonly string[]): Resolved {
  const [first = '', second, ...after] = argv;
  if (GROUPS[first] !== undefined) {
    if (second === undefined || HELP_FLAGS.has(second)) return { help: groupHelp(first), rest: [] };
    const command = findCommand(`${first} ${second}`);
    if (command) return { command, rest: after };
    const names = COMMANDS.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name.split(' ')[1]!);
    const guess = closest(second, names);
    usage(
      `unknown command ${first} ${second}${guess ? `; did you mean ${first} ${guess}?` : ''} (see modelvet help ${first})`,
    );
  }
  const command = findCommand(first);
  if (command) return { command, rest: argv.slice(1) };
  const guess = closest(first, [...COMMANDS.map((c) => c.name.split(' ')[0]!), 'help']);
  usage(`unknown command ${first}${guess ? `; did you mean ${guess}?` : ''} (see modelvet --help)`);
}

/** `modelvet help [command...]`. */
function helpFor(words: readonly string[]): string {
  if (!words.length) return mainHelp();
  const r = resolveCommand(words);
  return 'help' in r ? r.help : commandHelp(r.command);
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first] = argv;
  if (first === undefined) {
    io.stderr(mainHelp());
    return EXIT.error;
  }
  if (argv.length === 1 && (first === '--version' || first === 'version')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }
  if (HELP_FLAGS.has(first) || first === 'help') {
    io.stdout(helpFor(first === 'help' ? argv.slice(1) : []));
    return EXIT.pass;
  }
  if (first.startsWith('-')) usage(`${first} goes after a command (see modelvet --help)`);
  const resolved = resolveCommand(argv);
  if ('help' in resolved) {
    io.stdout(resolved.help);
    return EXIT.pass;
  }
  const line = parseCommandLine(resolved.rest, resolved.command.options ?? [], resolved.command.name);
  if (line.values.help === true) {
    io.stdout(commandHelp(resolved.command));
    return EXIT.pass;
  }
  const { oneArg, name } = resolved.command;
  if (oneArg !== undefined && line.positionals.length > 1) usage(`${name} takes one ${oneArg}`);
  if (io.tuneHeap && resolved.command.inputs) io.tuneHeap(resolved.command.inputs(line, io));
  return resolved.command.run(line, io);
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    const isUsage =
      (err instanceof ModelvetError && err.code === 'USAGE') ||
      (err as { code?: string } | undefined)?.code === 'USAGE_ERROR' ||
      String((err as { code?: string } | undefined)?.code).startsWith('ERR_PARSE_ARGS');
    printError(io, isUsage ? (err as Error).message : describeError(err));
    if (!isUsage && !(err instanceof ModelvetError) && io.env.MODELVET_DEBUG)
      io.stderr(`${(err as Error).stack}\n`);
    return EXIT.error;
  }
}
