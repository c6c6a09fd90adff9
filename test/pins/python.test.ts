import { describe, expect, it } from 'vitest';
import { decodePyString } from '../../src/pins/python.ts';
import { check, ruleList, SHA } from './helpers.ts';

const T = 'from transformers import AutoModel, AutoTokenizer, AutoModelForCausalLM, pipeline\n';
const D = 'from datasets import load_dataset\n';
const HH = 'from huggingface_hub import hf_hub_download, snapshot_download\n';

// [python source, expected "rule@severity" list]
const TABLE: [string, string[]][] = [
  // pinned / not a download: no finding
  [`${T}m = AutoModel.from_pretrained("org/name", revision="${SHA}")`, []],
  [`${T}m = AutoModel.from_pretrained(\n    "org/name",\n    revision="${SHA}",  # pinned\n)`, []],
  [`${T}REV = "${SHA}"\nm = AutoModel.from_pretrained("org/name", revision=REV)`, []],
  [`${T}m = AutoModel.from_pretrained("./local-model")`, []],
  [`${T}m = AutoModel.from_pretrained("/models/llama")`, []],
  [`${T}m = AutoModel.from_pretrained("../up/model")`, []],
  [`${T}m = AutoModel.from_pretrained("org/name", local_files_only=True)`, []],
  [`import os\n${T}m = AutoModel.from_pretrained(os.path.join(args.output_dir, "best"))`, []],
  [
    `from pathlib import Path\n${T}CKPT = Path(__file__).parent / "ckpt"\nm = AutoModel.from_pretrained(CKPT)`,
    [],
  ],
  [`${T}p = pipeline("sentiment-analysis")`, []],
  [`${D}ds = load_dataset("csv", data_files="train.csv")`, []],
  [`${D}ds = load_dataset("org/ds", revision="${SHA}")`, []],
  [`${HH}p = hf_hub_download(repo_id="org/name", filename="model.safetensors", revision="${SHA}")`, []],
  [`${HH}p = snapshot_download("org/name", revision="${SHA}")`, []],
  [`import torch\nm = torch.hub.load("pytorch/vision:${SHA}", "resnet18")`, []],
  [`import torch\nm = torch.hub.load("./hubrepo", "model", source="local")`, []],
  ['import torch\nsd = torch.load("x.pt", weights_only=True)', []],
  ['import torch\nsd = torch.hub.load_state_dict_from_url(URL, check_hash=True)', []],
  ['# AutoModel.from_pretrained("org/name")\nx = "torch.load(f)"', []],
  [`${T}s = """\nAutoModel.from_pretrained("org/name")\n"""`, []],
  [
    'from diffusers import StableDiffusionPipeline\n' +
      `p = StableDiffusionPipeline.from_single_file("https://huggingface.co/o/r/blob/${SHA}/m.safetensors")`,
    [],
  ],
  // unpinned model revisions (Bandit B615 examples and stricter cases)
  [`${T}m = AutoModel.from_pretrained("org/name")`, ['unpinned-model-revision@medium']],
  [`${T}m = AutoModel.from_pretrained("bert-base-uncased")`, ['unpinned-model-revision@medium']],
  [`${T}m = AutoModel.from_pretrained("org/name", revision="main")`, ['unpinned-model-revision@medium']],
  [`${T}m = AutoModel.from_pretrained("org/name", revision="v1.0.0")`, ['unpinned-model-revision@medium']],
  [`${T}m = AutoModel.from_pretrained("org/name", revision="refs/pr/1")`, ['unpinned-model-revision@medium']],
  [
    `${T}m = AutoModel.from_pretrained("org/name", revision="548fc3543a")`,
    ['unpinned-model-revision@medium'],
  ],
  [
    `${T}m = AutoModel.from_pretrained("org/name", revision="${SHA.toUpperCase()}")`,
    ['unpinned-model-revision@medium'],
  ],
  [`${T}m = AutoModel.from_pretrained("org/name", revision=None)`, ['unpinned-model-revision@medium']],
  [
    `${T}MODEL_REVISION = "548fc3543a"\nm = AutoModel.from_pretrained("org/name", revision=MODEL_REVISION)`,
    ['unpinned-model-revision@medium'],
  ],
  [
    `${T}m = AutoModel.from_pretrained(\n    "org/name",\n    torch_dtype="auto",\n)`,
    ['unpinned-model-revision@medium'],
  ],
  [`${T}m = AutoModel.from_pretrained(args.model_name_or_path)`, ['unpinned-model-revision@medium']],
  [`${D}ds = load_dataset("org/ds", revision="v1.0")`, ['unpinned-model-revision@medium']],
  [`${D}ds = load_dataset("org/ds")`, ['unpinned-model-revision@medium']],
  [
    `${HH}p = hf_hub_download(repo_id="org/name", filename="model.safetensors")`,
    ['unpinned-model-revision@medium'],
  ],
  [`${HH}p = snapshot_download(repo_id="org/name", revision="main")`, ['unpinned-model-revision@medium']],
  [`${T}p = pipeline("text-generation", model="gpt2")`, ['unpinned-model-revision@medium']],
  [`${T}p = pipeline("text-generation", "gpt2")`, ['unpinned-model-revision@medium']],
  [
    'import transformers\np = transformers.pipeline(task="fill-mask", model="bert-base-uncased")',
    ['unpinned-model-revision@medium'],
  ],
  [
    'from sentence_transformers import SentenceTransformer\nm = SentenceTransformer("all-MiniLM-L6-v2")',
    ['unpinned-model-revision@medium'],
  ],
  [
    'from peft import PeftModel\nm = PeftModel.from_pretrained(base, "org/adapter")',
    ['unpinned-model-revision@medium'],
  ],
  [
    'from diffusers import DiffusionPipeline\np = DiffusionPipeline.from_pretrained("stabilityai/sdxl")',
    ['unpinned-model-revision@medium'],
  ],
  [
    'from diffusers import StableDiffusionPipeline\n' +
      'p = StableDiffusionPipeline.from_single_file("https://huggingface.co/o/r/blob/main/m.safetensors")',
    ['unpinned-model-revision@medium'],
  ],
  [
    `import transformers as tf\nm = tf.AutoModel.from_pretrained(f"org/{name}")`,
    ['unpinned-model-revision@medium'],
  ],
  // revision that cannot be checked
  [`${T}m = AutoModel.from_pretrained("org/name", revision=args.revision)`, ['model-revision-variable@low']],
  [
    `${T}m = AutoModel.from_pretrained(\n    model_args.model_name_or_path,\n    revision=model_args.model_revision,\n)`,
    ['model-revision-variable@low'],
  ],
  [
    `${T}def load(rev):\n    return AutoModel.from_pretrained("org/name", revision=rev)`,
    ['model-revision-variable@low'],
  ],
  [`${T}m = AutoModel.from_pretrained("org/name", **kwargs)`, ['model-revision-variable@low']],
  [
    `${T}REV = "${SHA}"\ndef f(REV):\n    return AutoModel.from_pretrained("o/n", revision=REV)`,
    ['model-revision-variable@low'],
  ],
  [
    `${T}REV = "${SHA}"\nfor REV in revs:\n    AutoModel.from_pretrained("o/n", revision=REV)`,
    ['model-revision-variable@low'],
  ],
  [
    `${T}REV = "${SHA}"\nwith f() as REV:\n    AutoModel.from_pretrained("o/n", revision=REV)`,
    ['model-revision-variable@low'],
  ],
  [
    `${T}REV = "${SHA}"\nREV += ""\nAutoModel.from_pretrained("o/n", revision=REV)`,
    ['model-revision-variable@low'],
  ],
  [
    `${T}REV, X = "${SHA}", 1\nAutoModel.from_pretrained("o/n", revision=REV)`,
    ['model-revision-variable@low'],
  ],
  [`${T}REV: str = "${SHA}"\nAutoModel.from_pretrained("o/n", revision=REV)`, []],
  [
    `${T}REV = "main"\nREV = "${SHA}"\nm = AutoModel.from_pretrained("org/name", revision=REV)`,
    ['model-revision-variable@low'],
  ],
  // trust_remote_code
  [
    `${T}m = AutoModel.from_pretrained("org/name", trust_remote_code=True)`,
    ['trust-remote-code@high', 'unpinned-model-revision@medium'],
  ],
  [
    `${T}m = AutoModel.from_pretrained("org/name", trust_remote_code=True, revision="${SHA}")`,
    ['trust-remote-code@medium'],
  ],
  [
    `${T}m = AutoModel.from_pretrained("org/name", trust_remote_code=True, revision="main")`,
    ['trust-remote-code@high', 'unpinned-model-revision@medium'],
  ],
  [
    `${T}m = AutoModel.from_pretrained("org/name", revision="${SHA}", trust_remote_code=args.trust)`,
    ['trust-remote-code@low'],
  ],
  [`${T}m = AutoModel.from_pretrained("org/name", revision="${SHA}", trust_remote_code=False)`, []],
  [`${T}m = AutoModel.from_config(cfg, trust_remote_code=True)`, ['trust-remote-code@high']],
  [
    `${T}TRUST = True\nm = AutoModel.from_pretrained("./m", trust_remote_code=TRUST)`,
    ['trust-remote-code@high'],
  ],
  // torch.hub
  [
    'import torch\nm = torch.hub.load("pytorch/vision", "resnet18", pretrained=True)',
    ['torch-hub-unpinned@high'],
  ],
  ['import torch\nm = torch.hub.load("pytorch/vision:main", "resnet18")', ['torch-hub-unpinned@high']],
  ['import torch\nm = torch.hub.load("pytorch/vision:v0.10.0", "resnet18")', ['torch-hub-unpinned@high']],
  [
    'import torch\nm = torch.hub.load(repo_or_dir="ultralytics/yolov5", model="yolov5s")',
    ['torch-hub-unpinned@high'],
  ],
  [
    'from torch import hub\nm = hub.load("facebookresearch/dino:main", "dino_vits16")',
    ['torch-hub-unpinned@high'],
  ],
  ['import torch\nentries = torch.hub.list("pytorch/vision")', ['torch-hub-unpinned@high']],
  ['import torch\nm = torch.hub.load(REPO, "m")', ['torch-hub-unpinned@low']],
  ['import torch\nsd = torch.hub.load_state_dict_from_url("https://x/y.pth")', ['unpinned-url@medium']],
  ['import torch\ntorch.hub.download_url_to_file("https://x/y.pth", "y.pth")', ['unpinned-url@medium']],
  // values hidden in dicts, aliases, concatenations, other loaders
  [
    `${T}kw = {"trust_remote_code": True}\nm = AutoModel.from_pretrained("o/n", revision="${SHA}", **kw)`,
    ['trust-remote-code@medium'],
  ],
  [`${T}m = AutoModel.from_pretrained("o/n", **dict(revision="main"))`, ['unpinned-model-revision@medium']],
  [
    `${T}p = pipeline("t", model="o/n", revision="${SHA}", model_kwargs={"trust_remote_code": True})`,
    ['trust-remote-code@high'],
  ],
  [`${T}m = AutoModel.from_pretrained("o/" + "n", revision="ma" + "in")`, ['unpinned-model-revision@medium']],
  [
    `${T}m = AutoModel.from_pretrained("o/n", revision="${SHA}", trust_remote_code=1)`,
    ['trust-remote-code@medium'],
  ],
  ['from vllm import LLM\nllm = LLM(model="o/n")', ['unpinned-model-revision@medium']],
  [
    `from vllm import LLM\nllm = LLM(model="o/n", revision="${SHA}", trust_remote_code=True)`,
    ['trust-remote-code@medium'],
  ],
  [`${D}ds = load_dataset(ext, data_files=files)`, []],
  ['import torch\nload = torch.load\nsd = load(f)', ['torch-load-unsafe@medium']],
  [
    `${T}m = AutoModel.from_pretrained("o/n", revision="${SHA}", \uff54rust_remote_code=True)`,
    ['trust-remote-code@medium'],
  ],
  ['import torch\nsd = torch.\uff4coad(f)', ['torch-load-unsafe@medium']],
  [
    `${T}m = getattr(AutoModel, "x").from_pretrained("o/n", **{"trust_" + "remote_code": True})`,
    ['trust-remote-code@high', 'unpinned-model-revision@medium'],
  ],
  // setup.py
  [
    'from setuptools import setup\nsetup(name="x", install_requires=["torch>=2", "numpy==1.26.4"])',
    ['unpinned-requirement@medium'],
  ],
  [
    'import setuptools\nREQS = ["transformers"]\nsetuptools.setup(install_requires=REQS, extras_require={"dev": ("pytest",)})',
    ['unpinned-requirement@medium', 'unpinned-requirement@medium'],
  ],
  // torch.load
  ['import torch\nsd = torch.load("x.pt")', ['torch-load-unsafe@medium']],
  [
    'import torch\nsd = torch.load("x.pt", map_location="cpu", weights_only=False)',
    ['torch-load-unsafe@high'],
  ],
  ['import torch\nsd = torch.load("x.pt", weights_only=flag)', ['torch-load-unsafe@low']],
  ['from torch import load as tload\nsd = tload(path)', ['torch-load-unsafe@medium']],
  ['import torch\nsd = torch.serialization.load(f)', ['torch-load-unsafe@medium']],
];

