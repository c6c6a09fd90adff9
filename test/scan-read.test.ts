/**
 * What the scan keeps of the files it read for the tree checks (src/scan-read.ts RetainedBytes):
 * small files whole, large files' first bytes; anything else is read from disk again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiscoveredFile } from '../src/core/walk.ts';
import { RetainedBytes } from '../src/scan-read.ts';

const dir = mkdtempSync(join(tmpdir(), 'modelvet-retained-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileAt = (path: string, size: number): DiscoveredFile =>
  ({
    rel: 'f',
    relBytes: Buffer.from('f'),
    display: path,
    fsPath: path,
    size,
    mode: 0o644,
  }) as DiscoveredFile;

describe('RetainedBytes', () => {
  it("answers a head from a large file's kept first bytes without opening the file", async () => {
    const r = new RetainedBytes();
    const gone = join(dir, 'removed-after-analysis.bin');
    r.keepHead(gone, Buffer.from('#!/bin/sh\nrest'));
    const file = fileAt(gone, 1 << 30);
    expect((await r.readHead(file, 2)).toString()).toBe('#!');
    // More than was kept: read from disk (the file is gone, so the read fails).
    await expect(r.readHead(file, 4096)).rejects.toThrow();
  });

  it('reads from disk what was not kept, and prefers a whole kept file', async () => {
    const path = join(dir, 'small.txt');
    writeFileSync(path, 'on disk');
    const r = new RetainedBytes();
    expect((await r.readHead(fileAt(path, 7), 2)).toString()).toBe('on');
    r.keep(path, Buffer.from('in memory'));
    expect((await r.readText(fileAt(path, 7))).toString()).toBe('in memory');
  });
});
