/**
 * Sharded checkpoints: `model.safetensors.index.json` (and `pytorch_model.bin.index.json` and the
 * like) map every tensor to the shard file holding it. Loaders open the files the index names,
 * joined to the model folder, and trust the map. We check that each named shard is a plain file name
 * inside the folder that exists, and, for safetensors shards, that each tensor the index places in a
 * shard is in that shard's header (reading headers only) and that the declared total size matches.
 */
import { posix } from 'node:path';
import type { TreeContext, TreeAnalyzer } from '../core/analyzer.ts';
import { defineRule, finding } from '../core/finding.ts';
import { FileSource } from '../core/source.ts';
import type { DiscoveredFile } from '../core/walk.ts';
import type { SafetensorsResult } from '../formats/safetensors/read.ts';
import { loadSafetensorsAnalysis } from '../lazy.ts';
import { type JsonObject, jsonGet, jsonUint, readJson } from '../core/json.ts';
import { nameEscapes } from '../core/paths.ts';

const tags = ['integrity', 'shards'];
export const SHARD_INDEX_INVALID = defineRule({
  id: 'repo/shard-index-invalid',
  severity: 'high',
  title: 'Sharded checkpoint index is malformed',
  tags,
  explain: `The shard index (*.index.json) is not strict JSON, has no "weight_map" object, maps a
tensor to something other than a file name, or names a tensor twice (parsers disagree on which
entry wins, so two tools load different shards). Loaders then fail or load other weights than the
publisher's. Fix: re-export the checkpoint (save_pretrained) or re-download it.`,
});
export const SHARD_PATH_ESCAPE = defineRule({
  id: 'repo/shard-path-escape',
  severity: 'high',
  title: 'Shard index names a file outside the model folder',
  tags: [...tags, 'filesystem'],
  explain: `A weight_map entry is an absolute path, contains "..", or uses backslashes. Loaders join it
to the model folder, so it makes them read a file elsewhere on the machine (another model's pickle,
a file an attacker placed in /tmp). Fix: shard names must be plain file names next to the index.`,
});
export const SHARD_MISSING = defineRule({
  id: 'repo/shard-missing',
  severity: 'high',
  title: 'Shard named by the index is missing',
  tags,
  explain: `The shard index names a file that is not in the model folder. Loading fails, or a loader
falls back to another weights file (for example a pickle-based pytorch_model.bin) that was never
meant to be used. Fix: download the complete checkpoint.`,
});
export const SHARD_TENSOR_MISSING = defineRule({
  id: 'repo/shard-tensor-missing',
  severity: 'high',
  title: 'Tensor named by the index is not in its shard',
  tags,
  explain: `The index says a tensor lives in a shard whose safetensors header does not contain it.
The checkpoint was assembled from mismatched files or edited by hand; loaders fail or leave the
tensor uninitialised. Fix: re-download or re-export the checkpoint.`,
});
export const SHARD_TENSOR_UNLISTED = defineRule({
  id: 'repo/shard-tensor-unlisted',
  severity: 'low',
  title: 'Shard holds tensors the index does not list',
  tags,
  explain: `A shard contains tensors that the index maps nowhere (or maps to another shard). Loaders
that read whole shards still load them, so the index understates what the checkpoint holds. Fix:
re-export the checkpoint so the index and the shards agree.`,
});
export const SHARD_SIZE_MISMATCH = defineRule({
  id: 'repo/shard-size-mismatch',
  severity: 'low',
  title: 'Index total_size differs from the shards',
  tags,
  explain: `metadata.total_size in the index differs from the sum of the tensor sizes in the
safetensors shards. Harmless for loaders, but a sign that the index and the shards do not come from
the same export.`,
});

/** Real indexes are kilobytes to a few megabytes (tens of thousands of tensors). */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

/** A name joined to the index's folder that stays there: no escape, no backslash, no empty component. */
function isPlainName(name: string): boolean {
  return (
    name.length > 0 && !name.includes('\\') && nameEscapes(name).length === 0 && !name.split('/').includes('')
  );
}

type SafetensorsHeader = SafetensorsResult['header'];
type At = { path: string };
type Parsed = ReturnType<typeof readJson>;

