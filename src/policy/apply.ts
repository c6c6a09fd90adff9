/**
 * applyPolicy: a pure step from a Report and a Policy to a new Report. It adds policy violations
 * (formats, sources, required verification, expired ignores, a scanned folder's own loosening
 * policy), applies severity overrides, moves ignored findings to `suppressed` (never dropped), and
 * decides the verdict again.
 */
import picomatch from 'picomatch';
import {
  compareFindings,
  type Finding,
  finding,
  getRule,
  type Severity,
  severityRank,
} from '../core/finding.ts';
import {
  countBySeverity,
  decideVerdict,
  type PolicyReport,
  type Report,
  type SuppressedFinding,
} from '../core/report.ts';
import {
  FORMAT_NOT_ALLOWED,
  IGNORE_EXPIRED,
  SOURCE_NOT_ALLOWED,
  UNTRUSTED_POLICY,
  VERIFICATION_REQUIRED,
} from './rules.ts';
import type { Policy } from './types.ts';

/** Kinds that cannot carry code; allowed even when formats.allow does not list them (deny still wins). */
export const ALWAYS_ALLOWED_KINDS: readonly string[] = ['empty', 'text', 'json', 'image', 'lfs-pointer'];

/**
 * Which verifications (VerificationReport.kind, set by the verify module) count for
 * `verification.require`: a signature (`signature`, `oms`, `sigstore…`, `…-signature`) or a lock
 * (`lock`, `lock-file`, `…-lock`). Checksum files and content-addressed stores count as neither.
 */
export function isSignatureVerification(kind: string): boolean {
  return kind.toLowerCase() === 'oms' || /signature|^sigstore\b/i.test(kind);
}
export function isLockVerification(kind: string): boolean {
  return /^lock(?:$|-)|-lock$/i.test(kind);
}

export interface ApplyOptions {
  /** Wins over the policy's failOn (the command line's --fail-on). */
  failOn?: Severity;
  /** Today, for expiry dates (default: now). */
  now?: Date;
}

export interface ModelSource {
  hub: 'huggingface' | 'github';
  /** `owner/name`, or a bare legacy name. */
  repo: string;
}

/**
 * Reads a model source from finding evidence: `evidence.repo` (`owner/name`, hub from
 * `evidence.hub`, default huggingface) or `evidence.source` (a URL, `hf://`, `github:` or
 * `models--owner--name`).
 */
export function sourceFromEvidence(evidence: Record<string, unknown> | undefined): ModelSource | undefined {
  if (!evidence) return undefined;
  const hub = evidence.hub === 'github' ? 'github' : 'huggingface';
  if (typeof evidence.repo === 'string' && evidence.repo.trim()) return parseSource(evidence.repo, hub);
  if (typeof evidence.source === 'string' && evidence.source.trim()) return parseSource(evidence.source, hub);
  return undefined;
}

