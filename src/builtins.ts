/**
 * The built-in analyzers, sniffers, verifiers and rules: one explicit list, and the default Scanner
 * built from it (src/scanner.ts). Nothing here registers anything; importing a format module has
 * no effect on any scan.
 *
 * Order matters where it shows in reports: file analyzers run in the order listed (their findings
 * are sorted afterwards, but the first one to claim a kind or fill a memo does so), sniffers of
 * equal priority are tried in the order listed, tree analyzers and verifiers run in order.
 */
import type { FileAnalyzer, TreeAnalyzer } from './core/analyzer.ts';
import type { RuleDefinition } from './core/finding.ts';
import { CORE_SNIFFERS, type Sniffer } from './core/sniff.ts';
import type { TargetVerifier } from './core/target-verifier.ts';
import * as compressedRules from './formats/compressed/archive-rules.ts';
import { COMPRESSED_STREAM_ANALYZER, LZMA_ALONE_SNIFFER } from './formats/compressed/index.ts';
import * as gguf from './formats/gguf/index.ts';
import * as hydra from './formats/hydra/index.ts';
import * as joblib from './formats/joblib/index.ts';
import * as keras from './formats/keras/index.ts';
import * as numpy from './formats/numpy/index.ts';
import * as onnx from './formats/onnx/index.ts';
import * as opaque from './formats/opaque.ts';
import * as pickle from './formats/pickle/index.ts';
import * as safetensors from './formats/safetensors/index.ts';
import * as sentencepiece from './formats/sentencepiece/index.ts';
import { SEVENZIP_ANALYZER } from './formats/sevenzip/index.ts';
import * as tar from './formats/tar/index.ts';
import * as tensorflow from './formats/tensorflow/index.ts';
import * as unknown from './formats/unknown.ts';
import { ZIP_ANALYZER, ZIP_POLYGLOT_ANALYZER } from './formats/zip/index.ts';
import * as zipRules from './formats/zip/rules.ts';
import { TORCH_PICKLE_NAME_SNIFFER } from './formats/shared/torch-names.ts';
import { PINS_MEMBER_ANALYZER, PINS_TREE_ANALYZER } from './pins/index.ts';
import * as pinRules from './pins/rules.ts';
import { CHAT_TEMPLATE_ANALYZER } from './formats/chat-template/index.ts';
import * as chatTemplateRules from './formats/chat-template/rules.ts';
import * as lfsPointer from './repo/lfs-pointer.ts';
import * as remoteCode from './repo/remote-code.ts';
import * as shardIndex from './repo/shard-index.ts';
import { createScanner, type Scanner, type ScannerParts } from './scanner.ts';
import * as manifestBlobs from './verify/manifest-blobs.ts';
import * as manifestCheck from './verify/manifest-check.ts';
import { SCAN_VERIFIER } from './verify/scan-verifier.ts';
import * as verifyPath from './verify/verify-path.ts';

/** File analyzers, in the order they run for a kind. */
const ANALYZERS: readonly FileAnalyzer[] = [
  opaque.OPAQUE_ARCHIVE_ANALYZER,
  opaque.NATIVE_EXECUTABLE_ANALYZER,
  safetensors.SAFETENSORS_ANALYZER,
  CHAT_TEMPLATE_ANALYZER,
  gguf.GGUF_ANALYZER,
  unknown.UNKNOWN_BINARY_ANALYZER,
  lfsPointer.LFS_POINTER_ANALYZER,
  PINS_MEMBER_ANALYZER,
  onnx.ONNX_ANALYZER,
  sentencepiece.SENTENCEPIECE_ANALYZER,
  keras.KERAS_H5_ANALYZER,
  keras.KERAS_H5_POLYGLOT_ANALYZER,
  keras.KERAS_JSON_ANALYZER,
  keras.KERAS_ZIP_ANALYZER,
  hydra.HYDRA_CONFIG_ANALYZER,
  tensorflow.TENSORFLOW_ANALYZER,
  tensorflow.KERAS_METADATA_ANALYZER,
  tensorflow.TENSORFLOW_TEXT_ANALYZER,
  COMPRESSED_STREAM_ANALYZER,
  ZIP_ANALYZER,
  ZIP_POLYGLOT_ANALYZER,
  tar.TAR_ANALYZER,
  SEVENZIP_ANALYZER,
  joblib.JOBLIB_ZLIB_ANALYZER,
  pickle.PICKLE_POLYGLOT_ANALYZER,
  pickle.PICKLE_ANALYZER,
  numpy.NUMPY_ANALYZER,
];

