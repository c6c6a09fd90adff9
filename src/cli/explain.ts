/** `modelvet explain [rule]`: what a rule means, why it matters, how to fix or allow it. */
import type { Command } from './command.ts';
import { closest, usage } from './options.ts';
import { loadRunners } from '../lazy.ts';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Explain a rule: what it means, why it matters, how to fix or allow it (no rule: list them)',
  args: '[rule]',
  argsHelp: 'A rule id, as reports show it (pickle/dangerous-global)',
  oneArg: 'rule id',
  examples: ['modelvet explain', 'modelvet explain pickle/dangerous-global'],
  async run({ positionals }, io) {
    const rule = positionals[0];
    const { allRules, getRule } = await loadRunners();
    if (rule === undefined) {
      for (const r of allRules()) io.stdout(`${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.title}\n`);
      return 0;
    }
    const def = getRule(rule);
    if (!def) {
      const guess = closest(
        rule,
        allRules().map((r) => r.id),
      );
      usage(
        `unknown rule ${rule}${guess ? `; did you mean ${guess}?` : ''} (modelvet explain lists them all)`,
      );
    }
    io.stdout(`${def.id} (${def.severity}): ${def.title}\n\n${def.explain}\n`);
    return 0;
  },
};
