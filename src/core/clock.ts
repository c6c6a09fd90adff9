/**
 * Milliseconds on a monotonic clock, for durations. `performance.now()` is the same clock, but its
 * first use in a process loads Node's perf_hooks modules (about 0.5 ms of every start on Node 24,
 * Intel Xeon), and every command reads the clock; `process.hrtime` needs nothing loaded. Only the
 * difference of two readings means anything: the origin is arbitrary.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
