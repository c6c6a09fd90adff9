/** Classification: exact allowlist, denylist with reasons, dotted names, aliases, dunders. */
import { describe, expect, it } from 'vitest';
import { DERIVED_ALLOWLIST } from '../../../src/formats/pickle/allowlist.ts';
import { DENYLIST } from '../../../src/formats/pickle/denylist.ts';
import { classifyGlobal } from '../../../src/formats/pickle/globals.ts';

const verdict = (m: string, n: string, allow?: string[]) =>
  classifyGlobal(m, n, allow ? new Set(allow) : undefined).verdict;

describe('classifyGlobal', () => {
  it('allows every derived allowlist entry (the lists do not contradict each other)', () => {
    for (const full of DERIVED_ALLOWLIST) {
      const dot = full.lastIndexOf('.');
      expect(verdict(full.slice(0, dot), full.slice(dot + 1)), full).toBe('allowed');
    }
  });

  it('has a reason for every deny entry', () => {
    for (const e of DENYLIST.values()) expect(e.reason.length).toBeGreaterThan(10);
  });

  it('allows exact names only, with both NumPy 1 and NumPy 2 spellings', () => {
    expect(verdict('torch._utils', '_rebuild_tensor_v2')).toBe('allowed');
    expect(verdict('numpy._core.multiarray', '_reconstruct')).toBe('allowed');
    expect(verdict('torch._utils', '_rebuild_tensor_v2x')).toBe('unknown');
    expect(verdict('torch._utils', 'evil')).toBe('unknown'); // no safe-prefix spoofing (modelaudit#1015)
    expect(verdict('collections', 'OrderedDict.fromkeys')).toBe('unknown');
  });

  it('denies whole modules and their submodules at component boundaries', () => {
    expect(verdict('os', 'system')).toBe('dangerous');
    expect(verdict('os.path', 'join')).toBe('dangerous');
    expect(verdict('asyncio.unix_events', '_UnixSubprocessTransport._start')).toBe('dangerous');
    expect(verdict('osx', 'thing')).toBe('unknown');
    expect(verdict('torch.hubx', 'load')).toBe('unknown');
  });

  it('splits dotted names and re-roots them at aliases', () => {
    expect(classifyGlobal('argparse', '_os.system')).toMatchObject({ verdict: 'dangerous', matched: 'os' });
    expect(classifyGlobal('numpy.core._internal', 'sys.modules').verdict).toBe('dangerous');
    expect(classifyGlobal('somepkg', 'helpers.subprocess.run')).toMatchObject({
      verdict: 'dangerous',
      matched: 'subprocess',
    });
    expect(classifyGlobal('somepkg', 'x.system')).toMatchObject({
      verdict: 'dangerous',
      category: 'attribute',
    });
    expect(classifyGlobal('torch', 'serialization.load')).toMatchObject({
      verdict: 'dangerous',
      matched: 'torch.serialization.load',
    });
  });

  it('allows TorchScript class names (resolved by torch.jit, not importable by Python)', () => {
    expect(verdict('__torch__', 'Tiny')).toBe('allowed');
    expect(verdict('__torch__.torch.nn.modules.linear', 'Linear')).toBe('allowed');
    expect(verdict('torch.jit._pickle', 'build_intlist')).toBe('allowed');
    expect(verdict('__torch__', '__builtins__')).toBe('dangerous');
  });

  it('treats dunder attributes as interpreter access', () => {
    expect(classifyGlobal('numpy', '__builtins__')).toMatchObject({
      verdict: 'dangerous',
      category: 'dunder',
    });
    expect(classifyGlobal('collections', 'OrderedDict.__init__.__globals__').verdict).toBe('dangerous');
    expect(verdict('copyreg', '__newobj__')).toBe('unknown');
  });

  it('maps Python 2 module names the unpickler maps', () => {
    expect(verdict('__builtin__', 'eval')).toBe('dangerous');
    expect(verdict('copy_reg', 'add_extension')).toBe('dangerous');
    expect(classifyGlobal('copyreg', '_inverted_registry').category).toBe('extension-registry');
    expect(verdict('cPickle', 'loads')).toBe('dangerous');
    expect(classifyGlobal('__builtin__', 'reduce')).toMatchObject({
      verdict: 'dangerous',
      matched: 'functools.reduce',
    });
    expect(verdict('xmlrpclib', 'ServerProxy')).toBe('dangerous');
  });

  it('lets pickleAllow extend the allowlist but never override a deny', () => {
    expect(verdict('mylib.layers', 'Block', ['mylib.layers.Block'])).toBe('allowed');
    expect(verdict('os', 'system', ['os.system'])).toBe('dangerous');
    expect(verdict('builtins', 'getattr', ['builtins.getattr'])).toBe('dangerous');
    expect(verdict('numpy', '__builtins__', ['numpy.__builtins__'])).toBe('dangerous');
  });

  it('classifies the resolvers and nested loaders the issue names as dangerous', () => {
    for (const g of [
      'builtins.getattr',
      'importlib.import_module',
      'operator.attrgetter',
      'operator.methodcaller',
      'functools.reduce',
      'pkgutil.resolve_name',
      'torch.load',
      'torch.hub.load',
      'numpy.load',
      'pickle.loads',
      'joblib.load',
      'pandas.read_pickle',
      'marshal.loads',
      'pip.main',
      'copyreg.add_extension',
    ]) {
      const dot = g.lastIndexOf('.');
      expect(verdict(g.slice(0, dot), g.slice(dot + 1)), g).toBe('dangerous');
    }
  });
});
