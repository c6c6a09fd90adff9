/**
 * Name tables of the chat-template checks. The internal attributes follow jinja2's sandbox
 * (src/jinja2/sandbox.py: UNSAFE_*_ATTRIBUTES and is_internal_attribute); the globals are those of
 * jinja2's DEFAULT_NAMESPACE (src/jinja2/defaults.py), the helpers transformers adds
 * (raise_exception, strftime_now) and the Flask objects published payloads reach for.
 */
/** Attributes that reach Python internals without a double underscore (Jinja sandbox's unsafe lists). */
export declare const INTERNAL_ATTRS: Set<string>;
/** Globals whose attributes lead to Python (`x.__init__.__globals__`) or that only payloads mention. */
export declare const CALLABLE_GLOBALS: Set<string>;
/** Globals legitimately called in chat templates (calling them is fine; walking them is not). */
export declare const CALLABLE_OK: Set<string>;
/** Names that no chat template refers to except to escape. */
export declare const PAYLOAD_GLOBALS: Set<string>;
export declare const DANGEROUS_METHODS: Set<string>;
/** Attribute names that only lead to the OS (reached after an escape, e.g. `...__globals__.os.popen`). */
export declare const OS_ATTRS: Set<string>;
/**
 * Filters that read an attribute of each item through jinja2's make_attrgetter (which splits the name
 * on dots and looks each part up with Environment.getitem, so with the getattr fallback): the keyword
 * argument and the positional index of the attribute name (src/jinja2/filters.py).
 */
export declare const ATTRIBUTE_ARGS: ReadonlyMap<string, {
    kw: string;
    pos?: number;
}>;
/** Filters (and str methods) whose result is a number or a boolean whatever they are given. */
export declare const NUMERIC_FILTERS: Set<string>;
/**
 * Filters and str methods whose result only holds characters of their input: applied to render-time
 * data they give render-time data, not a name the template built.
 */
export declare const DATA_PRESERVING: Set<string>;
/** Literal names the parser reads as identifiers. */
export declare const LITERAL_NAMES: ReadonlyMap<string, boolean | null>;
export declare const DUNDER_RE: RegExp;
export declare const isDunder: (s: string) => boolean;
