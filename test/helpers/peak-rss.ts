/** A running child's peak resident memory in MiB (Linux `/proc/PID/status` VmHWM), 0 once it is gone: as the fuzz harness polls it. */
import { readFileSync } from 'node:fs';

export function peakRssMiB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
