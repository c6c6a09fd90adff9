/** The library API. */
export type { AnalyzerContext, FileAnalyzer, TreeAnalyzer } from './core/analyzer.ts';
export { registerFileAnalyzer, registerTreeAnalyzer } from './core/analyzer.ts';
export { ModelvetError } from './core/errors.ts';
export {
  allRules,
  type Finding,
  getRule,
  type RuleDefinition,
  SEVERITIES,
  type Severity,
} from './core/finding.ts';
export { type DigestAlgorithm, HashPool, hashFile } from './core/hash/index.ts';
export type { Report } from './core/report.ts';
export { type ScanOptions, scan } from './scan.ts';
export { VERSION } from './version.ts';
export { applyPolicy } from './policy/apply.ts';
export { resolvePolicy } from './policy/discover.ts';
export { formatPolicyErrors, loadPolicy, parsePolicy } from './policy/load.ts';
export type { Policy, PolicyError, Signer, VerificationPolicy } from './policy/types.ts';
export { renderMarkdown } from './report/markdown.ts';
export { buildSarif, renderSarif } from './report/sarif.ts';
