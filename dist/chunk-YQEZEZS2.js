import {
  policyKey
} from "./chunk-F3WAQ6K6.js";
import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/pickle/rules.ts
var leaf = { leaf: true };
var ALLOW_HOW = `Fix: convert the model to a format that cannot run code (safetensors) and load it with
torch.load(weights_only=True). If you have vetted the global and trust it, list its exact module.name
under ${policyKey("pickle.allow")} in a policy file; a global on modelvet's denylist is refused there
unless its entry also has ${policyKey("pickle.allow.force", leaf)}: true and a ${policyKey("pickle.allow.reason", leaf)}.`;
var DANGEROUS_GLOBAL = defineRule({
  id: "pickle/dangerous-global",
  severity: "critical",
  title: "Pickle imports a dangerous callable",
  tags: ["pickle", "code-execution"],
  explain: `The pickle names a global that runs code, starts processes, touches files or the network,
resolves other functions by name (getattr, importlib, operator, functools.partial, pkgutil.resolve_name),
loads a second serialized object (torch.load, numpy.load, pickle.loads, joblib.load, marshal), edits
interpreter state (dunder attributes such as numpy.__builtins__, BUILD/SETITEM written into a module or
class), or whose name modelvet cannot resolve statically (STACK_GLOBAL fed by computed values).
Unpickling the file imports that global and, when the stream calls it, runs it with the loader's rights.

Real PyTorch, NumPy and scikit-learn checkpoints never need any of these. Fix: treat the file as
hostile and do not load it. Only a reviewed exception silences this rule: a ${policyKey("pickle.allow")}
entry with ${policyKey("pickle.allow.force", leaf)}: true and a ${policyKey("pickle.allow.reason", leaf)}, or an
${policyKey("ignore")} entry for the path with a reason.`
});
var BOUND_METHOD = defineRule({
  id: "pickle/bound-method",
  severity: "low",
  title: "Pickle rebuilds a bound method of an allowed object",
  tags: ["pickle"],
  explain: `Python pickles a bound method (obj.method) as getattr(obj, 'method'): torch 1.x
LR schedulers such as OneCycleLR keep one in their state_dict. modelvet reports builtins.getattr as a
dangerous global everywhere else; it reports this low only when every use of getattr in the file
fetches a plain (non-dunder, not code-running) attribute name from an instance of an allowed class
and nothing in the file calls what it returns. Loading still runs the attribute lookup (a property or
__getattr__ of that class), and code that uses the object later may call the method.

Fix: nothing to do for a checkpoint you expect to hold scheduler or optimizer state. A file that calls
the method while loading is reported as pickle/dangerous-global and pickle/computed-call instead.`
});
var UNKNOWN_SEVERITY = `Severity follows what loading does with the name:
- called (high, pickle/unknown-global-called): the callable of REDUCE, OBJ or INST, something an
  allowed function calls with what it is given (collections.defaultdict's factory, a backward hook,
  a class sklearn's newObj or copyreg's reconstructors instantiate without state), or a callable an
  estimator keeps in its state and calls when used (FunctionTransformer.func). The file chooses
  the arguments of a function call: this is how payloads run.
- rebuilt from state (medium, pickle/unknown-global): a class instantiated by NEWOBJ/NEWOBJ_EX or by
  copyreg._reconstructor (or another reconstructor) and then given its pickled state by BUILD. That
  is how every custom class of a model's own library is saved; it runs that class's __new__ and
  __setstate__, and needs the library to be installed.
- referenced (medium, pickle/unknown-global): imported only, or stored as data (dtype=np.float32,
  typing.Any, a class in a config). Importing a module runs its top-level code.`;
