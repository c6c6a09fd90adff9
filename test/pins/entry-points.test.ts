/**
 * The model-loading entry-point tables (src/pins/entry-points.ts for Python, SHELL_ENTRY_POINTS in
 * src/pins/shell-models.ts for command lines): every row has a case that is flagged and a pinned
 * (or local) twin that stays clean, and the test fails when a row is added without its cases.
 */
import { describe, expect, it } from 'vitest';
import type { ModelSource } from '../../src/core/model-source.ts';
import { checkText } from '../../src/pins/check.ts';
import { PYTHON_ENTRY_POINTS } from '../../src/pins/entry-points.ts';
import { SHELL_ENTRY_POINTS } from '../../src/pins/shell-models.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEntryPointTables, replaceEntryPointsSection } from '../../scripts/entry-points-md.ts';
import { ruleList, SHA } from './helpers.ts';

interface Case {
  flag: string;
  /** rule@severity of the flagged case. */
  rules: string[];
  clean: string;
  /** The source the flagged case names (checked on its reference). */
  source?: ModelSource;
}

const hf = (owner: string, name: string, revision?: string): ModelSource => ({
  hub: 'huggingface',
  owner,
  name,
  ...(revision ? { revision } : {}),
});
const M = 'unpinned-model-revision@medium';