export function parseSource(
  text: string,
  defaultHub: ModelSource['hub'] = 'huggingface',
): ModelSource | undefined {
  let s = text.trim();
  let hub = defaultHub;
  const cache = /^(?:models|datasets|spaces)--(.+)$/.exec(s);
  if (cache) return { hub: 'huggingface', repo: cache[1]!.split('--').join('/') };
  const url = /^(?:https?:\/\/)?(?:www\.)?(huggingface\.co|hf\.co|github\.com)\/(.*)$/i.exec(s);
  if (url) {
    hub = url[1]!.toLowerCase() === 'github.com' ? 'github' : 'huggingface';
    s = url[2]!;
  } else if (/^hf:\/\//i.test(s)) {
    hub = 'huggingface';
    s = s.slice(5);
  } else if (/^github:/i.test(s)) {
    hub = 'github';
    s = s.slice(7);
  }
  const parts = s.split(/[/:@?#]/).filter(Boolean);
  if (hub === 'huggingface' && ['datasets', 'spaces', 'models'].includes(parts[0] ?? '')) parts.shift();
  const owner = parts[0];
  if (!owner) return undefined;
  const slash = s.includes('/');
  return { hub, repo: slash && parts[1] ? `${owner}/${parts[1]}` : owner };
}

export function sourceAllowed(policy: Policy, src: ModelSource): boolean {
  const list = policy.sources[src.hub];
  if (!list) return true;
  const repo = src.repo.toLowerCase();
  const owner = repo.split('/')[0]!;
  return list.some((entry) => {
    const e = entry.toLowerCase();
    return e === repo || e === owner;
  });
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
export function looseningKeys(policy: Policy): string[] {
  const keys: string[] = [];
  if (policy.failOn && severityRank(policy.failOn) > severityRank('high')) keys.push('failOn');
  for (const [id, level] of Object.entries(policy.rules)) {
    const def = getRule(id);
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
export function trustedPart(policy: Policy): Policy {
  if (policy.origin !== 'scanned-folder') return policy;
  const refused = looseningKeys(policy);
  return refused.length ? withoutLoosening(policy, refused) : policy;
}

function withoutLoosening(policy: Policy, refused: readonly string[]): Policy {
  const rules = { ...policy.rules };
  for (const k of refused) if (k.startsWith('rules.')) delete rules[k.slice(6)];
  const { failOn, digestCache: _refused, ...rest } = policy;
  return {
    ...rest,
    ...(failOn && !refused.includes('failOn') ? { failOn } : {}),
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
        evidence: { kinds: bad, ...(allow ? { allow } : {}), ...(deny ? { deny } : {}) },
      }),
    );
  }
  return out;
}

function sourceViolations(report: Report, policy: Policy): Finding[] {
  if (!policy.sources.huggingface && !policy.sources.github) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  const listFor = (src: ModelSource) => (policy.sources[src.hub] ?? []).join(', ');
  for (const f of report.findings) {
    const src = sourceFromEvidence(f.evidence);
    if (!src || sourceAllowed(policy, src)) continue;
    add(
      finding(SOURCE_NOT_ALLOWED, {
        path: f.path,
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.column !== undefined ? { column: f.column } : {}),
        message: `${src.hub} model ${src.repo} is not from an allowed source (allowed: ${listFor(src)})`,
        evidence: { hub: src.hub, repo: src.repo, finding: f.rule },
      }),
      `${f.path}\0${f.line ?? ''}\0${src.hub}\0${src.repo}`,
    );
  }
  // Hugging Face cache folders: models--owner--name anywhere in a scanned path.
  const paths = [...report.targets.map((t) => t.input), ...report.files.map((f) => f.path)];
  for (const p of paths) {
    const segs = p.replace(/\\/g, '/').split('/');
    const i = segs.findIndex((s) => /^(?:models|datasets|spaces)--.+/.test(s));
    if (i < 0) continue;
    const src = parseSource(segs[i]!)!;
    if (sourceAllowed(policy, src)) continue;
    const folder = segs.slice(0, i + 1).join('/');
    add(
      finding(SOURCE_NOT_ALLOWED, {
        path: folder,
        message: `Hugging Face cache folder ${folder} holds ${src.repo}, which is not from an allowed source (allowed: ${listFor(src)})`,
        evidence: { hub: src.hub, repo: src.repo, cacheFolder: folder },
      }),
      `cache\0${folder}`,
    );
  }
  return out;
}

function verificationViolations(report: Report, policy: Policy): Finding[] {
  const req = policy.verification.require;
  if (req === 'none') return [];
  const counts = (kind: string) =>
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

/** Applies `policy` to `report`; returns a new Report (the input is not changed). */
export function applyPolicy(report: Report, policy: Policy, options: ApplyOptions = {}): Report {
  const now = options.now ?? new Date();
  const refused = policy.origin === 'scanned-folder' ? looseningKeys(policy) : [];
  const effective = refused.length ? withoutLoosening(policy, refused) : policy;

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
  const ignores = effective.ignore.map((ig) => ({
    entry: ig,
    expired: isExpired(ig.expires, now),
    match: picomatch(ig.path, { dot: true }),
    matched: 0,
  }));
  for (const ig of ignores) {
    if (!ig.expired) continue;
    added.push(
      finding(IGNORE_EXPIRED, {
        path: policy.source,
        ...(ig.entry.position ? { line: ig.entry.position.line, column: ig.entry.position.column } : {}),
        message: `ignore of ${ig.entry.rule} for ${ig.entry.path} expired on ${ig.entry.expires} (reason was: ${ig.entry.reason}); its findings count again`,
        evidence: { rule: ig.entry.rule, path: ig.entry.path, expires: ig.entry.expires },
      }),
    );
  }

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [...(report.suppressed ?? [])];
  for (const original of [...report.findings, ...added]) {
    const level = effective.rules[original.rule];
    if (level === 'off') {
      suppressed.push({
        ...original,
        suppression: {
          kind: 'rule-off',
          reason: `rule ${original.rule} is off in the policy`,
          source: policy.source,
        },
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
          source: policy.source,
          ...(forced.position ? { line: forced.position.line } : {}),
        },
      });
      continue;
    }
    const rel = relativeToTarget(f.path, report.targets);
    const ig = ignores.find(
      (i) =>
        !i.expired &&
        (i.entry.rule === f.rule ||
          (i.entry.rule.endsWith('/*') && f.rule.startsWith(i.entry.rule.slice(0, -1)))) &&
        i.match(rel),
    );
    if (ig) {
      ig.matched++;
      suppressed.push({
        ...f,
        suppression: {
          kind: 'ignore',
          reason: ig.entry.reason,
          source: policy.source,
          ...(ig.entry.position ? { line: ig.entry.position.line } : {}),
          ...(ig.entry.expires ? { expires: ig.entry.expires } : {}),
        },
      });
      continue;
    }
    findings.push(f);
  }
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);

  const failOn = options.failOn ?? effective.failOn ?? report.failOn;
  const { verdict, reason } = decideVerdict(findings, report.verifications, failOn);
  const policyReport: PolicyReport = {
    source: policy.source,
    origin: policy.origin,
    ...(refused.length ? { refused } : {}),
    ignores: ignores.map((i) => ({
      rule: i.entry.rule,
      path: i.entry.path,
      reason: i.entry.reason,
      ...(i.entry.expires ? { expires: i.entry.expires } : {}),
      status: i.expired ? ('expired' as const) : ('active' as const),
      matched: i.matched,
    })),
  };
  return {
    ...report,
    failOn,
    findings,
    suppressed,
    policy: policyReport,
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
