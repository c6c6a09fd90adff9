/**
 * Chat templates read: template files (`*.jinja`) and the configs that hold templates, read as
 * transformers reads them (Python's json), each template vetted by running it abstractly over its
 * syntax tree (check.ts).
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { readJsonBytes } from '../../core/json.ts';
import { readAll } from '../../core/source.ts';
import { checkChatTemplate, MAX_TEMPLATE_READ } from './check.ts';
import { templateDuplicates, templatesInConfig } from './locate.ts';
import { loadTemplateParser } from './parse.ts';
import { TEMPLATE_DUPLICATE_KEY, TEMPLATE_UNPARSEABLE } from './rules.ts';

const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/** A Jinja template file: vetted whole. */
export async function analyzeTemplateFile(ctx: AnalyzerContext) {
  const text = (await readAll(ctx.source, MAX_TEMPLATE_READ)).toString('utf8');
  const parser = await loadTemplateParser();
  for (const f of checkChatTemplate(text, { where: '', line: 1 }, parser)) ctx.report(f);
}

/** A config read as transformers reads it (Python's json): every template in it is vetted. */
export async function analyzeConfig(ctx: AnalyzerContext) {
  if (ctx.source.size > MAX_CONFIG_BYTES) {
    ctx.report(
      finding(TEMPLATE_UNPARSEABLE, {
        message: `${ctx.source.size} bytes, too large to look for chat templates in`,
        evidence: { size: ctx.source.size },
      }),
    );
    return;
  }
  // Unreadable configs are reported by the folder checks (repo/config-invalid); what could be read
  // is still vetted here, so one NaN or a syntax error after the template hides nothing.
  const parsed = readJsonBytes(await readAll(ctx.source, MAX_CONFIG_BYTES));
  const unreadable = parsed.error ?? parsed.pythonRejects[0];
  if (unreadable && ctx.name.toLowerCase() === 'chat_template.json') {
    // The folder checks report the other config names; chat_template.json only holds templates.
    ctx.report(
      finding(TEMPLATE_UNPARSEABLE, {
        message: `Python's json cannot read it (${unreadable.message}); the templates before that point were vetted`,
        offset: unreadable.offset,
        evidence: { json: unreadable.kind },
      }),
    );
  }
  for (const d of templateDuplicates(parsed.duplicates)) {
    ctx.report(
      finding(TEMPLATE_DUPLICATE_KEY, {
        message: `"${d.key}" appears more than once${d.where ? ` in ${d.where}` : ''}; loaders disagree on which is used`,
        offset: d.offset,
        evidence: { key: d.key },
      }),
    );
  }
  const templates = parsed.value ? templatesInConfig(parsed.value) : [];
  if (!templates.length) return;
  const parser = await loadTemplateParser();
  for (const t of templates) {
    const where = `chat_template${t.name !== undefined ? ` "${t.name}"` : ''}${t.duplicate ? ' (one of several copies)' : ''}`;
    for (const f of checkChatTemplate(t.text, { where }, parser)) ctx.report(f);
  }
}
