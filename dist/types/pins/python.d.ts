import { type HitSink } from './hits.ts';
export interface PythonOptions {
    /** True when a string names a file or folder that exists next to the code (a local model). */
    isLocalPath?: (p: string) => boolean;
}
/** Decodes a Python string literal (one piece). Returns undefined for bytes or broken literals. */
export declare function decodePyString(lit: string): string | undefined;
export declare function checkPython(src: string, sink: HitSink, opts?: PythonOptions): void;
export declare function describeRef(ref: string): string;
