/**
 * Pickle globals that are dangerous whatever the context, each with the reason a user reads in the
 * finding. Keys are dotted paths: a key matches the global `module.name` itself and everything below
 * it (`os` covers `os.system` and `os.path.join`; `torch.hub` covers `torch.hub.load`), at component
 * boundaries only (`osx` is not `os`). Deny always wins over the allowlist and over a policy's
 * `pickle.allow`.
 *
 * Learned from the peers' lists (picklescan `_unsafe_globals` in
 * https://github.com/mmaitre314/picklescan/blob/main/src/picklescan/scanner.py, ModelScan
 * `unsafe_globals` in https://github.com/protectai/modelscan/blob/main/modelscan/settings.py,
 * https://github.com/trailofbits/fickling, https://github.com/promptfoo/modelaudit) and the published
 * bypasses (the advisories in the technique table of test/formats/pickle/hostile.test.ts and the
 * gadget sources in fixtures/pickle/hostile/manifest.json), grouped by why each entry is
 * dangerous. Library classes whose `__setstate__`/`__reduce__`/`__init__` run a nested loader are
 * generated into gadgets.ts and merged in. It is not the only line of defence: anything not on the
 * allowlist is already a finding (unknown).
 */
import { GADGETS, type Gadget } from './gadgets.ts';

export type DenyCategory =
  | 'code-execution'
  | 'process'
  | 'filesystem'
  | 'network'
  | 'resolver'
  | 'nested-loader'
  | 'importer'
  | 'extension-registry'
  | 'scanner-evasion'
  | 'side-effect';

const REASONS: Record<DenyCategory, string> = {
  'code-execution': 'runs or compiles arbitrary Python code',
  process: 'starts processes or controls the interpreter',
  filesystem: 'reads, writes or deletes files',
  network: 'opens network connections',
  resolver: 'reaches any other function by name, hiding what is really called',
  'nested-loader': 'loads another serialized object (a second, unscanned pickle or model)',
  importer: 'imports modules or loads native code',
  'extension-registry': 'edits the copyreg extension registry that EXT opcodes read',
  'scanner-evasion': 'tampers with model scanners',
  'side-effect': 'has side effects no model needs (signals, exit hooks, threads, terminal, debugger)',
};

