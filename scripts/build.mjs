// Builds dist/: the CLI (bin.js + lazily loaded chunks), the library entry, the Action entry and
// the hash worker, every dependency inlined so the Action runs from the repository as committed.
//
// Two passes. esbuild compiles and bundles (TypeScript, CommonJS dependencies, aliases) with code
// splitting, which cuts a chunk for every distinct set of entry points and lazy imports that reach a
// module: a scan of an empty folder loaded 58 files for 595 KB, and each ES module costs the loader
// about 0.2 ms to resolve, read, link and evaluate however small it is (70 files vs one of the same
// 500 KB: 46 vs 33 ms on the benchmark's Xeon). Rollup then joins the chunks that the same runs always
// load together (see LOAD_PATHS and loadGroups) into one file per group; nothing a run did not load
// before is loaded by it now, and the chunks of lazily loaded formats stay as they are.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { BUNDLE_ALIASES, importerStubs } from './stubs/aliases.mjs';

/** The oldest Node the bundle runs on (package.json "engines"): process.getBuiltinModule. */
const MIN_NODE = JSON.parse(readFileSync('package.json', 'utf8')).engines.node.replace(/^>=\s*/, '');

const entryPoints = {
  bin: 'src/bin.ts',
  index: 'src/index.ts',
  'hash-worker': 'src/core/hash/worker.ts',
  'hash-ring-reader': 'src/core/hash/ring-producer.ts',
  action: 'src/action/entry.ts',
};

// What a run loads before it reads its first file, as the entry point or lazy modules (src/lazy.ts)
// it goes through: `--version`; any other command line (`--help`, `hash`); `scan` (its runners and
// the terminal report); the Action (the four report renderers it writes); the hash worker; the ring's reader thread. Chunks
// whose load paths are the same become one file. A path that names too little only leaves chunks
// split as esbuild made them. Each path must be what a run loads when it starts, whatever it then
// reads: a group is loaded whole, so a path through a module that some runs load only later (the
// library entry reaches the signers, verifiers and every format's tables) would make a run that
// needs one of those chunks load all the others with it.
const LOAD_PATHS = {
  version: ['src/bin.ts'],
  cli: ['src/bin.ts', 'src/cli/main.ts'],
  scan: ['src/bin.ts', 'src/cli/main.ts', 'src/cli/runners.ts', 'src/report/human.ts'],
  action: [
    'src/action/entry.ts',
    'src/report/json.ts',
    'src/report/sarif.ts',
    'src/report/markdown.ts',
    'src/report/human.ts',
  ],
  worker: ['src/core/hash/worker.ts'],
  ringReader: ['src/core/hash/ring-producer.ts'],
};

// CommonJS dependencies inside an ESM bundle need require(), and the Emscripten ones (7z-wasm,
// wasm-bz2) __dirname to find their .wasm files, which are copied beside the bundle below. esbuild
// puts the banner in every chunk; its calls are marked pure, so the second pass drops each one no
// code of its chunk uses (a createRequire costs about 0.2 ms, and a cached scan's start kept six).
const BANNER = [
  "import { createRequire as __mvCreateRequire } from 'node:module';",
  'const require = /* @__PURE__ */ __mvCreateRequire(import.meta.url);',
  "import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path';",
  'const __filename = /* @__PURE__ */ __mvFileURLToPath(import.meta.url);',
  'const __dirname = /* @__PURE__ */ __mvDirname(__filename);',
].join(' ');

