import { describe, expect, it } from 'vitest';
import {
  CLEAR_MARGIN,
  EARLY_ROUNDS,
  fastestOf,
  OUT_MARGIN,
  ReaderCalibration,
  readerOverride,
  strategiesForCpus,
  TIE_MARGIN,
} from '../../../src/core/hash/calibrate.ts';

const MiB = 1024 * 1024;
const TWO = ['overlapped', 'local'] as const;
const THREE = ['overlapped', 'local', 'ring'] as const;

describe('ReaderCalibration', () => {
  it('alternates equal segments of exclusive passes, then decides for the faster median', () => {
    const c = new ReaderCalibration({ segment: MiB, rounds: 3, candidates: TWO });
    const seen: string[] = [];
    const rate = { overlapped: 1000, local: 1000 * (1 + CLEAR_MARGIN / 2), ring: 0, direct: 0 }; // bytes per ms: close
    for (let i = 0; i < 6; i++) {
      const plan = c.plan(100 * MiB, true);
      expect(plan).toMatchObject({ length: MiB, sample: true });
      seen.push(plan.strategy);
      const decided = c.record(plan.strategy, MiB, MiB / rate[plan.strategy]);
      expect(decided === undefined).toBe(i < 5);
    }
    expect(seen).toEqual(['overlapped', 'local', 'overlapped', 'local', 'overlapped', 'local']);
    expect(c.decision).toMatchObject({ strategy: 'local', how: 'calibrated' });
    expect(c.decision!.rates!.local).toBeCloseTo(rate.local * 1000, -3);
    // Decided: the whole rest of a range in one read, never sampled again.
    expect(c.plan(100 * MiB, true)).toEqual({ strategy: 'local', length: 100 * MiB, sample: false });
  });

  it('decides after EARLY_ROUNDS segments each when every segment of one strategy is clearly faster', () => {
    // Apart by more than CLEAR_MARGIN, less than OUT_MARGIN: both read EARLY_ROUNDS segments.
    for (const [overlapped, local, winner] of [
      [1000, 1150, 'local'],
      [1150, 1000, 'overlapped'],
    ] as const) {
      const c = new ReaderCalibration({ segment: MiB, rounds: 4, candidates: TWO });
      let samples = 0;
      while (!c.decision) {
        const plan = c.plan(100 * MiB, true);
        c.record(plan.strategy, MiB, MiB / (plan.strategy === 'local' ? local : overlapped));
        samples++;
      }
      expect(samples).toBe(2 * EARLY_ROUNDS);
      expect(c.decision.strategy).toBe(winner);
    }
    // Apart by less than CLEAR_MARGIN in one pair of segments: all the rounds.
    const c = new ReaderCalibration({ segment: MiB, rounds: 4, candidates: TWO });
    const overlapped = [1000, 1000, 1000, 1000];
    const local = [1500, 1040, 1500, 1500];
    for (let i = 0; i < 4; i++) {
      c.record('overlapped', MiB, MiB / overlapped[i]!);
      expect(c.decision).toBeUndefined();
      c.record('local', MiB, MiB / local[i]!);
      expect(c.decision === undefined).toBe(i < 3);
    }
    expect(c.decision?.strategy).toBe('local');
  });

  it('uses medians, so one disturbed segment does not flip the choice', () => {
    const c = new ReaderCalibration({ segment: MiB, rounds: 3, candidates: TWO });
    const overlapped = [100, 2000, 2000]; // one segment slowed by another process
    const local = [1500, 1500, 1500];
    for (let i = 0; i < 3; i++) {
      c.record('overlapped', MiB, MiB / overlapped[i]!);
      c.record('local', MiB, MiB / local[i]!);
    }
    expect(c.decision?.strategy).toBe('overlapped');
  });

  it('keeps the local reader on a tie', () => {
    const c = new ReaderCalibration({ segment: MiB, rounds: 1, candidates: TWO });
    c.record('overlapped', MiB, MiB / (1000 * (1 + TIE_MARGIN / 2)));
    c.record('local', MiB, MiB / 1000);
    expect(c.decision?.strategy).toBe('local');
  });

  it('does not sample short ranges or passes that share the thread; they use the leader', () => {
    const c = new ReaderCalibration({ segment: MiB, rounds: 2, candidates: TWO });
    expect(c.plan(MiB - 1, true)).toEqual({ strategy: 'local', length: MiB - 1, sample: false });
    expect(c.plan(10 * MiB, false)).toEqual({ strategy: 'local', length: 10 * MiB, sample: false });
    c.record('overlapped', MiB, 1);
    c.record('local', MiB, 10);
    expect(c.decision).toBeUndefined();
    expect(c.plan(10, true).strategy).toBe('overlapped');
  });

  it('compares all three strategies in turn, and decides early for one clearly ahead of both others', () => {
    const rate = { overlapped: 1600, local: 1500, ring: 1800, direct: 0 };
    const c = new ReaderCalibration({ segment: MiB, rounds: 4, candidates: THREE });
    const seen: string[] = [];
    while (!c.decision) {
      const plan = c.plan(100 * MiB, true);
      seen.push(plan.strategy);
      c.record(plan.strategy, MiB, MiB / rate[plan.strategy]);
    }
    expect(seen).toEqual(['overlapped', 'local', 'ring', 'overlapped', 'local', 'ring']);
    expect(seen.length).toBe(3 * EARLY_ROUNDS);
    expect(c.decision).toMatchObject({ strategy: 'ring', how: 'calibrated' });
    expect(Object.keys(c.decision.rates!).sort()).toEqual(['local', 'overlapped', 'ring']);
    // Ahead of one but not clearly of the other: every round is read.
    const d = new ReaderCalibration({ segment: MiB, rounds: 4, candidates: THREE });
    const close = { overlapped: 1400, local: 1500, ring: 1500 * (1 + CLEAR_MARGIN / 2), direct: 0 };
    let samples = 0;
    while (!d.decision) {
      const plan = d.plan(100 * MiB, true);
      d.record(plan.strategy, MiB, MiB / close[plan.strategy]);
      samples++;
    }
    expect(samples).toBe(3 * 4);
    expect(d.decision.strategy).toBe('ring');
  });

  it('reads no more segments with a strategy every segment of another beat by more than OUT_MARGIN', () => {
    // As measured on a Xeon: the ring far ahead of two others after one segment each.
    const rate = { overlapped: 1220, local: 1430, ring: 1800, direct: 960 };
    const c = new ReaderCalibration({ segment: MiB, rounds: 4 });
    const seen: string[] = [];
    while (!c.decision) {
      const plan = c.plan(100 * MiB, true);
      seen.push(plan.strategy);
      c.record(plan.strategy, MiB, MiB / rate[plan.strategy]);
    }
    expect(seen).toEqual(['overlapped', 'local', 'ring', 'direct', 'local', 'ring']);
    expect(c.decision).toMatchObject({ strategy: 'ring', how: 'calibrated' });
    // One of four far behind: the other three go on; the best of them wins.
    const d = new ReaderCalibration({ segment: MiB, rounds: 3 });
    const close = { overlapped: 1490, local: 1480, ring: 1505, direct: 1000 };
    const seenD: string[] = [];
    while (!d.decision) {
      const plan = d.plan(100 * MiB, true);
      seenD.push(plan.strategy);
      d.record(plan.strategy, MiB, MiB / close[plan.strategy]);
    }
    expect(seenD.filter((x) => x === 'direct')).toHaveLength(1);
    expect(seenD.filter((x) => x === 'ring')).toHaveLength(3);
    expect(d.decision.strategy).toBe('local'); // within TIE_MARGIN of the fastest
    expect(OUT_MARGIN).toBeGreaterThan(CLEAR_MARGIN);
  });

  it('compares only what the passes allow, and a decision gives way where a pass does not allow it', () => {
    const rate = { overlapped: 1100, local: 1400, ring: 1800, direct: 0 };
    const noRing = ['overlapped', 'local'] as const;
    const c = new ReaderCalibration({ segment: MiB, rounds: 4, candidates: THREE });
    while (!c.decision) {
      const plan = c.plan(100 * MiB, true, noRing);
      expect(plan.strategy).not.toBe('ring');
      c.record(plan.strategy, MiB, MiB / rate[plan.strategy], noRing);
    }
    expect(c.decision).toMatchObject({ strategy: 'local', rates: { overlapped: 1.1e6, local: 1.4e6 } });
    expect(c.decision.rates!.ring).toBeUndefined();
    // A ring decision (adopted), for a pass without a core for it: the fastest other it measured.
    const d = new ReaderCalibration();
    d.adopt({ strategy: 'ring', how: 'remembered', rates: { overlapped: 3, local: 2, ring: 4 } });
    expect(d.plan(10 * MiB, true).strategy).toBe('ring');
    expect(d.plan(10 * MiB, true, noRing)).toEqual({
      strategy: 'overlapped',
      length: 10 * MiB,
      sample: false,
    });
    // One strategy allowed: nothing to compare, nothing sampled.
    const e = new ReaderCalibration({ segment: MiB });
    expect(e.plan(100 * MiB, true, ['local'])).toEqual({
      strategy: 'local',
      length: 100 * MiB,
      sample: false,
    });
  });

  it('adopts the first decision of another thread and ignores later ones', () => {
    const c = new ReaderCalibration();
    c.adopt({ strategy: 'overlapped', how: 'calibrated' });
    c.adopt({ strategy: 'local', how: 'calibrated' });
    expect(c.decision?.strategy).toBe('overlapped');
    expect(c.record('local', MiB, 1)).toBeUndefined();
  });
});

