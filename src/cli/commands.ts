/**
 * The command table: every command the CLI has, in the order `modelvet --help` lists them. Each
 * entry is light (its help, options and argument checks); what it runs is loaded when it runs
 * (cli/runners.ts), so `hash`, `policy` and help start without the scanner, and `--version`
 * without the command line at all (bin.ts).
 */
import type { Command } from './command.ts';
import { explainCommand } from './explain.ts';
import { hashCommand } from './hash.ts';
import { lockCommand } from './lock.ts';
import { mergeCommand } from './merge.ts';
import { policyCheckCommand, policyInitCommand } from './policy-commands.ts';
import { pullCommand } from './pull.ts';
import { scanCommand } from './scan.ts';
import { signCommand } from './sign.ts';
import { verifyCommand } from './verify.ts';

export const COMMANDS: readonly Command[] = [
  scanCommand,
  pullCommand,
  verifyCommand,
  lockCommand,
  signCommand,
  mergeCommand,
  hashCommand,
  policyCheckCommand,
  policyInitCommand,
  explainCommand,
];

/** Commands with subcommands (`policy check`), by their first word. */
export const GROUPS: Readonly<Record<string, string>> = {
  policy: 'Policy files: check one, or write a starter',
};

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