const split = mkdtempSync(join(tmpdir(), 'modelvet-build-'));
try {
  const { metafile } = await build({
    entryPoints,
    outdir: split,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // Prefer ESM builds: jsonc-parser's UMD build require()s its modules dynamically, which cannot be bundled.
    mainFields: ['module', 'main'],
    alias: BUNDLE_ALIASES,
    plugins: [importerStubs()],
    target: 'node22',
    chunkNames: 'chunk-[hash]',
    // Collected into dist/LEGAL.txt below: the chunks they would link to are joined by the second pass.
    legalComments: 'external',
    banner: { js: BANNER },
    // wasm-bz2 require()s its .wasm in a browser-only branch: an empty module there (Node loads the copy
    // beside the bundle, below), so dist/ ships each .wasm once.
    loader: { '.wasm': 'empty' },
    metafile: true,
    logLevel: 'warning',
  });

  const groups = loadGroups(metafile);
  rmSync('dist', { recursive: true, force: true });
  const bundle = await rollup({
    input: Object.fromEntries(Object.keys(entryPoints).map((name) => [name, join(split, `${name}.js`)])),
    // Only Node's own modules are left unbundled by the first pass (some without the node: prefix).
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    onwarn(warning, warn) {
      // esbuild's CommonJS wrappers use `this` at module level and, in two dependencies, eval.
      if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'EVAL') return;
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'UNRESOLVED_IMPORT') return;
      warn(warning);
      throw new Error(`rollup: ${warning.message}`);
    },
  });
  await bundle.write({
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[hash].js',
    manualChunks: (id) => groups.get(basename(id)),
    plugins: [builtinsByGetter()],
  });
  await bundle.close();
  writeLegalNotices(split, 'dist/LEGAL.txt');
} finally {
  rmSync(split, { recursive: true, force: true });
}

// Emscripten modules load their WebAssembly from the bundle's folder at run time.
for (const [from, to] of [
  ['node_modules/7z-wasm/7zz.wasm', 'dist/7zz.wasm'],
  ['node_modules/@foxglove/wasm-bz2/wasm/module.wasm', 'dist/module.wasm'],
]) {
  copyFileSync(from, to);
}

/**
 * The first pass's chunks, by file name, to the group each joins: the names of the LOAD_PATHS whose
 * static-import closure holds it. esbuild cuts chunks by the entry points (and lazy imports) that
 * reach a module, and every load path starts at such points, so a chunk is wholly inside a path's
 * closure or wholly outside; a chunk that straddles one would mean that reasoning no longer holds,
 * and the build stops. Chunks inside no closure (formats, verifiers, remote sources) keep their own
 * files. A chunk's static imports are in every closure that holds it, so groups cannot import each
 * other in a cycle.
 */
function loadGroups(metafile) {
  // Every import but a lazy one (esbuild bundles a require() of a CommonJS module into the chunk of
  // the module that calls it, as it does a static import).
  const closures = Object.entries(LOAD_PATHS).map(([name, roots]) => {
    const seen = new Set();
    const stack = roots.map((root) => {
      if (!metafile.inputs[root]) throw new Error(`LOAD_PATHS.${name}: ${root} is not in the build`);
      return root;
    });
    while (stack.length > 0) {
      const file = stack.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      for (const i of metafile.inputs[file].imports) {
        if (i.kind !== 'dynamic-import' && !i.external) stack.push(i.path);
      }
    }
    return { name, seen };
  });
  const groups = new Map();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint || !path.endsWith('.js')) continue;
    const inputs = Object.keys(output.inputs);
    const names = [];
    for (const { name, seen } of closures) {
      const inside = inputs.filter((input) => seen.has(input)).length;
      if (inside === inputs.length) names.push(name);
      else if (inside > 0) throw new Error(`${basename(path)} is partly inside the ${name} load path`);
    }
    if (names.length > 0) groups.set(basename(path), names.join('+'));
  }
  // LOAD_PATHS naming only entry modules (whose chunks are never grouped) would join nothing.
  if (groups.size === 0) throw new Error('no chunk is in any load path');
  return groups;
}

