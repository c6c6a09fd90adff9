import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);

// src/core/sniff.ts
import { isUtf8 } from "node:buffer";
var SNIFF_HEAD = 4096;
var KINDS = {
  empty: "empty",
  zip: "zip",
  tar: "tar",
  gzip: "gzip",
  bzip2: "bzip2",
  xz: "xz",
  zstd: "zstd",
  lz4: "lz4",
  /** A raw zlib stream (joblib `compress=True`, or `ZF` + length + zlib from joblib < 0.9.3). */
  zlib: "zlib",
  /** An LZMA-alone (`.lzma`) stream (joblib `compress='lzma'`). */
  lzmaAlone: "lzma-alone",
  sevenZip: "7z",
  rar: "rar",
  pickle: "pickle",
  numpy: "numpy",
  safetensors: "safetensors",
  gguf: "gguf",
  hdf5: "hdf5",
  lfsPointer: "lfs-pointer",
  json: "json",
  text: "text",
  image: "image",
  executable: "executable",
  script: "script",
  unknown: "unknown"
};
var sniffers = [];
function registerSniffer(sniffer) {
  sniffers.push(sniffer);
  sniffers.sort((a, b) => b.priority - a.priority);
}
function knownKinds() {
  return [.../* @__PURE__ */ new Set([...Object.values(KINDS), ...sniffers.map((s) => s.kind)])].sort();
}
var toBytes = (magic2) => typeof magic2 === "string" ? Buffer.from(magic2, "latin1") : Buffer.from(magic2);
var startsWith = (head, magic2, at = 0) => {
  const bytes = Buffer.isBuffer(magic2) ? magic2 : toBytes(magic2);
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false;
  return true;
};
var magic = (kind, magicBytes, at = 0) => {
  const bytes = toBytes(magicBytes);
  return { kind, priority: 100, match: ({ head }) => startsWith(head, bytes, at) };
};
registerSniffer(magic(KINDS.zip, "PK"));
registerSniffer(magic(KINDS.zip, "PK"));
registerSniffer(magic(KINDS.zip, "PK\x07\b"));
registerSniffer(magic(KINDS.gzip, [31, 139]));
registerSniffer({
  kind: KINDS.bzip2,
  priority: 100,
  match: ({ head }) => startsWith(head, "BZh") && head[3] >= 49 && head[3] <= 57 && (startsWith(head, "1AY&SY", 4) || startsWith(head, [23, 114, 69, 56, 80, 144], 4))
});
registerSniffer(magic(KINDS.xz, [253, 55, 122, 88, 90, 0]));
registerSniffer(magic(KINDS.zstd, [40, 181, 47, 253]));
registerSniffer(magic(KINDS.lz4, [4, 34, 77, 24]));
registerSniffer(magic(KINDS.sevenZip, [55, 122, 188, 175, 39, 28]));
registerSniffer(magic(KINDS.rar, "Rar!\x07"));
registerSniffer({ kind: KINDS.tar, priority: 100, match: ({ head }) => startsWith(head, "ustar", 257) });
registerSniffer({
  kind: KINDS.zip,
  priority: 40,
  match: async ({ size, source }) => {
    if (size < 22) return false;
    const tailLen = Math.min(size, 22 + 65535);
    const tail = await source.read(size - tailLen, tailLen);
    return tail.lastIndexOf(Buffer.from("PK", "latin1")) >= 0;
  }
});
registerSniffer(magic(KINDS.numpy, "\x93NUMPY"));
registerSniffer(magic(KINDS.gguf, "GGUF"));
registerSniffer({
  kind: KINDS.hdf5,
  priority: 100,
  // The HDF5 superblock may sit at 0, 512, 1024, 2048... (user block); the head covers the first ones.
  match: ({ head }) => [0, 512, 1024, 2048].some((at) => startsWith(head, "\x89HDF\r\n\n", at))
});
registerSniffer({
  kind: KINDS.pickle,
  priority: 90,
  // PROTO opcode with protocol 2..5. Protocol 0/1 pickles have no magic: the pickle module adds a structural sniffer.
  match: ({ head }) => head.length >= 2 && head[0] === 128 && head[1] >= 2 && head[1] <= 5
});
var SAFETENSORS_MAX_HEADER = 1e8;
function firstNonSpace(buf, at) {
  let i = at;
  while (i < buf.length && (buf[i] === 32 || buf[i] === 10 || buf[i] === 13 || buf[i] === 9)) i++;
  return i < buf.length ? buf[i] : -1;
}
var SAFETENSORS_PADDING_SEARCH = 1024 * 1024;
async function lastNonSpace(source, start, end) {
  for (let to = end; to > start && end - to < SAFETENSORS_PADDING_SEARCH; ) {
    const from = Math.max(start, to - 4096);
    const chunk = await source.read(from, to - from);
    for (let i = chunk.length - 1; i >= 0; i--) if (chunk[i] !== 32) return chunk[i];
    to = from;
  }
  return -1;
}
function safetensorsHeaderLength(head, size) {
  if (head.length < 10) return -1;
  const n = head.readBigUInt64LE(0);
  if (n < 2n || n > BigInt(size - 8)) return -1;
  return Number(n);
}
registerSniffer({
  kind: KINDS.safetensors,
  // A complete header (8-byte length, a JSON object that ends where the length says) is structure no
  // pickle has, so it outranks the PROTO sniffer: a header length of 0x280 starts with the bytes
  // 80 02, the pickle magic (the pickle probe still walks the file from byte 0).
  priority: 92,
  match: async ({ head, size, source }) => {
    const n = safetensorsHeaderLength(head, size);
    if (n < 0 || n > SAFETENSORS_MAX_HEADER || head[8] !== 123) return false;
    return await lastNonSpace(source, 8, 8 + n) === 125;
  }
});
registerSniffer({
  kind: KINDS.safetensors,
  priority: 60,
  // 8-byte little-endian header length, then a JSON object (the analyzer says what is wrong with it).
  match: ({ head, size }) => safetensorsHeaderLength(head, size) >= 0 && firstNonSpace(head, 8) === 123
});
registerSniffer(magic(KINDS.executable, "\x7FELF"));
registerSniffer(magic(KINDS.executable, "MZ"));
registerSniffer(magic(KINDS.executable, [207, 250, 237, 254]));
registerSniffer(magic(KINDS.executable, [202, 254, 186, 190]));
registerSniffer(magic(KINDS.executable, "\0asm"));
registerSniffer(magic(KINDS.image, [137, 80, 78, 71, 13, 10, 26, 10]));
registerSniffer(magic(KINDS.image, [255, 216, 255]));
registerSniffer(magic(KINDS.image, "GIF8"));
registerSniffer({
  kind: KINDS.image,
  priority: 100,
  match: ({ head }) => startsWith(head, "RIFF") && startsWith(head, "WEBP", 8)
});
var LFS_VERSIONS = [
  "version https://git-lfs.github.com/spec/v1",
  "version https://hawser.github.com/spec/v1"
];
registerSniffer({
  kind: KINDS.lfsPointer,
  priority: 20,
  // The spec caps pointer files at 1024 bytes in practice; we allow a little slack.
  match: ({ head, size }) => size <= 2048 && LFS_VERSIONS.some((v) => startsWith(head, `${v}
`))
});
registerSniffer({
  kind: KINDS.script,
  priority: 15,
  match: ({ head }) => startsWith(head, "#!") && isText(head)
});
registerSniffer({
  kind: KINDS.json,
  priority: 11,
  match: ({ head }) => {
    const b = head[0];
    if (b === 123 || b === 91) return isText(head);
    if (b !== void 0 && b < 128 && b > 32) return false;
    if (!isText(head)) return false;
    const first = head.toString("utf8").trimStart()[0];
    return first === "{" || first === "[";
  }
});
registerSniffer({ kind: KINDS.text, priority: 10, match: ({ head }) => isText(head) });
function isText(head) {
  if (head.length === 0) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  if (controls > head.length / 100) return false;
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back];
    if ((b & 192) === 128) continue;
    if (b >= 192) {
      const need = b >= 240 ? 4 : b >= 224 ? 3 : 2;
      if (back < need) end -= back;
    }
    break;
  }
  return isUtf8(head.subarray(0, end));
}
async function sniff(source, name) {
  const head = await source.read(0, Math.min(SNIFF_HEAD, source.size));
  if (source.size === 0) return { kind: KINDS.empty, head };
  const input = { head, size: source.size, name: name.toLowerCase(), source };
  for (const s of sniffers) {
    const m = s.match(input);
    if (m === true || m !== false && await m) return { kind: s.kind, head };
  }
  return { kind: KINDS.unknown, head };
}

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "modelvet policy file",
  description: "A .modelvet.yml / .modelvet.json policy: fail level, rule severities, allowed formats, pickle allowlist, required signatures, allowed model sources and ignores. Unknown keys are errors.",
  type: "object",
  additionalProperties: false,
  properties: {
    version: {
      description: "Policy format version (1).",
      const: 1
    },
    failOn: {
      description: "Fail the scan on findings at or above this severity (default high). --fail-on on the command line wins.",
      enum: ["info", "low", "medium", "high", "critical"]
    },
    rules: {
      description: "Per-rule severity overrides; off removes the rule's findings (they stay listed as suppressed).",
      type: "object",
      propertyNames: {
        description: "a rule id such as pickle/dangerous-global",
        pattern: "^[a-z0-9-]+/[a-z0-9-]+$"
      },
      additionalProperties: { enum: ["off", "info", "low", "medium", "high", "critical"] }
    },
    formats: {
      description: "Artifact formats (kinds found by content, including kinds inside archives) allowed or denied.",
      type: "object",
      additionalProperties: false,
      properties: {
        allow: { $ref: "#/definitions/kindList" },
        deny: { $ref: "#/definitions/kindList" }
      }
    },
    pickle: {
      type: "object",
      additionalProperties: false,
      properties: {
        allow: {
          description: "Extra pickle globals to treat as safe, as exact module.name strings. A global on modelvet's denylist needs {global, force: true, reason}.",
          type: "array",
          items: {
            type: ["string", "object"],
            if: { type: "string" },
            then: { $ref: "#/definitions/globalName" },
            else: {
              type: "object",
              additionalProperties: false,
              required: ["global"],
              properties: {
                global: { $ref: "#/definitions/globalName" },
                force: { type: "boolean" },
                reason: { $ref: "#/definitions/reason" }
              }
            }
          }
        }
      }
    },
    verification: {
      type: "object",
      additionalProperties: false,
      properties: {
        require: {
          description: "What must verify for the scan to pass: none (default), signature, lock, or signature-or-lock.",
          enum: ["none", "signature", "lock", "signature-or-lock"]
        },
        signers: {
          description: "Allowed signers: a Sigstore identity with its issuer, a public key file, or a certificate chain (files relative to the policy file).",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              identity: { type: "string", minLength: 1 },
              issuer: { type: "string", minLength: 1 },
              key: { type: "string", minLength: 1 },
              certificateChain: {
                type: "array",
                minItems: 1,
                items: { type: "string", minLength: 1 }
              }
            },
            dependencies: { identity: ["issuer"], issuer: ["identity"] }
          }
        }
      }
    },
    sources: {
      description: "Allowed model sources, checked against every model reference modelvet reads (code, configs, commands, adapter base models, Modelfiles, Hugging Face cache folders, Ollama manifests), pinned or not: per hub, organisations (meta-llama), exact repositories (meta-llama/Llama-3.1-8B) or * for any. Once sources is set, a hub it does not list is not allowed (fail closed).",
      type: "object",
      additionalProperties: false,
      properties: {
        huggingface: { $ref: "#/definitions/sourceList" },
        github: { $ref: "#/definitions/sourceList" },
        ollama: { $ref: "#/definitions/sourceList" },
        kaggle: { $ref: "#/definitions/sourceList" },
        modelscope: { $ref: "#/definitions/sourceList" },
        url: { $ref: "#/definitions/hostList" }
      }
    },
    ignore: {
      description: "Ignore a rule for paths matching a glob (relative to the scanned folder), with a mandatory reason and an optional expiry date.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "path", "reason"],
        properties: {
          rule: {
            description: "a rule id, or group/* for every rule of a group",
            type: "string",
            pattern: "^[a-z0-9-]+/([a-z0-9-]+|\\*)$"
          },
          path: { type: "string", minLength: 1 },
          reason: { $ref: "#/definitions/reason" },
          expires: {
            description: "a date YYYY-MM-DD; the ignore applies through that day (UTC)",
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          }
        }
      }
    }
  },
  definitions: {
    kindList: {
      type: "array",
      uniqueItems: true,
      items: {
        description: "a kind such as safetensors, gguf, pickle, zip, numpy, onnx",
        type: "string",
        pattern: "^[a-z0-9][a-z0-9-]*$"
      }
    },
    globalName: {
      description: "an exact module.name such as collections.OrderedDict",
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$"
    },
    reason: {
      description: "a reason in words, not blank",
      type: "string",
      pattern: "\\S"
    },
    sourceList: {
      type: "array",
      uniqueItems: true,
      items: {
        description: "an organisation or owner, owner/name, or * for any",
        type: "string",
        pattern: "^(\\*|[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?)$"
      }
    },
    hostList: {
      type: "array",
      uniqueItems: true,
      items: {
        description: "a host name such as download.pytorch.org, or * for any",
        type: "string",
        pattern: "^(\\*|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$"
      }
    }
  }
};

