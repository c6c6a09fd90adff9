/**
 * Callables that look up another callable by name: with them, the config names what runs one level
 * down (`hydra.utils.get_method` + `path: os.system`). Not in the pickle tables because pickles do not
 * reach Hydra; here they are resolvers.
 */
export declare const NAME_RESOLVERS: ReadonlySet<string>;
/** Targets a config may instantiate without a finding (NeMo's CVE-2025-23304 allow prefixes). */
export declare const MODEL_LIBRARY_PREFIXES: readonly string[];
/** Classifies a fiddle pyref (`module` + dotted `name`), as fiddle's import_symbol resolves it. */
export declare function classifyPyref(module: string, name: string, extraAllow?: ReadonlySet<string>): TargetClass;
export type TargetVerdict = 'dangerous' | 'allowed' | 'unknown' | 'invalid';
export interface TargetClass {
    verdict: TargetVerdict;
    reason?: string;
    /** Set when the target is a name resolver (its argument decides what runs). */
    resolver?: boolean;
}
/** Classifies a dotted target the way `_locate` reads it. */
export declare function classifyTarget(path: string, extraAllow?: ReadonlySet<string>): TargetClass;
/**
 * The most dangerous completion of a partly known target (`os.${x}`): the known dotted prefix up to
 * its last dot is classified as a module, so anything under a denied module is dangerous.
 */
export declare function classifyPrefix(prefix: string): TargetClass | undefined;
