import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import {
  isTorchScriptPickle,
  markTorchScriptPickle,
  TORCH_PICKLE_NAME_SNIFFER,
} from '../../../src/formats/shared/torch-names.ts';

const named = (member: string[]) => {
  const source = new BufferSource(Buffer.from('text, not a pickle'), 'model.pt', member);
  return TORCH_PICKLE_NAME_SNIFFER.match({ head: Buffer.alloc(0), size: source.size, name: '', source });
};

describe('torch names', () => {
  it('takes the members torch.load unpickles by name for pickles, whatever their first byte', () => {
    expect(named(['archive/data.pkl'])).toBe(true);
    expect(named(['archive/CONSTANTS.pkl'])).toBe(true);
    expect(named(['./storages'])).toBe(true); // legacy tar
    expect(named(['sys_info'])).toBe(true);
    expect(named(['archive/nested/data.pkl'])).toBe(false);
    expect(named(['archive/data/0'])).toBe(false);
    expect(named([])).toBe(false);
  });

  it('marks the pickles of a TorchScript archive, per source', () => {
    const a = new BufferSource(Buffer.alloc(1), 'a.pt', ['archive/data.pkl']);
    const b = new BufferSource(Buffer.alloc(1), 'a.pt', ['archive/data.pkl']);
    markTorchScriptPickle(a);
    expect(isTorchScriptPickle(a)).toBe(true);
    expect(isTorchScriptPickle(b)).toBe(false);
  });
});
