/**
 * Name tables of the chat-template checks. The internal attributes follow jinja2's sandbox
 * (src/jinja2/sandbox.py: UNSAFE_*_ATTRIBUTES and is_internal_attribute); the globals are those of
 * jinja2's DEFAULT_NAMESPACE (src/jinja2/defaults.py), the helpers transformers adds
 * (raise_exception, strftime_now) and the Flask objects published payloads reach for.
 */

/** Attributes that reach Python internals without a double underscore (Jinja sandbox's unsafe lists). */
export const INTERNAL_ATTRS = new Set([
  'func_code',
  'func_globals',
  'func_closure',
  'func_defaults',
  'func_dict',
  'im_class',
  'im_func',
  'im_self',
  'gi_frame',
  'gi_code',
  'gi_yieldfrom',
  'cr_frame',
  'cr_code',
  'cr_await',
  'ag_frame',
  'ag_code',
  'ag_await',
  'f_globals',
  'f_locals',
  'f_builtins',
  'f_back',
  'f_code',
  'tb_frame',
  'tb_next',
  'co_code',
  'mro',
]);

/** Globals whose attributes lead to Python (`x.__init__.__globals__`) or that only payloads mention. */
export const CALLABLE_GLOBALS = new Set([
  'cycler',
  'joiner',
  'namespace',
  'lipsum',
  'range',
  'dict',
  'self',
  'url_for',
  'get_flashed_messages',
  'config',
  'request',
  'session',
  'g',
  'raise_exception',
  'strftime_now',
]);
/** Globals legitimately called in chat templates (calling them is fine; walking them is not). */
export const CALLABLE_OK = new Set([
  'lipsum',
  'namespace',
  'range',
  'dict',
  'raise_exception',
  'strftime_now',
  'cycler',
  'joiner',
]);
/** Names that no chat template refers to except to escape. */
export const PAYLOAD_GLOBALS = new Set([
  'lipsum',
  'self',
  'config',
  'request',
  'session',
  'url_for',
  'get_flashed_messages',
  'application',
  'builtins',
  'os',
  'sys',
  'subprocess',
  'importlib',
  'eval',
  'exec',
  'getattr',
  'setattr',
]);
export const DANGEROUS_METHODS = new Set([
  'system',
  'popen',
  'popen2',
  'popen3',
  'spawn',
  'spawnl',
  'spawnv',
  'execl',
  'execv',
  'execve',
  'execvp',
  'eval',
  'exec',
  'compile',
  'import_module',
  '__import__',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'open',
  'read',
  'readlines',
  'write',
  'load',
  'loads',
  'check_output',
  'check_call',
  'getoutput',
  'getstatusoutput',
  'communicate',
  'run',
  'Popen',
  'from_pyfile',
  'from_object',
  'fork',
  'kill',
  'remove',
  'unlink',
  'rmtree',
]);
/** Attribute names that only lead to the OS (reached after an escape, e.g. `...__globals__.os.popen`). */
export const OS_ATTRS = new Set([
  'os',
  'popen',
  'system',
  'subprocess',
  'builtins',
  'import_module',
  'check_output',
  'getoutput',
  'Popen',
  'spawnv',
  'execv',
  'execve',
]);

/**
 * Filters that read an attribute of each item through jinja2's make_attrgetter (which splits the name
 * on dots and looks each part up with Environment.getitem, so with the getattr fallback): the keyword
 * argument and the positional index of the attribute name (src/jinja2/filters.py).
 */
export const ATTRIBUTE_ARGS: ReadonlyMap<string, { kw: string; pos?: number }> = new Map([
  ['map', { kw: 'attribute' }],
  ['selectattr', { kw: 'attribute', pos: 0 }],
  ['rejectattr', { kw: 'attribute', pos: 0 }],
  ['sort', { kw: 'attribute', pos: 2 }],
  ['groupby', { kw: 'attribute', pos: 0 }],
  ['sum', { kw: 'attribute', pos: 0 }],
  ['unique', { kw: 'attribute', pos: 1 }],
  ['min', { kw: 'attribute', pos: 1 }],
  ['max', { kw: 'attribute', pos: 1 }],
]);

/** Filters (and str methods) whose result is a number or a boolean whatever they are given. */
export const NUMERIC_FILTERS = new Set(['length', 'count', 'int', 'float', 'abs', 'round', 'wordcount']);

/**
 * Filters and str methods whose result only holds characters of their input: applied to render-time
 * data they give render-time data, not a name the template built.
 */
export const DATA_PRESERVING = new Set([
  'lower',
  'upper',
  'trim',
  'strip',
  'lstrip',
  'rstrip',
  'title',
  'capitalize',
  'string',
  'e',
  'escape',
  'safe',
  'first',
  'last',
  'list',
  'reverse',
  'sort',
  'unique',
  'items',
  'dictsort',
  'default',
  'd',
  'tojson',
  'split',
  'rsplit',
  'splitlines',
  'keys',
  'values',
  'get',
  'batch',
  'slice',
  'selectattr',
  'rejectattr',
  'select',
  'reject',
  'map',
  'groupby',
  'min',
  'max',
  'random',
]);

/** Literal names the parser reads as identifiers. */
export const LITERAL_NAMES: ReadonlyMap<string, boolean | null> = new Map([
  ['true', true],
  ['True', true],
  ['false', false],
  ['False', false],
  ['none', null],
  ['None', null],
]);

export const DUNDER_RE = /__[A-Za-z][A-Za-z0-9_]*?__/;
export const isDunder = (s: string) => /^__[A-Za-z][A-Za-z0-9_]*__$/.test(s);
