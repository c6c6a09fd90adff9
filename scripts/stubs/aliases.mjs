// The dependencies the bundle replaces with stand-ins (scripts/build.mjs, and
// scripts/startup-closure.mjs so the closure it measures is the one that ships).
export const BUNDLE_ALIASES = {
  '@actions/http-client/lib/auth': './scripts/stubs/actions-http-client.mjs',
  '@actions/http-client': './scripts/stubs/actions-http-client.mjs',
  '@actions/exec': './scripts/stubs/actions-exec.mjs',
};
