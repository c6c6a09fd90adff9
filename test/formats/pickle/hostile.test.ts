/**
 * One test per hostile fixture, grouped by technique. TECHNIQUES below is the list of pickle
 * techniques modelvet must catch: a stable id, what the technique does, and where it was published
 * (advisory, upstream pull request or issue, or the loader source it abuses) when it was. Every
 * fixture in fixtures/pickle/hostile/manifest.json (written by fixtures/scripts/pickle_hostile.py)
 * names one technique and must produce its rule at its severity (exit 1 at the default fail level
 * unless the manifest says medium); every technique must have at least one fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, type Severity } from '../../../src/core/finding.ts';
import { analyzeFile, FIXTURES } from './helpers.ts';

interface Technique {
  what: string;
  /** Where the technique was published or what it abuses; absent when nobody published it. */
  source?: string;
  /** Each fixture names its own source (one advisory per gadget). */
  sourcePerFixture?: true;
}

const TECHNIQUES: Record<string, Technique> = {
  'proto0-global-reduce': {
    what: 'protocol 0 GLOBAL names a callable, REDUCE calls it',
    source: 'CPython Lib/pickle.py load_global, load_reduce',
  },
  'memo-indirection': {
    what: 'STACK_GLOBAL operands stored in and fetched back from the memo (MEMOIZE, BINPUT overwrite, LONG_BINPUT, PUT/GET)',
    source: 'mmaitre314/picklescan#22',
  },
  'stack-global-string-operands': {
    what: 'STACK_GLOBAL operands pushed by Python 2 string opcodes (SHORT_BINSTRING)',
    source: 'GHSA-9gvj-pp9x-gcfr',
  },
  'stack-global-at-start': {
    what: 'STACK_GLOBAL operands at opcodes #0/#1, no PROTO',
    source: 'GHSA-9gvj-pp9x-gcfr',
  },
  'functools-partial': {
    what: 'functools.partial wraps a dangerous callable',
    source: 'GHSA-655q-fx9r-782v',
  },
  'getattr-import': {
    what: 'builtins.getattr over builtins.__import__: the dangerous callable is computed, never named',
  },
  'broken-stream': {
    what: 'the payload runs before bytes that break the stream',
    source: 'nullifAI (ReversingLabs, Feb 2025); mmaitre314/picklescan#33',
  },
  'ext-opcode': {
    what: 'EXT1/EXT2/EXT4 fetch a global from the copyreg extension registry without GLOBAL',
    source: 'CPython Lib/pickle.py load_ext1, get_extension',
  },
  'copyreg-add-extension': {
    what: 'copyreg.add_extension registers a dangerous global, then EXT1 calls it',
    source: 'CPython Lib/copyreg.py add_extension',
  },
  'inst-opcode': {
    what: 'INST imports and calls without GLOBAL',
    source: 'mmaitre314/picklescan#21',
  },
  'obj-opcode': { what: 'OBJ calls a class pushed by GLOBAL', source: 'GHSA-mxhj-88fx-4pcv' },
  'operator-methodcaller': {
    what: '_operator.methodcaller calls a method named only by a string',
    source: 'mmaitre314/picklescan#54 (GHSA-955r-x9j8-7rhh, GHSA-46h3-79wf-xr6c)',
  },
  'pip-main': { what: 'pip.main installs or runs anything', source: 'CVE-2025-1716' },
  'importlib-getattr-static': {
    what: 'importlib.import_module plus inspect.getattr_static: "system" appears only as a string',
    source: 'https://huggingface.co/xry6/huntr-picklescan-bypass-poc; mmaitre314/picklescan#74',
  },
  'getitem-vars-import': {
    what: '_operator.getitem(builtins.vars(module), name): attribute access through a dict',
  },
  'second-stream': {
    what: 'a payload in a later pickle stream after a benign one (loaders that read several streams run it)',
  },
  'module-attribute-traversal': {
    what: 'builtins or sys.modules reached through attributes of an allowed module (numpy.__builtins__, BUILD into numpy.size, dotted STACK_GLOBAL)',
    source: 'protectai/modelscan#89, protectai/modelscan#330',
  },
  'dotted-name': {
    what: 'a dotted name through a private alias (argparse _os.system), resolved by find_class for protocol 4+',
    source: 'GHSA-5j3x-jp52-966f; CPython Lib/pickle.py _getattribute',
  },
  'nested-loader': {
    what: 'a callable that loads another pickle, marshal or model (torch.load, torch.hub.load, pandas.read_pickle, numpy.load, joblib.load, pickle.loads, marshal.loads)',
    source: 'GHSA-655q-fx9r-782v (torch.serialization.load); mmaitre314/picklescan#25 (pickle)',
  },
  'published-gadget': {
    what: 'a callable published as a scanner bypass or gadget',
    sourcePerFixture: true,
  },
  'py2-alias': {
    what: 'a Python 2 module name the unpickler maps to a Python 3 module (__builtin__, commands)',
    source: 'CPython Lib/_compat_pickle.py IMPORT_MAPPING',
  },
  'unknown-global': {
    what: 'a global on neither list: called (NEWOBJ, NEWOBJ_EX, copyreg._reconstructor) or only referenced',
  },
  'computed-call': { what: 'calls the result of a call' },
  'forwarded-call': {
    what: 'an unlisted callable handed to an allowed function that calls it later (defaultdict factory, ndarray subclass, backward hook)',
  },
  'use-time-callable': {
    what: "an unlisted function stored in an allowed object's state and called when the model is used",
  },
  'invalid-memo': {
    what: 'BINGET of a never-stored memo key, or a STACK_GLOBAL operand that is a computed value',
    source: 'mmaitre314/picklescan#52',
  },
  framing: {
    what: 'the payload inside a protocol 4 FRAME or after protocol 5 buffers',
    source: 'PEP 3154, PEP 574',
  },
  'no-proto-header': {
    what: 'a protocol 0/1 pickle with no PROTO opcode (no \\x80 magic to sniff)',
    source: 'CVE-2025-1889',
  },
  'malformed-stream': { what: 'lengths beyond the file, invalid opcodes' },
  'named-as-other-format': {
    what: 'a plain pickle named like another format (.safetensors, .bin, .model, no extension)',
    source: 'CVE-2025-10155',
  },
  'legacy-torch-payload': {
    what: 'the payload in the data or storage-keys pickle of a legacy (stacked) PyTorch file',
    source: 'pytorch torch/serialization.py _legacy_load',
  },
  'legacy-torch-magic-by-reduce': {
    what: 'the legacy PyTorch magic number produced by REDUCE, so magic checks fail',
    source: 'GHSA-97f8-7cmv-76j2',
  },
  'npy-object-array': {
    what: '.npy object array (or structured dtype with an object field) whose pickle runs',
    source: 'CVE-2019-6446',
  },
  'npy-bad-header': {
    what: '.npy header that is not a Python literal',
    source: 'numpy lib/format.py _read_array_header',
  },
  'joblib-object-array': {
    what: 'joblib object array whose nested pickle runs',
    source: 'joblib numpy_pickle.py NumpyArrayWrapper.read_array',
  },
  'joblib-array-bytes-as-opcodes': {
    what: 'joblib array bytes that pickle.load would run as opcodes',
  },
  'joblib-compressed': {
    what: "a payload inside joblib's compressors (zlib, the old 'ZF' file, LZMA-alone)",
    source: 'joblib compressor.py, numpy_pickle_compat.py',
  },
  polyglot: {
    what: "content another sniffer claims (GIF, tar) that a loader's pickle path runs from byte 0",
  },
};

