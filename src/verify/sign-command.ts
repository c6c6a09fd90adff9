/** `modelvet sign PATH (--key PEM | --sigstore)`: CLI options → `signModel` → one line of output. */
import { OmsError } from './oms/errors.ts';
import { type SignOptions, signModel } from './sign.ts';

function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function str(value: unknown): string | undefined {
  return value === undefined || value === true ? undefined : String(value);
}

/** Runs the command; returns the exit code (errors are thrown, the CLI prints them and exits 2). */
export async function signCommand(
  path: string | undefined,
  opts: Record<string, unknown>,
  out: (s: string) => void,
): Promise<number> {
  if (!path) throw new OmsError('USAGE_ERROR', 'sign needs the model folder or file');
  const method = str(opts.method);
  if (method !== undefined && method !== 'files' && method !== 'shards') {
    throw new OmsError('USAGE_ERROR', `--method must be files or shards, got ${method}`);
  }
  const shardSize = opts.shardSize === undefined ? undefined : Number(opts.shardSize);
  if (shardSize !== undefined && (!Number.isSafeInteger(shardSize) || shardSize < 1)) {
    throw new OmsError(
      'USAGE_ERROR',
      `--shard-size must be a positive integer, got ${String(opts.shardSize)}`,
    );
  }
  const key = str(opts.key);
  const signature = str(opts.signature);
  const keyless = {
    // `|| undefined`: an empty value means the default (the URLs are read with `??`).
    identityToken: str(opts.identityToken) || undefined,
    fulcioURL: str(opts.fulcioUrl) || undefined,
    rekorURL: str(opts.rekorUrl) || undefined,
    tsaURL: str(opts.tsaUrl) || undefined,
  };
  const options: SignOptions = {
    key,
    sigstore: opts.sigstore ? keyless : undefined,
    signature,
    ignorePaths: list(opts.ignorePaths),
    ignoreGitPaths: opts.ignoreGitPaths !== false,
    allowSymlinks: Boolean(opts.allowSymlinks),
    method: method as 'files' | 'shards' | undefined,
    shardSize,
  };
  const r = await signModel(path, options);
  const by = r.keyHint ? `key ${r.keyHint.slice(0, 16)}…` : 'Sigstore keyless';
  out(
    `wrote ${r.signaturePath}: ${r.resources.length} ${r.serialization.method === 'shards' ? 'shards' : 'files'}, ` +
      `root sha256:${r.rootDigest}, signed with ${by}\n`,
  );
  return 0;
}
