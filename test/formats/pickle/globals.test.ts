/** Classification: exact allowlist, denylist with reasons, dotted names, aliases, dunders. */
import { describe, expect, it } from 'vitest';
import { DERIVED_ALLOWLIST } from '../../../src/formats/pickle/allowlist.ts';
import { DENYLIST } from '../../../src/formats/pickle/denylist.ts';
import { IMPORT_MAPPING, NAME_MAPPING } from '../../../src/formats/pickle/compat-names.ts';
import { GADGETS } from '../../../src/formats/pickle/gadgets.ts';
import { loaderName } from '../../../src/formats/pickle/compat-names.ts';
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

describe('Python 2 names (_compat_pickle, generated from CPython)', () => {
  it('maps every module and pair below protocol 3, exactly (no prefixes), and nothing from protocol 3 on', () => {
    for (const [py2, py3] of IMPORT_MAPPING) {
      expect(loaderName(py2, 'x', 2)).toEqual([py3, 'x']);
      expect(loaderName(py2, 'x', 3)).toEqual([py2, 'x']);
      expect(loaderName(`${py2}.sub`, 'x', 2)).toEqual([`${py2}.sub`, 'x']);
    }
    for (const [key, [m, n]] of NAME_MAPPING) {
      const [pm, pn] = key.split('\u0000') as [string, string];
      expect(loaderName(pm, pn, 0)).toEqual([m, n]);
    }
    expect(IMPORT_MAPPING.size).toBeGreaterThan(50);
    expect(NAME_MAPPING.size).toBeGreaterThan(80);
  });

  it('classifies what the unpickler imports at that protocol', () => {
    const at = (m: string, n: string, protocol: number) =>
      classifyGlobal(m, n, undefined, { protocol }).verdict;
    expect(at('anydbm', 'open', 2)).toBe('dangerous'); // dbm.open
    expect(at('anydbm', 'open', 3)).toBe('unknown'); // `anydbm` cannot be imported
    expect(at('__builtin__', 'reduce', 1)).toBe('dangerous'); // functools.reduce
    expect(at('copy_reg', '_reconstructor', 0)).toBe('allowed');
    expect(at('UserDict', 'UserDict', 2)).toBe(classifyGlobal('collections', 'UserDict').verdict);
  });
});

describe('names as the import system resolves them', () => {
  it('reads a module name with a NUL as the frozen importer does (os\\0x is os)', () => {
    expect(classifyGlobal('os\u0000x', 'makedirs')).toMatchObject({ verdict: 'dangerous', matched: 'os' });
    expect(classifyGlobal('runpy\u0000', '_run_code').verdict).toBe('dangerous');
  });

  it('does not re-root module components (real submodules), only attributes and six/future moves', () => {
    // Not `pickle.*`: a real submodule (allowed: TorchScript archives written by torch use it).
    expect(classifyGlobal('torch.jit._pickle', 'build_tensorlist').verdict).toBe('allowed');
    expect(classifyGlobal('torch.jit._pickle', 'loads').verdict).not.toBe('dangerous');
    expect(classifyGlobal('scipy.signal._ltisys', 'StateSpace').verdict).toBe('unknown');
    expect(classifyGlobal('transformers.utils.logging', 'get_logger').verdict).toBe('unknown');
    expect(classifyGlobal('six.moves.cPickle', 'loads')).toMatchObject({
      verdict: 'dangerous',
      matched: 'cPickle',
    });
    expect(classifyGlobal('future.moves.subprocess', 'run').verdict).toBe('dangerous');
    expect(classifyGlobal('argparse', '_os.system')).toMatchObject({ verdict: 'dangerous', matched: 'os' });
    expect(classifyGlobal('pandas.io.pickle', 'read_pickle').verdict).toBe('dangerous');
  });
});

describe('generated deny entries (gadgets.ts)', () => {
  it('are merged into the denylist with their own reasons', () => {
    expect(GADGETS.length).toBeGreaterThan(0);
    for (const g of GADGETS) {
      const entry = DENYLIST.get(g.global);
      // A hand-grouped entry wins; a generated one names its sink and upstream line.
      if (entry?.reason.includes(g.where)) expect(entry.reason).toContain(g.sink);
      const dot = g.global.lastIndexOf('.');
      expect(classifyGlobal(g.global.slice(0, dot), g.global.slice(dot + 1)).verdict, g.global).toBe(
        'dangerous',
      );
    }
  });
});

describe('classifyGlobal on very long dotted names', () => {
  // A 22 KB script of `a.a.a...` (fuzz campaign seed 8675309) made the alias search cubic: every
  // suffix built every prefix. Prefixes now stop at the longest denylist key.
  it('11,000 components: linear, and an alias at the end is still found', () => {
    const chain = Array.from({ length: 11_000 }, () => 'a').join('.');
    const started = performance.now();
    expect(classifyGlobal(chain, 'b').verdict).toBe('unknown');
    expect(classifyGlobal(chain, 'os.system').verdict).toBe('dangerous');
    expect(classifyGlobal(chain, '_os.system').verdict).toBe('dangerous');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
