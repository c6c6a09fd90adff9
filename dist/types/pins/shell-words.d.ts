/**
 * Shell words: a splitter that knows quotes, comments, operators and backslash continuations
 * (good enough for the commands the pin rules look at; OpenSSF Scorecard's detection is similar in
 * scope), and the program a command runs once wrappers (sudo, env, VAR=value) are dropped.
 */
import { type LogicalLine } from './requirements.ts';
export interface Word {
    /** Unquoted value. */
    value: string;
    /** Offset of the word in the checked text. */
    at: number;
}
export interface Command {
    words: Word[];
    /** Piped into the next command. */
    pipe: boolean;
    /** Offsets of the command's first and last character. */
    from: number;
    to: number;
}
export interface Program {
    /** Base name of the program (`/usr/bin/python3` → `python3`). */
    prog: string;
    args: Word[];
    at: number;
    /** `VAR=value` assignments before the program (env for it). */
    env: Word[];
}
/** Splits one logical line into commands (at |, ||, &&, ;, &, parentheses, $( and backticks). */
export declare function splitCommands(line: LogicalLine): Command[];
/**
 * The same commands grouped into pipelines (commands joined by `|`, then the one that ends it), each
 * handed over as soon as it ends: a line of 400,000 commands (`f(a),f(a),…`) is never held at once.
 */
export declare function eachPipeline(line: LogicalLine, visit: (pipeline: Command[]) => void): void;
/** Drops wrappers (sudo -E, env A=B, VAR=value) and returns the program and its arguments. */
export declare function programOf(words: readonly Word[]): Program | undefined;
/** First index whose offset is >= `offset` in a logical line. */
export declare function indexOfOffset(line: LogicalLine, offset: number): number;
/** The text of a line between two source offsets. */
export declare function lineSlice(line: LogicalLine, from: number, to: number): string;
