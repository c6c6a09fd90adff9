/** `modelvet sign [path] (--key PEM | --sigstore)`: write an OMS signature bundle. */
import { pathInputs } from './heap-tuning.ts';
import type { SignOptions } from '../verify/sign.ts';
import type { Command } from './command.ts';
import {
  ALLOW_SYMLINKS,
  flag,
  IGNORE_PATHS,
  JOBS,
  list,
  METHOD,
  type OptionValues,
  parseChoice,
  parseJobs,
  parseSize,
  requireWith,
  SHARD_SIZE,
  str,
} from './options.ts';
import { inCwd } from './output.ts';
import { loadSigner } from '../lazy.ts';

const KEYLESS_OPTIONS = ['identity-token', 'fulcio-url', 'rekor-url', 'tsa-url'] as const;

function keylessOf(values: OptionValues): NonNullable<SignOptions['sigstore']> | undefined {
  const sigstore = flag(values.sigstore);
  for (const name of KEYLESS_OPTIONS)
    requireWith(!sigstore && str(values[name]) !== undefined, name, 'needs --sigstore');
  if (!sigstore) return undefined;
  const pick = (name: (typeof KEYLESS_OPTIONS)[number]) => str(values[name]);
  // `|| undefined`: an empty value means the default (the URLs are read with `??`).
  return {
    identityToken: pick('identity-token') || undefined,
    fulcioURL: pick('fulcio-url') || undefined,
    rekorURL: pick('rekor-url') || undefined,
    tsaURL: pick('tsa-url') || undefined,
  };
}

export const signCommand: Command = {
  name: 'sign',
  summary: 'Write an OMS signature bundle (model.sig) for a model folder or file',
  args: '[path]',
  argsHelp: 'The model folder or file (default: the current folder)',
  oneArg: 'model folder or file',
  options: [
    { name: 'key', value: 'PEM', help: 'EC private key (P-256, P-384, P-521) to sign with' },
    { name: 'sigstore', help: 'Sign keyless through Sigstore (needs the network and an OIDC token)' },
    {
      name: 'signature',
      value: 'FILE',
      help: 'Where to write the bundle (default: model.sig in the folder)',
    },
    IGNORE_PATHS,
    { name: 'no-ignore-git-paths', help: 'Sign .git, .gitattributes, .github, .gitignore too' },
    ALLOW_SYMLINKS,
    METHOD,
    SHARD_SIZE,
    JOBS,
    {
      name: 'identity-token',
      value: 'JWT',
      help: 'OIDC token for --sigstore (default: SIGSTORE_ID_TOKEN or the CI provider)',
    },
    { name: 'fulcio-url', value: 'URL', help: 'Fulcio for --sigstore' },
    { name: 'rekor-url', value: 'URL', help: 'Rekor for --sigstore' },
    { name: 'tsa-url', value: 'URL', help: 'Also timestamp with this RFC 3161 TSA (--sigstore)' },
  ],
  examples: [
    'modelvet sign ./my-model --key signing-key.pem',
    'modelvet sign ./my-model --sigstore',
    'modelvet sign ./my-model --key signing-key.pem --signature release/model.sig',
  ],
  inputs: ({ positionals }, io) => pathInputs(positionals, inCwd(io)),
  async run({ values, positionals }, io) {
    const at = inCwd(io);
    const shardSize = parseSize('shard-size', str(values['shard-size']));
    const method = parseChoice('method', str(values.method), ['files', 'shards'] as const);
    requireWith(shardSize !== undefined && method === 'files', 'shard-size', 'needs --method shards');
    const sigstore = keylessOf(values);
    const key = str(values.key);
    const signature = str(values.signature);
    const jobs = parseJobs(str(values.jobs));
    const options: SignOptions = {
      key: key !== undefined ? at(key) : undefined,
      sigstore,
      signature: signature !== undefined ? at(signature) : undefined,
      ignorePaths: list(values['ignore-paths']),
      ignoreGitPaths: !flag(values['no-ignore-git-paths']),
      allowSymlinks: flag(values['allow-symlinks']),
      method: method ?? (shardSize !== undefined ? 'shards' : undefined),
      shardSize,
      jobs,
    };
    const { signModel } = await loadSigner();
    const r = await signModel(at(positionals[0] ?? '.'), options);
    const by = r.keyHint ? `key ${r.keyHint.slice(0, 16)}…` : 'Sigstore keyless';
    const unit = r.serialization.method === 'shards' ? 'shards' : 'files';
    io.stdout(
      `wrote ${r.signaturePath}: ${r.resources.length} ${unit}, root sha256:${r.rootDigest}, signed with ${by}\n`,
    );
    return 0;
  },
};
