/**
 * Dockerfiles (Scorecard Pinned-Dependencies rules): FROM without an @sha256 digest (scratch and
 * earlier stage names excepted, ARG defaults substituted), ADD of a URL without --checksum, and the
 * shell rules on every RUN (shell form, exec form and heredocs; `python -c "..."` code is parsed as
 * Python), CMD and ENTRYPOINT (a serving command such as `vllm serve org/name`), and the serving
 * arguments of a FROM serving image (`FROM ghcr.io/huggingface/text-generation-inference` +
 * `CMD ["--model-id", "org/name"]`).
 */
import type { PinSink } from './hits.ts';
import { type ShellOptions } from './shell.ts';
export declare function checkDockerfile(text: string, out: PinSink, opts?: ShellOptions): void;
