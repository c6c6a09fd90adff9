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
 * start-up and CLI load (about 25-30 ms), so it is paid only when a command's inputs hold something
 * that allocates (inputsNeedHeapTuning): a cached scan of large tensor files is mostly start-up, and
 * the second start-up was a quarter of it. The decision comes after the command line is parsed, from
 * the paths the command names (Command.inputs), before the command reads anything.
 */
import { closeSync, type Dir, opendirSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SNIFFERS, KINDS, type Kind } from '../core/sniff.ts';
import { BufferSource } from '../core/source.ts';
import { isRemoteUrl } from '../sources/source.ts';

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

/** What a command will read, for the decision: local paths, or `unknown` (a download, a remote repository). */
export type HeapInputs = readonly string[] | 'unknown';

/** A command's positional paths (or `.`), resolved by `at`; `unknown` when one is a remote URL. */
export function pathInputs(positionals: readonly string[], at: (p: string) => string): HeapInputs {
  const given = positionals.length ? positionals : ['.'];
  return given.some(isRemoteUrl) ? 'unknown' : given.map(at);
}

/**
 * Bounds of the look at the inputs, each from the measurements above and in `npm run bench:scan`
 * (Intel Xeon, 24 GiB, Node 24, peak RSS untuned vs tuned): 20,000 small files 305 vs 214 MiB; a
 * zip of 65,535 members (8 MiB) 544 vs 304 MiB; an 800 KB Python module above 300 MiB untuned; a
 * 4 GiB folder of 16 tensor-sized files 98 vs 99 MiB (nothing to parse: the heap stays small either
 * way, and the second start-up was a quarter of a cached scan's time).
 */
const MANY_ENTRIES = 1000;
/** Files smaller than this are read whole by some analyzer (configs, code, templates, archives). */
const BULK_BYTES = 64 * 1024 * 1024;
/** More than this in such files is parsing enough to grow the default young generation. */
const PARSED_BYTES = 256 * 1024;

/**
 * Whether the inputs hold work that allocates: more than MANY_ENTRIES entries, more than
 * PARSED_BYTES in files under BULK_BYTES, or a large file that starts like a container or a pickle
 * (its members or opcodes are listed). Large files of anything else (safetensors, GGUF, raw tensor
 * data) have a header read and are hashed in workers. A look of at most MANY_ENTRIES stats and a
 * few 512-byte reads, synchronous because it runs before anything else. A performance choice only:
 * a wrong answer costs a start-up or memory, never a finding (the scan reads the inputs itself).
 */
export function inputsNeedHeapTuning(inputs: HeapInputs): boolean {
  if (inputs === 'unknown') return true;
  const pending = [...inputs];
  let entries = 0;
  let parsedBytes = 0;
  while (pending.length) {
    const path = pending.pop()!;
    if (++entries > MANY_ENTRIES) return true;
    const st = statOrUndefined(path);
    if (st?.isDirectory())
      for (const n of namesIn(path, MANY_ENTRIES + 1 - entries)) pending.push(join(path, n));
    else if (!st?.isFile()) continue;
    else if (st.size < BULK_BYTES) {
      parsedBytes += st.size;
      if (parsedBytes > PARSED_BYTES) return true;
    } else if (startsLikeListedContent(path)) return true;
  }
  return false;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Up to `limit` names in `dir`, read one entry at a time: a folder of a million names is not listed. */
function namesIn(dir: string, limit: number): string[] {
  const names: string[] = [];
  let handle: Dir | undefined;
  try {
    handle = opendirSync(dir);
    for (let e = handle.readSync(); e !== null && names.length < limit; e = handle.readSync())
      names.push(e.name);
  } catch {
    // Unreadable: the scan reports it; the look counts what it got.
  } finally {
    handle?.closeSync();
  }
  return names;
}

/** Kinds whose content a scan lists: containers, compressed streams, pickles with a PROTO header. */
const LISTED_KINDS: ReadonlySet<Kind> = new Set([
  KINDS.zip,
  KINDS.tar,
  KINDS.sevenZip,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.pickle,
]);
/**
 * The scanner's own magic-number sniffers for those kinds (priority 90 and up: they decide from the
 * head alone and synchronously; the prefixed-zip one, which reads the tail, is below). A heuristic
 * for memory here, not the file's kind: sniff() decides that.
 */
const LISTED_SNIFFERS = CORE_SNIFFERS.filter((s) => LISTED_KINDS.has(s.kind) && s.priority >= 90);
/** Enough of the head for every one of them (tar's `ustar` is at 257). */
const LOOK_HEAD = 512;

function startsLikeListedContent(path: string): boolean {
  const head = Buffer.alloc(LOOK_HEAD);
  let n = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const at = head.subarray(0, n);
  const input = { head: at, size: n, name: '', source: new BufferSource(at, path) };
  return LISTED_SNIFFERS.some((s) => s.match(input) === true);
}

/**
 * The executable's hook before a command runs (Io.tuneHeap): replaces this process with a tuned
 * one when the inputs need it (inputsNeedHeapTuning) and it is possible; returns when it did not
 * (already tuned, not supported here, nothing that allocates, or MODELVET_HEAP_TUNING=0;
 * MODELVET_HEAP_TUNING=1 tunes whatever the inputs).
 */
export function reexecWithHeapTuning(inputs: HeapInputs): void {
  const setting = process.env.MODELVET_HEAP_TUNING;
  if (setting === '0') return;
  if (process.platform === 'win32' || typeof process.execve !== 'function') return;
  if (hasHeapTuning(process.execArgv, process.env.NODE_OPTIONS)) return;
  if (setting !== '1' && !inputsNeedHeapTuning(inputs)) return;
  const argv = tunedArgv(process.execPath, process.execArgv, process.argv);
  try {
    process.execve(process.execPath, argv, process.env);
  } catch {
    // Not allowed here (a sandbox refusing execve): run untuned rather than not at all.
  }
}
