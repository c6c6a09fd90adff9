/**
 * Configuration files that switch on remote code or add package indexes without any code:
 * YAML/JSON/TOML/INI run configs (`trust_remote_code: true` in lm-eval, axolotl, vLLM, LLaMA-Factory
 * configs) and pip.conf / pip.ini (`extra-index-url`, `index-url`, `trusted-host`). A line scan: the
 * keys are specific, and a scanner must not depend on the file parsing cleanly.
 */
import type { HitSink } from './hits.ts';
import { CUSTOM_INDEX, EXTRA_INDEX_URL, TRUST_REMOTE_CODE } from './rules.ts';

const TRUST_RE = /\btrust[_-]remote[_-]code\b["']?\s*[:=]\s*["']?(true|yes|on|1)\b/gi;

export function checkConfig(text: string, sink: HitSink, name: string): void {
  for (const m of text.matchAll(TRUST_RE)) {
    sink({
      rule: TRUST_REMOTE_CODE,
      offset: m.index,
      text: m[0],
      message: `${name} sets ${m[0].replace(/["'\s]/g, '')}: whatever loads with this config runs the repository's Python code`,
      evidence: { key: 'trust_remote_code' },
    });
  }
  if (!/^pip\.(conf|ini)$/i.test(name)) return;
  for (const m of text.matchAll(
    /^[ \t]*(extra-index-url|index-url|trusted-host|find-links)[ \t]*=[ \t]*(\S+)/gim,
  )) {
    const key = m[1]!.toLowerCase();
    const value = m[2]!;
    const plain = /^http:\/\//i.test(value);
    if (key === 'extra-index-url') {
      sink({
        rule: EXTRA_INDEX_URL,
        offset: m.index + m[0].length - m[0].trimStart().length,
        text: m[0].trim(),
        ...(plain ? { severity: 'high' as const } : {}),
        message: `${name}: extra-index-url ${value} lets a package of the same name on either index win (dependency confusion)`,
        evidence: { url: value },
      });
    } else if (!/^https:\/\/(pypi\.org|pypi\.python\.org)\/simple\/?$/i.test(value)) {
      sink({
        rule: CUSTOM_INDEX,
        offset: m.index + m[0].length - m[0].trimStart().length,
        text: m[0].trim(),
        ...(plain || key === 'trusted-host' ? { severity: 'medium' as const } : {}),
        message: `${name}: ${key} ${value} ${key === 'trusted-host' ? 'turns off TLS verification for that host' : 'replaces the package source'}`,
        evidence: { [key]: value },
      });
    }
  }
}
