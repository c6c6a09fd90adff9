/**
 * The pickle denylist as the policy sees it: a predicate `isDenied(global)`.
 *
 * The real denylist lives with the pickle analyzer (`src/formats/pickle/globals*`). Until the two
 * branches are merged this module carries a conservative stand-in (code runners, process, file,
 * network and import machinery, nested loaders) so that a policy can never allow those silently.
 * MERGE: replace `fallbackIsDenied` by the pickle module's classifier (deny wins), keeping the
 * `IsDenied` signature; `loadPolicy` and `checkPickleAllow` take the predicate as a parameter.
 */

/** True when `global` (`module.name`) is on modelvet's pickle denylist. */
export type IsDenied = (global: string) => boolean;

const DENIED_MODULES = [
  'os',
  'posix',
  'nt',
  'subprocess',
  'sys',
  'socket',
  'shutil',
  'importlib',
  'pickle',
  '_pickle',
  'marshal',
  'runpy',
  'pty',
  'ctypes',
  'code',
  'codeop',
  'pip',
  'webbrowser',
  'urllib',
  'http',
  'requests',
  'multiprocessing',
  'asyncio',
  'pkgutil',
  'dill',
  'cloudpickle',
  'copyreg',
  'torch.hub',
  'torch.jit',
];

const DENIED_NAMES = new Set([
  'builtins.eval',
  'builtins.exec',
  'builtins.compile',
  'builtins.open',
  'builtins.__import__',
  'builtins.getattr',
  'builtins.setattr',
  'builtins.delattr',
  'builtins.globals',
  'builtins.locals',
  'builtins.vars',
  'builtins.breakpoint',
  'builtins.input',
  'operator.attrgetter',
  'operator.methodcaller',
  'operator.getitem',
  'functools.partial',
  'functools.reduce',
  'torch.load',
  'torch.storage._load_from_bytes',
  'numpy.load',
  'numpy.testing._private.utils.runstring',
  'joblib.load',
  'pandas.read_pickle',
]);

export const fallbackIsDenied: IsDenied = (global) => {
  if (DENIED_NAMES.has(global)) return true;
  return DENIED_MODULES.some((m) => global === m || global.startsWith(`${m}.`));
};
