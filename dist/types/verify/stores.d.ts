import type { FileReport } from '../core/report.ts';
import { type StoreBlob, type Target } from '../core/walk.ts';
import { type StoreOutcome } from './hf-cache.ts';
import { type VerifyOptions } from './manifest-check.ts';
type StoreKind = StoreBlob['store'];
export interface EnclosingStore {
    kind: StoreKind;
    /** Real, absolute path of the store folder. */
    root: string;
}
/** The store whose folder is `path` or holds it (the nearest, walking up), if any. */
export declare function findEnclosingStore(path: string): Promise<EnclosingStore | undefined>;
/** Marks the files of `target` that are store blobs (and adds the blobs a manifest in it names). */
export declare function annotateStores(target: Target, enclosing?: EnclosingStore): Promise<void>;
/**
 * Verifies every store the target is in, is or holds. `insideStore` says the target is itself part
 * of a store, so that lock files and signatures beside it are not looked for.
 */
export declare function verifyStores(target: Target, files: ReadonlyMap<string, FileReport>, base: VerifyOptions): Promise<{
    outcome: StoreOutcome;
    insideStore: boolean;
}>;
export {};
