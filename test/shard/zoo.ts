/**
 * A model zoo with something of everything a merged report must reproduce: per-file findings
 * (hostile pickles, an LFS pointer), tree findings (remote code, a shard index naming missing
 * files), discovery findings (a link out of the folder), a link inside the folder (one file, two
 * names), a checksum file (a verification, with one wrong digest), two targets, and a policy with
 * an ignore (suppressions), a severity override and a required lock (a finding only the whole
 * report can decide).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface Zoo {
  paths: string[];
  policyFile: string;
}

export async function makeZoo(dir: string): Promise<Zoo> {
  const zoo = join(dir, 'zoo');
  await mkdir(join(zoo, 'pickles'), { recursive: true });
  for (const d of ['repo/remote-code', 'repo/bin-index-missing', 'demo'])
    await cp(join(FIXTURES, d), join(zoo, d.split('/').at(-1)!), { recursive: true });
  const pickles = [
    'hostile/01_proto0_global_reduce.pkl',
    'hostile/04_functools_partial.pkl',
    'hostile/08_inst.pkl',
    'hostile/20_pip_main.pkl',
    'benign_proto1.pkl',
    'sklearn_logreg_proto4.pkl',
  ];
  for (const p of pickles) await cp(join(FIXTURES, 'pickle', p), join(zoo, 'pickles', p.split('/').at(-1)!));
  await symlink(join('pickles', '08_inst.pkl'), join(zoo, 'alias.pkl'));
  await symlink('/etc/hostname', join(zoo, 'escape'));
  const sha = async (rel: string) =>
    createHash('sha256')
      .update(await readFile(join(zoo, rel)))
      .digest('hex');
  await writeFile(
    join(zoo, 'SHA256SUMS'),
    `${await sha('pickles/benign_proto1.pkl')}  pickles/benign_proto1.pkl\n` +
      `${await sha('demo/config.json')}  demo/config.json\n` +
      `${'0'.repeat(64)}  pickles/sklearn_logreg_proto4.pkl\n`,
  );
  const extra = join(dir, 'extra.pkl');
  await cp(join(FIXTURES, 'pickle', 'hostile', '09_obj.pkl'), extra);
  const policyFile = join(dir, 'policy.yml');
  await writeFile(
    policyFile,
    [
      'rules:',
      '  repo/shard-missing: medium',
      'verification:',
      '  require: lock',
      'ignore:',
      '  - rule: repo/remote-code',
      '    path: "remote-code/tokenizer_config.json"',
      '    reason: reviewed',
      '  - rule: pickle/*',
      '    path: "pickles/20_pip_main.pkl"',
      '    reason: test payload',
      '',
    ].join('\n'),
  );
  return { paths: [zoo, extra], policyFile };
}

/** A JSON report without the fields that differ between runs (when and how long). */
export function withoutTiming(json: string): unknown {
  const r = JSON.parse(json) as {
    startedAt?: unknown;
    durationMs?: unknown;
    summary?: { throughput?: unknown };
  };
  delete r.startedAt;
  delete r.durationMs;
  if (r.summary) delete r.summary.throughput;
  return r;
}
