/**
 * Aggregates bytes hashed across workers into progress events: bytes and files done, rate, the
 * file being read, and time left.
 *
 * Time left is estimated from both measures of work: a folder of many small files is bound by
 * per-file cost, a few large files by bytes. Each alone misjudges the other case (bytes alone said
 * days for a half-minute scan of small files), so the fraction done is the mean of the byte and
 * file fractions, and nothing is promised before a second has passed and 1 % is done.
 */

import { monotonicMs } from '../clock.ts';

export interface ProgressEvent {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
  /** Bytes per second since start. */
  rate: number;
  /** Seconds left; undefined while there is too little to go on. */
  etaSeconds: number | undefined;
  elapsedMs: number;
  /** The file most recently read (display path). */
  current?: string;
}

/** Seconds left, from the elapsed time and the mean of the byte and file fractions done. */
export function estimateSecondsLeft(
  e: Pick<ProgressEvent, 'bytesDone' | 'bytesTotal' | 'filesDone' | 'filesTotal' | 'elapsedMs'>,
): number | undefined {
  const byBytes = e.bytesTotal > 0 ? Math.min(1, e.bytesDone / e.bytesTotal) : 1;
  const byFiles = e.filesTotal > 0 ? Math.min(1, e.filesDone / e.filesTotal) : 1;
  const done = (byBytes + byFiles) / 2;
  if (done >= 1) return 0;
  if (e.elapsedMs < 1000 || done < 0.01) return undefined;
  return ((e.elapsedMs / 1000) * (1 - done)) / done;
}

export class Progress {
  private bytesDone = 0;
  private filesDone = 0;
  private current: string | undefined;
  private readonly started = monotonicMs();
  private lastEmit = 0;

  private readonly bytesTotal: number;
  private readonly filesTotal: number;
  private readonly listener: ((e: ProgressEvent) => void) | undefined;
  private readonly intervalMs: number;

  constructor(
    bytesTotal: number,
    filesTotal: number,
    listener?: (e: ProgressEvent) => void,
    intervalMs = 200,
  ) {
    this.bytesTotal = bytesTotal;
    this.filesTotal = filesTotal;
    this.listener = listener;
    this.intervalMs = intervalMs;
  }

  /** `n` more bytes read, of `file` when given. */
  addBytes(n: number, file?: string): void {
    this.bytesDone += n;
    if (file !== undefined) this.current = file;
    this.maybeEmit(false);
  }

  fileDone(): void {
    this.filesDone++;
    this.maybeEmit(this.filesDone === this.filesTotal);
  }

  snapshot(): ProgressEvent {
    const elapsedMs = monotonicMs() - this.started;
    const facts = {
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      filesDone: this.filesDone,
      filesTotal: this.filesTotal,
      elapsedMs,
    };
    return {
      ...facts,
      rate: elapsedMs > 0 ? (this.bytesDone / elapsedMs) * 1000 : 0,
      etaSeconds: estimateSecondsLeft(facts),
      current: this.current,
    };
  }

  private maybeEmit(force: boolean): void {
    if (!this.listener) return;
    const now = monotonicMs();
    if (!force && now - this.lastEmit < this.intervalMs) return;
    this.lastEmit = now;
    this.listener(this.snapshot());
  }
}
