import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/sources/pull.ts
async function pull(input, options) {
  const ollama = /^ollama:\/\//i.test(input);
  if (!ollama && !/^hf:\/\//i.test(input))
    throw new ModelvetError("USAGE", `${input}: pull takes an hf:// or ollama:// URL`);
  if (!options.cache === !options.to)
    throw new ModelvetError("USAGE", "pull needs one of --cache DIR or --to DIR");
  if (ollama) return pullOllama(input, options);
  const [{ openRemote }, { scanResolvedSource }, { placeHf }] = await Promise.all([
    import("./chunk-FZF5I3XT.js"),
    import("./chunk-C5BCOCTO.js"),
    import("./chunk-Z44OIFQ5.js")
  ]);
  const source = await openRemote(input, options.remote ?? {});
  const report = await scanResolvedSource(source, options);
  if (report.verdict !== "pass") return { report };
  const placed = await placeHf(source.client, source, {
    type: /^hf:\/\/datasets\//i.test(input) ? "datasets" : "models",
    ...options.cache ? { cache: options.cache } : {},
    ...options.to ? { to: options.to } : {},
    ...options.signal ? { signal: options.signal } : {},
    ...options.onPullProgress ? { onProgress: options.onPullProgress } : {}
  });
  return { report, placed };
}
async function pullOllama(input, options) {
  const [{ openOllamaSource }, { scanResolvedSource }, { placeOllama }, { remoteClient }] = await Promise.all(
    [
      import("./chunk-Q2P5JTHF.js"),
      import("./chunk-C5BCOCTO.js"),
      import("./chunk-AFB3KO42.js"),
      import("./chunk-FZF5I3XT.js")
    ]
  );
  const remote = options.remote ?? {};
  const client = remoteClient(input, remote);
  const source = await openOllamaSource(input, {
    client,
    ...remote.registryUrl ? { registryUrl: remote.registryUrl } : {}
  });
  const report = await scanResolvedSource(source, options);
  if (report.verdict !== "pass") return { report };
  const placed = await placeOllama(client, source, options.to ?? options.cache, {
    ...options.signal ? { signal: options.signal } : {},
    ...options.onPullProgress ? { onProgress: options.onPullProgress } : {}
  });
  return { report, placed };
}

export {
  pull
};
