/**
 * The model-loading entry points of the model libraries people use, as data: which call, where the
 * model id is, how the id names its source (model-ids.ts), and which argument, if any, pins it.
 * python.ts applies this table to every call; README.md ("Model fetches") documents it row by row.
 * Each row's revision keyword was read from the library's own source (cited per row).
 *
 * Rows are tried in order; the first `primary` row that matches a call gives its main reference.
 * `extra` rows (a second model in the same call, such as diffusers' custom_pipeline) apply as well.
 */
import type { IdForm } from './model-ids.ts';

export interface CallMatch {
  /** Last part of the callee's dotted name (imports resolved); `*` for any. */
  names: readonly string[];
  /** The callee comes from one of these packages: its dotted name starts with it ('prefix'), or it is imported at all ('imported'). */
  module?: readonly string[];
  mode?: 'prefix' | 'imported';
  /** With mode 'prefix': also accept the bare name when the package is imported (star imports). */
  bare?: boolean;
  /** The dotted name must match. */
  q?: RegExp;
}

export interface PythonEntryPoint {
  library: string;
  /** How the API is spelled, for README and tests. */
  entry: string;
  match: CallMatch;
  /** Keywords that carry the model id, then its position. `callee`: the id is the object the method is called on. */
  id: { keywords: readonly string[]; position?: number; callee?: boolean };
  form: IdForm;
  /** Keywords (or `outer.inner` paths) that carry the revision; empty when the API takes none. */
  revision: readonly string[];
  /** The download is checked by content when this argument is set (check_hash=True, hash_prefix=...). */
  pinnedBy?: { keyword: string; position?: number; test: 'truthy' | 'present' };
  /** Only ids starting with this prefix are references of this row. */
  idPrefix?: string;
  /** Only `owner/name` ids are Hub references (flair's short names resolve through its own table). */
  ownerRequired?: boolean;
  /** The organisation a bare name is read from (sentence-transformers prefixes its own). */
  defaultOwner?: { owner: string; except: RegExp };
  /** Only when this keyword is truthy (timm: pretrained=True). */
  when?: string;
  /** Only when this keyword is given (an extra row about that argument). */
  requires?: string;
  extra?: boolean;
  /** A keyword that makes the id local: `source="local"` (torch.hub), `data_files=` with a builder variable (datasets). */
  localWhen?: { keyword: string; equals?: string };
  /** Ids that are not Hub references (packaged dataset builders). */
  notRefs?: ReadonlySet<string>;
  /** Loading runs code from the source: imports its Python files ('remote-code') or a loader that executes it ('runs-code'). */
  code?: 'remote-code' | 'runs-code';
  /** Rule family of the unpinned finding (default: model revision). */
  rule?: 'torch-hub' | 'url';
  /** The pinned form, for messages and README. */
  pin: string;
  /** Public source of the entry point's signature. */
  cite: string;
}

/** Keyword names transformers-style loaders take for the model id. */
const HUB_ID_KWARGS = [
  'pretrained_model_name_or_path',
  'pretrained_model_link_or_path',
  'model_name_or_path',
  'repo_id',
  'model_id',
  'model_name',
];

/** Datasets loaded from packaged builders or local files, not the Hub (datasets/packaged_modules). */
export const DATASET_BUILDERS: ReadonlySet<string> = new Set([
  'csv',
  'json',
  'parquet',
  'text',
  'arrow',
  'pandas',
  'sql',
  'generator',
  'imagefolder',
  'audiofolder',
  'videofolder',
  'webdataset',
  'xml',
  'spark',
]);

const SHA = '<40 hex>';
const REV = ['revision'];

