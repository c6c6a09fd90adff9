import { s as scanExpanded } from './chunk-B315Ovjc.js';
import { e as expand, z as zlibCodecs } from './chunk-0sjgiSlb.js';
import './chunk--L-kZX39.js';
import './chunk-C9QKvTo8.js';
import { _ as zfileDataStart } from './chunk-B4WEx1uK.js';
import './chunk-BAdZZtZg.js';
import './chunk-BnIpTRts.js';
import './chunk-CmgNe2Dn.js';
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
