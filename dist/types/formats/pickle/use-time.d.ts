export declare const USE_TIME_CALLABLES: ReadonlyMap<string, readonly (readonly [string, number])[]>;
