import { s as scanExpanded } from './chunk-TktjlHP4.js';
import { e as expand, z as zlibCodecs } from './chunk-B9FZHCA8.js';
import './chunk-DW3a1VsZ.js';
import './chunk-Dao6Iu1R.js';
import { _ as zfileDataStart } from './chunk-DnQlgBH2.js';
import './chunk-Dudpe0Kv.js';
import './chunk-BeGqqcSx.js';
import './chunk-BOefz6db.js';
import './chunk-DoM6UV22.js';

// src/formats/joblib/analyze.ts
async function analyzeJoblibZlib(ctx) {
  const { source } = ctx;
  const start = ctx.head[0] === 120 ? 0 : Math.max(0, zfileDataStart(ctx.head));
  const result = await expand(source, start, source.size - start, zlibCodecs.zlib, {
    limits: ctx.limits,
    budget: ctx.budget
  });
  await scanExpanded(ctx, result, `${ctx.name}[zlib]`, "zlib stream");
}

export { analyzeJoblibZlib };
