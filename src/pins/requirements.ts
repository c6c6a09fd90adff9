/**
 * pip requirements and constraints files: logical lines (backslash continuations), comments,
 * options (-r/-c includes, -e, index options, --hash, --require-hashes) and PEP 508 requirements,
 * parsed the way pip's req_file.py does, with every offset kept for the report.
 */
import type { Severity } from '../core/finding.ts';
import { type HitSink, type Include, shorten } from './hits.ts';

export type { Include } from './hits.ts';
import { parseRequirement, type Requirement, requirementPinning } from './pep508.ts';
import {
  CUSTOM_INDEX,
  EDITABLE_INSTALL,
  EXTRA_INDEX_URL,
  REQUIREMENT_WITHOUT_HASH,
  UNPARSEABLE,
  UNPINNED_REQUIREMENT,
  UNPINNED_URL,
  UNPINNED_VCS,
} from './rules.ts';

export interface RequirementCheck {
  /** The requirement text as written (no options, no comment). */
  text: string;
  offset: number;
  /** --hash options accompany it (or hash-checking mode is on). */
  hashed: boolean;
  /** Report exact versions without --hash (pip files: yes; pyproject/constraints: no). */
  hashRule: boolean;
  /** Where it was found, for messages ("requirement", "build requirement", "pip install"). */
  where?: string;
  /** Severity for unpinned versions (lowered next to a lock file). */
  severity?: Severity;
  /** Added to evidence. */
  evidence?: Record<string, unknown>;
  /** Appended to the message (e.g. the lock file beside it). */
  note?: string;
}

/** Classifies one requirement and reports it; returns the parsed requirement (undefined if invalid). */
export function checkRequirement(sink: HitSink, c: RequirementCheck): Requirement | undefined {
  const req = parseRequirement(c.text);
  const where = c.where ?? 'requirement';
  const evidence = { ...c.evidence };
  if (!req) {
    sink({
      rule: UNPARSEABLE,
      severity: 'low',
      offset: c.offset,
      text: c.text,
      message: `${where} \`${shorten(c.text, 80)}\` is not a valid requirement; pip would reject or misread it`,
      evidence,
    });
    return undefined;
  }
  const p = requirementPinning(req, c.hashed);
  const label = req.name ?? req.url ?? c.text;
  const urlOffset = c.offset + (req.urlOffset ?? 0);
  if (p.kind === 'pinned') {
    if (c.hashRule && !c.hashed) {
      sink({
        rule: REQUIREMENT_WITHOUT_HASH,
        offset: c.offset,
        text: c.text,
        message: `${where === 'requirement' ? '' : `${where} `}${label}${p.op}${p.version} is version-pinned but has no --hash`,
        evidence: { ...evidence, name: req.name, version: p.version },
      });
    }
  } else if (p.kind === 'unpinned') {
    sink({
      rule: UNPINNED_REQUIREMENT,
      offset: c.offset,
      text: c.text,
      message: `${where} ${label} is not pinned to an exact version (${p.reason})${c.note ?? ''}`,
      severity: c.severity,
      evidence: { ...evidence, name: req.name, reason: p.reason },
    });
  } else if (p.kind === 'vcs' && !p.pinned) {
    sink({
      rule: UNPINNED_VCS,
      offset: urlOffset,
      text: req.url ?? c.text,
      message: `${where} ${label} comes from version control without a full commit (${p.reason})${c.note ?? ''}`,
      evidence: { ...evidence, name: req.name, url: req.url, ref: p.ref },
    });
  } else if (p.kind === 'url' && !p.hashed) {
    sink({
      rule: UNPINNED_URL,
      offset: urlOffset,
      text: req.url ?? c.text,
      message: `${where} ${label} is downloaded from a URL without a hash${c.note ?? ''}`,
      evidence: { ...evidence, name: req.name, url: req.url },
    });
  }
  return req;
}

export interface LogicalLine {
  text: string;
  /** Source offset of text[0]. */
  start: number;
  /** Lines joined from continuations: the source offset of every character (absent: start + index). */
  map?: number[];
}

/** Source offset of character `i` of a logical line (the last one for an index past the end). */
export function lineOffset(line: LogicalLine, i: number): number {
  if (line.map) return line.map[i] ?? line.map.at(-1) ?? line.start;
  return line.start + Math.max(0, Math.min(i, line.text.length - 1));
}

/**
 * Joins backslash continuations (not inside comment lines) as pip's join_lines does. A generator:
 * a script of a million short lines is read one line at a time, and only joined lines carry a map.
 */
