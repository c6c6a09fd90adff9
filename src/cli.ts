/**
 * The command line: parses arguments, calls the library, renders a report, returns the exit code.
 * Exit codes: 0 pass, 1 findings at/above the fail level or a failed verification, 2 usage error,
 * unreadable input or internal error.
 */
import { writeFile } from 'node:fs/promises';
import { cac } from 'cac';
import { describeError, ModelvetError } from './core/errors.ts';
import { allRules, getRule, isSeverity, type Severity } from './core/finding.ts';
import { DIGEST_ALGORITHMS, type DigestAlgorithm, isDigestAlgorithm } from './core/hash/digests.ts';
import type { ProgressEvent } from './core/hash/progress.ts';
import type { Report } from './core/report.ts';
import { checkSums, hashFilesToSums } from './hash-command.ts';
import { VERSION } from './version.ts';

export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

const FORMATS = ['human', 'json', 'sarif', 'markdown'] as const;
const DIGEST_CACHE_HELP =
  'Reuse digests of files unchanged since the last run (a folder outside what is read)';
type Format = (typeof FORMATS)[number];

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  env: NodeJS.ProcessEnv;
  /** Working directory for policy discovery and SARIF paths (default: process.cwd()). */
  cwd?: string;
}

const processIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
  env: process.env,
});

function usage(message: string): never {
  throw new ModelvetError('USAGE', message);
}

function parseJobs(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    usage(`--jobs must be an integer from 1 to 256, got ${String(value)}`);
  return n;
}

function parseFailOn(value: unknown): Severity {
  if (value === undefined) return 'high';
  if (!isSeverity(value))
    usage(`--fail-on must be one of info, low, medium, high, critical; got ${String(value)}`);
  return value;
}

function parseFormat(value: unknown): Format {
  if (value === undefined) return 'human';
  if (!(FORMATS as readonly string[]).includes(String(value))) {
    usage(`--format must be one of ${FORMATS.join(', ')}; got ${String(value)}`);
  }
  return value as Format;
}

