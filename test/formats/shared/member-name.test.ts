import { describe, expect, it } from 'vitest';
import { memberName } from '../../../src/formats/shared/member-name.ts';

describe('memberName', () => {
  it('reads UTF-8 when declared or valid, else Latin-1', () => {
    expect(memberName(Buffer.from('modèle.bin', 'utf8'), false)).toBe('modèle.bin');
    expect(memberName(Buffer.from([0x6d, 0xe8, 0x2e]), false)).toBe('mè.');
    expect(memberName(Buffer.from([0x6d, 0xe8, 0x2e]), true)).toBe('m\ufffd.');
  });
});
