// The source modules an entry point loads before it runs (its static-import closure), from esbuild's
// metafile: what every start of the Action or the CLI pays for, whatever it scans. Format
// implementations belong behind src/lazy.ts; this shows which are not, and why (who imports them).
//
//   node scripts/startup-closure.mjs [entry] [--why path]
//
// Prints the closure's total source bytes and its largest modules, each with the module that
// imports it. test/scripts/startup-closure.test.ts holds the closure of the Action entry to the
// format modules that describe (index, rules, sniff), never the ones that read.
import { build } from 'esbuild';
import { BUNDLE_ALIASES, importerStubs } from './stubs/aliases.mjs';

/** The static-import closure of `entry` (a path relative to the repository root). */
export async function startupClosure(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: 'dist-closure',
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    alias: BUNDLE_ALIASES,
    plugins: [importerStubs()],
    loader: { '.wasm': 'empty' },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const { inputs } = result.metafile;
  const importer = new Map([[entry, undefined]]);
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    for (const i of inputs[file]?.imports ?? []) {
      if (i.kind !== 'import-statement' || i.external || importer.has(i.path)) continue;
      importer.set(i.path, file);
      stack.push(i.path);
    }
  }
  return [...importer].map(([path, by]) => ({ path, bytes: inputs[path]?.bytes ?? 0, by }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const why = args.indexOf('--why');
  const target = why >= 0 ? args.splice(why, 2)[1] : undefined;
  const entry = args[0] ?? 'src/action/entry.ts';
  const closure = await startupClosure(entry);
  const total = closure.reduce((sum, m) => sum + m.bytes, 0);
  console.log(`${entry}: ${closure.length} modules, ${total} bytes of source loaded at start`);
  for (const m of closure.sort((a, b) => b.bytes - a.bytes).slice(0, 30)) {
    console.log(`${String(m.bytes).padStart(8)}  ${m.path}  <- ${m.by ?? '(entry)'}`);
  }
  if (target) {
    const by = new Map(closure.map((m) => [m.path, m.by]));
    if (!by.has(target)) console.log(`\n${target} is not loaded at start`);
    else for (let p = target; p; p = by.get(p)) console.log(`  ${p}`);
  }
}
