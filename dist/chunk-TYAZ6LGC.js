import {
  defineRule
} from "./chunk-GMZN3B2T.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

// src/formats/chat-template/rules.ts
var rules_exports = {};
__export(rules_exports, {
  TEMPLATE_COMPUTED_ATTRIBUTE: () => TEMPLATE_COMPUTED_ATTRIBUTE,
  TEMPLATE_DANGEROUS_CALL: () => TEMPLATE_DANGEROUS_CALL,
  TEMPLATE_DUNDER: () => TEMPLATE_DUNDER,
  TEMPLATE_DUNDER_STRING: () => TEMPLATE_DUNDER_STRING,
  TEMPLATE_DUPLICATE_KEY: () => TEMPLATE_DUPLICATE_KEY,
  TEMPLATE_FORMAT_METHOD: () => TEMPLATE_FORMAT_METHOD,
  TEMPLATE_GADGET_GLOBAL: () => TEMPLATE_GADGET_GLOBAL,
  TEMPLATE_GLOBAL_CALLABLE: () => TEMPLATE_GLOBAL_CALLABLE,
  TEMPLATE_HIDDEN_INSTRUCTIONS: () => TEMPLATE_HIDDEN_INSTRUCTIONS,
  TEMPLATE_INJECTED_CONTENT: () => TEMPLATE_INJECTED_CONTENT,
  TEMPLATE_PRIVATE: () => TEMPLATE_PRIVATE,
  TEMPLATE_UNPARSEABLE: () => TEMPLATE_UNPARSEABLE
});
var tags = ["chat-template", "code-execution"];
var WHY = `Chat templates are rendered by Jinja when the model is loaded or served; outside a sandbox
(llama-cpp-python before CVE-2024-34359 was fixed, SGLang CVE-2026-5760, litellm, custom servers)
such an expression runs arbitrary Python on the host.`;
var FIX = `Fix: use the template the model family publishes (Llama, Qwen, Mistral, Gemma, Phi and
DeepSeek templates need none of this), and always render chat templates in
jinja2.sandbox.ImmutableSandboxedEnvironment.`;
var TEMPLATE_DUNDER = defineRule({
  id: "template/dunder-access",
  severity: "critical",
  title: "Chat template reaches Python internals (dunder or frame attribute)",
  tags,
  explain: `The template reads an attribute such as __class__, __mro__, __subclasses__, __globals__,
__builtins__, __import__, __init__ (directly, by item access, through |attr or a map/select
attribute= argument, or with a name assembled at render time), or an internal attribute like
func_globals, gi_frame, f_globals, mro. This is the first step of every published Jinja server-side
template injection payload: from any object to its class, to all loaded classes or a function's
globals, to os.system. ${WHY}

${FIX}`
});
var TEMPLATE_PRIVATE = defineRule({
  id: "template/private-access",
  severity: "high",
  title: "Chat template reads an underscore attribute",
  tags,
  explain: `The template reads an attribute whose name starts with "_" (for example
self._TemplateReference__context). Jinja's sandbox forbids these because they reach the renderer's
internals; chat templates never need them. ${WHY}

${FIX}`
});
var TEMPLATE_GLOBAL_CALLABLE = defineRule({
  id: "template/global-callable-access",
  severity: "critical",
  title: "Chat template walks attributes of a Jinja global function",
  tags,
  explain: `The template reads an attribute of a Jinja global callable (cycler, joiner, namespace,
lipsum, range, dict, self, url_for, ...) instead of calling it: \`cycler.__init__.__globals__\`,
\`lipsum.__globals__.os\` and \`namespace.__init__\` are how published payloads reach Python
modules from a template. Legitimate templates call namespace(...) or range(...); they never look
inside them. ${WHY}

${FIX}`
});
var TEMPLATE_GADGET_GLOBAL = defineRule({
  id: "template/gadget-global",
  severity: "high",
  title: "Chat template refers to a Jinja or framework global used in injection payloads",
  tags,
  explain: `The template names a global that only injection payloads use in a chat template:
lipsum, cycler, joiner, self, config, request, session, url_for, get_flashed_messages, or a
Python builtin/module name (builtins, os, sys, subprocess, importlib, eval, exec, getattr), or passes namespace/range
/dict around as a value instead of calling them. Their function objects carry __globals__, which
leads to os and builtins. ${WHY}

${FIX}`
});
var TEMPLATE_COMPUTED_ATTRIBUTE = defineRule({
  id: "template/computed-attribute",
  severity: "high",
  title: "Chat template looks up an attribute whose name is decided at render time",
  tags,
  explain: `In Jinja, x[name] with a string key falls back to getattr(x, name) when x has no such item
(jinja2 Environment.getitem), so a subscript is an attribute lookup. The template looks one up with a
name that is not a literal: built at render time (~, +, |format, '%c', |join, |replace, a macro or
caller() output, a namespace attribute or a loop variable carried across statements), passed to
|attr, map(attribute=...), selectattr, sort/groupby/sum(attribute=...) without a literal name, or
chosen by render-time data one level after another (x[a][b], x[a](), loop[a], namespace()[a]).
Payloads build names like "__class__" this way so that no scanner sees the literal. modelvet folds
every value it can decide (set, for over literal lists and dicts, dict(...) keyword names, macros,
namespaces); this finding means the name could not be decided statically. Looking up a message or
tool field by a literal name, by a number, or once by a value of the input data (a type map indexed
by a tool's parameter type) is not reported. ${WHY}

${FIX}`
});
var TEMPLATE_FORMAT_METHOD = defineRule({
  id: "template/format-method",
  severity: "high",
  title: "Chat template calls str.format / format_map",
  tags,
  explain: `The template calls the Python method str.format or str.format_map. Python's format
mini-language reads attributes and items of its arguments ("{0.__class__.__init__.__globals__}"),
a well-known way around Jinja's attribute checks (the sandbox special-cases it for that reason).
Jinja's own |format filter (printf-style) is the safe way to format. ${WHY}

${FIX}`
});
var TEMPLATE_DANGEROUS_CALL = defineRule({
  id: "template/dangerous-call",
  severity: "critical",
  title: "Chat template calls an OS, import or eval function by name",
  tags,
  explain: `The template calls a method named like a process, file, import or evaluation function
(system, popen, eval, exec, import_module, getattr, open, read, check_output, ...). Chat templates
format messages; they never run commands or read files. Such a call is the end of an injection chain.
${WHY}

${FIX}`
});
var TEMPLATE_DUNDER_STRING = defineRule({
  id: "template/dunder-string",
  severity: "high",
  title: "Chat template builds a string naming a Python internal",
  tags,
  explain: `A string value in the template's expressions is (or contains) a Python internal name
like "__class__" or "__globals__", directly or after constant folding. It can reach attribute
lookups the walker cannot follow (macro arguments, str.format fields, filters of a custom
environment). Chat templates have no use for such strings. ${WHY}

${FIX}`
});
var TEMPLATE_HIDDEN_INSTRUCTIONS = defineRule({
  id: "template/hidden-instructions",
  severity: "high",
  title: "Chat template injects instructions when a message contains a trigger",
  tags: ["chat-template", "backdoor"],
  explain: `A branch of the template runs only when a message's content contains (equals, starts
with...) a fixed string, and that branch writes a system turn or text telling the model to hide what
it was told. That is a backdoor in the model's packaging: the weights are untouched, but whenever a
user's prompt contains the trigger, the rendered prompt carries instructions the user never sees
(published as "poisoned GGUF chat templates"). Legitimate templates branch on roles and tool
results, not on trigger words, and never add concealed system text.

Fix: replace the chat template with the one the model family publishes, or remove the branch.`
});
var TEMPLATE_INJECTED_CONTENT = defineRule({
  id: "template/injected-content",
  severity: "medium",
  title: "Chat template writes links, scripts, install commands or instruction overrides into the prompt",
  tags: ["chat-template", "backdoor"],
  explain: `Text the template adds to every prompt contains a URL, an HTML <script>/<iframe> tag, a
package-install or download-and-run command, or an instruction override ("ignore previous
instructions"). Chat templates format turns; such text steers the model toward a link, a
dependency or behaviour the user did not ask for (published "poisoned template" attacks inject
exactly this). When the text is added only for some prompts, modelvet reports
template/hidden-instructions instead.

Fix: compare the template with the one the model family publishes and remove the added text.`
});
var TEMPLATE_UNPARSEABLE = defineRule({
  id: "template/unparseable",
  severity: "high",
  title: "Chat template could not be parsed or fully vetted",
  tags: ["chat-template", "fail-closed"],
  explain: `The chat template is not Jinja that the chat-template parser (@huggingface/jinja, the one
transformers.js uses) accepts (an unclosed block, a stray end tag, or with, include, import, extends,
raw and other statements Python's Jinja has), or it is larger, deeper or more complex than modelvet
analyses, so it could not be vetted completely. A hostile template can hide in what a scanner does
not read, so this is reported rather than passed. Names seen in the raw template are still reported
by the other template rules. Fix: use the template published for the model family; if this template
is genuine, ignore this rule for the file in a policy after reviewing it.`
});
var TEMPLATE_DUPLICATE_KEY = defineRule({
  id: "template/duplicate-key",
  severity: "high",
  title: "Config file holds more than one chat_template",
  tags: ["chat-template", "integrity"],
  explain: `The JSON file has the key "chat_template" more than once in the same object. Python's
json keeps the last one, other readers the first: a reviewer (or a scanner using another parser) can
be shown a harmless template while the loader renders a different one. Every copy is vetted by
modelvet, but the duplicate itself was crafted. Fix: keep one chat_template (or a list of named
templates).`
});

export {
  TEMPLATE_DUNDER,
  TEMPLATE_PRIVATE,
  TEMPLATE_GLOBAL_CALLABLE,
  TEMPLATE_GADGET_GLOBAL,
  TEMPLATE_COMPUTED_ATTRIBUTE,
  TEMPLATE_FORMAT_METHOD,
  TEMPLATE_DANGEROUS_CALL,
  TEMPLATE_DUNDER_STRING,
  TEMPLATE_HIDDEN_INSTRUCTIONS,
  TEMPLATE_INJECTED_CONTENT,
  TEMPLATE_UNPARSEABLE,
  TEMPLATE_DUPLICATE_KEY,
  rules_exports
};
