/**
 * Keras containers: legacy `.h5` (HDF5 root attributes `model_config` / `training_config`), Keras
 * JSON (`model.to_json()`, loose `config.json`), and `.keras` zips (config.json + metadata.json).
 * The checks themselves live in ./config.ts.
 */
import { decodeJsonBytes } from '../../core/python-json.ts';
import type { AnalyzerContext, FileAnalyzer } from '../../core/analyzer.ts';
import { defineRule, finding } from '../../core/finding.ts';
import { KINDS } from '../../core/sniff.ts';
import { label, readAll } from '../../core/source.ts';
import { HDF5_SIGNATURE, Hdf5Error, readRootAttributes } from '../hdf5.ts';
import {
  checkKerasJsonText,
  KERAS_BAD_CONFIG,
  kerasModelShapeProblem,
  readKerasJson,
  reportKerasConfig,
} from './config.ts';
import { openZipFor, ZipFormatError } from '../zip/reader.ts';

export const HDF5_MALFORMED = defineRule({
  id: 'hdf5/malformed',
  severity: 'high',
  title: 'HDF5 file whose root attributes cannot be read',
  tags: ['hdf5', 'keras', 'fail-closed'],
  explain: `The file has an HDF5 signature but its superblock or root object header is broken
(addresses outside the file, loops, unknown versions). Keras reads the model configuration from the
root group's attributes; as they could not be read, the file is not passed.
Fix: re-download or re-save the model (model.save("model.keras")).`,
});

export const HDF5_UNSUPPORTED = defineRule({
  id: 'hdf5/unsupported-structure',
  severity: 'high',
  title: 'HDF5 root attributes stored in a way modelvet cannot read',
  tags: ['hdf5', 'keras', 'fail-closed'],
  explain: `The root group keeps (some of) its attributes in a structure modelvet does not decode:
a fractal heap layout h5py does not write (filtered heaps, nested indirect blocks), shared
datatypes, huge attribute arrays. modelvet reads compact attributes and the dense storage h5py
writes; a model_config hidden elsewhere cannot be vetted, so the file is not passed.
Fix: re-save the model with Keras, or vet it another way and ignore the rule.`,
});

export const KERAS_DUPLICATE_CONFIG = defineRule({
  id: 'keras/duplicate-config',
  severity: 'high',
  title: 'Keras configuration stored twice',
  tags: ['keras', 'fail-closed'],
  explain: `The file holds two model configurations (two model_config attributes, or two config.json
members). Loaders and scanners may pick different ones, which is how a benign copy shields a
hostile one. Both are checked; the duplication itself is reported. Fix: re-save the model.`,
});

/** Root attributes Keras reads (and we decode). */
const KERAS_H5_ATTRS = new Set(['model_config', 'training_config', 'keras_version', 'backend']);
const CONFIG_ATTRS = ['model_config', 'training_config'];

export const HDF5_POLYGLOT = defineRule({
  id: 'hdf5/polyglot',
  severity: 'high',
  title: 'File is also an HDF5 file',
  tags: ['hdf5', 'keras', 'evasion'],
  explain: `The file's content is recognised as another format (a zip, a pickle, ...), yet an HDF5
superblock sits at one of the offsets where the HDF5 library looks for it (512, 1024, 2048, ... bytes:
the "user block"). Keras opens any path ending in .h5/.hdf5 with h5py, which finds that superblock
and loads the model_config it points to, while tools that trust the first bytes see only the other
format. The HDF5 side is checked too; the polyglot itself is reported because no real model is one.
Fix: do not load the file; obtain the model from its publisher again.`,
});

