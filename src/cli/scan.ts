/** `modelvet scan [path...]`: options → policy → `scan()` → the report → exit code. */
import { pathInputs } from './heap-tuning.ts';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RemoteOptions } from '../sources/scan-remote.ts';
import { isRemoteUrl } from '../sources/source.ts';
import { DIGEST_ALGORITHMS, type DigestAlgorithm, isDigestAlgorithm } from '../core/hash/digests.ts';
import type { ReportFormat } from '../report/render.ts';
import type { ScanOptions } from '../scan.ts';
import type { Command } from './command.ts';
import { digestCacheOf } from './digest-cache.ts';
import {
  DIGEST_CACHE,
  FAIL_ON,
  FORMAT,
  flag,
  JOBS,
  list,
  NO_PROGRESS,
  OUTPUT,
  type OptionValues,
  parseFailOn,
  parseFormat,
  parseJobs,
  QUIET,
  SCAN_SHARD,
  str,
  usage,
} from './options.ts';
import {
  cwdOf,
  inCwd,
  type Io,
  exitCodeOf,
  printError,
  printWarning,
  progressPrinter,
  wantsProgress,
  writeReport,
} from './output.ts';
import { parseShard } from '../shard/spec.ts';
import { loadRunners } from '../lazy.ts';
import { resolvePolicy } from '../policy/discover.ts';

export const HUB_URL = {
  name: 'hub-url',
  value: 'URL',
  help: 'Hub for hf:// URLs (default: $HF_ENDPOINT, else https://huggingface.co), or registry for ollama://',
};

export const TOKEN_FILE = {
  name: 'token-file',
  value: 'FILE',
  help: 'File holding a Hub token for gated or private repositories (default: $HF_TOKEN)',
};

/** Token and hub for hf:// URLs. The token is read, never printed: errors name the file only. */
export async function remoteOptions(values: OptionValues, io: Io): Promise<RemoteOptions> {
  const tokenFile = str(values['token-file']);
  let token = io.env.HF_TOKEN?.trim() || undefined;
  if (tokenFile) {
    try {
      token = (await readFile(resolve(cwdOf(io), tokenFile), 'utf8')).trim() || undefined;
    } catch {
      usage(`--token-file ${tokenFile}: cannot read the file`);
    }
  }
  const hubUrl = str(values['hub-url']) ?? (io.env.HF_ENDPOINT || undefined);
  if (hubUrl !== undefined && !/^https?:\/\/[^/]/.test(hubUrl))
    usage(`--hub-url ${hubUrl}: expected an http(s) URL`);
  // One flag for both kinds of URL: the Hub for hf://, the registry for ollama://.
  return { token, hubUrl, registryUrl: hubUrl };
}

export const VERBOSE = {
  name: 'verbose',
  short: 'v',
  help: 'Also list every file with its kind and verdict',
};

/** Human-readable formats: the ones `--quiet` and `--verbose` change. */
export function checkTextOptions(format: string, quiet: boolean, verbose: boolean): void {
  if (format === 'json' || format === 'sarif') {
    if (quiet) usage(`--quiet changes the human and markdown reports, not --format ${format}`);
    if (verbose) usage(`--verbose changes the human report, not --format ${format}`);
  }
  if (verbose && format === 'markdown') usage('--verbose changes the human report, not --format markdown');
  if (verbose && quiet) usage('--verbose and --quiet ask for opposite things; give one');
}

function algorithmsOf(values: string[], format: string): DigestAlgorithm[] {
  if (!values.length) return [];
  if (format !== 'json')
    usage(
      '--algorithm records extra digests in the JSON report: add --format json (other reports show no digests)',
    );
  return values.map((a) => {
    if (!isDigestAlgorithm(a)) usage(`unknown --algorithm ${a}; choose from ${DIGEST_ALGORITHMS.join(', ')}`);
    return a;
  });
}

