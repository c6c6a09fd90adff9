import type { WalkHooks } from './state.ts';
/** How every walk that decides a verdict classifies calls. */
export declare const BASE_HOOKS: WalkHooks;
/** What a scan adds: bytes/str operands holding a pickle or an archive are recorded for a nested scan. */
export declare const SCAN_HOOKS: WalkHooks;
