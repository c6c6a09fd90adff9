/**
 * NumPy `.npy`: magic, version, header length, a Python dict literal header
 * (`{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`), then the data. When the dtype holds
 * Python objects the data is a pickle (`np.load(allow_pickle=True)` unpickles it): it is walked like any
 * pickle. Otherwise the data size must match shape × itemsize. `.npz` files are zips of `.npy` members
 * and reach this analyzer through the zip reader.
 * The header is read by header.ts.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { label } from '../../core/source.ts';
import { MALFORMED, TRAILING_DATA } from '../pickle/rules.ts';
import { scanPickle } from '../pickle/scan.ts';
import { descrInfo, type Py, parsePyLiteral } from './header.ts';
import { NPY_MALFORMED, NPY_OBJECT_ARRAY } from './rules.ts';

/** One `.npy` source: its header, then its data (a pickle when the dtype holds objects). */
export async function analyzeNumpy(ctx: AnalyzerContext): Promise<void> {
  const where = label(ctx.source);
  const bad = (message: string) =>
    ctx.report(finding(NPY_MALFORMED, { message: `${where}: ${message}`, evidence: { reason: message } }));
  const size = ctx.source.size;
  const pre = await ctx.source.read(0, Math.min(12, size));
  if (pre.length < 10) return bad('file too short for a .npy header');
  const major = pre[6]!;
  const lenBytes = major === 1 ? 2 : major === 2 || major === 3 ? 4 : 0;
  if (!lenBytes) return bad(`unsupported .npy version ${major}.${pre[7]}`);
  if (pre.length < 8 + lenBytes) return bad('file too short for a .npy header');
  const hlen = lenBytes === 2 ? pre.readUInt16LE(8) : pre.readUInt32LE(8);
  const dataStart = 8 + lenBytes + hlen;
  // numpy refuses headers over 10,000 bytes unless told otherwise (max_header_size); we allow 1 MB.
  if (hlen > 1024 * 1024 || dataStart > size)
    return bad(`header length ${hlen} exceeds the file or the limit`);
  const raw = await ctx.source.read(8 + lenBytes, hlen);
  let header: Py;
  try {
    header = parsePyLiteral(raw.toString(major === 3 ? 'utf8' : 'latin1'));
  } catch (err) {
    return bad(`header is not a Python dict literal: ${(err as Error).message}`);
  }
  if (!(header instanceof Map) || !header.has('descr') || !header.has('shape')) {
    return bad('header lacks descr or shape');
  }
  const shape = header.get('shape');
  const dims = shape !== null && typeof shape === 'object' && 'tuple' in shape ? shape.tuple : null;
  if (!dims || dims.some((d) => typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0)) {
    return bad('shape is not a tuple of non-negative integers');
  }
  const info = descrInfo(header.get('descr')!);
  if (info === 'object' || info === null) {
    // Python objects (or a dtype we cannot size, which numpy may still load as objects): a pickle.
    if (info === 'object') {
      ctx.report(
        finding(NPY_OBJECT_ARRAY, {
          message: `${where}: array of Python objects; its data is a pickle (np.load needs allow_pickle=True)`,
          offset: dataStart,
        }),
      );
    }
    const summary = await scanPickle(ctx.source, ctx.report, {
      start: dataStart,
      options: ctx.options,
      single: true,
      nested: ctx,
    });
    if (!summary.error && summary.end < size) {
      ctx.report(
        finding(TRAILING_DATA, {
          message: `${where}: ${size - summary.end} bytes after the object array pickle`,
          offset: summary.end,
          evidence: { bytes: size - summary.end },
        }),
      );
    }
    return;
  }
  let count = 1;
  for (const d of dims as number[]) count *= d;
  const expected = count * info;
  const actual = size - dataStart;
  if (actual < expected) {
    ctx.report(
      finding(MALFORMED, {
        severity: 'medium',
        message: `${where}: array data truncated (${actual} of ${expected} bytes)`,
        offset: dataStart,
        evidence: { expected, actual },
      }),
    );
  } else if (actual > expected) {
    ctx.report(
      finding(TRAILING_DATA, {
        message: `${where}: ${actual - expected} bytes after the array data`,
        offset: dataStart + expected,
        evidence: { bytes: actual - expected },
      }),
    );
  }
}
