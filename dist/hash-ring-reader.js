const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { readSync } = __mvBuiltin("node:fs");
const { workerData, parentPort } = __mvBuiltin("node:worker_threads");

var { control, data, layout } = workerData;
var ctl = new Int32Array(control);
var slots = Array.from(
  { length: layout.slots },
  (_, i) => new Uint8Array(data, i * layout.slotBytes, layout.slotBytes)
);
var { at, state } = layout;
var nowMs = () => Number(process.hrtime.bigint()) / 1e6;
function waitForRoom(produced) {
  let spunSince;
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
function run(pass) {
  const end = pass.start + pass.length;
  let pos = pass.start;
  let produced = 0;
  while (pos < end) {
    if (!waitForRoom(produced)) return state.idle;
    const slot = slots[produced % layout.slots];
    const want = Math.min(slot.length, end - pos);
    let got = 0;
    while (got < want) {
      const n = readSync(pass.fd, slot, got, want - got, pos + got);
      if (n === 0) return state.failed;
      got += n;
    }
    Atomics.store(ctl, at.lengths + produced % layout.slots, got);
    pos += got;
    produced++;
    Atomics.store(ctl, at.produced, produced);
    Atomics.notify(ctl, at.produced);
  }
  return state.idle;
}
parentPort?.on("message", (pass) => {
  let outcome;
  try {
    outcome = run(pass);
  } catch {
    outcome = state.failed;
  }
  Atomics.store(ctl, at.state, outcome);
  Atomics.notify(ctl, at.state);
  Atomics.notify(ctl, at.produced);
});
Atomics.store(ctl, at.ready, 1);
