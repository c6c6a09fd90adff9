/** Path checks shared by formats that name other files (ONNX external data, SavedModel assets). */
/** Why a relative path written in a model leaves its folder on its face (no disk access), or undefined. */
export declare function lexicalEscape(location: string): string | undefined;
