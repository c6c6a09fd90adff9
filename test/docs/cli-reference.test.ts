/** The README's command reference and Action tables say what `--help` and action.yml say. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { README, updateReadme } from '../../scripts/cli-md.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { runCli } from '../helpers/cli.ts';

describe('README command reference', () => {
  it('is generated from the command table and action.yml (regenerate with `npm run docs:cli`)', async () => {
    const readme = await readFile(README, 'utf8');
    expect(updateReadme(readme)).toBe(readme);
  });

  it("shows each command's --help: usage, every option with its help text, the examples", async () => {
    const readme = await readFile(README, 'utf8');
    for (const c of COMMANDS) {
      const help = (await runCli([...c.name.split(' '), '--help'])).out;
      const usage = /^Usage: (.+)$/m.exec(help)![1]!;
      const at = readme.indexOf(`### \`${usage}\``);
      expect(at, usage).toBeGreaterThan(0);
      const section = readme.slice(at, readme.indexOf('\n### ', at + 1));
      const rows = [...help.matchAll(/^ {2}(-\S.*?) {2,}(.+)$/gm)].filter(([, sig]) => sig !== '-h, --help');
      expect(rows.length, c.name).toBe(c.options?.length ?? 0);
      for (const [, signature, text] of rows) {
        expect(section, `${c.name} ${signature}`).toContain(
          `| \`${signature}\` | ${text!.replace(/\|/g, '\\|')} |`,
        );
      }
      for (const [, example] of help.matchAll(/^ {2}\$ (.+)$/gm)) expect(section).toContain(`\n${example}\n`);
    }
  });

  it('lists every Action input with its action.yml default and description', async () => {
    const readme = await readFile(README, 'utf8');
    const meta = parse(await readFile(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8'));
    for (const [name, input] of Object.entries(meta.inputs as Record<string, { default?: string }>))
      expect(readme).toContain(
        `| \`${name}\` | ${input.default !== undefined ? `\`${input.default}\`` : '—'} |`,
      );
    for (const name of Object.keys(meta.outputs)) expect(readme).toContain(`| \`${name}\` |`);
  });
});
