/**
 * The GitHub Action: inputs through @actions/core → the library (not a subprocess) → the SARIF and
 * JSON files (always written, also when the gate fails, so an `upload-sarif` step with
 * `if: always()` has something to upload), outputs, a job summary and annotations for the most
 * severe findings. Nothing here decides anything the CLI would not: the verdict is the report's.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { describeError, ModelvetError } from './core/errors.ts';
import { isWithin, relativeInside } from './core/paths.ts';
import { type Finding, isSeverity, type Severity, severityRank } from './core/finding.ts';
import type { Report } from './core/report.ts';
import { resolvePolicy } from './policy/discover.ts';
import { renderHuman } from './report/human.ts';
import { renderJson } from './report/json.ts';
import { MARKDOWN_MAX_BYTES, renderMarkdown } from './report/markdown.ts';
import { renderSarif } from './report/sarif.ts';
import { mergeInAction, writeShardInAction } from './action-shard.ts';
import { openDigestCache } from './digest-cache-option.ts';
import { type ScanOptions, scan } from './scan.ts';
import { parseShard, type ShardSpec } from './shard/spec.ts';

/** GitHub shows 10 error and 10 warning annotations per step; setFailed takes one of the errors. */
export const MAX_ERROR_ANNOTATIONS = 9;
export const MAX_WARNING_ANNOTATIONS = 10;

const LOG_FORMATS = ['human', 'json', 'sarif', 'markdown'] as const;
type LogFormat = (typeof LOG_FORMATS)[number];

export interface ActionInputs {
  paths: string[];
  policy: string | undefined;
  failOn: Severity | undefined;
  format: LogFormat;
  sarifFile: string;
  reportFile: string;
  signature: string | undefined;
  identity: string | undefined;
  issuer: string | undefined;
  key: string | undefined;
  lock: string | undefined;
  jobs: number | undefined;
  /** `K/N`: scan one shard and write a partial result (src/action-shard.ts). */
  shard: ShardSpec | undefined;
  /** Partial results (files or folders) to merge instead of scanning. */
  merge: string[];
  digestCache: string | undefined;
}

function usage(message: string): never {
  throw new ModelvetError('USAGE', message);
}

const optional = (name: string): string | undefined => core.getInput(name) || undefined;

/** Reads and validates every input; throws a USAGE error with one clear line. */
export function readInputs(): ActionInputs {
  const paths = core.getMultilineInput('path').map((p) => p.trim());
  const failOnText = optional('fail-on');
  if (failOnText !== undefined && !isSeverity(failOnText)) {
    usage(`input fail-on must be one of info, low, medium, high, critical; got "${failOnText}"`);
  }
  const format = optional('format') ?? 'human';
  if (!(LOG_FORMATS as readonly string[]).includes(format)) {
    usage(`input format must be one of ${LOG_FORMATS.join(', ')}; got "${format}"`);
  }
  const jobsText = optional('jobs');
  let jobs: number | undefined;
  if (jobsText !== undefined) {
    jobs = Number(jobsText);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
      usage(`input jobs must be an integer from 1 to 256; got "${jobsText}"`);
    }
  }
  const shardText = optional('shard');
  const inputs: ActionInputs = {
    paths: paths.length ? paths : ['.'],
    policy: optional('policy'),
    failOn: failOnText as Severity | undefined,
    format: format as LogFormat,
    sarifFile: optional('sarif-file') ?? 'modelvet.sarif',
    reportFile: optional('report-file') ?? 'modelvet-report.json',
    signature: optional('signature'),
    identity: optional('identity'),
    issuer: optional('issuer'),
    key: optional('key'),
    lock: optional('lock'),
    jobs,
    shard: shardText === undefined ? undefined : parseShard(shardText, 'input shard'),
    merge: core
      .getMultilineInput('merge')
      .map((l) => l.trim())
      .filter(Boolean),
    digestCache: optional('digest-cache'),
  };
  if (inputs.merge.length && inputs.shard)
    usage('inputs shard and merge are the two halves of a matrix: give one');
  if (inputs.merge.length && (inputs.policy || inputs.signature || inputs.lock))
    usage(
      'input merge combines what the shard jobs found with their policy, signature and lock: give those to the shard jobs',
    );
  if ((inputs.identity === undefined) !== (inputs.issuer === undefined)) {
    usage(
      inputs.identity !== undefined
        ? 'input identity needs issuer (the OIDC issuer that vouched for the signer)'
        : 'input issuer needs identity (the signer identity to expect)',
    );
  }
  if (inputs.key !== undefined && inputs.identity !== undefined) {
    usage('inputs key and identity/issuer are alternatives: give one way to check the signer');
  }
  if (inputs.signature !== undefined && inputs.key === undefined && inputs.identity === undefined) {
    usage('input signature needs either key, or identity and issuer, to say who must have signed');
  }
  if (inputs.signature === undefined && (inputs.key !== undefined || inputs.identity !== undefined)) {
    usage('inputs key/identity/issuer need signature (the model.sig bundle to verify)');
  }
  return inputs;
}

