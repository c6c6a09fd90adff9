/**
 * Registers the pin checks. The checkers and their parsers (a Python grammar, TOML, JSONC, YAML,
 * semver) load only when a target holds a file they read, so a scan of a folder of weights, and
 * the Action's start-up, do not pay for them.
 */
import { registerFileAnalyzer, registerTreeAnalyzer } from '../core/analyzer.ts';
import { KINDS } from '../core/sniff.ts';
import { kindByName, sniffableName } from './detect.ts';
import './rules.ts';

registerTreeAnalyzer({
  id: 'pins',
  singleFiles: true,
  async analyze(ctx) {
    if (!ctx.files.some((f) => kindByName(f.rel) !== undefined || sniffableName(f.rel))) return;
    const { analyzeTree } = await import('./check.ts');
    await analyzeTree(ctx);
  },
});

registerFileAnalyzer({
  id: 'pins-member',
  kinds: [KINDS.text, KINDS.json, KINDS.script],
  async analyze(ctx) {
    if (ctx.depth === 0) return; // files on disk are read by the tree analyzer
    const { analyzeMember } = await import('./check.ts');
    await analyzeMember(ctx);
  },
});
