/**
 * Chat templates through the built CLI (`node dist/bin.js scan`, what ships): configs Python reads
 * although strict readers do not, and a template the parser refuses. Run `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeTmpDir } from '../../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const configs = (name: string) => join(ROOT, 'fixtures', 'templates', 'configs', name);

async function scan(target: string): Promise<{ code: number; rules: string[]; messages: string[] }> {
  let stdout: string;
  let code = 0;
  try {
    ({ stdout } = await promisify(execFile)(
      process.execPath,
      [BIN, 'scan', target, '--format', 'json', '--no-progress'],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    ));
  } catch (e) {
    const err = e as { code: number; stdout: string };
    code = err.code;
    stdout = err.stdout;
  }
  const report = JSON.parse(stdout) as { findings: Array<{ rule: string; message: string }> };
  return {
    code,
    rules: [...new Set(report.findings.map((f) => f.rule))].sort(),
    messages: report.findings.map((f) => f.message),
  };
}

describe('chat templates through the built CLI', () => {
  it('vets the template of configs with NaN, 200 levels of nesting, or a later syntax error', async () => {
    for (const [name, extra] of [
      ['nan-hostile', []],
      ['deep-hostile', []],
      ['broken-hostile', ['repo/config-invalid', 'template/global-callable-access']],
    ] as const) {
      const r = await scan(configs(name));
      expect(r.code, name).toBe(1);
      expect(r.rules, name).toEqual(
        [...new Set(['template/dangerous-call', 'template/dunder-access', ...extra])].sort(),
      );
    }
  });
  it('vets additional_chat_templates/*.jinja and processor_config.json, and passes a clean config', async () => {
    expect((await scan(configs('jinja-files'))).rules).toContain('template/dunder-access');
    expect((await scan(configs('processor'))).rules).toContain('template/dunder-access');
    const clean = await scan(configs('llama3'));
    expect([clean.code, clean.rules]).toEqual([0, []]);
  });
  it('reports an unclosed {% if %} with our own one-line message, exit 1, no stack trace', async () => {
    const dir = await makeTmpDir();
    await writeFile(join(dir, 'chat_template.jinja'), '{% for m in messages %}{% if m %}{{ m }}{% endfor %}');
    const r = await scan(dir);
    expect(r.code).toBe(1);
    expect(r.rules).toEqual(['template/unparseable']);
    expect(r.messages).toEqual([
      'template does not parse: {% endfor %} at line 1 closes {% if %} opened at line 1',
    ]);
  });
});
