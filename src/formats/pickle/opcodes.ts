/**
 * The opcode table: every opcode of protocols 0-5 with its byte, its pickletools name, the reader of its
 * operand, its stack effect (pickletools notation) and the handler that replays it on symbolic values.
 * Anything not in the table is an invalid opcode, as it is for CPython's unpickler.
 */
import * as calls from './handlers-calls.ts';
import * as data from './handlers-data.ts';
import {
  bytesKeep,
  counted,
  countedText,
  i4,
  type Line,
  length,
  line,
  noOperand,
  numberLine,
  type OperandReader,
  skip8,
  u1,
  u2,
  u4,
} from './operand-readers.ts';
import type { WalkState } from './state.ts';

export interface Opcode<T = unknown> {
  code: number;
  name: string;
  operand: OperandReader<T>;
  /** Stack before -> after, as pickletools documents it. */
  effect: string;
  run: (st: WalkState, operand: T) => void | Promise<void>;
}

function op<T>(
  code: string | number,
  name: string,
  operand: OperandReader<T>,
  effect: string,
  run: (st: WalkState, operand: T) => void | Promise<void>,
): Opcode {
  const byte = typeof code === 'number' ? code : code.charCodeAt(0);
  return { code: byte, name, operand, effect, run } as Opcode;
}

/** GLOBAL and INST: two newline-terminated lines, module then name. */
const twoLines: OperandReader<[Line, Line]> = (st) => {
  const first = line(st);
  const second = (m: Line): [Line, Line] | Promise<[Line, Line]> => {
    const n = line(st);
    return n instanceof Promise ? n.then((x): [Line, Line] => [m, x]) : [m, n];
  };
  return first instanceof Promise ? first.then(second) : second(first);
};

