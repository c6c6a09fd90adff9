/**
 * Allowed callables that call what they are given: copyreg's reconstructors instantiate the classes
 * in these argument positions, defaultdict calls its factory, and PyTorch's rebuild functions install
 * backward hooks (a dict of callables run during backward). Globals found there (inside containers, a
 * few levels deep) count as called.
 */
export declare const FORWARDERS: ReadonlyMap<string, number[]>;