function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function progressPrinter(
  io: Io,
  formatBytes: (n: number) => string,
): { onProgress: (e: ProgressEvent) => void; clear: () => void } {
  let shown = false;
  return {
    onProgress: (e) => {
      const pct = e.bytesTotal ? ((e.bytesDone / e.bytesTotal) * 100).toFixed(0) : '100';
      const eta = e.etaSeconds === undefined ? '' : `, ${Math.ceil(e.etaSeconds)} s left`;
      io.stderr(
        `\r\x1b[2Khashing ${formatBytes(e.bytesDone)} / ${formatBytes(e.bytesTotal)} (${pct}%), ` +
          `${e.filesDone}/${e.filesTotal} files, ${formatBytes(e.rate)}/s${eta}`,
      );
      shown = true;
    },
    clear: () => {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

/** `--digest-cache DIR` (src/digest-cache-option.ts); loaded only when the option or a policy asks. */
async function openCacheOption(
  opts: Record<string, unknown>,
  io: Io,
  paths: readonly string[],
  policy?: { digestCache?: string; origin: string },
) {
  if (opts.digestCache === undefined && policy?.digestCache === undefined) return undefined;
  const { openDigestCache } = await import('./digest-cache-option.ts');
  return openDigestCache({
    option: opts.digestCache,
    policy,
    paths,
    onWarning: (m) => io.stderr(`modelvet: warning: ${m}\n`),
  });
}

interface Renderers {
  renderHuman: typeof import('./report/human.ts').renderHuman;
  renderJson: typeof import('./report/json.ts').renderJson;
  renderMarkdown: typeof import('./report/markdown.ts').renderMarkdown;
  renderSarif: typeof import('./report/sarif.ts').renderSarif;
}

/** The report in the format asked for (scan and merge print alike). */
function renderReport(
  report: Report,
  format: Format,
  opts: Record<string, unknown>,
  io: Io,
  r: Renderers,
): string {
  const toFile = typeof opts.output === 'string' && opts.output !== '-';
  const color = !toFile && io.stdoutIsTty && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
  if (format === 'json') return r.renderJson(report);
  if (format === 'sarif') return r.renderSarif(report, { cwd: io.cwd ?? process.cwd() });
  if (format === 'markdown') return r.renderMarkdown(report, { quiet: Boolean(opts.quiet) });
  return r.renderHuman(report, { color, quiet: Boolean(opts.quiet) });
}

async function emit(text: string, output: unknown, io: Io): Promise<void> {
  if (typeof output === 'string' && output !== '' && output !== '-') await writeFile(output, text);
  else io.stdout(text);
}

/** `modelvet merge PARTIAL...` (src/shard/commands.ts): the report of a split run, printed as scan prints it. */
function defineMergeCommand(cli: ReturnType<typeof cac>, io: Io, setExit: (code: number) => void): void {
  cli
    .command(
      'merge [...partials]',
      'Combine the partial results of `scan --shard` (or `lock --shard`) into one report and verdict (or one lock file)',
    )
    .action(async (partials: string[], opts: Record<string, unknown>) => {
      const [{ mergeCommand }, { renderHuman }, { renderJson }, { renderMarkdown }, { renderSarif }] =
        await Promise.all([
          import('./shard/commands.ts'),
          import('./report/human.ts'),
          import('./report/json.ts'),
          import('./report/markdown.ts'),
          import('./report/sarif.ts'),
        ]);
      const format = parseFormat(opts.format);
      const render = { renderHuman, renderJson, renderMarkdown, renderSarif };
      setExit(
        await mergeCommand(partials, opts, io, async (report) =>
          emit(renderReport(report, format, opts, io, render), opts.output, io),
        ),
      );
    });
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const cli = cac('modelvet');
  let exitCode: number = EXIT.pass;
  cli
    .option('--format <format>', 'Report format: human, json, sarif or markdown', { default: 'human' })
    .option('-o, --output <file>', 'Write the report to a file instead of stdout')
    .option(
      '--fail-on <severity>',
      'Fail on findings at or above: info, low, medium, high, critical (default: high, or the policy)',
    )
    .option('-j, --jobs <n>', 'Files hashed at once (default: available cores)')
    .option('-q, --quiet', 'Print only findings at or above the fail level')
    .option('--no-progress', 'Never print a progress line');

  cli
    .command('scan [...paths]', 'Hash and scan model files and folders')
    .option(
      '--algorithm <name>',
      `Extra digest to record besides sha256 (repeatable): ${DIGEST_ALGORITHMS.join(', ')}`,
    )
    .option(
      '--policy <file>',
      'Policy file (default: .modelvet.yml/.yaml/.json here, else at a scanned folder root)',
    )
    .option('--no-policy-discovery', 'Do not look for .modelvet.yml/.yaml/.json (only --policy)')
    .option('--shard <k/n>', 'Scan shard K of N and write a partial JSON result for `modelvet merge`')
    .option('--digest-cache <dir>', DIGEST_CACHE_HELP)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      if (!paths.length) usage('scan needs at least one path');
      // Each command loads what it needs: `hash` and `--version` stay as fast as Node starts.
      const [
        { scan },
        { resolvePolicy },
        { formatBytes, renderHuman },
        { renderJson },
        { renderMarkdown },
        { renderSarif },
      ] = await Promise.all([
        import('./scan.ts'),
        import('./policy/discover.ts'),
        import('./report/human.ts'),
        import('./report/json.ts'),
        import('./report/markdown.ts'),
        import('./report/sarif.ts'),
      ]);
      const format = parseFormat(opts.format);
      const failOn = opts.failOn === undefined ? undefined : parseFailOn(opts.failOn);
      const { policy, message } = await resolvePolicy(
        typeof opts.policy === 'string' ? opts.policy : opts.policyDiscovery === false ? false : undefined,
        paths,
        io.cwd ?? process.cwd(),
        { onWarning: (line) => io.stderr(`modelvet: warning: ${line}\n`) },
      );
      if (message) io.stderr(`modelvet: ${message}\n`);
      const digestCache = await openCacheOption(opts, io, paths, policy);
      const jobs = parseJobs(opts.jobs);
      const algorithms = asList(opts.algorithm).map((a) => {
        if (!isDigestAlgorithm(a))
          usage(`unknown --algorithm ${a}; choose from ${DIGEST_ALGORITHMS.join(', ')}`);
        return a;
      });
      const showProgress = io.stderrIsTty && format === 'human' && opts.progress !== false && !opts.quiet;
      const progress = showProgress ? progressPrinter(io, formatBytes) : undefined;
      const scanOptions = {
        ...(failOn ? { failOn } : {}),
        ...(policy ? { policy } : {}),
        ...(jobs !== undefined ? { jobs } : {}),
        ...(algorithms.length ? { algorithms } : {}),
        ...(progress ? { onProgress: progress.onProgress } : {}),
        ...(digestCache ? { digestCache } : {}),
      };
      if (opts.shard !== undefined) {
        // `scan --shard K/N`: a partial result for `modelvet merge` (src/shard/).
        const { scanShardCommand, shardOption } = await import('./shard/commands.ts');
        exitCode = await scanShardCommand(paths, { ...scanOptions, shard: shardOption(opts)! }, opts, {
          stdout: io.stdout,
          stderr: (s) => {
            progress?.clear();
            io.stderr(s);
          },
        });
        await digestCache?.flush();
        return;
      }
      const report = await scan(paths, scanOptions);
      await digestCache?.flush();
      progress?.clear();
      const render = { renderHuman, renderJson, renderMarkdown, renderSarif };
      await emit(renderReport(report, format, opts, io, render), opts.output, io);
      exitCode = report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
    });

  defineMergeCommand(cli, io, (code) => {
    exitCode = code;
  });

  cli
    .command('hash [...files]', 'Print sha256sum-compatible digests, or verify a sums file with --check')
    .option('-c, --check <sums>', 'Verify the files listed in a sha256sum/sha512sum/b2sum-style file')
    .option('-a, --algorithm <name>', 'sha256 (default), sha512, blake2b512, sha1')
    .option('--ignore-missing', 'With --check: do not fail for listed files that are missing')
    .option('--digest-cache <dir>', DIGEST_CACHE_HELP)
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const jobs = parseJobs(opts.jobs);
      const algorithm = opts.algorithm === undefined ? undefined : String(opts.algorithm);
      if (algorithm !== undefined && (!isDigestAlgorithm(algorithm) || algorithm === 'git-sha1')) {
        usage(`unknown --algorithm ${algorithm}; choose from sha256, sha512, blake2b512, sha1`);
      }
      const digestCache = await openCacheOption(opts, io, []);
      if (opts.check !== undefined) {
        if (files.length) usage('hash --check takes the sums file only, not file arguments');
        exitCode = await checkSums(String(opts.check), {
          digestCache,
          ...(algorithm ? { algorithm: algorithm as DigestAlgorithm } : {}),
          ...(jobs !== undefined ? { jobs } : {}),
          quiet: Boolean(opts.quiet),
          ignoreMissing: Boolean(opts.ignoreMissing),
          out: io.stdout,
          err: io.stderr,
        });
        return;
      }
      if (!files.length) usage('hash needs at least one file (or --check SUMS)');
      exitCode = await hashFilesToSums(files, {
        digestCache,
        algorithm: (algorithm as DigestAlgorithm | undefined) ?? 'sha256',
        ...(jobs !== undefined ? { jobs } : {}),
        out: io.stdout,
        err: io.stderr,
      });
    });

  cli
    .command(
      'policy <action> [file]',
      'Policy files: `policy check FILE` validates one, `policy init` writes a starter',
    )
    .option('--force', 'policy init: overwrite an existing file')
    .option('--stdout', 'policy init: print the starter policy instead of writing .modelvet.yml')
    .action(async (action: string, file: string | undefined, opts: Record<string, unknown>) => {
      await import('./scan.ts');
      const { policyCheck, policyInit } = await import('./policy/command.ts');
      if (action === 'check') {
        if (!file) usage('policy check needs a policy file');
        exitCode = await policyCheck(file, io);
      } else if (action === 'init') {
        const out = opts.stdout ? '-' : typeof opts.output === 'string' ? opts.output : file;
        exitCode = await policyInit(out, Boolean(opts.force), io);
      } else usage(`unknown policy action ${action}; use check or init`);
    });

  cli
    .command('sign [path]', 'Write an OMS signature bundle (model.sig) for a model folder or file')
    .option('--key <pem>', 'EC private key (P-256, P-384, P-521) to sign with')
    .option('--sigstore', 'Sign keyless through Sigstore (network and an OIDC token needed)')
    .option('--signature <file>', 'Where to write the bundle (default: model.sig in the folder)')
    .option('--ignore-paths <path>', 'Leave a path out of the signature (repeatable)')
    .option('--no-ignore-git-paths', 'Sign .git, .gitattributes, .github, .gitignore too')
    .option('--allow-symlinks', 'Hash symlinked files instead of refusing them')
    .option('--method <method>', 'files (default) or shards')
    .option('--shard-size <bytes>', 'Shard size for --method shards (default 1000000000)')
    .option(
      '--identity-token <jwt>',
      'OIDC token for --sigstore (default: SIGSTORE_ID_TOKEN or the CI provider)',
    )
    .option('--fulcio-url <url>', 'Fulcio for --sigstore')
    .option('--rekor-url <url>', 'Rekor for --sigstore')
    .option('--tsa-url <url>', 'Also timestamp with this RFC 3161 TSA (--sigstore)')
    .action(async (path: string | undefined, opts: Record<string, unknown>) => {
      const { signCommand } = await import('./verify/sign-command.ts');
      exitCode = await signCommand(path, opts, io.stdout);
    });

  cli
    .command(
      'verify [path]',
      'Verify a model against a lock file, checksum file, OMS signature, HF cache or Ollama store',
    )
    .option('--lock <file>', 'Lock file written by `modelvet lock`')
    .option(
      '--sums <file>',
      'sha256sum/sha512sum/b2sum-style checksum file (names relative to the model folder)',
    )
    .option(
      '--signature <file>',
      'OMS signature bundle (default: model.sig in the folder when a signer is given)',
    )
    .option('--identity <san>', 'Sigstore keyless: the signer identity, matched exactly (with --issuer)')
    .option(
      '--identity-regexp <re>',
      'Sigstore keyless: the signer identity as an anchored regular expression',
    )
    .option('--issuer <url>', 'Sigstore keyless: the OIDC issuer')
    .option(
      '--trusted-root <file>',
      'Sigstore trusted root JSON (default: the public-good root bundled offline)',
    )
    .option('--key <pem>', 'EC public key the signature was made with')
    .option('--certificate-chain <pem>', 'CA certificate(s) to chain the signing certificate to (repeatable)')
    .option('--ignore-paths <path>', 'Leave a path (relative to the model folder) out (repeatable)')
    .option('--no-ignore-git-paths', 'Also verify .git, .gitattributes, .github, .gitignore')
    .option('--ignore-unsigned-files', 'Tolerate files the lock or signature does not list')
    .option('--digest-cache <dir>', DIGEST_CACHE_HELP)
    .action(async (path: string | undefined, opts: Record<string, unknown>) => {
      const { verifyCommand } = await import('./verify/command.ts');
      const digestCache = await openCacheOption(opts, io, path ? [path] : []);
      exitCode = await verifyCommand(path, opts, io, { digestCache });
    });

  cli
    .command(
      'lock [path]',
      'Write modelvet.lock.json (an unsigned OMS statement of every file digest); -o to choose the file',
    )
    .option('--method <method>', 'files (default) or shards')
    .option('--shard-size <bytes>', 'Shard size for --method shards (default 1000000000)')
    .option('--hash-type <name>', 'sha256 (default), blake2b or blake3')
    .option('--ignore-paths <path>', 'Leave a path (relative to the model folder) out (repeatable)')
    .option('--no-ignore-git-paths', 'Also lock .git, .gitattributes, .github, .gitignore')
    .option('--allow-symlinks', 'Hash symlinked files instead of refusing them')
    .option('--digest-cache <dir>', DIGEST_CACHE_HELP)
    .option(
      '--shard <k/n>',
      'Hash shard K of N of the files (or byte ranges) into a partial manifest (-o) for `modelvet merge`',
    )
    .action(async (path: string | undefined, opts: Record<string, unknown>) => {
      const { lockCommand } = await import('./verify/command.ts');
      const digestCache = await openCacheOption(opts, io, path ? [path] : []);
      exitCode = await lockCommand(path, opts, io.stdout, { digestCache, stderr: io.stderr });
    });

  cli
    .command('explain [rule]', 'Explain a rule (or list every rule)')
    .action(async (rule: string | undefined) => {
      await import('./scan.ts'); // every rule is defined by the time a scan can run
      if (!rule) {
        for (const r of allRules()) io.stdout(`${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.title}\n`);
        return;
      }
      const def = getRule(rule);
      if (!def) usage(`unknown rule ${rule}; run \`modelvet explain\` for the list`);
      io.stdout(`${def.id} (${def.severity}): ${def.title}\n\n${def.explain}\n`);
    });

  cli.help();
  cli.version(VERSION);

  try {
    cli.parse(['node', 'modelvet', ...argv], { run: false });
    if (cli.options.help || cli.options.version) return EXIT.pass;
    if (!cli.matchedCommand) {
      if (cli.args.length) usage(`unknown command ${cli.args[0]}; run \`modelvet --help\``);
      cli.outputHelp();
      return EXIT.error;
    }
    await cli.runMatchedCommand();
    return exitCode;
  } catch (err) {
    const isUsage =
      (err as Error).name === 'CACError' || (err instanceof ModelvetError && err.code === 'USAGE');
    io.stderr(`modelvet: ${isUsage ? (err as Error).message : describeError(err)}\n`);
    if (!isUsage && !(err instanceof ModelvetError) && io.env.MODELVET_DEBUG)
      io.stderr(`${(err as Error).stack}\n`);
    return EXIT.error;
  }
}
