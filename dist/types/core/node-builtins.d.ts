/**
 * Node's built-in modules that most runs never use and that cost a run measurable time to load,
 * fetched on first use instead of by a static import (which loads them before anything runs).
 * Measured on Node 24 (Intel Xeon, medians of 31 starts against `node -e 0`): node:crypto 3.9 ms (it
 * loads about 30 internal modules, streams among them), node:zlib 2.5 ms, node:worker_threads 2.1 ms;
 * a scan of a folder whose digests all come from the digest cache needs none of them.
 * (`process.getBuiltinModule` is Node >= 22.3, the oldest Node modelvet runs on.)
 */
import type * as Crypto from 'node:crypto';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Zlib from 'node:zlib';
export declare const nodeCrypto: () => typeof Crypto;
export declare const nodeZlib: () => typeof Zlib;
export declare const nodeWorkerThreads: () => typeof WorkerThreads;
