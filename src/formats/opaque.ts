/**
 * Containers modelvet cannot look into yet (rar; 7z is opened by ./sevenzip/analyze.ts, which reports
 * OPAQUE_ARCHIVE itself for 7z it cannot list or extract) and native executables. A gate that cannot
 * read something must not pass it: each is a finding, not a silent skip.
 */
import type { FileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import { KINDS } from '../core/sniff.ts';
import { label } from '../core/source.ts';

export const OPAQUE_ARCHIVE = defineRule({
  id: 'archive/opaque',
  severity: 'high',
  title: 'Archive that cannot be inspected',
  tags: ['archive', 'fail-closed'],
  explain: `The file is an archive modelvet cannot open (7z, RAR, or encrypted members). Model
loaders and helper scripts can unpack such archives and load what is inside (picklescan's 7z support,
for example, extracts members and unpickles them), so what cannot be inspected is reported instead
of passed.

Fix: publish the members directly (or as a zip/tar, which modelvet reads), or ignore this rule
for the path in a policy file after vetting the content another way.`,
});

export const NATIVE_EXECUTABLE = defineRule({
  id: 'repo/native-executable',
  severity: 'high',
  title: 'Native executable or WebAssembly module in the model',
  tags: ['code-execution'],
  explain: `The file is a compiled program (ELF, PE, Mach-O) or a WebAssembly module. A model needs
none: such files run with the user's rights when a helper script or custom op loads them. Fix:
remove it, or ignore this rule for the path with a reason if it is a vetted custom-op library.`,
});

export const OPAQUE_ARCHIVE_ANALYZER: FileAnalyzer = {
  id: 'opaque-archive',
  kinds: [KINDS.rar],
  // Fails closed itself: every rar is a finding.
  claims: [KINDS.rar],
  async analyze(ctx) {
    ctx.report(
      finding(OPAQUE_ARCHIVE, {
        message: `${label(ctx.source)} is a ${ctx.kind} archive; modelvet cannot inspect its members`,
        evidence: { kind: ctx.kind },
      }),
    );
  },
};

export const NATIVE_EXECUTABLE_ANALYZER: FileAnalyzer = {
  id: 'native-executable',
  kinds: [KINDS.executable],
  async analyze(ctx) {
    ctx.report(
      finding(NATIVE_EXECUTABLE, {
        message: `${label(ctx.source)} is a native executable or WebAssembly module`,
        evidence: { magic: ctx.head.subarray(0, 4).toString('hex') },
      }),
    );
  },
};
