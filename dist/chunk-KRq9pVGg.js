import { s as scanExpanded } from './chunk-BrXbQxJL.js';
import { e as expand, z as zlibCodecs } from './chunk-CbYfUayg.js';
import './chunk-B2p2ula_.js';
import './chunk-e34Syf_h.js';
import { _ as zfileDataStart } from './chunk-Ct23CUVn.js';
import './chunk-StSkjYiu.js';
import './chunk-DmjQEoyk.js';
import './chunk-E7ye_0Rm.js';
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
