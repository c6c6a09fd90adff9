import { s as scanExpanded } from './chunk-Cnlg9OnJ.js';
import { e as expand, z as zlibCodecs } from './chunk-B-JeMC42.js';
import './chunk-Dc9WeopQ.js';
import './chunk-CkWQ5xth.js';
import { _ as zfileDataStart } from './chunk-B2ftd50h.js';
import './chunk-CaJl4Mt2.js';
import './chunk-DWRnP4-1.js';
import './chunk-CxlBXKx1.js';
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
