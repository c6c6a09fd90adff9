import { s as scanExpanded } from './chunk-DMZlKWfF.js';
import { e as expand, z as zlibCodecs } from './chunk-DN-v9Jyk.js';
import './chunk-BtHK9CCX.js';
import { _ as zfileDataStart } from './chunk-mcB_pL-d.js';
import './chunk-BBb8y-by.js';
import './chunk-DhKteFXp.js';
import './chunk-CiJ5NkF3.js';
import './chunk-C5dIaBYy.js';

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
