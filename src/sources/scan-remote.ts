/**
 * Scanning a remote Source in place: every analyzer on every entry through its ByteSource (range
 * reads), the tree analyzers on the entry list with a reader, nothing written to disk. Integrity is
 * the remote side's own metadata (LFS sha256, git blob ids, the commit), reported as such: the
 * files are not hashed locally, since that would mean downloading them.
 */
import { posix } from 'node:path';
import { type AnalyzerOptions, analyzeSource, DEFAULT_LIMITS, type TreeContext } from '../core/analyzer.ts';
import { describeError, ModelvetError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import { formatModelSource, isCommit, type ModelReference } from '../core/model-source.ts';
import type { FileReport } from '../core/report.ts';
import { readAll } from '../core/source.ts';
import type { DiscoveredFile, Target } from '../core/walk.ts';
import { UNPINNED_MODEL_REVISION } from '../pins/rules.ts';
import { HASH_ERROR, mapLimit } from '../scan-read.ts';
import type { Scanner } from '../scanner.ts';
import { DEFAULT_HUB } from './hf/url.ts';
import { HttpClient } from './http/client.ts';
import type { ResolvedSource, SourceEntry } from './source.ts';
import { openOllamaSource } from './ollama/source.ts';
import { openHfSource } from './hf/source.ts';

export interface RemoteOptions {
  /** Bearer token for the hub (HF_TOKEN / --token-file); never printed or reported. */
  token?: string;
  /** Hub base URL (a mirror or a private hub); default https://huggingface.co. */
  hubUrl?: string;
  /** Ollama registry base URL (default https://<registry named in the URL>). */
  registryUrl?: string;
  /** Files analyzed at once. */
  concurrency?: number;
  /** Client settings (tests shorten the backoff). */
  http?: { attempts?: number; backoffMs?: number; perHost?: number; maxRetryAfterMs?: number };
}

export interface RemoteScanParts {
  target: Target;
  files: FileReport[];
  findings: Finding[];
  references: ModelReference[];
  source: ResolvedSource;
}

/**
 * The client a remote URL is read through: the token goes to the hub's (or registry's) origin only;
 * a registry's Bearer challenge is answered with an anonymous token.
 */
export function remoteClient(input: string, options: RemoteOptions): HttpClient {
  const ollama = /^ollama:\/\//i.test(input);
  // An Ollama registry named only in the URL: the client talks to that registry alone.
  const base = ollama ? options.registryUrl : (options.hubUrl ?? DEFAULT_HUB);
  let origin: string | undefined;
  if (base)
    try {
      origin = new URL(base).origin;
    } catch {
      throw new ModelvetError('USAGE', `${base}: not a URL`);
    }
  return new HttpClient({
    token: options.token || undefined,
    tokenOrigin: origin,
    bearerChallenge: ollama,
    ...options.http,
  });
}

export async function openRemote(input: string, options: RemoteOptions): Promise<ResolvedSource> {
  const client = remoteClient(input, options);
  if (/^ollama:\/\//i.test(input)) {
    return openOllamaSource(input, {
      client,
      registryUrl: options.registryUrl || undefined,
    });
  }
  return openHfSource(input, {
    client,
    hasToken: Boolean(options.token),
    hubUrl: options.hubUrl || undefined,
  });
}

/** A DiscoveredFile for an entry: the tree analyzers read it through the context's reader only. */
function asDiscovered(source: ResolvedSource, e: SourceEntry): DiscoveredFile {
  const display = `${source.input}/${e.label ?? e.path}`;
  // No file on disk: fsPath is the display URL, which no local open resolves to a file.
  return { rel: e.path, relBytes: Buffer.from(e.path), display, fsPath: display, size: e.size, mode: 0o644 };
}

export async function scanRemoteSource(
  source: ResolvedSource,
  options: RemoteOptions & { scanner: Scanner; analyzerOptions?: AnalyzerOptions },
): Promise<RemoteScanParts> {
  const findings: Finding[] = [];
  const references: ModelReference[] = [];
  const target: Target = {
    input: source.input,
    path: source.input,
    root: source.input,
    linkRoot: source.input,
    isDirectory: true,
    files: source.entries.map((e) => asDiscovered(source, e)),
    findings: [],
    skipped: [],
  };
  const opened = new Map(source.entries.map((e) => [e.path, e.open()] as const));
  const files = new Map<string, FileReport>();
  await mapLimit(source.entries, options.concurrency ?? 8, async (e) => {
    const src = opened.get(e.path)!;
    const display = `${source.input}/${e.label ?? e.path}`;
    const report: FileReport = { path: display, size: e.size, kind: 'unknown' };
    files.set(e.path, report);
    try {
      const r = await analyzeSource(src, posix.basename(e.path), {
        scanner: options.scanner,
        limits: DEFAULT_LIMITS,
        options: options.analyzerOptions ?? {},
      });
      report.kind = r.kind;
      if (r.memberKinds.length) report.contains = r.memberKinds;
      findings.push(...r.findings);
      references.push(...r.references);
    } catch (err) {
      report.kind = 'unreadable';
      findings.push(finding(HASH_ERROR, { path: display, message: describeError(err, display) }));
    }
  });
  await runRemoteTreeChecks(target, source, opened, options, findings, references);
  pinFinding(source, findings, references);
  const out = source.entries.map((e) => {
    const r = files.get(e.path)!;
    r.fetched = { bytes: opened.get(e.path)!.bytesFetched ?? 0, ...e.integrity, hashedLocally: false };
    return r;
  });
  return { target, files: out, findings, references, source };
}

async function runRemoteTreeChecks(
  target: Target,
  source: ResolvedSource,
  opened: ReadonlyMap<string, ReturnType<SourceEntry['open']>>,
  options: { scanner: Scanner; analyzerOptions?: AnalyzerOptions },
  findings: Finding[],
  references: ModelReference[],
): Promise<void> {
  const srcOf = (f: DiscoveredFile) => opened.get(f.rel)!;
  const ctx: TreeContext = {
    root: source.input,
    display: source.input,
    files: target.files,
    options: options.analyzerOptions ?? {},
    report: (f) => findings.push(f),
    reference: (r) => references.push(r),
    readText: async (file, limit) => (await readAll(srcOf(file), limit)).toString('utf8'),
    readHead: (file, n) => srcOf(file).read(0, n),
    openSource: (file) => srcOf(file),
  };
  for (const tree of options.scanner.treeAnalyzers) {
    try {
      await tree.analyze(ctx);
    } catch (err) {
      findings.push(
        finding(HASH_ERROR, {
          path: source.input,
          message: `${tree.id}: ${describeError(err, source.input)}`,
        }),
      );
    }
  }
}

/** A branch or tag names whatever the repository holds now: reported with the commit it resolved to. */
function pinFinding(source: ResolvedSource, findings: Finding[], references: ModelReference[]): void {
  const pinned = isCommit(source.revision);
  const model = { ...source.model, revision: source.revision };
  references.push({ source: model, pinned, path: source.input, via: 'remote-scan', text: source.input });
  if (pinned) return;
  findings.push(
    finding(UNPINNED_MODEL_REVISION, {
      path: source.input,
      message: `${formatModelSource(model)}: revision "${source.revision}" is not a commit; it resolved to ${source.commit}`,
      evidence: { model, commit: source.commit },
    }),
  );
}
