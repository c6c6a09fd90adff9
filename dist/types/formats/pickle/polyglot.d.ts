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
import { type FileAnalyzer } from '../../core/analyzer.ts';
/**
 * Every kind: a loader's pickle fallback may be pointed at anything. Pickles themselves are scanned
 * by the pickle analyzer. This probe claims no kind (see FileAnalyzer.claims), so it never hides a
 * kind nobody reads.
 */
export declare const PICKLE_POLYGLOT_ANALYZER: FileAnalyzer;
