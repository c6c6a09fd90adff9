/**
 * Vetting one chat template: parse, run it abstractly (statements.ts, expressions.ts), look for
 * prompt backdoors (backdoor.ts), and fall back to reading names in the raw text when the parser
 * refuses it or the analysis hits a limit (both are findings: a gate must not pass what it could not
 * read).
 *
 * Loaders render chat templates with Jinja. When the environment is not sandboxed (llama-cpp-python
 * before the CVE-2024-34359 fix, SGLang CVE-2026-5760, litellm GHSA-46cm-pfwv-cgf8, any homegrown
 * server using jinja2.Environment()) the template runs Python; transformers and fixed
 * llama-cpp-python use ImmutableSandboxedEnvironment, which still lets templates read every
 * attribute whose name does not start with "_" and format strings, so the checks apply to both.
 */
import { type ReportedFinding } from '../../core/finding.ts';
import { type TemplateParser } from './parse.ts';
export interface TemplateOrigin {
    /** Which template of the file, for messages (`chat_template "tool_use"`); empty for a template file. */
    where: string;
    /** Offset of the template in the source, when it is stored verbatim (GGUF string). */
    offset?: number;
    /** Line of the template in a text file. */
    line?: number;
}
/** Longest template text we parse; bigger is reported unparseable (real ones are a few KB). */
/**
 * Longest template parsed. The parser keeps about 0.5 KiB per character of a template of many small
 * nodes (600 KB of call arguments took 316 MiB); published chat templates are under 20 KB. Longer
 * ones get the linear fallback scan and a finding.
 */
export declare const MAX_TEMPLATE_CHARS: number;
/** Longest template text read and kept (for the fallback scan) when it is too long to parse. */
export declare const MAX_TEMPLATE_READ: number;
/** Vets one chat template with a loaded parser; returns findings (none for a clean template). Never throws. */
export declare function checkChatTemplate(text: string, origin: TemplateOrigin, parser: TemplateParser): ReportedFinding[];
/** Loads the parser and vets one template. */
export declare function vetChatTemplate(text: string, origin: TemplateOrigin): Promise<ReportedFinding[]>;
