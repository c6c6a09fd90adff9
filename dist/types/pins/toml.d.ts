/**
 * TOML for the pin checkers (pyproject.toml, Pipfile, PEP 723 script metadata), read with
 * toml-eslint-parser (TOML 1.0, maintained, gives every node's range) behind the parse guard.
 *
 * Two shapes break that library, so they are handled before it runs: nesting (its descent is
 * recursive; refused past the limit) and strings longer than MAX_STRING (it builds each value with
 * a spread of its code points, which overflows the stack near 200,000 characters). A long string is
 * blanked in place (same length, same line breaks, so every other offset stays right) and reported:
 * the rest of the file is still checked.
 */
import { type AST } from 'toml-eslint-parser';
import type { HitSink } from './hits.ts';
/** Longest string read as is. */
export declare const MAX_STRING = 65536;
/** Parses `text`; reports what could not be read as `what … ${consequence}`. Undefined when nothing can be read. */
export declare function readToml(text: string, hit: HitSink, what: string, consequence: string): AST.TOMLProgram | undefined;
