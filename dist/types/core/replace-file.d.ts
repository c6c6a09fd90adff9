export declare function replaceFile(file: string, text: string, mode?: number): Promise<void>;