/** Reads the Keras root attributes of an HDF5 source and checks the configs they hold. */
async function checkKerasH5(ctx: AnalyzerContext): Promise<void> {
  const where = label(ctx.source);
  let root: Awaited<ReturnType<typeof readRootAttributes>>;
  try {
    root = await readRootAttributes(ctx.source, KERAS_H5_ATTRS);
  } catch (err) {
    if (!(err instanceof Hdf5Error)) throw err;
    ctx.report(finding(HDF5_MALFORMED, { message: `${where}: ${err.message}`, offset: err.offset }));
    return;
  }
  for (const what of CONFIG_ATTRS) {
    const attrs = root.attributes.filter((a) => a.name === what);
    if (attrs.length > 1) {
      ctx.report(
        finding(KERAS_DUPLICATE_CONFIG, {
          message: `${where}: root attribute ${what} appears ${attrs.length} times`,
        }),
      );
    }
    for (const a of attrs) {
      if (a.unsupported || !a.value) {
        ctx.report(
          finding(HDF5_UNSUPPORTED, {
            message: `${where}: root attribute ${what} cannot be decoded (${a.unsupported ?? `datatype class ${a.typeClass}`})`,
          }),
        );
        continue;
      }
      await checkKerasJsonText(
        ctx,
        a.value.join(''),
        `${what} attribute`,
        undefined,
        what === 'model_config',
      );
    }
  }
  if (root.unsupported.length) {
    ctx.report(
      finding(HDF5_UNSUPPORTED, {
        message: `${where}: root group uses ${root.unsupported.join(', ')}; attributes there were not vetted`,
        evidence: { unsupported: root.unsupported },
      }),
    );
  }
}

export const KERAS_H5_ANALYZER: FileAnalyzer = {
  id: 'keras-h5',
  kinds: [KINDS.hdf5],
  claims: [KINDS.hdf5],
  analyze: checkKerasH5,
};

const H5_NAMES = /\.(h5|hdf5)$/;

/** Offset of an HDF5 superblock past offset 0 (user block), or undefined. */
export async function hdf5SuperblockAfterStart(ctx: AnalyzerContext): Promise<number | undefined> {
  for (const at of [512, 1024, 2048]) {
    if (ctx.head.length >= at + 8 && ctx.head.subarray(at, at + 8).equals(HDF5_SIGNATURE)) return at;
  }
  // Further powers of two only for names Keras opens with h5py: ~20 reads of 8 bytes for a GB file.
  if (!H5_NAMES.test(ctx.name)) return undefined;
  for (let at = 4096; at + 8 <= ctx.source.size; at *= 2) {
    if ((await ctx.source.read(at, 8)).equals(HDF5_SIGNATURE)) return at;
  }
  return undefined;
}

/** Every built-in kind but HDF5 itself (and nothing-to-read kinds). */
const OTHER_KINDS = Object.values(KINDS).filter((k) => k !== KINDS.hdf5 && k !== KINDS.empty);

export const KERAS_H5_POLYGLOT_ANALYZER: FileAnalyzer = {
  id: 'keras-h5-polyglot',
  kinds: OTHER_KINDS,
  async analyze(ctx) {
    // A zip may store an .h5 member (a .keras file's weights) at one of these offsets; only a name
    // Keras opens with h5py makes that a polyglot.
    if (ctx.kind === KINDS.zip && !H5_NAMES.test(ctx.name)) return;
    const at = await hdf5SuperblockAfterStart(ctx);
    if (at === undefined) return;
    ctx.report(
      finding(HDF5_POLYGLOT, {
        message: `${label(ctx.source)} is ${ctx.kind} content with an HDF5 superblock at offset ${at}`,
        offset: at,
        evidence: { kind: ctx.kind, superblock: at },
      }),
    );
    await checkKerasH5(ctx);
  },
};

/** A Keras model JSON: an object with class_name and config (model.to_json(), .keras config.json). */
export function isKerasModelJson(v: unknown): boolean {
  return kerasModelShapeProblem(v) === undefined;
}

const MAX_JSON = 64 * 1024 * 1024;

