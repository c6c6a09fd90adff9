/**
 * Shell words: a splitter that knows quotes, comments, operators and backslash continuations
 * (good enough for the commands the pin rules look at; OpenSSF Scorecard's detection is similar in
 * scope), and the program a command runs once wrappers (sudo, env, VAR=value) are dropped.
 */
import { type LogicalLine, lineOffset } from './requirements.ts';

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
export function splitCommands(line: LogicalLine): Command[] {
  const commands: Command[] = [];
  new Splitter(line, (c) => commands.push(c)).run();
  return commands;
}

/**
 * The same commands grouped into pipelines (commands joined by `|`, then the one that ends it), each
 * handed over as soon as it ends: a line of 400,000 commands (`f(a),f(a),…`) is never held at once.
 */
export function eachPipeline(line: LogicalLine, visit: (pipeline: Command[]) => void): void {
  let group: Command[] = [];
  new Splitter(line, (c) => {
    group.push(c);
    if (!c.pipe) {
      visit(group);
      group = [];
    }
  }).run();
  if (group.length) visit(group);
}

class Splitter {
  private readonly emit: (c: Command) => void;
  private words: Word[] = [];
  private cur: Word | undefined;
  private from = -1;
  private readonly text: string;
  private readonly line: LogicalLine;

  constructor(line: LogicalLine, emit: (c: Command) => void) {
    this.line = line;
    this.text = line.text;
    this.emit = emit;
  }

  private off(i: number): number {
    return lineOffset(this.line, i);
  }

  private endWord(): void {
    if (this.cur) this.words.push(this.cur);
    this.cur = undefined;
  }

  private endCommand(pipe: boolean, i: number): void {
    this.endWord();
    if (this.words.length) {
      const from = this.from < 0 ? this.off(i) : this.from;
      this.emit({ words: this.words, pipe, from, to: this.off(Math.max(0, i - 1)) });
    }
    this.words = [];
    this.from = -1;
  }

  private start(i: number): Word {
    if (!this.cur) {
      this.cur = { value: '', at: this.off(i) };
      if (this.from < 0) this.from = this.off(i);
    }
    return this.cur;
  }

  run(): void {
    const line = this.text;
    let i = 0;
    while (i < line.length) {
      const c = line[i]!;
      if (c === "'") i = this.singleQuoted(i);
      else if (c === '"') i = this.doubleQuoted(i);
      else if (c === '\\' && i + 1 < line.length) {
        this.start(i).value += line[i + 1]!;
        i += 2;
      } else if (c === '#' && !this.cur) {
        this.endCommand(false, i);
        return;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === '\v') {
        this.endWord();
        i++;
      } else i = this.operator(c, i);
    }
    this.endCommand(false, line.length);
  }

  private singleQuoted(i: number): number {
    const end = this.text.indexOf("'", i + 1);
    const stop = end < 0 ? this.text.length : end;
    this.start(i).value += this.text.slice(i + 1, stop);
    return stop + 1;
  }

  private doubleQuoted(i: number): number {
    const w = this.start(i);
    let j = i + 1;
    let chunk = '';
    while (j < this.text.length && this.text[j] !== '"') {
      if (this.text[j] === '\\' && j + 1 < this.text.length) j++;
      chunk += this.text[j];
      j++;
    }
    w.value += chunk;
    return j + 1;
  }

  /** Operators end the command; anything else is part of a word. Returns the next index. */
  private operator(c: string, i: number): number {
    const next = this.text[i + 1];
    if (c === '|' || c === ';' || c === '&' || c === '(' || c === ')' || c === '`') {
      this.endCommand(c === '|' && next !== '|', i);
      return i + ((c === '|' || c === '&') && next === c ? 2 : 1);
    }
    if ((c === '$' || c === '<') && next === '(') {
      this.endCommand(false, i);
      return i + 2;
    }
    this.start(i).value += c;
    return i + 1;
  }
}

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'builtin', 'xargs', 'doas']);

/** Drops wrappers (sudo -E, env A=B, VAR=value) and returns the program and its arguments. */
export function programOf(words: readonly Word[]): Program | undefined {
  const env: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!.value;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
      env.push(words[i]!);
      i++;
      continue;
    }
    const base = w.split('/').at(-1) ?? w;
    if (WRAPPERS.has(base)) {
      i++;
      while (i < words.length && words[i]!.value.startsWith('-')) {
        const flag = words[i]!.value;
        i += flag === '-u' || flag === '-g' ? 2 : 1;
      }
      continue;
    }
    return { prog: base, args: words.slice(i + 1), at: words[i]!.at, env };
  }
  return undefined;
}

/** First index whose offset is >= `offset` in a logical line. */
export function indexOfOffset(line: LogicalLine, offset: number): number {
  const map = line.map;
  if (!map) return Math.max(0, Math.min(line.text.length, offset - line.start));
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text of a line between two source offsets. */
export function lineSlice(line: LogicalLine, from: number, to: number): string {
  return line.text.slice(indexOfOffset(line, from), indexOfOffset(line, to) + 1).trim();
}
