/**
 * The GitHub Action: inputs through @actions/core → the library (not a subprocess) → the SARIF and
 * JSON files (always written, also when the gate fails or an input is wrong, so an `upload-sarif`
 * step with `if: always()` has something to upload), outputs, a job summary and annotations for
 * the most severe findings. Nothing here decides anything the CLI would not: the verdict is the
 * report's. Paths are scanned relative to the workspace without changing the process's folder.
 * In a matrix, shard jobs write partial results and one merge job publishes (src/action/shard.ts).
 */
import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { describeError, ModelvetError } from '../core/errors.ts';
import { isWithin } from '../core/paths.ts';
import { isRemoteUrl } from '../sources/source.ts';
import { assembleReport, type Report } from '../core/report.ts';
import { terminalText } from '../core/sanitize.ts';
import { renderReport } from '../report/render.ts';
import type { DigestCache } from '../core/hash/cache.ts';
import type { Signer } from '../core/signer.ts';
import type { VerifyTargetOptions } from '../core/target-verifier.ts';
import type { Policy } from '../policy/types.ts';
import type { ScanOptions } from '../scan.ts';
import { annotate } from './annotations.ts';
import { type ActionInputs, readInputs, reportFileInputs } from './inputs.ts';
import {
  cacheFolderPath,
  type OutputPaths,
  outputFolder,
  outputPath,
  setOutputs,
  setShardOutput,
  writeOutputFile,
} from './outputs.ts';
import { mergeInAction, writeShardInAction } from './shard.ts';
import { digestCacheDir, openDigestCache } from '../digest-cache-option.ts';
import { resolvePolicy } from '../policy/discover.ts';
import { scan } from '../scan.ts';
import { loadJsonRenderer, loadMarkdownRenderer, loadSarifRenderer } from '../lazy.ts';

export { MAX_ERROR_ANNOTATIONS, MAX_WARNING_ANNOTATIONS } from './annotations.ts';

function usage(message: string): never {
  throw new ModelvetError('USAGE', message);
}

/** The report files' paths from the inputs, or the defaults when those inputs are wrong. */
function outputPathsOf(folder: string, workspace: string): { paths: OutputPaths; error?: unknown } {
  const names = reportFileInputs();
  const fallback = {
    sarifFile: resolve(folder, 'modelvet.sarif'),
    reportFile: resolve(folder, 'modelvet-report.json'),
  };
  try {
    return {
      paths: {
        sarifFile: outputPath('sarif-file', names.sarifFile, folder, workspace),
        reportFile: outputPath('report-file', names.reportFile, folder, workspace),
      },
    };
  } catch (error) {
    return { paths: fallback, error };
  }
}

async function checkFiles(inputs: ActionInputs, workspace: string): Promise<void> {
  if ((inputs.signature !== undefined || inputs.lock !== undefined) && inputs.paths.length !== 1)
    usage('inputs signature and lock verify one model: give exactly one path');
  for (const [name, file] of [
    ['signature', inputs.signature],
    ['lock', inputs.lock],
    ['key', inputs.key],
  ] as const)
    if (file !== undefined)
      await stat(resolve(workspace, file)).catch(() =>
        usage(`input ${name} ${file} does not exist in the workspace`),
      );
  for (const p of inputs.paths) {
    if (isRemoteUrl(p)) continue;
    const abs = resolve(workspace, p);
    if (!isWithin(workspace, abs)) usage(`input path ${p} is outside the workspace ${workspace}`);
    await stat(abs).catch(() => usage(`input path ${p} does not exist in the workspace`));
  }
}

/** The signer the inputs name (readInputs checked that they name one: a key, or identity and issuer). */
function signerOf(inputs: ActionInputs, abs: (p: string) => string): Signer {
  if (inputs.key !== undefined) return { kind: 'key', keyPath: abs(inputs.key) };
  return { kind: 'sigstore', identity: inputs.identity ?? '', issuer: inputs.issuer ?? '' };
}

/** Signature and lock inputs: explicit checks for the scan's integrity verifier (src/verify/scan-verifier.ts). */
function verificationOptions(inputs: ActionInputs, workspace: string): Partial<ScanOptions> {
  if (inputs.signature === undefined && inputs.lock === undefined) return {};
  const abs = (p: string) => resolve(workspace, p);
  const verify: VerifyTargetOptions = {};
  if (inputs.lock !== undefined) verify.lock = abs(inputs.lock);
  if (inputs.signature !== undefined) {
    verify.signature = abs(inputs.signature);
    verify.signers = [signerOf(inputs, abs)];
  }
  return { verify };
}

/** The digest cache the input or the policy names (never in the workspace), or undefined. */
async function digestCacheFor(
  inputs: ActionInputs,
  policy: Policy | undefined,
  scanned: readonly string[],
  where: { workspace: string; folder: string },
): Promise<DigestCache | undefined> {
  if (inputs.digestCache === undefined && policy?.digestCache === undefined) return undefined;
  const dir = digestCacheDir({ option: inputs.digestCache, policy });
  if (dir === undefined) return undefined;
  return openDigestCache({
    option: cacheFolderPath(dir, where.folder, where.workspace),
    paths: scanned.map((p) => resolve(where.workspace, p)),
    onWarning: (m) => core.warning(terminalText(m)),
  });
}