/**
 * Output files go to RUNNER_TEMP when given as relative paths (never into the scanned tree, which
 * is usually the workspace); an absolute path is used as given.
 */
function outputPath(name: string, runnerTemp: string | undefined, workspace: string): string {
  return isAbsolute(name) ? name : resolve(runnerTemp ?? workspace, name);
}

function annotationFile(f: Finding, workspace: string): string | undefined {
  return relativeInside(workspace, resolve(workspace, f.path))?.split(sep).join('/');
}

function annotate(report: Report, workspace: string): void {
  const bySeverity = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const errors = bySeverity.filter((f) => severityRank(f.severity) >= severityRank('high'));
  const warnings = bySeverity.filter((f) => f.severity === 'medium');
  const emit = (f: Finding, kind: 'error' | 'warning') => {
    const file = annotationFile(f, workspace);
    const where = f.member?.length ? ` (in ${f.member.join(' → ')})` : '';
    const props: core.AnnotationProperties = {
      title: `${f.severity}: ${f.rule}`,
      ...(file ? { file } : {}),
      ...(file && f.line !== undefined ? { startLine: f.line } : {}),
      ...(file && f.line !== undefined && f.column !== undefined ? { startColumn: f.column } : {}),
    };
    const text = `${f.message}${where}`;
    if (kind === 'error') core.error(text, props);
    else core.warning(text, props);
  };
  for (const f of errors.slice(0, MAX_ERROR_ANNOTATIONS)) emit(f, 'error');
  for (const f of warnings.slice(0, MAX_WARNING_ANNOTATIONS)) emit(f, 'warning');
  const more =
    Math.max(0, errors.length - MAX_ERROR_ANNOTATIONS) +
    Math.max(0, warnings.length - MAX_WARNING_ANNOTATIONS);
  const below = report.findings.length - errors.length - warnings.length;
  if (more > 0 || below > 0) {
    core.notice(
      `${more > 0 ? `${more} more high/medium finding${more === 1 ? '' : 's'} and ` : ''}` +
        `${below} low/info finding${below === 1 ? '' : 's'} are not annotated; see the job summary, the SARIF file and the JSON report`,
    );
  }
}

export async function runAction(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const runnerTemp = process.env.RUNNER_TEMP;
  let inputs: ActionInputs;
  let report: Report;
  try {
    inputs = readInputs();
    const scanned = inputs.merge.length
      ? await mergeInAction(inputs.merge, workspace, inputs.failOn)
      : await scanInAction(inputs, workspace, runnerTemp);
    if (!scanned) return; // a shard: its partial result is written, the merge job decides
    report = scanned;
  } catch (err) {
    const usageError = err instanceof ModelvetError && err.code === 'USAGE';
    core.setFailed(`modelvet: ${usageError ? (err as Error).message : describeError(err)}`);
    return;
  }
  await publish(report, inputs, workspace, runnerTemp);
}

