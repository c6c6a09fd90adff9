/** Help text, generated from the command table: the overview and each command's own page. */
import { VERSION } from '../version.ts';
import type { Command } from './command.ts';
import { COMMANDS, GROUPS } from './commands.ts';
import type { OptionSpec } from './options.ts';

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', help: 'Show this help' };

function columns(rows: readonly [string, string][], indent = '  '): string[] {
  const width = Math.min(30, Math.max(...rows.map(([left]) => left.length)) + 2);
  return rows.map(([left, right]) =>
    left.length + 2 > width
      ? `${indent}${left}\n${indent}${' '.repeat(width)}${right}`
      : `${indent}${left.padEnd(width)}${right}`,
  );
}

/** `-o, --output FILE`, as help shows an option. */
export function optionSignature(o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}`;
}

export function usageLine(c: Command): string {
  return `modelvet ${c.name}${c.options?.length ? ' [options]' : ''}${c.args ? ` ${c.args}` : ''}`;
}

export function commandHelp(c: Command): string {
  const lines = [`modelvet ${c.name}: ${c.summary}`, '', `Usage: ${usageLine(c)}`];
  if (c.argsHelp) lines.push(...columns([[c.args.replace(/[[\]<>]/g, ''), c.argsHelp]]));
  lines.push(
    '',
    'Options:',
    ...columns([...(c.options ?? []), HELP_OPTION].map((o) => [optionSignature(o), o.help])),
  );
  lines.push('', 'Examples:', ...c.examples.map((e) => `  $ ${e}`));
  return `${lines.join('\n')}\n`;
}

/** The help of a command group (`modelvet policy`): its subcommands. */
export function groupHelp(group: string): string {
  const members = COMMANDS.filter((c) => c.name.startsWith(`${group} `));
  const lines = [
    `modelvet ${group}: ${GROUPS[group] ?? ''}`,
    '',
    'Commands:',
    ...columns(members.map((c) => [`${c.name} ${c.args}`.trim(), c.summary])),
    '',
    `Run \`modelvet help ${group} <command>\` for its options.`,
  ];
  return `${lines.join('\n')}\n`;
}

export function mainHelp(): string {
  const lines = [
    `modelvet ${VERSION}: vet open-weight model artifacts before anyone loads them`,
    '',
    'Usage: modelvet <command> [options]',
    '',
    'Commands:',
    ...columns([
      ...COMMANDS.map((c): [string, string] => [`${c.name} ${c.args}`.trim(), c.summary]),
      ['help [command]', 'Show the help of a command'],
    ]),
    '',
    'Options:',
    ...columns([
      ['-h, --help', 'Show this help'],
      ['--version', 'Print the version'],
    ]),
    '',
    'Exit codes: 0 pass, 1 findings at or above the fail level or a failed check, 2 usage or input error.',
    'Run `modelvet help <command>` or `modelvet <command> --help` for its options and examples.',
  ];
  return `${lines.join('\n')}\n`;
}
