
// src/sources/source.ts
var isRemoteUrl = (p) => /^(?:hf|ollama):\/\//i.test(p);

export {
  isRemoteUrl
};
