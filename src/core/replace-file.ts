/**
 * Replaces a file's content whole: the text goes to a new file beside it, which is then renamed over
 * it, so a reader sees the old content or the new, never half of either. The temporary file is
 * created exclusively ('wx'): two writers (processes of one machine, or of containers sharing the
 * folder whose pids coincide) never write into the same one and none removes another's; a name
 * already taken is skipped. On failure nothing of this writer's is left behind and the error is
 * thrown.
 */
import { rename, rm, writeFile } from 'node:fs/promises';

/** Names tried before giving up (each has the pid and a nanosecond clock in it already). */
const ATTEMPTS = 16;

export async function replaceFile(file: string, text: string, mode = 0o600): Promise<void> {
  const stem = `${file}.tmp-${process.pid}-${process.hrtime.bigint().toString(36)}`;
  for (let attempt = 0; ; attempt++) {
    const tmp = `${stem}-${attempt}`;
    try {
      await writeFile(tmp, text, { mode, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        if (attempt < ATTEMPTS - 1) continue;
        throw err;
      }
      // The file is this writer's if it exists (a write that failed half-way).
      await rm(tmp, { force: true }).catch(() => {});
      throw err;
    }
    try {
      await rename(tmp, file);
      return;
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }
}
