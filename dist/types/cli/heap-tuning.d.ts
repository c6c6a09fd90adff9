/** Young-generation semi-space size in MiB (measured in `npm run bench`: see the comment above). */
export declare const SEMI_SPACE_MIB = 8;
/** True when this Node already runs with a semi-space setting (ours, the user's, or NODE_OPTIONS'). */
export declare function hasHeapTuning(execArgv: readonly string[], nodeOptions: string | undefined): boolean;
/** The argv to re-execute with: node, the flags, Node's own flags, the script, the CLI's arguments. */
export declare function tunedArgv(execPath: string, execArgv: readonly string[], argv: readonly string[]): string[];
/** What a command will read, for the decision: local paths, or `unknown` (a download, a remote repository). */
export type HeapInputs = readonly string[] | 'unknown';
/** A command's positional paths (or `.`), resolved by `at`; `unknown` when one is a remote URL. */
export declare function pathInputs(positionals: readonly string[], at: (p: string) => string): HeapInputs;
/**
 * Whether the inputs hold work that allocates: more than MANY_ENTRIES entries, more than
 * PARSED_BYTES in files under BULK_BYTES, or a large file that starts like a container or a pickle
 * (its members or opcodes are listed). Large files of anything else (safetensors, GGUF, raw tensor
 * data) have a header read and are hashed in workers. A look of at most MANY_ENTRIES stats and a
 * few 512-byte reads, synchronous because it runs before anything else. A performance choice only:
 * a wrong answer costs a start-up or memory, never a finding (the scan reads the inputs itself).
 */
export declare function inputsNeedHeapTuning(inputs: HeapInputs): boolean;
/**
 * The executable's hook before a command runs (Io.tuneHeap): replaces this process with a tuned
 * one when the inputs need it (inputsNeedHeapTuning) and it is possible; returns when it did not
 * (already tuned, not supported here, nothing that allocates, or MODELVET_HEAP_TUNING=0;
 * MODELVET_HEAP_TUNING=1 tunes whatever the inputs).
 */
export declare function reexecWithHeapTuning(inputs: HeapInputs): void;