export const OPCODES: readonly Opcode[] = [
  // Stack and memo bookkeeping.
  op('(', 'MARK', noOperand, '-> mark', (st) => st.mark()),
  op('.', 'STOP', noOperand, 'any ->', calls.stop),
  op('0', 'POP', noOperand, 'any ->', data.pop),
  op('1', 'POP_MARK', noOperand, 'mark stackslice ->', (st) => void st.popMark()),
  op('2', 'DUP', noOperand, 'any -> any any', data.dup),
  op('g', 'GET', numberLine, '-> any', data.get),
  op('h', 'BINGET', u1, '-> any', data.binGet),
  op('j', 'LONG_BINGET', u4, '-> any', data.binGet),
  op('p', 'PUT', numberLine, '->', data.put),
  op('q', 'BINPUT', u1, '->', data.binPut),
  op('r', 'LONG_BINPUT', u4, '->', data.binPut),
  op(0x94, 'MEMOIZE', noOperand, 'any -> any', data.memoize),
  op(0x80, 'PROTO', u1, '->', data.proto),
  op(0x95, 'FRAME', length(8, false), '->', () => {}),
  // Numbers and constants.
  op('I', 'INT', numberLine, '-> int_or_bool', data.int),
  op('J', 'BININT', i4, '-> int', data.smallInt),
  op('K', 'BININT1', u1, '-> int', data.smallInt),
  op('M', 'BININT2', u2, '-> int', data.smallInt),
  op('L', 'LONG', numberLine, '-> int', data.long),
  op(0x8a, 'LONG1', counted(1, false, data.longPayload), '-> int', data.longBytes),
  op(0x8b, 'LONG4', counted(4, true, data.longPayload), '-> int', data.longBytes),
  op('F', 'FLOAT', numberLine, '-> float', data.float),
  op('G', 'BINFLOAT', skip8, '-> float', data.binFloat),
  op('N', 'NONE', noOperand, '-> None', data.none),
  op(0x88, 'NEWTRUE', noOperand, '-> bool', data.newTrue),
  op(0x89, 'NEWFALSE', noOperand, '-> bool', data.newFalse),
  // Strings and bytes.
  op('S', 'STRING', line, '-> bytes_or_str', data.reprString),
  op('T', 'BINSTRING', countedText(4, true, 'latin1'), '-> bytes_or_str', data.binString),
  op('U', 'SHORT_BINSTRING', countedText(1, false, 'latin1'), '-> bytes_or_str', data.binString),
  op('V', 'UNICODE', line, '-> str', data.rawUnicode),
  op('X', 'BINUNICODE', countedText(4, false, 'utf8'), '-> str', data.binUnicode),
  op(0x8c, 'SHORT_BINUNICODE', countedText(1, false, 'utf8'), '-> str', data.binUnicode),
  op(0x8d, 'BINUNICODE8', countedText(8, false, 'utf8'), '-> str', data.binUnicode),
  op('B', 'BINBYTES', counted(4, false, bytesKeep), '-> bytes', data.binBytes),
  op('C', 'SHORT_BINBYTES', counted(1, false, bytesKeep), '-> bytes', data.binBytes),
  op(0x8e, 'BINBYTES8', counted(8, false, bytesKeep), '-> bytes', data.binBytes),
  op(0x96, 'BYTEARRAY8', counted(8, false, bytesKeep), '-> bytearray', data.binBytes),
  op(0x97, 'NEXT_BUFFER', noOperand, '-> buffer', calls.nextBuffer),
  op(0x98, 'READONLY_BUFFER', noOperand, 'buffer -> buffer', calls.readonlyBuffer),
  // Containers.
  op(')', 'EMPTY_TUPLE', noOperand, '-> tuple', data.empty('tuple')),
  op(0x85, 'TUPLE1', noOperand, 'any -> tuple', data.smallTuple(1)),
  op(0x86, 'TUPLE2', noOperand, 'any any -> tuple', data.smallTuple(2)),
  op(0x87, 'TUPLE3', noOperand, 'any any any -> tuple', data.smallTuple(3)),
  op('t', 'TUPLE', noOperand, 'mark stackslice -> tuple', data.collection('tuple')),
  op(']', 'EMPTY_LIST', noOperand, '-> list', data.empty('list')),
  op('l', 'LIST', noOperand, 'mark stackslice -> list', data.collection('list')),
  op('a', 'APPEND', noOperand, 'list any -> list', data.append),
  op('e', 'APPENDS', noOperand, 'list mark stackslice -> list', data.appends),
  op('}', 'EMPTY_DICT', noOperand, '-> dict', data.empty('dict')),
  op('d', 'DICT', noOperand, 'mark stackslice -> dict', data.dict),
  op('s', 'SETITEM', noOperand, 'dict any any -> dict', data.setItem),
  op('u', 'SETITEMS', noOperand, 'dict mark stackslice -> dict', data.setItems),
  op(0x8f, 'EMPTY_SET', noOperand, '-> set', data.empty('set')),
  op(0x90, 'ADDITEMS', noOperand, 'set mark stackslice -> set', data.addSetItems),
  op(0x91, 'FROZENSET', noOperand, 'mark stackslice -> frozenset', data.collection('frozenset')),
  // Imports, calls and object construction.
  op('c', 'GLOBAL', twoLines, '-> any', calls.global),
  op(0x93, 'STACK_GLOBAL', noOperand, 'str str -> any', calls.stackGlobal),
  op('i', 'INST', twoLines, 'mark stackslice -> any', calls.inst),
  op('o', 'OBJ', noOperand, 'mark any stackslice -> any', calls.objOp),
  op('R', 'REDUCE', noOperand, 'any any -> any', calls.reduce),
  op(0x81, 'NEWOBJ', noOperand, 'any any -> any', calls.newObj('NEWOBJ')),
  op(0x92, 'NEWOBJ_EX', noOperand, 'any any any -> any', calls.newObj('NEWOBJ_EX')),
  op('b', 'BUILD', noOperand, 'any any -> any', calls.build),
  op(0x82, 'EXT1', u1, '-> any', calls.ext),
  op(0x83, 'EXT2', u2, '-> any', calls.ext),
  op(0x84, 'EXT4', i4, '-> any', calls.ext),
  op('P', 'PERSID', line, '-> any', calls.persId),
  op('Q', 'BINPERSID', noOperand, 'any -> any', calls.binPersId),
];

/** Opcodes by byte (undefined: not an opcode). */
export const OPCODE_TABLE: readonly (Opcode | undefined)[] = (() => {
  const t: (Opcode | undefined)[] = new Array(256).fill(undefined);
  for (const o of OPCODES) t[o.code] = o;
  return t;
})();

/** Opcode names by byte, for messages (pickletools names). */
export const OPCODE_NAMES: Readonly<Record<number, string>> = Object.fromEntries(
  OPCODES.map((o) => [o.code, o.name]),
);
