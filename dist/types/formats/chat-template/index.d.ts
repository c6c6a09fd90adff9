/**
 * Chat templates (Jinja) vetted by running them abstractly over their syntax tree: the analyzer
 * for template files and the configs that hold them, and the API gguf.ts uses.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export { checkChatTemplate, MAX_TEMPLATE_CHARS, MAX_TEMPLATE_READ, type TemplateOrigin, vetChatTemplate, } from './check.ts';
export { TEMPLATE_CONFIG_NAMES, templatesInConfig } from './locate.ts';
export { loadTemplateParser, type TemplateParser } from './parse.ts';
export * from './rules.ts';
export declare const CHAT_TEMPLATE_ANALYZER: FileAnalyzer;
