import { s as scanExpanded } from './chunk-bydi4BZi.js';
import { e as expand, z as zlibCodecs } from './chunk-DmZQLefO.js';
import './chunk-DtPjRMPF.js';
import './chunk-BnSd5Jkc.js';
import { _ as zfileDataStart } from './chunk-DkMahXWu.js';
import './chunk-BBb8y-by.js';
import './chunk-sLtaKgFw.js';
import './chunk-Cf9E0W6N.js';
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