describe('Python model references table', () => {
  it.each(TABLE)('%j', (src, expected) => {
    expect(ruleList('python', src)).toEqual([...expected].sort());
  });

  it('points at the revision value of a multi-line call and keeps the call as evidence', () => {
    const src = `${T}model = AutoModelForCausalLM.from_pretrained(\n    "meta-llama/Llama-2-7b-hf",\n    revision="main",\n)\n`;
    const [f] = check('python', src);
    expect(f).toMatchObject({ rule: 'pin/unpinned-model-revision', line: 4, column: 5 });
    expect(f?.evidence).toMatchObject({ model: 'meta-llama/Llama-2-7b-hf', revision: 'main' });
  });

  it('points at the method name when the revision is missing', () => {
    const [f] = check('python', `${T}m = AutoModel.from_pretrained("org/name")`);
    expect(f).toMatchObject({ line: 2, column: 15 });
  });

  it('treats folders of the scanned tree as local models', () => {
    const src = `${T}m = AutoModel.from_pretrained("checkpoints/best")`;
    expect(ruleList('python', src, { isLocalPath: (p) => p === 'checkpoints/best' })).toEqual([]);
    expect(ruleList('python', src)).toEqual(['unpinned-model-revision@medium']);
  });

  it('survives syntax errors and still checks the rest', () => {
    const src = `${T}def broken(:\n    pass\nm = AutoModel.from_pretrained("org/name")\n`;
    expect(ruleList('python', src)).toEqual(['unpinned-model-revision@medium']);
  });

  it('checks PEP 723 inline script dependencies', () => {
    const src =
      '# /// script\n# requires-python = ">=3.10"\n# dependencies = [\n#   "requests<3",\n#   "rich==13.7.0",\n# ]\n# ///\nimport requests\n';
    const [f, ...rest] = check('python', src);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'pin/unpinned-requirement', line: 4, column: 6 });
  });

  it('decodes string literals with prefixes and escapes', () => {
    expect(decodePyString("'ab\\x41'")).toBe('abA');
    expect(decodePyString('r"a\\nb"')).toBe('a\\nb');
    expect(decodePyString('"""x\ny"""')).toBe('x\ny');
    expect(decodePyString("b'x'")).toBeUndefined();
    expect(decodePyString('"unterminated')).toBeUndefined();
  });
});

describe('parse budget (found by npm run fuzz)', () => {
  it('text the Python parser would spend seconds recovering from is reported as not parsed, never passed', async () => {
    const { ParseBudgetError, failureOf } = await import('../../src/core/parse-guard.ts');
    expect(failureOf(new ParseBudgetError('x'), 'Python').reason).toBe('too-costly');
    // A module of real size still parses: 20,000 lines of calls.
    const text = 'from transformers import AutoModel\n'.concat('x = f(a, b)\n'.repeat(20_000));
    expect(() => check('python', text)).not.toThrow();
  });
});