const GROUPS: Record<DenyCategory, string[]> = {
  'code-execution': [
    'builtins.eval',
    'builtins.exec',
    'builtins.execfile',
    'builtins.compile',
    'builtins.breakpoint',
    'builtins.apply',
    'builtins.__build_class__',
    'code',
    'codeop',
    'compileall',
    'py_compile',
    'runpy',
    'types.CodeType',
    'types.FunctionType',
    'types.MethodType',
    'types.LambdaType',
    'types.ModuleType',
    'cloudpickle',
    'dill',
    'timeit',
    'cProfile',
    'profile',
    'trace',
    'doctest',
    'pdb',
    'bdb',
    'idlelib',
    'lib2to3',
    'pydoc',
    'test',
    'unittest',
    'numpy.f2py',
    'numpy.distutils',
    'numpy.testing',
    'numpy.core._internal',
    'numpy._core._internal',
    'pandas.eval',
    'pandas.core.computation',
    'torch._dynamo',
    'torch._inductor',
    'torch.compile',
    'torch.fx.experimental.symbolic_shapes.ShapeEnv.evaluate_guards_expression',
    'torch.jit.unsupported_tensor_ops',
    'torch.jit.annotations',
    'torch.jit.frontend',
    'torch.utils._config_module',
    'torch.utils.bottleneck',
    'torch.utils.collect_env',
    'torch.utils.cpp_extension',
    'torch.utils.data.datapipes.utils.decoder',
    'torch.ops',
    'yaml.load',
    'yaml.unsafe_load',
    'yaml.full_load',
    'yaml.load_all',
    'yaml.unsafe_load_all',
    'jsonpickle',
    'jinja2',
  ],
  process: [
    'os',
    'posix',
    'nt',
    'subprocess',
    '_posixsubprocess',
    'pty',
    'pexpect',
    'commands',
    'popen2',
    'platform.popen',
    'platform.system',
    'sys',
    'multiprocessing',
    'concurrent',
    'asyncio',
    '_osx_support',
    '_aix_support',
    '_pyrepl',
    'uuid._get_command_stdout',
    'uuid._popen',
    'imaplib.IMAP4_stream',
    'pipes',
    'ensurepip',
    'pip',
    'venv',
    'site',
    'distutils',
    'setuptools',
    'webbrowser',
    'pydoc.pipepager',
  ],
  filesystem: [
    'builtins.open',
    'builtins.file',
    'io.open',
    'io.open_code',
    'io.FileIO',
    '_io',
    // pathlib's classes only build paths (checkpoints carry PosixPath); the methods that touch files
    // (PosixPath.write_text, ...) are derived into gadgets.ts.
    'posixpath',
    'ntpath',
    'shutil',
    'tempfile',
    'glob',
    'fileinput',
    'filecmp',
    'linecache',
    'zipfile',
    'tarfile',
    'gzip.open',
    'gzip.GzipFile',
    'bz2.open',
    'bz2.BZ2File',
    'lzma.open',
    'lzma.LZMAFile',
    'dbm',
    'shelve',
    'sqlite3',
    '_sqlite3',
    'mmap',
    'logging',
    'numpy.fromfile',
    'numpy.tofile',
    'numpy.memmap',
    'numpy.savetxt',
    'numpy.save',
    'numpy.savez',
    'numpy.loadtxt',
    'numpy.genfromtxt',
    'numpy.lib.npyio',
    'numpy.ctypeslib',
    'xml.dom.minidom.parse',
    'xml.etree.ElementTree.parse',
    'xml.sax',
    'pandas.io',
    'pandas.read_csv',
    'pandas.read_json',
    'pandas.read_html',
    'pandas.read_excel',
    'pandas.read_sql',
    'pandas.read_parquet',
    'pandas.read_hdf',
  ],
  network: [
    'socket',
    '_socket',
    'ssl',
    '_ssl',
    'socketserver',
    'http',
    'httplib',
    'urllib',
    'urllib2',
    'urllib3',
    'requests',
    'httpx',
    'aiohttp',
    'ftplib',
    'smtplib',
    'poplib',
    'nntplib',
    'telnetlib',
    'xmlrpc',
    'wsgiref',
    'select',
    'selectors',
    'torch.distributed.rpc',
    'torch.distributed.elastic',
    'huggingface_hub',
    'transformers.AutoModel',
  ],
  resolver: [
    'builtins.getattr',
    'builtins.setattr',
    'builtins.delattr',
    'builtins.globals',
    'builtins.locals',
    'builtins.vars',
    'builtins.dir',
    'builtins.__import__',
    'builtins.reload',
    'operator',
    '_operator',
    // functools.partial only stores a function and its arguments (torchvision models keep
    // partial(nn.LayerNorm, eps=...) as a module attribute): it is allowed, and forwarders.ts makes the
    // function it wraps count as called. The rest of functools calls or rewrites what it is given.
    'functools.reduce',
    'functools.update_wrapper',
    'functools.wraps',
    'functools.total_ordering',
    'functools.singledispatch',
    'functools.singledispatchmethod',
    'functools.cmp_to_key',
    'functools.partialmethod',
    'functools.lru_cache',
    'functools.cache',
    'functools.cached_property',
    'functools._lru_cache_wrapper',
    '_functools',
    'itertools.starmap',
    'inspect',
    'pkgutil',
    'importlib',
    'gc',
    'weakref',
    'ctypes',
    '_ctypes',
    'cffi',
  ],
  'nested-loader': [
    'pickle',
    '_pickle',
    'cPickle',
    'pickletools',
    'marshal',
    'torch.load',
    'torch.serialization.load',
    'torch.serialization._load',
    'torch.serialization._legacy_load',
    'torch.storage._load_from_bytes',
    'torch.hub',
    'torch.package',
    'torch.jit.load',
    'torch.jit._serialization',
    'torch.jit._load_for_lite_interpreter',
    'numpy.load',
    'numpy.lib.format.read_array',
    'joblib.load',
    'joblib.numpy_pickle.load',
    'joblib.numpy_pickle.NumpyUnpickler',
    'joblib.numpy_pickle_compat',
    'joblib.externals',
    'joblib.Parallel',
    'joblib.parallel',
    'pandas.read_pickle',
    'keras.models.load_model',
    'keras.saving.load_model',
    'tensorflow.keras.models.load_model',
    'tf_keras.models.load_model',
    'tensorflow.saved_model.load',
    'skops.io.load',
  ],
  importer: ['imp', '_imp', '_frozen_importlib', '_frozen_importlib_external', 'zipimport'],
  'extension-registry': [
    'copyreg.add_extension',
    'copyreg.remove_extension',
    'copyreg.clear_extension_cache',
    'copyreg._extension_registry',
    'copyreg._inverted_registry',
    'copyreg._extension_cache',
    'copyreg.dispatch_table',
    'copyreg.pickle',
    'copyreg.constructor',
  ],
  'scanner-evasion': ['fickling', 'picklescan', 'modelscan', 'modelaudit', 'model_unpickler', 'saferpickle'],
  'side-effect': [
    'atexit',
    'signal',
    '_signal',
    'threading',
    '_thread',
    '_interpreters',
    '_xxsubinterpreters',
    'resource',
    'syslog',
    'getpass',
    'pwd',
    'grp',
    'spwd',
    'crypt',
    'fcntl',
    'termios',
    'tty',
    'curses',
    'readline',
    'rlcompleter',
    'winreg',
    '_winreg',
    'builtins.input',
    'builtins.exit',
    'builtins.quit',
    'builtins.help',
    'builtins.copyright',
    'builtins.credits',
    'builtins.license',
  ],
};

