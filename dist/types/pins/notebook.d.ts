import { type PinSink } from './hits.ts';
import { type PythonOptions } from './python.ts';
/** Decodes a JSON string literal's raw text, recording the raw offset of each decoded unit. */
export declare function decodeJsonString(raw: string, base: number): {
    text: string;
    map: number[];
};
export declare function checkNotebook(fileText: string, out: PinSink, opts?: PythonOptions): void;
