/**
 * The shape the pickle code keeps (no function over 100 lines on the security paths): Biome's
 * `noExcessiveLinesPerFunction` with a 100-line limit over src/formats/pickle, run with a throw-away
 * configuration so the project's own lint settings stay as they are.
 */
import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir } from '../../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
let dir: string;

beforeAll(async () => {
  dir = await makeTmpDir();
  const config = {
    $schema: join(ROOT, 'node_modules/@biomejs/biome/configuration_schema.json'),
    linter: {
      rules: {
        preset: 'none',
        complexity: { noExcessiveLinesPerFunction: { level: 'error', options: { maxLines: 100 } } },
      },
    },
  };
  await writeFile(join(dir, 'biome.json'), JSON.stringify(config));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('src/formats/pickle', () => {
  it('has no function over 100 lines', () => {
    const biome = join(ROOT, 'node_modules/.bin/biome');
    const r = spawnSync(biome, ['lint', `--config-path=${dir}`, join(ROOT, 'src/formats/pickle')], {
      encoding: 'utf8',
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(output).toMatch(/Checked \d+ files/);
    expect(output).not.toMatch(/noExcessiveLinesPerFunction/);
    expect(r.status).toBe(0);
  });
});
