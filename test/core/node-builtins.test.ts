/** The built-ins fetched on first use are Node's own modules, the objects a static import gives. */
import * as crypto from 'node:crypto';
import * as workerThreads from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeWorkerThreads, nodeZlib } from '../../src/core/node-builtins.ts';

describe('node-builtins', () => {
  it('gives the functions of node:crypto, node:zlib and node:worker_threads', () => {
    expect(nodeCrypto().createHash).toBe(crypto.createHash);
    expect(nodeCrypto().createHash('sha256').update('abc').digest('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(nodeZlib().createInflate).toBe(zlib.createInflate);
    expect(nodeWorkerThreads().Worker).toBe(workerThreads.Worker);
  });
});
