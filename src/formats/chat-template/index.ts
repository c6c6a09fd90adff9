/**
 * Chat templates (Jinja) as the scanner sees them: template files and the configs that hold them,
 * picked by name (locate.ts); the parser and the abstract run (analyze.ts, check.ts) load on the
 * first such file. gguf's reader calls check.ts directly for templates in GGUF metadata.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { loadChatTemplateAnalysis } from '../../lazy.ts';
import { JINJA_FILE, TEMPLATE_CONFIG_NAMES } from './locate.ts';

export * from './rules.ts';

export const CHAT_TEMPLATE_ANALYZER: FileAnalyzer = {
  id: 'chat-template-file',
  // A template file is rendered as text and a config is read by name, whatever their bytes look like.
  kinds: [KINDS.text, KINDS.json, KINDS.script, KINDS.unknown],
  async analyze(ctx) {
    const name = ctx.name.toLowerCase();
    if (JINJA_FILE.test(name)) return (await loadChatTemplateAnalysis()).analyzeTemplateFile(ctx);
    if (TEMPLATE_CONFIG_NAMES.has(name)) return (await loadChatTemplateAnalysis()).analyzeConfig(ctx);
  },
};
