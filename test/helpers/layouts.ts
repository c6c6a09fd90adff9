/**
 * Real on-disk layouts for the walk and store tests, built in temporary folders:
 * - a Hugging Face cache repository as huggingface_hub writes it (src/huggingface_hub/file_download.py:
 *   `repo_folder_name` joins type and id with "--"; blobs are named by their etag, the SHA-256 of an
 *   LFS file or the git blob id of any other; `_get_pointer_path` puts snapshots/<commit>/<path>;
 *   `_create_symlink` links it to the blob with `os.path.relpath`; `refs/<name>` holds the commit);
 * - an Ollama models folder as `ollama pull` leaves it (ollama/ollama manifest/paths.go:
 *   manifests/<host>/<namespace>/<model>/<tag>, blobs/sha256-<hex>; manifest/manifest.go);
 * - hostile twins for the walk: a payload behind a link into .git, a name that is not UTF-8 beside
 *   its look-alike, a directory cycle.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * A protocol-2 pickle whose REDUCE calls os.system('id') (as `pickle.dumps` of a class whose
 * __reduce__ returns (os.system, ('id',)) writes it); bytes only, never loaded.
 */
export const PICKLE_PAYLOAD = Buffer.from(
  '\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.',
  'latin1',
);
/** A protocol-2 pickle of the dict {'a': 1}: what a benign pickle looks like. */
export const PICKLE_BENIGN = Buffer.from('\x80\x02}q\x00X\x01\x00\x00\x00aq\x01K\x01s.', 'latin1');

export const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
/** `git hash-object`: sha1 of "blob <size>\0" + content, the name huggingface_hub gives non-LFS blobs. */
export const gitSha1 = (b: string | Buffer) => {
  const buf = Buffer.from(b);
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
};

export interface HfRepo {
  repo: string;
  commit: string;
  snapshot: string;
  blobOf: Record<string, string>;
}

/**
 * Writes `files` (repo path → content; `lfs` names the paths stored through LFS) into
 * `<cache>/models--<org>--<name>` as one snapshot with refs/main.
 */
export async function hfRepo(
  cache: string,
  id: string,
  files: Record<string, string | Buffer>,
  lfs: readonly string[],
  commit = 'a9d53a7e5c3b1d2f4e6a8b0c1d2e3f4a5b6c7d8e',
): Promise<HfRepo> {
  const repo = join(cache, ['models', ...id.split('/')].join('--'));
  const snapshot = join(repo, 'snapshots', commit);
  await mkdir(join(repo, 'blobs'), { recursive: true });
  await mkdir(join(repo, 'refs'), { recursive: true });
  const blobOf: Record<string, string> = {};
  for (const [path, content] of Object.entries(files)) {
    const etag = lfs.includes(path) ? sha256(content) : gitSha1(content);
    blobOf[path] = etag;
    const blob = join(repo, 'blobs', etag);
    await writeFile(blob, content);
    const pointer = join(snapshot, path);
    await mkdir(dirname(pointer), { recursive: true });
    await symlink(relative(dirname(pointer), blob), pointer);
  }
  await writeFile(join(repo, 'refs', 'main'), commit); // no newline, as huggingface_hub writes it
  return { repo, commit, snapshot, blobOf };
}

export interface OllamaStore {
  root: string;
  manifest: string;
  digests: Record<string, string>;
}

/** `~/.ollama/models` with one model `<namespace>/<model>:<tag>` from the default registry. */
export async function ollamaStore(
  home: string,
  name: { namespace: string; model: string; tag: string },
  layers: Record<'model' | 'template' | 'params', Buffer>,
): Promise<OllamaStore> {
  const root = join(home, '.ollama', 'models');
  await mkdir(join(root, 'blobs'), { recursive: true });
  const config = Buffer.from('{"model_format":"gguf","model_family":"llama"}');
  const digests: Record<string, string> = {};
  const layer = async (mediaType: string, kind: string, content: Buffer) => {
    digests[kind] = sha256(content);
    await writeFile(join(root, 'blobs', `sha256-${digests[kind]}`), content);
    return { mediaType, digest: `sha256:${digests[kind]}`, size: content.length };
  };
  const doc = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: await layer('application/vnd.docker.container.image.v1+json', 'config', config),
    layers: [
      await layer('application/vnd.ollama.image.model', 'model', layers.model),
      await layer('application/vnd.ollama.image.template', 'template', layers.template),
      await layer('application/vnd.ollama.image.params', 'params', layers.params),
    ],
  };
  const manifest = join(root, 'manifests', 'registry.ollama.ai', name.namespace, name.model, name.tag);
  await mkdir(dirname(manifest), { recursive: true });
  await writeFile(manifest, JSON.stringify(doc));
  return { root, manifest, digests };
}

export const fixture = (...parts: string[]) => readFileSync(join(FIXTURES, ...parts));

/** A model folder whose `weights` link points into `.git`, where a pickle payload waits. */
export async function gitLinkTwin(root: string, payload: Buffer): Promise<void> {
  await mkdir(join(root, '.git', 'objects', 'pack'), { recursive: true });
  await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(join(root, '.git', 'objects', 'pack', 'model.pkl'), payload);
  await writeFile(join(root, 'config.json'), '{"model_type": "bert"}\n');
  await symlink(join('.git', 'objects', 'pack'), join(root, 'weights'));
}

/** `model\xff.pkl` (payload) beside `model\u{fffd}.pkl` (benign): one name once decoded with replacement. */
export async function nameTwin(root: string, payload: Buffer, benign: Buffer): Promise<void> {
  await mkdir(root, { recursive: true });
  await writeFile(Buffer.concat([Buffer.from(`${root}/`), Buffer.from('model\xff.pkl', 'latin1')]), payload);
  await writeFile(join(root, 'model\u{fffd}.pkl'), benign);
}

/** A folder with a link to its own parent inside it. */
export async function cycleTwin(root: string): Promise<void> {
  await mkdir(join(root, 'a', 'b'), { recursive: true });
  await writeFile(join(root, 'a', 'b', 'config.json'), '{}\n');
  await symlink('../..', join(root, 'a', 'b', 'again'));
}
