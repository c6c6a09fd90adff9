/**
 * The structural sniffer (sniff.ts): a walk stopped by the sniff window or a sniff limit is "maybe a
 * pickle" and is walked in full; text is rejected without an exception (the walk records errors as
 * codes, never throws), and callers match the code, never the message.
 */
import { defaultScanner } from '../../../src/builtins.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBytes } from './helpers.ts';
import { b } from './build.ts';

const payload = b("cposix\nsystem\n(S'true'\ntR.");

describe('a first opcode whose operand runs past the sniff window', () => {
  it('is a pickle (a 70,000-digit LONG, hex or decimal), walked to the payload', async () => {
    for (const digits of [`0x${'f'.repeat(70_000)}`, '9'.repeat(70_000)]) {
      const r = await analyzeBytes(Buffer.concat([b(`L${digits}\n0`), payload]), 'model.bin');
      expect(r.kind).toBe('pickle');
      expect(r.findings.map((f) => [f.rule, f.severity])).toContainEqual([
        'pickle/dangerous-global',
        'critical',
      ]);
    }
  });

  it('text that only starts like a number is still text', async () => {
    for (const text of [
      'Lorem ipsum dolor sit amet\n'.repeat(5000),
      `I${'1'.repeat(10)} apples\n`.repeat(9000),
    ]) {
      const r = await analyzeBytes(b(text), 'notes.txt');
      expect(r.kind).not.toBe('pickle');
    }
  });
});

describe('the hot path', () => {
  it('rejects text files without an exception: nothing on the walker path throws', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'formats', 'pickle');
    for (const file of [
      'walker.ts',
      'state.ts',
      'operand-readers.ts',
      'operands.ts',
      'handlers-data.ts',
      'opcodes.ts',
      'reader.ts',
      'sniff.ts',
    ]) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\bthrow\b/);
    }
    // The one adapter left turns a format hook's PickleError (joblib framing) into a recorded error.
    const calls = readFileSync(join(dir, 'handlers-calls.ts'), 'utf8');
    expect(calls.match(/\bthrow\b/g)).toHaveLength(1);
  });

  it('matches error codes, not message text', () => {
    const sniff = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'src', 'formats', 'pickle', 'sniff.ts'),
      'utf8',
    );
    expect(sniff).toMatch(/error\.code === 'truncated'/);
    expect(sniff).not.toMatch(/\.message/);
  });
});

describe('number lines in binary files', () => {
  it('a file starting with L or p followed by bytes int() rejects is not read to its first newline', async () => {
    const { mkdtemp, writeFile, truncate, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { FileSource } = await import('../../../src/core/source.ts');
    const { analyzeSource } = await import('../../../src/core/analyzer.ts');
    const dir = await mkdtemp(join(tmpdir(), 'mv-numline-'));
    try {
      for (const first of ['L', 'p']) {
        // A safetensors-like head (length whose low byte is the opcode), then 256 MiB of zeros, sparse.
        const path = join(dir, `${first}.bin`);
        await writeFile(
          path,
          Buffer.concat([Buffer.from(first), Buffer.from([1, 0, 0, 0, 0, 0, 0]), Buffer.from('{"a":1}')]),
        );
        await truncate(path, 256 * 1024 * 1024);
        const source = await FileSource.open(path, `${first}.bin`);
        try {
          await analyzeSource(source, `${first}.bin`, { scanner: defaultScanner() });
          expect(source.bytesRead, first).toBeLessThan(8 * 1024 * 1024);
        } finally {
          await source.close();
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
