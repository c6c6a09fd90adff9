/**
 * The only option parsers of the CLI. Each command declares its options (`OptionSpec`); the
 * command line is read against that list alone, so a command accepts only its own options and an
 * unknown one is an error naming it, with the closest known option as a suggestion. The values
 * every command shares (`--jobs`, `--fail-on`, `--format`) are validated here, once.
 */
import { parseArgs } from 'node:util';
import { ModelvetError } from '../core/errors.ts';
import { isSeverity, SEVERITIES, type Severity } from '../core/finding.ts';
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../report/render.ts';

export interface OptionSpec {
  /** Long name without dashes (`fail-on`; `no-progress` for a negative flag). */
  name: string;
  short?: string;
  /** A string option takes a value, named `value` in help (`--fail-on SEVERITY`). */
  value?: string;
  /** A string option that may be repeated; its values are collected in order. */
  multiple?: boolean;
  help: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface ParsedLine {
  values: OptionValues;
  positionals: string[];
}

export function usage(message: string): never {
  throw new ModelvetError('USAGE', message);
}

/** Damerau–Levenshtein distance (optimal string alignment), for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The known name closest to `name` (a prefix, or within two edits), if any. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const prefixed = known.filter((k) => k.startsWith(name) || name.startsWith(k));
  if (prefixed.length === 1) return prefixed[0];
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const d = distance(name, k);
    if (d <= Math.max(1, Math.min(2, Math.floor(k.length / 3))) && (!best || d < best.d))
      best = { name: k, d };
  }
  return best?.name;
}

function unknownOption(raw: string, specs: readonly OptionSpec[], command: string): never {
  const name = raw.replace(/^-+/, '').split('=')[0]!;
  const guess = closest(
    name,
    specs.map((s) => s.name),
  );
  usage(
    `${command} has no option ${raw.split('=')[0]}${guess ? `; did you mean --${guess}?` : ''} (see modelvet ${command} --help)`,
  );
}

function parserOptions(specs: readonly OptionSpec[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const s of specs)
    options[s.name] = {
      type: s.value ? 'string' : 'boolean',
      ...(s.short ? { short: s.short } : {}),
      ...(s.multiple ? { multiple: true } : {}),
    };
  return options;
}

/**
 * Reads `argv` against a command's options. Unknown options, a value missing after an option that
 * takes one, a value given to a flag, and a flag given twice are usage errors naming the option.
 */
export function parseCommandLine(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  command: string,
): ParsedLine {
  const options = parserOptions(specs);
  const loose = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of loose.tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs.find((s) => s.name === token.name);
    if (!spec && token.name !== 'help') unknownOption(token.rawName, specs, command);
    if (!spec) continue;
    if (spec.value && token.value === undefined) usage(`${token.rawName} needs a value (${spec.value})`);
    if (!spec.value && token.inlineValue) usage(`${token.rawName} takes no value`);
    if (!spec.multiple && seen.has(spec.name)) usage(`--${spec.name} is given twice`);
    seen.add(spec.name);
  }
  const { values, positionals } = parseArgs({
    args: [...argv],
    options,
    strict: true,
    allowPositionals: true,
  });
  return { values: values as OptionValues, positionals };
}

export const str = (v: OptionValues[string]): string | undefined => (typeof v === 'string' ? v : undefined);
export const list = (v: OptionValues[string]): string[] =>
  Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
export const flag = (v: OptionValues[string]): boolean => v === true;

/** `--jobs N`: 1 to 256. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n < 1 || n > 256)
    usage(`--jobs must be a whole number from 1 to 256, got ${JSON.stringify(value)}`);
  return n;
}

/** `--fail-on SEVERITY`, case-insensitive; undefined when not given (the policy or `high` decides). */
export function parseFailOn(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (!isSeverity(lower))
    usage(`--fail-on must be one of ${SEVERITIES.join(', ')}; got ${JSON.stringify(value)}`);
  return lower;
}

export function parseFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return 'human';
  const lower = value.toLowerCase();
  if (!isReportFormat(lower))
    usage(`--format must be one of ${REPORT_FORMATS.join(', ')}; got ${JSON.stringify(value)}`);
  return lower;
}

/** A positive whole number of bytes (`--shard-size`). */
export function parseSize(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    usage(`--${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  return n;
}

/** One of a few words (`--method files|shards`). */
export function parseChoice<const T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value))
    usage(`--${name} must be ${choices.join(' or ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** An option that only means something with another: an error, never silently ignored. */
export function requireWith(given: boolean, name: string, needs: string): void {
  if (given) usage(`--${name} ${needs}`);
}

/** An option that takes a value, named `value` in help (`--fail-on SEVERITY`). */
function valueOption(
  name: string,
  value: string,
  help: string,
  more?: Pick<OptionSpec, 'short' | 'multiple'>,
): OptionSpec {
  return { name, value, help, ...more };
}

/** An option that takes no value. */
function flagOption(name: string, help: string, more?: Pick<OptionSpec, 'short'>): OptionSpec {
  return { name, help, ...more };
}

// Options several commands share, declared once.
export const FORMAT = valueOption(
  'format',
  'FORMAT',
  'Report format: human (default), json, sarif or markdown',
);
export const OUTPUT = valueOption('output', 'FILE', 'Write the report to FILE instead of stdout', {
  short: 'o',
});
export const FAIL_ON = valueOption(
  'fail-on',
  'SEVERITY',
  'Exit 1 on findings at or above: info, low, medium, high, critical (default: high, or the policy)',
);
export const JOBS = valueOption('jobs', 'N', 'Files hashed at once (default: available cores)', {
  short: 'j',
});
export const QUIET = flagOption('quiet', 'Print only findings at or above the fail level, and the verdict', {
  short: 'q',
});
export const NO_PROGRESS = flagOption(
  'no-progress',
  'Hide the progress line (shown on a terminal by default, on stderr)',
);
export const IGNORE_PATHS = valueOption(
  'ignore-paths',
  'PATH',
  'Leave PATH (relative to the model folder) out; repeatable',
  { multiple: true },
);
export const METHOD = valueOption(
  'method',
  'METHOD',
  'OMS serialization: files (one digest per file, default) or shards',
);
export const SHARD_SIZE = valueOption(
  'shard-size',
  'BYTES',
  'Shard size for --method shards (default 1000000000)',
);
export const ALLOW_SYMLINKS = flagOption(
  'allow-symlinks',
  'Hash the files symbolic links point at instead of refusing them',
);
export const DIGEST_CACHE = valueOption(
  'digest-cache',
  'DIR',
  'Reuse the digests of files unchanged since the last run, kept in DIR (outside what is read)',
);
export const SCAN_SHARD = valueOption(
  'shard',
  'K/N',
  'Scan shard K of N and write a partial JSON result (-o FILE, or stdout) for `modelvet merge`',
);
export const LOCK_SHARD = valueOption(
  'shard',
  'K/N',
  'Hash shard K of N of the files (or byte ranges) into a partial manifest (-o) for `modelvet merge`',
);