export interface DenyEntry {
  key: string;
  category: DenyCategory;
  reason: string;
}

/**
 * The hand-grouped entries, then the generated ones (gadgets.ts); a generated key never replaces a
 * grouped one. A generated entry's reason names the method the unpickler runs, the sink it reaches
 * and the upstream line.
 */
export function buildDenylist(
  groups: Readonly<Record<DenyCategory, readonly string[]>>,
  generated: readonly Gadget[],
): ReadonlyMap<string, DenyEntry> {
  const table = new Map<string, DenyEntry>();
  for (const [category, keys] of Object.entries(groups) as [DenyCategory, readonly string[]][])
    for (const key of keys) table.set(key, { key, category, reason: REASONS[category] });
  for (const g of generated) {
    if (table.has(g.global)) continue;
    table.set(g.global, {
      key: g.global,
      category: g.category,
      reason: `${REASONS[g.category]} (${g.via} → ${g.sink}, ${g.where})`,
    });
  }
  return table;
}

export const DENYLIST: ReadonlyMap<string, DenyEntry> = buildDenylist(GROUPS, GADGETS);

/**
 * Dotted components of the longest denylist key: a prefix longer than this matches nothing, so the
 * prefix search stops there (a 22 KB script of `a.a.a...` made the search cubic: 11,000 suffixes,
 * each building prefixes up to 11,000 components long).
 */
export const DENYLIST_MAX_PARTS: number = Math.max(...[...DENYLIST.keys()].map((k) => k.split('.').length));

/**
 * Attribute names that are dangerous wherever they appear in a dotted global (`x.y.system`): they
 * only exist on modules and objects that run code, so an attribute walk ending in one reaches them
 * through an alias (`argparse._os.system`).
 */
export const DANGEROUS_ATTRIBUTES: ReadonlySet<string> = new Set([
  'system',
  'popen',
  'popen2',
  'popen3',
  'popen4',
  'eval',
  'exec',
  'execfile',
  '__import__',
  'import_module',
  'load_module',
  'exec_module',
  'run_path',
  'run_module',
  'check_output',
  'check_call',
  'getoutput',
  'getstatusoutput',
  'spawnl',
  'spawnle',
  'spawnlp',
  'spawnlpe',
  'spawnv',
  'spawnve',
  'spawnvp',
  'spawnvpe',
  'execl',
  'execle',
  'execlp',
  'execlpe',
  'execv',
  'execve',
  'execvp',
  'execvpe',
  'resolve_name',
  'getattr_static',
  'attrgetter',
  'methodcaller',
]);
