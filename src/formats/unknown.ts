/** Binary content no sniffer recognised: reported at low severity so nothing passes unseen. */
import type { FileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import { KINDS } from '../core/sniff.ts';
import { label } from '../core/source.ts';

export const UNKNOWN_BINARY = defineRule({
  id: 'scan/unknown-binary',
  severity: 'low',
  title: 'Binary content of an unrecognised format',
  tags: ['fail-closed'],
  explain: `No analyzer recognised this binary content by its bytes (the extension is never trusted).
It is reported so that nothing passes unseen; on its own it does not fail a scan at the default
level. Raise this rule's severity in a policy to allow only formats modelvet understands.`,
});

export const UNKNOWN_BINARY_ANALYZER: FileAnalyzer = {
  id: 'unknown-binary',
  kinds: [KINDS.unknown],
  async analyze(ctx) {
    ctx.report(
      finding(UNKNOWN_BINARY, {
        message: `${label(ctx.source)}: unrecognised binary content (${ctx.source.size} bytes)`,
        evidence: { head: ctx.head.subarray(0, 16).toString('hex') },
      }),
    );
  },
};
