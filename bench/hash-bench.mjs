#!/usr/bin/env node
// Benchmark of the hash core against the one-core SHA-256 limit and the usual tools, all in one run.
//
//   npm run bench                 (builds dist/ first; files go to $BENCH_DIR or the OS temp dir)
//   BENCH_RUNS=5 BENCH_BIG_MIB=2048 BENCH_FOLDER_FILES=8 BENCH_FOLDER_MIB=256 npm run bench
//
// Generates the files on the fly (never committed), warms the page cache, then for each command
// takes the median wall time of BENCH_RUNS runs and the peak RSS from /usr/bin/time -v. Prints one
// table and checks the targets of the foundation issue.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtCli, cpuModel, median, timed } from './lib.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BIG_MIB = Number(process.env.BENCH_BIG_MIB ?? 2048);
const FOLDER_FILES = Number(process.env.BENCH_FOLDER_FILES ?? 8);
const FOLDER_MIB = Number(process.env.BENCH_FOLDER_MIB ?? 256);
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), 'modelvet-bench');
const KEEP = process.env.BENCH_KEEP === '1';
const MiB = 1024 * 1024;

const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const MODELVET = builtCli(ROOT);

function makeFile(path, mib) {
  if (existsSync(path) && statSync(path).size === mib * MiB) return;
  const fd = openSync(path, 'w');
  const chunk = Buffer.allocUnsafe(8 * MiB);
  try {
    for (let done = 0; done < mib * MiB; done += chunk.length) {
      randomFillSync(chunk);
      writeSync(fd, chunk, 0, Math.min(chunk.length, mib * MiB - done));
    }
  } finally {
    closeSync(fd);
  }
}

mkdirSync(join(DIR, 'folder'), { recursive: true });
const big = join(DIR, 'big.bin');
console.log(`generating ${BIG_MIB} MiB file and ${FOLDER_FILES} × ${FOLDER_MIB} MiB folder in ${DIR} …`);
makeFile(big, BIG_MIB);
const folderFiles = [];
for (let i = 0; i < FOLDER_FILES; i++) {
  const p = join(DIR, 'folder', `shard-${String(i).padStart(2, '0')}.bin`);
  makeFile(p, FOLDER_MIB);
  folderFiles.push(p);
}
for (const f of readdirSync(join(DIR, 'folder'))) {
  if (!folderFiles.includes(join(DIR, 'folder', f))) rmSync(join(DIR, 'folder', f));
}
// Warm the page cache: every measured run reads from memory, so the limit is hashing, not the disk.
for (const f of [big, ...folderFiles]) execFileSync('cat', [f], { stdio: ['ignore', 'ignore', 'inherit'] });

