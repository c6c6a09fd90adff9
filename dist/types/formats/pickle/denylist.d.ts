/**
 * Pickle globals that are dangerous whatever the context, each with the reason a user reads in the
 * finding. Keys are dotted paths: a key matches the global `module.name` itself and everything below
 * it (`os` covers `os.system` and `os.path.join`; `torch.hub` covers `torch.hub.load`), at component
 * boundaries only (`osx` is not `os`). Deny always wins over the allowlist and over a policy's
 * `pickle.allow`.
 *
 * Learned from the peers' lists (picklescan `_unsafe_globals` in
 * https://github.com/mmaitre314/picklescan/blob/main/src/picklescan/scanner.py, ModelScan
 * `unsafe_globals` in https://github.com/protectai/modelscan/blob/main/modelscan/settings.py,
 * https://github.com/trailofbits/fickling, https://github.com/promptfoo/modelaudit) and the published
 * bypasses (the advisories in the technique table of test/formats/pickle/hostile.test.ts and the
 * gadget sources in fixtures/pickle/hostile/manifest.json), grouped by why each entry is
 * dangerous. Library classes whose `__setstate__`/`__reduce__`/`__init__` run a nested loader are
 * generated into gadgets.ts and merged in. It is not the only line of defence: anything not on the
 * allowlist is already a finding (unknown).
 */
import { type Gadget } from './gadgets.ts';
export type DenyCategory = 'code-execution' | 'process' | 'filesystem' | 'network' | 'resolver' | 'nested-loader' | 'importer' | 'extension-registry' | 'scanner-evasion' | 'side-effect';
export interface DenyEntry {
    key: string;
    category: DenyCategory;
    reason: string;
}
/**
 * The hand-grouped entries, then the generated ones (gadgets.ts); a generated key never replaces a
 * grouped one. A generated entry's reason names the method the unpickler runs, the sink it reaches
 * and the upstream line.
 */
export declare function buildDenylist(groups: Readonly<Record<DenyCategory, readonly string[]>>, generated: readonly Gadget[]): ReadonlyMap<string, DenyEntry>;
export declare const DENYLIST: ReadonlyMap<string, DenyEntry>;
/**
 * Dotted components of the longest denylist key: a prefix longer than this matches nothing, so the
 * prefix search stops there (a 22 KB script of `a.a.a...` made the search cubic: 11,000 suffixes,
 * each building prefixes up to 11,000 components long).
 */
export declare const DENYLIST_MAX_PARTS: number;
/**
 * Attribute names that are dangerous wherever they appear in a dotted global (`x.y.system`): they
 * only exist on modules and objects that run code, so an attribute walk ending in one reaches them
 * through an alias (`argparse._os.system`).
 */
export declare const DANGEROUS_ATTRIBUTES: ReadonlySet<string>;
