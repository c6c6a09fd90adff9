/**
 * Chat templates (Jinja) as the scanner sees them: template files and the configs that hold them,
 * picked by name (locate.ts); the parser and the abstract run (analyze.ts, check.ts) load on the
 * first such file. gguf's reader calls check.ts directly for templates in GGUF metadata.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export declare const CHAT_TEMPLATE_ANALYZER: FileAnalyzer;
