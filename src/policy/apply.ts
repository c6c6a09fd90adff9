/**
 * applyPolicy: a pure step from a Report and a Policy to a new Report. It adds policy violations
 * (formats, sources, required verification, expired ignores, a scanned folder's own loosening
 * policy), applies severity overrides, moves ignored findings to `suppressed` (never dropped), and
 * decides the verdict again.
 */
import { getRule } from '../builtins.ts';
import picomatch from 'picomatch';
import {
  compareFindings,
  type Finding,
  finding,
  type Severity,
  severityRank,
  type RuleLookup,
} from '../core/finding.ts';
import {
  countBySeverity,
  decideVerdict,
  type PolicyReport,
  type Report,
  type SuppressedFinding,
  type VerificationKind,
} from '../core/report.ts';
import {
  FORMAT_NOT_ALLOWED,
  IGNORE_EXPIRED,
  INVALID_POLICY,
  SOURCE_NOT_ALLOWED,
  UNTRUSTED_POLICY,
  UNUSED_IGNORE,
  VERIFICATION_REQUIRED,
} from './rules.ts';
import {
  formatModelSource,
  hfCacheSource,
  isModelSource,
  type ModelHub,
  type ModelReference,
  type ModelSource,
  repoOf,
} from '../core/model-source.ts';
import type { IgnoreEntry, Policy } from './types.ts';

/** Kinds that cannot carry code; allowed even when formats.allow does not list them (deny still wins). */
export const ALWAYS_ALLOWED_KINDS: readonly string[] = ['empty', 'text', 'json', 'image', 'lfs-pointer'];

/**
 * Which verifications (VerificationReport.kind, set by the verifiers) count for
 * `verification.require`: a `signature` or a `lock`. Checksum files, content-addressed stores, a
 * remote source's metadata and a verification that could not run count as neither.
 */
export function isSignatureVerification(kind: VerificationKind): boolean {
  return kind === 'signature';
}
export function isLockVerification(kind: VerificationKind): boolean {
  return kind === 'lock';
}

export interface ApplyOptions {
  /** Wins over the policy's failOn (the command line's --fail-on). */
  failOn?: Severity;
  /** Today, for expiry dates (default: now). */
  now?: Date;
  /** The rules whose default severities say what loosens (default: the default scanner's). */
  rules?: RuleLookup;
}

/** Why a source is not allowed, or undefined when it is. */
export function sourceRefusal(policy: Policy, src: ModelSource): string | undefined {
  const hubs = Object.keys(policy.sources) as ModelHub[];
  if (hubs.length === 0) return undefined;
  const list = policy.sources[src.hub];
  if (!list) {
    return `the policy's sources list no ${src.hub} entries (allowed hubs: ${hubs.join(', ')}), and a hub it does not list is not allowed`;
  }
  if (list.includes('*')) return undefined;
  const entries = list.map((e) => e.toLowerCase());
  const owner = src.owner.toLowerCase();
  const repo = repoOf(src).toLowerCase();
  if (entries.includes(repo) || (owner !== '' && entries.includes(owner))) return undefined;
  const what =
    src.hub === 'url'
      ? `host ${src.owner}`
      : owner === ''
        ? `${src.name} (a name without an owner)`
        : repoOf(src);
  return `${what} is not in sources.${src.hub} (${list.join(', ')})`;
}

/** A typed `evidence.source` of a finding (pin findings carry one). */
function sourceOfFinding(f: Finding): ModelSource | undefined {
  const s = f.evidence?.source;
  return isModelSource(s) ? s : undefined;
}

