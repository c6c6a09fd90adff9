/**
 * What the Action loads before it runs (scripts/startup-closure.mjs): of the formats, only the parts
 * that describe them (descriptors, rules, sniffers and the cheap checks every file gets), never the
 * readers, which load through src/lazy.ts on the first file of their format. A new static import of
 * a reader fails here with the chain that pulled it in.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { startupClosure } from '../../scripts/startup-closure.mjs';

type Module = { path: string; bytes: number; by?: string };

/** Files that describe a format or pick its candidates cheaply (run on every file, or at start). */
const LIGHT =
  /\/(index|rules|sniff|first-bytes|candidates|signature|head|records|locate|archive-rules|torch-names)\.ts$/;

/**
 * Format code the scanner needs before it knows a file's kind: the analyzers of files of no known
 * kind (opaque.ts, unknown.ts, with py-int.ts) run on every file anyway. (The LZMA-alone sniffer
 * decodes a file's first bytes, LZMA-alone having no magic number, but loads its decoder on the
 * first file that starts like one.)
 */
const READ_BEFORE_THE_KIND = new Set([
  'src/formats/opaque.ts',
  'src/formats/unknown.ts',
  'src/formats/py-int.ts',
]);

describe('start-up closure of the Action', () => {
  it('holds no format reader: pickle, numpy, zip, tar, gguf, safetensors, onnx, tensorflow, keras, hydra, joblib and chat templates load on first use', async () => {
    const closure: Module[] = await startupClosure('src/action/entry.ts');
    const by = new Map(closure.map((m) => [m.path, m.by]));
    const chain = (p: string) => {
      const out = [];
      for (let q: string | undefined = p; q; q = by.get(q)) out.push(q);
      return out.join(' <- ');
    };
    const heavy = closure
      .map((m) => m.path)
      .filter((p) => p.startsWith('src/formats/') && !LIGHT.test(p) && !READ_BEFORE_THE_KIND.has(p));
    expect(heavy.map(chain)).toEqual([]);
    // Third-party parsers the scan of an empty workspace never uses, and the parts of @actions/core
    // the bundle replaces with stand-ins (scripts/stubs/aliases.mjs: HTTP client, exec and io).
    const unused =
      /node_modules\/(yaml|ajv|@huggingface\/jinja|@lezer|smol-toml|7z-wasm|@actions\/(exec|io|http-client)|undici)\//;
    const parsers = closure.map((m) => m.path).filter((p) => unused.test(p));
    expect(parsers.map(chain)).toEqual([]);
  }, 60_000);
});
