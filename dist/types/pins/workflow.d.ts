import { type HitSink } from './hits.ts';
export declare function checkWorkflow(src: string, sink: HitSink): void;
