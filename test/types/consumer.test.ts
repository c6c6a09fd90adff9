/**
 * The published declarations: a consumer project (test/types/consumer) that imports `modelvet` as
 * a package compiles under `strict` and `module: nodenext`, with the package resolved through its
 * package.json `exports` (`types` condition). Needs `npm run build` (dist/types).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let dir: string;

function compile(project: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'types', 'index.d.ts')))
    throw new Error('dist/types is missing: run npm run build');
  dir = await makeTmpDir('modelvet-consumer-');
  await cp(join(import.meta.dirname, 'consumer'), dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "name": "consumer", "type": "module", "private": true }\n');
  await mkdir(join(dir, 'node_modules', '@types'), { recursive: true });
  await symlink(ROOT, join(dir, 'node_modules', 'modelvet'));
  await symlink(join(ROOT, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('type declarations', () => {
  it('package.json points types and exports.types at the declarations', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as {
      types: string;
      exports: { '.': { types: string } };
    };
    expect(pkg.types).toBe('./dist/types/index.d.ts');
    expect(pkg.exports['.'].types).toBe(pkg.types);
  });

  it('a strict nodenext consumer project compiles against them', { timeout: 120_000 }, () => {
    const r = compile(dir);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('and a type error in it is reported (the check is not vacuous)', { timeout: 120_000 }, async () => {
    await writeFile(
      join(dir, 'bad.ts'),
      "import { scan } from 'modelvet';\nexport const n: number = await scan(['.']);\n",
    );
    await writeFile(
      join(dir, 'tsconfig.bad.json'),
      JSON.stringify({ extends: './tsconfig.json', files: ['bad.ts'] }),
    );
    const r = compile(join(dir, 'tsconfig.bad.json'));
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/bad\.ts.*Type 'Report' is not assignable to type 'number'/);
  });
});
