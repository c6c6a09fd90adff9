#!/usr/bin/env node
/**
 * The `modelvet` executable. It checks the Node version first (one line, not a crash deep inside),
 * answers `--version` before anything else is loaded, turns on the compile cache for the rest (see
 * cli/compile-cache.ts), lets a command whose inputs allocate re-run itself with the scan heap
 * settings (cli/heap-tuning.ts), keeps the hash reader decision for the next run
 * (cli/reader-memory.ts), and exits quietly when the reader of its
 * output goes away (`modelvet explain | head`), as coreutils and gh do: they die of SIGPIPE, which
 * the shell reports as status 141; Node ignores SIGPIPE, so the same status is set by hand.
 */
import { enableCliCompileCache } from './cli/compile-cache.ts';
import { processReaderMemoryFile } from './cli/reader-memory-file.ts';
import { processCacheContext } from './cli/user-cache.ts';
import { VERSION } from './version.ts';
import { loadCli } from './lazy.ts';

/** package.json "engines": process.getBuiltinModule, which the bundle loads Node's modules with. */
const MIN_NODE = [22, 3] as const;
/** 128 + SIGPIPE (13): what a shell reports for a program the closed pipe stopped. */
const EXIT_BROKEN_PIPE = 141;

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const args = process.argv.slice(2);
if (!(major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]))) {
  process.stderr.write(`modelvet needs Node >= ${MIN_NODE.join('.')} (found ${process.versions.node})\n`);
  process.exitCode = 2;
} else if (args.length === 1 && (args[0] === '--version' || args[0] === 'version')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const cacheContext = processCacheContext(args);
  enableCliCompileCache(cacheContext);
  const readerFile = processReaderMemoryFile(cacheContext);
  const { main, processIo, reexecWithHeapTuning, rememberHashReader } = await loadCli();
  const reader = rememberHashReader(readerFile);
  // The streams open on their first write (cli/output.ts processIo says why), and so does the handler.
  const onFirstWrite = (stream: NodeJS.WriteStream) =>
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE);
      throw err;
    });
  process.exitCode = await main(args, processIo({ tuneHeap: reexecWithHeapTuning, onFirstWrite }));
  await reader.save();
}