/** The index read and parsed; undefined when too large (reported) or unreadable (the scan reports it). */
async function readIndex(ctx: TreeContext, index: DiscoveredFile, at: At): Promise<Parsed | undefined> {
  if (index.size > MAX_INDEX_BYTES) {
    ctx.report(
      finding(SHARD_INDEX_INVALID, {
        ...at,
        message: `${index.size} bytes, more than any shard index (limit ${MAX_INDEX_BYTES}); not read`,
      }),
    );
    return undefined;
  }
  let text: string;
  try {
    text = await ctx.readText(index, MAX_INDEX_BYTES);
  } catch {
    return undefined; // unreadable files are reported by the scan itself
  }
  // transformers reads the index with Python's json: what it cannot read is a finding, and the
  // part that could be read is still checked.
  const parsed = readJson(text);
  const unreadable = parsed.error ?? parsed.pythonRejects[0];
  if (unreadable) {
    ctx.report(
      finding(SHARD_INDEX_INVALID, {
        ...at,
        offset: unreadable.offset,
        message: `Python's json cannot read it: ${unreadable.message}`,
      }),
    );
  }
  return parsed;
}

/** Tensor names grouped by the shard the weight_map places them in; bad entries are reported. */
function tensorsByShard(ctx: TreeContext, at: At, parsed: Parsed, wm: JsonObject): Map<string, Set<string>> {
  const dupes = parsed.duplicates.filter((d) => d.where === 'weight_map');
  if (dupes.length) {
    ctx.report(
      finding(SHARD_INDEX_INVALID, {
        ...at,
        offset: dupes[0]!.offset,
        message: `the index maps ${dupes.length} tensor(s) more than once (first: "${dupes[0]!.key}")`,
        evidence: { tensors: dupes.slice(0, 20).map((d) => d.key) },
      }),
    );
  }
  const byShard = new Map<string, Set<string>>();
  for (const e of wm.entries) {
    if (e.value.t !== 'string') {
      ctx.report(
        finding(SHARD_INDEX_INVALID, {
          ...at,
          offset: e.offset,
          message: `weight_map "${e.key}" is a JSON ${e.value.t}, not a file name`,
        }),
      );
      continue;
    }
    const set = byShard.get(e.value.value) ?? new Set<string>();
    byShard.set(e.value.value, set);
    set.add(e.key);
  }
  return byShard;
}

/** A safetensors shard's header (headers only); undefined when it cannot be read. */
async function shardHeader(ctx: TreeContext, file: DiscoveredFile): Promise<SafetensorsHeader | null> {
  // A remote source hands out range readers; a folder on disk is opened by its exact path.
  const src = ctx.openSource
    ? ctx.openSource(file)
    : await FileSource.open(file.fsPath, file.display).catch(() => undefined);
  if (!src) return null;
  try {
    return (await (await loadSafetensorsAnalysis()).readSafetensors(src)).header;
  } catch {
    return undefined;
  } finally {
    if (src instanceof FileSource) await src.close();
  }
}

/** The shard's tensors against the index's: both directions reported. */
function compareTensors(
  ctx: TreeContext,
  at: At,
  index: DiscoveredFile,
  file: DiscoveredFile,
  shard: string,
  tensors: Set<string>,
  header: NonNullable<SafetensorsHeader>,
) {
  const inShard = new Set(header.tensors.map((t) => t.name));
  const missing = [...tensors].filter((t) => !inShard.has(t));
  if (missing.length) {
    ctx.report(
      finding(SHARD_TENSOR_MISSING, {
        ...at,
        message: `the index places ${missing.length} tensor(s) in ${shard} that it does not hold (first: "${missing[0]}")`,
        evidence: { shard, tensors: missing.slice(0, 20) },
      }),
    );
  }
  const unlisted = [...inShard].filter((t) => !tensors.has(t));
  if (unlisted.length) {
    ctx.report(
      finding(SHARD_TENSOR_UNLISTED, {
        path: file.display,
        message: `${shard} holds ${unlisted.length} tensor(s) the index does not place there (first: "${unlisted[0]}")`,
        evidence: { index: index.rel, tensors: unlisted.slice(0, 20) },
      }),
    );
  }
}

/**
 * One shard the index names: its name, presence and (safetensors) tensors checked. Returns the
 * tensor bytes it holds, or undefined when that is not known (the declared total is then not checked).
 */