// src/formats/pickle/allowlist.ts
var DERIVED_ALLOWLIST = [
  "_codecs.encode",
  // builtins
  "builtins.bytearray",
  // builtins
  "builtins.bytes",
  // numpy scalar
  "builtins.complex",
  // builtins
  "builtins.frozenset",
  // builtins
  "builtins.list",
  // collections
  "builtins.object",
  // sklearn ARDRegression
  "builtins.range",
  // builtins
  "builtins.set",
  // builtins
  "builtins.slice",
  // builtins
  "collections.OrderedDict",
  // collections
  "collections.defaultdict",
  // collections
  "copyreg._reconstructor",
  // sklearn ARDRegression
  "joblib.numpy_pickle.NumpyArrayWrapper",
  // sklearn ARDRegression
  "numpy.core._multiarray_umath.expm1",
  // sklearn TransformedTargetRegressor
  "numpy.core._multiarray_umath.log1p",
  // sklearn TransformedTargetRegressor
  "numpy.core.multiarray._reconstruct",
  // numpy RandomState
  "numpy.core.multiarray.scalar",
  // numpy scalar
  "numpy.core.numeric._frombuffer",
  // numpy RandomState
  "numpy.dtype",
  // numpy RandomState
  "numpy.float64",
  // sklearn ColumnTransformer
  "numpy.int64",
  // sklearn CountVectorizer
  "numpy.ma.core.MaskedArray",
  // numpy masked array
  "numpy.ma.core._mareconstruct",
  // numpy masked array
  "numpy.mean",
  // sklearn FeatureAgglomeration
  "numpy.ndarray",
  // numpy RandomState
  "numpy.random._pickle.__bit_generator_ctor",
  // numpy Generator
  "numpy.random._pickle.__generator_ctor",
  // numpy Generator
  "numpy.random._pickle.__randomstate_ctor",
  // numpy RandomState
  "scipy.interpolate._bsplines.BSpline",
  // sklearn SplineTransformer
  "scipy.sparse._csr.csr_matrix",
  // sklearn SpectralEmbedding
  "sklearn._loss._loss.CyHalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier
  "sklearn._loss._loss.CyHalfPoissonLoss",
  // sklearn PoissonRegressor
  "sklearn._loss._loss.CyHalfSquaredError",
  // sklearn HistGradientBoostingRegressor
  "sklearn._loss._loss.CyHalfTweedieLossIdentity",
  // sklearn TweedieRegressor
  "sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier
  "sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss",
  // sklearn PoissonRegressor
  "sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError",
  // sklearn HistGradientBoostingRegressor
  "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity",
  // sklearn TweedieRegressor
  "sklearn._loss.link.IdentityLink",
  // sklearn HistGradientBoostingRegressor
  "sklearn._loss.link.Interval",
  // sklearn HistGradientBoostingClassifier
  "sklearn._loss.link.LogLink",
  // sklearn PoissonRegressor
  "sklearn._loss.link.LogitLink",
  // sklearn HistGradientBoostingClassifier
  "sklearn._loss.loss.HalfBinomialLoss",
  // sklearn HistGradientBoostingClassifier
  "sklearn._loss.loss.HalfPoissonLoss",
  // sklearn PoissonRegressor
  "sklearn._loss.loss.HalfSquaredError",
  // sklearn HistGradientBoostingRegressor
  "sklearn._loss.loss.HalfTweedieLossIdentity",
  // sklearn TweedieRegressor
  "sklearn.calibration.CalibratedClassifierCV",
  // sklearn CalibratedClassifierCV
  "sklearn.calibration._CalibratedClassifier",
  // sklearn CalibratedClassifierCV
  "sklearn.calibration._SigmoidCalibration",
  // sklearn CalibratedClassifierCV
  "sklearn.cluster._affinity_propagation.AffinityPropagation",
  // sklearn AffinityPropagation
  "sklearn.cluster._agglomerative.AgglomerativeClustering",
  // sklearn AgglomerativeClustering
  "sklearn.cluster._agglomerative.FeatureAgglomeration",
  // sklearn FeatureAgglomeration
  "sklearn.cluster._bicluster.SpectralBiclustering",
  // sklearn SpectralBiclustering
  "sklearn.cluster._bicluster.SpectralCoclustering",
  // sklearn SpectralCoclustering
  "sklearn.cluster._birch.Birch",
  // sklearn Birch
  "sklearn.cluster._birch._CFNode",
  // sklearn Birch
  "sklearn.cluster._birch._CFSubcluster",
  // sklearn Birch
  "sklearn.cluster._bisect_k_means.BisectingKMeans",
  // sklearn BisectingKMeans
  "sklearn.cluster._bisect_k_means._BisectingTree",
  // sklearn BisectingKMeans
  "sklearn.cluster._dbscan.DBSCAN",
  // sklearn DBSCAN
  "sklearn.cluster._kmeans.KMeans",
  // sklearn KMeans
  "sklearn.cluster._kmeans.MiniBatchKMeans",
  // sklearn MiniBatchKMeans
  "sklearn.cluster._kmeans._kmeans_single_lloyd",
  // sklearn BisectingKMeans
  "sklearn.cluster._mean_shift.MeanShift",
  // sklearn MeanShift
  "sklearn.cluster._optics.OPTICS",
  // sklearn OPTICS
  "sklearn.cluster._spectral.SpectralClustering",
  // sklearn SpectralClustering
  "sklearn.compose._column_transformer.ColumnTransformer",
  // sklearn ColumnTransformer
  "sklearn.compose._target.TransformedTargetRegressor",
  // sklearn TransformedTargetRegressor
  "sklearn.covariance._elliptic_envelope.EllipticEnvelope",
  // sklearn EllipticEnvelope
  "sklearn.covariance._empirical_covariance.EmpiricalCovariance",
  // sklearn EmpiricalCovariance
  "sklearn.covariance._graph_lasso.GraphicalLasso",
  // sklearn GraphicalLasso
  "sklearn.covariance._graph_lasso.GraphicalLassoCV",
  // sklearn GraphicalLassoCV
  "sklearn.covariance._robust_covariance.MinCovDet",
  // sklearn MinCovDet
  "sklearn.covariance._shrunk_covariance.LedoitWolf",
  // sklearn LedoitWolf
  "sklearn.covariance._shrunk_covariance.OAS",
  // sklearn OAS
  "sklearn.covariance._shrunk_covariance.ShrunkCovariance",
  // sklearn ShrunkCovariance
  "sklearn.cross_decomposition._pls.PLSRegression",
  // sklearn PLSRegression
  "sklearn.decomposition._dict_learning.DictionaryLearning",
  // sklearn DictionaryLearning
  "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
  // sklearn MiniBatchDictionaryLearning
  "sklearn.decomposition._factor_analysis.FactorAnalysis",
  // sklearn FactorAnalysis
  "sklearn.decomposition._fastica.FastICA",
  // sklearn FastICA
  "sklearn.decomposition._incremental_pca.IncrementalPCA",
  // sklearn IncrementalPCA
  "sklearn.decomposition._kernel_pca.KernelPCA",
  // sklearn Isomap
  "sklearn.decomposition._lda.LatentDirichletAllocation",
  // sklearn LatentDirichletAllocation
  "sklearn.decomposition._nmf.MiniBatchNMF",
  // sklearn MiniBatchNMF
  "sklearn.decomposition._nmf.NMF",
  // sklearn NMF
  "sklearn.decomposition._pca.PCA",
  // sklearn PCA
  "sklearn.decomposition._sparse_pca.MiniBatchSparsePCA",
  // sklearn MiniBatchSparsePCA
  "sklearn.decomposition._sparse_pca.SparsePCA",
  // sklearn SparsePCA
  "sklearn.decomposition._truncated_svd.TruncatedSVD",
  // sklearn TruncatedSVD
  "sklearn.discriminant_analysis.LinearDiscriminantAnalysis",
  // sklearn LinearDiscriminantAnalysis
  "sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis",
  // sklearn QuadraticDiscriminantAnalysis
  "sklearn.dummy.DummyClassifier",
  // sklearn DummyClassifier
  "sklearn.dummy.DummyRegressor",
  // sklearn DummyRegressor
  "sklearn.ensemble._bagging.BaggingClassifier",
  // sklearn BaggingClassifier
  "sklearn.ensemble._bagging.BaggingRegressor",
  // sklearn BaggingRegressor
  "sklearn.ensemble._forest.ExtraTreesClassifier",
  // sklearn ExtraTreesClassifier
  "sklearn.ensemble._forest.ExtraTreesRegressor",
  // sklearn ExtraTreesRegressor
  "sklearn.ensemble._forest.RandomForestClassifier",
  // sklearn RandomForestClassifier
  "sklearn.ensemble._forest.RandomForestRegressor",
  // sklearn RandomForestRegressor
  "sklearn.ensemble._forest.RandomTreesEmbedding",
  // sklearn RandomTreesEmbedding
  "sklearn.ensemble._gb.GradientBoostingClassifier",
  // sklearn GradientBoostingClassifier
  "sklearn.ensemble._gb.GradientBoostingRegressor",
  // sklearn GradientBoostingRegressor
  "sklearn.ensemble._gb_losses.BinomialDeviance",
  // sklearn GradientBoostingClassifier
  "sklearn.ensemble._gb_losses.LeastSquaresError",
  // sklearn GradientBoostingRegressor
  "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
  // sklearn HistGradientBoostingClassifier
  "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
  // sklearn HistGradientBoostingClassifier
  "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
  // sklearn HistGradientBoostingRegressor
  "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
  // sklearn HistGradientBoostingClassifier
  "sklearn.ensemble._iforest.IsolationForest",
  // sklearn IsolationForest
  "sklearn.ensemble._stacking.StackingClassifier",
  // sklearn StackingClassifier
  "sklearn.ensemble._voting.VotingClassifier",
  // sklearn VotingClassifier
  "sklearn.ensemble._weight_boosting.AdaBoostClassifier",
  // sklearn AdaBoostClassifier
  "sklearn.ensemble._weight_boosting.AdaBoostRegressor",
  // sklearn AdaBoostRegressor
  "sklearn.feature_extraction._hash.FeatureHasher",
  // sklearn FeatureHasher
  "sklearn.feature_extraction.image.PatchExtractor",
  // sklearn PatchExtractor
  "sklearn.feature_extraction.text.CountVectorizer",
  // sklearn CountVectorizer
  "sklearn.feature_extraction.text.HashingVectorizer",
  // sklearn HashingVectorizer
  "sklearn.feature_extraction.text.TfidfTransformer",
  // sklearn TfidfTransformer
  "sklearn.feature_extraction.text.TfidfVectorizer",
  // sklearn TfidfVectorizer
  "sklearn.feature_selection._from_model.SelectFromModel",
  // sklearn SelectFromModel
  "sklearn.feature_selection._rfe.RFE",
  // sklearn RFE
  "sklearn.feature_selection._univariate_selection.GenericUnivariateSelect",
  // sklearn GenericUnivariateSelect
  "sklearn.feature_selection._univariate_selection.SelectFdr",
  // sklearn SelectFdr
  "sklearn.feature_selection._univariate_selection.SelectFpr",
  // sklearn SelectFpr
  "sklearn.feature_selection._univariate_selection.SelectFwe",
  // sklearn SelectFwe
  "sklearn.feature_selection._univariate_selection.SelectPercentile",
  // sklearn SelectPercentile
  "sklearn.feature_selection._univariate_selection.f_classif",
  // sklearn GenericUnivariateSelect
  "sklearn.feature_selection._variance_threshold.VarianceThreshold",
  // sklearn VarianceThreshold
  "sklearn.gaussian_process._gpc.GaussianProcessClassifier",
  // sklearn GaussianProcessClassifier
  "sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace",
  // sklearn GaussianProcessClassifier
  "sklearn.gaussian_process._gpr.GaussianProcessRegressor",
  // sklearn GaussianProcessRegressor
  "sklearn.gaussian_process.kernels.ConstantKernel",
  // sklearn GaussianProcessClassifier
  "sklearn.gaussian_process.kernels.Product",
  // sklearn GaussianProcessClassifier
  "sklearn.gaussian_process.kernels.RBF",
  // sklearn GaussianProcessClassifier
  "sklearn.impute._base.MissingIndicator",
  // sklearn MissingIndicator
  "sklearn.impute._base.SimpleImputer",
  // sklearn SimpleImputer
  "sklearn.impute._knn.KNNImputer",
  // sklearn KNNImputer
  "sklearn.kernel_approximation.AdditiveChi2Sampler",
  // sklearn AdditiveChi2Sampler
  "sklearn.kernel_approximation.Nystroem",
  // sklearn Nystroem
  "sklearn.kernel_approximation.PolynomialCountSketch",
  // sklearn PolynomialCountSketch
  "sklearn.kernel_approximation.RBFSampler",
  // sklearn RBFSampler
  "sklearn.kernel_approximation.SkewedChi2Sampler",
  // sklearn SkewedChi2Sampler
  "sklearn.kernel_ridge.KernelRidge",
  // sklearn KernelRidge
  "sklearn.linear_model._base.LinearRegression",
  // sklearn LinearRegression
  "sklearn.linear_model._bayes.ARDRegression",
  // sklearn ARDRegression
  "sklearn.linear_model._bayes.BayesianRidge",
  // sklearn BayesianRidge
  "sklearn.linear_model._coordinate_descent.ElasticNet",
  // sklearn ElasticNet
  "sklearn.linear_model._coordinate_descent.ElasticNetCV",
  // sklearn ElasticNetCV
  "sklearn.linear_model._coordinate_descent.Lasso",
  // sklearn Lasso
  "sklearn.linear_model._coordinate_descent.LassoCV",
  // sklearn LassoCV
  "sklearn.linear_model._glm.glm.PoissonRegressor",
  // sklearn PoissonRegressor
  "sklearn.linear_model._glm.glm.TweedieRegressor",
  // sklearn TweedieRegressor
  "sklearn.linear_model._huber.HuberRegressor",
  // sklearn HuberRegressor
  "sklearn.linear_model._least_angle.Lars",
  // sklearn Lars
  "sklearn.linear_model._least_angle.LarsCV",
  // sklearn LarsCV
  "sklearn.linear_model._least_angle.LassoLars",
  // sklearn LassoLars
  "sklearn.linear_model._least_angle.LassoLarsCV",
  // sklearn LassoLarsCV
  "sklearn.linear_model._least_angle.LassoLarsIC",
  // sklearn LassoLarsIC
  "sklearn.linear_model._logistic.LogisticRegression",
  // sklearn ColumnTransformer
  "sklearn.linear_model._logistic.LogisticRegressionCV",
  // sklearn LogisticRegressionCV
  "sklearn.linear_model._omp.OrthogonalMatchingPursuit",
  // sklearn OrthogonalMatchingPursuit
  "sklearn.linear_model._omp.OrthogonalMatchingPursuitCV",
  // sklearn OrthogonalMatchingPursuitCV
  "sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier",
  // sklearn PassiveAggressiveClassifier
  "sklearn.linear_model._passive_aggressive.PassiveAggressiveRegressor",
  // sklearn PassiveAggressiveRegressor
  "sklearn.linear_model._perceptron.Perceptron",
  // sklearn Perceptron
  "sklearn.linear_model._quantile.QuantileRegressor",
  // sklearn QuantileRegressor
  "sklearn.linear_model._ransac.RANSACRegressor",
  // sklearn RANSACRegressor
  "sklearn.linear_model._ridge.Ridge",
  // sklearn Ridge
  "sklearn.linear_model._ridge.RidgeCV",
  // sklearn RidgeCV
  "sklearn.linear_model._ridge.RidgeClassifier",
  // sklearn RidgeClassifier
  "sklearn.linear_model._ridge.RidgeClassifierCV",
  // sklearn RidgeClassifierCV
  "sklearn.linear_model._sgd_fast.Hinge",
  // sklearn PassiveAggressiveClassifier
  "sklearn.linear_model._stochastic_gradient.SGDClassifier",
  // sklearn SGDClassifier
  "sklearn.linear_model._stochastic_gradient.SGDOneClassSVM",
  // sklearn SGDOneClassSVM
  "sklearn.linear_model._stochastic_gradient.SGDRegressor",
  // sklearn SGDRegressor
  "sklearn.linear_model._theil_sen.TheilSenRegressor",
  // sklearn TheilSenRegressor
  "sklearn.manifold._isomap.Isomap",
  // sklearn Isomap
  "sklearn.manifold._locally_linear.LocallyLinearEmbedding",
  // sklearn LocallyLinearEmbedding
  "sklearn.manifold._mds.MDS",
  // sklearn MDS
  "sklearn.manifold._spectral_embedding.SpectralEmbedding",
  // sklearn SpectralEmbedding
  "sklearn.manifold._t_sne.TSNE",
  // sklearn TSNE
  "sklearn.metrics._dist_metrics.EuclideanDistance",
  // sklearn Isomap
  "sklearn.metrics._dist_metrics.newObj",
  // sklearn Isomap
  "sklearn.mixture._bayesian_mixture.BayesianGaussianMixture",
  // sklearn BayesianGaussianMixture
  "sklearn.mixture._gaussian_mixture.GaussianMixture",
  // sklearn GaussianMixture
  "sklearn.model_selection._search.GridSearchCV",
  // sklearn GridSearchCV
  "sklearn.model_selection._search.RandomizedSearchCV",
  // sklearn RandomizedSearchCV
  "sklearn.multiclass.OneVsRestClassifier",
  // sklearn OneVsRestClassifier
  "sklearn.multioutput.MultiOutputClassifier",
  // sklearn MultiOutputClassifier
  "sklearn.naive_bayes.BernoulliNB",
  // sklearn BernoulliNB
  "sklearn.naive_bayes.CategoricalNB",
  // sklearn CategoricalNB
  "sklearn.naive_bayes.ComplementNB",
  // sklearn ComplementNB
  "sklearn.naive_bayes.GaussianNB",
  // sklearn GaussianNB
  "sklearn.naive_bayes.MultinomialNB",
  // sklearn MultinomialNB
  "sklearn.neighbors._classification.KNeighborsClassifier",
  // sklearn KNeighborsClassifier
  "sklearn.neighbors._classification.RadiusNeighborsClassifier",
  // sklearn RadiusNeighborsClassifier
  "sklearn.neighbors._graph.KNeighborsTransformer",
  // sklearn KNeighborsTransformer
  "sklearn.neighbors._graph.RadiusNeighborsTransformer",
  // sklearn RadiusNeighborsTransformer
  "sklearn.neighbors._kd_tree.KDTree",
  // sklearn Isomap
  "sklearn.neighbors._kd_tree.newObj",
  // sklearn Isomap
  "sklearn.neighbors._kde.KernelDensity",
  // sklearn KernelDensity
  "sklearn.neighbors._lof.LocalOutlierFactor",
  // sklearn LocalOutlierFactor
  "sklearn.neighbors._nca.NeighborhoodComponentsAnalysis",
  // sklearn NeighborhoodComponentsAnalysis
  "sklearn.neighbors._nearest_centroid.NearestCentroid",
  // sklearn NearestCentroid
  "sklearn.neighbors._regression.KNeighborsRegressor",
  // sklearn KNeighborsRegressor
  "sklearn.neighbors._regression.RadiusNeighborsRegressor",
  // sklearn RadiusNeighborsRegressor
  "sklearn.neighbors._unsupervised.NearestNeighbors",
  // sklearn Isomap
  "sklearn.neural_network._multilayer_perceptron.MLPClassifier",
  // sklearn MLPClassifier
  "sklearn.neural_network._multilayer_perceptron.MLPRegressor",
  // sklearn MLPRegressor
  "sklearn.neural_network._rbm.BernoulliRBM",
  // sklearn BernoulliRBM
  "sklearn.neural_network._stochastic_optimizers.AdamOptimizer",
  // sklearn MLPClassifier
  "sklearn.pipeline.FeatureUnion",
  // sklearn FeatureUnion
  "sklearn.pipeline.Pipeline",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._data.Binarizer",
  // sklearn Binarizer
  "sklearn.preprocessing._data.KernelCenterer",
  // sklearn Isomap
  "sklearn.preprocessing._data.MaxAbsScaler",
  // sklearn MaxAbsScaler
  "sklearn.preprocessing._data.MinMaxScaler",
  // sklearn MinMaxScaler
  "sklearn.preprocessing._data.Normalizer",
  // sklearn Normalizer
  "sklearn.preprocessing._data.PowerTransformer",
  // sklearn PowerTransformer
  "sklearn.preprocessing._data.QuantileTransformer",
  // sklearn QuantileTransformer
  "sklearn.preprocessing._data.RobustScaler",
  // sklearn RobustScaler
  "sklearn.preprocessing._data.StandardScaler",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._discretization.KBinsDiscretizer",
  // sklearn KBinsDiscretizer
  "sklearn.preprocessing._encoders.OneHotEncoder",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._encoders.OrdinalEncoder",
  // sklearn OrdinalEncoder
  "sklearn.preprocessing._function_transformer.FunctionTransformer",
  // sklearn ColumnTransformer
  "sklearn.preprocessing._label.LabelBinarizer",
  // sklearn MLPClassifier
  "sklearn.preprocessing._label.LabelEncoder",
  // sklearn LabelEncoder
  "sklearn.preprocessing._label.MultiLabelBinarizer",
  // sklearn MultiLabelBinarizer
  "sklearn.preprocessing._polynomial.PolynomialFeatures",
  // sklearn PolynomialFeatures
  "sklearn.preprocessing._polynomial.SplineTransformer",
  // sklearn SplineTransformer
  "sklearn.semi_supervised._label_propagation.LabelPropagation",
  // sklearn LabelPropagation
  "sklearn.semi_supervised._label_propagation.LabelSpreading",
  // sklearn LabelSpreading
  "sklearn.svm._classes.LinearSVC",
  // sklearn CalibratedClassifierCV
  "sklearn.svm._classes.LinearSVR",
  // sklearn LinearSVR
  "sklearn.svm._classes.NuSVC",
  // sklearn NuSVC
  "sklearn.svm._classes.NuSVR",
  // sklearn NuSVR
  "sklearn.svm._classes.OneClassSVM",
  // sklearn OneClassSVM
  "sklearn.svm._classes.SVC",
  // sklearn SVC
  "sklearn.svm._classes.SVR",
  // sklearn SVR
  "sklearn.tree._classes.DecisionTreeClassifier",
  // sklearn AdaBoostClassifier
  "sklearn.tree._classes.DecisionTreeRegressor",
  // sklearn AdaBoostRegressor
  "sklearn.tree._classes.ExtraTreeClassifier",
  // sklearn ExtraTreeClassifier
  "sklearn.tree._classes.ExtraTreeRegressor",
  // sklearn ExtraTreeRegressor
  "sklearn.tree._tree.Tree",
  // sklearn AdaBoostClassifier
  "sklearn.utils._bunch.Bunch",
  // sklearn StackingClassifier
  "torch.BFloat16Storage",
  // torch tensors
  "torch.BoolStorage",
  // torch tensors
  "torch.ByteStorage",
  // torch misc
  "torch.CharStorage",
  // torch tensors
  "torch.ComplexDoubleStorage",
  // torch tensors
  "torch.ComplexFloatStorage",
  // torch tensors
  "torch.DoubleStorage",
  // torch tensors
  "torch.FloatStorage",
  // torch misc
  "torch.HalfStorage",
  // torch tensors
  "torch.IntStorage",
  // torch tensors
  "torch.LongStorage",
  // torch misc
  "torch.QUInt8Storage",
  // torch quantized
  "torch.ShortStorage",
  // torch tensors
  "torch.Size",
  // torch misc
  "torch._utils._rebuild_parameter",
  // torch module
  "torch._utils._rebuild_qtensor",
  // torch quantized
  "torch._utils._rebuild_sparse_csr_tensor",
  // torch misc
  "torch._utils._rebuild_sparse_tensor",
  // torch misc
  "torch._utils._rebuild_tensor_v2",
  // torch misc
  "torch.bfloat16",
  // torch dtype/device
  "torch.bool",
  // torch dtype/device
  "torch.complex128",
  // torch dtype/device
  "torch.complex64",
  // torch dtype/device
  "torch.device",
  // torch dtype/device
  "torch.float16",
  // torch dtype/device
  "torch.float32",
  // torch dtype/device
  "torch.float64",
  // torch dtype/device
  "torch.int16",
  // torch dtype/device
  "torch.int32",
  // torch dtype/device
  "torch.int64",
  // torch dtype/device
  "torch.int8",
  // torch dtype/device
  "torch.jit._pickle.build_boollist",
  // torchscript data.pkl
  "torch.jit._pickle.build_doublelist",
  // torchscript data.pkl
  "torch.jit._pickle.build_intlist",
  // torchscript code/__torch__.py.debug_pkl
  "torch.jit._pickle.restore_type_tag",
  // torchscript data.pkl
  "torch.nn.functional.relu",
  // torch module
  "torch.nn.modules.activation.GELU",
  // torch module
  "torch.nn.modules.activation.MultiheadAttention",
  // torch module
  "torch.nn.modules.activation.ReLU",
  // torch module
  "torch.nn.modules.activation.Sigmoid",
  // torch module
  "torch.nn.modules.activation.Softmax",
  // torch module
  "torch.nn.modules.activation.Tanh",
  // torch module
  "torch.nn.modules.batchnorm.BatchNorm1d",
  // torch module
  "torch.nn.modules.batchnorm.BatchNorm2d",
  // torch module
  "torch.nn.modules.container.ModuleDict",
  // torch module
  "torch.nn.modules.container.ModuleList",
  // torch module
  "torch.nn.modules.container.Sequential",
  // torch module
  "torch.nn.modules.conv.Conv1d",
  // torch module
  "torch.nn.modules.conv.Conv2d",
  // torch module
  "torch.nn.modules.dropout.Dropout",
  // torch module
  "torch.nn.modules.flatten.Flatten",
  // torch module
  "torch.nn.modules.linear.Identity",
  // torch module
  "torch.nn.modules.linear.Linear",
  // torch module
  "torch.nn.modules.linear.NonDynamicallyQuantizableLinear",
  // torch module
  "torch.nn.modules.normalization.LayerNorm",
  // torch module
  "torch.nn.modules.pooling.AvgPool2d",
  // torch module
  "torch.nn.modules.pooling.MaxPool2d",
  // torch module
  "torch.nn.modules.rnn.GRU",
  // torch module
  "torch.nn.modules.rnn.LSTM",
  // torch module
  "torch.nn.modules.sparse.Embedding",
  // torch module
  "torch.nn.modules.transformer.TransformerEncoderLayer",
  // torch module
  "torch.per_tensor_affine",
  // torch quantized
  "torch.qint32",
  // torch dtype/device
  "torch.qint8",
  // torch dtype/device
  "torch.quint8",
  // torch dtype/device
  "torch.serialization._get_layout",
  // torch misc
  "torch.torch_version.TorchVersion",
  // torch misc
  "torch.uint8"
  // torch dtype/device
];

