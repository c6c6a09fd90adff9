/**
 * One model reference outside Python code (a command line, a config key, an adapter's base model,
 * a compose service): read the id with its library's form, decide whether it is pinned, and report
 * the reference and, when it is not pinned, the finding.
 */
import type { Severity } from '../core/finding.ts';
import { type HitSink, isCommit, type PinSink, reportModel, shorten } from './hits.ts';
import { describeRef, type IdContext, type IdForm, readId } from './model-ids.ts';
import { MODEL_REVISION_VARIABLE, TRUST_REMOTE_CODE, UNPINNED_MODEL_REVISION } from './rules.ts';

export interface ModelRefInput {
  id: string;
  form: IdForm;
  offset: number;
  /** Where it was found, for messages: `vllm serve`, `adapter_config.json base_model_name_or_path`. */
  where: string;
  /** The revision given beside the id: a value (with its offset), or undefined when none was given. */
  revision?: { value: string; offset: number; name: string };
  /** The tool has no way to pass a revision. */
  noRevision?: boolean;
  /** Decided by the caller (a flag that makes the tool take the name as is). */
  pinned?: boolean;
  /** Why it is not pinned, when the caller knows better than the generic text. */
  why?: string;
  /** How to pin it (shown when it is not pinned). */
  pin: string;
  /** Loading runs code from the source. */
  code?: 'remote-code' | 'runs-code';
  severity?: Severity;
  ctx?: IdContext;
  evidence?: Record<string, unknown>;
}

/** Reports the reference; returns true when it named a source (false: a local path or nothing we know). */
export function checkModelRef(out: PinSink, input: ModelRefInput): boolean {
  if (input.id.includes('$') || input.id === '') {
    variableId(out.hit, input);
    return false;
  }
  const reading = readId(input.form, input.id, input.ctx ?? {});
  if (reading.kind !== 'ref') return false;
  const rev = input.revision;
  const variable = rev !== undefined && /[$%{]/.test(rev.value);
  const pinned =
    reading.pinned === false
      ? false
      : (input.pinned ?? reading.pinned ?? (rev !== undefined && !variable ? isCommit(rev.value) : false));
  const source =
    rev && !variable && reading.source.revision === undefined
      ? { ...reading.source, revision: rev.value }
      : reading.source;
  const ref = { source, pinned, offset: input.offset, text: input.id };
  const evidence = { model: input.id, revision: rev?.value, ...input.evidence };
  if (pinned) {
    const hit =
      input.code === 'remote-code'
        ? {
            rule: TRUST_REMOTE_CODE,
            severity: 'medium' as const,
            offset: input.offset,
            text: input.id,
            message: `${input.where} ${input.id} runs Python files from the repository (pinned to a commit: review them)`,
            evidence,
          }
        : undefined;
    reportModel(out, ref, hit);
    return true;
  }
  if (variable && reading.pinned === undefined) {
    reportModel(out, ref, {
      rule: MODEL_REVISION_VARIABLE,
      offset: rev.offset,
      text: rev.value,
      message: `${input.where} ${input.id} ${rev.name} ${shorten(rev.value, 60)} cannot be checked statically`,
      evidence,
    });
    return true;
  }
  const why = input.why
    ? input.why
    : reading.note
      ? reading.note
      : rev && reading.pinned === undefined
        ? `${rev.name} ${shorten(rev.value, 60)} is ${describeRef(rev.value)}, not a 40-hex commit`
        : input.noRevision
          ? 'cannot be pinned to a revision through this tool, so it downloads whatever the default branch holds'
          : `has no ${rev?.name ?? 'revision'}: it downloads whatever the default branch holds`;
  const runs = input.code === 'remote-code' ? TRUST_REMOTE_CODE : UNPINNED_MODEL_REVISION;
  const severity = input.code ? 'high' : (reading.severity ?? input.severity);
  reportModel(out, ref, {
    rule: runs,
    severity,
    offset: rev && reading.pinned === undefined ? rev.offset : input.offset,
    text: input.id,
    message: `${input.where} ${input.id} ${why}; pin it: ${input.pin}`,
    evidence,
  });
  return true;
}

/** A model named by a variable: unpinned when no revision fixes it, unknowable when the revision is a variable too. */
function variableId(hit: HitSink, input: ModelRefInput): void {
  if (input.id === '') return;
  const rev = input.revision;
  if (rev && isCommit(rev.value)) return;
  const unpinned = !rev && !input.noRevision;
  hit({
    rule: unpinned ? UNPINNED_MODEL_REVISION : MODEL_REVISION_VARIABLE,
    offset: input.offset,
    text: input.id,
    message: unpinned
      ? `${input.where} ${shorten(input.id, 60)} has no revision: it downloads whatever the default branch holds`
      : `${input.where} ${shorten(input.id, 60)}: the model comes from a variable and cannot be checked`,
    evidence: { model: input.id, ...input.evidence },
  });
}
