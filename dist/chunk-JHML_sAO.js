import { l as loadTemplateParser, c as checkChatTemplate, M as MAX_TEMPLATE_READ } from './chunk-Ccwj7Xm5.js';
import { a0 as TEMPLATE_UNPARSEABLE, af as readJsonBytes, aA as templateDuplicates, aB as TEMPLATE_DUPLICATE_KEY, aC as templatesInConfig } from './chunk-B-6LZOx6.js';
import { f as finding, e as readAll } from './chunk-CXVaUTXl.js';
import './chunk-C9VzFTM1.js';
import './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';

// src/formats/chat-template/analyze.ts
var MAX_CONFIG_BYTES = 64 * 1024 * 1024;
async function analyzeTemplateFile(ctx) {
  const text = (await readAll(ctx.source, MAX_TEMPLATE_READ)).toString("utf8");
  const parser = await loadTemplateParser();
  for (const f of checkChatTemplate(text, { where: "", line: 1 }, parser)) ctx.report(f);
}
async function analyzeConfig(ctx) {
  if (ctx.source.size > MAX_CONFIG_BYTES) {
    ctx.report(
      finding(TEMPLATE_UNPARSEABLE, {
        message: `${ctx.source.size} bytes, too large to look for chat templates in`,
        evidence: { size: ctx.source.size }
      })
    );
    return;
  }
  const parsed = readJsonBytes(await readAll(ctx.source, MAX_CONFIG_BYTES));
  const unreadable = parsed.error ?? parsed.pythonRejects[0];
  if (unreadable && ctx.name.toLowerCase() === "chat_template.json") {
    ctx.report(
      finding(TEMPLATE_UNPARSEABLE, {
        message: `Python's json cannot read it (${unreadable.message}); the templates before that point were vetted`,
        offset: unreadable.offset,
        evidence: { json: unreadable.kind }
      })
    );
  }
  for (const d of templateDuplicates(parsed.duplicates)) {
    ctx.report(
      finding(TEMPLATE_DUPLICATE_KEY, {
        message: `"${d.key}" appears more than once${d.where ? ` in ${d.where}` : ""}; loaders disagree on which is used`,
        offset: d.offset,
        evidence: { key: d.key }
      })
    );
  }
  const templates = parsed.value ? templatesInConfig(parsed.value) : [];
  if (!templates.length) return;
  const parser = await loadTemplateParser();
  for (const t of templates) {
    const where = `chat_template${t.name !== void 0 ? ` "${t.name}"` : ""}${t.duplicate ? " (one of several copies)" : ""}`;
    for (const f of checkChatTemplate(t.text, { where }, parser)) ctx.report(f);
  }
}

export { analyzeConfig, analyzeTemplateFile };
