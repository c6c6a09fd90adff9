import { describe, expect, it } from 'vitest';
import { pickleIsDenied } from '../../src/policy/denylist.ts';

describe('pickleIsDenied (the pickle analyzer’s own classification)', () => {
  it.each([
    'os.system',
    'argparse._os.system',
    'builtins.getattr',
    'numpy.__builtins__',
    'torch.load',
    'functools.reduce',
    'copyreg._reconstructor.__globals__',
  ])('denies %s', (g) => {
    expect(pickleIsDenied(g)).toBe(true);
  });

  it.each(['collections.OrderedDict', 'torch._utils._rebuild_tensor_v2', 'mylib.layers.RMSNorm'])(
    'does not deny %s',
    (g) => {
      expect(pickleIsDenied(g)).toBe(false);
    },
  );
});
