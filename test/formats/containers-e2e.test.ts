/**
 * End to end through scan(): every container technique fails the scan at the default level (high)
 * with the container rule and the pickle analyzer's finding on the right member; real artifacts pass.
 */
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast } from '../../src/core/finding.ts';
import { scan } from '../../src/scan.ts';
import { makeTmpDir } from '../helpers/tmp.ts';
import { FIXTURES } from './container-probe.ts';

async function run(rel: string) {
  const report = await scan([join(FIXTURES, rel)], { jobs: 1 });
  const at = (rule: string) =>
    report.findings.filter((f) => f.rule === rule).map((f) => (f.member ?? []).join(' > '));
  const serious = report.findings.filter((f) => atLeast(f.severity, 'medium'));
  return { report, at, serious };
}

describe('containers end to end (scan)', () => {
  it.each([
    ['torch/state_dict.pt'],
    ['torch/scripted.pt'],
    ['containers/arrays.npz'],
    ['containers/arrays_compressed.npz'],
    ['torch/legacy_tar_benign.tar'],
    ['containers/benign.7z'],
  ])('real artifact %s passes with nothing at medium or above', async (rel) => {
    const { report, serious } = await run(rel);
    expect(serious).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it.each([
    // [fixture, container rule or null, member holding the payload]
    ['containers/torch_payload.zip', null, 'archive/data.pkl'], // the plain case
    ['containers/innocent_member.zip', null, 'archive/extra/readme'], // protocol 0, no magic (CVE-2025-1889 class)
    ['torch/state_dict_extra_member.pt', null, 'state_dict/extra'], // the same in a real checkpoint
    ['containers/zip_in_zip.zip', null, 'model/inner.bin > archive/data.pkl'], // zip in zip
    ['containers/zip_in_zip_deflated.zip', null, 'model/inner.bin > archive/data.pkl'],
    ['containers/bad_crc.zip', 'zip/bad-crc', 'archive/data.pkl'], // CVE-2025-10156
    ['containers/name_mismatch.zip', 'zip/name-mismatch', 'archive/data.pkl'], // CVE-2025-1944
    ['containers/flag_0x1.zip', 'zip/flag-bits', 'archive/data.pkl'], // CVE-2025-1945
    ['containers/flag_0x20.zip', 'zip/flag-bits', 'archive/data.pkl'],
    ['containers/flag_0x40.zip', 'zip/flag-bits', 'archive/data.pkl'],
    ['containers/duplicate_names.zip', 'zip/duplicate-name', 'archive/data.pkl'],
    ['containers/hidden_entry.zip', 'zip/hidden-entry', 'archive/hidden.pkl'],
    ['containers/no_central_directory.zip', 'zip/malformed', 'archive/data.pkl'],
    ['containers/polyglot_pickle_zip.pt', 'zip/polyglot', 'archive/data.pkl'],
    ['containers/after_end.tar', 'tar/member-after-end', 'model/weights.bin'],
    ['containers/prefixed.zip', 'zip/prefix-data', 'archive/data.pkl'],
    ['containers/zip64.zip', null, 'archive/data.pkl'],
    ['containers/object_array.npz', null, 'x.npy'], // .npz as zip, object array
    ['torch/legacy_tar_payload.tar', 'torch/legacy-tar', 'pickle'], // torch.load's tar path (torch/serialization.py _legacy_load)
    ['containers/payload.tar', null, 'model/weights.bin'],
    ['containers/zip_in_tar.tar', null, 'inner.pt > archive/data.pkl'],
    ['containers/payload.pkl.gz', null, 'payload.pkl'],
    ['containers/payload.pkl.bz2', null, 'payload.pkl'],
    ['containers/payload.pkl.xz', null, 'payload.pkl'],
    ['containers/payload.tar.gz', null, 'payload.tar > model/weights.bin'],
    ['containers/multi_stream.pkl.gz', null, 'multi_stream.pkl'],
    ['containers/multi_stream.pkl.bz2', null, 'multi_stream.pkl'],
    ['containers/multi_stream.pkl.xz', null, 'multi_stream.pkl'],
    ['containers/payload.7z', null, 'archive/data.pkl'], // nullifAI re-packed as 7z
    ['torch/scripted_constants_payload.pt', null, 'scripted/constants.pkl'],
  ])('%s fails: %s and a dangerous global in %s', async (rel, rule, member) => {
    const { report, at } = await run(rel);
    expect(report.verdict).toBe('fail');
    if (rule) expect(at(rule).length).toBeGreaterThan(0);
    expect(at('pickle/dangerous-global')).toContain(member);
  });

  it.each([
    ['containers/bomb.zip', 'archive/bomb'],
    ['containers/bomb.gz', 'archive/bomb'],
    ['containers/bomb.bz2', 'archive/bomb'],
    ['containers/bomb.xz', 'archive/bomb'],
    ['containers/bomb.7z', 'archive/bomb'],
    ['containers/deep_nesting.zip', 'archive/depth-limit'],
    ['containers/traversal.zip', 'archive/path-traversal'],
    ['containers/traversal.tar', 'archive/link-escape'],
    ['containers/overlap.zip', 'zip/overlapping-entries'],
    ['containers/unknown_method.zip', 'archive/unsupported-compression'],
    ['containers/encrypted.7z', 'archive/opaque'],
    ['containers/encrypted_headers.7z', 'archive/opaque'],
  ])('%s fails with %s', async (rel, rule) => {
    const { report, at } = await run(rel);
    expect(report.verdict).toBe('fail');
    expect(at(rule).length).toBeGreaterThan(0);
  });

  it('containers are found by content whatever their name (.weights, .safetensors, none)', async () => {
    const dir = await makeTmpDir();
    try {
      const names = ['model.weights', 'model.safetensors', 'checkpoint', 'README.md'];
      const sources = [
        'containers/torch_payload.zip',
        'containers/payload.tar',
        'containers/payload.7z',
        'containers/payload.pkl.xz',
      ];
      for (const [i, name] of names.entries()) await copyFile(join(FIXTURES, sources[i]!), join(dir, name));
      const report = await scan([dir], { jobs: 1 });
      expect(report.verdict).toBe('fail');
      const hit = new Set(
        report.findings
          .filter((f) => f.rule === 'pickle/dangerous-global')
          .map((f) => f.path.split('/').at(-1)),
      );
      expect([...hit].sort()).toEqual([...names].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
