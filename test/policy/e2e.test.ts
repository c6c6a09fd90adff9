/** End-to-end: the same folder passes or fails only because of the policy (CLI in-process). */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { STARTER_POLICY } from '../../src/cli/policy.ts';
import { runCli } from '../helpers/cli.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'policy');
let tmp: string;
const dir = (name: string) => join(tmp, name);

async function withPolicy(name: string, text: string): Promise<string> {
  const file = join(tmp, 'policies', name);
  await writeFile(file, text);
  return file;
}

async function scanJson(
  args: string[],
  cwd?: string,
): Promise<{ code: number; report: Report; err: string }> {
  const r = await runCli(['scan', ...args, '--format', 'json'], cwd ? { cwd } : {});
  return { code: r.code, report: JSON.parse(r.out) as Report, err: r.err };
}

beforeAll(async () => {
  tmp = await makeTmpDir();
  await mkdir(join(tmp, 'policies'));
  for (const name of ['clean-model', 'lfs-model', 'torch-model'])
    await cp(join(FIXTURES, name), dir(name), { recursive: true });
});

describe('same folder, different policy', () => {
  it('LFS pointer: fails without a policy, passes with an ignore (finding kept as suppressed)', async () => {
    expect((await runCli(['scan', dir('lfs-model'), '--no-policy-discovery'])).code).toBe(1);
    const p = await withPolicy(
      'ignore.yml',
      'ignore:\n  - rule: repo/lfs-pointer\n    path: "*.safetensors"\n    reason: weights are fetched by the deploy job\n',
    );
    const { code, report, err } = await scanJson([dir('lfs-model'), '--policy', p]);
    expect(code).toBe(0);
    expect(err).toContain(`using policy ${p} (--policy)`);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toHaveLength(1);
    expect(report.suppressed![0]).toMatchObject({
      rule: 'repo/lfs-pointer',
      suppression: { kind: 'ignore', reason: 'weights are fetched by the deploy job', source: p, line: 2 },
    });
    expect(report.summary.suppressed).toBe(1);
  });

  it('the suppressed list shows when each ignore expires (human and Markdown)', async () => {
    const p = await withPolicy(
      'until.yml',
      'ignore:\n  - rule: repo/lfs-pointer\n    path: "*.safetensors"\n    reason: fetched later\n    expires: 2099-12-31\n',
    );
    const human = await runCli(['scan', dir('lfs-model'), '--policy', p]);
    expect(human.out).toContain('repo/lfs-pointer');
    expect(human.out).toMatch(/model\.safetensors: fetched later \(until 2099-12-31\)/);
    const md = await runCli(['scan', dir('lfs-model'), '--policy', p, '--format', 'markdown']);
    expect(md.out).toContain('| Rule | File | Reason | Expires |');
    expect(md.out).toMatch(/\| `fetched later` \| `2099-12-31` \|/);
  });

  it('LFS pointer: an expired ignore fails again and says so', async () => {
    const p = await withPolicy(
      'expired.yml',
      'ignore:\n  - rule: repo/lfs-pointer\n    path: "**"\n    reason: temporary\n    expires: 2020-01-31\n',
    );
    const r = await runCli(['scan', dir('lfs-model'), '--policy', p]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('policy/ignore-expired  ignore of repo/lfs-pointer for ** expired on 2020-01-31');
    expect(r.out).toContain('repo/lfs-pointer');
  });

  it('LFS pointer: a severity override or a higher fail level passes; --fail-on wins over the policy', async () => {
    const low = await withPolicy('low.yml', 'rules:\n  repo/lfs-pointer: medium\n');
    expect((await runCli(['scan', dir('lfs-model'), '--policy', low])).code).toBe(0);
    const crit = await withPolicy('crit.yml', 'failOn: critical\n');
    expect((await runCli(['scan', dir('lfs-model'), '--policy', crit])).code).toBe(0);
    expect((await runCli(['scan', dir('lfs-model'), '--policy', crit, '--fail-on', 'high'])).code).toBe(1);
  });

  it('clean model: passes without a policy, fails when the policy requires a signature', async () => {
    expect((await runCli(['scan', dir('clean-model'), '--no-policy-discovery'])).code).toBe(0);
    const p = await withPolicy('sig.yml', 'verification:\n  require: signature\n');
    const { code, report } = await scanJson([dir('clean-model'), '--policy', p]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.rule)).toEqual(['policy/verification-required']);
  });

  it('formats: only safetensors and GGUF allowed → a PyTorch checkpoint is a violation, clean or not', async () => {
    const strict = await withPolicy('formats.json', '{"formats": {"allow": ["safetensors", "gguf"]}}\n');
    const { code, report } = await scanJson([dir('torch-model'), '--policy', strict]);
    expect(code).toBe(1);
    const v = report.findings.filter((f) => f.rule === 'policy/format-not-allowed');
    expect(v.map((f) => f.path)).toEqual([`${dir('torch-model')}/pytorch_model.bin`]);
    expect(v[0]!.evidence!.kinds).toContain('zip');
    // The same policy passes the safetensors-only folder.
    expect((await runCli(['scan', dir('clean-model'), '--policy', strict])).code).toBe(0);
    // Allowing the container and pickle removes the violation.
    const loose = await withPolicy('formats2.yml', 'formats:\n  allow: [safetensors, zip, pickle]\n');
    const again = await scanJson([dir('torch-model'), '--policy', loose]);
    expect(again.report.findings.filter((f) => f.rule === 'policy/format-not-allowed')).toEqual([]);
  });

  it('formats: deny', async () => {
    const p = await withPolicy('deny.yml', 'formats:\n  deny: [safetensors]\n');
    expect((await runCli(['scan', dir('clean-model'), '--policy', p])).code).toBe(1);
  });

  it('sources: a Hugging Face cache of a model outside the allowed organisations fails', async () => {
    // A real cache layout: blobs named by their git blob SHA-1, a snapshot linking to them, a ref.
    const content = await readFile(join(FIXTURES, 'clean-model', 'config.json'));
    const gitSha1 = createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
    const commit = 'a'.repeat(40);
    for (const org of ['evil-org', 'meta-llama']) {
      const repo = join(tmp, 'hub', `models--${org}--tiny`);
      await mkdir(join(repo, 'blobs'), { recursive: true });
      await mkdir(join(repo, 'snapshots', commit), { recursive: true });
      await mkdir(join(repo, 'refs'), { recursive: true });
      await writeFile(join(repo, 'blobs', gitSha1), content);
      await symlink(`../../blobs/${gitSha1}`, join(repo, 'snapshots', commit, 'config.json'));
      await writeFile(join(repo, 'refs', 'main'), commit);
    }
    const p = await withPolicy('sources.yml', 'sources:\n  huggingface: [meta-llama]\n');
    const good = await scanJson([join(tmp, 'hub', 'models--meta-llama--tiny'), '--policy', p]);
    expect(good.report.findings.filter((f) => f.rule.startsWith('policy/'))).toEqual([]);
    const bad = await scanJson([join(tmp, 'hub', 'models--evil-org--tiny'), '--policy', p]);
    expect(bad.code).toBe(1);
    expect(
      bad.report.findings
        .filter((f) => f.rule === 'policy/source-not-allowed')
        .map((f) => f.evidence!.source),
    ).toEqual([{ hub: 'huggingface', owner: 'evil-org', name: 'tiny', revision: commit }]);
    expect(bad.report.modelReferences).toEqual([
      expect.objectContaining({
        source: { hub: 'huggingface', owner: 'evil-org', name: 'tiny', revision: commit },
        via: 'hf-cache',
      }),
    ]);
  });
});

