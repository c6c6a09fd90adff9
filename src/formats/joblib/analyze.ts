/** A zlib-compressed joblib file (or a `ZF` file of joblib < 0.9.3): the stream is expanded and scanned. */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { scanExpanded } from '../compressed/analyze.ts';
import { expand, zlibCodecs } from '../compressed/expand.ts';
import { zfileDataStart } from './sniff.ts';

export async function analyzeJoblibZlib(ctx: AnalyzerContext): Promise<void> {
  const { source } = ctx;
  const start = ctx.head[0] === 0x78 ? 0 : Math.max(0, zfileDataStart(ctx.head));
  const result = await expand(source, start, source.size - start, zlibCodecs.zlib, {
    limits: ctx.limits,
    budget: ctx.budget,
  });
  await scanExpanded(ctx, result, `${ctx.name}[zlib]`, 'zlib stream');
}
