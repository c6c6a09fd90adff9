/**
 * The command table: every command the CLI has, in the order `modelvet --help` lists them. Each
 * entry is light (its help, options and argument checks); what it runs is loaded when it runs
 * (cli/runners.ts), so `hash`, `policy` and help start without the scanner, and `--version`
 * without the command line at all (bin.ts).
 */
import type { Command } from './command.ts';
export declare const COMMANDS: readonly Command[];
/** Commands with subcommands (`policy check`), by their first word. */
export declare const GROUPS: Readonly<Record<string, string>>;
export declare function findCommand(name: string): Command | undefined;
