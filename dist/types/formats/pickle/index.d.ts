import { type SniffInput } from '../../core/sniff.ts';
import './polyglot.ts';
export { scanPickle } from './scan.ts';
export declare function looksLikePickle({ head, size, source }: SniffInput): Promise<boolean>;
