/**
 * Checksum files as `sha256sum`, `sha512sum`, `b2sum` and `b3sum` write them: `<hex>  <name>` or
 * `<hex> *<name>` (binary marker), names with `\\` / `\n` escaped when the line starts with `\`,
 * and the BSD/`--tag` form `SHA256 (<name>) = <hex>`.
 */
import type { DigestAlgorithm } from './digests.ts';

/** BSD/`--tag` names (lower-cased) and what they mean; null for algorithms modelvet does not compute. */
const TAG_ALGORITHMS: Record<string, DigestAlgorithm | null> = {
  sha256: 'sha256',
  sha512: 'sha512',
  sha1: 'sha1',
  blake2b: 'blake2b512',
  'blake2b-512': 'blake2b512',
  blake3: 'blake3',
  md5: null,
};

export function algorithmForTag(tag: string): DigestAlgorithm | null {
  return TAG_ALGORITHMS[tag] ?? null;
}

/** The coreutils reading of an untagged line: the digest length names the algorithm. */
export function algorithmForLength(hexLength: number): DigestAlgorithm | null {
  return hexLength === 64 ? 'sha256' : hexLength === 128 ? 'sha512' : hexLength === 40 ? 'sha1' : null;
}

export interface SumsEntry {
  /** 1-based line in the sums file. */
  line: number;
  hex: string;
  name: string;
  /** Algorithm named by a BSD-style line, if any. */
  tag?: string;
}

export interface ParsedSums {
  entries: SumsEntry[];
  /** Lines that are not checksum lines (1-based numbers). */
  malformed: number[];
}

function unescapeName(name: string): string {
  return name.replace(/\\(\\|n|r)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

export function parseSums(text: string): ParsedSums {
  const entries: SumsEntry[] = [];
  const malformed: number[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '' || line.startsWith('#')) return;
    const escaped = line.startsWith('\\');
    if (escaped) line = line.slice(1);
    const bsd = /^([A-Za-z0-9-]+) \((.*)\) = ([0-9a-fA-F]+)$/.exec(line);
    if (bsd) {
      entries.push({
        line: lineNo,
        tag: bsd[1]!.toLowerCase(),
        name: escaped ? unescapeName(bsd[2]!) : bsd[2]!,
        hex: bsd[3]!.toLowerCase(),
      });
      return;
    }
    const gnu = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line);
    if (gnu && gnu[1]!.length % 2 === 0 && gnu[1]!.length >= 32) {
      entries.push({
        line: lineNo,
        hex: gnu[1]!.toLowerCase(),
        name: escaped ? unescapeName(gnu[2]!) : gnu[2]!,
      });
      return;
    }
    malformed.push(lineNo);
  });
  return { entries, malformed };
}

/** One output line in `sha256sum` format, escaping names as coreutils does. */
export function formatSumsLine(hex: string, name: string): string {
  if (/[\\\n\r]/.test(name)) {
    return `\\${hex}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`;
  }
  return `${hex}  ${name}`;
}