/** The scan the inputs ask for; in shard mode its partial result is written and undefined returned. */
async function scanInAction(
  inputs: ActionInputs,
  workspace: string,
  runnerTemp: string | undefined,
): Promise<Report | undefined> {
  const paths = inputs.paths.map((p) => resolve(workspace, p));
  if ((inputs.signature !== undefined || inputs.lock !== undefined) && paths.length !== 1) {
    usage('inputs signature and lock verify one model: give exactly one path');
  }
  for (const [name, file] of [
    ['signature', inputs.signature],
    ['lock', inputs.lock],
    ['key', inputs.key],
  ] as const) {
    if (file !== undefined) {
      await stat(resolve(workspace, file)).catch(() =>
        usage(`input ${name} ${file} does not exist in the workspace`),
      );
    }
  }
  for (const [i, p] of paths.entries()) {
    if (!isWithin(workspace, p)) usage(`input path ${inputs.paths[i]} is outside the workspace ${workspace}`);
    await stat(p).catch(() => usage(`input path ${inputs.paths[i]} does not exist in the workspace`));
  }
  const shown = paths.map((p) => relative(workspace, p).split(sep).join('/') || '.');
  const resolved = await resolvePolicy(inputs.policy, shown, workspace, {
    onWarning: (line) => core.warning(`policy: ${line}`),
  });
  if (resolved.message) core.info(`modelvet: ${resolved.message}`);
  const digestCache = await openDigestCache({
    option:
      inputs.digestCache === undefined ? undefined : outputPath(inputs.digestCache, runnerTemp, workspace),
    policy: resolved.policy,
    paths,
    onWarning: (m) => core.warning(m),
  });
  const options: ScanOptions = {
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(resolved.policy ? { policy: resolved.policy } : {}),
    ...(inputs.jobs !== undefined ? { jobs: inputs.jobs } : {}),
    ...(digestCache ? { digestCache } : {}),
    ...(await verificationOptions(inputs, workspace)),
  };
  const reportFile = outputPath(inputs.reportFile, runnerTemp, workspace);
  // Paths relative to the workspace, so reports and SARIF name files as the repository does.
  const previous = process.cwd();
  process.chdir(workspace);
  try {
    if (inputs.shard) {
      await writeShardInAction(shown, { ...options, shard: inputs.shard }, reportFile);
      core.setOutput('report-file', reportFile);
      return undefined;
    }
    return await scan(shown, options);
  } finally {
    process.chdir(previous);
    await digestCache?.flush();
  }
}

/** SARIF, JSON report, log, summary, annotations, outputs, and the step's verdict. */
async function publish(
  report: Report,
  inputs: ActionInputs,
  workspace: string,
  runnerTemp: string | undefined,
): Promise<void> {
  const sarifFile = outputPath(inputs.sarifFile, runnerTemp, workspace);
  const reportFile = outputPath(inputs.reportFile, runnerTemp, workspace);
  await mkdir(dirname(sarifFile), { recursive: true });
  await mkdir(dirname(reportFile), { recursive: true });
  await writeFile(sarifFile, renderSarif(report, { cwd: workspace }));
  await writeFile(reportFile, renderJson(report));

  const log =
    inputs.format === 'json'
      ? renderJson(report)
      : inputs.format === 'sarif'
        ? renderSarif(report, { cwd: workspace })
        : inputs.format === 'markdown'
          ? renderMarkdown(report)
          : renderHuman(report, { color: false });
  core.info(log.trimEnd());

  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary
        .addRaw(renderMarkdown(report, { maxBytes: MARKDOWN_MAX_BYTES - 4096 }))
        .addEOL()
        .addRaw(
          `<sub>modelvet ${report.tool.version} · SARIF: \`${sarifFile}\` · JSON: \`${reportFile}\`</sub>`,
          true,
        )
        .write();
    } catch (err) {
      core.warning(`could not write the job summary: ${describeError(err)}`);
    }
  }

  annotate(report, workspace);
  core.setOutput('verdict', report.verdict);
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('critical', String(report.summary.bySeverity.critical));
  core.setOutput('high', String(report.summary.bySeverity.high));
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('report-file', reportFile);
  if (report.verdict === 'fail') core.setFailed(`modelvet: ${report.reason}`);
}

/** Signature and lock inputs: explicit checks for the scan's integrity verifier (src/verify/scan-verifier.ts). */
async function verificationOptions(inputs: ActionInputs, workspace: string): Promise<Partial<ScanOptions>> {
  if (inputs.signature === undefined && inputs.lock === undefined) return {};
  const abs = (p: string) => resolve(workspace, p);
  const analyzerOptions: Record<string, unknown> = {};
  if (inputs.lock !== undefined) analyzerOptions['verify.lock'] = abs(inputs.lock);
  if (inputs.signature !== undefined) {
    const { omsTrustOptions } = await import('./verify/oms/verify.ts');
    analyzerOptions['verify.signature'] = abs(inputs.signature);
    analyzerOptions['verify.signers'] = [
      omsTrustOptions({
        ...(inputs.identity !== undefined ? { identity: inputs.identity } : {}),
        ...(inputs.issuer !== undefined ? { issuer: inputs.issuer } : {}),
        ...(inputs.key !== undefined ? { key: abs(inputs.key) } : {}),
      }),
    ];
  }
  return { analyzerOptions };
}