export function* iterLogicalLines(text: string): Generator<LogicalLine> {
  let parts: { body: string; start: number }[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: regex scan loop
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') break;
    const raw = m[0].replace(/[\r\n]+$/, '');
    const isComment = /^\s*#/.test(raw);
    const continued = raw.endsWith('\\') && !isComment;
    // A comment line inside a continuation ends the logical line (pip drops the comment).
    if (isComment && parts.length > 0) {
      yield joinParts(parts);
      parts = [];
    }
    parts.push({ body: continued ? raw.slice(0, -1) : raw, start: m.index });
    if (!continued) {
      yield joinParts(parts);
      parts = [];
    }
  }
  if (parts.length > 0 && parts.some((p) => p.body.trim())) yield joinParts(parts, true);
}

function joinParts(parts: readonly { body: string; start: number }[], open = false): LogicalLine {
  if (parts.length === 1 && !open) return { text: parts[0]!.body, start: parts[0]!.start };
  let text = '';
  const map: number[] = [];
  parts.forEach((p, k) => {
    for (let i = 0; i < p.body.length; i++) map.push(p.start + i);
    text += p.body;
    if (k < parts.length - 1 || open) {
      text += ' ';
      map.push(p.start + p.body.length);
    }
  });
  return { text, start: parts[0]!.start, map };
}

/** Every logical line, as an array. */
export function logicalLines(text: string): LogicalLine[] {
  return [...iterLogicalLines(text)];
}

interface Token {
  text: string;
  start: number;
}

function tokens(line: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: regex scan loop
  while ((m = re.exec(line)) !== null) out.push({ text: m[0], start: m.index });
  return out;
}

/** Options that take a value, by every spelling pip accepts. */
export const VALUE_OPTIONS: Record<string, string> = {
  '-r': 'requirement',
  '--requirement': 'requirement',
  '-c': 'constraint',
  '--constraint': 'constraint',
  '-e': 'editable',
  '--editable': 'editable',
  '-i': 'index-url',
  '--index-url': 'index-url',
  '--extra-index-url': 'extra-index-url',
  '-f': 'find-links',
  '--find-links': 'find-links',
  '--trusted-host': 'trusted-host',
  '--hash': 'hash',
  '--no-binary': 'other',
  '--only-binary': 'other',
  '--use-feature': 'other',
  '--config-settings': 'other',
  '-C': 'other',
  '--global-option': 'other',
  '--install-option': 'other',
};

export interface ParsedOption {
  name: string;
  value?: string;
  /** Offset (in the line) of the option token. */
  start: number;
  /** Offset of the value. */
  valueStart: number;
}

/** Parses option tokens (`--opt=value`, `--opt value`, `-rvalue`, `-r value`). */
export function parseOptions(toks: readonly Token[]): ParsedOption[] {
  const out: ParsedOption[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const eq = t.text.indexOf('=');
    const flag = t.text.startsWith('--') && eq > 0 ? t.text.slice(0, eq) : t.text;
    let name = VALUE_OPTIONS[flag];
    if (name && flag === t.text && !(t.text.startsWith('--') && eq > 0)) {
      const next = toks[i + 1];
      out.push({
        name,
        start: t.start,
        valueStart: next?.start ?? t.start,
        value: next?.text,
      });
      i++;
      continue;
    }
    if (name) {
      out.push({ name, start: t.start, valueStart: t.start + eq + 1, value: t.text.slice(eq + 1) });
      continue;
    }
    // Short options glued to their value: -rfile, -efoo, -ihttps://…
    const short = /^-(r|c|e|i|f)(.+)$/.exec(t.text);
    if (short && !t.text.startsWith('--')) {
      name = VALUE_OPTIONS[`-${short[1]}`]!;
      out.push({ name, start: t.start, valueStart: t.start + 2, value: short[2]! });
      continue;
    }
    out.push({ name: t.text.replace(/=.*$/, ''), start: t.start, valueStart: t.start });
  }
  return out;
}

export interface RequirementsOptions {
  /** A constraints file (-c target or constraints*.txt): no hash rule (pip takes no hashes there). */
  constraints?: boolean;
  /**
   * A pip-tools source (`requirements.in`) with the file compiled from it beside it: that file pins
   * exact versions (and hashes), as a lock file does for package.json, so ranges here are low and
   * exact versions need no hash.
   */
  compiledTo?: string;
}

