/** Path checks shared by formats that name other files (ONNX external data, SavedModel assets). */

/** Why a relative path written in a model leaves its folder on its face (no disk access), or undefined. */
export function lexicalEscape(location: string): string | undefined {
  if (location.startsWith('/') || location.startsWith('\\')) return 'is an absolute path';
  if (/^[a-zA-Z]:/.test(location)) return 'is a Windows drive path';
  if (location.split(/[\\/]+/).some((seg) => seg === '..')) return 'contains ".."';
  return undefined;
}
