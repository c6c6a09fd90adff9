/**
 * pull(): scan a remote source in place, and download it only when the verdict passes. The scan
 * and the download read the same commit (the revision is resolved once).
 */
import { ModelvetError } from '../core/errors.ts';
import type { Report } from '../core/report.ts';
import type { ScanOptions } from '../scan.ts';
import type { PlaceResult, PullProgress } from './hf/pull.ts';
import { openRemote, remoteClient } from './scan-remote.ts';
import { scanResolvedSource } from '../scan.ts';
import { placeHf } from './hf/pull.ts';
import { openOllamaSource } from './ollama/source.ts';
import { placeOllama } from './ollama/pull.ts';

export type { PlaceResult, PullProgress };

export interface PullOptions extends ScanOptions {
  /** Hugging Face cache root (the `hub` folder: $HF_HUB_CACHE, $HF_HOME/hub, ~/.cache/huggingface/hub). */
  cache?: string;
  /** A plain folder instead of the cache layout. */
  to?: string;
  /** Aborts the download (SIGINT): nothing is placed. */
  signal?: AbortSignal;
  onPullProgress?: (p: PullProgress) => void;
}

export interface PullResult {
  report: Report;
  /** Absent when the verdict did not pass: nothing was downloaded or placed. */
  placed?: PlaceResult;
}

export async function pull(input: string, options: PullOptions): Promise<PullResult> {
  const ollama = /^ollama:\/\//i.test(input);
  if (!ollama && !/^hf:\/\//i.test(input))
    throw new ModelvetError('USAGE', `${input}: pull takes an hf:// or ollama:// URL`);
  if (!options.cache === !options.to)
    throw new ModelvetError('USAGE', 'pull needs one of --cache DIR or --to DIR');
  if (ollama) return pullOllama(input, options);
  const source = await openRemote(input, options.remote ?? {});
  const report = await scanResolvedSource(source, options);
  if (report.verdict !== 'pass') return { report };
  const placed = await placeHf(source.client, source, {
    type: /^hf:\/\/datasets\//i.test(input) ? 'datasets' : 'models',
    // `|| undefined`: placeHf reads `to ?? cache`, and an empty string is no folder.
    cache: options.cache || undefined,
    to: options.to || undefined,
    signal: options.signal,
    onProgress: options.onPullProgress,
  });
  return { report, placed };
}

/** Ollama: `--to` (or `--cache`) is the models folder (`~/.ollama/models`, or $OLLAMA_MODELS). */
async function pullOllama(input: string, options: PullOptions): Promise<PullResult> {
  const remote = options.remote ?? {};
  const client = remoteClient(input, remote);
  const source = await openOllamaSource(input, {
    client,
    registryUrl: remote.registryUrl || undefined,
  });
  const report = await scanResolvedSource(source, options);
  if (report.verdict !== 'pass') return { report };
  const placed = await placeOllama(client, source, (options.to ?? options.cache)!, {
    signal: options.signal,
    onProgress: options.onPullProgress,
  });
  return { report, placed };
}
