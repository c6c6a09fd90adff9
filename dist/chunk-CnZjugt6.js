import { s as scanExpanded } from './chunk-CNwGsvz8.js';
import { e as expand, z as zlibCodecs } from './chunk-mjagBjGy.js';
import './chunk-CXVaUTXl.js';
import './chunk-BdnUzdfK.js';
import { _ as zfileDataStart } from './chunk-B-6LZOx6.js';
import './chunk-BxbbjG6I.js';
import './chunk-C9VzFTM1.js';
import './chunk-x8y2Yanw.js';
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
