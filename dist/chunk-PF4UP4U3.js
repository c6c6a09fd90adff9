import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/hydra/rules.ts
var TAGS = ["hydra", "omegaconf", "code-execution", "CVE-2025-23304"];
var HYDRA_DANGEROUS_TARGET = defineRule({
  id: "hydra/dangerous-target",
  severity: "critical",
  title: "Config instantiates a dangerous callable",
  tags: TAGS,
  explain: `A Hydra/OmegaConf config names a _target_ (or a NeMo/Hydra 0.x "target"/"cls" class path,
or a fiddle "pyref" as in NeMo 2 checkpoints' context/io.json) that runs processes, evaluates code, reads or writes files, opens connections, loads another
serialized object or looks up another callable by name. hydra.utils.instantiate imports and calls
whatever _target_ names, with the config's other keys as arguments, after resolving \${...}
interpolations; NeMo (.nemo model_config.yaml, CVE-2025-23304) and libraries that instantiate
downloaded configs run it while loading the model. The target shown is the one left after
modelvet resolved the interpolations that build it.

Fix: do not load the model. A real model config names model, layer, optimizer and data classes only.`
});
var HYDRA_UNKNOWN_TARGET = defineRule({
  id: "hydra/unknown-target",
  severity: "medium",
  title: "Config instantiates a class outside the known model libraries",
  tags: TAGS,
  explain: `A _target_ names a callable that is neither denied nor under the prefixes model configs use
(torch.nn, torch.optim, torch.utils.data, torchmetrics, Lightning callbacks/loggers/strategies,
nemo.collections, nemo.core, megatron.core: the list NeMo adopted to fix CVE-2025-23304). Loading
the config imports that module and calls the target. A library's own classes (uni2ts, flextok, your
package) appear here legitimately: check that the package is one you trust. To accept an exact
callable everywhere, add it to the policy's pickle.allow list.`
});
var HYDRA_UNRESOLVED_TARGET = defineRule({
  id: "hydra/unresolved-target",
  severity: "high",
  title: "Config target that depends on the loading machine",
  tags: TAGS,
  explain: `A _target_ is built from interpolations modelvet cannot resolve from the file alone: an
environment variable (oc.env), a resolver the loading program registers, a key that is missing, or
an interpolation OmegaConf cannot parse. What it instantiates is decided on the machine that loads
it, so it is not passed unvetted. The finding names the parts that could not be resolved and any
value they fall back to. Fix: publish configs whose targets are plain class paths.`
});
var HYDRA_CODE_RESOLVER = defineRule({
  id: "hydra/code-resolver",
  severity: "high",
  title: "Interpolation calls a resolver that evaluates code",
  tags: TAGS,
  explain: `An interpolation calls a resolver named like a code evaluator (\${eval:...}, \${python:...}).
Many projects register Python's eval as an OmegaConf resolver (OmegaConf.register_new_resolver(
"eval", eval)); a config loaded by such a program runs the expression. Fix: do not load the config
with a program that registers evaluating resolvers, or remove the interpolation.`
});
var HYDRA_UNRESOLVED = defineRule({
  id: "hydra/unresolved-interpolation",
  severity: "low",
  title: "Config values modelvet could not resolve",
  tags: ["hydra", "omegaconf"],
  explain: `Some interpolations outside _target_ call resolvers the loading program registers, name
missing keys, read environment variables or cannot be parsed. They do not choose what is
instantiated, but their values (paths, arguments) are decided on the loading machine. Listed so the
dependency is visible; environment lookups alone are reported at info.`
});
var HYDRA_UNREADABLE = defineRule({
  id: "hydra/unreadable-config",
  severity: "medium",
  title: "Config file that could not be read",
  tags: ["hydra", "omegaconf", "fail-closed"],
  explain: `A YAML or JSON file that may hold Hydra targets (its text mentions target keys, escapes,
tags or interpolations) could not be parsed, is nested deeper than modelvet reads, or is too large.
Python's YAML and JSON readers may still load it, so what it instantiates was not vetted.
Fix: re-save the config with OmegaConf.save or json.dump.`
});
var YAML_PYTHON_TAG = defineRule({
  id: "yaml/python-tag",
  severity: "critical",
  title: "YAML with Python object tags",
  tags: ["yaml", "code-execution", "CVE-2017-18342", "CVE-2020-1747"],
  explain: `The YAML file uses PyYAML's python/* tags (!!python/object/apply:, !!python/name:,
!!python/module:, ...). yaml.load with the default, Full or Unsafe loader imports the module they
name and calls it (CVE-2017-18342, CVE-2020-1747); a config or metadata file read that way runs
code. Safe loaders (and OmegaConf) refuse these tags. Severity is high when the named callable is
not on the denylist. Fix: do not read the file with an unsafe YAML loader; remove the tags.`
});

export {
  HYDRA_DANGEROUS_TARGET,
  HYDRA_UNKNOWN_TARGET,
  HYDRA_UNRESOLVED_TARGET,
  HYDRA_CODE_RESOLVER,
  HYDRA_UNRESOLVED,
  HYDRA_UNREADABLE,
  YAML_PYTHON_TAG
};
