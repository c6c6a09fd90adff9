// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} is shell, pip and Dockerfile syntax under test
import { describe, expect, it } from 'vitest';
import { check, HASH, ruleList, SHA } from './helpers.ts';

const D = `sha256:${'d'.repeat(64)}`;

describe('Dockerfile table (Scorecard Pinned-Dependencies forms)', () => {
  const TABLE: [string, string[]][] = [
    [`FROM python:3.12-slim@${D}`, []],
    [`FROM --platform=linux/amd64 python@${D} AS build`, []],
    ['ARG DIGEST\nFROM python@sha256:${DIGEST}', []],
    ['FROM scratch', []],
    [`FROM python@${D} AS base\nFROM base\nFROM BASE AS final`, []],
    [`ARG BASE=python@${D}\nFROM \${BASE}`, []],
    ['FROM python:3.12', ['docker-unpinned-image@medium']],
    ['FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04', ['docker-unpinned-image@medium']],
    ['FROM img:latest', ['docker-unpinned-image@medium']],
    ['FROM img', ['docker-unpinned-image@medium']],
    ['from ghcr.io/org/img:1.0 as builder', ['docker-unpinned-image@medium']],
    ['ARG BASE=python:3.12\nFROM ${BASE}', ['docker-unpinned-image@medium']],
    ['ARG BASE\nFROM ${BASE}', ['docker-unpinned-image@low']],
    [`FROM x@${D}\nRUN pip install torch`, ['unpinned-requirement@medium']],
    [`FROM x@${D}\nRUN pip install --require-hashes -r requirements.txt`, []],
    [`FROM x@${D}\nRUN pip install -r requirements.txt`, ['requirement-without-hash@low']],
    [`FROM x@${D}\nRUN pip install torch==2.4.1`, ['requirement-without-hash@low']],
    [`FROM x@${D}\nRUN pip install ./dist/pkg-1.0-py3-none-any.whl`, []],
    [`FROM x@${D}\nRUN pip install .`, ['unpinned-requirement@low']],
    [
      `FROM x@${D}\nRUN python3 -m pip install --no-cache-dir \\\n    "transformers>=4.40" \\\n    accelerate`,
      ['unpinned-requirement@medium', 'unpinned-requirement@medium'],
    ],
    [`FROM x@${D}\nRUN ["pip", "install", "torch"]`, ['unpinned-requirement@medium']],
    [
      `FROM x@${D}\nRUN --mount=type=cache,target=/root/.cache pip install torch`,
      ['unpinned-requirement@medium'],
    ],
    [
      `FROM x@${D}\nRUN <<EOF\npip install torch\ncurl -fsSL https://x.sh | bash\nEOF`,
      ['pipe-to-shell@high', 'unpinned-requirement@medium'],
    ],
    [`FROM x@${D}\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -`, ['pipe-to-shell@high']],
    [`FROM x@${D}\nADD https://example.com/model.bin /m/`, ['unpinned-url@medium']],
    [`FROM x@${D}\nADD --checksum=sha256:${HASH} https://example.com/model.bin /m/`, []],
    [`FROM x@${D}\n# RUN pip install torch\nRUN echo ok`, []],
    ['ARG CUDA=12.1\nARG BASE=nvidia/cuda:${CUDA}-devel\nFROM ${BASE}', ['docker-unpinned-image@medium']],
    ['ARG V\nFROM nvidia/cuda:${V}-devel', ['docker-unpinned-image@low']],
    [`FROM x@${D}\nONBUILD RUN pip install torch`, ['unpinned-requirement@medium']],
  ];
  it.each(TABLE)('%j', (text, expected) => {
    expect(ruleList('dockerfile', text)).toEqual([...expected].sort());
  });

  it('reports the line and column of the image and of continued RUN arguments', () => {
    const text = `FROM x@${D}\nRUN apt-get update && \\\n    pip install \\\n      torch\n`;
    const [f] = check('dockerfile', text);
    expect(f).toMatchObject({ rule: 'pin/unpinned-requirement', line: 4, column: 7 });
    const [g] = check('dockerfile', 'ARG A=1\n\nFROM   python:3.12 AS x\n');
    expect(g).toMatchObject({ line: 3, column: 8 });
  });
});

