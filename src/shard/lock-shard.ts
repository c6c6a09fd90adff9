/**
 * `lock --shard K/N`: hashes shard K's resources of a model (files, or in shards mode byte ranges,
 * so one huge file is spread over the machines too) and returns the partial manifest that `merge`
 * turns into the lock file `modelvet lock PATH` writes to PATH/modelvet.lock.json, byte for byte.
 */
import type { LockOptions } from '../verify/lock.ts';
import { lockManifest } from '../verify/lock.ts';
import { rootDigestOf, statementJson } from '../verify/manifest.ts';
import { VERSION } from '../version.ts';
import { mergeLockResources } from './merge.ts';
import { jsonDigest, PARTIAL_FORMAT, PARTIAL_VERSION, type PartialLock } from './partial.ts';
import { inShard, type ShardSpec } from './spec.ts';

export async function lockShard(
  modelPath: string,
  options: Omit<LockOptions, 'output'> & { shard: ShardSpec },
): Promise<PartialLock> {
  const { shard, ...lockOptions } = options;
  // The merged lock is the one written to the default place: its own name is recorded as ignored.
  const { manifest } = await lockManifest(modelPath, {
    ...lockOptions,
    selectResource: (name) => inShard(name, shard),
  });
  const slice = manifest.slice ?? {
    positions: manifest.resources.map((_, i) => i),
    total: manifest.resources.length,
  };
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: 'lock',
    shard,
    fileListDigest: jsonDigest({
      modelName: manifest.modelName,
      files: manifest.files.map((f) => [f.rel, f.size, f.symlink]),
    }),
    settingsDigest: jsonDigest({ tool: VERSION, serialization: manifest.serialization }),
    total: slice.total,
    positions: slice.positions,
    modelName: manifest.modelName,
    serialization: manifest.serialization,
    resources: manifest.resources.map(({ name, algorithm, digest }) => ({ name, algorithm, digest })),
  };
}

/** The lock file text (as `modelvet lock` writes it) from every shard's partial manifest. */
export function mergeLockText(partials: readonly PartialLock[]): string {
  const { modelName, serialization, resources } = mergeLockResources(partials);
  return `${statementJson({ modelName, serialization, resources, rootDigest: rootDigestOf(resources) })}\n`;
}
