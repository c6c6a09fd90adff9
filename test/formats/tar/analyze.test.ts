import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Header } from 'tar';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/core/analyzer.ts';
import { BufferSource, FileSource } from '../../../src/core/source.ts';
import { linkEscapes } from '../../../src/formats/compressed/archive-rules.ts';
import { listTar } from '../../../src/formats/tar/analyze.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';
import { assertMutationsSafe, FIXTURES, probe, probeSource } from '../container-probe.ts';

/** One ustar header block for `path` with `size` bytes (tar's own encoder). */
function header(
  path: string,
  size: number,
  type: 'File' | 'SymbolicLink' = 'File',
  linkpath?: string,
): Buffer {
  const block = Buffer.alloc(512);
  new Header({ path, size, type, mode: 0o644, mtime: new Date(0), ...(linkpath ? { linkpath } : {}) }).encode(
    block,
    0,
  );
  return block;
}

const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);

describe('linkEscapes', () => {
  it('tells links that leave the archive root', () => {
    expect(linkEscapes('a/b', '../c')).toBe(false);
    expect(linkEscapes('a/b', '../../c')).toBe(false);
    expect(linkEscapes('a/b', '../../../c')).toBe(true);
    expect(linkEscapes('', 'x/../../y')).toBe(true);
    expect(linkEscapes('a', '/etc/passwd')).toBe(true);
    expect(linkEscapes('a', 'C:\\x')).toBe(true);
    expect(linkEscapes('a', './b/./c')).toBe(false);
  });
});

