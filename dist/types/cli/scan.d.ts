import type { RemoteOptions } from '../sources/scan-remote.ts';
import type { Command } from './command.ts';
import { type OptionValues } from './options.ts';
import { type Io } from './output.ts';
export declare const HUB_URL: {
    name: string;
    value: string;
    help: string;
};
export declare const TOKEN_FILE: {
    name: string;
    value: string;
    help: string;
};
/** Token and hub for hf:// URLs. The token is read, never printed: errors name the file only. */
export declare function remoteOptions(values: OptionValues, io: Io): Promise<RemoteOptions>;
export declare const VERBOSE: {
    name: string;
    short: string;
    help: string;
};
/** Human-readable formats: the ones `--quiet` and `--verbose` change. */
export declare function checkTextOptions(format: string, quiet: boolean, verbose: boolean): void;
/** The same file or folder given twice (`m`, `./m/`) is scanned once, under the name given first. */
export declare function distinctPaths(paths: readonly string[], cwd: string): string[];
export declare const scanCommand: Command;
