import { type PinSink } from './hits.ts';
import type { IdForm } from './model-ids.ts';
import type { Program, Word } from './shell-words.ts';
export interface ShellEntryPoint {
    tool: string;
    /** Base name of the program. */
    program: RegExp;
    /** Words that must follow it (a subcommand, or `-m module`). */
    sub?: readonly (string | RegExp)[];
    /** Options whose value names a model (every occurrence is a reference), and/or the first positional argument. */
    model: {
        options?: readonly string[];
        positional?: boolean;
        kv?: {
            option: string;
            key: string;
        };
    };
    /** Options (or, with `kv`, keys) that carry the revision; empty when the tool takes none. */
    revision: readonly string[];
    form: IdForm;
    /** Strip a `:suffix` from the id (llama.cpp `-hf org/name:Q4_K_M` names a quantization). */
    stripTag?: boolean;
    /** Options that take a value, so their value is not the positional model. */
    valueOptions?: readonly string[];
    /** Options followed by a list of values. */
    listOptions?: readonly string[];
    /** A flag without which a versioned name is still resolved by the tool (spacy download --direct). */
    pinnedByFlag?: string;
    /** Environment variables the tool reads for the model and the revision (compose `environment:`, `docker run -e`). */
    env?: {
        model: readonly string[];
        revision?: readonly string[];
    };
    pin: string;
    cite: string;
}
export declare const SHELL_ENTRY_POINTS: readonly ShellEntryPoint[];
/** Serving images and the program their entrypoint runs (their arguments are that program's). */
export declare const SERVING_IMAGES: readonly {
    image: RegExp;
    program: string;
    sub?: readonly string[];
}[];
interface OptionValue {
    value: string;
    at: number;
    name: string;
}
/** `--opt value` and `--opt=value` occurrences of any of `names`. */
export declare function optionValues(args: readonly Word[], names: readonly string[]): OptionValue[];
/** Checks a program against the CLI table; returns true when a row matched. */
export declare function checkModelCli(p: Program, out: PinSink, where: string): boolean;
export declare function checkDockerRun(p: Program, out: PinSink, where: string): void;
/** The arguments and environment of a container running a serving image, checked as that server's command line. */
export declare function checkServingImage(image: string, args: readonly Word[], env: readonly Word[], out: PinSink, where: string): void;
/** State of one script: clones waiting for a checkout, downloads waiting for a checksum. */
export declare class ScriptModels {
    private readonly clones;
    private readonly downloads;
    private readonly out;
    private readonly where;
    constructor(out: PinSink, where: string);
    /** Looks at one command: a clone, a checkout, a download or a checksum check. */
    see(p: Program, savedFile?: {
        file: string;
        url: string;
    }): void;
    private git;
    private clone;
    private checkout;
    private download;
    private checksum;
    /** Reports what never got pinned; call once at the end of the script. */
    finish(): void;
}
export {};
