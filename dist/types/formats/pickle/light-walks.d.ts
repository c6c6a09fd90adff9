/**
 * The walks the pickle descriptors (index.ts) run before loading the analysis (analyze.ts, with the
 * classification tables and the allowlist they are built over): the structural sniffer, and the
 * polyglot probe's first look. Both read structure only (STRUCTURE_ONLY: which opcodes, the globals
 * named, where the walk broke), which the tables do not change; they only annotate sites.
 */
import type { ByteSource } from '../../core/source.ts';
import type { WalkHooks, WalkLimits } from './state.ts';
import { type WalkResult } from './walker.ts';
export { looksLikePickle } from './sniff.ts';
/** Bytes of a non-pickle source the polyglot probe walks as a pickle. */
export declare const PROBE_WINDOW: number;
export declare const PROBE_LIMITS: WalkLimits;
/**
 * None of the loaders that fall back to pickle.load (torch.load, joblib.load, numpy.load) defines
 * persistent_load for the stream at byte 0, so a persistent id there ends the stream: `PK` of a zip
 * is PERSID.
 */
export declare const NO_PERSISTENT_LOAD: WalkHooks;
/**
 * Whether a probe stream was stopped by the probe's own window or limits rather than by bytes no
 * unpickler accepts: maybe a pickle that goes on (a long first operand), so it is scanned whole. A
 * stream that ran into the end of the source was seen whole: pickle.load stops there too (EOFError).
 */
export declare function cutShort(stream: WalkResult, sourceSize: number): boolean;
/** The stream at byte 0 is PyTorch's legacy magic number: torch.load's legacy path reads four more. */
export declare const isLegacyMagic: (first: WalkResult) => boolean;
/**
 * The polyglot probe's first look (polyglot.ts): false when the stream a loader would run from byte 0
 * names no global, uses no extension, calls nothing computed, is not the legacy magic number and was
 * not cut short. Then nothing in it can be live, and the probe's classification would report nothing
 * (most content fails on its first bytes). True sends the source to the full probe.
 */
export declare function mayRunAsPickle(source: ByteSource): Promise<boolean>;
