import type { Node } from './run.ts';
import { BaseError } from '../../core/errors.ts';
export interface TemplateParser {
    /** The template's syntax tree; throws TemplateSyntaxError with our own message. */
    parse(text: string): Node;
}
export declare class TemplateSyntaxError extends BaseError<'TEMPLATE_SYNTAX'> {
    constructor(message: string);
}
export declare function loadTemplateParser(): Promise<TemplateParser>;
/** Our own one-line reason why a template does not parse, from its block tags. */
export declare function describeParseFailure(text: string): string;