/**
 * Scans the paths the inputs name; in shard mode writes the partial result to the report file
 * instead and returns undefined (the merge job publishes the report).
 */
async function scanWorkspace(
  inputs: ActionInputs,
  where: { workspace: string; folder: string; reportFile: string },
): Promise<Report | undefined> {
  const { workspace } = where;
  await checkFiles(inputs, workspace);
  // Paths relative to the workspace, so reports and SARIF name files as the repository does.
  // hf:// URLs are kept as given; the token and hub come from the step's env (HF_TOKEN, HF_ENDPOINT).
  const shown = inputs.paths.map((p) =>
    isRemoteUrl(p) ? p : relative(workspace, resolve(workspace, p)).split(sep).join('/') || '.',
  );
  const remote = {
    token: process.env.HF_TOKEN || undefined,
    hubUrl: process.env.HF_ENDPOINT || undefined,
  };
  const local = shown.filter((p) => !isRemoteUrl(p));
  const resolved = await resolvePolicy(inputs.policy, local, workspace, {
    onWarning: (line) => core.warning(terminalText(`policy: ${line}`)),
  });
  if (resolved.message) core.info(`modelvet: ${terminalText(resolved.message)}`);
  const digestCache = await digestCacheFor(inputs, resolved.policy, shown, where);
  const options: ScanOptions = {
    cwd: workspace,
    remote,
    failOn: inputs.failOn,
    policy: resolved.policy,
    jobs: inputs.jobs,
    digestCache,
    ...verificationOptions(inputs, workspace),
  };
  try {
    if (!inputs.shard) return await scan(shown, options);
    await writeShardInAction(shown, { ...options, shard: inputs.shard }, where.reportFile);
    return undefined;
  } finally {
    await digestCache?.flush();
  }
}

/** A run that could not start (a bad input): a report that says so, in the JSON and SARIF files. */
async function writeFailure(message: string, paths: OutputPaths, workspace: string): Promise<void> {
  const report: Report = {
    ...assembleReport({
      startedAt: new Date().toISOString(),
      durationMs: 0,
      failOn: 'high',
      targets: [],
      files: [],
      findings: [],
      verifications: [],
      bytes: 0,
    }),
    verdict: 'fail',
    reason: `modelvet did not run: ${message}`,
  };
  const [{ renderJson }, { renderSarif }] = await Promise.all([loadJsonRenderer(), loadSarifRenderer()]);
  await writeOutputFile(paths.sarifFile, renderSarif(report, { cwd: workspace, error: message }));
  await writeOutputFile(paths.reportFile, renderJson(report));
}

async function writeSummary(report: Report, paths: OutputPaths): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const { MARKDOWN_MAX_BYTES } = await loadMarkdownRenderer();
  try {
    const markdown = await renderReport(report, { format: 'markdown', maxBytes: MARKDOWN_MAX_BYTES - 4096 });
    await core.summary
      .addRaw(markdown)
      .addEOL()
      .addRaw(
        `<sub>modelvet ${report.tool.version} · SARIF: \`${paths.sarifFile}\` · JSON: \`${paths.reportFile}\`</sub>`,
        true,
      )
      .write();
  } catch (err) {
    core.warning(`could not write the job summary: ${terminalText(describeError(err))}`);
  }
}

export async function runAction(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const folder = await outputFolder(process.env);
  const { paths, error: pathError } = outputPathsOf(folder, workspace);
  let inputs: ActionInputs;
  let report: Report;
  try {
    if (pathError) throw pathError;
    inputs = readInputs();
    const result = inputs.merge.length
      ? await mergeInAction(inputs.merge, workspace, inputs.failOn)
      : await scanWorkspace(inputs, { workspace, folder, reportFile: paths.reportFile });
    if (!result) {
      // A shard: its partial result is the report file; the merge job decides the verdict.
      setShardOutput(paths);
      return;
    }
    report = result;
  } catch (err) {
    const message = err instanceof ModelvetError && err.code === 'USAGE' ? err.message : describeError(err);
    await writeFailure(message, paths, workspace);
    setOutputs({ verdict: 'fail', findings: 0, critical: 0, high: 0, paths });
    core.setFailed(`modelvet: ${terminalText(message)}`);
    return;
  }
  await writeOutputFile(paths.sarifFile, await renderReport(report, { format: 'sarif', cwd: workspace }));
  await writeOutputFile(paths.reportFile, await renderReport(report, { format: 'json' }));
  core.info((await renderReport(report, { format: inputs.format, cwd: workspace })).trimEnd());
  await writeSummary(report, paths);
  annotate(report, workspace);
  const { bySeverity } = report.summary;
  setOutputs({
    verdict: report.verdict,
    findings: report.findings.length,
    critical: bySeverity.critical,
    high: bySeverity.high,
    paths,
  });
  if (report.verdict === 'pass') return;
  if (inputs.reportOnly)
    core.notice(`modelvet: report only (fail-on: none); would fail: ${terminalText(report.reason)}`);
  else core.setFailed(`modelvet: ${terminalText(report.reason)}`);
}
