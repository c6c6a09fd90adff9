import { type PinSink } from './hits.ts';
export declare function checkCompose(text: string, out: PinSink): void;
