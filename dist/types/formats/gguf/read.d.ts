/**
 * GGUF (llama.cpp) reader: header, every metadata key/value type, arrays, tensor infos, alignment
 * and the layout of the data section, without reading tensor data.
 *
 * Our own reader, following the published spec (ggml docs/gguf.md) and the checks of ggml's
 * gguf.cpp loader: the npm GGUF readers (@huggingface/gguf and others) fetch whole metadata
 * blocks, trust counts to size arrays and throw on the malformed input we must describe. Every count
 * and length is checked against the bytes left in the file (and a cap) before anything is
 * allocated or looped over; string arrays of hundreds of thousands of tokens are skipped through a
 * small window, so a multi-GB model costs a few MB of reads. Chat templates found in the metadata
 * (`tokenizer.chat_template`, `tokenizer.chat_template.<name>`) go to the chat-template checker.
 */
import type { ReportedFinding } from '../../core/analyzer.ts';
import type { ByteSource } from '../../core/source.ts';
import type { AnalyzerContext } from '../../core/analyzer.ts';
/** ggml tensor types: [name, block size, bytes per block]. Ids 4, 5, 31-33, 36-38 were removed. */
export declare const GGML_TYPES: Readonly<Record<number, readonly [string, number, number]>>;
export interface GgufTensor {
    name: string;
    dims: bigint[];
    type: number;
    typeName: string;
    offset: bigint;
    size?: bigint;
}
export interface GgufMetaValue {
    type: number;
    /** Scalars, strings up to 4 MB; arrays keep their element type and length only. */
    value?: string | number | bigint | boolean;
    arrayType?: number;
    length?: bigint;
    /** File offset of the value. */
    offset: number;
}
export interface GgufResult {
    version?: number;
    bigEndian?: boolean;
    /**
     * Metadata values: every `general.*` and `tokenizer.chat_template*` entry and the first 4,096
     * others (a file may declare up to a million; all are read and checked, not all are kept).
     */
    metadata: Map<string, GgufMetaValue>;
    tensors: GgufTensor[];
    alignment: number;
    dataStart?: number;
    /** Tensor infos the header declares. */
    tensorCount?: bigint;
    /** Where bytes no tensor describes begin, when the file is longer than its tensors. */
    trailingAt?: number;
    findings: ReportedFinding[];
}
/** Reads and validates a GGUF source: metadata and tensor infos only. I/O errors propagate. */
export declare function readGguf(source: ByteSource): Promise<GgufResult>;
/** Reads the file and reports its findings; chat templates in its metadata go to the template checker. */
export declare function analyzeGguf(ctx: AnalyzerContext): Promise<void>;
