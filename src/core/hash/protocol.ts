/** Messages between the hash pool and its worker threads. */
import type { ErrorCode } from '../errors.ts';
import type { ReaderDecision, ReaderStrategy } from './calibrate.ts';
import type { DigestAlgorithm } from './digests.ts';
import type { HashResult } from './reader.ts';

export interface HashJob {
  id: number;
  path: string;
  displayPath: string;
  algorithms: DigestAlgorithm[];
  start?: number;
  length?: number;
  bufferSize?: number;
  /** The process's read strategy, once decided (else the worker calibrates). */
  reader?: ReaderStrategy;
}

export type WorkerMessage =
  | { type: 'progress'; id: number; bytes: number }
  | { type: 'done'; id: number; result: HashResult; reader?: ReaderDecision }
  | { type: 'error'; id: number; code: ErrorCode; message: string };