describe('policy discovery', () => {
  it('finds .modelvet.yml in the working directory and says so; --no-policy-discovery turns it off', async () => {
    const cwd = join(tmp, 'project');
    await mkdir(cwd);
    await writeFile(join(cwd, '.modelvet.yml'), 'verification:\n  require: lock\n');
    const r = await runCli(['scan', dir('clean-model')], { cwd });
    expect(r.err).toContain('using policy .modelvet.yml (found in the working directory)');
    expect(r.code).toBe(1);
    expect((await runCli(['scan', dir('clean-model'), '--no-policy-discovery'], { cwd })).code).toBe(0);
  });

  it('a policy inside a downloaded model may tighten but not loosen', async () => {
    const model = join(tmp, 'downloaded');
    await cp(dir('lfs-model'), model, { recursive: true });
    await writeFile(
      join(model, '.modelvet.yml'),
      'rules:\n  repo/lfs-pointer: off\nignore:\n  - rule: repo/*\n    path: "**"\n    reason: nothing to see\n',
    );
    const { code, report, err } = await scanJson([model], tmp);
    expect(err).toContain(
      'using policy downloaded/.modelvet.yml (found in the scanned folder: it may only tighten checks; pass it with --policy to trust it)',
    );
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'policy/untrusted-policy',
      'repo/lfs-pointer',
    ]);
    // Passed explicitly, the same file is trusted.
    const trusted = await scanJson([model, '--policy', join(model, '.modelvet.yml')], tmp);
    expect(trusted.code).toBe(0);
  });

  it('scanning the working directory itself does not make its policy trusted (cd model && modelvet scan .)', async () => {
    const model = join(tmp, 'downloaded');
    const r = await scanJson(['.'], model);
    expect(r.err).toContain('using policy .modelvet.yml (found in the scanned folder');
    expect(r.report.policy!.origin).toBe('scanned-folder');
    expect(r.report.findings.map((f) => f.rule)).toContain('policy/untrusted-policy');
  });

  it("the working directory's policy wins over one inside the scanned folder", async () => {
    const cwd = join(tmp, 'project2');
    await mkdir(cwd);
    await writeFile(join(cwd, '.modelvet.yml'), 'failOn: critical\n');
    const r = await scanJson([join(tmp, 'downloaded')], cwd);
    expect(r.report.policy).toMatchObject({ source: '.modelvet.yml', origin: 'working-directory' });
    expect(r.code).toBe(0);
  });

  it('two policy files in one folder is a usage error', async () => {
    const cwd = join(tmp, 'two');
    await mkdir(cwd);
    await writeFile(join(cwd, '.modelvet.yml'), '{}\n');
    await writeFile(join(cwd, '.modelvet.json'), '{}\n');
    const r = await runCli(['scan', dir('clean-model')], { cwd });
    expect(r.code).toBe(2);
    expect(r.err).toContain('has .modelvet.yml and .modelvet.json; keep one policy file');
  });

  it('an invalid policy stops the scan with exit 2 and every error located', async () => {
    const p = await withPolicy(
      'bad.yml',
      'failOn: hgh\nignore:\n  - rule: repo/lfs-pointer\n    path: "**"\n',
    );
    const r = await runCli(['scan', dir('clean-model'), '--policy', p]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`invalid policy ${p} (2 errors):`);
    expect(r.err).toContain(`${p}:1:9: failOn: must be one of info, low, medium, high, critical; got "hgh"`);
    expect(r.err).toContain(`${p}:3:5: ignore[0]: missing required key "reason"`);
    expect((await runCli(['scan', dir('clean-model'), '--policy', join(tmp, 'missing.yml')])).code).toBe(2);
  });
});

