#!/usr/bin/env node
// `npm run bench`: builds dist/ once, then runs every benchmark script; exits 1 when a target fails,
// 3 when a script found the machine busy (its numbers are not results).
//   BENCH_ONLY=scan npm run bench     (or hash) runs one of them.
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SCRIPTS = { hash: 'hash-bench.mjs', scan: 'scan-bench.mjs' };
const only = process.env.BENCH_ONLY;
const chosen = Object.entries(SCRIPTS).filter(([name]) => !only || name === only);
if (chosen.length === 0) {
  console.error(`BENCH_ONLY must be one of: ${Object.keys(SCRIPTS).join(', ')}`);
  process.exit(2);
}
console.log('building dist/ …');
execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
let failed = false;
let noisy = false;
for (const [name, script] of chosen) {
  console.log(`\n== ${name} benchmark (bench/${script}) ==`);
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', script)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_NO_BUILD: '1' },
  });
  noisy ||= r.status === 3;
  failed ||= r.status !== 0 && r.status !== 3;
}
process.exitCode = failed ? 1 : noisy ? 3 : 0;
