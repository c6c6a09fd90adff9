/**
 * Why a pickle walk stopped, as a code callers match on (never the message text):
 * - `truncated`: the bytes ended before the stream did (a sniff window, a file cut short);
 * - `limit`: one of modelvet's walker limits (opcodes, stack, memo...): the stream may be fine;
 * - `content`: the bytes are not something the unpickler accepts (it raises at that opcode).
 */

import { BaseError } from '../../core/errors.ts';
export type PickleErrorCode = 'truncated' | 'limit' | 'content';

export class PickleError extends BaseError<PickleErrorCode> {
  readonly offset: number;
  readonly limit?: string;
  constructor(message: string, offset: number, limit?: string, code?: PickleErrorCode) {
    super(code ?? (limit !== undefined ? 'limit' : 'content'), message);
    this.name = 'PickleError';
    this.offset = offset;
    if (limit !== undefined) this.limit = limit;
  }
}
