/**
 * Git LFS pointer files standing where content should be: the repository was cloned without
 * `git lfs pull`, so "model.safetensors" is a 130-byte text file. Loaders then fail in confusing
 * ways, or a fallback picks another file. The pointer still tells the expected digest and size.
 */
import type { AnalyzerContext, FileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import { KINDS } from '../core/sniff.ts';
import { readAll } from '../core/source.ts';

export const LFS_POINTER = defineRule({
  id: 'repo/lfs-pointer',
  severity: 'high',
  title: 'Git LFS pointer instead of the model file',
  tags: ['integrity'],
  explain: `The file is a Git LFS pointer (version/oid/size lines), not the content it names: the
model was cloned without its LFS objects, so the weights were never downloaded. Loading it fails or,
worse, a loader falls back to another file.

Fix: run \`git lfs pull\` (or download with huggingface_hub), then scan again. The pointer's oid is
the SHA-256 of the real file, which modelvet checks when the content is present.`,
});

export interface LfsPointer {
  oid: string;
  size: number;
  version: string;
}

/** Parses a pointer per the git-lfs spec; returns undefined when it is not a valid one. */
export function parseLfsPointer(text: string): LfsPointer | undefined {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const fields = new Map<string, string>();
  for (const line of lines) {
    const sp = line.indexOf(' ');
    if (sp <= 0) return undefined;
    fields.set(line.slice(0, sp), line.slice(sp + 1));
  }
  const version = fields.get('version');
  const oid = /^sha256:([0-9a-f]{64})$/.exec(fields.get('oid') ?? '')?.[1];
  const sizeText = fields.get('size') ?? '';
  if (!version || !oid || !/^\d{1,16}$/.test(sizeText)) return undefined;
  return { version, oid, size: Number(sizeText) };
}

export const LFS_POINTER_ANALYZER: FileAnalyzer = {
  id: 'lfs-pointer',
  kinds: [KINDS.lfsPointer],
  async analyze(ctx: AnalyzerContext) {
    const text = (await readAll(ctx.source, 4096)).toString('utf8');
    const pointer = parseLfsPointer(text);
    ctx.report(
      finding(LFS_POINTER, {
        line: 1,
        column: 1,
        message: pointer
          ? `${ctx.name} is a Git LFS pointer to ${pointer.size} bytes (sha256 ${pointer.oid.slice(0, 12)}…); the content was never downloaded`
          : `${ctx.name} looks like a Git LFS pointer but is malformed; the content was never downloaded`,
        evidence: pointer ? { oid: `sha256:${pointer.oid}`, size: pointer.size } : { malformed: true },
      }),
    );
  },
};
