export type PinFileKind = 'requirements' | 'constraints' | 'pyproject' | 'conda' | 'package-json' | 'python' | 'notebook' | 'dockerfile' | 'shell' | 'workflow' | 'modelfile' | 'pipfile' | 'compose' | 'makefile' | 'adapter-config' | 'config';
export declare function kindByName(path: string): PinFileKind | undefined;
/** Names whose content is worth sniffing (no extension, or a generic text one). */
export declare function sniffableName(path: string): boolean;
export declare function kindByContent(path: string, head: string): PinFileKind | undefined;
