import { s as scanExpanded } from './chunk-Uxob7gLw.js';
import { e as expand, z as zlibCodecs } from './chunk-BMA-EE7T.js';
import './chunk-BFaaqMrO.js';
import 'node:zlib';
import { _ as zfileDataStart } from './chunk-rSpCfI8A.js';
import 'node:module';
import './chunk-DvAgaYPf.js';
import './chunk-CMjU24pv.js';
import './chunk-_xcPDacB.js';
import './chunk-D1dPWPgs.js';
import 'node:fs/promises';
import 'node:os';
import 'node:fs';
import 'node:stream';
import 'node:path';
import 'node:url';
import 'node:buffer';

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