describe('modelvet policy check / init', () => {
  it('check: a signer key file that does not exist fails (exit 1) and names the path looked for', async () => {
    const p = await withPolicy('keys.yml', 'verification:\n  signers:\n    - key: keys/nope.pub\n');
    const r = await runCli(['policy', 'check', p]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      `${p}:3:12: verification.signers[0].key: file keys/nope.pub does not exist (looked for ${join(tmp, 'policies', 'keys', 'nope.pub')})\n`,
    );
  });

  it('check: text quoted from the policy is escaped (a policy can come with the tree it vets)', async () => {
    const hostile = await withPolicy(
      'hostile.yml',
      'rules:\n  "a\\e[31mb\\u202e": never\nignore:\n  - rule: repo/lfs-pointer\n    path: "x\\u2028::error::y"\n    reason: r\n    expires: 2020-01-01\n',
    );
    const r = await runCli(['policy', 'check', hostile]);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/[\x1b\u202e\u2028]/);
    expect(r.out).toContain('key "a\\x1b[31mb\\u202e" must be a rule id');
    const ok = await withPolicy(
      'hostile-ok.yml',
      'ignore:\n  - rule: repo/lfs-pointer\n    path: "x\\u2028::error::y"\n    reason: r\n    expires: 2020-01-01\n',
    );
    const o = await runCli(['policy', 'check', ok]);
    expect(o.out).not.toMatch(/[\u2028]/);
    expect(o.out).toContain('ignore of repo/lfs-pointer for x\\u2028::error::y expired');
  });

  it('check: valid → 0 with a summary, invalid → 1 with located errors, missing → 2', async () => {
    const ok = await withPolicy(
      'ok.yml',
      'failOn: medium\nignore:\n  - rule: repo/lfs-pointer\n    path: x\n    reason: r\n    expires: 2020-01-01\n',
    );
    const r = await runCli(['policy', 'check', ok]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `${ok}:3:5: warning: ignore of repo/lfs-pointer for x expired on 2020-01-01; it no longer applies`,
    );
    expect(r.out).toContain(`${ok}: valid policy (fail-on medium, 0 rule override(s), 1 ignore(s)`);
    const bad = await withPolicy('bad2.yml', 'rules:\n  repo/lfs-pointer: never\n');
    const b = await runCli(['policy', 'check', bad]);
    expect(b.code).toBe(1);
    expect(b.out).toBe(
      `${bad}:2:21: rules["repo/lfs-pointer"]: must be one of off, info, low, medium, high, critical; got "never"\n`,
    );
    const typo = await withPolicy('typo.yml', 'formats:\n  deny: [pikle]\n');
    const t = await runCli(['policy', 'check', typo]);
    expect(t.code).toBe(1);
    expect(t.out).toContain(
      `${typo}:2:10: formats.deny[0]: "pikle" is not a kind modelvet reports (did you mean "pickle"?)`,
    );
    const scanTypo = await runCli(['scan', dir('clean-model'), '--policy', typo]);
    expect(scanTypo.code).toBe(2);
    expect(scanTypo.err).toContain(`invalid policy ${typo}:2:10: formats.deny[0]: "pikle" is not a kind`);
    const bom = await withPolicy('bom.json', '\uFEFF{"failOn": "low"}\n');
    expect((await runCli(['policy', 'check', bom])).code).toBe(0);
    expect((await runCli(['policy', 'check', join(tmp, 'nope.yml')])).code).toBe(2);
    expect((await runCli(['policy', 'check'])).code).toBe(2);
    expect((await runCli(['policy', 'frobnicate'])).code).toBe(2);
  });

  it('init writes a commented starter that checks clean, and never overwrites without --force', async () => {
    const out = join(tmp, 'init', '.modelvet.yml');
    await mkdir(join(tmp, 'init'));
    expect((await runCli(['policy', 'init', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(STARTER_POLICY);
    expect(STARTER_POLICY.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(20);
    expect((await runCli(['policy', 'check', out])).code).toBe(0);
    const again = await runCli(['policy', 'init', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('exists; pass --force');
    expect((await runCli(['policy', 'init', out, '--force'])).code).toBe(0);
    const stdout = await runCli(['policy', 'init', '--stdout']);
    expect(stdout.out).toBe(STARTER_POLICY);
  });
});
