export declare const FORWARDERS: ReadonlyMap<string, readonly number[]>;
export declare const BUILD_FORWARDERS: ReadonlyMap<string, readonly string[]>;