interface Entry {
  file: string;
  technique: string;
  description: string;
  source?: string;
  rule: string;
  severity: Severity;
  also?: string[];
}

const manifest: Entry[] = JSON.parse(readFileSync(join(FIXTURES, 'pickle/hostile/manifest.json'), 'utf8'));

describe('hostile pickles (one per technique)', () => {
  it('every fixture names a listed technique, and its own source when the technique needs one', () => {
    for (const e of manifest) {
      const t = TECHNIQUES[e.technique];
      expect(t, `${e.file}: technique ${e.technique}`).toBeDefined();
      if (t!.sourcePerFixture) expect(e.source, `${e.file}: source`).toMatch(/\S/);
    }
  });

  it('every listed technique has a fixture', () => {
    const covered = new Set(manifest.map((e) => e.technique));
    expect(Object.keys(TECHNIQUES).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const e of manifest) {
    it(`${e.technique}: ${e.description} → ${e.rule} ${e.severity}`, async () => {
      const r = await analyzeFile(e.file);
      const hit = r.findings.find((f) => f.rule === e.rule);
      expect(hit, JSON.stringify(r.findings, null, 1)).toBeDefined();
      expect(hit!.severity).toBe(e.severity);
      // Exit code at the default fail level (high): 1 for everything but referenced-only unknowns.
      expect(r.findings.some((f) => atLeast(f.severity, 'high'))).toBe(atLeast(e.severity, 'high'));
      for (const a of e.also ?? []) expect(r.findings.map((f) => f.rule)).toContain(a);
    });
  }
});