/** The same file or folder given twice (`m`, `./m/`) is scanned once, under the name given first. */
export function distinctPaths(paths: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = resolve(cwd, p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The report format: `--format`, or for `--shard` the JSON partial result (the report formats are
 * merge's).
 */
function formatOf(format: string | undefined, sharded: boolean): ReportFormat {
  if (!sharded) return parseFormat(format);
  if (format !== undefined && format.toLowerCase() !== 'json')
    usage(`scan --shard writes a JSON partial result; --format ${format} is for merge`);
  return 'json';
}

/** `scan --shard K/N`: the partial result for `modelvet merge` (src/cli/shard.ts), exit 0 once written. */
async function scanShard(
  paths: readonly string[],
  options: ScanOptions,
  shardText: string,
  output: string | undefined,
  io: Io,
  beforePrint: () => void,
): Promise<number> {
  const shard = parseShard(shardText);
  const at = inCwd(io);
  const where = { roots: paths.map(at), output: output && output !== '-' ? at(output) : output, beforePrint };
  return (await loadRunners()).scanShardRun(paths, { ...options, shard }, where, io);
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Hash and scan model files and folders: code-execution payloads, integrity, pins',
  args: '[path...]',
  argsHelp: 'Files and folders to scan (default: the current folder)',
  options: [
    FORMAT,
    OUTPUT,
    FAIL_ON,
    {
      name: 'policy',
      value: 'FILE',
      help: 'Policy file (default: .modelvet.yml/.yaml/.json here, else at a scanned folder root)',
    },
    { name: 'no-policy-discovery', help: 'Do not look for .modelvet.yml/.yaml/.json (only --policy)' },
    {
      name: 'algorithm',
      value: 'NAME',
      multiple: true,
      help: `Extra digest for the JSON report besides sha256 (repeatable): ${DIGEST_ALGORITHMS.filter((a) => a !== 'sha256').join(', ')}`,
    },
    DIGEST_CACHE,
    SCAN_SHARD,
    JOBS,
    QUIET,
    VERBOSE,
    NO_PROGRESS,
    HUB_URL,
    TOKEN_FILE,
  ],
  examples: [
    'modelvet scan ./my-model',
    'modelvet scan . --format sarif -o modelvet.sarif',
    'modelvet scan hf://openai-community/gpt2@607a30d783dfa663caf39e06633721c8d4cfcd7e',
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    // Loaded while the options, the policy and the digest cache are read (a usage error first leaves
    // it unawaited: its failure, a broken install, is then reported by the next command instead).
    const runners = loadRunners();
    runners.catch(() => {});
    const shardText = str(values.shard);
    const format = formatOf(str(values.format), shardText !== undefined);
    const quiet = flag(values.quiet);
    const verbose = flag(values.verbose);
    checkTextOptions(format, quiet, verbose);
    const failOn = parseFailOn(str(values['fail-on']));
    const jobs = parseJobs(str(values.jobs));
    const algorithms = algorithmsOf(list(values.algorithm), format);
    const given = positionals.length ? positionals : ['.'];
    const remoteUrls = given.filter(isRemoteUrl);
    const paths = [
      ...remoteUrls,
      ...distinctPaths(
        given.filter((p) => !isRemoteUrl(p)),
        cwdOf(io),
      ),
    ];
    const remote = remoteUrls.length ? await remoteOptions(values, io) : undefined;
    const policyOption = str(values.policy) ?? (flag(values['no-policy-discovery']) ? false : undefined);
    // A remote repository's own policy file is not read: only a local or --policy one applies.
    const localPaths = paths.filter((p) => !isRemoteUrl(p));
    const { policy, message } = await resolvePolicy(policyOption, localPaths, cwdOf(io), {
      onWarning: (line) => printWarning(io, line),
    });
    if (message) printError(io, message);
    const digestCache = await digestCacheOf(values, io, paths, policy);
    const output = str(values.output);
    // A shard writing its partial to a file shows progress as the human report does.
    const progressFormat = shardText !== undefined && output && output !== '-' ? 'human' : format;
    const progress = wantsProgress(io, progressFormat, flag(values['no-progress']))
      ? progressPrinter(io, 'scanning')
      : undefined;
    const options: ScanOptions = {
      cwd: cwdOf(io),
      remote,
      failOn,
      policy,
      jobs,
      algorithms: algorithms.length ? algorithms : undefined,
      onProgress: progress?.onProgress,
      digestCache,
    };
    try {
      if (shardText !== undefined)
        return await scanShard(paths, options, shardText, output, io, () => progress?.clear());
      const report = await (await runners).scan(paths, options);
      progress?.clear();
      await writeReport(report, { format, quiet, verbose, output }, io);
      return exitCodeOf(report);
    } finally {
      progress?.clear();
      await digestCache?.flush();
    }
  },
};
