/**
 * The command table: every command the CLI has, in the order `modelvet --help` lists them. Each
 * entry is light (its help and options); what it runs is loaded when it runs, so `hash` and
 * `--version` start as fast as Node does.
 */
import type { Command } from './command.ts';
export declare const COMMANDS: readonly Command[];
/** Commands with subcommands (`policy check`), by their first word. */
export declare const GROUPS: Readonly<Record<string, string>>;
export declare function findCommand(name: string): Command | undefined;
