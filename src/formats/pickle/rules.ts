/** Rules the pickle analyzer (and the NumPy, joblib and legacy PyTorch paths through it) emits. */
import { defineRule } from '../../core/finding.ts';
import { policyKey } from '../../core/policy-keys.ts';

const leaf = { leaf: true };
const ALLOW_HOW = `Fix: convert the model to a format that cannot run code (safetensors) and load it with
torch.load(weights_only=True). If you have vetted the global and trust it, list its exact module.name
under ${policyKey('pickle.allow')} in a policy file; a global on modelvet's denylist is refused there
unless its entry also has ${policyKey('pickle.allow.force', leaf)}: true and a ${policyKey('pickle.allow.reason', leaf)}.`;

export const DANGEROUS_GLOBAL = defineRule({
  id: 'pickle/dangerous-global',
  severity: 'critical',
  title: 'Pickle imports a dangerous callable',
  tags: ['pickle', 'code-execution'],
  explain: `The pickle names a global that runs code, starts processes, touches files or the network,
resolves other functions by name (getattr, importlib, operator, functools.partial, pkgutil.resolve_name),
loads a second serialized object (torch.load, numpy.load, pickle.loads, joblib.load, marshal), edits
interpreter state (dunder attributes such as numpy.__builtins__, BUILD/SETITEM written into a module or
class), or whose name modelvet cannot resolve statically (STACK_GLOBAL fed by computed values).
Unpickling the file imports that global and, when the stream calls it, runs it with the loader's rights.

Real PyTorch, NumPy and scikit-learn checkpoints never need any of these. Fix: treat the file as
hostile and do not load it. Only a reviewed exception silences this rule: a ${policyKey('pickle.allow')}
entry with ${policyKey('pickle.allow.force', leaf)}: true and a ${policyKey('pickle.allow.reason', leaf)}, or an
${policyKey('ignore')} entry for the path with a reason.`,
});

export const UNKNOWN_GLOBAL_CALLED = defineRule({
  id: 'pickle/unknown-global-called',
  severity: 'high',
  title: 'Pickle calls a global outside the allowlist',
  tags: ['pickle', 'code-execution'],
  explain: `The pickle calls (REDUCE, OBJ, NEWOBJ, NEWOBJ_EX, INST) a global that is neither on modelvet's
allowlist of what real PyTorch, NumPy and scikit-learn/joblib files use nor on its denylist. Loading the
file imports that module and calls the function or class with arguments the file chooses. It may be a
harmless class from another library, or a gadget nobody has listed yet: a scanner that only blocks known
bad names is bypassed by the next unlisted one, so modelvet fails closed.

${ALLOW_HOW}`,
});

export const UNKNOWN_GLOBAL = defineRule({
  id: 'pickle/unknown-global',
  severity: 'medium',
  title: 'Pickle references a global outside the allowlist',
  tags: ['pickle'],
  explain: `The pickle imports a global that is neither allowlisted nor denylisted, but the stream never
calls it directly (it may be passed as an argument, for example as a class to a reconstructor). Importing a
module runs its top-level code, and the object may be called indirectly by something that receives it.

${ALLOW_HOW}`,
});

export const EXTENSION_REGISTRY = defineRule({
  id: 'pickle/extension-registry',
  severity: 'critical',
  title: 'Pickle uses the copyreg extension registry',
  tags: ['pickle', 'code-execution'],
  explain: `The pickle uses EXT1/EXT2/EXT4 opcodes or the copyreg extension registry
(copyreg.add_extension and friends). EXT opcodes fetch a global by a number from a process-wide registry,
so the global's name never appears in the file; a payload can register \`os.system\` under a code and
call it through EXT. No PyTorch, NumPy or scikit-learn file uses extension codes. Do not load the file.`,
});

export const MALFORMED = defineRule({
  id: 'pickle/malformed',
  severity: 'high',
  title: 'Pickle stream that cannot be parsed to the end',
  tags: ['pickle', 'fail-closed'],
  explain: `The pickle stream is broken (invalid opcode, truncated data, stack or memo misuse) or exceeds
modelvet's limits (opcodes, stack depth, memo size). Python's unpickler executes every opcode before the
point where it fails, so a payload followed by garbage still runs while the loader reports an error (the
"nullifAI" technique); scanners that give up at the error pass such files. modelvet reports what it found
before the error and this finding, because the rest of the file was not vetted.

Fix: re-download or re-export the file; a genuine checkpoint parses to the end.`,
});

export const COMPUTED_CALL = defineRule({
  id: 'pickle/computed-call',
  severity: 'high',
  title: 'Pickle calls a value it computed',
  tags: ['pickle', 'code-execution'],
  explain: `The pickle calls (REDUCE/NEWOBJ/OBJ) something that is not a named global but the result of an
earlier call, a persistent id or an extension code. That is how resolver chains reach a function without
naming it (getattr(module, "system")(...)). Real checkpoints only call named reconstructors.
Do not load the file.`,
});

export const TRAILING_DATA = defineRule({
  id: 'pickle/trailing-data',
  severity: 'medium',
  title: 'Bytes after the data a loader reads',
  tags: ['pickle'],
  explain: `A legacy PyTorch checkpoint or NumPy file holds bytes after the last storage or array its loader
reads. The loader ignores them, but they are a place to hide a second payload for another tool, and a
genuine file has none. Fix: re-export the file.`,
});
