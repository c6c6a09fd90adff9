/**
 * The modules loaded on first use, each behind a named loader; everything else is a static import.
 * A module is lazy only where start-up time or memory shows it: the `--version` path, the Action's
 * start, and large optional dependencies most runs never need (measured: bench/hash-bench.mjs
 * startupChecks). The bundler (scripts/build.mjs) puts each of these in a chunk of its own.
 */

/** The CLI: `modelvet --version` answers without loading it (bin.ts). */
export const loadCli = () => import('./cli/main.ts');
/** What the commands run (cli/runners.ts): `hash` of a small file starts in 44 ms instead of 64. */
export const loadRunners = () => import('./cli/runners.ts');

/** 7-Zip's WebAssembly build (megabytes of wasm): only for 7z archives. */
export const load7zWasm = () => import('7z-wasm');
/** libbz2 in WebAssembly: only for bzip2 content. */
export const loadBzip2Wasm = () => import('@foxglove/wasm-bz2');
/** The xz decoder in WebAssembly: only for xz content. */
export const loadXzWasm = () => import('xz-decompress');
/** @huggingface/jinja: only when a chat template is checked. */
export const loadJinja = () => import('@huggingface/jinja');

/**
 * Each format's reading code, behind the light descriptors (index.ts: sniffers, analyzer ids and
 * kinds, rules) the scanner is built from: a start, an empty workspace or a folder of other formats
 * loads none of it (measured: scripts/startup-closure.mjs, bench startupChecks).
 */
export const loadPickleAnalysis = () => import('./formats/pickle/analyze.ts');
/**
 * The pickle walks without the classification tables (the sniffer, the polyglot probe's first look):
 * every file whose first byte is an opcode is tried (a quarter of random tensor data), and building
 * the tables took 10-15 ms (16 cached 256 MiB shards, Intel Xeon) for files that are not pickles.
 */
export const loadPickleLightWalks = () => import('./formats/pickle/light-walks.ts');
export const loadNumpyAnalysis = () => import('./formats/numpy/analyze.ts');
export const loadHydraAnalysis = () => import('./formats/hydra/analyze.ts');
export const loadJoblibAnalysis = () => import('./formats/joblib/analyze.ts');
export const loadGgufAnalysis = () => import('./formats/gguf/read.ts');
export const loadSafetensorsAnalysis = () => import('./formats/safetensors/read.ts');
export const loadKerasAnalysis = () => import('./formats/keras/analyze.ts');
export const loadChatTemplateAnalysis = () => import('./formats/chat-template/analyze.ts');
export const loadZipAnalysis = () => import('./formats/zip/analyze.ts');
export const loadTarAnalysis = () => import('./formats/tar/analyze.ts');
export const loadSentencePieceAnalysis = () => import('./formats/sentencepiece/analyze.ts');
export const loadSevenZipAnalysis = () => import('./formats/sevenzip/analyze.ts');
export const loadOnnxAnalysis = () => import('./formats/onnx/analyze.ts');
export const loadTensorflowAnalysis = () => import('./formats/tensorflow/analyze.ts');
export const loadCompressedAnalysis = () => import('./formats/compressed/analyze.ts');
/** The LZMA decoder: the LZMA-alone sniffer decodes a file's first bytes (LZMA-alone has no magic number). */
export const loadLzmaDecoder = () => import('./formats/compressed/lzma.ts');

/** The pin checkers with their parsers (a Python grammar, TOML, JSONC, YAML, semver): only trees holding files they read. */
export const loadPinCheckers = () => import('./pins/check.ts');
/** The policy loader (ajv and yaml): only when there is a policy file. */
export const loadPolicyLoader = () => import('./policy/load.ts');
/** `policy check` and `policy init`, which read policies (ajv and yaml). */
export const loadPolicyCommands = () => import('./cli/policy.ts');
/** The report's JSON schema and its validator (ajv): only when shard reports are merged. */
export const loadReportSchema = () => import('./shard/report-schema.ts');

/** Each report renderer: a run writes one or two of the four. */
export const loadJsonRenderer = () => import('./report/json.ts');
export const loadSarifRenderer = () => import('./report/sarif.ts');
export const loadMarkdownRenderer = () => import('./report/markdown.ts');
export const loadHumanRenderer = () => import('./report/human.ts');

/** OMS signature verification (sigstore, TUF, X.509): only when a signature is verified. */
export const loadOmsVerify = () => import('./verify/oms/verify.ts');
/** The TUF root seeds of the Sigstore public-good instance: only for keyless verification. */
export const loadTufSeeds = () => import('@sigstore/tuf/seeds.json', { with: { type: 'json' } });
/** Signing (sigstore's signer and its HTTP clients): only for `modelvet sign`. */
export const loadSigner = () => import('./verify/sign.ts');

/** Remote sources (@huggingface/hub, the Ollama registry, HTTP range reads): only for hf:// and ollama:// inputs. */
export const loadRemoteSources = () => import('./sources/scan-remote.ts');
/** `modelvet pull`: remote sources and the code that places a pulled model. */
export const loadPull = () => import('./sources/pull.ts');
