import './polyglot.ts';
export { scanPickle } from './scan.ts';
export { looksLikePickle } from './sniff.ts';