/** One entry per row, keyed by the row's `entry`. */
const PYTHON_CASES: Record<string, Case> = {
  'PeftModel.from_pretrained(base, "org/adapter")': {
    flag: 'from peft import PeftModel\nm = PeftModel.from_pretrained(base, "org/adapter")',
    rules: [M],
    clean: `from peft import PeftModel\nm = PeftModel.from_pretrained(base, "org/adapter", revision="${SHA}")`,
    source: hf('org', 'adapter'),
  },
  'Llama.from_pretrained(repo_id, filename)': {
    flag: 'from llama_cpp import Llama\nllm = Llama.from_pretrained(repo_id="org/gguf", filename="*q8_0.gguf")',
    rules: [M],
    clean: 'from llama_cpp import Llama\nllm = Llama(model_path="./models/q8_0.gguf")',
    source: hf('org', 'gguf'),
  },
  'ASRModel.from_pretrained("org/name")': {
    flag: 'import nemo.collections.asr as nemo_asr\nm = nemo_asr.models.ASRModel.from_pretrained("nvidia/parakeet-tdt-0.6b-v2")',
    rules: [M],
    clean:
      'import nemo.collections.asr as nemo_asr\nm = nemo_asr.models.ASRModel.restore_from("./parakeet.nemo")',
    source: hf('nvidia', 'parakeet-tdt-0.6b-v2'),
  },
  'Pipeline.from_pretrained("org/name")': {
    flag: 'from pyannote.audio import Pipeline\np = Pipeline.from_pretrained("pyannote/speaker-diarization-3.1")',
    rules: [M],
    clean: `from pyannote.audio import Pipeline\np = Pipeline.from_pretrained("pyannote/speaker-diarization-3.1@${SHA}")`,
    source: hf('pyannote', 'speaker-diarization-3.1'),
  },
  'Speech2Text.from_pretrained("org/name")': {
    flag: 'from espnet2.bin.asr_inference import Speech2Text\ns = Speech2Text.from_pretrained("espnet/simpleoier_librispeech_asr")',
    rules: [M],
    clean: `from espnet2.bin.asr_inference import Speech2Text\ns = Speech2Text.from_pretrained("espnet/simpleoier_librispeech_asr@${SHA}")`,
    source: hf('espnet', 'simpleoier_librispeech_asr'),
  },
  'ModelDownloader().download_and_unpack("org/name")': {
    flag: 'from espnet_model_zoo.downloader import ModelDownloader\nd = ModelDownloader()\nd.download_and_unpack("espnet/kan-bayashi_ljspeech_vits")',
    rules: [M],
    clean: `from espnet_model_zoo.downloader import ModelDownloader\nd = ModelDownloader()\nd.download_and_unpack("espnet/kan-bayashi_ljspeech_vits@${SHA}")`,
  },
  'foreign_class(source="org/name", pymodule_file=..., classname=...)': {
    flag: 'from speechbrain.inference.interfaces import foreign_class\nc = foreign_class(source="org/emotion", pymodule_file="custom_interface.py", classname="X")',
    rules: ['trust-remote-code@high'],
    clean: `from speechbrain.inference.interfaces import foreign_class\nfrom speechbrain.utils.fetching import FetchConfig\nc = foreign_class(source="./local_model", pymodule_file="custom_interface.py", classname="X")`,
    source: hf('org', 'emotion'),
  },
  'EncoderClassifier.from_hparams(source="org/name")': {
    flag: 'from speechbrain.inference.speaker import EncoderClassifier\nc = EncoderClassifier.from_hparams(source="speechbrain/spkrec-ecapa-voxceleb")',
    rules: ['unpinned-model-revision@high'],
    clean: `from speechbrain.inference.speaker import EncoderClassifier\nfrom speechbrain.utils.fetching import FetchConfig\nc = EncoderClassifier.from_hparams(source="speechbrain/spkrec-ecapa-voxceleb", fetch_config=FetchConfig(revision="${SHA}"))`,
    source: hf('speechbrain', 'spkrec-ecapa-voxceleb'),
  },
  'timm.create_model("hf-hub:org/name", pretrained=True)': {
    flag: 'import timm\nm = timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg_in21k", pretrained=True)',
    rules: [M],
    clean: `import timm\nm = timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg_in21k@${SHA}", pretrained=True)`,
    source: hf('timm', 'vit_base_patch16_224.augreg_in21k'),
  },
  'timm.create_model("resnet50", pretrained=True)': {
    flag: 'import timm\nm = timm.create_model("resnet50", pretrained=True)',
    rules: ['unpinned-model-revision@low'],
    clean: 'import timm\nm = timm.create_model("resnet50", pretrained=False)',
    source: hf('timm', 'resnet50'),
  },
  'open_clip.create_model_and_transforms("hf-hub:org/name")': {
    flag: 'import open_clip\nm, _, p = open_clip.create_model_and_transforms("hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K")',
    rules: [M],
    clean: 'import open_clip\nm, _, p = open_clip.create_model_and_transforms("local-dir:./clip")',
    source: hf('laion', 'CLIP-ViT-B-32-laion2B-s34B-b79K'),
  },
  'keras_hub.models.X.from_preset("hf://org/name")': {
    flag: 'import keras_hub\nm = keras_hub.models.GemmaCausalLM.from_preset("hf://google/gemma-2b-keras")',
    rules: [M],
    clean:
      'import keras_hub\nm = keras_hub.models.GemmaCausalLM.from_preset("kaggle://keras/gemma/keras/gemma_2b_en/2")',
    source: hf('google', 'gemma-2b-keras'),
  },
  'kagglehub.model_download("owner/model/framework/variation")': {
    flag: 'import kagglehub\np = kagglehub.model_download("google/gemma/transformers/2b")',
    rules: [M],
    clean: 'import kagglehub\np = kagglehub.model_download("google/gemma/transformers/2b/3")',
    source: { hub: 'kaggle', owner: 'google', name: 'gemma/transformers/2b' },
  },
  'kagglehub.dataset_download("owner/dataset")': {
    flag: 'import kagglehub\np = kagglehub.dataset_download("owner/some-data")',
    rules: [M],
    clean: 'import kagglehub\np = kagglehub.dataset_download("owner/some-data/versions/4")',
    source: { hub: 'kaggle', owner: 'owner', name: 'some-data' },
  },
  'hub.KerasLayer("https://tfhub.dev/...")': {
    flag: 'import tensorflow_hub as hub\nl = hub.KerasLayer("https://tfhub.dev/google/imagenet/resnet_v2_50/feature_vector")',
    rules: [M],
    clean:
      'import tensorflow_hub as hub\nl = hub.KerasLayer("https://tfhub.dev/google/imagenet/resnet_v2_50/feature_vector/5")',
    source: { hub: 'url', owner: 'tfhub.dev', name: 'google/imagenet/resnet_v2_50/feature_vector' },
  },
  'YOLO("yolo11n.pt")': {
    flag: 'from ultralytics import YOLO\nm = YOLO("yolo11n.pt")',
    rules: [M],
    clean: 'from ultralytics import YOLO\nm = YOLO("./weights/best.pt")',
    source: { hub: 'github', owner: 'ultralytics', name: 'assets' },
  },
  'mlx_lm.load("org/name")': {
    flag: 'from mlx_lm import load\nmodel, tok = load("mlx-community/Llama-3.2-3B-Instruct-4bit")',
    rules: [M],
    clean: `from mlx_lm import load\nmodel, tok = load("mlx-community/Llama-3.2-3B-Instruct-4bit", revision="${SHA}")`,
    source: hf('mlx-community', 'Llama-3.2-3B-Instruct-4bit'),
  },
  'SequenceTagger.load("org/name")': {
    flag: 'from flair.models import SequenceTagger\nt = SequenceTagger.load("flair/ner-english-large")',
    rules: [M],
    clean: `from flair.models import SequenceTagger\nt = SequenceTagger.load("flair/ner-english-large@${SHA}")`,
    source: hf('flair', 'ner-english-large'),
  },
  'spacy.cli.download("en_core_web_sm")': {
    flag: 'import spacy\nspacy.cli.download("en_core_web_sm")',
    rules: [M],
    clean: 'import spacy\nspacy.cli.download("en_core_web_sm-3.8.0", direct=True)',
    source: { hub: 'github', owner: 'explosion', name: 'spacy-models' },
  },
  'from_pretrained_fastai("org/name") / from_pretrained_keras("org/name")': {
    flag: 'from huggingface_hub import from_pretrained_fastai\nl = from_pretrained_fastai("espejelomar/fastai-pet-breeds")',
    rules: [M],
    clean: `from huggingface_hub import from_pretrained_fastai\nl = from_pretrained_fastai("espejelomar/fastai-pet-breeds", revision="${SHA}")`,
    source: hf('espejelomar', 'fastai-pet-breeds'),
  },
  'modelscope.snapshot_download("org/name")': {
    flag: 'from modelscope import snapshot_download\nd = snapshot_download("qwen/Qwen2-7B")',
    rules: [M],
    clean: `from modelscope import snapshot_download\nd = snapshot_download("qwen/Qwen2-7B", revision="${SHA}")`,
    source: { hub: 'modelscope', owner: 'qwen', name: 'Qwen2-7B' },
  },
  'hf_hub_download(repo_id, filename) / snapshot_download(repo_id)': {
    flag: 'from huggingface_hub import hf_hub_download\np = hf_hub_download("org/name", "model.safetensors")',
    rules: [M],
    clean: `from huggingface_hub import hf_hub_download\np = hf_hub_download("org/name", "model.safetensors", revision="${SHA}")`,
    source: hf('org', 'name'),
  },
  'load_dataset("org/name")': {
    flag: 'from datasets import load_dataset\nd = load_dataset("org/data")',
    rules: [M],
    clean: `from datasets import load_dataset\nd = load_dataset("org/data", revision="${SHA}")`,
    source: hf('org', 'data'),
  },
  'pipeline(task, model="org/name")': {
    flag: 'from transformers import pipeline\np = pipeline("text-generation", model="org/name")',
    rules: [M],
    clean: `from transformers import pipeline\np = pipeline("text-generation", model="org/name", revision="${SHA}")`,
    source: hf('org', 'name'),
  },
  'LLM(model="org/name")': {
    flag: 'from vllm import LLM\nllm = LLM(model="org/name")',
    rules: [M],
    clean: `from vllm import LLM\nllm = LLM(model="org/name", revision="${SHA}")`,
    source: hf('org', 'name'),
  },
  'SentenceTransformer("org/name")': {
    flag: 'from sentence_transformers import SentenceTransformer\nm = SentenceTransformer("all-MiniLM-L6-v2")',
    rules: [M],
    clean: `from sentence_transformers import SentenceTransformer\nm = SentenceTransformer("all-MiniLM-L6-v2", revision="${SHA}")`,
    source: hf('sentence-transformers', 'all-MiniLM-L6-v2'),
  },
  'DiffusionPipeline.from_pretrained(..., custom_pipeline="org/name")': {
    flag: `from diffusers import DiffusionPipeline\np = DiffusionPipeline.from_pretrained("org/sd", revision="${SHA}", custom_pipeline="someone/pipe")`,
    rules: ['trust-remote-code@high'],
    clean: `from diffusers import DiffusionPipeline\np = DiffusionPipeline.from_pretrained("org/sd", revision="${SHA}", custom_pipeline="./my_pipeline")`,
    source: hf('someone', 'pipe'),
  },
  'pipe.load_lora_weights("org/name")': {
    flag: 'pipe.load_lora_weights("org/lora", weight_name="x.safetensors")',
    rules: [M],
    clean: `pipe.load_lora_weights("org/lora", weight_name="x.safetensors", revision="${SHA}")`,
    source: hf('org', 'lora'),
  },
  'torch.hub.load("owner/repo", "entry")': {
    flag: 'import torch\nm = torch.hub.load("pytorch/vision", "resnet18")',
    rules: ['torch-hub-unpinned@high'],
    clean: `import torch\nm = torch.hub.load("pytorch/vision:${SHA}", "resnet18")`,
    source: { hub: 'github', owner: 'pytorch', name: 'vision' },
  },
  'torch.hub.load_state_dict_from_url(url)': {
    flag: 'import torch\nsd = torch.hub.load_state_dict_from_url("https://download.pytorch.org/models/resnet18-f37072fd.pth")',
    rules: ['unpinned-url@medium'],
    clean:
      'import torch\nsd = torch.hub.load_state_dict_from_url("https://download.pytorch.org/models/resnet18-f37072fd.pth", check_hash=True)',
    source: { hub: 'url', owner: 'download.pytorch.org', name: 'models/resnet18-f37072fd.pth' },
  },
  'torch.hub.download_url_to_file(url, dst)': {
    flag: 'import torch\ntorch.hub.download_url_to_file("https://example.com/w.pth", "w.pth")',
    rules: ['unpinned-url@medium'],
    clean:
      'import torch\ntorch.hub.download_url_to_file("https://example.com/w.pth", "w.pth", hash_prefix="f37072fd")',
    source: { hub: 'url', owner: 'example.com', name: 'w.pth' },
  },
  'ResNet50_Weights.DEFAULT.get_state_dict()': {
    flag: 'from torchvision.models import ResNet50_Weights\nsd = ResNet50_Weights.DEFAULT.get_state_dict(progress=True)',
    rules: ['unpinned-url@medium'],
    clean:
      'from torchvision.models import ResNet50_Weights\nsd = ResNet50_Weights.DEFAULT.get_state_dict(progress=True, check_hash=True)',
  },
  'ollama.pull("llama3.2")': {
    flag: 'import ollama\nollama.pull("llama3.2")',
    rules: [M],
    clean: `import ollama\nollama.pull("llama3.2@sha256:${'a'.repeat(64)}")`,
    source: { hub: 'ollama', owner: 'library', name: 'llama3.2', revision: 'latest' },
  },
  'X.from_pretrained("org/name") / X.from_single_file(url)': {
    flag: 'from transformers import AutoModel\nm = AutoModel.from_pretrained("org/name")',
    rules: [M],
    clean: `from transformers import AutoModel\nm = AutoModel.from_pretrained("org/name", revision="${SHA}")`,
    source: hf('org', 'name'),
  },
};

