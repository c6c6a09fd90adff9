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
import { type ReportedFinding, finding, type RuleDefinition } from '../../core/finding.ts';
import type { Report } from './access.ts';
import { checkBackdoors } from './backdoor.ts';
import { fallbackScan } from './fallback.ts';
import { loadTemplateParser, TemplateSyntaxError, type TemplateParser } from './parse.ts';
import { TEMPLATE_UNPARSEABLE } from './rules.ts';
import { newRun, TooComplex } from './run.ts';
import { execBody } from './statements.ts';
import { Scope } from './value.ts';

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
export const MAX_TEMPLATE_CHARS = 256 * 1024;
/** Longest template text read and kept (for the fallback scan) when it is too long to parse. */
export const MAX_TEMPLATE_READ = 4 * 1024 * 1024;
const MAX_FINDINGS = 50;

/** Vets one chat template with a loaded parser; returns findings (none for a clean template). Never throws. */
export function checkChatTemplate(
  text: string,
  origin: TemplateOrigin,
  parser: TemplateParser,
): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  const report = reporter(text, origin, findings);
  if (text.length > MAX_TEMPLATE_CHARS) {
    report(
      TEMPLATE_UNPARSEABLE,
      `template is ${text.length} characters, over the ${MAX_TEMPLATE_CHARS} limit`,
      {
        length: text.length,
      },
    );
    fallbackScan(text, report);
    return findings;
  }
  const program = parseOrReport(parser, text, report);
  if (program === undefined) {
    fallbackScan(text, report);
    return findings;
  }
  try {
    execBody(newRun(report), program.body, new Scope());
    checkBackdoors(program, report);
  } catch (err) {
    // A limit of the analysis: what was found stays, the rest is fail-closed.
    report(
      TEMPLATE_UNPARSEABLE,
      err instanceof TooComplex ? err.why : 'template could not be analysed completely',
      {},
    );
    fallbackScan(text, report);
  }
  return findings;
}

/** Loads the parser and vets one template. */
export async function vetChatTemplate(text: string, origin: TemplateOrigin): Promise<ReportedFinding[]> {
  return checkChatTemplate(text, origin, await loadTemplateParser());
}

function parseOrReport(parser: TemplateParser, text: string, report: Report) {
  try {
    return parser.parse(text);
  } catch (err) {
    const reason = err instanceof TemplateSyntaxError ? err.message : 'template does not parse';
    report(TEMPLATE_UNPARSEABLE, `template does not parse: ${reason}`, {});
    return undefined;
  }
}

/** Collects findings once each (rule and message), capped, located in the template where possible. */
function reporter(text: string, origin: TemplateOrigin, findings: ReportedFinding[]): Report {
  const seen = new Set<string>();
  return (rule: RuleDefinition, message: string, evidence: Record<string, unknown>) => {
    const key = `${rule.id}\u0000${message}`;
    if (seen.has(key) || findings.length >= MAX_FINDINGS) return;
    seen.add(key);
    findings.push(
      finding(rule, {
        message: origin.where ? `${origin.where}: ${message}` : message,
        evidence,
        offset: origin.offset,
        line: origin.line,
        ...locate(text, origin, evidence),
      }),
    );
  };
}

/** In a template file, points at the first place the offending name appears (the AST has no positions). */
function locate(
  text: string,
  origin: TemplateOrigin,
  evidence: Record<string, unknown>,
): { line?: number; column?: number } {
  if (origin.line === undefined) return {};
  const needle = [evidence.attribute, evidence.name, evidence.method, evidence.global].find(
    (v): v is string => typeof v === 'string',
  );
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return {};
  const before = text.slice(0, at);
  const nl = before.lastIndexOf('\n');
  return { line: origin.line + (before.match(/\n/g)?.length ?? 0), column: at - nl };
}
