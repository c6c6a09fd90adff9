/** Estimator -> its parameters that take a callable, with their `__init__` positions, by key. */
export declare const USE_TIME_CALLABLES: ReadonlyMap<string, readonly (readonly [string, number])[]>;
