import { type HitSink } from './hits.ts';
export type NpmPinning = {
    kind: 'pinned';
    reason: string;
} | {
    kind: 'local';
    reason: string;
} | {
    kind: 'range';
    reason: string;
} | {
    kind: 'vcs';
    pinned: boolean;
    reason: string;
    ref?: string;
} | {
    kind: 'url';
    reason: string;
};
/** Classifies one dependency spec (the value in package.json, or what follows `name@`). */
export declare function npmSpecPinning(_name: string, spec: string): NpmPinning;
export interface PackageJsonOptions {
    /** Lock file found beside package.json (package-lock.json, yarn.lock, …). */
    lockFile?: string;
}
/** Checks a package.json text. */
export declare function checkPackageJson(text: string, sink: HitSink, opts?: PackageJsonOptions): void;
export declare const NPM_LOCK_FILES: string[];
