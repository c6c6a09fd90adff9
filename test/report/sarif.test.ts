/**
 * SARIF output: valid against the official SARIF 2.1.0 schema, and within what GitHub code scanning
 * accepts (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 * for required fields, symlinks and limits; github/codeql-action `src/fingerprints.ts` for how
 * upload-sarif fingerprints results), one test per requirement.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.ts';
import type { Report } from '../../src/core/report.ts';
import { loadPolicy } from '../../src/policy/load.ts';
import { artifactUri, buildSarif, renderSarif, SARIF_MAX_RESULTS } from '../../src/report/sarif.ts';
import { scan } from '../../src/scan.ts';
import { runCli } from '../helpers/cli.ts';
import { draft04Validator } from '../helpers/schema.ts';
import { makeTmpDir, SHARED_DIR } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'fixtures');
const SARIF_SCHEMA = join(SHARED_DIR, 'schemas', 'sarif-schema-2.1.0.json');

type Sarif = ReturnType<typeof buildSarif>;
const logs: { name: string; sarif: Sarif }[] = [];

function syntheticReport(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'modelvet', version: '0.1.0' },
    startedAt: '2026-01-02T03:04:05.000Z',
    durationMs: 10,
    failOn: 'high',
    targets: [{ input: 'm', isDirectory: true, skipped: [] }],
    files: [],
    findings,
    verifications: [],
    summary: {
      files: 0,
      bytes: 0,
      findings: findings.length,
      bySeverity: { info: 0, low: 0, medium: 0, high: 0, critical: 0 },
      throughput: 0,
    },
    verdict: 'fail',
    reason: 'x',
    ...extra,
  };
}

beforeAll(async () => {
  const tmp = await makeTmpDir();
  // Every committed fixture folder (all areas), scanned as one target.
  logs.push({ name: 'fixtures', sarif: buildSarif(await scan([FIXTURES], { jobs: 2 }), { cwd: ROOT }) });
  // Suppressed results and policy findings.
  const policyFile = join(tmp, 'p.yml');
  await writeFile(
    policyFile,
    'formats:\n  allow: [safetensors]\nignore:\n  - rule: repo/lfs-pointer\n    path: "**"\n    reason: fetched later\n  - rule: scan/*\n    path: "**"\n    reason: old\n    expires: 2020-01-01\n',
  );
  const policy = await loadPolicy(policyFile);
  const withPolicy = await scan([join(FIXTURES, 'policy')], { policy, jobs: 2 });
  logs.push({ name: 'policy', sarif: buildSarif(withPolicy, { cwd: ROOT }) });
  // Odd names, a symlink, a member chain, a path outside the working directory.
  const odd = join(tmp, 'odd model');
  await mkdir(odd);
  await cp(
    join(FIXTURES, 'policy', 'lfs-model', 'model.safetensors'),
    join(odd, 'weights #1 100%.safetensors'),
  );
  await cp(join(FIXTURES, 'policy', 'lfs-model', 'model.safetensors'), join(odd, 'ünïcode.safetensors'));
  await symlink('ünïcode.safetensors', join(odd, 'link.safetensors'));
  logs.push({ name: 'odd', sarif: buildSarif(await scan([odd], { jobs: 1 }), { cwd: tmp }) });
  logs.push({
    name: 'outside-cwd',
    sarif: buildSarif(await scan([odd], { jobs: 1 }), { cwd: join(ROOT, 'src') }),
  });
  logs.push({
    name: 'synthetic',
    sarif: buildSarif(
      syntheticReport(
        [
          {
            rule: 'scan/unsupported-format',
            severity: 'high',
            path: 'm/a.zip',
            member: ['a.zip', 'x/data.pkl'],
            offset: 12,
            message: 'inner',
          },
          {
            rule: 'not/registered',
            severity: 'info',
            path: 'm/b.txt',
            line: 3,
            column: 2,
            message: 'no rule definition',
          },
          { rule: 'repo/lfs-pointer', severity: 'critical', path: 'm/c.bin', message: 'line one\nline two' },
        ],
        {
          verifications: [
            { kind: 'lock', source: 'm/modelvet.lock.json', ok: false, message: '1 file changed' },
          ],
        },
      ),
      { cwd: ROOT },
    ),
  });
});

const all = () => logs.map((l) => [l.name, l.sarif] as const);
const results = (s: Sarif) => s.runs[0]!.results;

describe.skipIf(!existsSync(SARIF_SCHEMA))('official SARIF 2.1.0 schema', () => {
  it('every log validates', async () => {
    const validate = await draft04Validator(SARIF_SCHEMA);
    for (const [name, sarif] of all()) {
      const errors = validate(JSON.parse(JSON.stringify(sarif)));
      expect(errors, `${name}: ${JSON.stringify(errors.slice(0, 3))}`).toEqual([]);
    }
    // The validator is not vacuous: a wrong version or a result without a message is rejected.
    const bad = JSON.parse(JSON.stringify(logs[0]!.sarif));
    bad.version = '2.0.0';
    expect(validate(bad).length).toBeGreaterThan(0);
    const noMessage = JSON.parse(JSON.stringify(logs.find((l) => l.name === 'synthetic')!.sarif));
    delete noMessage.runs[0].results[0].message;
    expect(validate(noMessage).length).toBeGreaterThan(0);
  });
});

describe("GitHub code scanning's requirements", () => {
  it('the fixture scans produce results to check', () => {
    expect(results(logs.find((l) => l.name === 'policy')!.sarif).length).toBeGreaterThan(2);
    expect(results(logs.find((l) => l.name === 'odd')!.sarif).length).toBeGreaterThan(1);
  });

  it('$schema, version 2.1.0, one run from one tool, results present', () => {
    for (const [, s] of all()) {
      expect(s.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
      expect(s.version).toBe('2.1.0');
      expect(s.runs).toHaveLength(1);
      expect(s.runs[0]!.tool.driver.name).toBe('modelvet');
      expect(s.runs[0]!.tool.driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(Array.isArray(s.runs[0]!.results)).toBe(true);
    }
  });

  it('no required property is an empty string (GitHub does not support it)', () => {
    const walk = (v: unknown, at: string): void => {
      if (typeof v === 'string') expect(v, at).not.toBe('');
      else if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, `${at}[${i}]`);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
    };
    for (const [name, s] of all()) walk(s, name);
  });

  it('a category in automationDetails.id (category/run-id form)', () => {
    for (const [, s] of all()) expect(s.runs[0]!.automationDetails.id).toBe('modelvet/');
    expect(buildSarif(syntheticReport([]), { category: 'models' }).runs[0]!.automationDetails.id).toBe(
      'models/',
    );
  });

  it('rules: every rule that fired, once, with the fields GitHub requires and within its limits', () => {
    for (const [name, s] of all()) {
      const rules = s.runs[0]!.tool.driver.rules;
      const fired = new Set(results(s).map((r) => r.ruleId));
      expect(new Set(rules.map((r) => r.id)), name).toEqual(fired);
      expect(rules.length).toBeLessThanOrEqual(25_000);
      for (const r of rules) {
        expect(r.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
        expect(r.name.length).toBeGreaterThan(0);
        expect(r.name.length).toBeLessThanOrEqual(255);
        expect(r.shortDescription.text.length).toBeGreaterThan(0);
        expect(r.shortDescription.text.length).toBeLessThanOrEqual(1024);
        expect(r.fullDescription.text.length).toBeGreaterThan(0);
        expect(r.fullDescription.text.length).toBeLessThanOrEqual(1024);
        expect(r.help.text.length).toBeGreaterThan(0);
        expect(r.help.markdown).toContain(`modelvet explain ${r.id}`);
        expect(['note', 'warning', 'error']).toContain(r.defaultConfiguration.level);
        expect(r.properties.tags.length).toBeLessThanOrEqual(20);
        expect(r.properties.tags).toContain('security');
      }
    }
  });

  it('security-severity is a string scoring above 0.0 and at most 10.0, matching the worst result', () => {
    const bands: Record<string, [number, number]> = {
      critical: [9.0, 10],
      high: [7.0, 8.9],
      medium: [4.0, 6.9],
      low: [0.1, 3.9],
      info: [0.1, 3.9],
    };
    for (const [, s] of all()) {
      for (const r of s.runs[0]!.tool.driver.rules) {
        const v = r.properties['security-severity'];
        expect(typeof v).toBe('string');
        const n = Number(v);
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(10);
        const worst = results(s)
          .filter((x) => x.ruleId === r.id)
          .map((x) => x.properties.severity)
          .sort(
            (a, b) =>
              ['info', 'low', 'medium', 'high', 'critical'].indexOf(b) -
              ['info', 'low', 'medium', 'high', 'critical'].indexOf(a),
          )[0]!;
        const [lo, hi] = bands[worst]!;
        expect(n).toBeGreaterThanOrEqual(lo);
        expect(n).toBeLessThanOrEqual(hi);
      }
    }
  });

  it('results: ruleId/ruleIndex agree, a level, a one-line message', () => {
    for (const [, s] of all()) {
      const rules = s.runs[0]!.tool.driver.rules;
      for (const r of results(s)) {
        expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
        expect(['note', 'warning', 'error']).toContain(r.level);
        expect(r.message.text.length).toBeGreaterThan(0);
        expect(r.message.text).not.toContain('\n');
      }
    }
  });

  it('locations: exactly one, with a relative, percent-encoded URI inside the working directory', () => {
    for (const [name, s] of all()) {
      for (const r of results(s)) {
        expect(r.locations).toHaveLength(1);
        const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
        // The outside-cwd log, and the policy file of the policy log (a temp file here), are outside the working directory.
        if (name === 'outside-cwd' || r.ruleId === 'policy/ignore-expired') {
          expect(uri).toMatch(/^file:\/\/\//);
          continue;
        }
        expect(uri).not.toMatch(/^[a-z]+:/i);
        expect(uri).not.toMatch(/^\//);
        expect(uri).not.toMatch(/[ #]|%(?![0-9A-F]{2})/);
        expect(() => new URL(uri, 'file:///repo/')).not.toThrow();
      }
    }
    const odd = results(logs.find((l) => l.name === 'odd')!.sarif).map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(odd).toContain('odd%20model/weights%20%231%20100%25.safetensors');
    expect(odd).toContain('odd%20model/%C3%BCn%C3%AFcode.safetensors');
    expect(artifactUri('a b/c.py', '/repo')).toBe('a%20b/c.py');
  });

  it('a symlinked file is reported at the path it resolves to (GitHub hides results in symlinks)', () => {
    const odd = results(logs.find((l) => l.name === 'odd')!.sarif).map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(odd.some((u) => u.includes('link.safetensors'))).toBe(false);
    expect(odd.filter((u) => u.endsWith('%C3%BCn%C3%AFcode.safetensors')).length).toBe(2);
  });

  it('regions: text findings have startLine (and column) ≥ 1; binary files and archive members have none', () => {
    for (const [, s] of all()) {
      for (const r of results(s)) {
        const loc = r.locations[0]!.physicalLocation as {
          region?: { startLine: number; startColumn?: number };
        };
        if (loc.region) {
          expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
          if (loc.region.startColumn !== undefined) expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
        }
      }
    }
    const syn = results(logs.find((l) => l.name === 'synthetic')!.sarif);
    const byRule = (id: string) =>
      syn.find((r) => r.ruleId === id)!.locations[0]!.physicalLocation as { region?: object };
    expect(byRule('scan/unsupported-format').region).toBeUndefined();
    expect(byRule('repo/lfs-pointer').region).toBeUndefined();
    expect(byRule('not/registered').region).toEqual({ startLine: 3, startColumn: 2 });
    // The LFS pointer analyzer gives line 1: a text anchor GitHub can show in a PR.
    const lfs = results(logs.find((l) => l.name === 'odd')!.sarif).filter(
      (r) => r.ruleId === 'repo/lfs-pointer',
    );
    expect(lfs.length).toBeGreaterThan(0);
    for (const r of lfs)
      expect((r.locations[0]!.physicalLocation as { region?: { startLine: number } }).region?.startLine).toBe(
        1,
      );
  });

  it('partialFingerprints: our own primaryLocationLineHash (<16 hex>:<n>), unique, stable across runs', async () => {
    for (const [, s] of all()) {
      const prints = results(s).map((r) => r.partialFingerprints.primaryLocationLineHash);
      for (const p of prints) expect(p).toMatch(/^[0-9a-f]{16}:\d+$/);
      expect(new Set(prints).size).toBe(prints.length);
    }
    const again = buildSarif(await scan([FIXTURES], { jobs: 2 }), { cwd: ROOT });
    const first = logs.find((l) => l.name === 'fixtures')!.sarif;
    expect(results(again).map((r) => r.partialFingerprints)).toEqual(
      results(first).map((r) => r.partialFingerprints),
    );
  });

  it('suppressed findings are results with suppressions (kind external, a justification)', () => {
    const s = logs.find((l) => l.name === 'policy')!.sarif;
    const suppressed = results(s).filter((r) => 'suppressions' in r && r.suppressions);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const r of suppressed) {
      expect(r.ruleId).toBe('repo/lfs-pointer');
      expect(r.suppressions![0]).toMatchObject({ kind: 'external', status: 'accepted' });
      expect(r.suppressions![0]!.justification).toMatch(/^fetched later \(.*p\.yml:4\)$/);
    }
    expect(results(s).some((r) => r.ruleId === 'policy/ignore-expired')).toBe(true);
    expect(results(s).some((r) => r.ruleId === 'policy/format-not-allowed')).toBe(true);
  });

  it('caps results at 25,000 per run, most severe first, and says so in the run properties', () => {
    const many: Finding[] = [];
    for (let i = 0; i < SARIF_MAX_RESULTS + 100; i++) {
      many.push({
        rule: 'repo/lfs-pointer',
        severity: i < 100 ? 'critical' : 'low',
        path: `m/f${i}.bin`,
        message: `m ${i}`,
      });
    }
    const s = buildSarif(syntheticReport(many), { cwd: ROOT });
    expect(results(s)).toHaveLength(SARIF_MAX_RESULTS);
    expect(results(s).filter((r) => r.properties.severity === 'critical')).toHaveLength(100);
    expect(s.runs[0]!.properties).toMatchObject({
      resultsTruncated: true,
      resultsTotal: SARIF_MAX_RESULTS + 100,
      resultsIncluded: SARIF_MAX_RESULTS,
    });
    expect(gzipSync(renderSarif(syntheticReport(many), { cwd: ROOT })).length).toBeLessThan(10 * 1024 * 1024);
    const small = buildSarif(syntheticReport(many.slice(0, 10)), { cwd: ROOT, maxResults: 3 });
    expect(results(small)).toHaveLength(3);
    expect(
      buildSarif(syntheticReport(many.slice(0, 10)), { cwd: ROOT }).runs[0]!.properties,
    ).not.toHaveProperty('resultsTruncated');
  });

  it('member chain and offset are in the message and properties; failed verifications are notifications', () => {
    const s = logs.find((l) => l.name === 'synthetic')!.sarif;
    const r = results(s).find((x) => x.ruleId === 'scan/unsupported-format')!;
    expect(r.message.text).toBe('inner (in archive member a.zip → x/data.pkl, at byte offset 12)');
    expect(r.properties).toMatchObject({ member: ['a.zip', 'x/data.pkl'], offset: 12 });
    expect(s.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'lock m/modelvet.lock.json: 1 file changed' } },
    ]);
    expect(s.runs[0]!.invocations[0]!.workingDirectory.uri).toMatch(/^file:\/\/\/.*\/$/);
  });
});

describe('modelvet scan --format sarif', () => {
  it('writes SARIF to --output with paths relative to the working directory, nothing on stdout', async () => {
    const tmp = await makeTmpDir();
    const out = join(tmp, 'modelvet.sarif');
    const r = await runCli(
      [
        'scan',
        join(FIXTURES, 'policy', 'lfs-model'),
        '--format',
        'sarif',
        '--output',
        out,
        '--no-policy-discovery',
      ],
      { cwd: ROOT },
    );
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const sarif = JSON.parse(await readFile(out, 'utf8')) as Sarif;
    expect(sarif.version).toBe('2.1.0');
    expect(results(sarif).map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'fixtures/policy/lfs-model/model.safetensors',
    ]);
  });
});