/** The path of a report path relative to the scanned folder that holds it. */
export function relativeToTarget(path: string, targets: Report['targets']): string {
  let best: { base: string; rel: string } | undefined;
  for (const t of targets) {
    const base = t.input.replace(/\\/g, '/').replace(/\/+$/, '') || '/';
    let rel: string | undefined;
    if (!t.isDirectory) {
      if (path === base) rel = base.split('/').at(-1) ?? base;
    } else if (base === '.') {
      if (!path.startsWith('../') && !path.startsWith('/')) rel = path.replace(/^\.\//, '');
    } else if (path.startsWith(`${base}/`)) {
      rel = path.slice(base.length + 1);
    }
    if (rel !== undefined && (!best || base.length > best.base.length)) best = { base, rel };
  }
  return best ? best.rel : path;
}

/** End of the expiry day (UTC) has passed. */
export function isExpired(expires: string | undefined, now: Date): boolean {
  if (!expires) return false;
  const end = Date.parse(`${expires}T23:59:59.999Z`);
  return Number.isFinite(end) && now.getTime() > end;
}

/** Keys of a policy that loosen checks (refused when the policy came from inside a scanned folder). */
export function looseningKeys(policy: Policy, rules: RuleLookup = getRule): string[] {
  const keys: string[] = [];
  if (policy.failOn && severityRank(policy.failOn) > severityRank('high')) keys.push('failOn');
  for (const [id, level] of Object.entries(policy.rules)) {
    const def = rules(id);
    if (level === 'off' || (def && severityRank(level) < severityRank(def.severity)))
      keys.push(`rules.${id}`);
  }
  if (policy.pickle.allow.length || policy.pickle.forced.length) keys.push('pickle.allow');
  if (policy.verification.signers.length) keys.push('verification.signers');
  if (policy.ignore.length) keys.push('ignore');
  // A cache answers for files without reading them: a downloaded model must not choose it.
  if (policy.digestCache !== undefined) keys.push('digestCache');
  return keys;
}

/**
 * The part of a policy that may be used: all of it, except for a policy found inside a scanned
 * folder, which keeps only what tightens checks. scan() feeds analyzers and verifiers from this
 * (pickle allowlist, signers), so a downloaded model cannot widen them.
 */
export function trustedPart(policy: Policy, rules: RuleLookup = getRule): Policy {
  if (policy.origin !== 'scanned-folder') return policy;
  const refused = looseningKeys(policy, rules);
  return refused.length ? withoutLoosening(policy, refused) : policy;
}

function withoutLoosening(policy: Policy, refused: readonly string[]): Policy {
  const rules = { ...policy.rules };
  for (const k of refused) if (k.startsWith('rules.')) delete rules[k.slice(6)];
  const { failOn, digestCache: _refused, ...rest } = policy;
  return {
    ...rest,
    failOn: failOn && !refused.includes('failOn') ? failOn : undefined,
    rules,
    pickle: { allow: [], forced: [] },
    verification: { ...policy.verification, signers: [] },
    ignore: [],
  };
}

function formatViolations(report: Report, policy: Policy): Finding[] {
  const { allow, deny } = policy.formats;
  if (!allow && !deny) return [];
  const out: Finding[] = [];
  for (const file of report.files) {
    const kinds = [file.kind, ...(file.contains ?? [])];
    const bad = [...new Set(kinds)].filter((k) =>
      deny?.includes(k) ? true : allow ? !allow.includes(k) && !ALWAYS_ALLOWED_KINDS.includes(k) : false,
    );
    if (!bad.length) continue;
    const inside = bad.filter((k) => k !== file.kind);
    const what = [
      ...(bad.includes(file.kind) ? [`is ${file.kind}`] : []),
      ...(inside.length ? [`contains ${inside.join(', ')}`] : []),
    ].join(' and ');
    const rule = bad.some((k) => deny?.includes(k))
      ? `denied by policy (deny: ${deny!.join(', ')})`
      : `not allowed by policy (allow: ${allow!.join(', ')})`;
    out.push(
      finding(FORMAT_NOT_ALLOWED, {
        path: file.path,
        message: `${file.path.split('/').at(-1)} ${what}: ${rule}`,
        evidence: { kinds: bad, allow, deny },
      }),
    );
  }
  return out;
}

/** Every model reference the report knows: the scan's inventory, typed sources on findings, cache folders in paths. */
function allReferences(report: Report): ModelReference[] {
  const refs: ModelReference[] = [...(report.modelReferences ?? [])];
  const sourceKey = (path: string, s: ModelSource) => `${path}\0${s.hub}\0${s.owner}\0${s.name}`;
  const listed = new Set(refs.map((r) => sourceKey(r.path, r.source)));
  for (const f of report.findings) {
    const source = sourceOfFinding(f);
    if (!source || listed.has(sourceKey(f.path, source))) continue;
    refs.push({ source, pinned: false, path: f.path, line: f.line, column: f.column, via: f.rule });
  }
  // Hugging Face cache folders anywhere in a scanned path (models--owner--name).
  const seen = new Set<string>();
  for (const p of [...report.targets.map((t) => t.input), ...report.files.map((f) => f.path)]) {
    const segs = p.replace(/\\/g, '/').split('/');
    const i = segs.findIndex((s) => /^(?:models|datasets|spaces)--.+/.test(s));
    if (i < 0) continue;
    const folder = segs.slice(0, i + 1).join('/');
    const source = hfCacheSource(segs[i]!);
    if (!source || seen.has(folder)) continue;
    seen.add(folder);
    refs.push({ source, pinned: true, path: folder, via: 'hf-cache' });
  }
  return refs;
}

function sourceViolations(report: Report, policy: Policy): Finding[] {
  if (Object.keys(policy.sources).length === 0) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const ref of allReferences(report)) {
    const why = sourceRefusal(policy, ref.source);
    if (!why) continue;
    const s = ref.source;
    const key = `${ref.path}\0${ref.line ?? ''}\0${s.hub}\0${s.owner}\0${s.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      finding(SOURCE_NOT_ALLOWED, {
        path: ref.path,
        line: ref.line,
        column: ref.column,
        message: `${s.hub} ${s.hub === 'url' ? 'download' : 'model'} ${formatModelSource(s)} is not from an allowed source: ${why}`,
        evidence: { source: s, pinned: ref.pinned, via: ref.via },
      }),
    );
  }
  return out;
}

function verificationViolations(report: Report, policy: Policy): Finding[] {
  const req = policy.verification.require;
  if (req === 'none') return [];
  const counts = (kind: VerificationKind) =>
    (req !== 'lock' && isSignatureVerification(kind)) || (req !== 'signature' && isLockVerification(kind));
  const what = req === 'signature-or-lock' ? 'a signature or a lock' : `a ${req}`;
  const out: Finding[] = [];
  for (const t of report.targets) {
    const base = t.input.replace(/\/+$/, '');
    const mine = report.verifications.filter(
      (v) =>
        report.targets.length === 1 || v.source === base || v.source.startsWith(`${base}/`) || base === '.',
    );
    if (mine.some((v) => v.ok && counts(v.kind))) continue;
    out.push(
      finding(VERIFICATION_REQUIRED, {
        path: t.input,
        message: `the policy requires ${what} that verifies, and none did for ${t.input}`,
        evidence: { require: req },
      }),
    );
  }
  return out;
}

interface CompiledIgnore {
  entry: IgnoreEntry;
  expired: boolean;
  match: (path: string) => boolean;
  matched: number;
}

function compileIgnores(policy: Policy, now: Date): CompiledIgnore[] {
  return policy.ignore.map((entry) => ({
    entry,
    expired: isExpired(entry.expires, now),
    match: picomatch(entry.path, { dot: true }),
    matched: 0,
  }));
}

const at = (position: { line: number; column: number } | undefined) =>
  position ? { line: position.line, column: position.column } : {};

/** Findings the policy itself adds: formats, sources, verification, a refused folder policy, expired ignores. */
function policyFindings(
  report: Report,
  policy: Policy,
  effective: Policy,
  refused: readonly string[],
  ignores: readonly CompiledIgnore[],
): Finding[] {
  const added: Finding[] = [
    ...formatViolations(report, effective),
    ...sourceViolations(report, effective),
    ...verificationViolations(report, effective),
  ];
  if (refused.length) {
    added.push(
      finding(UNTRUSTED_POLICY, {
        path: policy.source,
        message: `${policy.source} was found inside the scanned folder and loosens checks (${refused.join(', ')}); those parts were not applied (pass it with --policy if you trust it)`,
        evidence: { refused },
      }),
    );
  }
  for (const ig of ignores) {
    if (!ig.expired) continue;
    added.push(
      finding(IGNORE_EXPIRED, {
        path: policy.source,
        ...at(ig.entry.position),
        message: `ignore of ${ig.entry.rule} for ${ig.entry.path} expired on ${ig.entry.expires} (reason was: ${ig.entry.reason}); its findings count again`,
        evidence: { rule: ig.entry.rule, path: ig.entry.path, expires: ig.entry.expires },
      }),
    );
  }
  return added;
}

/** Ignore entries (not expired) that suppressed nothing in this scan. */
function unusedIgnores(policy: Policy, ignores: readonly CompiledIgnore[]): Finding[] {
  return ignores
    .filter((ig) => !ig.expired && ig.matched === 0)
    .map((ig) =>
      finding(UNUSED_IGNORE, {
        path: policy.source,
        ...at(ig.entry.position),
        message: `ignore of ${ig.entry.rule} for ${ig.entry.path} matched no finding in this scan; remove it or correct the rule or glob`,
        evidence: {
          rule: ig.entry.rule,
          path: ig.entry.path,
          expires: ig.entry.expires,
        },
      }),
    );
}

/** Splits findings into kept (severity overrides applied) and suppressed (rule off, forced global, ignore). */
function suppress(
  input: readonly Finding[],
  effective: Policy,
  ignores: readonly CompiledIgnore[],
  report: Report,
  source: string,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const original of input) {
    const level = effective.rules[original.rule];
    if (level === 'off') {
      suppressed.push({
        ...original,
        suppression: { kind: 'rule-off', reason: `rule ${original.rule} is off in the policy`, source },
      });
      continue;
    }
    const f: Finding = level ? { ...original, severity: level } : original;
    const forced = original.rule.startsWith('pickle/')
      ? effective.pickle.forced.find((g) => g.global === f.evidence?.global || g.global === f.evidence?.name)
      : undefined;
    if (forced) {
      suppressed.push({
        ...f,
        suppression: {
          kind: 'forced-global',
          reason: forced.reason,
          source,
          line: forced.position?.line,
        },
      });
      continue;
    }
    const ig = matchingIgnore(f, ignores, report);
    if (ig) {
      ig.matched++;
      suppressed.push({
        ...f,
        suppression: {
          kind: 'ignore',
          reason: ig.entry.reason,
          source,
          line: ig.entry.position?.line,
          expires: ig.entry.expires,
        },
      });
      continue;
    }
    findings.push(f);
  }
  return { findings, suppressed };
}

function matchingIgnore(
  f: Finding,
  ignores: readonly CompiledIgnore[],
  report: Report,
): CompiledIgnore | undefined {
  if (ignores.length === 0) return undefined;
  const rel = relativeToTarget(f.path, report.targets);
  return ignores.find(
    (i) =>
      !i.expired &&
      (i.entry.rule === f.rule ||
        (i.entry.rule.endsWith('/*') && f.rule.startsWith(i.entry.rule.slice(0, -1)))) &&
      i.match(rel),
  );
}

/** Applies `policy` to `report`; returns a new Report (the input is not changed). */
export function applyPolicy(report: Report, policy: Policy, options: ApplyOptions = {}): Report {
  if (policy.invalid) return applyInvalidPolicy(report, policy, options);
  const now = options.now ?? new Date();
  const refused = policy.origin === 'scanned-folder' ? looseningKeys(policy, options.rules) : [];
  const effective = refused.length ? withoutLoosening(policy, refused) : policy;
  const ignores = compileIgnores(effective, now);
  const added = policyFindings(report, policy, effective, refused, ignores);
  const main = suppress([...report.findings, ...added], effective, ignores, report, policy.source);
  const late = suppress(unusedIgnores(policy, ignores), effective, [], report, policy.source);
  const policyReport: PolicyReport = {
    source: policy.source,
    origin: policy.origin,
    refused: refused.length ? refused : undefined,
    ignores: ignores.map((i) => ({
      rule: i.entry.rule,
      path: i.entry.path,
      reason: i.entry.reason,
      expires: i.entry.expires,
      status: i.expired ? ('expired' as const) : ('active' as const),
      matched: i.matched,
    })),
  };
  const failOn = options.failOn ?? effective.failOn ?? report.failOn;
  return assemble(
    report,
    [...main.findings, ...late.findings],
    [...(report.suppressed ?? []), ...main.suppressed, ...late.suppressed],
    policyReport,
    failOn,
  );
}

/** A scanned folder's policy that could not be used: one finding, nothing of it applied. */
function applyInvalidPolicy(report: Report, policy: Policy, options: ApplyOptions): Report {
  const errors = policy.invalid?.errors ?? [];
  const first = errors[0];
  const f = finding(INVALID_POLICY, {
    path: policy.source,
    ...(first?.line !== undefined
      ? { line: first.line, ...(first.column !== undefined ? { column: first.column } : {}) }
      : {}),
    message: `${policy.source} was found inside the scanned folder and is not a valid policy (${first ? `${first.path}: ${first.message}` : 'unreadable'}${errors.length > 1 ? `; ${errors.length - 1} more` : ''}); none of it was applied`,
    evidence: { errors: errors.slice(0, 20).map((e) => ({ ...e })) },
  });
  const policyReport: PolicyReport = { source: policy.source, origin: policy.origin, ignores: [] };
  return assemble(
    report,
    [...report.findings, f],
    [...(report.suppressed ?? [])],
    policyReport,
    options.failOn ?? report.failOn,
  );
}

function assemble(
  report: Report,
  findings: Finding[],
  suppressed: SuppressedFinding[],
  policy: PolicyReport,
  failOn: Severity,
): Report {
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const { verdict, reason } = decideVerdict(findings, report.verifications, failOn);
  return {
    ...report,
    failOn,
    findings,
    suppressed,
    policy,
    summary: {
      ...report.summary,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      suppressed: suppressed.length,
    },
    verdict,
    reason,
  };
}
