import type { PickleReader } from './reader.ts';
import { type AfterBuild, type WalkHooks, type WalkLimits, type WalkResult } from './state.ts';
export { PickleError, type PickleErrorCode } from './errors.ts';
export { OPCODE_NAMES } from './opcodes.ts';
export { type AfterBuild, DEFAULT_WALK_LIMITS, type Embedded, type LimitHit, type WalkHooks, type WalkLimits, type WalkResult, } from './state.ts';
export { type ComputedCall, describe, type ExtSite, type GlobalSite, rootGlobal, type Value, } from './values.ts';
/** How every walk classifies calls: the forwarders and use-time tables. */
export declare const BASE_HOOKS: WalkHooks;
/** What a scan adds: bytes/str operands holding a pickle or an archive are recorded for a nested scan. */
export declare const SCAN_HOOKS: WalkHooks;
/**
 * Walks one pickle stream starting at `reader.pos`, up to and including its STOP. `hooks` may be just
 * an AfterBuild (joblib's in-stream arrays).
 */
export declare function walkPickle(reader: PickleReader, limits?: WalkLimits, hooks?: WalkHooks | AfterBuild): Promise<WalkResult>;
