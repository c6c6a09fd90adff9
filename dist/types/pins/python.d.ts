import { type PinSink } from './hits.ts';
import { type IdContext } from './model-ids.ts';
export { decodePyString } from './python-ast.ts';
export { describeRef } from './model-ids.ts';
export type PythonOptions = IdContext;
export declare function checkPython(src: string, out: PinSink, opts?: PythonOptions): void;
