import { type Severity } from '../core/finding.ts';
import { type ReportFormat } from '../report/render.ts';
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
export declare function usage(message: string): never;
/** The known name closest to `name` (a prefix, or within two edits), if any. */
export declare function closest(name: string, known: readonly string[]): string | undefined;
/**
 * Reads `argv` against a command's options. Unknown options, a value missing after an option that
 * takes one, a value given to a flag, and a flag given twice are usage errors naming the option.
 */
export declare function parseCommandLine(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedLine;
export declare const str: (v: OptionValues[string]) => string | undefined;
export declare const list: (v: OptionValues[string]) => string[];
export declare const flag: (v: OptionValues[string]) => boolean;
/** `--jobs N`: 1 to 256. */
export declare function parseJobs(value: string | undefined): number | undefined;
/** `--fail-on SEVERITY`, case-insensitive; undefined when not given (the policy or `high` decides). */
export declare function parseFailOn(value: string | undefined): Severity | undefined;
export declare function parseFormat(value: string | undefined): ReportFormat;
/** A positive whole number of bytes (`--shard-size`). */
export declare function parseSize(name: string, value: string | undefined): number | undefined;
/** One of a few words (`--method files|shards`). */
export declare function parseChoice<const T extends string>(name: string, value: string | undefined, choices: readonly T[]): T | undefined;
/** An option that only means something with another: an error, never silently ignored. */
export declare function requireWith(given: boolean, name: string, needs: string): void;
export declare const FORMAT: OptionSpec;
export declare const OUTPUT: OptionSpec;
export declare const FAIL_ON: OptionSpec;
export declare const JOBS: OptionSpec;
export declare const QUIET: OptionSpec;
export declare const NO_PROGRESS: OptionSpec;
export declare const IGNORE_PATHS: OptionSpec;
export declare const METHOD: OptionSpec;
export declare const SHARD_SIZE: OptionSpec;
export declare const ALLOW_SYMLINKS: OptionSpec;
export declare const DIGEST_CACHE: OptionSpec;
export declare const SCAN_SHARD: OptionSpec;
export declare const LOCK_SHARD: OptionSpec;
