/** The `policy check` and `policy init` commands (their work is in policy.ts, loaded on use). */
import type { Command } from './command.ts';
import { flag, usage } from './options.ts';
import { cwdOf, inCwd } from './output.ts';
import { loadPolicyCommands } from '../lazy.ts';
import { discoverPolicy, POLICY_FILE_NAMES } from '../policy/discover.ts';

export const policyCheckCommand: Command = {
  name: 'policy check',
  summary: 'Validate a policy file (default: the one a scan here would use)',
  args: '[file]',
  argsHelp: 'The policy file (default: .modelvet.yml/.yaml/.json in the current folder)',
  oneArg: 'policy file',
  examples: ['modelvet policy check', 'modelvet policy check ci/.modelvet.yml'],
  async run({ positionals }, io) {
    let file = positionals[0];
    if (file === undefined) {
      const found = await discoverPolicy([], cwdOf(io));
      if (!found)
        usage(`no policy file here (${POLICY_FILE_NAMES.join(', ')}); name one: modelvet policy check FILE`);
      file = found.file;
    }
    const shown = file;
    const { policyCheck } = await loadPolicyCommands();
    return policyCheck(inCwd(io)(shown), io);
  },
};

export const policyInitCommand: Command = {
  name: 'policy init',
  summary: 'Write a commented starter policy (.modelvet.yml)',
  args: '[file]',
  argsHelp: 'Where to write it (default: .modelvet.yml in the current folder)',
  oneArg: 'file name',
  options: [
    { name: 'force', help: 'Overwrite an existing file' },
    { name: 'stdout', help: 'Print the starter policy instead of writing a file' },
  ],
  examples: ['modelvet policy init', 'modelvet policy init --stdout > ci/.modelvet.yml'],
  async run({ values, positionals }, io) {
    const stdout = flag(values.stdout);
    if (stdout && positionals.length) usage('--stdout prints the policy; drop the file name, or --stdout');
    if (stdout && flag(values.force)) usage('--force overwrites a file; --stdout writes none');
    const target = stdout ? '-' : (positionals[0] ?? '.modelvet.yml');
    const { policyInit } = await loadPolicyCommands();
    return policyInit(target === '-' ? target : inCwd(io)(target), flag(values.force), io);
  },
};
