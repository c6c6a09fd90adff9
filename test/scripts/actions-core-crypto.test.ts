/**
 * The stand-in for the crypto module of @actions/core's file-command.js (scripts/stubs): its only
 * function, randomUUID, gives what crypto.randomUUID gives, a random version 4 UUID (RFC 9562 5.4).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import * as stub from '../../scripts/stubs/actions-core-crypto.mjs';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('actions-core-crypto stub', () => {
  it('exports randomUUID only', () => {
    expect(Object.keys(stub)).toEqual(['randomUUID']);
  });

  it('gives version 4 UUIDs, never the same twice, with the random bits spread', () => {
    const seen = new Set<string>();
    const ones = new Array(32).fill(0);
    for (let i = 0; i < 2000; i++) {
      const u: string = stub.randomUUID();
      expect(u).toMatch(V4);
      seen.add(u);
      u.replaceAll('-', '')
        .split('')
        .forEach((c, j) => {
          ones[j] += Number.parseInt(c, 16) & 1;
        });
    }
    expect(seen.size).toBe(2000);
    // Every hex digit but the version's (position 12) carries random low bits: about half are odd.
    for (const [j, count] of ones.entries()) {
      if (j === 12) expect(count).toBe(0);
      else expect(count).toBeGreaterThan(800);
    }
  });
});
