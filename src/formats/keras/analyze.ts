/**
 * Keras containers read: legacy `.h5` (HDF5 root attributes `model_config` / `training_config`),
 * Keras JSON (`model.to_json()`, loose `config.json`), and `.keras` zips (config.json +
 * metadata.json). The checks of the configuration itself live in ./config.ts.
 */
import { decodeJsonBytes } from '../../core/python-json.ts';
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { KINDS } from '../../core/sniff.ts';
import { label, readAll } from '../../core/source.ts';
import { Hdf5Error, readRootAttributes } from '../hdf5/read.ts';
import { openZipFor, ZipFormatError } from '../zip/reader.ts';
import { MAX_KERAS_JSON as MAX_JSON } from './candidates.ts';
import { checkKerasJsonText, kerasModelShapeProblem, readKerasJson, reportKerasConfig } from './config.ts';
import {
  HDF5_MALFORMED,
  HDF5_POLYGLOT,
  HDF5_UNSUPPORTED,
  KERAS_BAD_CONFIG,
  KERAS_DUPLICATE_CONFIG,
  KERAS_ZIP_POLYGLOT,
} from './rules.ts';

/** Root attributes Keras reads (and we decode). */
const KERAS_H5_ATTRS = new Set(['model_config', 'training_config', 'keras_version', 'backend']);
const CONFIG_ATTRS = ['model_config', 'training_config'];

/** Reads the Keras root attributes of an HDF5 source and checks the configs they hold. */
export async function checkKerasH5(ctx: AnalyzerContext): Promise<void> {
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

/** Content of another kind with an HDF5 superblock at `at`: the polyglot, then its HDF5 side. */
export async function analyzeKerasH5Polyglot(ctx: AnalyzerContext, at: number): Promise<void> {
  ctx.report(
    finding(HDF5_POLYGLOT, {
      message: `${label(ctx.source)} is ${ctx.kind} content with an HDF5 superblock at offset ${at}`,
      offset: at,
      evidence: { kind: ctx.kind, superblock: at },
    }),
  );
  await checkKerasH5(ctx);
}

/** A Keras model JSON: an object with class_name and config (model.to_json(), .keras config.json). */
export function isKerasModelJson(v: unknown): boolean {
  return kerasModelShapeProblem(v) === undefined;
}

/** A JSON or text file that may be a Keras model JSON (the index's checks passed). */
export async function analyzeKerasJson(ctx: AnalyzerContext): Promise<void> {
  const text = decodeJsonBytes(await readAll(ctx.source, MAX_JSON));
  if (!text.includes('"class_name"')) return;
  const read = readKerasJson(text);
  // Not JSON: not a Keras config (the text analyzers see it).
  if (read.ok && isKerasModelJson(read.value)) await reportKerasConfig(ctx, read.value, 'Keras model JSON');
}

/**
 * `.keras` (Keras 3 saving_lib): a zip with config.json, metadata.json and model.weights.h5. Keras
 * reads config.json with Python's zipfile (the last central-directory entry of that name) and
 * json.loads(bytes) (UTF-8/16/32), so config.json is read here whatever its content sniffs as; the
 * weights file and any other member are scanned by the zip analyzer like every member.
 */
export async function analyzeKerasZip(ctx: AnalyzerContext): Promise<void> {
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
}
