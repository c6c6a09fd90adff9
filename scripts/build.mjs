// Builds dist/: the CLI (bin.js + lazily loaded chunks), the library entry, the Action entry and
// the hash worker, every dependency inlined so the Action runs from the repository as committed.
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { BUNDLE_ALIASES } from './stubs/aliases.mjs';

rmSync('dist', { recursive: true, force: true });
const entryPoints = {
  bin: 'src/bin.ts',
  index: 'src/index.ts',
  'hash-worker': 'src/core/hash/worker.ts',
};
entryPoints.action = 'src/action/entry.ts';

// CommonJS dependencies inside an ESM bundle need require(), and the Emscripten ones (7z-wasm,
// wasm-bz2) __dirname to find their .wasm files, which are copied beside the bundle below.
const BANNER = [
  "import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);",
  "import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path';",
  'const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);',
].join(' ');

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Prefer ESM builds: jsonc-parser's UMD build require()s its modules dynamically, which cannot be bundled.
  mainFields: ['module', 'main'],
  alias: BUNDLE_ALIASES,
  target: 'node22',
  chunkNames: 'chunk-[hash]',
  legalComments: 'linked',
  banner: { js: BANNER },
  // wasm-bz2 require()s its .wasm in a browser-only branch: an empty module there (Node loads the copy
  // beside the bundle, below), so dist/ ships each .wasm once.
  loader: { '.wasm': 'empty' },
  logLevel: 'warning',
});

// esbuild puts the banner in every chunk, and most never name require, __filename or __dirname:
// there it only costs a createRequire and a URL conversion as each chunk loads (113 of 127 chunks;
// a cached scan loads 65 of them, about 4 ms). A chunk that names one of them keeps it (a name in a
// string or comment also keeps it, which is only a missed saving).
const USES_BANNER = /\b(?:require|__filename|__dirname)\b/;
for (const name of readdirSync('dist')) {
  if (!name.endsWith('.js')) continue;
  const text = readFileSync(`dist/${name}`, 'utf8');
  const shebang = text.startsWith('#!') ? text.slice(0, text.indexOf('\n') + 1) : '';
  if (!text.startsWith(BANNER, shebang.length))
    throw new Error(`dist/${name}: no banner where esbuild puts it`);
  const body = text.slice(shebang.length + BANNER.length);
  if (!USES_BANNER.test(body)) writeFileSync(`dist/${name}`, shebang + body.replace(/^\n/, ''));
}

// Emscripten modules load their WebAssembly from the bundle's folder at run time.
for (const [from, to] of [
  ['node_modules/7z-wasm/7zz.wasm', 'dist/7zz.wasm'],
  ['node_modules/@foxglove/wasm-bz2/wasm/module.wasm', 'dist/module.wasm'],
]) {
  copyFileSync(from, to);
}
