/** Temporary folders for tests, and the path of the shared folder beside the checkout (OMS vectors, SARIF schema). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function makeTmpDir(prefix = 'modelvet-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** `../shared` beside the checkout: present on developer machines and in CI; tests skip without it. */
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', 'shared');
