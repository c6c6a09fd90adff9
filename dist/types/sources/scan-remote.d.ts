import { type AnalyzerOptions } from '../core/analyzer.ts';
import { type Finding } from '../core/finding.ts';
import { type ModelReference } from '../core/model-source.ts';
import type { FileReport } from '../core/report.ts';
import type { Target } from '../core/walk.ts';
import type { Scanner } from '../scanner.ts';
import { HttpClient } from './http/client.ts';
import type { ResolvedSource } from './source.ts';
export interface RemoteOptions {
    /** Bearer token for the hub (HF_TOKEN / --token-file); never printed or reported. */
    token?: string;
    /** Hub base URL (a mirror or a private hub); default https://huggingface.co. */
    hubUrl?: string;
    /** Ollama registry base URL (default https://<registry named in the URL>). */
    registryUrl?: string;
    /** Files analyzed at once. */
    concurrency?: number;
    /** Client settings (tests shorten the backoff). */
    http?: {
        attempts?: number;
        backoffMs?: number;
        perHost?: number;
        maxRetryAfterMs?: number;
    };
}
export interface RemoteScanParts {
    target: Target;
    files: FileReport[];
    findings: Finding[];
    references: ModelReference[];
    source: ResolvedSource;
}
/**
 * The client a remote URL is read through: the token goes to the hub's (or registry's) origin only;
 * a registry's Bearer challenge is answered with an anonymous token.
 */
export declare function remoteClient(input: string, options: RemoteOptions): HttpClient;
export declare function openRemote(input: string, options: RemoteOptions): Promise<ResolvedSource>;
export declare function scanRemoteSource(source: ResolvedSource, options: RemoteOptions & {
    scanner: Scanner;
    analyzerOptions?: AnalyzerOptions;
}): Promise<RemoteScanParts>;