// One core's SHA-256 speed on large buffers: the ceiling for one stream.
const speedOut = execFileSync('openssl', ['speed', '-evp', 'sha256', '-bytes', '8388608', '-seconds', '3'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
const speedLine = speedOut.split('\n').find((l) => /^sha256\s/.test(l.trim()));
const limit = Number(/([\d.]+)k\s*$/.exec(speedLine ?? '')?.[1] ?? Number.NaN) * 1000; // bytes/s
if (!Number.isFinite(limit)) throw new Error(`cannot parse openssl speed output:\n${speedOut}`);

// /usr/bin/time's wall clock has 10 ms resolution; for sub-second commands use a precise clock.
function precise(argv, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'ignore', env });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}`);
  return seconds;
}

function measure(label, argv, bytes) {
  const runs = [];
  // A scan that finds something exits 1: that is a result here, not an error.
  for (let i = 0; i < RUNS; i++) runs.push(timed(argv, argv.includes('scan') ? [0, 1] : [0]));
  const seconds = median(runs.map((r) => r.seconds));
  const rss = Math.max(...runs.map((r) => r.rssKiB)) / 1024;
  return { label, seconds, rateGBs: bytes / seconds / 1e9, rss };
}

const bigBytes = BIG_MIB * MiB;
const folderBytes = FOLDER_FILES * FOLDER_MIB * MiB;
const rows = [];
const bigRows = [
  measure('modelvet hash (2 GiB file)', [...MODELVET, 'hash', big], bigBytes),
  measure('openssl dgst -sha256', ['openssl', 'dgst', '-sha256', big], bigBytes),
  measure('sha256sum', ['sha256sum', big], bigBytes),
];
if (have('b3sum')) {
  bigRows.push(measure('b3sum (all cores, BLAKE3)', ['b3sum', big], bigBytes));
  bigRows.push(measure('b3sum --num-threads 1', ['b3sum', '--num-threads', '1', big], bigBytes));
}
rows.push(...bigRows);
const folderRows = [
  measure(
    'modelvet hash --jobs 2 (folder)',
    [...MODELVET, 'hash', '--jobs', '2', ...folderFiles],
    folderBytes,
  ),
  measure(
    'modelvet scan --jobs 2 (folder)',
    [...MODELVET, 'scan', '--jobs', '2', '--no-progress', join(DIR, 'folder')],
    folderBytes,
  ),
  measure('openssl dgst -sha256 (folder)', ['openssl', 'dgst', '-sha256', ...folderFiles], folderBytes),
  measure('sha256sum (folder)', ['sha256sum', ...folderFiles], folderBytes),
];
if (have('b3sum')) folderRows.push(measure('b3sum (folder)', ['b3sum', ...folderFiles], folderBytes));
rows.push(...folderRows);

const STARTUP_RUNS = Math.max(RUNS, 15);
const nodeStart = median(Array.from({ length: STARTUP_RUNS }, () => precise([process.execPath, '-e', '0'])));
const versionStart = median(Array.from({ length: STARTUP_RUNS }, () => precise([...MODELVET, '--version'])));
// The Action bundle on an empty workspace, with the runner's environment contract.
const actionWs = join(DIR, 'empty-workspace');
mkdirSync(join(actionWs, 'ws'), { recursive: true });
const actionEnv = {
  ...process.env,
  GITHUB_WORKSPACE: join(actionWs, 'ws'),
  RUNNER_TEMP: actionWs,
  GITHUB_OUTPUT: join(actionWs, 'output'),
  GITHUB_STEP_SUMMARY: join(actionWs, 'summary'),
};
const actionStart = median(
  Array.from({ length: STARTUP_RUNS }, () => {
    writeFileSync(actionEnv.GITHUB_OUTPUT, '');
    writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '');
    return precise([process.execPath, join(ROOT, 'dist', 'action.js')], actionEnv);
  }),
);

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(
  `\none-core SHA-256 limit (openssl speed -evp sha256, 8 MiB blocks): ${(limit / 1e9).toFixed(3)} GB/s`,
);
console.log(
  `${cpuModel()}; median of ${RUNS} runs, warm page cache, ${process.platform} ${process.arch}, node ${process.version}\n`,
);
console.log(
  `${pad('command', 36)} ${lpad('median s', 9)} ${lpad('GB/s', 7)} ${lpad('× limit', 8)} ${lpad('peak RSS MiB', 13)}`,
);
for (const r of rows) {
  console.log(
    `${pad(r.label, 36)} ${lpad(r.seconds.toFixed(3), 9)} ${lpad(r.rateGBs.toFixed(3), 7)} ${lpad(((r.rateGBs * 1e9) / limit).toFixed(2), 8)} ${lpad(r.rss.toFixed(1), 13)}`,
  );
}
console.log(`${pad('node -e 0', 36)} ${lpad(nodeStart.toFixed(3), 9)}`);
console.log(`${pad('modelvet --version', 36)} ${lpad(versionStart.toFixed(3), 9)}`);
console.log(`${pad('node dist/action.js (empty folder)', 36)} ${lpad(actionStart.toFixed(3), 9)}`);

const hashBig = bigRows[0];
const dgst = bigRows[1];
const hashFolder = folderRows[0];
const scanFolder = folderRows[1];
const checks = [
  [
    `hash 2 GiB ≥ 0.85 × limit`,
    hashBig.rateGBs * 1e9 >= 0.85 * limit,
    `${((hashBig.rateGBs * 1e9) / limit).toFixed(2)} ×`,
  ],
  [
    `hash 2 GiB faster than openssl dgst`,
    hashBig.seconds < dgst.seconds,
    `${(dgst.seconds / hashBig.seconds).toFixed(2)} × faster`,
  ],
  [
    `folder --jobs 2 ≥ 1.6 × limit`,
    hashFolder.rateGBs * 1e9 >= 1.6 * limit,
    `${((hashFolder.rateGBs * 1e9) / limit).toFixed(2)} ×`,
  ],
  [`peak RSS hashing 2 GiB ≤ 100 MiB`, hashBig.rss <= 100, `${hashBig.rss.toFixed(1)} MiB`],
  [
    `scan folder ≤ 1.10 × hash folder`,
    scanFolder.seconds <= 1.1 * hashFolder.seconds,
    `${(scanFolder.seconds / hashFolder.seconds).toFixed(3)} ×`,
  ],
  [`--version ≤ 2 × node -e 0`, versionStart <= 2 * nodeStart, `${(versionStart / nodeStart).toFixed(2)} ×`],
  [`Action start ≤ 3 × node -e 0`, actionStart <= 3 * nodeStart, `${(actionStart / nodeStart).toFixed(2)} ×`],
];
console.log('\ntargets:');
for (const [name, ok, value] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${pad(name, 38)} ${value}`);
if (!KEEP) rmSync(DIR, { recursive: true, force: true });
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
