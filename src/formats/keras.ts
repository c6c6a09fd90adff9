/**
 * Keras containers: legacy `.h5` (HDF5 root attributes `model_config` / `training_config`), Keras
 * JSON (`model.to_json()`, loose `config.json`), and `.keras` zips (config.json + metadata.json).
 * The checks themselves live in ./keras-config.ts.
 */
import { registerFileAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import { KINDS } from '../core/sniff.ts';
import { label, readAll } from '../core/source.ts';
import { Hdf5Error, readRootAttributes } from './hdf5.ts';
import {
  checkKerasJsonText,
  decodeJsonBytes,
  KERAS_BAD_CONFIG,
  parsePythonJson,
  reportKerasConfig,
} from './keras-config.ts';
import { openZip, ZipFormatError } from './zip/reader.ts';

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
  explain: `The root group keeps (some of) its attributes in a structure modelvet does not decode
(dense attribute storage in a fractal heap, shared datatypes, huge attribute arrays). Keras writes
its model_config as a compact attribute; a model_config hidden elsewhere cannot be vetted, so the
file is not passed. Fix: re-save the model with Keras, or vet it another way and ignore the rule.`,
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

registerFileAnalyzer({
  id: 'keras-h5',
  kinds: [KINDS.hdf5],
  async analyze(ctx) {
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
        await checkKerasJsonText(ctx, a.value.join(''), `${what} attribute`);
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
  },
});

/** A Keras model JSON: an object with class_name and config (model.to_json(), .keras config.json). */
export function isKerasModelJson(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.class_name === 'string' && typeof o.config === 'object' && o.config !== null;
}

const MAX_JSON = 64 * 1024 * 1024;

registerFileAnalyzer({
  id: 'keras-json',
  kinds: [KINDS.json, KINDS.text],
  async analyze(ctx) {
    // A config.json at the root of a container is read by the .keras analyzer of that container.
    if (ctx.depth > 0 && ctx.source.member.at(-1) === 'config.json') return;
    if (ctx.source.size > MAX_JSON || !ctx.head.includes('"class_name"')) return;
    const text = decodeJsonBytes(await readAll(ctx.source, MAX_JSON));
    let parsed: unknown;
    try {
      parsed = parsePythonJson(text);
    } catch {
      return; // Not JSON: not a Keras config (the text analyzers see it).
    }
    if (isKerasModelJson(parsed)) await reportKerasConfig(ctx, parsed, 'Keras model JSON');
  },
});

/**
 * `.keras` (Keras 3 saving_lib): a zip with config.json, metadata.json and model.weights.h5. Keras
 * reads config.json with Python's zipfile (the last central-directory entry of that name) and
 * json.loads(bytes) (UTF-8/16/32), so config.json is read here whatever its content sniffs as; the
 * weights file and any other member are scanned by the zip analyzer like every member.
 */
registerFileAnalyzer({
  id: 'keras-zip',
  kinds: [KINDS.zip],
  async analyze(ctx) {
    let zip: Awaited<ReturnType<typeof openZip>>;
    try {
      zip = await openZip(ctx.source);
    } catch (err) {
      if (err instanceof ZipFormatError) return; // the zip analyzer reports it
      throw err;
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
      let parsed: unknown;
      try {
        parsed = parsePythonJson(decodeJsonBytes(await readAll(opened.source, MAX_JSON)));
      } catch (err) {
        bad(`is not valid JSON (${(err as Error).message.slice(0, 120)})`);
        continue;
      }
      if (!kerasLayout && !isKerasModelJson(parsed)) continue;
      await reportKerasConfig(ctx, parsed, 'config.json', member);
    }
  },
});
