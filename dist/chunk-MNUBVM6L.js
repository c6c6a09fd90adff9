import {
  scanExpanded
} from "./chunk-Q46UXUHC.js";
import "./chunk-53GV6SRP.js";
import {
  expand,
  zlibCodecs
} from "./chunk-CJPW5Y4U.js";
import {
  zfileDataStart
} from "./chunk-7IS2CWVM.js";
import "./chunk-VTAJQZG2.js";
import "./chunk-L522SPEH.js";
import "./chunk-NC2V7PEH.js";
import "./chunk-F3WAQ6K6.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-FY7H743B.js";
import "./chunk-GMZN3B2T.js";
import "./chunk-5OVHDXLO.js";
import "./chunk-Q45GNVX7.js";
import "./chunk-YKEYWHWZ.js";

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
export {
  analyzeJoblibZlib
};
