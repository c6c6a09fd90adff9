// Builds dist/: the CLI (bin.js + lazily loaded chunks), the library entry, the Action entry and
// the hash worker, every dependency inlined so the Action runs from the repository as committed.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
const entryPoints = {
  bin: 'src/bin.ts',
  index: 'src/index.ts',
  'hash-worker': 'src/core/hash/worker.ts',
};
entryPoints.action = 'src/action-entry.ts';

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Prefer ESM builds: jsonc-parser's UMD build require()s its modules dynamically, which cannot be bundled.
  mainFields: ['module', 'main'],
  alias: {
    '@actions/http-client/lib/auth': './scripts/stubs/actions-http-client.mjs',
    '@actions/http-client': './scripts/stubs/actions-http-client.mjs',
  },
  target: 'node22',
  chunkNames: 'chunk-[hash]',
  legalComments: 'linked',
  // CommonJS dependencies inside an ESM bundle need require().
  banner: {
    js: "import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
