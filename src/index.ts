/**
 * The library API: scan() (folders, files, hf:// and ollama:// URLs), pull(), verify(), lock(), sign() and hashFile() return values (a Report, a
 * VerifyResult, ...) and throw typed errors; none of them prints or exits. Renderers turn a
 * Report into text. Type declarations ship in dist/types (package.json `types`).
 */
export type { AnalyzerContext, FileAnalyzer, TreeAnalyzer } from './core/analyzer.ts';
export type { Signer } from './core/signer.ts';
export type { Sniffer, SniffInput } from './core/sniff.ts';
export type { TargetVerifier, VerifyTargetOptions } from './core/target-verifier.ts';
export { createScanner, type Scanner, type ScannerParts } from './scanner.ts';
export { allRules, BUILTIN_PARTS, defaultScanner, getRule } from './builtins.ts';
export { type ErrorCode, ModelvetError } from './core/errors.ts';
export { DocumentError, type DocumentErrorCode } from './core/json-shape.ts';
export {
  defineRule,
  type Finding,
  type RuleDefinition,
  type RuleLookup,
  SEVERITIES,
  type Severity,
} from './core/finding.ts';
export { type DigestAlgorithm, HashPool, hashFile } from './core/hash/index.ts';
export { DigestCache } from './core/hash/cache.ts';
export type { ProgressEvent } from './core/hash/progress.ts';
export type {
  FileReport,
  PolicyReport,
  Report,
  SuppressedFinding,
  Suppression,
  Verdict,
  VerificationReport,
} from './core/report.ts';
export { type ScanOptions, scan } from './scan.ts';
export { type PlaceResult, type PullOptions, type PullResult, pull } from './sources/pull.ts';
export type { RemoteOptions } from './sources/scan-remote.ts';
export { mergeScan } from './shard/merge.ts';
export { type MergeResult, mergeFiles } from './shard/merge-files.ts';
export { type PartialScan, readPartial } from './shard/partial.ts';
export { scanShard } from './shard/scan-shard.ts';
export { parseShard, type ShardSpec } from './shard/spec.ts';
export { type VerifyPathOptions, type VerifyResult, verifyPath as verify } from './verify/verify-path.ts';
export { verifyHfCache } from './verify/hf-cache.ts';
export { type LockOptions, verifyLock, writeLock as lock } from './verify/lock.ts';
export { computeManifest, type Manifest, type ManifestOptions, statementJson } from './verify/manifest.ts';
export { parseStatement, StatementError, type StatementErrorCode } from './verify/manifest-statement.ts';
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
export type { Policy, PolicyError, VerificationPolicy } from './policy/types.ts';
export { type MarkdownOptions, renderMarkdown } from './report/markdown.ts';
export { REPORT_FORMATS, type RenderOptions, type ReportFormat, renderReport } from './report/render.ts';
export { buildSarif, renderSarif, type SarifOptions } from './report/sarif.ts';
