import { s as scanExpanded } from './chunk-DBS1BoxH.js';
import { e as expand, z as zlibCodecs } from './chunk-BeOtjt2D.js';
import './chunk-DkVBQr8o.js';
import './chunk-Dao6Iu1R.js';
import { _ as zfileDataStart } from './chunk-BayCM_r4.js';
import './chunk-AsdDTLkP.js';
import './chunk-Z3WIANxs.js';
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
