/**
 * How a walk classifies calls (walker.ts WalkHooks): the forwarders table (allowed callables that call
 * or instantiate their arguments, forwarders.ts) and the use-time table (classes whose instances call
 * what they hold, use-time.ts). A module of its own so that the sniffers' walks (STRUCTURE_ONLY) do
 * not load the tables and the allowlist they are built over.
 */
import { FORWARDERS } from './forwarders.ts';
import type { WalkHooks } from './state.ts';
import { USE_TIME_CALLABLES } from './use-time.ts';

/** How every walk that decides a verdict classifies calls. */
export const BASE_HOOKS: WalkHooks = { forwarders: FORWARDERS, useTime: USE_TIME_CALLABLES };
/** What a scan adds: bytes/str operands holding a pickle or an archive are recorded for a nested scan. */
export const SCAN_HOOKS: WalkHooks = { ...BASE_HOOKS, embedded: true };
