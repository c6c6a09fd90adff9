/**
 * Pickle polyglots: `torch.load`, `joblib.load` and `numpy.load` fall back to `pickle.load` from byte 0
 * for anything that is not their own format, so a file that sniffs as something else (a GIF: `G` is
 * BINFLOAT and swallows `IF89a...`, a tar whose first member name is opcodes, an unrecognised blob) can
 * still run a pickle when a loader is pointed at it (`pytorch_model.bin` holding a GIF header).
 *
 * Every source that was not sniffed as a pickle (whatever else it is: HDF5 with a user block, a tar, a
 * zip, a safetensors header whose length reads as PROTO) is walked from byte 0 with the pickle walker,
 * and after PyTorch's legacy magic number the streams torch.load's legacy path reads next. Most content
 * fails on its first bytes. When the walk names a global with a Python identifier
 * as module and name and that global is dangerous, or unknown and called, the pickle findings are
 * reported with the sniffed kind in the message; random data essentially never spells an identifier
 * path followed by a call.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
/**
 * The polyglot probe of one source (its descriptor, in index.ts, skips pickles, empty sources and
 * sources whose first byte is no opcode: pickle.load raises there and nothing runs).
 */
export declare function analyzePolyglot(ctx: AnalyzerContext): Promise<void>;
