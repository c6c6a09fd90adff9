import { describe, expect, it } from 'vitest';
import { decodeJsonString } from '../../src/pins/notebook.ts';
import { check, ruleList, SHA } from './helpers.ts';

function notebook(cells: { type?: string; source: string[] | string }[]): string {
  return JSON.stringify(
    {
      cells: cells.map((c) => ({ cell_type: c.type ?? 'code', metadata: {}, source: c.source, outputs: [] })),
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

describe('notebooks', () => {
  it('joins code cells (imports apply later) and maps findings to the .ipynb line and the cell', () => {
    const text = notebook([
      { source: ['import torch\n', 'from transformers import AutoModel\n'] },
      { type: 'markdown', source: ['AutoModel.from_pretrained("in/markdown")'] },
      { source: ['m = AutoModel.from_pretrained(\n', '    "org/name",\n', '    trust_remote_code=True)\n'] },
    ]);
    const found = check('notebook', text);
    expect(found.map((f) => f.rule).sort()).toEqual(['pin/trust-remote-code', 'pin/unpinned-model-revision']);
    const trc = found.find((f) => f.rule === 'pin/trust-remote-code')!;
    const lines = text.split('\n');
    expect(lines[trc.line! - 1]!.slice(trc.column! - 1)).toMatch(/^trust_remote_code=True/);
    expect(trc.evidence).toMatchObject({ cell: 2, cellLine: 3 });
  });

  it('maps columns through JSON escapes', () => {
    const text = notebook([{ source: 'x = "\\t\\u00e9"; m = torch.load(f)' }]);
    const [f] = check('notebook', text);
    expect(f?.rule).toBe('pin/torch-load-unsafe');
    const line = text.split('\n')[f!.line! - 1]!;
    expect(line.slice(f!.column! - 1)).toMatch(/^load\(f\)/);
  });

  it('checks !pip / %pip lines and %%bash cells as shell', () => {
    const text = notebook([
      { source: ['!pip install -q transformers accelerate\n', '%pip install torch==2.4.1\n', 'import os\n'] },
      { source: ['%%bash\n', 'curl -sSL https://x | bash\n'] },
      { source: [`!huggingface-cli download org/m --revision ${SHA}\n`] },
    ]);
    expect(ruleList('notebook', text)).toEqual([
      'pipe-to-shell@high',
      'requirement-without-hash@low',
      'unpinned-requirement@medium',
      'unpinned-requirement@medium',
    ]);
    const pip = check('notebook', text).find((f) => f.message.includes('transformers'))!;
    expect(text.split('\n')[pip.line! - 1]!.slice(pip.column! - 1)).toMatch(/^transformers/);
  });

  it('reports a broken notebook and keeps checking what it can', () => {
    const text = notebook([{ source: ['import torch\n', 'torch.load(f)\n'] }]).replace(/}\s*$/, '');
    expect(ruleList('notebook', text)).toEqual(['torch-load-unsafe@medium', 'unparseable@medium']);
  });

  it('reads nbformat 3 worksheets (input instead of source)', () => {
    const text = JSON.stringify({
      worksheets: [{ cells: [{ cell_type: 'code', input: ['import torch\n', 'torch.load(f)\n'] }] }],
      nbformat: 3,
    });
    expect(ruleList('notebook', text)).toEqual(['torch-load-unsafe@medium']);
  });

  it('decodes JSON strings with offsets', () => {
    expect(decodeJsonString('a\\nb\\u0041', 10)).toEqual({ text: 'a\nbA', map: [10, 11, 13, 14] });
  });
});
