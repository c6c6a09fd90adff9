/** The HTTP client every remote source uses: retries with backoff, Retry-After, the per-host limit, body bounds. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../../src/scan.ts';
import { retryAfterMs } from '../../../src/sources/http/client.ts';
import { bigSafetensors } from '../../helpers/mock-files.ts';
import { bufferFile, MockHub, type MockHubOptions, type MockRepo } from '../../helpers/mock-hub.ts';
import { FIXTURES, fixture } from '../../helpers/models.ts';

const COMMIT = '5555555555666666666677777777778888888888';

function gpt2Files(): MockRepo['files'] {
  const dir = join(FIXTURES, 'benign', 'hf', 'gpt2');
  return Object.fromEntries(
    readdirSync(dir).map((name) => [
      name,
      bufferFile(fixture('benign', 'hf', 'gpt2', name), name.endsWith('.safetensors')),
    ]),
  );
}

let hub: MockHub | undefined;
async function start(options: Omit<MockHubOptions, 'repos'>, files = gpt2Files()): Promise<MockHub> {
  hub = await new MockHub({ ...options, repos: { 'org/clean': { commit: COMMIT, files } } }).start();
  return hub;
}
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

const revisionRequests = (h: MockHub) =>
  h.requests.filter((p) => p === `/api/models/org/clean/revision/${COMMIT}`);

describe('retries', () => {
  it('a hub answering 503 twice is asked a third time, which succeeds', async () => {
    const h = await start({ unavailable: 2 });
    const report = await scan([`hf://org/clean@${COMMIT}`], {
      remote: { hubUrl: h.url, http: { backoffMs: 1 } },
    });
    expect(report.verdict).toBe('pass');
    expect(revisionRequests(h)).toHaveLength(3);
  });

  it('backs off exponentially when no Retry-After is given', async () => {
    const h = await start({ unavailable: 2, retryAfter: '' });
    await scan([`hf://org/clean@${COMMIT}`], { remote: { hubUrl: h.url, http: { backoffMs: 100 } } });
    const [t0, t1, t2] = h.requestTimes;
    expect(t1! - t0!).toBeGreaterThanOrEqual(90);
    expect(t2! - t1!).toBeGreaterThanOrEqual(190);
  });

  it('honours Retry-After (seconds) and caps it', async () => {
    const h = await start({ unavailable: 1, retryAfter: '1' });
    await scan([`hf://org/clean@${COMMIT}`], { remote: { hubUrl: h.url, http: { backoffMs: 1 } } });
    expect(h.requestTimes[1]! - h.requestTimes[0]!).toBeGreaterThanOrEqual(950);

    const capped = await new MockHub({
      unavailable: 1,
      retryAfter: '3600',
      repos: { 'org/clean': { commit: COMMIT, files: gpt2Files() } },
    }).start();
    try {
      const began = Date.now();
      const report = await scan([`hf://org/clean@${COMMIT}`], {
        remote: { hubUrl: capped.url, http: { backoffMs: 1, maxRetryAfterMs: 200 } },
      });
      expect(report.verdict).toBe('pass');
      const gap = capped.requestTimes[1]! - capped.requestTimes[0]!;
      expect(gap).toBeGreaterThanOrEqual(190);
      expect(Date.now() - began).toBeLessThan(10_000);
    } finally {
      await capped.stop();
    }
  });

  it('a 503 after every attempt is a one-line error naming the host and the attempts', async () => {
    const h = await start({ unavailable: 100 });
    await expect(
      scan([`hf://org/clean@${COMMIT}`], { remote: { hubUrl: h.url, http: { backoffMs: 1, attempts: 3 } } }),
    ).rejects.toThrow(/^hf:\/\/org\/clean: 127\.0\.0\.1:\d+ answered HTTP 503 after 3 attempts$/);
    expect(revisionRequests(h)).toHaveLength(3);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('per-host limit', () => {
  const many = () => {
    const files = gpt2Files();
    for (let i = 0; i < 12; i++) files[`extra/config-${i}.json`] = bufferFile(Buffer.from(`{"i": ${i}}`));
    return files;
  };

  for (const perHost of [1, 3]) {
    it(`at most ${perHost} request(s) in flight per host, with 8 files analysed at once`, async () => {
      const h = await start({ delayMs: 20 }, many());
      const report = await scan([`hf://org/clean@${COMMIT}`], {
        remote: { hubUrl: h.url, concurrency: 8, http: { backoffMs: 1, perHost } },
      });
      expect(report.verdict).toBe('pass');
      expect(h.maxInFlight.hub).toBeLessThanOrEqual(perHost);
      expect(h.maxInFlight.cdn).toBeLessThanOrEqual(perHost);
      // The limit is reached, not merely respected by a scan that asks one thing at a time.
      expect(Math.max(h.maxInFlight.hub, h.maxInFlight.cdn)).toBe(perHost);
    });
  }
});

describe('body bounds', () => {
  it('a server that ignores Range on a large file is cut off, not downloaded', async () => {
    const h = await start({ ignoreRange: true }, { 'model.safetensors': bigSafetensors(64 * 1024 * 1024) });
    const report = await scan([`hf://org/clean@${COMMIT}`], {
      remote: { hubUrl: h.url, http: { backoffMs: 1 } },
    });
    expect(report.verdict).toBe('fail');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        path: `hf://org/clean@${COMMIT}/model.safetensors`,
        message: expect.stringMatching(/sent more than the \d+ bytes asked for \(HTTP 200\); not read/),
      }),
    );
    expect(report.summary.bytes).toBeLessThan(1024 * 1024);
  });
});
