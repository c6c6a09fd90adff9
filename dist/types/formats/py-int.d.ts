/** The value of `int(text, base)` (base 2, 8, 10 or 16), or undefined where Python raises ValueError. */
export declare function pyInt(text: string, base: 2 | 8 | 10 | 16): bigint | undefined;
