import type { HitSink } from './hits.ts';
import { type Include } from './requirements.ts';
export type CondaPinning = {
    pinned: true;
} | {
    pinned: false;
    reason: string;
    prefix?: boolean;
};
/** Classifies a conda MatchSpec string. */
export declare function condaSpecPinning(spec: string): CondaPinning;
/** Checks a conda environment or MLflow python_env file; returns pip includes (-r/-c). */
export declare function checkCondaEnv(text: string, sink: HitSink): Include[];
