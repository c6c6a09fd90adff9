/**
 * Makefiles: every recipe line is a shell command (GNU make runs it with /bin/sh after expanding
 * make variables). The recipe lines are kept in place (other lines blanked, the leading tab and
 * `@`/`-`/`+` prefixes blanked, `$$` unescaped to `\$`, `$(VAR)` written `${VAR}`: same length, so
 * every offset points into the Makefile), then checked as one script. A model named through a make
 * variable is reported as coming from a variable.
 */
import { type PinSink } from './hits.ts';
import { type ShellOptions } from './shell.ts';
/** The shell text of the recipes, same length as the Makefile. */
export declare function recipeText(text: string): string;
export declare function checkMakefile(text: string, out: PinSink, opts?: ShellOptions): void;
