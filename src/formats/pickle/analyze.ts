/**
 * The pickle analyzers' implementations, loaded on first use through src/lazy.ts (their descriptors,
 * in index.ts, are what every scan loads): the walker, the global tables and the nested scans.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { isTorchScriptPickle } from '../shared/torch-names.ts';
import { scanPickle } from './scan.ts';

export { analyzePolyglot } from './polyglot.ts';

/** A source sniffed as a pickle: raw pickles, legacy PyTorch files, joblib dumps, archive members. */
export async function analyzePickle(ctx: AnalyzerContext): Promise<void> {
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
    layout,
  });
}
