/**
 * The CLI's V8 heap settings, applied by re-executing the same Node once with them.
 *
 * Two settings, both measured on the scan benchmarks (peak RSS, same user CPU time):
 * - small semi-spaces (below);
 * - no allocation-site pretenuring: after a zip's 65,535-entry listing survived, V8 began allocating
 *   the per-member objects of the same code straight into the old generation, where they stayed as
 *   garbage until a full collection that never came before the end (420 MiB peak; 289 MiB without).
 *
 * A scan allocates many short-lived objects (parse trees, tokens, per-member facts). Node 24 sizes
 * V8's young generation from the machine's memory (on 24 GiB, semi-spaces of 32 MiB, three of them
 * live at once), and a scan's peak RSS was mostly young-generation pages holding garbage: a folder of
 * 20,000 small files peaked at 325 MiB with the default and at 233 MiB with 8 MiB semi-spaces, and
 * ran faster (fewer page faults). V8 reads the size only at start-up (`v8.setFlagsFromString` later
 * has no effect), so the executable replaces itself, once, with the same Node, the same arguments and
 * the flags: `process.execve` keeps the process id, the terminal, stdio and signals. Where it is not
 * available (Windows; Node before 22.15) the CLI runs with Node's defaults. Cost: one more Node
 * start-up, about 20 ms, paid only by the commands that analyze (wantsHeapTuning).
 */

/** Young-generation semi-space size in MiB (measured in `npm run bench`: see the comment above). */
export const SEMI_SPACE_MIB = 8;

const FLAG = '--max-semi-space-size';

/** True when this Node already runs with a semi-space setting (ours, the user's, or NODE_OPTIONS'). */
export function hasHeapTuning(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((a) => a.startsWith(FLAG)) || (nodeOptions ?? '').includes(FLAG);
}

/** The argv to re-execute with: node, the flags, Node's own flags, the script, the CLI's arguments. */
export function tunedArgv(execPath: string, execArgv: readonly string[], argv: readonly string[]): string[] {
  return [
    execPath,
    `${FLAG}=${SEMI_SPACE_MIB}`,
    '--no-allocation-site-pretenuring',
    ...execArgv,
    ...argv.slice(1),
  ];
}

/**
 * Commands that run analyzers or read many documents (where the settings were measured). `hash`,
 * `explain`, `policy` and help allocate little and are not worth a second start-up (`hash` of eight
 * 256 MiB files is compared with `xargs -P2 openssl dgst`: 20 ms is 2 % of it).
 */
const TUNED_COMMANDS = new Set(['scan', 'lock', 'pull', 'verify', 'sign', 'merge']);

/** True when the CLI arguments name a command that is re-executed with the heap settings. */
export function wantsHeapTuning(args: readonly string[]): boolean {
  return TUNED_COMMANDS.has(args[0] ?? '');
}

/**
 * Replaces this process with a tuned one when possible; returns only when it did not (already tuned,
 * not supported here, a command that does not need it, or turned off with MODELVET_HEAP_TUNING=0).
 */
export function reexecWithHeapTuning(args: readonly string[]): void {
  if (process.env.MODELVET_HEAP_TUNING === '0' || !wantsHeapTuning(args)) return;
  if (process.platform === 'win32' || typeof process.execve !== 'function') return;
  if (hasHeapTuning(process.execArgv, process.env.NODE_OPTIONS)) return;
  const argv = tunedArgv(process.execPath, process.execArgv, process.argv);
  try {
    process.execve(process.execPath, argv, process.env);
  } catch {
    // Not allowed here (a sandbox refusing execve): run untuned rather than not at all.
  }
}
