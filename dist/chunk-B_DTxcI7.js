import { s as scanExpanded } from './chunk-zQwQz7l1.js';
import { e as expand, z as zlibCodecs } from './chunk-DTmUFaFN.js';
import './chunk-BbEj1Pt5.js';
import './chunk-DdDiVZ_y.js';
import { _ as zfileDataStart } from './chunk-hWJQdhMQ.js';
import './chunk-BSv0Zcjp.js';
import './chunk-D6dBxcvv.js';
import './chunk-CJ6ch3s5.js';
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
