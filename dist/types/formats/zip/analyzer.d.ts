/**
 * The zip analyzer: lists the archive with the reader (as PyTorch's miniz and as CPython's zipfile
 * read it, see ./reader.ts), turns every discrepancy into a finding, checks CRCs and sizes where the
 * member is read anyway, and dispatches each member either loader would open through `ctx.scanMember`
 * (sniffed by content, at any depth). PyTorch checkpoints and TorchScript archives are zips: their
 * tensor storages are only peeked at (see `./torch.ts`), everything else is scanned.
 *
 * Work stays linear in the archive: members whose bytes overlap members already scanned (overlapping
 * entries, the "non-recursive zip bomb") charge the re-read bytes to the file's expansion budget, and
 * every member counts against the file's member budget (see ExpansionBudget), so nesting and overlap
 * cannot multiply the work.
 */
import { type AnalyzerContext, type FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export declare const ZIP_ANALYZER: FileAnalyzer;
/**
 * Polyglots: content sniffed as anything else whose tail is also a zip archive (Python's zipfile, and
 * so Keras and tools that call `zipfile.is_zipfile`, find a zip from its end). Content that is nothing
 * else with a zip tail is already sniffed as zip.
 */
export declare const ZIP_POLYGLOT_ANALYZER: FileAnalyzer;
/** Reports and scans a zip found from the end of content of another kind; false when there is none. */
export declare function scanTailZip(ctx: AnalyzerContext, what?: string): Promise<boolean>;
