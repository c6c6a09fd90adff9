
// src/formats/shared/torch-names.ts
var torchScriptPickles = /* @__PURE__ */ new WeakSet();
function markTorchScriptPickle(source) {
  torchScriptPickles.add(source);
}
function isTorchScriptPickle(source) {
  return torchScriptPickles.has(source);
}
var TORCH_PICKLE_NAME_SNIFFER = {
  kind: "pickle",
  priority: 95,
  match: ({ source }) => {
    const name = source.member.at(-1);
    if (name === void 0) return false;
    return /^[^/]+\/(data|constants)\.pkl$/i.test(name) || /^(\.\/)?(sys_info|pickle|storages|tensors)$/.test(name);
  }
};

export {
  markTorchScriptPickle,
  isTorchScriptPickle,
  TORCH_PICKLE_NAME_SNIFFER
};