const SHELL_CASES: Record<string, Case> = {
  'huggingface-cli / hf download': {
    flag: 'hf download org/name --include "*.safetensors"',
    rules: [M],
    clean: `hf download org/name --revision ${SHA}`,
    source: hf('org', 'name'),
  },
  'vllm serve': {
    flag: 'vllm serve org/name --max-model-len 4096',
    rules: [M],
    clean: `vllm serve org/name --revision ${SHA}`,
    source: hf('org', 'name'),
  },
  'vLLM OpenAI server (python -m / vllm/vllm-openai image)': {
    flag: 'python -m vllm.entrypoints.openai.api_server --model org/name',
    rules: [M],
    clean: `python -m vllm.entrypoints.openai.api_server --model org/name --revision=${SHA}`,
    source: hf('org', 'name'),
  },
  'text-generation-launcher (TGI)': {
    flag: 'text-generation-launcher --model-id org/name --revision main',
    rules: [M],
    clean: `text-generation-launcher --model-id org/name --revision ${SHA}`,
    source: hf('org', 'name', 'main'),
  },
  'SGLang server': {
    flag: 'python3 -m sglang.launch_server --model-path org/name --port 30000',
    rules: [M],
    clean: `python3 -m sglang.launch_server --model-path org/name --revision ${SHA}`,
    source: hf('org', 'name'),
  },
  'llama.cpp (llama-server, llama-cli, ...) -hf': {
    flag: 'llama-server -hf ggml-org/gemma-3-1b-it-GGUF:Q4_K_M --port 8080',
    rules: [M],
    clean: 'llama-server -m ./models/gemma-3-1b-it-Q4_K_M.gguf --port 8080',
    source: hf('ggml-org', 'gemma-3-1b-it-GGUF'),
  },
  'llama.cpp --model-url': {
    flag: 'llama-cli --model-url https://huggingface.co/org/m-GGUF/resolve/main/m.gguf',
    rules: [M],
    clean: `llama-cli --model-url https://huggingface.co/org/m-GGUF/resolve/${SHA}/m.gguf`,
    source: hf('org', 'm-GGUF', 'main'),
  },
  'mlx-lm CLI': {
    flag: 'mlx_lm.generate --model mlx-community/Mistral-7B-Instruct-v0.3-4bit --prompt hi',
    rules: [M],
    clean: 'mlx_lm.generate --model ./models/mistral-4bit --prompt hi',
    source: hf('mlx-community', 'Mistral-7B-Instruct-v0.3-4bit'),
  },
  'mlx-lm CLI (python -m)': {
    flag: 'python -m mlx_lm.generate --model mlx-community/Mistral-7B-Instruct-v0.3-4bit',
    rules: [M],
    clean: 'python -m mlx_lm.generate --model /models/mistral-4bit',
  },
  'lm-eval': {
    flag: 'lm_eval --model hf --model_args pretrained=org/name,dtype=float16 --tasks hellaswag',
    rules: [M],
    clean: `lm_eval --model hf --model_args pretrained=org/name,revision=${SHA} --tasks hellaswag`,
    source: hf('org', 'name'),
  },
  'spacy download': {
    flag: 'python -m spacy download en_core_web_sm',
    rules: [M],
    clean: 'python -m spacy download en_core_web_sm-3.8.0 --direct',
    source: { hub: 'github', owner: 'explosion', name: 'spacy-models' },
  },
  'spacy download (spacy command)': {
    flag: 'spacy download en_core_web_trf-3.8.0',
    rules: [M],
    clean: 'spacy download en_core_web_trf-3.8.0 --direct',
  },
};

