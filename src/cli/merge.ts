/**
 * `modelvet merge PARTIAL...`: the partial results of `scan --shard` (or `lock --shard`) from
 * every shard → the report one machine would have printed, in `--format`, with its exit code (or,
 * for lock partials, the lock file `modelvet lock` would have written).
 */
import { pathInputs } from './heap-tuning.ts';
import { writeFile } from 'node:fs/promises';
import type { Command } from './command.ts';
import { FAIL_ON, FORMAT, flag, OUTPUT, parseFailOn, parseFormat, QUIET, str, usage } from './options.ts';
import { EXIT, exitCodeOf, inCwd, writeReport } from './output.ts';
import { checkTextOptions, VERBOSE } from './scan.ts';
import { loadRunners } from '../lazy.ts';

export const mergeCommand: Command = {
  name: 'merge',
  summary:
    'Combine the partial results of `scan --shard` (or `lock --shard`) into one report and verdict (or one lock file)',
  args: '<partial...>',
  argsHelp:
    'Partial results of every shard, or folders of them (their *.json files, as downloaded artifacts)',
  options: [
    FORMAT,
    { ...OUTPUT, help: 'Write the report (or, for lock partials, the lock file) to FILE instead of stdout' },
    {
      ...FAIL_ON,
      help: 'Exit 1 on findings at or above: info, low, medium, high, critical (default: as the shards ran)',
    },
    QUIET,
    VERBOSE,
  ],
  examples: [
    'modelvet merge partials/',
    'modelvet merge --format sarif -o modelvet.sarif partial-*.json',
    'modelvet merge -o modelvet.lock.json lock-1.json lock-2.json lock-3.json',
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const format = parseFormat(str(values.format));
    const quiet = flag(values.quiet);
    const verbose = flag(values.verbose);
    checkTextOptions(format, quiet, verbose);
    const failOn = parseFailOn(str(values['fail-on']));
    const at = inCwd(io);
    const output = str(values.output);
    const file = output !== undefined && output !== '' && output !== '-' ? at(output) : undefined;
    const merged = await (await loadRunners()).mergeFiles(positionals.map(at), failOn);
    if (merged.kind === 'scan') {
      await writeReport(merged.report, { format, quiet, verbose, output: file }, io);
      return exitCodeOf(merged.report);
    }
    if (values.format !== undefined || quiet || verbose)
      usage('lock partials merge into a lock file; --format, --quiet and --verbose do not apply');
    if (file) await writeFile(file, merged.lockText);
    else io.stdout(merged.lockText);
    return EXIT.pass;
  },
};
