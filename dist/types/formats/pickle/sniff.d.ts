import { type SniffInput } from '../../core/sniff.ts';
export declare function looksLikePickle({ head, size, source }: SniffInput): Promise<boolean>;
