export type DenyCategory = 'code-execution' | 'process' | 'filesystem' | 'network' | 'resolver' | 'nested-loader' | 'importer' | 'extension-registry' | 'scanner-evasion' | 'side-effect';
export interface DenyEntry {
    key: string;
    category: DenyCategory;
    reason: string;
}
/** A generated entry (gadgets.ts): its own reason, naming the sink and the source line it was found at. */
export interface GeneratedDenyEntry extends DenyEntry {
    /** Where the sink is, e.g. `torch/utils/data/datapipes/datapipe.py: __setstate__ calls pickle.loads`. */
    source?: string;
}
/** The hand-grouped entries, then the generated ones (a generated key never replaces a grouped one). */
export declare function buildDenylist(groups: Readonly<Record<DenyCategory, readonly string[]>>, generated: readonly GeneratedDenyEntry[]): ReadonlyMap<string, DenyEntry>;
export declare const DENYLIST: ReadonlyMap<string, DenyEntry>;
/**
 * Attribute names that are dangerous wherever they appear in a dotted global (`x.y.system`): they
 * only exist on modules and objects that run code, so an attribute walk ending in one reaches them
 * through an alias (`argparse._os.system`).
 */
export declare const DANGEROUS_ATTRIBUTES: ReadonlySet<string>;
