export { checkChatTemplate, MAX_TEMPLATE_CHARS, type TemplateOrigin, vetChatTemplate } from './check.ts';
export { TEMPLATE_CONFIG_NAMES, templatesInConfig } from './locate.ts';
export { loadTemplateParser, type TemplateParser } from './parse.ts';
export * from './rules.ts';
