/**
 * Pickle globals that are dangerous whatever the context, each with the reason a user reads in the
 * finding. Keys are dotted paths: a key matches the global `module.name` itself and everything below
 * it (`os` covers `os.system` and `os.path.join`; `torch.hub` covers `torch.hub.load`), at component
 * boundaries only (`osx` is not `os`). Deny always wins over the allowlist and over a policy's
 * `pickleAllow`.
 *
 * Learned from the peers' lists (../shared/research/globals.json: picklescan, ModelScan, fickling,
 * ModelAudit) and the bypass catalogue (scanners.md §3), grouped by why each entry is dangerous. It is
 * not the only line of defence: anything not on the allowlist is already a finding (unknown).
 */
export type DenyCategory = 'code-execution' | 'process' | 'filesystem' | 'network' | 'resolver' | 'nested-loader' | 'importer' | 'extension-registry' | 'scanner-evasion' | 'side-effect';
export interface DenyEntry {
    key: string;
    category: DenyCategory;
    reason: string;
}
export declare const DENYLIST: ReadonlyMap<string, DenyEntry>;
/**
 * Attribute names that are dangerous wherever they appear in a dotted global (`x.y.system`): they
 * only exist on modules and objects that run code, so an attribute walk ending in one reaches them
 * through an alias (`argparse._os.system`).
 */
export declare const DANGEROUS_ATTRIBUTES: ReadonlySet<string>;
/**
 * Python 2 names the unpickler maps to Python 3 modules (fix_imports, `_compat_pickle`) when it
 * loads a protocol 0-2 pickle: `__builtin__.eval` is `builtins.eval`. Only the entries that matter for
 * classification are listed.
 */
export declare const PY2_MODULES: ReadonlyMap<string, string>;
/**
 * Python 2 (module, name) pairs the unpickler renames (`_compat_pickle.NAME_MAPPING`) where the new
 * name matters for classification: `__builtin__.reduce` is `functools.reduce`.
 */
export declare const PY2_NAMES: ReadonlyMap<string, string>;