const TREE_ANALYZERS: readonly TreeAnalyzer[] = [
  PINS_TREE_ANALYZER,
  remoteCode.REMOTE_CODE_ANALYZER,
  shardIndex.SHARD_INDEX_ANALYZER,
];

/** Sniffers; the scanner sorts them by priority (ties keep this order). */
const SNIFFERS: readonly Sniffer[] = [
  ...CORE_SNIFFERS,
  safetensors.SAFETENSORS_SNIFFER,
  gguf.GGUF_SNIFFER,
  onnx.ONNX_SNIFFER,
  sentencepiece.SENTENCEPIECE_SNIFFER,
  tensorflow.SAVED_MODEL_SNIFFER,
  tensorflow.TF_DATA_SNIFFER,
  tensorflow.TF_DATA_NAME_SNIFFER,
  tensorflow.KERAS_METADATA_SNIFFER,
  tensorflow.GRAPHDEF_SNIFFER,
  LZMA_ALONE_SNIFFER,
  TORCH_PICKLE_NAME_SNIFFER,
  tar.TAR_SNIFFER,
  joblib.JOBLIB_ZLIB_SNIFFER,
  pickle.PICKLE_SNIFFER,
];

const VERIFIERS: readonly TargetVerifier[] = [SCAN_VERIFIER];

/** A rule definition among a module's exports (defineRule's shape). */
function isRule(value: unknown): value is RuleDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<RuleDefinition>;
  return (
    typeof r.id === 'string' &&
    typeof r.severity === 'string' &&
    typeof r.title === 'string' &&
    typeof r.explain === 'string'
  );
}

/** The rules a module exports (each module defines its rules next to the code that emits them). */
const rulesOf = (module: Record<string, unknown>): RuleDefinition[] => Object.values(module).filter(isRule);

/** Modules whose exported rules the default scanner knows (the pipeline's own are always known). */
const RULE_MODULES: readonly Record<string, unknown>[] = [
  opaque,
  safetensors,
  chatTemplateRules,
  gguf,
  unknown,
  lfsPointer,
  pinRules,
  onnx,
  sentencepiece,
  keras,
  hydra,
  tensorflow,
  compressedRules,
  zipRules,
  tar,
  pickle,
  numpy,
  remoteCode,
  shardIndex,
  verifyPath,
  manifestBlobs,
  manifestCheck,
];

/** The parts of the default scanner, for a scanner that extends it (`createScanner(BUILTIN_PARTS, mine)`). */
export const BUILTIN_PARTS: ScannerParts = Object.freeze({
  analyzers: ANALYZERS,
  treeAnalyzers: TREE_ANALYZERS,
  sniffers: SNIFFERS,
  verifiers: VERIFIERS,
  rules: RULE_MODULES.flatMap(rulesOf),
});

const DEFAULT_SCANNER = createScanner(BUILTIN_PARTS);

/** The scanner with every built-in analyzer, sniffer, verifier and rule (immutable; one per process). */
export function defaultScanner(): Scanner {
  return DEFAULT_SCANNER;
}

/** Every rule of the default scanner, sorted by id. */
export function allRules(): readonly RuleDefinition[] {
  return DEFAULT_SCANNER.rules;
}

/** A rule of the default scanner by id. */
export function getRule(id: string): RuleDefinition | undefined {
  return DEFAULT_SCANNER.rule(id);
}
