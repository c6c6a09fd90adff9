#!/usr/bin/env node
// Benchmark of `modelvet scan` on inputs whose size is in their counts, not their bytes:
//
//   npm run bench:scan           (builds dist/ first; inputs go to $BENCH_DIR or the OS temp dir)
//   BENCH_RUNS=3 BENCH_SMALL_FILES=20000 BENCH_GGUF_KEYS=999999 BENCH_ZIP_MEMBERS=65535 npm run bench:scan
//
// - a folder of 20,000 small files (configs, .py, JSON, small safetensors): files per second;
// - a GGUF with the most metadata entries modelvet reads (999,999: 1,000,000 is its limit, a
//   finding), parsed in full;
// - a zip with 65,535 members (the most without zip64).
// Each: median wall time of BENCH_RUNS runs and peak RSS from /usr/bin/time -v, in one table with
// the CPU model, then the targets of the scale issue.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeGguf, makeSmallFilesFolder, makeZip } from './inputs.mjs';
import { builtCli, cpuModel, cpuTicks, median, stealBetween, timed } from './lib.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SMALL_FILES = Number(process.env.BENCH_SMALL_FILES ?? 20_000);
const GGUF_KEYS = Number(process.env.BENCH_GGUF_KEYS ?? 999_999);
const ZIP_MEMBERS = Number(process.env.BENCH_ZIP_MEMBERS ?? 65_535);
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), 'modelvet-scan-bench');
const KEEP = process.env.BENCH_KEEP === '1';

const MODELVET = builtCli(ROOT);

mkdirSync(DIR, { recursive: true });
const folder = join(DIR, `small-${SMALL_FILES}`);
const gguf = join(DIR, `keys-${GGUF_KEYS}.gguf`);
const zip = join(DIR, `members-${ZIP_MEMBERS}.zip`);
console.log(`generating inputs in ${DIR} …`);
makeSmallFilesFolder(folder, SMALL_FILES);
makeGguf(gguf, GGUF_KEYS);
makeZip(zip, ZIP_MEMBERS);
// Warm the page cache and the dentry cache: the runs measure modelvet, not the disk.
execFileSync('sh', [
  '-c',
  `find "${folder}" -type f -exec cat {} + > /dev/null; cat "${gguf}" "${zip}" > /dev/null`,
]);

/** A scan exits 1 when it finds something at the fail level: that is a result here, not an error. */
function measure(label, target, count, unit) {
  const runs = [];
  for (let i = 0; i < RUNS; i++)
    runs.push(
      timed(
        [...MODELVET, 'scan', '--format', 'json', '--no-progress', '--fail-on', 'critical', target],
        [0, 1],
      ),
    );
  const seconds = median(runs.map((r) => r.seconds));
  const rss = Math.max(...runs.map((r) => r.rssKiB)) / 1024;
  const report = JSON.parse(runs[0].stdout);
  return {
    label,
    seconds,
    rss,
    count,
    unit,
    rate: count / seconds,
    files: report.summary.files,
    rules: rules(report),
  };
}

function rules(report) {
  const counts = new Map();
  for (const f of report.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${r}×${n}`).join(', ') || 'none';
}

const ticks = cpuTicks();
const rows = [
  measure(`folder of ${SMALL_FILES} small files`, folder, SMALL_FILES, 'files'),
  measure(`GGUF with ${GGUF_KEYS} metadata keys`, gguf, GGUF_KEYS, 'keys'),
  measure(`zip with ${ZIP_MEMBERS} members`, zip, ZIP_MEMBERS, 'members'),
];

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(
  `\n${cpuModel()}, ${availableParallelism()} cores, node ${process.version}, median of ${RUNS} runs, warm cache\n`,
);
console.log(
  `${pad('modelvet scan', 38)} ${lpad('median s', 9)} ${lpad('rate', 16)} ${lpad('peak RSS MiB', 13)}  findings`,
);
for (const r of rows) {
  console.log(
    `${pad(r.label, 38)} ${lpad(r.seconds.toFixed(3), 9)} ${lpad(`${Math.round(r.rate)} ${r.unit}/s`, 16)} ${lpad(r.rss.toFixed(1), 13)}  ${r.rules.slice(0, 120)}`,
  );
}
const [small, keys, members] = rows;
const checks = [
  [`${SMALL_FILES} small files ≥ 5,000 files/s`, small.rate >= 5000, `${Math.round(small.rate)} files/s`],
  [`${SMALL_FILES} small files peak RSS < 300 MiB`, small.rss < 300, `${small.rss.toFixed(1)} MiB`],
  [`GGUF ${GGUF_KEYS} keys < 2 s`, keys.seconds < 2, `${keys.seconds.toFixed(3)} s`],
  [`GGUF peak RSS < 300 MiB`, keys.rss < 300, `${keys.rss.toFixed(1)} MiB`],
  [`zip ${ZIP_MEMBERS} members < 2 s`, members.seconds < 2, `${members.seconds.toFixed(3)} s`],
  [`zip peak RSS < 300 MiB`, members.rss < 300, `${members.rss.toFixed(1)} MiB`],
];
// Time the hypervisor gave to other guests while the rows ran: past 2 % the timings are not results.
const steal = stealBetween(ticks, cpuTicks());
const noisy = steal > 0.02;
console.log(
  `\nmachine during the runs: ${noisy ? 'NOISY' : 'quiet'}: steal ${(100 * steal).toFixed(1)} % (≤ 2)`,
);
console.log('\ntargets:');
for (const [name, ok, value] of checks)
  console.log(`  ${ok ? 'PASS' : 'FAIL'}${noisy ? ' (NOISY)' : ''}  ${pad(name, 40)} ${value}`);
if (!KEEP) rmSync(DIR, { recursive: true, force: true });
process.exitCode = noisy ? 3 : checks.every(([, ok]) => ok) ? 0 : 1;
