import { s as scanExpanded } from './chunk-CnUHpjIg.js';
import { e as expand, z as zlibCodecs } from './chunk-D1-MCdbB.js';
import './chunk-C_cggG4z.js';
import './chunk-BnSd5Jkc.js';
import { _ as zfileDataStart } from './chunk-BSZnmYB_.js';
import './chunk-BBb8y-by.js';
import './chunk-CJRVsqnB.js';
import './chunk-C-vXubRD.js';
import './chunk-CGP5gUOV.js';

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
