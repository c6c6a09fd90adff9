import type { Finding } from '../../src/core/finding.ts';
import type { PinFileKind } from '../../src/pins/detect.ts';
import { type CheckContext, checkFile } from '../../src/pins/check.ts';

export const SHA = '877b84a8f93f2d619faa2a6e514a32beef88ab0a';
export const HASH = 'a'.repeat(64);

export function check(kind: PinFileKind, text: string, ctx: CheckContext = {}): Finding[] {
  return checkFile(kind, text, `file.${kind}`, ctx);
}

/** "rule@severity" for every finding, sorted. */
export function ruleList(kind: PinFileKind, text: string, ctx: CheckContext = {}): string[] {
  return check(kind, text, ctx)
    .map((f) => `${f.rule.replace(/^pin\//, '')}@${f.severity}`)
    .sort();
}
