/**
 * Loads every analyzer, sniffer and rule. Import this once before scanning or listing rules:
 * registration happens when a module is imported, so one list here wires the whole tool.
 */
import './formats/opaque.ts';
import './formats/gguf.ts';
import './formats/safetensors.ts';
import './formats/unknown.ts';
import './repo/chat-template/index.ts';
import './repo/lfs-pointer.ts';
import './pins/index.ts';
import './policy/rules.ts';
import './formats/onnx.ts';
import './formats/sentencepiece.ts';
import './formats/keras.ts';
import './formats/hydra/index.ts';
import './formats/tensorflow.ts';
import './formats/compressed/analyzer.ts';
import './formats/tar.ts';
import './formats/zip/analyzer.ts';
import './formats/sevenzip.ts';
import './formats/pickle/index.ts';
import './formats/numpy.ts';
import './repo/remote-code.ts';
import './repo/shard-index.ts';
import './verify/scan-verifier.ts';
