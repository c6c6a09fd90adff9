/**
 * The WebAssembly decoders are CommonJS packages; vitest's interop hides import mistakes that plain
 * Node's ESM loader rejects. Run the real CLI with Node on the wrapped payloads and a clean file.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../container-probe.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'src', 'bin.ts');

function cli(...files: string[]) {
  return spawnSync(process.execPath, [BIN, 'scan', ...files.map((f) => join(FIXTURES, f))], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('containers under plain Node (CLI)', () => {
  it('xz, bzip2 and 7z payloads fail the scan with exit 1', () => {
    const r = cli('containers/payload.pkl.xz', 'containers/payload.pkl.bz2', 'containers/payload.7z');
    expect(r.stderr).not.toMatch(/SyntaxError|does not provide an export/);
    expect(r.status).toBe(1);
  });

  it('a real checkpoint passes with exit 0', () => {
    const r = cli('torch/state_dict.pt');
    expect(r.status).toBe(0);
  });
});
