import { fileURLToPath } from 'node:url';

// The dependencies the bundle replaces with stand-ins (scripts/build.mjs, and
// scripts/startup-closure.mjs so the closure it measures is the one that ships).
export const BUNDLE_ALIASES = {
  '@actions/http-client/lib/auth': './scripts/stubs/actions-http-client.mjs',
  '@actions/http-client': './scripts/stubs/actions-http-client.mjs',
  '@actions/exec': './scripts/stubs/actions-exec.mjs',
};

// Stand-ins for one importer only, where an alias would replace the module for every dependency.
const IMPORTER_STUBS = [
  {
    importer: /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]file-command\.js$/,
    specifier: /^(?:node:)?crypto$/,
    stub: 'scripts/stubs/actions-core-crypto.mjs',
  },
];

/** An esbuild plugin that resolves IMPORTER_STUBS. */
export const importerStubs = () => ({
  name: 'modelvet-importer-stubs',
  setup(build) {
    const filter = new RegExp(IMPORTER_STUBS.map((s) => s.specifier.source).join('|'));
    build.onResolve({ filter }, (args) => {
      const hit = IMPORTER_STUBS.find((s) => s.importer.test(args.importer) && s.specifier.test(args.path));
      return hit ? { path: fileURLToPath(new URL(`../../${hit.stub}`, import.meta.url)) } : undefined;
    });
  },
});