export const PYTHON_ENTRY_POINTS: readonly PythonEntryPoint[] = [
  {
    library: 'peft',
    entry: 'PeftModel.from_pretrained(base, "org/adapter")',
    match: { names: ['from_pretrained'], q: /(^|\.)Peft(Model\w*|MixedModel)\.from_pretrained$/ },
    id: { keywords: ['model_id'], position: 1 },
    form: 'hub-id',
    revision: REV,
    pin: `PeftModel.from_pretrained(base, "org/adapter", revision="${SHA}")`,
    cite: 'huggingface/peft src/peft/peft_model.py PeftModel.from_pretrained',
  },
  {
    library: 'llama-cpp-python',
    entry: 'Llama.from_pretrained(repo_id, filename)',
    match: {
      names: ['from_pretrained'],
      q: /(^|\.)Llama\.from_pretrained$/,
      module: ['llama_cpp'],
      mode: 'imported',
    },
    id: { keywords: ['repo_id'], position: 0 },
    form: 'hub-id',
    revision: [],
    pin: `hf_hub_download(repo_id, filename, revision="${SHA}"), then Llama(model_path=...)`,
    cite: 'abetlen/llama-cpp-python llama_cpp/llama.py Llama.from_pretrained (no revision parameter)',
  },
  {
    library: 'nemo',
    entry: 'ASRModel.from_pretrained("org/name")',
    match: { names: ['from_pretrained'], module: ['nemo'] },
    id: { keywords: ['model_name'], position: 0 },
    form: 'nemo',
    revision: [],
    pin: `hf_hub_download(repo_id, "<file>.nemo", revision="${SHA}"), then restore_from(path)`,
    cite: 'NVIDIA/NeMo nemo/core/classes/common.py Model.from_pretrained (no revision parameter)',
  },
  {
    library: 'pyannote.audio',
    entry: 'Pipeline.from_pretrained("org/name")',
    match: { names: ['from_pretrained'], module: ['pyannote'] },
    id: { keywords: ['checkpoint', 'checkpoint_path'], position: 0 },
    form: 'hub-id-at',
    revision: REV,
    pin: `Pipeline.from_pretrained("org/name", revision="${SHA}") (3.x: "org/name@${SHA}")`,
    cite: 'pyannote/pyannote-audio src/pyannote/audio/core/pipeline.py, core/model.py from_pretrained',
  },
  {
    library: 'espnet',
    entry: 'Speech2Text.from_pretrained("org/name")',
    match: { names: ['from_pretrained'], module: ['espnet2'] },
    id: { keywords: ['model_tag'], position: 0 },
    form: 'hub-id-at',
    revision: [],
    pin: `Speech2Text.from_pretrained("org/name@${SHA}")`,
    cite: 'espnet/espnet_model_zoo espnet_model_zoo/downloader.py huggingface_download (name@revision)',
  },
  {
    library: 'espnet_model_zoo',
    entry: 'ModelDownloader().download_and_unpack("org/name")',
    match: { names: ['download_and_unpack', 'download'], module: ['espnet_model_zoo'], mode: 'imported' },
    id: { keywords: ['name'], position: 0 },
    form: 'hub-id-at',
    revision: [],
    pin: `download_and_unpack("org/name@${SHA}")`,
    cite: 'espnet/espnet_model_zoo espnet_model_zoo/downloader.py',
  },
  {
    library: 'speechbrain',
    entry: 'foreign_class(source="org/name", pymodule_file=..., classname=...)',
    match: { names: ['foreign_class'], module: ['speechbrain'], mode: 'imported' },
    id: { keywords: ['source'], position: 0 },
    form: 'hub-id',
    revision: ['revision', 'fetch_config.revision'],
    code: 'remote-code',
    pin: `foreign_class(source, ..., fetch_config=FetchConfig(revision="${SHA}"))`,
    cite: 'speechbrain/speechbrain speechbrain/inference/interfaces.py foreign_class; utils/fetching.py FetchConfig.revision',
  },
  {
    library: 'speechbrain',
    entry: 'EncoderClassifier.from_hparams(source="org/name")',
    match: { names: ['from_hparams'], module: ['speechbrain'], mode: 'imported' },
    id: { keywords: ['source'], position: 0 },
    form: 'hub-id',
    revision: ['revision', 'fetch_config.revision'],
    code: 'runs-code',
    pin: `from_hparams(source, fetch_config=FetchConfig(revision="${SHA}")) (0.5: revision="${SHA}")`,
    cite: 'speechbrain/speechbrain speechbrain/inference/interfaces.py from_hparams (HyperPyYAML runs what the file names)',
  },
  {
    library: 'timm',
    entry: 'timm.create_model("hf-hub:org/name", pretrained=True)',
    match: { names: ['create_model'], module: ['timm'] },
    id: { keywords: ['model_name'], position: 0 },
    idPrefix: 'hf-hub:',
    form: 'timm',
    revision: [],
    pin: `timm.create_model("hf-hub:org/name@${SHA}", pretrained=True)`,
    cite: 'huggingface/pytorch-image-models timm/models/_hub.py hf_split',
  },
  {
    library: 'timm',
    entry: 'timm.create_model("resnet50", pretrained=True)',
    match: { names: ['create_model'], module: ['timm'] },
    id: { keywords: ['model_name'], position: 0 },
    when: 'pretrained',
    form: 'timm',
    revision: [],
    pin: `timm.create_model("hf-hub:timm/<arch>.<tag>@${SHA}", pretrained=True)`,
    cite: 'huggingface/pytorch-image-models timm/models/_builder.py load_pretrained',
  },
  {
    library: 'open_clip',
    entry: 'open_clip.create_model_and_transforms("hf-hub:org/name")',
    match: {
      names: ['create_model', 'create_model_and_transforms', 'create_model_from_pretrained', 'get_tokenizer'],
      module: ['open_clip'],
    },
    id: { keywords: ['model_name'], position: 0 },
    form: 'open-clip',
    revision: [],
    pin: `hf_hub_download(repo_id, filename, revision="${SHA}") for each file, then "local-dir:<folder>"`,
    cite: 'mlfoundations/open_clip src/open_clip/factory.py parse_model_name (no revision syntax)',
  },
  {
    library: 'keras_hub / keras_nlp',
    entry: 'keras_hub.models.X.from_preset("hf://org/name")',
    match: { names: ['from_preset'], module: ['keras_hub', 'keras_nlp', 'keras_cv'] },
    id: { keywords: ['preset'], position: 0 },
    form: 'keras-preset',
    revision: [],
    pin: '"kaggle://owner/model/keras/variant/<version>", or snapshot_download(revision=<40 hex>) and a local path',
    cite: 'keras-team/keras-hub keras_hub/src/utils/preset_utils.py get_file',
  },
  {
    library: 'kagglehub',
    entry: 'kagglehub.model_download("owner/model/framework/variation")',
    match: { names: ['model_download'], module: ['kagglehub'] },
    id: { keywords: ['handle'], position: 0 },
    form: 'kaggle-model',
    revision: [],
    pin: 'kagglehub.model_download("owner/model/framework/variation/<version>")',
    cite: 'Kaggle/kagglehub src/kagglehub/handle.py ModelHandle',
  },
  {
    library: 'kagglehub',
    entry: 'kagglehub.dataset_download("owner/dataset")',
    match: { names: ['dataset_download'], module: ['kagglehub'] },
    id: { keywords: ['handle'], position: 0 },
    form: 'kaggle-dataset',
    revision: [],
    pin: 'kagglehub.dataset_download("owner/dataset/versions/<n>")',
    cite: 'Kaggle/kagglehub src/kagglehub/handle.py DatasetHandle',
  },
  {
    library: 'tensorflow_hub',
    entry: 'hub.KerasLayer("https://tfhub.dev/...")',
    match: { names: ['load', 'KerasLayer', 'resolve', 'Module'], module: ['tensorflow_hub'] },
    id: { keywords: ['handle', 'spec'], position: 0 },
    form: 'tfhub',
    revision: [],
    pin: 'a handle ending in its version number (https://www.kaggle.com/models/o/m/f/v/<n>)',
    cite: 'tensorflow/hub tensorflow_hub/resolver.py (versioned handles)',
  },
  {
    library: 'ultralytics',
    entry: 'YOLO("yolo11n.pt")',
    match: {
      names: ['YOLO', 'RTDETR', 'SAM', 'FastSAM', 'NAS', 'YOLOWorld', 'YOLOE'],
      module: ['ultralytics'],
      bare: true,
    },
    id: { keywords: ['model'], position: 0 },
    form: 'ultralytics',
    revision: [],
    pin: 'download the weights yourself, check their SHA-256, and pass the local path',
    cite: 'ultralytics/ultralytics ultralytics/utils/downloads.py attempt_download_asset',
  },
  {
    library: 'mlx-lm',
    entry: 'mlx_lm.load("org/name")',
    match: { names: ['load'], module: ['mlx_lm', 'mlx_vlm'] },
    id: { keywords: ['path_or_hf_repo'], position: 0 },
    form: 'hub-id',
    revision: REV,
    pin: `mlx_lm.load("org/name", revision="${SHA}")`,
    cite: 'ml-explore/mlx-lm mlx_lm/utils.py load',
  },
  {
    library: 'flair',
    entry: 'SequenceTagger.load("org/name")',
    match: { names: ['load'], module: ['flair'] },
    id: { keywords: ['model_path'], position: 0 },
    ownerRequired: true,
    form: 'hub-id-at',
    revision: [],
    pin: `SequenceTagger.load("org/name@${SHA}")`,
    cite: 'flairNLP/flair flair/file_utils.py hf_download (name@revision)',
  },
  {
    library: 'spacy',
    entry: 'spacy.cli.download("en_core_web_sm")',
    match: { names: ['download'], q: /^spacy\.cli(\.download)?\.download$/ },
    id: { keywords: ['model'], position: 0 },
    form: 'spacy',
    revision: [],
    pinnedBy: { keyword: 'direct', position: 1, test: 'truthy' },
    pin: 'spacy.cli.download("en_core_web_sm-3.8.0", direct=True), or the wheel URL with --hash in requirements',
    cite: 'explosion/spaCy spacy/cli/download.py download(model, direct=False)',
  },
  {
    library: 'huggingface_hub (fastai, keras)',
    entry: 'from_pretrained_fastai("org/name") / from_pretrained_keras("org/name")',
    match: { names: ['from_pretrained_fastai', 'from_pretrained_keras'] },
    id: { keywords: ['repo_id'], position: 0 },
    form: 'hub-id',
    revision: REV,
    pin: `from_pretrained_fastai("org/name", revision="${SHA}")`,
    cite: 'huggingface/huggingface_hub src/huggingface_hub/fastai_utils.py, keras_mixin.py',
  },
  {
    library: 'modelscope',
    entry: 'modelscope.snapshot_download("org/name")',
    match: { names: ['snapshot_download', 'model_file_download'], module: ['modelscope'] },
    id: { keywords: ['model_id', 'repo_id'], position: 0 },
    form: 'modelscope',
    revision: REV,
    pin: `snapshot_download("org/name", revision="${SHA}")`,
    cite: 'modelscope/modelscope modelscope/hub/snapshot_download.py',
  },
  {
    library: 'huggingface_hub',
    entry: 'hf_hub_download(repo_id, filename) / snapshot_download(repo_id)',
    match: { names: ['hf_hub_download', 'snapshot_download', 'hf_hub_url'] },
    id: { keywords: ['repo_id'], position: 0 },
    form: 'hub-id',
    revision: REV,
    pin: `hf_hub_download("org/name", "file", revision="${SHA}")`,
    cite: 'huggingface/huggingface_hub src/huggingface_hub/file_download.py, _snapshot_download.py',
  },
  {
    library: 'datasets',
    entry: 'load_dataset("org/name")',
    match: { names: ['load_dataset'], module: ['datasets'], bare: true },
    id: { keywords: ['path'], position: 0 },
    form: 'hub-id',
    revision: REV,
    notRefs: DATASET_BUILDERS,
    localWhen: { keyword: 'data_files' },
    pin: `load_dataset("org/name", revision="${SHA}")`,
    cite: 'huggingface/datasets src/datasets/load.py load_dataset',
  },
  {
    library: 'transformers',
    entry: 'pipeline(task, model="org/name")',
    match: { names: ['pipeline'], module: ['transformers'], bare: true },
    id: { keywords: ['model'], position: 1 },
    form: 'hub-id',
    revision: REV,
    pin: `pipeline(task, model="org/name", revision="${SHA}")`,
    cite: 'huggingface/transformers src/transformers/pipelines/__init__.py pipeline',
  },
  {
    library: 'vllm',
    entry: 'LLM(model="org/name")',
    match: { names: ['LLM', 'EngineArgs', 'AsyncEngineArgs'], module: ['vllm'], bare: true },
    id: { keywords: ['model'], position: 0 },
    form: 'hub-id',
    revision: REV,
    pin: `LLM(model="org/name", revision="${SHA}")`,
    cite: 'vllm-project/vllm vllm/engine/arg_utils.py EngineArgs.revision',
  },
  {
    library: 'sentence-transformers',
    entry: 'SentenceTransformer("org/name")',
    match: {
      names: ['SentenceTransformer', 'CrossEncoder', 'SparseEncoder'],
      module: ['sentence_transformers'],
      mode: 'imported',
    },
    id: { keywords: ['model_name_or_path', 'model_name'], position: 0 },
    form: 'hub-id',
    revision: REV,
    // SentenceTransformer.__init__: a name without "/" (other than the basic transformers models) is read from sentence-transformers/.
    defaultOwner: {
      owner: 'sentence-transformers',
      except:
        /^(bert|roberta|distilbert|distilroberta|albert|camembert|xlm|xlnet|gpt2|openai-gpt|t5|ctrl|distilgpt2)(-|$)/,
    },
    pin: `SentenceTransformer("org/name", revision="${SHA}")`,
    cite: 'UKPLab/sentence-transformers sentence_transformers/SentenceTransformer.py __init__(revision=)',
  },
  {
    library: 'diffusers',
    entry: 'DiffusionPipeline.from_pretrained(..., custom_pipeline="org/name")',
    match: { names: ['from_pretrained'] },
    requires: 'custom_pipeline',
    extra: true,
    id: { keywords: ['custom_pipeline'] },
    form: 'diffusers-pipeline',
    revision: ['custom_revision'],
    code: 'remote-code',
    pin: `from_pretrained(..., custom_pipeline="org/name", custom_revision="${SHA}")`,
    cite: 'huggingface/diffusers src/diffusers/pipelines/pipeline_utils.py from_pretrained (custom_revision)',
  },
  {
    library: 'diffusers',
    entry: 'pipe.load_lora_weights("org/name")',
    match: { names: ['load_lora_weights', 'lora_state_dict', 'load_ip_adapter', 'load_textual_inversion'] },
    id: { keywords: ['pretrained_model_name_or_path_or_dict', 'pretrained_model_name_or_path'], position: 0 },
    form: 'hub-id',
    revision: REV,
    pin: `pipe.load_lora_weights("org/name", revision="${SHA}")`,
    cite: 'huggingface/diffusers src/diffusers/loaders/lora_pipeline.py lora_state_dict (revision)',
  },
  {
    library: 'torch.hub',
    entry: 'torch.hub.load("owner/repo", "entry")',
    match: { names: ['load', 'list', 'help'], q: /^torch\.hub\.(load|list|help)$/ },
    id: { keywords: ['repo_or_dir', 'github'], position: 0 },
    form: 'github-repo',
    revision: [],
    localWhen: { keyword: 'source', equals: 'local' },
    code: 'runs-code',
    rule: 'torch-hub',
    pin: `torch.hub.load("owner/repo:${SHA}", "entry")`,
    cite: 'pytorch/pytorch torch/hub.py _parse_repo_info',
  },
  {
    library: 'torch.hub',
    entry: 'torch.hub.load_state_dict_from_url(url)',
    match: {
      names: ['load_state_dict_from_url', 'load_url'],
      q: /^torch\.(hub\.load_state_dict_from_url|utils\.model_zoo\.load_url)$/,
    },
    id: { keywords: ['url'], position: 0 },
    form: 'url',
    revision: [],
    pinnedBy: { keyword: 'check_hash', position: 4, test: 'truthy' },
    rule: 'url',
    pin: 'load_state_dict_from_url(url, check_hash=True) with the hash prefix in the file name',
    cite: 'pytorch/pytorch torch/hub.py load_state_dict_from_url (HASH_REGEX)',
  },
  {
    library: 'torch.hub',
    entry: 'torch.hub.download_url_to_file(url, dst)',
    match: { names: ['download_url_to_file'], q: /^torch\.hub\.download_url_to_file$/ },
    id: { keywords: ['url'], position: 0 },
    form: 'url',
    revision: [],
    pinnedBy: { keyword: 'hash_prefix', position: 2, test: 'present' },
    rule: 'url',
    pin: 'download_url_to_file(url, dst, hash_prefix="<sha256 prefix>")',
    cite: 'pytorch/pytorch torch/hub.py download_url_to_file',
  },
  {
    library: 'torchvision',
    entry: 'ResNet50_Weights.DEFAULT.get_state_dict()',
    match: { names: ['get_state_dict'], q: /_Weights\b/ },
    id: { keywords: [], callee: true },
    form: 'torchvision-weights',
    revision: [],
    pinnedBy: { keyword: 'check_hash', test: 'truthy' },
    rule: 'url',
    pin: 'resnet50(weights=ResNet50_Weights.DEFAULT) (torchvision >= 0.15 checks the hash), or get_state_dict(check_hash=True)',
    cite: 'pytorch/vision torchvision/models/_api.py WeightsEnum.get_state_dict',
  },
  {
    library: 'ollama (Python)',
    entry: 'ollama.pull("llama3.2")',
    match: { names: ['pull'], module: ['ollama'], mode: 'imported' },
    id: { keywords: ['model'], position: 0 },
    form: 'ollama',
    revision: [],
    pin: 'a name with its manifest digest (model@sha256:<64 hex>), verified with modelvet verify',
    cite: 'ollama/ollama-python ollama/_client.py Client.pull',
  },
  {
    library: 'transformers, diffusers, optimum, setfit, span_marker, gliner, unsloth, paddlenlp, ...',
    entry: 'X.from_pretrained("org/name") / X.from_single_file(url)',
    match: { names: ['from_pretrained', 'from_single_file'] },
    id: { keywords: HUB_ID_KWARGS, position: 0 },
    form: 'hub-id',
    revision: REV,
    pin: `AutoModel.from_pretrained("org/name", revision="${SHA}")`,
    cite: 'huggingface/transformers src/transformers/modeling_utils.py PreTrainedModel.from_pretrained (revision)',
  },
];
