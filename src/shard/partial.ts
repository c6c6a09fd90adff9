/**
 * Partial results: what `scan --shard K/N` and `lock --shard K/N` write, and `merge` combines.
 *
 * A partial records its slice (K of N), a digest of the full list of files every shard saw (so
 * partials of different trees or different checkouts are refused), a digest of the settings that
 * change the result (tool version, options, policy), and where each of its entries goes in the
 * full result (`positions`), so the merged result is the single-machine one, in its order.
 *
 * A scan partial holds the report of its files before the policy's last step: applyPolicy adds
 * findings about the whole report (a required verification, a source or format rule, an expired
 * ignore), which only the merged report can decide; the policy travels in the partial and merge
 * applies it once. Partials are read back as untrusted JSON: the format, the report (against
 * schemas/report.schema.json) and the policy's shape are checked before anything is combined.
 */
import { readFile, stat } from 'node:fs/promises';
import { describeError, ModelvetError } from '../core/errors.ts';
import { isSeverity, type Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import type { Policy } from '../policy/types.ts';
import type { Serialization } from '../verify/manifest.ts';
import { MAX_SHARDS, type ShardSpec } from './spec.ts';
import { loadReportSchema } from '../lazy.ts';
import { nodeCrypto } from '../core/node-builtins.ts';

export const PARTIAL_FORMAT = 'modelvet-partial';
export const PARTIAL_VERSION = 1;
/** A partial of 300k files is ~100 MB; beyond this it is not one of ours. */
export const MAX_PARTIAL_BYTES = 512 * 1024 * 1024;

interface PartialBase {
  format: typeof PARTIAL_FORMAT;
  version: typeof PARTIAL_VERSION;
  shard: ShardSpec;
  /** SHA-256 of the full list of files (paths, sizes, links) every shard enumerated. */
  fileListDigest: string;
  /** SHA-256 of the settings that change the result (tool version, options, policy). */
  settingsDigest: string;
  /** Entries in the full result (files of the report, resources of the manifest). */
  total: number;
  /** Index in the full result of each entry of this partial, in order. */
  positions: number[];
}

export interface PartialScan extends PartialBase {
  kind: 'scan';
  /** `--fail-on` as given to the shard (merge's own wins). */
  failOn?: Severity;
  /** Applied by merge to the combined report. */
  policy?: Policy;
  /** This shard's report, before the policy is applied. */
  report: Report;
}

export interface PartialLockResource {
  name: string;
  algorithm: string;
  digest: string;
}

export interface PartialLock extends PartialBase {
  kind: 'lock';
  modelName: string;
  serialization: Serialization;
  resources: PartialLockResource[];
}

export type Partial = PartialScan | PartialLock;

/** SHA-256 of a JSON value (the callers build it in a fixed key order). */
export function jsonDigest(value: unknown): string {
  return nodeCrypto().createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function refused(message: string, path?: string): ModelvetError {
  return new ModelvetError('PARTIAL_REFUSED', message, path === undefined ? undefined : { path });
}

/** The positions of the entries `keeps` picks out of the full list, in order. */
export function positionsOf<T>(all: readonly T[], keeps: (item: T) => boolean): number[] {
  const out: number[] = [];
  all.forEach((item, i) => {
    if (keeps(item)) out.push(i);
  });
  return out;
}

export function partialJson(partial: Partial): string {
  return `${JSON.stringify(partial, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isHex64 = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isIndex = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * A field of parsed JSON in a one-line reason: numbers as they are, anything else by its type
 * (String() of an object with a `toString` key that is not a function throws).
 */
const shown = (v: unknown): string => (typeof v === 'number' ? String(v) : `a value of type ${typeof v}`);

/** Checks the common fields; returns a one-line reason, or undefined. */
function baseProblem(doc: Record<string, unknown>): string | undefined {
  if (doc.format !== PARTIAL_FORMAT)
    return `not a modelvet partial result (format is not "${PARTIAL_FORMAT}")`;
  if (doc.version !== PARTIAL_VERSION)
    return `partial format version ${shown(doc.version)} is not ${PARTIAL_VERSION}`;
  if (doc.kind !== 'scan' && doc.kind !== 'lock') return 'kind is neither scan nor lock';
  const shard = doc.shard;
  if (!isObject(shard) || !Number.isSafeInteger(shard.index) || !Number.isSafeInteger(shard.count))
    return 'no shard K/N';
  const { index, count } = shard as { index: number; count: number };
  if (index < 1 || index > count || count > MAX_SHARDS) return `shard ${index}/${count} is not a slice`;
  if (!isHex64(doc.fileListDigest) || !isHex64(doc.settingsDigest)) return 'no file list or settings digest';
  if (!isIndex(doc.total)) return 'no total';
  const positions = doc.positions;
  if (!Array.isArray(positions)) return 'no positions';
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (!isIndex(p) || (p as number) >= (doc.total as number) || (i > 0 && (p as number) <= positions[i - 1]))
      return `position ${i} is not an increasing index below ${shown(doc.total)}`;
  }
  return undefined;
}

/** The policy's shape as applyPolicy reads it (it was validated when the shard loaded it). */
function policyProblem(p: unknown): string | undefined {
  if (p === undefined) return undefined;
  if (!isObject(p)) return 'policy is not an object';
  const ok =
    typeof p.source === 'string' &&
    ['explicit', 'working-directory', 'scanned-folder'].includes(String(p.origin)) &&
    (p.failOn === undefined || isSeverity(p.failOn)) &&
    isObject(p.rules) &&
    Object.values(p.rules).every((v) => v === 'off' || isSeverity(v)) &&
    isObject(p.formats) &&
    isObject(p.pickle) &&
    Array.isArray(p.pickle.allow) &&
    Array.isArray(p.pickle.forced) &&
    isObject(p.verification) &&
    typeof p.verification.require === 'string' &&
    Array.isArray(p.verification.signers) &&
    isObject(p.sources) &&
    Array.isArray(p.ignore) &&
    p.ignore.every(
      (i) =>
        isObject(i) &&
        typeof i.rule === 'string' &&
        typeof i.path === 'string' &&
        typeof i.reason === 'string',
    );
  return ok ? undefined : 'policy does not have the shape of a modelvet policy';
}

function lockProblem(doc: Record<string, unknown>): string | undefined {
  const s = doc.serialization;
  if (typeof doc.modelName !== 'string' || !isObject(s)) return 'no model name or serialization';
  if (
    (s.method !== 'files' && s.method !== 'shards') ||
    typeof s.hashType !== 'string' ||
    typeof s.allowSymlinks !== 'boolean' ||
    !Array.isArray(s.ignorePaths) ||
    !s.ignorePaths.every((x) => typeof x === 'string') ||
    (s.shardSize !== undefined && !(Number.isSafeInteger(s.shardSize) && (s.shardSize as number) > 0))
  )
    return 'serialization is not a model_signing serialization';
  const resources = doc.resources;
  if (!Array.isArray(resources) || resources.length !== (doc.positions as unknown[]).length)
    return 'resources do not match positions';
  for (const r of resources)
    if (
      !isObject(r) ||
      typeof r.name !== 'string' ||
      typeof r.algorithm !== 'string' ||
      !/^[0-9a-f]+$/.test(String(r.digest))
    )
      return 'a resource is not {name, algorithm, digest}';
  return undefined;
}

async function scanProblem(doc: Record<string, unknown>): Promise<string | undefined> {
  if (doc.failOn !== undefined && !isSeverity(doc.failOn)) return 'failOn is not a severity';
  const policy = policyProblem(doc.policy);
  if (policy) return policy;
  if (!isObject(doc.report)) return 'no report';
  const { validateReport } = await loadReportSchema();
  const errors = validateReport(doc.report);
  if (errors) return `its report does not match schemas/report.schema.json (${errors})`;
  if ((doc.report.files as unknown[]).length !== (doc.positions as unknown[]).length)
    return 'report files do not match positions';
  return undefined;
}

/** Reads and checks one partial; a one-line PARTIAL_REFUSED error naming the file otherwise. */
export async function readPartial(path: string): Promise<Partial> {
  let text: string;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw refused(`${path}: not a regular file`, path);
    if (st.size > MAX_PARTIAL_BYTES) throw refused(`${path}: larger than ${MAX_PARTIAL_BYTES} bytes`, path);
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    throw new ModelvetError(code, describeError(err, path), { path, cause: err });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw refused(`${path}: not JSON, so not a modelvet partial result`, path);
  }
  if (!isObject(doc)) throw refused(`${path}: not a modelvet partial result`, path);
  const problem = baseProblem(doc) ?? (doc.kind === 'lock' ? lockProblem(doc) : await scanProblem(doc));
  if (problem) throw refused(`${path}: ${problem}`, path);
  return doc as unknown as Partial;
}
