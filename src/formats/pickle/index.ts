/**
 * The pickle analyzer: registered for kind `pickle` (raw pickles, legacy PyTorch files, joblib dumps,
 * and any archive member sniffed as a pickle), plus the structural sniffer for protocol 0/1 pickles
 * (sniff.ts), which have no magic number.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS, type Sniffer } from '../../core/sniff.ts';
import { isTorchScriptPickle } from '../shared/torch-names.ts';
import { scanPickle } from './scan.ts';
import { looksLikePickle } from './sniff.ts';

export { scanPickle } from './scan.ts';
export { looksLikePickle } from './sniff.ts';

export const PICKLE_SNIFFER: Sniffer = { kind: KINDS.pickle, priority: 50, match: looksLikePickle };

export const PICKLE_ANALYZER: FileAnalyzer = {
  id: 'pickle',
  kinds: [KINDS.pickle],
  claims: [KINDS.pickle],
  async analyze(ctx) {
    // Legacy PyTorch tar members are named `storages`, `tensors` and `pickle` (see ../tar.ts); the name
    // only chooses how raw bytes between pickles are skipped (a mismatch fails closed) and what the
    // loader's persistent_load returns.
    const base = ctx.name.split('/').at(-1);
    const layout =
      ctx.depth > 0 && base === 'storages'
        ? 'torch-tar-storages'
        : ctx.depth > 0 && base === 'tensors'
          ? 'torch-tar-tensors'
          : undefined;
    await scanPickle(ctx.source, ctx.report, {
      options: ctx.options,
      nested: ctx,
      // data.pkl/constants.pkl of a TorchScript archive: read by TorchScript's C++ unpickler.
      loader: isTorchScriptPickle(ctx.source) ? 'torchscript' : 'python',
      ...(layout ? { layout } : {}),
    });
  },
};
