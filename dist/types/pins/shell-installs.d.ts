/**
 * Package installs and model pulls on command lines: pip/uv pip install (unpinned requirements,
 * -r files, index options, editable URLs), npm/yarn/pnpm/bun and npx, conda/mamba install, go
 * install, `--trust-remote-code` flags, and Ollama pulls (and Modelfile FROM lines).
 */
import { type HitSink, type PinSink } from './hits.ts';
import type { Word } from './shell-words.ts';
export declare function checkPipInstall(args: readonly Word[], out: PinSink, where: string): void;
export declare function checkNpm(prog: string, args: readonly Word[], at: number, sink: HitSink): void;
export declare function checkCondaInstall(args: readonly Word[], sink: HitSink, where: string): void;
/** `vllm serve m --trust-remote-code`, `lm_eval --trust_remote_code`, `text-generation-launcher --trust-remote-code`. */
export declare function checkTrustFlag(p: {
    prog: string;
    args: Word[];
}, sink: HitSink, where: string): void;
/** Ollama registry references: no tag means :latest; every tag is mutable. Local files and digests are fine. */
export declare function checkOllamaRef(ref: string, at: number, out: PinSink, where: string): void;
/** Modelfile: FROM a registry model (not a local GGUF/safetensors path). */
export declare function checkModelfile(text: string, out: PinSink): void;
/** go install/get/run pkg@version: a full semver (checksum database) or a commit is pinned. */
export declare function checkGo(args: readonly Word[], sink: HitSink, where: string): void;
