/** What a CLI command is: its name, help (summary, usage, options, examples) and what it runs. */
import type { HeapInputs } from './heap-tuning.ts';
import type { OptionSpec, ParsedLine } from './options.ts';
import type { Io } from './output.ts';
export interface Command {
    /** `scan`, or `policy check` for a subcommand. */
    name: string;
    /** One line, shown in `modelvet --help` and at the top of the command's help. */
    summary: string;
    /** Positional arguments as the usage line shows them (`[path...]`). */
    args: string;
    /** What the positional arguments are, when it needs saying. */
    argsHelp?: string;
    /** For a command that takes at most one positional argument: what it is (`rule id`), for the usage
     * error main gives on more (`explain takes one rule id`). */
    oneArg?: string;
    /** Its options besides --help (none when left out). */
    options?: readonly OptionSpec[];
    /** Two or three command lines, each shown after `$ `. */
    examples: readonly string[];
    /**
     * What the command will read, for the executable's heap settings (cli/heap-tuning.ts), asked
     * after the command line is parsed and before `run`; a command without it keeps Node's defaults.
     */
    inputs?(line: ParsedLine, io: Io): HeapInputs;
    /** Runs the command; returns the exit code. Errors are thrown and printed by main. */
    run(line: ParsedLine, io: Io): Promise<number>;
}
