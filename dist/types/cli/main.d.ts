import { type Io } from './output.ts';
export { EXIT, type Io, processIo } from './output.ts';
export { reexecWithHeapTuning } from './heap-tuning.ts';
export { rememberHashReader } from './reader-memory.ts';
export declare function main(argv: readonly string[], io?: Io): Promise<number>;
