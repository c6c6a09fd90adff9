/**
 * TensorFlow op names by what running them does: call Python, touch files or the network, read an
 * asset, checkpoint. Names from TensorFlow's op registry (tensorflow/core/ops/*.cc REGISTER_OP).
 */
/** Ops that call Python. */
export declare const PY_FUNC_OPS: Set<string>;
/** Ops that touch files or the network (besides checkpoint ops). */
export declare const IO_OPS: Set<string>;
/** Ops that read a vocabulary-style asset file (listed at low severity). */
export declare const ASSET_READ_OPS: Set<string>;
/** tf.data cache ops: input 1 is a file name; "" caches in memory. */
export declare const CACHE_OPS: Set<string>;
/** Checkpoint ops: accepted inside the saver only. */
export declare const CHECKPOINT_OPS: Set<string>;