// src/formats/pickle/compat-names.ts
var IMPORT_MAPPING = /* @__PURE__ */ new Map([
  ["BaseHTTPServer", "http.server"],
  ["CGIHTTPServer", "http.server"],
  ["ConfigParser", "configparser"],
  ["Cookie", "http.cookies"],
  ["Dialog", "tkinter.dialog"],
  ["DocXMLRPCServer", "xmlrpc.server"],
  ["FileDialog", "tkinter.filedialog"],
  ["HTMLParser", "html.parser"],
  ["Queue", "queue"],
  ["ScrolledText", "tkinter.scrolledtext"],
  ["SimpleDialog", "tkinter.simpledialog"],
  ["SimpleHTTPServer", "http.server"],
  ["SimpleXMLRPCServer", "xmlrpc.server"],
  ["SocketServer", "socketserver"],
  ["StringIO", "io"],
  ["Tix", "tkinter.tix"],
  ["Tkconstants", "tkinter.constants"],
  ["Tkdnd", "tkinter.dnd"],
  ["Tkinter", "tkinter"],
  ["UserDict", "collections"],
  ["UserList", "collections"],
  ["UserString", "collections"],
  ["__builtin__", "builtins"],
  ["_abcoll", "collections.abc"],
  ["_elementtree", "xml.etree.ElementTree"],
  ["_winreg", "winreg"],
  ["anydbm", "dbm"],
  ["cPickle", "pickle"],
  ["cStringIO", "io"],
  ["commands", "subprocess"],
  ["cookielib", "http.cookiejar"],
  ["copy_reg", "copyreg"],
  ["dbhash", "dbm.bsd"],
  ["dbm", "dbm.ndbm"],
  ["dumbdbm", "dbm.dumb"],
  ["dummy_thread", "_dummy_thread"],
  ["gdbm", "dbm.gnu"],
  ["htmlentitydefs", "html.entities"],
  ["httplib", "http.client"],
  ["markupbase", "_markupbase"],
  ["repr", "reprlib"],
  ["robotparser", "urllib.robotparser"],
  ["test.test_support", "test.support"],
  ["thread", "_thread"],
  ["tkColorChooser", "tkinter.colorchooser"],
  ["tkCommonDialog", "tkinter.commondialog"],
  ["tkFileDialog", "tkinter.filedialog"],
  ["tkFont", "tkinter.font"],
  ["tkMessageBox", "tkinter.messagebox"],
  ["tkSimpleDialog", "tkinter.simpledialog"],
  ["ttk", "tkinter.ttk"],
  ["urllib2", "urllib.request"],
  ["urlparse", "urllib.parse"],
  ["whichdb", "dbm"],
  ["xmlrpclib", "xmlrpc.client"]
]);
var NAME_ROWS = [
  ["UserDict", "IterableUserDict", "collections", "UserDict"],
  ["UserDict", "UserDict", "collections", "UserDict"],
  ["UserList", "UserList", "collections", "UserList"],
  ["UserString", "UserString", "collections", "UserString"],
  ["__builtin__", "basestring", "builtins", "str"],
  ["__builtin__", "intern", "sys", "intern"],
  ["__builtin__", "long", "builtins", "int"],
  ["__builtin__", "reduce", "functools", "reduce"],
  ["__builtin__", "unichr", "builtins", "chr"],
  ["__builtin__", "unicode", "builtins", "str"],
  ["__builtin__", "xrange", "builtins", "range"],
  ["_multiprocessing", "Connection", "multiprocessing.connection", "Connection"],
  ["_socket", "fromfd", "socket", "fromfd"],
  ["exceptions", "ArithmeticError", "builtins", "ArithmeticError"],
  ["exceptions", "AssertionError", "builtins", "AssertionError"],
  ["exceptions", "AttributeError", "builtins", "AttributeError"],
  ["exceptions", "BaseException", "builtins", "BaseException"],
  ["exceptions", "BufferError", "builtins", "BufferError"],
  ["exceptions", "BytesWarning", "builtins", "BytesWarning"],
  ["exceptions", "DeprecationWarning", "builtins", "DeprecationWarning"],
  ["exceptions", "EOFError", "builtins", "EOFError"],
  ["exceptions", "EnvironmentError", "builtins", "EnvironmentError"],
  ["exceptions", "Exception", "builtins", "Exception"],
  ["exceptions", "FloatingPointError", "builtins", "FloatingPointError"],
  ["exceptions", "FutureWarning", "builtins", "FutureWarning"],
  ["exceptions", "GeneratorExit", "builtins", "GeneratorExit"],
  ["exceptions", "IOError", "builtins", "IOError"],
  ["exceptions", "ImportError", "builtins", "ImportError"],
  ["exceptions", "ImportWarning", "builtins", "ImportWarning"],
  ["exceptions", "IndentationError", "builtins", "IndentationError"],
  ["exceptions", "IndexError", "builtins", "IndexError"],
  ["exceptions", "KeyError", "builtins", "KeyError"],
  ["exceptions", "KeyboardInterrupt", "builtins", "KeyboardInterrupt"],
  ["exceptions", "LookupError", "builtins", "LookupError"],
  ["exceptions", "MemoryError", "builtins", "MemoryError"],
  ["exceptions", "NameError", "builtins", "NameError"],
  ["exceptions", "NotImplementedError", "builtins", "NotImplementedError"],
  ["exceptions", "OSError", "builtins", "OSError"],
  ["exceptions", "OverflowError", "builtins", "OverflowError"],
  ["exceptions", "PendingDeprecationWarning", "builtins", "PendingDeprecationWarning"],
  ["exceptions", "ReferenceError", "builtins", "ReferenceError"],
  ["exceptions", "RuntimeError", "builtins", "RuntimeError"],
  ["exceptions", "RuntimeWarning", "builtins", "RuntimeWarning"],
  ["exceptions", "StandardError", "builtins", "Exception"],
  ["exceptions", "StopIteration", "builtins", "StopIteration"],
  ["exceptions", "SyntaxError", "builtins", "SyntaxError"],
  ["exceptions", "SyntaxWarning", "builtins", "SyntaxWarning"],
  ["exceptions", "SystemError", "builtins", "SystemError"],
  ["exceptions", "SystemExit", "builtins", "SystemExit"],
  ["exceptions", "TabError", "builtins", "TabError"],
  ["exceptions", "TypeError", "builtins", "TypeError"],
  ["exceptions", "UnboundLocalError", "builtins", "UnboundLocalError"],
  ["exceptions", "UnicodeDecodeError", "builtins", "UnicodeDecodeError"],
  ["exceptions", "UnicodeEncodeError", "builtins", "UnicodeEncodeError"],
  ["exceptions", "UnicodeError", "builtins", "UnicodeError"],
  ["exceptions", "UnicodeTranslateError", "builtins", "UnicodeTranslateError"],
  ["exceptions", "UnicodeWarning", "builtins", "UnicodeWarning"],
  ["exceptions", "UserWarning", "builtins", "UserWarning"],
  ["exceptions", "ValueError", "builtins", "ValueError"],
  ["exceptions", "Warning", "builtins", "Warning"],
  ["exceptions", "ZeroDivisionError", "builtins", "ZeroDivisionError"],
  ["itertools", "ifilter", "builtins", "filter"],
  ["itertools", "ifilterfalse", "itertools", "filterfalse"],
  ["itertools", "imap", "builtins", "map"],
  ["itertools", "izip", "builtins", "zip"],
  ["itertools", "izip_longest", "itertools", "zip_longest"],
  ["multiprocessing", "AuthenticationError", "multiprocessing.context", "AuthenticationError"],
  ["multiprocessing", "BufferTooShort", "multiprocessing.context", "BufferTooShort"],
  ["multiprocessing", "ProcessError", "multiprocessing.context", "ProcessError"],
  ["multiprocessing", "TimeoutError", "multiprocessing.context", "TimeoutError"],
  ["multiprocessing.forking", "Popen", "multiprocessing.popen_fork", "Popen"],
  ["multiprocessing.process", "Process", "multiprocessing.context", "Process"],
  ["socket", "_socketobject", "socket", "SocketType"],
  ["urllib", "ContentTooShortError", "urllib.error", "ContentTooShortError"],
  ["urllib", "getproxies", "urllib.request", "getproxies"],
  ["urllib", "pathname2url", "urllib.request", "pathname2url"],
  ["urllib", "quote", "urllib.parse", "quote"],
  ["urllib", "quote_plus", "urllib.parse", "quote_plus"],
  ["urllib", "unquote", "urllib.parse", "unquote"],
  ["urllib", "unquote_plus", "urllib.parse", "unquote_plus"],
  ["urllib", "url2pathname", "urllib.request", "url2pathname"],
  ["urllib", "urlcleanup", "urllib.request", "urlcleanup"],
  ["urllib", "urlencode", "urllib.parse", "urlencode"],
  ["urllib", "urlopen", "urllib.request", "urlopen"],
  ["urllib", "urlretrieve", "urllib.request", "urlretrieve"],
  ["urllib2", "HTTPError", "urllib.error", "HTTPError"],
  ["urllib2", "URLError", "urllib.error", "URLError"],
  ["whichdb", "whichdb", "dbm", "whichdb"]
];
var NAME_MAPPING = new Map(
  NAME_ROWS.map(([m, n, tm, tn]) => [`${m}\0${n}`, [tm, tn]])
);