export const KERAS_JSON_ANALYZER: FileAnalyzer = {
  id: 'keras-json',
  kinds: [KINDS.json, KINDS.text, KINDS.unknown],
  async analyze(ctx) {
    // A config.json at the root of a container is read by the .keras analyzer of that container.
    if (ctx.depth > 0 && ctx.source.member.at(-1) === 'config.json') return;
    if (ctx.source.size > MAX_JSON) return;
    // Binary-looking *.json: json.loads(bytes) also reads UTF-16/32, which text sniffing does not call text.
    const jsonName = ctx.name.endsWith('.json');
    if (ctx.kind === KINDS.unknown && !jsonName) return;
    // Keras writes class_name near the start; a *.json file is read whole anyway (key order is free).
    if (!ctx.head.includes('"class_name"') && !(jsonName && ctx.source.size <= 16 * 1024 * 1024)) return;
    const text = decodeJsonBytes(await readAll(ctx.source, MAX_JSON));
    if (!text.includes('"class_name"')) return;
    const read = readKerasJson(text);
    // Not JSON: not a Keras config (the text analyzers see it).
    if (read.ok && isKerasModelJson(read.value)) await reportKerasConfig(ctx, read.value, 'Keras model JSON');
  },
};

/**
 * `.keras` (Keras 3 saving_lib): a zip with config.json, metadata.json and model.weights.h5. Keras
 * reads config.json with Python's zipfile (the last central-directory entry of that name) and
 * json.loads(bytes) (UTF-8/16/32), so config.json is read here whatever its content sniffs as; the
 * weights file and any other member are scanned by the zip analyzer like every member.
 */
export const KERAS_ZIP_POLYGLOT = defineRule({
  id: 'keras/zip-polyglot',
  severity: 'high',
  title: '.keras file that is a zip only from its end',
  tags: ['keras', 'zip', 'evasion'],
  explain: `The file is named .keras and Python's zipfile (which finds a zip by the record at its
end) opens it, so Keras loads it as a .keras archive, but its first bytes say it is something else
(HDF5, pickle, ...). Tools that trust the first bytes never look at the zip side and its config.json.
The zip side is checked too; the polyglot itself is reported because no real model is one.
Fix: do not load the file; obtain the model from its publisher again.`,
});

export const KERAS_ZIP_ANALYZER: FileAnalyzer = {
  id: 'keras-zip',
  kinds: [KINDS.zip, KINDS.hdf5, ...OTHER_KINDS.filter((k) => k !== KINDS.zip)],
  async analyze(ctx) {
    if (ctx.kind !== KINDS.zip && !ctx.name.endsWith('.keras')) return;
    let zip: Awaited<ReturnType<typeof openZipFor>>;
    try {
      zip = await openZipFor(ctx);
    } catch (err) {
      if (err instanceof ZipFormatError) return; // not a zip (the zip analyzer reports broken ones)
      throw err;
    }
    if (ctx.kind !== KINDS.zip) {
      ctx.report(
        finding(KERAS_ZIP_POLYGLOT, {
          message: `${label(ctx.source)} is ${ctx.kind} content that Keras opens as a .keras zip`,
          evidence: { kind: ctx.kind },
        }),
      );
    }
    const configs = zip.entries.filter((e) => e.name === 'config.json');
    if (!configs.length) return;
    const where = label(ctx.source);
    const kerasLayout =
      ctx.name.endsWith('.keras') ||
      zip.entries.some((e) => e.name === 'metadata.json' || e.name === 'model.weights.h5');
    // Several config.json entries are a zip/duplicate-name finding of the zip analyzer; all are checked here.
    for (const entry of configs) {
      const member = [...ctx.source.member, entry.name];
      const bad = (why: string) => {
        if (kerasLayout)
          ctx.report(finding(KERAS_BAD_CONFIG, { message: `${where}: config.json ${why}`, member }));
      };
      if (entry.uncompressedSize > MAX_JSON) {
        bad(`is ${entry.uncompressedSize} bytes, over the ${MAX_JSON} byte limit`);
        continue;
      }
      const opened = await zip.openEntry(entry, { limits: ctx.limits, budget: ctx.budget });
      if (!opened.ok) {
        bad(`cannot be read (${opened.message})`);
        continue;
      }
      const read = readKerasJson(decodeJsonBytes(await readAll(opened.source, MAX_JSON)));
      if (!read.ok) {
        bad(read.reason);
        continue;
      }
      if (!kerasLayout && !isKerasModelJson(read.value)) continue;
      const shape = kerasModelShapeProblem(read.value);
      if (shape) bad(`is not a Keras model config: ${shape}`);
      await reportKerasConfig(ctx, read.value, 'config.json', member);
    }
  },
};
