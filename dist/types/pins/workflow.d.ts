import { type PinSink } from './hits.ts';
export declare function checkWorkflow(src: string, out: PinSink): void;
