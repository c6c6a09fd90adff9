/**
 * Dockerfiles (Scorecard Pinned-Dependencies rules): FROM without an @sha256 digest (scratch and
 * earlier stage names excepted, ARG defaults substituted), ADD of a URL without --checksum, and the
 * shell rules on every RUN (shell form, exec form and heredocs).
 */
import type { HitSink } from './hits.ts';
export declare function checkDockerfile(text: string, sink: HitSink): void;
