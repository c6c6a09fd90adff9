/** Aggregates bytes hashed across workers into progress events: bytes done, rate, ETA. */

export interface ProgressEvent {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
  /** Bytes per second since start. */
  rate: number;
  /** Seconds left at the current rate; undefined before there is a rate. */
  etaSeconds: number | undefined;
  elapsedMs: number;
}

export class Progress {
  private bytesDone = 0;
  private filesDone = 0;
  private readonly started = performance.now();
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

  addBytes(n: number): void {
    this.bytesDone += n;
    this.maybeEmit(false);
  }

  fileDone(): void {
    this.filesDone++;
    this.maybeEmit(this.filesDone === this.filesTotal);
  }

  snapshot(): ProgressEvent {
    const elapsedMs = performance.now() - this.started;
    const rate = elapsedMs > 0 ? (this.bytesDone / elapsedMs) * 1000 : 0;
    const left = Math.max(0, this.bytesTotal - this.bytesDone);
    return {
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      filesDone: this.filesDone,
      filesTotal: this.filesTotal,
      rate,
      etaSeconds: rate > 0 ? left / rate : undefined,
      elapsedMs,
    };
  }

  private maybeEmit(force: boolean): void {
    if (!this.listener) return;
    const now = performance.now();
    if (!force && now - this.lastEmit < this.intervalMs) return;
    this.lastEmit = now;
    this.listener(this.snapshot());
  }
}
