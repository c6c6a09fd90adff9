/**
 * The Action's inputs: the table below is what the code reads, and a test holds action.yml to it
 * (names, defaults, and the values each description lists). Every input is validated before
 * anything is scanned; a bad one is a USAGE error with one clear line.
 */
import * as core from '@actions/core';
import { ModelvetError } from '../core/errors.ts';
import { isSeverity, SEVERITIES, type Severity } from '../core/finding.ts';
import { REPORT_FORMATS, type ReportFormat } from '../report/render.ts';
import { parseShard, type ShardSpec } from '../shard/spec.ts';

export interface InputSpec {
  name: string;
  /** The default action.yml declares (the runner fills it in); undefined for none. */
  default?: string;
  /** Values the description must list, when the input takes one of a few. */
  values?: readonly string[];
}

export const FAIL_ON_VALUES = [...SEVERITIES, 'none'] as const;

export const INPUTS: readonly InputSpec[] = [
  { name: 'path', default: '.' },
  { name: 'policy' },
  { name: 'fail-on', values: FAIL_ON_VALUES },
  { name: 'format', default: 'human', values: REPORT_FORMATS },
  { name: 'sarif-file', default: 'modelvet.sarif' },
  { name: 'report-file', default: 'modelvet-report.json' },
  { name: 'signature' },
  { name: 'identity' },
  { name: 'issuer' },
  { name: 'key' },
  { name: 'lock' },
  { name: 'jobs' },
  { name: 'shard' },
  { name: 'merge' },
  { name: 'digest-cache' },
];

export interface ActionInputs {
  paths: string[];
  policy: string | undefined;
  /** undefined: the policy's failOn or high. */
  failOn: Severity | undefined;
  /** `fail-on: none`: report only, the step never fails on findings or verifications. */
  reportOnly: boolean;
  format: ReportFormat;
  sarifFile: string;
  reportFile: string;
  signature: string | undefined;
  identity: string | undefined;
  issuer: string | undefined;
  key: string | undefined;
  lock: string | undefined;
  jobs: number | undefined;
  /** `K/N`: scan one shard and write its partial result to report-file (src/action/shard.ts). */
  shard: ShardSpec | undefined;
  /** Partial results (files or folders, relative to the workspace) to merge instead of scanning. */
  merge: string[];
  /** Digest cache folder as given (where it may be is decided in outputs.ts). */
  digestCache: string | undefined;
}

function usage(message: string): never {
  throw new ModelvetError('USAGE', message);
}

const optional = (name: string): string | undefined => core.getInput(name) || undefined;
const defaultOf = (name: string): string => INPUTS.find((i) => i.name === name)?.default ?? '';

/** The report files' names: where they go is decided in outputs.ts. */
export function reportFileInputs(): { sarifFile: string; reportFile: string } {
  return {
    sarifFile: optional('sarif-file') ?? defaultOf('sarif-file'),
    reportFile: optional('report-file') ?? defaultOf('report-file'),
  };
}

function readFailOn(): { failOn: Severity | undefined; reportOnly: boolean } {
  const text = optional('fail-on')?.toLowerCase();
  if (text === undefined) return { failOn: undefined, reportOnly: false };
  if (text === 'none') return { failOn: undefined, reportOnly: true };
  if (!isSeverity(text))
    usage(`input fail-on must be one of ${FAIL_ON_VALUES.join(', ')}; got "${optional('fail-on')}"`);
  return { failOn: text, reportOnly: false };
}

function readFormat(): ReportFormat {
  const format = (optional('format') ?? defaultOf('format')).toLowerCase();
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    usage(`input format must be one of ${REPORT_FORMATS.join(', ')}; got "${optional('format')}"`);
  return format as ReportFormat;
}

function readJobs(): number | undefined {
  const text = optional('jobs');
  if (text === undefined) return undefined;
  const jobs = Number(text);
  if (!/^\d+$/.test(text) || jobs < 1 || jobs > 256)
    usage(`input jobs must be a whole number from 1 to 256; got "${text}"`);
  return jobs;
}

/** Signature inputs belong together: a signature and one way to name its signer. */
function checkSigner(inputs: ActionInputs): void {
  if ((inputs.identity === undefined) !== (inputs.issuer === undefined))
    usage(
      inputs.identity !== undefined
        ? 'input identity needs issuer (the OIDC issuer that vouched for the signer)'
        : 'input issuer needs identity (the signer identity to expect)',
    );
  if (inputs.key !== undefined && inputs.identity !== undefined)
    usage('inputs key and identity/issuer are alternatives: give one way to check the signer');
  if (inputs.signature !== undefined && inputs.key === undefined && inputs.identity === undefined)
    usage('input signature needs either key, or identity and issuer, to say who must have signed');
  if (inputs.signature === undefined && (inputs.key !== undefined || inputs.identity !== undefined))
    usage('inputs key/identity/issuer need signature (the model.sig bundle to verify)');
}

/** A merge job publishes what the shard jobs found: the inputs that change a scan belong to them. */
function checkModes(inputs: ActionInputs): void {
  if (!inputs.merge.length) return;
  if (inputs.shard) usage('inputs shard and merge are the two halves of a matrix: give one');
  const scanning = (
    [
      ['policy', inputs.policy],
      ['signature', inputs.signature],
      ['lock', inputs.lock],
      ['digest-cache', inputs.digestCache],
    ] as const
  ).filter(([, v]) => v !== undefined);
  if (scanning.length)
    usage(
      `input merge combines what the shard jobs found with their settings: give ${scanning.map(([n]) => n).join(', ')} to the shard jobs`,
    );
}

/** Reads and validates every input; throws a USAGE error with one clear line. */
export function readInputs(): ActionInputs {
  const paths = core
    .getMultilineInput('path')
    .map((p) => p.trim())
    .filter(Boolean);
  const inputs: ActionInputs = {
    paths: paths.length ? paths : [defaultOf('path')],
    policy: optional('policy'),
    ...readFailOn(),
    format: readFormat(),
    ...reportFileInputs(),
    signature: optional('signature'),
    identity: optional('identity'),
    issuer: optional('issuer'),
    key: optional('key'),
    lock: optional('lock'),
    jobs: readJobs(),
    shard: optional('shard') === undefined ? undefined : parseShard(optional('shard'), 'input shard'),
    merge: core
      .getMultilineInput('merge')
      .map((l) => l.trim())
      .filter(Boolean),
    digestCache: optional('digest-cache'),
  };
  checkModes(inputs);
  checkSigner(inputs);
  return inputs;
}
