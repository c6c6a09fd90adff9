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
export { DigestCache } from './core/hash/cache.ts';
export type { Report } from './core/report.ts';
export { type ScanOptions, scan } from './scan.ts';
export { mergeFiles } from './shard/commands.ts';
export { mergeScan } from './shard/merge.ts';
export { type PartialScan, readPartial } from './shard/partial.ts';
export { scanShard } from './shard/scan-shard.ts';
export { parseShard, type ShardSpec } from './shard/spec.ts';
export { type VerifyPathOptions, type VerifyResult, verifyPath as verify } from './verify/command.ts';
export { verifyHfCache } from './verify/hf-cache.ts';
export { type LockOptions, verifyLock, writeLock as lock } from './verify/lock.ts';
export { computeManifest, type Manifest, type ManifestOptions, statementJson } from './verify/manifest.ts';
export { parseStatement } from './verify/manifest-statement.ts';
export { verifyOllama } from './verify/ollama.ts';
export { verifySums } from './verify/sums.ts';
export { OmsError, type OmsErrorCode } from './verify/oms/errors.ts';
export {
  type OmsTrust,
  type OmsTrustOptions,
  type OmsVerification,
  omsTrustOptions,
  verifyOmsSignatureFile,
} from './verify/oms/verify.ts';
export { type SignOptions, type SignResult, signModel, signModel as sign } from './verify/sign.ts';
export { VERSION } from './version.ts';
export { applyPolicy } from './policy/apply.ts';
export { resolvePolicy } from './policy/discover.ts';
export { formatPolicyErrors, loadPolicy, parsePolicy } from './policy/load.ts';
export type { Policy, PolicyError, Signer, VerificationPolicy } from './policy/types.ts';
export { renderMarkdown } from './report/markdown.ts';
export { buildSarif, renderSarif } from './report/sarif.ts';
