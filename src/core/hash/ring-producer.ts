/**
 * Reader thread of the ring strategy (ring.ts): fills the slots of a shared ring with positional
 * reads of a file descriptor the hashing thread opened and owns, while that thread hashes the slots
 * already filled.
 *
 * Imports nothing of modelvet's (everything it needs comes in workerData and each pass's message)
 * so that it starts in the few milliseconds a bare worker takes, while the hashing thread hashes
 * the file's first chunks itself. It never opens a path: it reads the descriptor the hashing thread
 * opened and checked (re-opening the path could read a file swapped in since), only between the
 * pass message and the `idle` state it stores, and the hashing thread waits for that state before
 * it closes the descriptor.
 *
 * A full ring is waited for by spinning, not by Atomics.wait, for up to the layout's spinMs: on the
 * Xeon the benchmark runs on, a reader thread that sleeps between slots made the hashing thread
 * 15-30 % slower (the wake-up and its cache effects), a spinning one cost it under 4 %. Past
 * spinMs (the hashing thread is busy with something else) it sleeps until woken.
 */
import { readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { RingLayout, RingPass } from './ring.ts';

const { control, data, layout } = workerData as {
  control: SharedArrayBuffer;
  data: SharedArrayBuffer;
  layout: RingLayout;
};
const ctl = new Int32Array(control);
const slots = Array.from(
  { length: layout.slots },
  (_, i) => new Uint8Array(data, i * layout.slotBytes, layout.slotBytes),
);
const { at, state } = layout;

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** Waits until slot `produced` is free (the hashing thread released the chunk it held); false when cancelled. */
function waitForRoom(produced: number): boolean {
  let spunSince: number | undefined;
  for (let i = 0; ; i++) {
    if (Atomics.load(ctl, at.cancel) !== 0) return false;
    const consumed = Atomics.load(ctl, at.consumed);
    if (produced - consumed < layout.slots) return true;
    if ((i & 1023) !== 0) continue;
    const now = nowMs();
    spunSince ??= now;
    if (now - spunSince > layout.spinMs) Atomics.wait(ctl, at.consumed, consumed, layout.sleepMs);
  }
}

function run(pass: RingPass): number {
  const end = pass.start + pass.length;
  let pos = pass.start;
  let produced = 0;
  while (pos < end) {
    if (!waitForRoom(produced)) return state.idle;
    const slot = slots[produced % layout.slots]!;
    const want = Math.min(slot.length, end - pos);
    let got = 0;
    while (got < want) {
      const n = readSync(pass.fd, slot, got, want - got, pos + got);
      // A short file: the hashing thread reads the rest itself and reports it.
      if (n === 0) return state.failed;
      got += n;
    }
    Atomics.store(ctl, at.lengths + (produced % layout.slots), got);
    pos += got;
    produced++;
    Atomics.store(ctl, at.produced, produced);
    Atomics.notify(ctl, at.produced);
  }
  return state.idle;
}

parentPort?.on('message', (pass: RingPass) => {
  let outcome: number;
  try {
    outcome = run(pass);
  } catch {
    // EIO, EBADF...: the hashing thread reads from where the ring stopped and reports the error.
    outcome = state.failed;
  }
  Atomics.store(ctl, at.state, outcome);
  Atomics.notify(ctl, at.state);
  // A hashing thread asleep on the next slot learns that none is coming.
  Atomics.notify(ctl, at.produced);
});
Atomics.store(ctl, at.ready, 1);
