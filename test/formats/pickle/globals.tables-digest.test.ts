/**
 * The pickle tables written compactly (module aliases and shared key lists in forwarders.ts, parameters
 * grouped in use-time.ts, shared comments as headings in allowlist.ts) must hold exactly what the flat
 * tables held: these digests were taken from the flat tables (commit ca90007) over every entry, in
 * sorted order, and over the verdict on every global they name.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DERIVED_ALLOWLIST } from '../../../src/formats/pickle/allowlist.ts';
import { DENYLIST } from '../../../src/formats/pickle/denylist.ts';
import { BUILD_FORWARDERS, FORWARDERS } from '../../../src/formats/pickle/forwarders.ts';
import { GADGETS } from '../../../src/formats/pickle/gadgets.ts';
import { classifyGlobal } from '../../../src/formats/pickle/globals.ts';
import { USE_TIME_CALLABLES } from '../../../src/formats/pickle/use-time.ts';

const digest = (rows: readonly unknown[]): string =>
  createHash('sha256').update(JSON.stringify(rows)).digest('hex');
const sortedEntries = <V>(m: ReadonlyMap<string, V>): [string, V][] =>
  [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('pickle tables, entry for entry as before the restructure', () => {
  it('FORWARDERS', () => {
    expect(FORWARDERS.size).toBe(474);
    expect(digest(sortedEntries(FORWARDERS))).toBe(
      'dac10ee3dfb63a9e3acaadb938b9e45c4d651102db04937b951141da0248e8da',
    );
  });

  it('BUILD_FORWARDERS', () => {
    expect(BUILD_FORWARDERS.size).toBe(642);
    expect(digest(sortedEntries(BUILD_FORWARDERS))).toBe(
      'b68f31d8870487d8b5cabc1f778ae0ecf83c8e42c834d9274ba228b821c92b1b',
    );
  });

  it('USE_TIME_CALLABLES', () => {
    expect(digest(sortedEntries(USE_TIME_CALLABLES))).toBe(
      '7a45df6124da08af93e156c0db277e45e80ee37229d642da5d9b7375a9761cb0',
    );
  });

  it('the allowlist', () => {
    expect(DERIVED_ALLOWLIST.length).toBe(1227);
    expect(digest([...DERIVED_ALLOWLIST].sort())).toBe(
      '87d2bec4edc26af475eb1947382cf337e37fe9fa1d2859fd6ae06d9e85e88bf2',
    );
  });

  it('the verdict on every global any table names', () => {
    const names = new Set<string>([
      ...DERIVED_ALLOWLIST,
      ...DENYLIST.keys(),
      ...GADGETS.map((g) => g.global),
      ...FORWARDERS.keys(),
      ...BUILD_FORWARDERS.keys(),
      ...USE_TIME_CALLABLES.keys(),
    ]);
    const verdicts = [...names].sort().map((full) => {
      const dot = full.lastIndexOf('.');
      const c = classifyGlobal(full.slice(0, dot), full.slice(dot + 1));
      return [full, c.verdict, c.matched ?? null];
    });
    expect(verdicts.length).toBe(2215);
    expect(digest(verdicts)).toBe('a3528a84938f1370fb4a18d2c01a1e81b527d944155e9c26d570c6d8d647e7b7');
  });
});