async function checkShard(
  ctx: TreeContext,
  at: At,
  index: DiscoveredFile,
  byRel: Map<string, DiscoveredFile>,
  shard: string,
  tensors: Set<string>,
): Promise<bigint | undefined> {
  if (!isPlainName(shard)) {
    ctx.report(
      finding(SHARD_PATH_ESCAPE, {
        ...at,
        message: `the index places ${tensors.size} tensor(s) in "${shard}", outside the model folder`,
        evidence: { shard },
      }),
    );
    return undefined;
  }
  const dir = posix.dirname(index.rel);
  const file = byRel.get(posix.normalize(dir === '.' ? shard : `${dir}/${shard}`));
  if (!file) {
    ctx.report(
      finding(SHARD_MISSING, {
        ...at,
        message: `the index names ${shard} (${tensors.size} tensors), which is not in the folder`,
        evidence: { shard, tensors: tensors.size },
      }),
    );
    return undefined;
  }
  if (!shard.endsWith('.safetensors')) return undefined;
  const header = await shardHeader(ctx, file);
  if (header === null) return 0n; // no source for it: nothing to add
  if (!header) return undefined; // the safetensors analyzer reports the broken shard itself
  compareTensors(ctx, at, index, file, shard, tensors, header);
  let total = 0n;
  for (const t of header.tensors) total += t.end - t.start;
  return total;
}

async function checkIndex(ctx: TreeContext, index: DiscoveredFile, byRel: Map<string, DiscoveredFile>) {
  const at = { path: index.display };
  const parsed = await readIndex(ctx, index, at);
  if (!parsed) return;
  const wm = parsed.value?.t === 'object' ? jsonGet(parsed.value, 'weight_map') : undefined;
  if (wm?.t !== 'object') {
    if (!parsed.error) ctx.report(finding(SHARD_INDEX_INVALID, { ...at, message: `no "weight_map" object` }));
    return;
  }
  let total: bigint | undefined = 0n;
  for (const [shard, tensors] of tensorsByShard(ctx, at, parsed, wm)) {
    const bytes = await checkShard(ctx, at, index, byRel, shard, tensors);
    total = bytes === undefined || total === undefined ? undefined : total + bytes;
  }
  const meta = jsonGet(parsed.value as never, 'metadata');
  const declared = meta?.t === 'object' ? jsonUint(jsonGet(meta, 'total_size')) : undefined;
  if (total !== undefined && declared !== undefined && declared !== total) {
    ctx.report(
      finding(SHARD_SIZE_MISMATCH, {
        ...at,
        message: `the index declares total_size ${declared} but the shards hold ${total} tensor bytes`,
        evidence: { declared: declared.toString(), actual: total.toString() },
      }),
    );
  }
}

/**
 * Split GGUF models (llama.cpp gguf-split): `<prefix>-00001-of-00003.gguf` ... every part must be
 * present, or llama.cpp refuses the model (and a partial download is easy to miss).
 */
function checkGgufSplits(ctx: TreeContext, byRel: Map<string, DiscoveredFile>) {
  const groups = new Map<string, { count: number; first: DiscoveredFile; prefix: string }>();
  for (const f of ctx.files) {
    const m = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/.exec(f.rel);
    if (!m) continue;
    const key = `${m[1]}\u0000${m[3]}`;
    if (!groups.has(key)) groups.set(key, { count: Number(m[3]), first: f, prefix: m[1]! });
  }
  for (const g of groups.values()) {
    const missing: string[] = [];
    for (let i = 1; i <= g.count && missing.length < 20; i++) {
      const rel = `${g.prefix}-${String(i).padStart(5, '0')}-of-${String(g.count).padStart(5, '0')}.gguf`;
      if (!byRel.has(rel)) missing.push(posix.basename(rel));
    }
    if (missing.length) {
      ctx.report(
        finding(SHARD_MISSING, {
          path: g.first.display,
          message: `split GGUF ${posix.basename(g.prefix)} has ${g.count} parts but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
          evidence: { parts: g.count, missing },
        }),
      );
    }
  }
}

export const SHARD_INDEX_ANALYZER: TreeAnalyzer = {
  id: 'shard-index',
  async analyze(ctx) {
    const byRel = new Map(ctx.files.map((f) => [f.rel, f]));
    for (const f of ctx.files) {
      if (f.rel.endsWith('.index.json')) await checkIndex(ctx, f, byRel);
    }
    checkGgufSplits(ctx, byRel);
  },
};