/**
 * Node's built-in modules through `process.getBuiltinModule` instead of ES imports. Importing a
 * built-in makes Node build its ES module facade, which reads every export: for node:fs that runs
 * the lazy ReadStream getters and loads Node's whole stream stack, 2.2 ms of an 18 ms start (Node 24,
 * Intel Xeon), and fs/promises costs 1.5 ms against 0.8. The CommonJS object the getter returns is
 * what the facade would wrap, so `import { a as b } from 'node:x'` becomes
 * `const { a: b } = builtin('node:x')` (a namespace or default import, the object itself) at the top
 * of the chunk, and an import for effect only is dropped (loading a built-in has none). A Node
 * without the getter (before 22.3) stops at the first chunk that asks for a built-in with the line
 * bin.js would print (package.json "engines"), not with a stack trace. Only the import lines Rollup
 * writes at the top of a chunk are rewritten; one whose form it does not know stops the build.
 */
function builtinsByGetter() {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const HELPER = '__mvBuiltin';
  const helper = [
    `const ${HELPER} = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {`,
    `  process.stderr.write(\`modelvet needs Node >= ${MIN_NODE} (found \${process.versions.node})\\n\`);`,
    '  process.exit(2);',
    '};',
  ].join('\n');
  const FROM = /^import\s+(.+?)\s+from\s+'([^']+)';$/;
  const BARE = /^import\s+'([^']+)';$/;
  // A chunk that only passes on another chunk's exports starts with these (never from a built-in).
  const REEXPORT = /^export (?:\{[^}]*\}|\*) from '\.\/[^']+';$/;
  const bindings = (list, file) =>
    list
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(part);
        // `default` is the facade's name for the module object, not a property of it.
        if (!m || m[1] === 'default') throw new Error(`${file}: unknown import binding ${part}`);
        return m[2] ? `${m[1]}: ${m[2]}` : m[1];
      })
      .join(', ');
  return {
    name: 'builtins-by-getter',
    renderChunk(code, chunk) {
      const lines = code.split('\n');
      let i = lines[0]?.startsWith('#!') ? 1 : 0;
      const out = [];
      let changed = false;
      for (
        ;
        i < lines.length && (lines[i].startsWith('import ') || REEXPORT.test(lines[i]) || lines[i] === '');
        i++
      ) {
        const line = lines[i];
        if (REEXPORT.test(line)) {
          out.push(line);
          continue;
        }
        const bare = BARE.exec(line);
        const from = FROM.exec(line);
        const source = bare?.[1] ?? from?.[2];
        if (source === undefined && line !== '') throw new Error(`${chunk.fileName}: unknown import ${line}`);
        if (source === undefined || !builtins.has(source)) {
          out.push(line);
          continue;
        }
        changed = true;
        if (bare) continue;
        const id = JSON.stringify(source.startsWith('node:') ? source : `node:${source}`);
        const clause = from[1];
        const named = /^(?:([\w$]+)\s*,\s*)?\{([^}]*)\}$/.exec(clause);
        const whole = /^(?:\*\s+as\s+)?([\w$]+)$/.exec(clause);
        if (named) {
          const object = named[1] ?? `${HELPER}(${id})`;
          if (named[1]) out.push(`const ${named[1]} = ${HELPER}(${id});`);
          out.push(`const { ${bindings(named[2], chunk.fileName)} } = ${object};`);
        } else if (whole) out.push(`const ${whole[1]} = ${HELPER}(${id});`);
        else throw new Error(`${chunk.fileName}: unknown import ${line}`);
      }
      if (!changed) return null;
      const head = lines[0]?.startsWith('#!') ? [lines[0]] : [];
      const imports = out.filter((line) => line.startsWith('import ') || REEXPORT.test(line));
      const consts = out.filter((line) => line.startsWith('const '));
      return [...head, ...imports, ...(consts.length ? [helper, ...consts] : []), '', ...lines.slice(i)].join(
        '\n',
      );
    },
  };
}

/**
 * The first pass's legal comments (one file per chunk that had any), each text once, in text order
 * (chunk names are content hashes, so their order would move with any change of code).
 */
function writeLegalNotices(dir, to) {
  const notices = new Set();
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.LEGAL.txt')) notices.add(readFileSync(join(dir, name), 'utf8').trim());
  }
  writeFileSync(to, `${[...notices].sort().join('\n\n')}\n`);
}
