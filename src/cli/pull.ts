/** `modelvet pull hf://OWNER/NAME@REVISION`: scan in place, then download and place only what passed. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PullProgress } from '../sources/pull.ts';
import type { Command } from './command.ts';
import {
  FAIL_ON,
  FORMAT,
  flag,
  NO_PROGRESS,
  OUTPUT,
  parseFailOn,
  parseFormat,
  QUIET,
  str,
  usage,
} from './options.ts';
import {
  cwdOf,
  exitCodeOf,
  type Io,
  printError,
  progressPrinter,
  wantsProgress,
  writeReport,
} from './output.ts';
import { HUB_URL, remoteOptions, TOKEN_FILE } from './scan.ts';
import { loadPull } from '../lazy.ts';
import { monotonicMs } from '../core/clock.ts';

/** The cache huggingface_hub uses (constants.py): $HF_HUB_CACHE, else $HF_HOME/hub, else ~/.cache/huggingface/hub. */
/** Where `ollama pull` keeps models: $OLLAMA_MODELS, else ~/.ollama/models (ollama envconfig/config.go). */
function defaultStore(url: string, env: NodeJS.ProcessEnv): string {
  if (!/^ollama:/i.test(url)) return defaultHfCache(env);
  return env.OLLAMA_MODELS ?? join(homedir(), '.ollama', 'models');
}

export function defaultHfCache(env: NodeJS.ProcessEnv): string {
  if (env.HF_HUB_CACHE) return env.HF_HUB_CACHE;
  const home = env.HF_HOME ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'huggingface');
  return join(home, 'hub');
}

function progressOf(io: Io, format: 'human' | 'json' | 'sarif' | 'markdown', off: boolean) {
  if (!wantsProgress(io, format, off)) return undefined;
  const printer = progressPrinter(io, 'pulling');
  const started = monotonicMs();
  let shownAt = Number.NEGATIVE_INFINITY;
  let shownFile = '';
  return {
    clear: printer.clear,
    on: (p: PullProgress) => {
      const now = monotonicMs();
      // One line per 100 ms at most (a chunk arrives every few KB), and one when the file changes.
      if (now - shownAt < 100 && p.file === shownFile && p.doneBytes < p.totalBytes) return;
      shownAt = now;
      shownFile = p.file;
      const elapsedMs = now - started;
      const rate = elapsedMs > 0 ? (p.doneBytes / elapsedMs) * 1000 : 0;
      printer.onProgress({
        bytesDone: p.doneBytes,
        bytesTotal: p.totalBytes,
        filesDone: p.filesDone,
        filesTotal: p.filesTotal,
        rate,
        etaSeconds: rate > 0 && elapsedMs > 1000 ? (p.totalBytes - p.doneBytes) / rate : undefined,
        elapsedMs,
        current: p.file,
      });
    },
  };
}

export const pullCommand: Command = {
  name: 'pull',
  summary: 'Scan a Hugging Face repo or Ollama model in place, then download and place it only if it passes',
  args: '<hf://OWNER/NAME@REVISION | ollama://MODEL:TAG>',
  argsHelp: 'The repository and revision (a commit pins the content; a branch is reported)',
  options: [
    {
      name: 'cache',
      value: 'DIR',
      help: 'Cache to place it in (default: $HF_HUB_CACHE or $HF_HOME/hub; $OLLAMA_MODELS or ~/.ollama/models)',
    },
    { name: 'to', value: 'DIR', help: 'Place the files in a plain folder instead of the cache' },
    FORMAT,
    OUTPUT,
    FAIL_ON,
    HUB_URL,
    TOKEN_FILE,
    QUIET,
    NO_PROGRESS,
  ],
  examples: [
    'modelvet pull hf://openai-community/gpt2@607a30d783dfa663caf39e06633721c8d4cfcd7e',
    'modelvet pull hf://org/model@main --to ./model',
    'modelvet pull ollama://library/llama3.2:1b',
  ],
  inputs: () => 'unknown',
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) usage('pull takes one hf:// or ollama:// URL');
    const format = parseFormat(str(values.format));
    const failOn = parseFailOn(str(values['fail-on']));
    const to = str(values.to);
    const cacheOpt = str(values.cache);
    if (to && cacheOpt) usage('give --cache or --to, not both');
    const remote = await remoteOptions(values, io);
    const progress = progressOf(io, format, flag(values['no-progress']));
    const abort = new AbortController();
    const onSigint = () => abort.abort();
    process.once('SIGINT', onSigint);
    try {
      const { pull } = await loadPull();
      const { report, placed } = await pull(positionals[0]!, {
        remote,
        failOn,
        ...(to
          ? { to: resolve(cwdOf(io), to) }
          : { cache: resolve(cwdOf(io), cacheOpt ?? defaultStore(positionals[0]!, io.env)) }),
        signal: abort.signal,
        onPullProgress: progress?.on,
      });
      progress?.clear();
      await writeReport(report, { format, quiet: flag(values.quiet), output: str(values.output) }, io);
      if (placed)
        printError(
          io,
          `placed ${placed.path} (${placed.downloaded} bytes downloaded, ${placed.reused} reused)`,
        );
      else printError(io, 'verdict did not pass: nothing was downloaded or placed');
      return exitCodeOf(report);
    } finally {
      process.removeListener('SIGINT', onSigint);
      progress?.clear();
    }
  },
};
