import type { Command } from './command.ts';
import type { OptionSpec } from './options.ts';
/** `-o, --output FILE`, as help shows an option. */
export declare function optionSignature(o: OptionSpec): string;
export declare function usageLine(c: Command): string;
export declare function commandHelp(c: Command): string;
/** The help of a command group (`modelvet policy`): its subcommands. */
export declare function groupHelp(group: string): string;
export declare function mainHelp(): string;