describe('tar analyzer', () => {
  it('dispatches every regular member by content (pickle named weights.bin)', async () => {
    const r = await probe('containers/payload.tar');
    expect(r.kind).toBe('tar');
    expect(r.pickles).toEqual(['model/weights.bin']);
    expect(r.rules).toEqual([]);
  });

  it('reports traversal names and links escaping the archive', async () => {
    const r = await probe('containers/traversal.tar');
    const by = (rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.member?.at(-1));
    expect(by('archive/path-traversal')).toEqual(['../../evil.txt', '/etc/cron.d/x']);
    expect(by('archive/link-escape')).toEqual(['link', 'hard']);
    expect(r.seen).toContain('ok.txt:text');
  });

  it('a link that stays inside the archive is only archive/link (low)', async () => {
    const tar = Buffer.concat([header('a/b', 0, 'SymbolicLink', '../c'), Buffer.alloc(1024)]);
    const r = await probeSource(new BufferSource(tar, 'l.tar'), 'l.tar');
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['archive/link', 'low']]);
  });

  it('a member after the end-of-archive marker is reported and scanned', async () => {
    const r = await probe('containers/after_end.tar');
    expect(r.rules).toEqual(['tar/member-after-end']);
    expect(r.pickles).toEqual(['model/weights.bin']);
    // Ordinary record padding (zero blocks to the end) is not a finding.
    expect((await probe('containers/payload.tar')).rules).toEqual([]);
  });

  it('members past the limit are archive/too-many-members', async () => {
    const r = await probe('containers/traversal.tar', { ...DEFAULT_LIMITS, maxMembers: 2 });
    expect(r.rules).toContain('archive/too-many-members');
  });

  it('zip inside tar is scanned recursively', async () => {
    expect((await probe('containers/zip_in_tar.tar')).pickles).toEqual(['inner.pt > archive/data.pkl']);
  });

  it('PyTorch legacy tar: sys_info, pickle, tensors and storages all reach the pickle analyzers', async () => {
    for (const f of ['torch/legacy_tar_benign.tar', 'torch/legacy_tar_payload.tar']) {
      const r = await probe(f);
      expect(r.pickles.sort()).toEqual(['pickle', 'storages', 'sys_info', 'tensors']);
      expect(r.rules).toEqual(['torch/legacy-tar']);
      expect(r.findings.find((x) => x.rule === 'torch/legacy-tar')?.severity).toBe('info');
    }
  });

  it('a protocol-0 `pickle` member of a legacy tar is a pickle by name', async () => {
    const p0 = Buffer.from("cposix\nsystem\n(S'true'\ntR.", 'latin1');
    const info = Buffer.from('\x80\x02}q\x00.', 'latin1');
    const tar = Buffer.concat([
      header('sys_info', info.length),
      pad(info),
      header('pickle', p0.length),
      pad(p0),
      Buffer.alloc(1024),
    ]);
    const r = await probeSource(new BufferSource(tar, 'old.pt'), 'old.pt');
    expect(r.pickles).toEqual(['sys_info', 'pickle']);
  });

  it('pre-POSIX (v7) tar without the ustar magic is still recognised by its checksum', async () => {
    const data = Buffer.from('\x80\x02K\x01.', 'latin1');
    const h = header('x.bin', data.length);
    h.fill(0, 257, 265); // drop "ustar\000"
    let sum = 0;
    h.fill(0x20, 148, 156);
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const r = await probeSource(
      new BufferSource(Buffer.concat([h, pad(data), Buffer.alloc(1024)]), 'v7'),
      'v7',
    );
    expect(r.kind).toBe('tar');
    expect(r.pickles).toEqual(['x.bin']);
  });

  it('a bad checksum or a member past the end is tar/malformed (fail closed)', async () => {
    const data = Buffer.from('hello');
    const good = header('a.txt', data.length);
    const bad = Buffer.from(good);
    bad[0] = 0x62; // "b.txt", checksum no longer matches
    const r1 = await probeSource(
      new BufferSource(Buffer.concat([good, pad(data), bad, pad(data)]), 't.tar'),
      't.tar',
    );
    expect(r1.rules).toEqual(['tar/malformed']);
    const r2 = await probeSource(new BufferSource(header('big', 1 << 20), 't2.tar'), 't2.tar');
    expect(r2.rules).toEqual(['tar/malformed']);
  });

  it('long names through PAX records are applied (tar Pax parser)', async () => {
    const long = `${'d/'.repeat(80)}../../escape.pkl`;
    // A PAX record is "<len> path=<value>\n" where len counts itself.
    let rec = '';
    for (let n = 10; n < 1000; n++) {
      rec = `${n} path=${long}\n`;
      if (Buffer.byteLength(rec) === n) break;
    }
    const paxBuf = Buffer.from(rec);
    const xh = Buffer.alloc(512);
    new Header({ path: 'PaxHeader', size: paxBuf.length, type: 'ExtendedHeader', mtime: new Date(0) }).encode(
      xh,
      0,
    );
    const data = Buffer.from('\x80\x02K\x01.', 'latin1');
    const tar = Buffer.concat([xh, pad(paxBuf), header('short', data.length), pad(data), Buffer.alloc(1024)]);
    const listing = await listTar(new BufferSource(tar, 'p.tar'), 10);
    expect(listing.members.map((m) => m.path)).toEqual([long]);
    const r = await probeSource(new BufferSource(tar, 'p.tar'), 'p.tar');
    expect(r.rules).toEqual(['archive/path-traversal']);
    expect(r.pickles).toEqual([long]);
  });

  it('bytes read: a tar with a multi-GB member costs one header per member', async () => {
    const dir = await makeTmpDir();
    const path = join(dir, 'big.tar');
    const pkl = Buffer.from('\x80\x02K\x01.', 'latin1');
    const big = 5 * 1024 ** 3;
    const fh = await open(path, 'w');
    try {
      await fh.write(
        Buffer.concat([header('data.pkl', pkl.length), pad(pkl), header('blob', big)]),
        0,
        undefined,
        0,
      );
      await fh.truncate(512 * 3 + big + 1024);
    } finally {
      await fh.close();
    }
    const source = await FileSource.open(path, 'big.tar');
    try {
      const r = await probeSource(source, 'big.tar');
      expect(r.pickles).toEqual(['data.pkl']);
      // Headers, the pickle member, and the unknown blob's head and 64 KiB tail (zip sniff).
      expect(source.bytesRead).toBeLessThan(256 * 1024);
      expect(source.bytesRead / source.size).toBeLessThan(1e-4);
    } finally {
      await source.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('mutated tars never throw and finish fast (property)', async () => {
    const bases = await Promise.all(
      ['containers/traversal.tar', 'torch/legacy_tar_payload.tar', 'containers/zip_in_tar.tar'].map((n) =>
        readFile(join(FIXTURES, n)),
      ),
    );
    await assertMutationsSafe(bases, 'm.tar');
  });
});

describe('tar as Python tarfile reads it (real tarfile output, hostile twins proven by torch.load)', () => {
  it('PAX and GNU long-name archives written by tarfile are clean', async () => {
    for (const f of ['containers/pax_benign.tar', 'containers/gnu_longname_benign.tar']) {
      const r = await probe(f);
      expect(r.rules, f).toEqual([]);
      expect(
        r.seen.some((s) => s.startsWith(`model/${'sub_'.repeat(30)}weights.bin`)),
        f,
      ).toBe(true);
    }
  });

  it('a PAX value with a newline: the member is named as tarfile (and torch.load) names it, and reported', async () => {
    const r = await probe('containers/hostile_pax_newline.tar');
    expect(r.rules).toContain('tar/pax-record-mismatch');
    expect(r.pickles).toContain('pickle');
    expect(r.seen).not.toContain('notes.txt:text');
  });

  it('a GNU long name read to the first NUL of its block: named pickle as tarfile reads it, and reported', async () => {
    const r = await probe('containers/hostile_gnu_longname_padding.tar');
    expect(r.rules).toContain('tar/long-name-mismatch');
    expect(r.pickles).toContain('pickle');
  });

  it('a zip appended after the members is a polyglot, scanned', async () => {
    const tar = await readFile(join(FIXTURES, 'containers/payload.tar'));
    const zip = await readFile(join(FIXTURES, 'containers/torch_payload.zip'));
    const r = await probeSource(new BufferSource(Buffer.concat([tar, zip]), 't.tar'), 't.tar');
    expect(r.rules).toContain('zip/polyglot');
    expect(r.pickles).toContain('archive/data.pkl');
  });
});
