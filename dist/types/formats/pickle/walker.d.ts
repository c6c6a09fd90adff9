import type { PickleReader } from './reader.ts';
import { type WalkHooks, type WalkLimits, type WalkResult } from './state.ts';
export { PickleError, type PickleErrorCode } from './errors.ts';
export { OPCODE_NAMES } from './opcodes.ts';
export { type AfterBuild, DEFAULT_WALK_LIMITS, type Embedded, type LimitHit, type WalkHooks, type WalkLimits, type WalkResult, } from './state.ts';
export { type ComputedCall, describe, type ExtSite, type GlobalSite, rootGlobal, type Value, } from './values.ts';
/**
 * Hooks for a walk that reads structure only (which opcodes, the globals named, where it breaks):
 * the sniffers. Without the forwarders and use-time tables (hooks.ts) nothing is marked called or
 * instantiated, and nothing else changes: the tables only annotate sites. This keeps the tables (and
 * the allowlist they are built over) out of the code a sniff loads.
 */
export declare const STRUCTURE_ONLY: WalkHooks;
/**
 * Walks one pickle stream starting at `reader.pos`, up to and including its STOP. `hooks` says how
 * calls are classified: BASE_HOOKS or SCAN_HOOKS (hooks.ts) for a verdict, STRUCTURE_ONLY to sniff.
 */
export declare function walkPickle(reader: PickleReader, limits: WalkLimits, hooks: WalkHooks): Promise<WalkResult>;
