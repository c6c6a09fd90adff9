import { s as scanExpanded } from './chunk-gL-8jVxQ.js';
import { e as expand, z as zlibCodecs } from './chunk-DZ73xGPu.js';
import './chunk-D2dlRepw.js';
import './chunk-BnSd5Jkc.js';
import { _ as zfileDataStart } from './chunk-DReM8I3N.js';
import './chunk-BBb8y-by.js';
import './chunk-BW2BJfRr.js';
import './chunk-v2twtblz.js';
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
