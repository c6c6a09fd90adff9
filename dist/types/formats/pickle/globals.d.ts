import { type DenyCategory } from './denylist.ts';
export type Verdict = 'allowed' | 'dangerous' | 'unknown';
export interface Classification {
    verdict: Verdict;
    /** Why (for dangerous): which denied path or rule matched. */
    reason?: string;
    category?: DenyCategory | 'dunder' | 'attribute';
    /** The denied path that matched, e.g. `os` for `argparse._os.system`. */
    matched?: string;
}
export declare function splitGlobal(module: string, name: string): string[];
/**
 * Classifies `module.name`. `extraAllow` (policy `pickleAllow`, exact `module.name` strings) extends
 * the allowlist but never overrides a deny.
 */
export declare function classifyGlobal(module: string, name: string, extraAllow?: ReadonlySet<string>): Classification;
/** True when the exact `module.name` is on the derived allowlist (tests and explain texts use it). */
export declare function isDerivedAllowed(full: string): boolean;
