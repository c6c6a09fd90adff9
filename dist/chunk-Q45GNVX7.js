
// src/core/errors.ts
var BaseError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "BaseError";
    this.code = code;
  }
};
var ModelvetError = class extends BaseError {
  /** The file the error is about, when there is one. */
  path;
  constructor(code, message, options) {
    super(code, message, options);
    this.name = "ModelvetError";
    if (options?.path !== void 0) this.path = options.path;
  }
};
function isStackOverflow(err) {
  return err instanceof RangeError && /call stack/i.test(err.message);
}
function describeError(err, path) {
  if (err instanceof ModelvetError) return err.message;
  const e = err;
  const where = path ?? e?.path;
  const code = e?.code;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : code === "ELOOP" ? "too many levels of symbolic links" : code === "EIO" ? "input/output error" : (e?.message ?? String(err)).split("\n")[0];
  return where ? `${where}: ${reason}` : String(reason);
}

export {
  BaseError,
  ModelvetError,
  isStackOverflow,
  describeError
};