// src/formats/pickle/gadgets.ts
var DATAPIPE_WRAPPER = "torch/utils/data/datapipes/datapipe.py: __setstate__ runs pickle.loads or dill.loads on the state";
var GADGETS = [
  "torch.utils.data.datapipes.datapipe._DataPipeSerializationWrapper",
  "torch.utils.data.datapipes.datapipe._IterDataPipeSerializationWrapper",
  "torch.utils.data.datapipes.datapipe._MapDataPipeSerializationWrapper"
].map((key) => ({
  key,
  category: "nested-loader",
  reason: `unpickles a second, unscanned pickle from its state (${DATAPIPE_WRAPPER})`,
  source: DATAPIPE_WRAPPER
}));

// src/formats/pickle/denylist.ts
var REASONS = {
  "code-execution": "runs or compiles arbitrary Python code",
  process: "starts processes or controls the interpreter",
  filesystem: "reads, writes or deletes files",
  network: "opens network connections",
  resolver: "reaches any other function by name, hiding what is really called",
  "nested-loader": "loads another serialized object (a second, unscanned pickle or model)",
  importer: "imports modules or loads native code",
  "extension-registry": "edits the copyreg extension registry that EXT opcodes read",
  "scanner-evasion": "tampers with model scanners",
  "side-effect": "has side effects no model needs (signals, exit hooks, threads, terminal, debugger)"
};
var GROUPS = {
  "code-execution": [
    "builtins.eval",
    "builtins.exec",
    "builtins.execfile",
    "builtins.compile",
    "builtins.breakpoint",
    "builtins.apply",
    "builtins.__build_class__",
    "code",
    "codeop",
    "compileall",
    "py_compile",
    "runpy",
    "types.CodeType",
    "types.FunctionType",
    "types.MethodType",
    "types.LambdaType",
    "types.ModuleType",
    "cloudpickle",
    "dill",
    "timeit",
    "cProfile",
    "profile",
    "trace",
    "doctest",
    "pdb",
    "bdb",
    "idlelib",
    "lib2to3",
    "pydoc",
    "test",
    "unittest",
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
    "numpy.core._internal",
    "numpy._core._internal",
    "pandas.eval",
    "pandas.core.computation",
    "torch._dynamo",
    "torch._inductor",
    "torch.compile",
    "torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression",
    "torch.jit.unsupported_tensor_ops",
    "torch.jit.annotations",
    "torch.jit.frontend",
    "torch.utils._config_module",
    "torch.utils.bottleneck",
    "torch.utils.collect_env",
    "torch.utils.cpp_extension",
    "torch.utils.data.datapipes.utils.decoder",
    "torch.ops",
    "yaml.load",
    "yaml.unsafe_load",
    "yaml.full_load",
    "yaml.load_all",
    "yaml.unsafe_load_all",
    "jsonpickle",
    "jinja2"
  ],
  process: [
    "os",
    "posix",
    "nt",
    "subprocess",
    "_posixsubprocess",
    "pty",
    "pexpect",
    "commands",
    "popen2",
    "platform.popen",
    "platform.system",
    "sys",
    "multiprocessing",
    "concurrent",
    "asyncio",
    "_osx_support",
    "_aix_support",
    "_pyrepl",
    "uuid._get_command_stdout",
    "uuid._popen",
    "imaplib.IMAP4_stream",
    "pipes",
    "ensurepip",
    "pip",
    "venv",
    "site",
    "distutils",
    "setuptools",
    "webbrowser",
    "pydoc.pipepager"
  ],
  filesystem: [
    "builtins.open",
    "builtins.file",
    "io.open",
    "io.open_code",
    "io.FileIO",
    "_io",
    "pathlib",
    "posixpath",
    "ntpath",
    "shutil",
    "tempfile",
    "glob",
    "fileinput",
    "filecmp",
    "linecache",
    "zipfile",
    "tarfile",
    "gzip.open",
    "gzip.GzipFile",
    "bz2.open",
    "bz2.BZ2File",
    "lzma.open",
    "lzma.LZMAFile",
    "dbm",
    "shelve",
    "sqlite3",
    "_sqlite3",
    "mmap",
    "logging",
    "numpy.fromfile",
    "numpy.tofile",
    "numpy.memmap",
    "numpy.savetxt",
    "numpy.save",
    "numpy.savez",
    "numpy.loadtxt",
    "numpy.genfromtxt",
    "numpy.lib.npyio",
    "numpy.ctypeslib",
    "xml.dom.minidom.parse",
    "xml.etree.ElementTree.parse",
    "xml.sax",
    "pandas.io",
    "pandas.read_csv",
    "pandas.read_json",
    "pandas.read_html",
    "pandas.read_excel",
    "pandas.read_sql",
    "pandas.read_parquet",
    "pandas.read_hdf"
  ],
  network: [
    "socket",
    "_socket",
    "ssl",
    "_ssl",
    "socketserver",
    "http",
    "httplib",
    "urllib",
    "urllib2",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "wsgiref",
    "select",
    "selectors",
    "torch.distributed.rpc",
    "torch.distributed.elastic",
    "huggingface_hub",
    "transformers.AutoModel"
  ],
  resolver: [
    "builtins.getattr",
    "builtins.setattr",
    "builtins.delattr",
    "builtins.globals",
    "builtins.locals",
    "builtins.vars",
    "builtins.dir",
    "builtins.__import__",
    "builtins.reload",
    "operator",
    "_operator",
    "functools",
    "itertools.starmap",
    "inspect",
    "pkgutil",
    "importlib",
    "gc",
    "weakref",
    "ctypes",
    "_ctypes",
    "cffi"
  ],
  "nested-loader": [
    "pickle",
    "_pickle",
    "cPickle",
    "pickletools",
    "marshal",
    "torch.load",
    "torch.serialization.load",
    "torch.serialization._load",
    "torch.serialization._legacy_load",
    "torch.storage._load_from_bytes",
    "torch.hub",
    "torch.package",
    "torch.jit.load",
    "torch.jit._serialization",
    "torch.jit._load_for_lite_interpreter",
    "numpy.load",
    "numpy.lib.format.read_array",
    "joblib.load",
    "joblib.numpy_pickle.load",
    "joblib.numpy_pickle.NumpyUnpickler",
    "joblib.numpy_pickle_compat",
    "joblib.externals",
    "joblib.Parallel",
    "joblib.parallel",
    "pandas.read_pickle",
    "keras.models.load_model",
    "keras.saving.load_model",
    "tensorflow.keras.models.load_model",
    "tf_keras.models.load_model",
    "tensorflow.saved_model.load",
    "skops.io.load"
  ],
  importer: ["imp", "_imp", "_frozen_importlib", "_frozen_importlib_external", "zipimport"],
  "extension-registry": [
    "copyreg.add_extension",
    "copyreg.remove_extension",
    "copyreg.clear_extension_cache",
    "copyreg._extension_registry",
    "copyreg._inverted_registry",
    "copyreg._extension_cache",
    "copyreg.dispatch_table",
    "copyreg.pickle",
    "copyreg.constructor"
  ],
  "scanner-evasion": ["fickling", "picklescan", "modelscan", "modelaudit", "model_unpickler", "saferpickle"],
  "side-effect": [
    "atexit",
    "signal",
    "_signal",
    "threading",
    "_thread",
    "_interpreters",
    "_xxsubinterpreters",
    "resource",
    "syslog",
    "getpass",
    "pwd",
    "grp",
    "spwd",
    "crypt",
    "fcntl",
    "termios",
    "tty",
    "curses",
    "readline",
    "rlcompleter",
    "winreg",
    "_winreg",
    "builtins.input",
    "builtins.exit",
    "builtins.quit",
    "builtins.help",
    "builtins.copyright",
    "builtins.credits",
    "builtins.license"
  ]
};
function buildDenylist(groups, generated) {
  const table = /* @__PURE__ */ new Map();
  for (const [category, keys] of Object.entries(groups))
    for (const key of keys) table.set(key, { key, category, reason: REASONS[category] });
  for (const g of generated)
    if (!table.has(g.key)) table.set(g.key, { key: g.key, category: g.category, reason: g.reason });
  return table;
}
var DENYLIST = buildDenylist(GROUPS, GADGETS);
var DANGEROUS_ATTRIBUTES = /* @__PURE__ */ new Set([
  "system",
  "popen",
  "popen2",
  "popen3",
  "popen4",
  "eval",
  "exec",
  "execfile",
  "__import__",
  "import_module",
  "load_module",
  "exec_module",
  "run_path",
  "run_module",
  "check_output",
  "check_call",
  "getoutput",
  "getstatusoutput",
  "spawnl",
  "spawnle",
  "spawnlp",
  "spawnlpe",
  "spawnv",
  "spawnve",
  "spawnvp",
  "spawnvpe",
  "execl",
  "execle",
  "execlp",
  "execlpe",
  "execv",
  "execve",
  "execvp",
  "execvpe",
  "resolve_name",
  "getattr_static",
  "attrgetter",
  "methodcaller"
]);

