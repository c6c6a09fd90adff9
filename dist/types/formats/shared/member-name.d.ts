/** UTF-8 when the archive declares it or the bytes are valid UTF-8, else Latin-1 (every byte shown). */
export declare function memberName(raw: Buffer, declaredUtf8: boolean): string;
