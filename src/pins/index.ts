/**
 * The pin checks as analyzers. The checkers and their parsers (a Python grammar, TOML, JSONC, YAML,
 * semver) load only when a target holds a file they read, so a scan of a folder of weights, and
 * the Action's start-up, do not pay for them.
 */
import type { FileAnalyzer, TreeAnalyzer } from '../core/analyzer.ts';
import { KINDS } from '../core/sniff.ts';
import { kindByName, sniffableName } from './detect.ts';
import { loadPinCheckers } from '../lazy.ts';

type Checkers = Awaited<ReturnType<typeof loadPinCheckers>>;
/**
 * The checkers' module, imported on first use. A cache, not state: every caller gets the same
 * module. One dynamic import() per archive member cost 57 µs each (a zip of 65,535 members).
 */
let checkers: Promise<Checkers> | undefined;
const checkersModule = (): Promise<Checkers> => {
  checkers ??= loadPinCheckers();
  return checkers;
};

export const PINS_TREE_ANALYZER: TreeAnalyzer = {
  id: 'pins',
  singleFiles: true,
  async analyze(ctx) {
    if (!ctx.files.some((f) => kindByName(f.rel) !== undefined || sniffableName(f.rel))) return;
    const { analyzeTree } = await checkersModule();
    await analyzeTree(ctx);
  },
};

export const PINS_MEMBER_ANALYZER: FileAnalyzer = {
  id: 'pins-member',
  kinds: [KINDS.text, KINDS.json, KINDS.script],
  async analyze(ctx) {
    if (ctx.depth === 0) return; // files on disk are read by the tree analyzer
    const { analyzeMember } = await checkersModule();
    await analyzeMember(ctx);
  },
};