var UNKNOWN_GLOBAL_CALLED = defineRule({
  id: "pickle/unknown-global-called",
  severity: "high",
  title: "Pickle calls a global outside the allowlist",
  tags: ["pickle", "code-execution"],
  explain: `The pickle calls a global that is neither on modelvet's allowlist of what real PyTorch, NumPy
and scikit-learn/joblib files use nor on its denylist. Loading the file imports that module and calls the
function or class with arguments the file chooses. It may be a harmless function from another library,
or a gadget nobody has listed yet: a scanner that only blocks known bad names is bypassed by the next
unlisted one, so modelvet fails closed.

${UNKNOWN_SEVERITY}

${ALLOW_HOW}`
});
var UNKNOWN_GLOBAL = defineRule({
  id: "pickle/unknown-global",
  severity: "medium",
  title: "Pickle references or rebuilds a global outside the allowlist",
  tags: ["pickle"],
  explain: `The pickle imports a global that is neither allowlisted nor denylisted, without calling it as a
function: it only references it (as data, or as an argument nothing calls), or rebuilds an instance of
that class from pickled state (NEWOBJ or a reconstructor, then BUILD). Importing a module runs its
top-level code, and a class's __new__/__setstate__ run when it is rebuilt, so the file is only as safe as
the library it names; that library must be installed for the file to load at all.

${UNKNOWN_SEVERITY}

${ALLOW_HOW}`
});
var EXTENSION_REGISTRY = defineRule({
  id: "pickle/extension-registry",
  severity: "critical",
  title: "Pickle uses the copyreg extension registry",
  tags: ["pickle", "code-execution"],
  explain: `The pickle uses EXT1/EXT2/EXT4 opcodes or the copyreg extension registry
(copyreg.add_extension and friends). EXT opcodes fetch a global by a number from a process-wide registry,
so the global's name never appears in the file; a payload can register \`os.system\` under a code and
call it through EXT. No PyTorch, NumPy or scikit-learn file uses extension codes. Do not load the file.

Severity is critical when the fetched global is called or the registry is edited; an EXT lookup nothing
calls is medium (it only returns whatever some imported code registered, and raises when nothing is).`
});
var MALFORMED = defineRule({
  id: "pickle/malformed",
  severity: "high",
  title: "Pickle stream that cannot be parsed to the end",
  tags: ["pickle", "fail-closed"],
  explain: `The pickle stream is broken (invalid opcode, truncated data, stack or memo misuse, a call of
something that is not callable, a name that is not UTF-8). Python's unpickler executes every opcode
before the point where it fails, so a payload followed by garbage still runs while the loader reports an
error (the "nullifAI" technique); scanners that give up at the error pass such files. modelvet reports
what it found before the error and this finding, because the rest of the file was not vetted.

Severity is high, except (low) for content of 256 bytes or more that is not a pickle at all: nothing
before the break imports or calls anything (random data that happens to start like a pickle), so the
unpickler raises there without having run anything.

Fix: re-download or re-export the file; a genuine checkpoint parses to the end.`
});
var LIMIT_EXCEEDED = defineRule({
  id: "pickle/limit-exceeded",
  severity: "high",
  title: "Pickle reaches one of modelvet's walker limits",
  tags: ["pickle", "fail-closed"],
  explain: `Walking the pickle reached one of modelvet's limits: opcodes per stream (50 million), stack
depth or memo entries (millions), collection items kept for inspection (3 million), distinct globals,
nested pickles, embedded pickles or archives, streams per file, or the expansion budget for scanning them.
Limits keep memory and time bounded on hostile input, but a limit must never turn into a pass: after it,
anything that could still be a call is counted as one, what was found before is reported, and this
finding says the rest was not fully vetted.

Real checkpoints (a 250,000-word vocabulary, a model with thousands of tensors) stay far below these
limits. Fix: re-export the file in a format that cannot run code (safetensors); if a trusted file really
is this large, ignore this rule for its path in a policy with a reason.`
});
var COMPUTED_CALL = defineRule({
  id: "pickle/computed-call",
  severity: "high",
  title: "Pickle calls a value it computed",
  tags: ["pickle", "code-execution"],
  explain: `The pickle calls (REDUCE/NEWOBJ/OBJ) something that is not a named global but the result of an
earlier call, a persistent id or an extension code. That is how resolver chains reach a function without
naming it (getattr(module, "system")(...)). Real checkpoints only call named reconstructors.
Do not load the file.`
});
var TRAILING_DATA = defineRule({
  id: "pickle/trailing-data",
  severity: "medium",
  title: "Bytes after the data a loader reads",
  tags: ["pickle"],
  explain: `A legacy PyTorch checkpoint or NumPy file holds bytes after the last storage or array its loader
reads. The loader ignores them, but they are a place to hide a second payload for another tool, and a
genuine file has none. Fix: re-export the file.`
});

export {
  DANGEROUS_GLOBAL,
  BOUND_METHOD,
  UNKNOWN_GLOBAL_CALLED,
  UNKNOWN_GLOBAL,
  EXTENSION_REGISTRY,
  MALFORMED,
  LIMIT_EXCEEDED,
  COMPUTED_CALL,
  TRAILING_DATA
};