/** Reports index options (shared with pip command lines). */
export function checkIndexOption(sink: HitSink, opt: ParsedOption, offsetOf: (i: number) => number): void {
  const value = opt.value ?? '';
  const at = offsetOf(opt.start);
  const text = value ? `--${opt.name} ${value}` : `--${opt.name}`;
  const plain = /^http:\/\//i.test(value);
  if (opt.name === 'extra-index-url') {
    sink({
      rule: EXTRA_INDEX_URL,
      offset: at,
      text,
      message: `--extra-index-url ${value} lets a package of the same name on either index win (dependency confusion)`,
      severity: plain ? 'high' : undefined,
      evidence: { url: value },
    });
  } else if (opt.name === 'index-url' || opt.name === 'find-links') {
    const local = opt.name === 'find-links' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value);
    if (local || /^https:\/\/(pypi\.org|pypi\.python\.org)\/simple\/?$/i.test(value)) return;
    sink({
      rule: CUSTOM_INDEX,
      offset: at,
      text,
      message: `--${opt.name} ${value} replaces the package source${plain ? ' over plain http' : ''}`,
      severity: plain ? 'medium' : undefined,
      evidence: { url: value },
    });
  } else if (opt.name === 'trusted-host') {
    sink({
      rule: CUSTOM_INDEX,
      severity: 'medium',
      offset: at,
      text,
      message: `--trusted-host ${value} turns off TLS verification for that host`,
      evidence: { host: value },
    });
  }
}

/** Checks a requirements/constraints file; returns the files it includes. */
export function checkRequirementsText(
  text: string,
  sink: HitSink,
  opts: RequirementsOptions = {},
): Include[] {
  const includes: Include[] = [];
  const hashMode = /(^|\s)--(hash|require-hashes)\b/m.test(text);
  for (const line of iterLogicalLines(text)) {
    // Comments: pip's COMMENT_RE is (^|\s+)#.*$
    const cm = /(^|\s)#/.exec(line.text);
    const body = cm ? line.text.slice(0, cm.index + (cm[1] ? 1 : 0)) : line.text;
    const toks = tokens(body);
    if (toks.length === 0) continue;
    const off = (i: number) => lineOffset(line, i);
    const firstOpt = toks.findIndex((t) => t.text.startsWith('-'));
    const args = firstOpt < 0 ? toks : toks.slice(0, firstOpt);
    const options = parseOptions(firstOpt < 0 ? [] : toks.slice(firstOpt));
    for (const opt of options) {
      const value = opt.value ?? '';
      if (opt.name === 'requirement' || opt.name === 'constraint') {
        const kind = opt.name;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^file:/i.test(value)) {
          sink({
            rule: UNPINNED_URL,
            offset: off(opt.valueStart),
            text: value,
            message: `${kind === 'requirement' ? '-r' : '-c'} ${value} reads a remote ${kind}s file nobody can vet`,
            evidence: { url: value },
          });
        } else if (value) {
          includes.push({
            kind,
            target: value.replace(/^file:(\/\/)?/i, ''),
            offset: off(opt.start),
            text: `${opt.name} ${value}`,
          });
        }
      } else if (opt.name === 'editable') {
        const local = !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^file:/i.test(value);
        sink({
          rule: EDITABLE_INSTALL,
          offset: off(opt.start),
          text: body.slice(opt.start).trim(),
          message: local
            ? `-e ${value} installs a local source tree in editable mode; its own dependencies are not pinned here`
            : `-e ${value} installs an editable checkout from a URL`,
          severity: local ? 'low' : 'medium',
          evidence: { target: value },
        });
        if (!local) {
          checkRequirement(sink, {
            text: value,
            offset: off(opt.valueStart),
            hashed: false,
            hashRule: false,
          });
        }
      } else {
        checkIndexOption(sink, opt, off);
      }
    }
    if (args.length === 0) continue;
    const first = args[0]!;
    const last = args.at(-1)!;
    const reqText = body.slice(first.start, last.start + last.text.length);
    const hashed = options.some(
      (o) => o.name === 'hash' && /^sha(256|384|512):[0-9a-fA-F]+$/.test(o.value ?? ''),
    );
    checkRequirement(sink, {
      text: reqText,
      offset: off(first.start),
      hashed,
      hashRule: !opts.constraints && !opts.compiledTo,
      evidence: hashMode && !hashed ? { hashCheckingMode: true } : undefined,
      ...(opts.compiledTo
        ? {
            severity: 'low' as const,
            note: ` (${opts.compiledTo} beside it is compiled from this file and pins the resolved versions)`,
          }
        : {}),
    });
  }
  return includes;
}
