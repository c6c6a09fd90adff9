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
export interface ClassifyOptions {
    /** The PROTO in effect at the opcode; Python 2 names are mapped below 3. Unknown: mapped. */
    protocol?: number;
    /** `torchscript`: the pickle is read by TorchScript's C++ unpickler (see torchscript.ts). */
    loader?: 'python' | 'torchscript';
}
/** Module components then attribute components (empty components dropped). */
export declare function splitGlobal(module: string, name: string): string[];
/**
 * Classifies `module.name`. `extraAllow` (policy `pickle.allow`, exact `module.name` strings) extends
 * the allowlist but never overrides a deny.
 */
export declare function classifyGlobal(module: string, name: string, extraAllow?: ReadonlySet<string>, opts?: ClassifyOptions): Classification;
/** True when the exact `module.name` is on the derived allowlist (tests and explain texts use it). */
export declare function isDerivedAllowed(full: string): boolean;