// src/formats/pickle/torchscript.ts
var NATIVE = /* @__PURE__ */ new Set([
  "__main__.TensorID",
  "__main__.IntList",
  "torch.jit._pickle.build_tensor_from_id",
  "torch.jit._pickle.restore_type_tag",
  "torch.jit._pickle.build_intlist",
  "torch.jit._pickle.build_tensorlist",
  "torch.jit._pickle.build_doublelist",
  "torch.jit._pickle.build_boollist",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_qtensor",
  "torch._utils._rebuild_sparse_tensor",
  "torch._tensor._rebuild_from_type_v2",
  "builtins.complex",
  "collections.OrderedDict",
  "torch.device"
]);
function isTorchScriptNative(module, name) {
  if (module === "torch" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return true;
  return NATIVE.has(`${module}.${name}`);
}

// src/formats/pickle/globals.ts
function withNumpy2Spellings(names) {
  return names.flatMap((n) => n.startsWith("numpy.core.") ? [n, `numpy._core.${n.slice(11)}`] : [n]);
}
var ALLOW = new Set(withNumpy2Spellings(DERIVED_ALLOWLIST));
var TORCHSCRIPT_NAMESPACE = "__torch__";
var LEGIT_DUNDERS = /* @__PURE__ */ new Set(["__newobj__", "__newobj_ex__", "__main__"]);
var RANK = { allowed: 0, unknown: 1, dangerous: 2 };
function denyPrefix(parts) {
  let path = "";
  for (const p of parts) {
    path = path ? `${path}.${p}` : p;
    const hit = DENYLIST.get(path);
    if (hit) return hit;
  }
  return null;
}
function loaderName(module, name, protocol) {
  if (protocol !== void 0 && protocol >= 3) return [module, name];
  const pair = NAME_MAPPING.get(`${module}\0${name}`);
  if (pair) return [pair[0], pair[1]];
  return [IMPORT_MAPPING.get(module) ?? module, name];
}
function splitGlobal(module, name) {
  return [...module.split("."), ...name.split(".")].filter((p) => p.length > 0);
}
function classifyGlobal(module, name, extraAllow, opts = {}) {
  const [m, n] = loaderName(module, name, opts.protocol);
  let result = classifyOne(m, n, extraAllow);
  if (m !== module || n !== name) {
    if (result.verdict === "dangerous")
      result = { ...result, reason: `is ${m}.${n} for the unpickler; ${result.reason}` };
  }
  const nul = m.indexOf("\0");
  if (nul >= 0) {
    const cut = classifyOne(m.slice(0, nul), n, extraAllow);
    if (RANK[cut.verdict] > RANK[result.verdict])
      result = {
        ...cut,
        reason: `the module name stops at a NUL byte for the importer (${m.slice(0, nul)}); ${cut.reason ?? ""}`
      };
  }
  if (opts.loader === "torchscript" && result.verdict === "unknown" && isTorchScriptNative(module, name))
    return { verdict: "allowed" };
  return result;
}
function classifyOne(module, name, extraAllow) {
  const moduleParts = module.split(".").filter((p) => p.length > 0);
  const parts = splitGlobal(module, name);
  const full = `${module}.${name}`;
  if (parts.length === 0) return { verdict: "dangerous", reason: "empty global name", category: "resolver" };
  const direct = denyPrefix(parts);
  if (direct)
    return { verdict: "dangerous", reason: direct.reason, category: direct.category, matched: direct.key };
  const dunder = dunderIn(parts);
  if (dunder) return dunder;
  if (parts[0] === TORCHSCRIPT_NAMESPACE && parts.length > 1) return { verdict: "allowed" };
  if (ALLOW.has(full) || extraAllow?.has(full) === true) return { verdict: "allowed" };
  return reRooted(parts, aliasStart(moduleParts)) ?? attributeIn(parts) ?? { verdict: "unknown" };
}
function dunderIn(parts) {
  const from = parts[0] === TORCHSCRIPT_NAMESPACE ? 1 : 0;
  for (const p of parts.slice(from)) {
    if (/^__\w+__$/.test(p) && !LEGIT_DUNDERS.has(p)) {
      return {
        verdict: "dangerous",
        reason: `walks the dunder attribute ${p}, which reaches interpreter internals (builtins, globals, classes)`,
        category: "dunder",
        matched: p
      };
    }
  }
  return null;
}
function aliasStart(moduleParts) {
  const moves = moduleParts.indexOf("moves");
  return moves >= 0 && moves < moduleParts.length - 1 ? moves + 1 : Math.max(1, moduleParts.length);
}
function reRooted(parts, from) {
  for (let k = from; k < parts.length; k++) {
    const rest = parts.slice(k);
    const head = rest[0];
    const stripped = head.replace(/^_+/, "");
    const candidates = stripped && stripped !== head ? [rest, [stripped, ...rest.slice(1)]] : [rest];
    for (const c of candidates) {
      const hit = denyPrefix(c);
      if (hit) {
        return {
          verdict: "dangerous",
          reason: `reaches ${hit.key} through an attribute alias; ${hit.reason}`,
          category: hit.category,
          matched: hit.key
        };
      }
    }
  }
  return null;
}
function attributeIn(parts) {
  for (const p of parts.slice(1)) {
    if (DANGEROUS_ATTRIBUTES.has(p))
      return {
        verdict: "dangerous",
        reason: `names the code-running attribute ${p}`,
        category: "attribute",
        matched: p
      };
  }
  return null;
}

export {
  KINDS,
  registerSniffer,
  knownKinds,
  isText,
  sniff,
  classifyGlobal,
  policy_schema_default
};
