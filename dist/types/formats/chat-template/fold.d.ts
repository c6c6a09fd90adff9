/**
 * Constant values of a template and the Python operations on them (str(), %-formatting, str.format,
 * slicing, the string filters), so that names a template builds from literals are seen as the
 * renderer will see them.
 */
/** A dict literal or dict(...) call: keys and values in order; a value may be unknown (OPAQUE). */
export declare class FoldedDict {
    readonly entries: ReadonlyArray<readonly [Folded, Folded]>;
    constructor(entries: ReadonlyArray<readonly [Folded, Folded]>);
}
/** A value inside a folded container that is not known (only the container's shape is). */
export declare const OPAQUE: unique symbol;
export type Folded = string | number | boolean | null | Folded[] | FoldedDict | typeof OPAQUE;
/** Longest string or list built by folding; longer ones are left unknown. */
export declare const MAX_FOLD = 4096;
export declare const cap: (s: string) => string | undefined;
export declare const clip: (s: string) => string;
/** Python's repr() of a folded value, as str() shows it inside containers. */
export declare function pyRepr(v: Folded): string | undefined;
/** Python's str() of a folded value; undefined when a part is unknown. */
export declare function pyStr(v: Folded): string | undefined;
/** What iterating a folded value yields (characters, items, dict keys); undefined when not iterable. */
export declare function iterate(v: Folded): Folded[] | undefined;
/** Python slicing semantics. */
export declare function pySlice<T>(xs: readonly T[], start?: number, stop?: number, step?: number): T[] | undefined;
/** `obj[key]` on folded values (index, negative index, dict key); undefined when it cannot be decided. */
export declare function foldItem(obj: Folded, key: Folded): Folded | undefined;
/** Filters and str methods applied to folded values; undefined when unknown or not folded. */
export declare function foldFilter(name: string, v: Folded, args: readonly Folded[]): Folded | undefined;
/** str methods with Python semantics on a folded receiver. */
export declare function foldMethod(self: Folded, method: string, args: readonly Folded[]): Folded | undefined;
/**
 * Python printf-style formatting (`'%c%c' % (95, 95)`, `'%s'|format(x)`, `'%(a)s' % {'a': x}`);
 * undefined for anything it does not reproduce exactly (`*` widths, floats, a stray `%`).
 */
export declare function printf(fmt: string, args: readonly Folded[]): string | undefined;
/** str.format with positional fields only (`'{}{}'.format('_', '_')`, `'{0}{0}'`); undefined otherwise. */
export declare function pyFormat(fmt: string, args: readonly Folded[]): string | undefined;
/** Python string escapes, as Jinja's lexer decodes them (hex, unicode, octal, a few \N{...} names). */
export declare function decodeEscapes(s: string): string;
