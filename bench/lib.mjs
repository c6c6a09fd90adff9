// Shared by the benchmark scripts: timing through /usr/bin/time, medians, the CPU model.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export const MiB = 1024 * 1024;

/** The CPU model as /proc/cpuinfo names it (os.cpus() elsewhere): ratios only compare within one machine. */
export function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

/** Runs `argv` under /usr/bin/time -v: wall seconds and peak RSS. `okStatus` lists accepted exit codes. */
export function timed(argv, okStatus = [0]) {
  const r = spawnSync('/usr/bin/time', ['-v', ...argv], { encoding: 'utf8', maxBuffer: 256 * MiB });
  if (!okStatus.includes(r.status)) {
    throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  }
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time output for ${argv.join(' ')}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, rssKiB: Number(rss[1]), stdout: r.stdout };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Checks for /usr/bin/time, builds dist/ (unless BENCH_NO_BUILD=1) and returns the argv that runs the built CLI. */
export function builtCli(root) {
  if (!existsSync('/usr/bin/time')) {
    console.error('bench needs /usr/bin/time (Debian package "time") for peak RSS');
    process.exit(2);
  }
  if (process.env.BENCH_NO_BUILD !== '1') {
    console.log('building dist/ …');
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  }
  return [process.execPath, join(root, 'dist', 'bin.js')];
}

/** The kernel's CPU time counters (/proc/stat, all CPUs): steal is time the hypervisor gave to others. */
export function cpuTicks() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: f.reduce((a, b) => a + b, 0), steal: f[7] ?? 0 };
  } catch {
    return undefined; // not Linux
  }
}

/** The share of CPU time stolen by the hypervisor between two cpuTicks() readings (0 when unknown). */
export function stealBetween(before, after) {
  if (!before || !after) return 0;
  return (after.steal - before.steal) / Math.max(1, after.total - before.total);
}
