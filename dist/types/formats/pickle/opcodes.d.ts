import { type OperandReader } from './operand-readers.ts';
import type { WalkState } from './state.ts';
export interface Opcode<T = unknown> {
    code: number;
    name: string;
    operand: OperandReader<T>;
    /** Stack before -> after, as pickletools documents it. */
    effect: string;
    run: (st: WalkState, operand: T) => void | Promise<void>;
}
export declare const OPCODES: readonly Opcode[];
/** Opcodes by byte (undefined: not an opcode). */
export declare const OPCODE_TABLE: readonly (Opcode | undefined)[];
/** Opcode names by byte, for messages (pickletools names). */
export declare const OPCODE_NAMES: Readonly<Record<number, string>>;
