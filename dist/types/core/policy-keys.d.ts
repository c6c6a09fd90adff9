/** Every key path of the schema, dotted: `failOn`, `pickle.allow`, `pickle.allow.force`, ... */
export declare const POLICY_KEYS: ReadonlySet<string>;
/**
 * The key in backticks, for an explain text; throws for a key the schema does not have. `leaf`
 * shows only its last part (`force` of `pickle.allow.force`), as it is written inside its entry.
 */
export declare function policyKey(path: string, options?: {
    leaf?: boolean;
}): string;
