/**
 * The modules loaded on first use, each behind a named loader; everything else is a static import.
 * A module is lazy only where start-up time or memory shows it: the `--version` path, the Action's
 * start, and large optional dependencies most runs never need (measured: bench/hash-bench.mjs
 * startupChecks). The bundler (scripts/build.mjs) puts each of these in a chunk of its own.
 */
/** The CLI: `modelvet --version` answers without loading it (bin.ts). */
export declare const loadCli: () => Promise<typeof import("./cli/main.ts")>;
/** What the commands run (cli/runners.ts): `hash` of a small file starts in 44 ms instead of 64. */
export declare const loadRunners: () => Promise<typeof import("./cli/runners.ts")>;
/** 7-Zip's WebAssembly build (megabytes of wasm): only for 7z archives. */
export declare const load7zWasm: () => Promise<{
    default: typeof import("7z-wasm");
}>;
/** libbz2 in WebAssembly: only for bzip2 content. */
export declare const loadBzip2Wasm: () => Promise<{
    default: typeof import("@foxglove/wasm-bz2");
}>;
/** The xz decoder in WebAssembly: only for xz content. */
export declare const loadXzWasm: () => Promise<{
    XzReadableStream: typeof import("xz-decompress").XzReadableStream;
    default: typeof import("xz-decompress");
}>;
/** @huggingface/jinja: only when a chat template is checked. */
export declare const loadJinja: () => Promise<typeof import("@huggingface/jinja")>;
/**
 * Each format's reading code, behind the light descriptors (index.ts: sniffers, analyzer ids and
 * kinds, rules) the scanner is built from: a start, an empty workspace or a folder of other formats
 * loads none of it (measured: scripts/startup-closure.mjs, bench startupChecks).
 */
export declare const loadPickleAnalysis: () => Promise<typeof import("./formats/pickle/analyze.ts")>;
/**
 * The pickle walks without the classification tables (the sniffer, the polyglot probe's first look):
 * every file whose first byte is an opcode is tried (a quarter of random tensor data), and building
 * the tables took 10-15 ms (16 cached 256 MiB shards, Intel Xeon) for files that are not pickles.
 */
export declare const loadPickleLightWalks: () => Promise<typeof import("./formats/pickle/light-walks.ts")>;
export declare const loadNumpyAnalysis: () => Promise<typeof import("./formats/numpy/analyze.ts")>;
export declare const loadHydraAnalysis: () => Promise<typeof import("./formats/hydra/analyze.ts")>;
export declare const loadJoblibAnalysis: () => Promise<typeof import("./formats/joblib/analyze.ts")>;
export declare const loadGgufAnalysis: () => Promise<typeof import("./formats/gguf/read.ts")>;
export declare const loadSafetensorsAnalysis: () => Promise<typeof import("./formats/safetensors/read.ts")>;
export declare const loadKerasAnalysis: () => Promise<typeof import("./formats/keras/analyze.ts")>;
export declare const loadChatTemplateAnalysis: () => Promise<typeof import("./formats/chat-template/analyze.ts")>;
export declare const loadZipAnalysis: () => Promise<typeof import("./formats/zip/analyze.ts")>;
export declare const loadTarAnalysis: () => Promise<typeof import("./formats/tar/analyze.ts")>;
export declare const loadSentencePieceAnalysis: () => Promise<typeof import("./formats/sentencepiece/analyze.ts")>;
export declare const loadSevenZipAnalysis: () => Promise<typeof import("./formats/sevenzip/analyze.ts")>;
export declare const loadOnnxAnalysis: () => Promise<typeof import("./formats/onnx/analyze.ts")>;
export declare const loadTensorflowAnalysis: () => Promise<typeof import("./formats/tensorflow/analyze.ts")>;
export declare const loadCompressedAnalysis: () => Promise<typeof import("./formats/compressed/analyze.ts")>;
/** The LZMA decoder: the LZMA-alone sniffer decodes a file's first bytes (LZMA-alone has no magic number). */
export declare const loadLzmaDecoder: () => Promise<typeof import("./formats/compressed/lzma.ts")>;
/** The pin checkers with their parsers (a Python grammar, TOML, JSONC, YAML, semver): only trees holding files they read. */
export declare const loadPinCheckers: () => Promise<typeof import("./pins/check.ts")>;
/** The policy loader (ajv and yaml): only when there is a policy file. */
export declare const loadPolicyLoader: () => Promise<typeof import("./policy/load.ts")>;
/** `policy check` and `policy init`, which read policies (ajv and yaml). */
export declare const loadPolicyCommands: () => Promise<typeof import("./cli/policy.ts")>;
/** The report's JSON schema and its validator (ajv): only when shard reports are merged. */
export declare const loadReportSchema: () => Promise<typeof import("./shard/report-schema.ts")>;
/** Each report renderer: a run writes one or two of the four. */
export declare const loadJsonRenderer: () => Promise<typeof import("./report/json.ts")>;
export declare const loadSarifRenderer: () => Promise<typeof import("./report/sarif.ts")>;
export declare const loadMarkdownRenderer: () => Promise<typeof import("./report/markdown.ts")>;
export declare const loadHumanRenderer: () => Promise<typeof import("./report/human.ts")>;
/** OMS signature verification (sigstore, TUF, X.509): only when a signature is verified. */
export declare const loadOmsVerify: () => Promise<typeof import("./verify/oms/verify.ts")>;
/** The TUF root seeds of the Sigstore public-good instance: only for keyless verification. */
export declare const loadTufSeeds: () => Promise<{
    default: {
        "https://tuf-repo-cdn.sigstore.dev": {
            "root.json": string;
            targets: {
                "trusted_root.json": string;
                "registry.npmjs.org%2Fkeys.json": string;
            };
        };
    };
}>;
/** Signing (sigstore's signer and its HTTP clients): only for `modelvet sign`. */
export declare const loadSigner: () => Promise<typeof import("./verify/sign.ts")>;
/** Remote sources (@huggingface/hub, the Ollama registry, HTTP range reads): only for hf:// and ollama:// inputs. */
export declare const loadRemoteSources: () => Promise<typeof import("./sources/scan-remote.ts")>;
/** `modelvet pull`: remote sources and the code that places a pulled model. */
export declare const loadPull: () => Promise<typeof import("./sources/pull.ts")>;
