/**
 * Facts of one Python module read from an @lezer/python tree: imports and aliases, names assigned
 * once (constants), calls and dict displays, and the helpers that read them back (resolve a callee
 * to its dotted name, evaluate a constant string, read a call's arguments).
 *
 * @lezer/python (pure JavaScript, maintained by the CodeMirror project) gives a concrete syntax tree
 * with offsets, handles every string form (triple-quoted, f/r/b prefixes, implicit concatenation),
 * comments, parentheses and continuations, and never throws on syntax errors: they become error
 * nodes and the rest of the file is still parsed, which is what a scanner needs (tree-sitter needs
 * native code or a wasm blob; the antlr ports and filbert are unmaintained or stop at the first
 * error). Building the tree recurses on its depth, so it runs behind the parse guard.
 *
 * Every walk here is bounded (depth caps on recursion through names) and every text it keeps is cut
 * to a few hundred characters: a 50,000-call line must cost linear time, not a slice per call.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
export type Value = {
    kind: 'str';
    value: string;
    from?: string;
} | {
    kind: 'bool';
    value: boolean;
    from?: string;
} | {
    kind: 'none';
} | {
    kind: 'dynamic';
    text: string;
};
export interface Arg {
    kind: 'pos' | 'kw' | 'star' | 'dstar';
    name?: string;
    node?: SyntaxNode;
    from: number;
    /** For a keyword taken from `**NAME` (a dict assigned once) or `**{...}`: the text of that argument. */
    via?: string;
}
export interface DictEntry {
    key: string;
    node: SyntaxNode | undefined;
}
/** Decodes a Python string literal (one piece). Returns undefined for bytes or broken literals. */
export declare function decodePyString(lit: string): string | undefined;
export declare class PyModule {
    readonly src: string;
    /** Local name → dotted import path (`np` → `numpy`, `AutoModel` → `transformers.AutoModel`). */
    readonly aliases: Map<string, string>;
    /** Top-level packages imported anywhere. */
    readonly modules: Set<string>;
    /** Name → the values assigned to it (one entry per assignment). */
    readonly assigned: Map<string, SyntaxNode[]>;
    /** Names bound other than by one plain assignment (parameters, loop targets, `as`, :=, +=, global, imports). */
    readonly rebound: Set<string>;
    readonly calls: SyntaxNode[];
    readonly dicts: SyntaxNode[];
    constructor(src: string, tree: Tree);
    /** Source text of a node, cut to `cap` characters. */
    text(n: SyntaxNode, cap?: number): string;
    /** Python compares identifiers after NFKC normalization: ｔrust_remote_code (fullwidth t) is trust_remote_code. */
    ident(n: SyntaxNode): string;
    /** The identifier in src[from, to), as `ident` reads it (the cursor walk has offsets, not nodes). */
    private identAt;
    imported(mod: string): boolean;
    children(n: SyntaxNode): SyntaxNode[];
    private readImport;
    /** Dotted name starting at kids[i]; returns it and the index after it. */
    private dotted;
    private readFromImport;
    private readPlainImport;
    private readAssign;
    /** Records names bound by anything but `NAME = value`, so they are never taken for constants. */
    private readBindings;
    /**
     * `for` targets and `as` names, read as the walk passes each child of a node: a name after `for`
     * and before `in`, and the name right after `as` (with, except, import, match patterns).
     */
    private readSiblingBinding;
    /** The one value a name was assigned, when it was assigned exactly once and never rebound. */
    constant(n: SyntaxNode): SyntaxNode | undefined;
    /** Statically known value of an expression: string literals (and `+` of them), booleans, None, constants. */
    evaluate(n: SyntaxNode | undefined, depth?: number): Value;
    private stringValue;
    private concat;
    /** Dotted name of a callee with imports resolved (`tf.AutoModel.from_pretrained` → transformers.AutoModel.from_pretrained). */
    calleeName(n: SyntaxNode | null, depth?: number): string[];
    /** Keyword entries of a dict display `{"k": v}` or `dict(k=v)`, directly or through a name assigned once. */
    dictEntries(n: SyntaxNode | undefined, depth?: number): DictEntry[] | undefined;
    /** Keyword arguments of a call expression (`FetchConfig(revision=...)`). */
    callKeywords(n: SyntaxNode, depth?: number): DictEntry[];
    /** Arguments of a call; `**{...}` and `**NAME` (a dict assigned once) are expanded into keywords. */
    readArgs(list: SyntaxNode | null, depth?: number): Arg[];
    private pushArg;
    /** A filesystem path built in code: os.path.join/abspath/…, pathlib.Path(…), `path / "x"`. */
    isPathExpression(n: SyntaxNode | undefined, depth?: number): boolean;
}
/** One call, read once: its dotted name, arguments and keyword lookup. */
export declare class PyCall {
    readonly node: SyntaxNode;
    readonly parts: string[];
    readonly q: string;
    readonly last: string;
    readonly args: Arg[];
    readonly pos: Arg[];
    readonly hasDstar: boolean;
    /** Offset of the called name (the method name of `a.b(...)`). */
    readonly at: number;
    private readonly mod;
    constructor(mod: PyModule, node: SyntaxNode);
    kw(name: string): Arg | undefined;
    /** A keyword, or `outer.inner`: keyword `inner` of the call or dict passed as `outer`. */
    kwPath(path: string): {
        arg: Arg;
        node: SyntaxNode | undefined;
    } | undefined;
    /** The call's text, cut (evidence and messages). */
    text(cap?: number): string;
    /** Text of one argument (`revision="main"`, or `**kw (revision=…)` when it came from a dict). */
    argText(a: Arg): string;
    evidence(): Record<string, unknown>;
}