describe('fastestOf', () => {
  it('is the fastest allowed, but keeps the local reader within TIE_MARGIN, and local when nothing is measured', () => {
    const all = ['overlapped', 'local', 'ring'] as const;
    expect(fastestOf({ overlapped: 1, local: 2, ring: 3 }, all)).toBe('ring');
    expect(fastestOf({ overlapped: 1, local: 2, ring: 2 * (1 + TIE_MARGIN / 2) }, all)).toBe('local');
    expect(fastestOf({ overlapped: 3, local: 2, ring: 2.5 }, all)).toBe('overlapped');
    expect(fastestOf({ overlapped: 3, local: 2, ring: 4 }, ['overlapped', 'local'])).toBe('overlapped');
    expect(fastestOf({}, all)).toBe('local');
    expect(fastestOf({ ring: 5 }, all)).toBe('local');
    expect(fastestOf({ overlapped: 1, ring: 5 }, ['overlapped', 'ring'])).toBe('ring');
  });
});

describe('strategiesForCpus', () => {
  it('one CPU: the local and direct readers (nothing runs beside the hasher); more: those that overlap', () => {
    expect(strategiesForCpus(1)).toEqual(['local', 'direct']);
    expect(strategiesForCpus(0)).toEqual(['local', 'direct']);
    expect(strategiesForCpus(2)).toEqual(['overlapped', 'local', 'ring']);
    expect(strategiesForCpus(64)).toEqual(['overlapped', 'local', 'ring']);
  });
});

describe('readerOverride', () => {
  it('reads MODELVET_HASH_READER, and refuses a value that names no strategy', () => {
    expect(readerOverride({})).toBeUndefined();
    expect(readerOverride({ MODELVET_HASH_READER: 'auto' })).toBeUndefined();
    expect(readerOverride({ MODELVET_HASH_READER: 'local' })).toBe('local');
    expect(readerOverride({ MODELVET_HASH_READER: 'overlapped' })).toBe('overlapped');
    expect(readerOverride({ MODELVET_HASH_READER: 'ring' })).toBe('ring');
    expect(readerOverride({ MODELVET_HASH_READER: 'direct' })).toBe('direct');
    expect(() => readerOverride({ MODELVET_HASH_READER: 'fast' })).toThrow(
      /overlapped, local, ring, direct or auto/,
    );
  });
});
