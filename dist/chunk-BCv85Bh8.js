import { s as scanExpanded } from './chunk-QcklYh9k.js';
import { e as expand, z as zlibCodecs } from './chunk-CQ2nWWeh.js';
import './chunk-BgIPIoyO.js';
import './chunk-DSaeipyW.js';
import { _ as zfileDataStart } from './chunk-CYn22-aE.js';
import './chunk-BBb8y-by.js';
import './chunk-B7KN2yP4.js';
import './chunk-r2e2VO53.js';
import './chunk-BmYWtlJN.js';

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
