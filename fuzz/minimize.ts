/**
 * Shrinks a failing input while it still fails the same way (ddmin on byte ranges), within a budget
 * of runs and time: a small reproducer is what a regression test is made from.
 */
export interface Shrinker {
  /** Re-runs `input`; true when it fails with the same class key. */
  stillFails(input: Buffer): Promise<boolean>;
  maxRuns: number;
  maxMs: number;
}

export async function minimize(input: Buffer, s: Shrinker): Promise<{ input: Buffer; runs: number }> {
  const started = Date.now();
  let best = input;
  let runs = 0;
  const spent = () => runs >= s.maxRuns || Date.now() - started > s.maxMs;
  for (let chunk = Math.floor(best.length / 2); chunk >= 1 && !spent(); chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at < best.length && !spent(); ) {
      const candidate = Buffer.concat([best.subarray(0, at), best.subarray(at + chunk)]);
      runs++;
      if (candidate.length > 0 && (await s.stillFails(candidate))) best = candidate;
      else at += chunk;
    }
  }
  return { input: best, runs };
}