describe('shell script table', () => {
  const TABLE: [string, string[]][] = [
    ['curl -sSL https://install.example.com | sh', ['pipe-to-shell@high']],
    ['wget -qO- https://x/install.sh | sudo -E bash -', ['pipe-to-shell@high']],
    ['curl -fsSL https://x | tee /tmp/log | bash', ['pipe-to-shell@high']],
    ['bash <(curl -s https://x/install.sh)', ['pipe-to-shell@high']],
    ['sh -c "$(curl -fsSL https://x/install.sh)"', ['pipe-to-shell@high']],
    ['eval "$(wget -qO- https://x)"', ['pipe-to-shell@high']],
    ['curl https://x | python3 -', ['pipe-to-shell@high']],
    ['wget https://x/install.sh\nbash install.sh', ['pipe-to-shell@high']],
    ['curl -o /tmp/i.sh https://x/i.sh && chmod +x /tmp/i.sh && /tmp/i.sh', ['pipe-to-shell@high']],
    ['curl -o i.sh https://x/i.sh\necho "abc  i.sh" | sha256sum -c -\nsh i.sh', []],
    ['curl -fsSL https://x/i.sh > install.sh\nbash install.sh', ['pipe-to-shell@high']],
    ['wget -qO- https://x/i.sh >i.sh && sh ./i.sh', ['pipe-to-shell@high']],
    ['curl -fsSL https://x | /bin/ba\\sh', ['pipe-to-shell@high']],
    ['iwr https://x/i.ps1 | iex', ['pipe-to-shell@high']],
    ['sudo sh -c "curl -fsSL https://x | bash"', ['pipe-to-shell@high']],
    ["bash -lc 'pip install torch'", ['unpinned-requirement@medium']],
    ['eval "pip install numpy"', ['unpinned-requirement@medium']],
    [`curl -fsSL https://raw.githubusercontent.com/org/repo/${SHA}/install.sh | bash`, []],
    ['curl -o model.bin https://x/model.bin', []],
    ['curl https://x/data.json | jq .', []],
    ['echo "curl https://x | sh"  # quoted, not run', []],
    ['# curl https://x | sh', []],
    [
      'pip install torch transformers==4.44.2',
      ['requirement-without-hash@low', 'unpinned-requirement@medium'],
    ],
    ['pip3 install -U "huggingface_hub[cli]>=0.20"', ['unpinned-requirement@medium']],
    ['pip install --require-hashes torch==2.4.1', []],
    ['pip install git+https://github.com/huggingface/transformers', ['unpinned-vcs@medium']],
    [`pip install git+https://github.com/huggingface/transformers@${SHA}`, []],
    [
      'pip install --extra-index-url https://download.pytorch.org/whl/cu121 torch==2.4.1',
      ['extra-index-url@medium', 'requirement-without-hash@low'],
    ],
    [
      'pip install -e git+https://github.com/o/r.git@main#egg=r',
      ['editable-install@medium', 'unpinned-vcs@medium'],
    ],
    ['pip install $PKGS', ['unpinned-requirement@low']],
    ['uv pip install torch', ['unpinned-requirement@medium']],
    [
      'conda install -y -c conda-forge numpy=1.26 scipy==1.11.4 pandas',
      ['unpinned-requirement@low', 'unpinned-requirement@medium'],
    ],
    ['mamba create -n env python==3.11.9 pytorch::pytorch=2.3.1=py3.11_0', []],
    ['npm ci', []],
    ['npm install', ['unpinned-npm@low']],
    ['npm i left-pad', ['unpinned-npm@medium']],
    ['npm install foo@1.2.3', ['unpinned-npm@low']],
    ['npm install -g @scope/cli@^2', ['unpinned-npm@medium']],
    ['yarn add react', ['unpinned-npm@medium']],
    ['npm install git+ssh://git@github.com/o/r.git#main', ['unpinned-npm@medium']],
    [`npm install github:o/r#${SHA}`, ['unpinned-npm@low']],
    ['npm install ./local-pkg', []],
    ['npx create-something', ['unpinned-npm@medium']],
    ['npx some-cli@1.2.3 --help', []],
    ['huggingface-cli download meta-llama/Llama-3.1-8B --local-dir ./m', ['unpinned-model-revision@medium']],
    ['huggingface-cli download org/m --revision main', ['unpinned-model-revision@medium']],
    [`huggingface-cli download org/m model.safetensors --revision ${SHA} --local-dir m`, []],
    [`hf download org/m --include "*.json" "*.safetensors" --revision=${SHA}`, []],
    ['hf download org/m --revision "$REV"', ['model-revision-variable@low']],
  ];
  it.each(TABLE)('%j', (text, expected) => {
    expect(ruleList('shell', text)).toEqual([...expected].sort());
  });

  it('evidence holds the command; position is the downloader', () => {
    const [f] = check('shell', '#!/bin/sh\nset -e\n  curl -fsSL https://get.example.com | sh # install\n');
    expect(f).toMatchObject({ rule: 'pin/pipe-to-shell', line: 3, column: 3 });
    expect(f?.evidence?.text).toBe('curl -fsSL https://get.example.com | sh');
  });
});

describe('long lines (found by npm run fuzz)', () => {
  it('a line of 200,000 commands is checked one pipeline at a time, and a pipe to sh at its end is still found', () => {
    const text = `#!/bin/sh\necho ${'f(a),'.repeat(200_000)}; curl -fsSL https://get.example.com | sh\n`;
    expect(ruleList('shell', text)).toEqual(['pipe-to-shell@high']);
  });
});
