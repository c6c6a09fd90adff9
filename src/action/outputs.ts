/**
 * Where the Action writes: the SARIF and JSON reports (and a shard's partial result) go under
 * RUNNER_TEMP, never into the workspace (the scanned tree) and never anywhere else; a relative name
 * is relative to RUNNER_TEMP and an absolute one must lie inside it. Off a runner (no RUNNER_TEMP) a
 * fresh temporary folder stands in for it. The digest cache is the one exception (cacheFolderPath).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { ModelvetError } from '../core/errors.ts';
import { isWithin } from '../core/paths.ts';

export interface OutputPaths {
  sarifFile: string;
  reportFile: string;
}

export async function outputFolder(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.RUNNER_TEMP) return resolve(env.RUNNER_TEMP);
  return mkdtemp(join(tmpdir(), 'modelvet-'));
}

/** `name` under `folder`; a USAGE error for a name that leaves it or lands in the workspace. */
export function outputPath(input: string, name: string, folder: string, workspace: string): string {
  const path = isAbsolute(name) ? resolve(name) : resolve(folder, name);
  if (!isWithin(folder, path) || path === folder)
    throw new ModelvetError(
      'USAGE',
      `input ${input} must name a file under RUNNER_TEMP (${folder}); got "${name}"`,
    );
  if (isWithin(workspace, path) && !isWithin(workspace, folder))
    throw new ModelvetError('USAGE', `input ${input} must not write into the workspace; got "${name}"`);
  return path;
}

/**
 * The digest cache folder (input `digest-cache`, or the policy's `digestCache`). It is kept between
 * runs (a self-hosted runner's persistent folder), so unlike the reports it may lie outside
 * RUNNER_TEMP; a relative name is relative to RUNNER_TEMP. It is written, so never into the
 * workspace (the scanned tree: its files could then ship the digests they are checked against).
 */
export function cacheFolderPath(path: string, folder: string, workspace: string): string {
  const at = resolve(folder, path);
  if (isWithin(workspace, at) && !isWithin(workspace, folder))
    throw new ModelvetError('USAGE', `input digest-cache must not be in the workspace; got "${path}"`);
  return at;
}

export async function writeOutputFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

export interface ActionOutputs {
  verdict: 'pass' | 'fail';
  findings: number;
  critical: number;
  high: number;
  paths: OutputPaths;
}

/** The step outputs action.yml declares (a test holds them to it). */
export function setOutputs(o: ActionOutputs): void {
  core.setOutput('verdict', o.verdict);
  core.setOutput('findings', String(o.findings));
  core.setOutput('critical', String(o.critical));
  core.setOutput('high', String(o.high));
  core.setOutput('sarif-file', o.paths.sarifFile);
  core.setOutput('report-file', o.paths.reportFile);
}

/** A shard job's one output: where its partial result is (upload it for the merge job). */
export function setShardOutput(paths: OutputPaths): void {
  core.setOutput('report-file', paths.reportFile);
}