describe('Python entry-point table', () => {
  it('has a flagged and a clean case for every row', () => {
    expect(Object.keys(PYTHON_CASES).sort()).toEqual(PYTHON_ENTRY_POINTS.map((r) => r.entry).sort());
    expect(PYTHON_ENTRY_POINTS.length).toBeGreaterThanOrEqual(30);
  });
  for (const row of PYTHON_ENTRY_POINTS) {
    const c = PYTHON_CASES[row.entry];
    it(`${row.library}: ${row.entry}`, () => {
      expect(c, 'missing case').toBeDefined();
      expect(ruleList('python', c!.flag)).toEqual([...c!.rules].sort());
      expect(ruleList('python', c!.clean)).toEqual([]);
      if (c!.source) {
        const { refs, hits } = checkText('python', c!.flag);
        expect(refs.map((r) => r.source)).toContainEqual(c!.source);
        expect(refs.find((r) => r.source.name === c!.source!.name)?.pinned).toBe(false);
        expect(hits.some((h) => h.source !== undefined)).toBe(true);
      }
    });
  }
});

describe('command-line entry-point table', () => {
  it('has a flagged and a clean case for every row', () => {
    expect(Object.keys(SHELL_CASES).sort()).toEqual(SHELL_ENTRY_POINTS.map((r) => r.tool).sort());
  });
  for (const row of SHELL_ENTRY_POINTS) {
    const c = SHELL_CASES[row.tool];
    it(row.tool, () => {
      expect(c, 'missing case').toBeDefined();
      expect(ruleList('shell', c!.flag)).toEqual([...c!.rules].sort());
      expect(ruleList('shell', c!.clean)).toEqual([]);
      if (c!.source) expect(checkText('shell', c!.flag).refs.map((r) => r.source)).toContainEqual(c!.source);
    });
  }
});

describe('references for the sources policy', () => {
  it('reports pinned references too, with the revision', () => {
    const { refs, hits } = checkText(
      'python',
      `from transformers import AutoModel\nm = AutoModel.from_pretrained("evilcorp/x", revision="${SHA}")`,
    );
    expect(hits).toEqual([]);
    expect(refs).toEqual([
      { source: hf('evilcorp', 'x', SHA), pinned: true, offset: 65, text: 'evilcorp/x' },
    ]);
  });

  it('a dynamic id is checked for a revision but names no source', () => {
    const { refs, hits } = checkText(
      'python',
      'from transformers import AutoModel\nm = AutoModel.from_pretrained(args.model)',
    );
    expect(refs).toEqual([]);
    expect(hits.map((h) => h.rule.id)).toEqual(['pin/unpinned-model-revision']);
  });
});

describe('README', () => {
  it('documents both tables as they are (node scripts/entry-points-md.ts --write)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(replaceEntryPointsSection(readme, renderEntryPointTables())).toBe(readme);
  });
});
