import {
  pyInt
} from "./chunk-VTAJQZG2.js";
import {
  KINDS
} from "./chunk-FY7H743B.js";

// src/formats/joblib/sniff.ts
import { createInflate, constants as zlibConstants } from "node:zlib";
var ZFILE_HEADER = 2 + 19;
function zfileDataStart(head) {
  if (head.length <= ZFILE_HEADER || head[0] !== 90 || head[1] !== 70) return -1;
  if (pyInt(head.subarray(2, ZFILE_HEADER).toString("latin1"), 16) === void 0) return -1;
  return head[ZFILE_HEADER] === 120 ? ZFILE_HEADER : ZFILE_HEADER + 1;
}
function zlibYields(data) {
  const cmf = data[0];
  const flg = data[1];
  if (cmf === void 0 || flg === void 0 || (cmf & 15) !== 8 || (cmf * 256 + flg) % 31 !== 0) {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH });
    let got = 0;
    inflate.on("data", (chunk) => {
      got += chunk.length;
    });
    inflate.on("error", () => resolve(got > 0));
    inflate.on("end", () => resolve(got > 0));
    inflate.end(data);
  });
}
var JOBLIB_ZLIB_SNIFFER = {
  kind: KINDS.zlib,
  priority: 60,
  match: ({ head }) => {
    if (head[0] === 120) return zlibYields(head);
    const start = zfileDataStart(head);
    return start > 0 ? zlibYields(head.subarray(start)) : false;
  }
};

export {
  zfileDataStart,
  JOBLIB_ZLIB_SNIFFER
};
