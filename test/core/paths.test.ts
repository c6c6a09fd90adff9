import { describe, expect, it } from 'vitest';
import { isWithin, relativeInside } from '../../src/core/paths.ts';

describe('relativeInside', () => {
  it.each([
    ['/m', '/m', ''],
    ['/m', '/m/a/b', 'a/b'],
    ['/m', '/m/..foo', '..foo'],
    ['/m', '/m/a/../..b', '..b'],
  ])('%s contains %s as %s', (root, path, rel) => {
    expect(relativeInside(root, path)).toBe(rel);
  });

  it.each([
    ['/m', '/'],
    ['/m', '/mx'],
    ['/m', '/m/../x'],
    ['/m/a', '/m'],
  ])('%s does not contain %s', (root, path) => {
    expect(isWithin(root, path)).toBe(false);
  });
});
