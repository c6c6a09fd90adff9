/**
 * conda environment files (environment.yml, conda.yaml) and MLflow python_env.yaml, read with the
 * `yaml` package (node ranges give positions). Conda's MatchSpec syntax: `foo==1.2.3` and
 * `foo=1.2.3=build` (or `foo 1.2.3 build`) are exact; `foo=1.2` is a prefix match (1.2.*);
 * `foo>=1`, `foo 1.*` and a bare name are ranges. The `pip:` section holds pip requirement lines.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { HitSink, PinHit } from './hits.ts';
import { checkRequirementsText, type Include } from './requirements.ts';
import { UNPINNED_REQUIREMENT } from './rules.ts';
import { readYaml, scalarOffset } from './yaml.ts';

export type CondaPinning = { pinned: true } | { pinned: false; reason: string; prefix?: boolean };

/** Classifies a conda MatchSpec string. */
export function condaSpecPinning(spec: string): CondaPinning {
  let s = spec.trim().replace(/^[^\s:]+::/, '');
  const bracket = /^([^[\s]+)\[(.*)\]$/.exec(s);
  if (bracket) {
    const version = /version\s*=\s*['"]?([^'",\]]+)/.exec(bracket[2]!)?.[1];
    s = version ? `${bracket[1]} ${/^[<>=!~]/.test(version) ? version : `==${version}`}` : bracket[1]!;
  }
  const m = /^([A-Za-z0-9_.-]+)\s*(.*)$/.exec(s);
  if (!m) return { pinned: false, reason: `unrecognised spec ${spec}` };
  const rest = m[2]!.trim();
  if (!rest) return { pinned: false, reason: 'no version' };
  if (/[*|,]/.test(rest)) return { pinned: false, reason: `range or wildcard ${rest}` };
  if (rest.startsWith('==')) return { pinned: true };
  if (rest.startsWith('=')) {
    const parts = rest.slice(1).split('=');
    if (parts.length >= 2 && parts[0] && parts[1]) return { pinned: true };
    return {
      pinned: false,
      prefix: true,
      reason: `=${parts[0]} is a prefix match (also ${parts[0]}.1, ${parts[0]}.post1 …)`,
    };
  }
  if (/^[<>!~]/.test(rest)) return { pinned: false, reason: `range ${rest}` };
  return /^[\w.+!-]+(\s+[\w.+!-]+)?$/.test(rest)
    ? { pinned: true }
    : { pinned: false, reason: `unrecognised version ${rest}` };
}

/** Checks a conda environment or MLflow python_env file; returns pip includes (-r/-c). */
export function checkCondaEnv(text: string, sink: HitSink): Include[] {
  const includes: Include[] = [];
  const doc = readYaml(text, sink, 'environment file', 'its dependencies may not all be checked');
  if (!doc) return includes;
  const contents = doc.contents as Node | null;
  if (!isMap(contents)) return includes;
  const pipLines = (items: readonly unknown[]) => {
    for (const item of items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const base = scalarOffset(item);
      const shift = (h: PinHit): void => sink({ ...h, offset: h.offset + base });
      for (const inc of checkRequirementsText(item.value, shift, { constraints: true })) {
        includes.push({ ...inc, offset: inc.offset + base });
      }
    }
  };
  // Anchors and aliases (`dependencies: *common`) resolve to the node they name.
  const deref = (n: unknown): unknown => (isAlias(n) ? n.resolve(doc) : n);
  for (const key of ['dependencies', 'build_dependencies']) {
    const deps = deref(contents.get(key, true));
    if (!isSeq(deps)) continue;
    const isPythonEnv = contents.has('python') && !contents.has('channels');
    for (const raw of deps.items) {
      const item = deref(raw);
      if (isMap(item)) {
        const pip = deref(item.get('pip', true));
        if (isSeq(pip)) pipLines(pip.items);
        continue;
      }
      if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number')) continue;
      if (isPythonEnv) {
        pipLines([item]);
        continue;
      }
      const value = String(item.value);
      const p = condaSpecPinning(value);
      if (p.pinned) continue;
      sink({
        rule: UNPINNED_REQUIREMENT,
        offset: scalarOffset(item as Scalar),
        text: value,
        message: `conda dependency ${value} is not pinned to an exact version (${p.reason})`,
        severity: p.prefix ? 'low' : undefined,
        evidence: { spec: value, reason: p.reason },
      });
    }
  }
  return includes;
}
