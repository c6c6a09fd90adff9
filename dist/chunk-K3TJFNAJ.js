import {
  KINDS
} from "./chunk-FY7H743B.js";

// src/formats/hdf5/signature.ts
var HDF5_SIGNATURE = Buffer.from("\x89HDF\r\n\n", "latin1");

// src/formats/keras/candidates.ts
var H5_NAMES = /\.(h5|hdf5)$/;
var MAX_KERAS_JSON = 64 * 1024 * 1024;
var OTHER_KINDS = Object.values(KINDS).filter((k) => k !== KINDS.hdf5 && k !== KINDS.empty);
async function hdf5SuperblockAfterStart(ctx) {
  for (const at of [512, 1024, 2048]) {
    if (ctx.head.length >= at + 8 && ctx.head.subarray(at, at + 8).equals(HDF5_SIGNATURE)) return at;
  }
  if (!H5_NAMES.test(ctx.name)) return void 0;
  for (let at = 4096; at + 8 <= ctx.source.size; at *= 2) {
    if ((await ctx.source.read(at, 8)).equals(HDF5_SIGNATURE)) return at;
  }
  return void 0;
}

export {
  HDF5_SIGNATURE,
  H5_NAMES,
  MAX_KERAS_JSON,
  OTHER_KINDS,
  hdf5SuperblockAfterStart
};
